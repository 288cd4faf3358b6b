// SPDX-License-Identifier: GPL-3.0-or-later
// Every start: the kiosk's records stay locked until the advisor types the kiosk's passphrase.
// Vault.open() tries it off the UI thread (about a second); a wrong one says so and the field
// is ready for another try. The demo shows only the spinner while its throwaway store is made.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Item {
    id: screen

    /** The demo's throwaway store is being made: nothing to type. */
    readonly property bool preparing: Vault.stage === Vault.Preparing
    /** No data folder could be had (Vault.message says which): nothing to open. */
    readonly property bool stuck: Vault.stage === Vault.Unset
    /** The field is offered once there is a store to open. */
    readonly property bool asking: !preparing && !stuck

    function submit() {
        if (field.text.length === 0 || Vault.busy)
            return
        Vault.open(field.text)
        field.clear()
    }

    // The focus, and with it the on-screen keyboard, comes once the first frame is shown:
    // waking the keyboard's input method would hold that frame back.
    function focusFirstField() {
        if (screen.asking) {
            field.forceActiveFocus()
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
        function onBusyChanged() {
            if (!Vault.busy && screen.asking)
                field.forceActiveFocus()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.screenMargin
        spacing: Theme.spacingL

        TopBar {
            title: qsTr("This kiosk is locked")
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
                title: screen.preparing ? qsTr("Preparing the demo")
                     : screen.stuck ? qsTr("The kiosk cannot open its records")
                     : qsTr("Open the kiosk")
                subtitle: screen.preparing ? qsTr("The demo keeps its records only until it closes.")
                        : screen.stuck ? qsTr("Please call the person who looks after this kiosk.")
                        : qsTr("Type the kiosk's passphrase to open its records.")

                PassphraseField {
                    id: field
                    visible: screen.asking
                    enabled: !Vault.busy
                    placeholderText: qsTr("Passphrase")
                    Layout.fillWidth: true
                    onAccepted: screen.submit()
                }
                BusyNote {
                    visible: Vault.busy
                    text: qsTr("Opening the kiosk's records. This takes a moment.")
                    Layout.fillWidth: true
                }
                BodyText {
                    text: Vault.message
                    visible: text.length > 0
                    color: Theme.badText
                    font.bold: true
                    Accessible.role: Accessible.AlertMessage
                    Layout.fillWidth: true
                }
                // For whoever opens the kiosk in the morning: a certificate to look after.
                BodyText {
                    visible: text.length > 0
                    text: Sheet.certificateNotice
                    color: Theme.warnText
                    Layout.fillWidth: true
                }
                BigButton {
                    visible: screen.asking
                    kind: "primary"
                    iconName: "arrowRight"
                    iconAfter: true
                    text: qsTr("Open")
                    enabled: !Vault.busy && field.text.length > 0
                    Layout.alignment: Qt.AlignRight
                    onClicked: screen.submit()
                }
            }
        }
    }
}
