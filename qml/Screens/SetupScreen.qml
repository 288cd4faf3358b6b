// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's first start: the advisor chooses the kiosk's passphrase (typed twice), then the
// first advisor PIN (twice). Vault checks each entry and makes the encrypted store; this screen
// only collects what is typed.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Item {
    id: screen

    readonly property bool choosingPin: Vault.stage === Vault.ChoosePin
    readonly property bool confirmingPin: Vault.stage === Vault.ConfirmPin
    readonly property bool onPassphrase: !choosingPin && !confirmingPin

    function submitPassphrase() {
        if (first.text.length === 0 || second.text.length === 0 || Vault.busy)
            return
        Vault.choosePassphrase(first.text, second.text)
        // Typed again after a refusal; forgotten after a success.
        first.clear()
        second.clear()
        if (screen.onPassphrase)
            first.forceActiveFocus()
    }

    // The focus, and with it the on-screen keyboard, comes once the first frame is shown:
    // waking the keyboard's input method would hold that frame back.
    function focusFirstField() {
        if (screen.onPassphrase) {
            first.forceActiveFocus()
            Qt.inputMethod.show()
        }
    }
    Component.onCompleted: {
        if (Kiosk.firstFrameShown)
            focusFirstField()
    }
    Connections {
        target: Kiosk
        function onFirstFrameShownChanged() {
            if (Kiosk.firstFrameShown)
                screen.focusFirstField()
        }
    }

    Connections {
        target: Vault
        function onStageChanged() {
            pad.clear()
            if (screen.onPassphrase)
                first.forceActiveFocus()
            else
                Qt.inputMethod.hide()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.screenMargin
        spacing: Theme.spacingL

        TopBar {
            title: qsTr("Setting up this kiosk")
            Layout.fillWidth: true
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Card {
                anchors.centerIn: parent
                width: Math.min(Theme.passphraseCardWidth, parent.width)
                height: Math.min(implicitHeight, parent.height)
                fillContent: false
                iconName: "lock"
                title: screen.onPassphrase ? qsTr("Choose the kiosk's passphrase")
                     : screen.choosingPin ? qsTr("Choose the advisor PIN")
                     : qsTr("Enter the same PIN again")
                subtitle: screen.onPassphrase
                          ? qsTr("It locks everything the kiosk keeps. Use at least %n characters. Write it down and keep it in a safe place: without it, the kiosk's records cannot be opened.", "", Vault.minPassphraseLength)
                          : qsTr("Advisors type this PIN to unlock the kiosk. Use %1 to %2 digits, not an easy one like 1111, 1234 or 1212.").arg(Vault.minPinLength).arg(Vault.maxPinLength)

                // Step 1: the passphrase, twice.
                PassphraseField {
                    id: first
                    visible: screen.onPassphrase
                    enabled: !Vault.busy
                    placeholderText: qsTr("Passphrase")
                    Layout.fillWidth: true
                    onAccepted: second.forceActiveFocus()
                }
                PassphraseField {
                    id: second
                    visible: screen.onPassphrase
                    enabled: !Vault.busy
                    placeholderText: qsTr("The same passphrase again")
                    Layout.fillWidth: true
                    onAccepted: screen.submitPassphrase()
                }

                // Steps 2 and 3: the PIN, twice, on the kiosk's own PIN pad.
                PinPad {
                    id: pad
                    visible: !screen.onPassphrase && !Vault.busy
                    maxLength: Vault.maxPinLength
                    minLength: Vault.minPinLength
                    Layout.alignment: Qt.AlignHCenter
                    onSubmitted: pin => {
                        if (screen.choosingPin)
                            Vault.choosePin(pin)
                        else
                            Vault.confirmPin(pin)
                        pad.clear()
                    }
                }

                BusyNote {
                    visible: Vault.busy
                    text: qsTr("Setting up the kiosk's records. This takes a moment.")
                    Layout.fillWidth: true
                }
                // Room kept while empty: the card is centred, and the PIN pad must not move.
                MessageLine {
                    objectName: "setupMessage"
                    text: Vault.message
                    visible: !Vault.busy
                    Layout.fillWidth: true
                }

                RowLayout {
                    spacing: Theme.spacingM
                    Layout.fillWidth: true

                    BigButton {
                        visible: !screen.onPassphrase
                        kind: "secondary"
                        text: qsTr("Start again")
                        enabled: !Vault.busy
                        onClicked: Vault.restartSetup()
                    }
                    Item { Layout.fillWidth: true }
                    BigButton {
                        visible: screen.onPassphrase
                        kind: "primary"
                        iconName: "arrowRight"
                        iconAfter: true
                        text: qsTr("Continue")
                        enabled: !Vault.busy && first.text.length > 0 && second.text.length > 0
                        onClicked: screen.submitPassphrase()
                    }
                }
            }
        }
    }
}
