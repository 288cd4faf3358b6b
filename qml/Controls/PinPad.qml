// SPDX-License-Identifier: GPL-3.0-or-later
// On-screen digits for the advisor's PIN (the kiosk has no keyboard). It only collects the
// digits; `submitted` hands them to whoever checks them. While they are checked (`busy`) it
// shows so and takes no tap.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vitrine.Theme

ColumnLayout {
    id: pad

    property string pin: ""
    property int minLength: 4
    property int maxLength: 8
    /** While true (a wait after wrong PINs), no key can be pressed. */
    property bool locked: false
    /** While true (the PIN is being checked), no key can be pressed and the pad says so. */
    property bool busy: false

    signal submitted(string pin)

    function clear() { pin = "" }

    spacing: Theme.spacingL

    // While the PIN is checked: a spinner in place of the dots.
    Row {
        visible: pad.busy
        spacing: Theme.spacingM
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredHeight: Theme.touchMin

        BusyIndicator {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.touchMin
            height: Theme.touchMin
            running: pad.busy
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Checking the PIN…")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
            textFormat: Text.PlainText
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    // The digits typed so far, as dots.
    Row {
        visible: !pad.busy
        spacing: Theme.spacingM
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredHeight: Theme.touchMin
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("%n digit(s) entered", "", pad.pin.length)

        Repeater {
            model: Math.max(pad.minLength, pad.pin.length)
            delegate: Rectangle {
                required property int index
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.pinDotSize
                height: Theme.pinDotSize
                radius: width / 2
                color: index < pad.pin.length ? Theme.textPrimary : "transparent"
                border.width: Theme.borderThick
                border.color: Theme.textPrimary
            }
        }
    }

    GridLayout {
        columns: 3
        rowSpacing: Theme.spacingM
        columnSpacing: Theme.spacingM
        Layout.alignment: Qt.AlignHCenter

        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"]

            delegate: AbstractButton {
                id: key

                required property string modelData
                readonly property bool isDigit: modelData !== "back" && modelData !== "ok"

                enabled: !pad.locked && !pad.busy && (isDigit ? pad.pin.length < pad.maxLength
                                                 : modelData === "back" ? pad.pin.length > 0
                                                                        : pad.pin.length >= pad.minLength)
                focusPolicy: Qt.NoFocus
                implicitWidth: Theme.pinKeySize
                implicitHeight: Theme.pinKeySize
                text: isDigit ? modelData : modelData === "back" ? qsTr("Delete last digit") : qsTr("Confirm PIN")
                Accessible.name: text

                onClicked: {
                    if (isDigit)
                        pad.pin += modelData
                    else if (modelData === "back")
                        pad.pin = pad.pin.slice(0, -1)
                    else
                        pad.submitted(pad.pin)
                }

                background: Rectangle {
                    radius: Theme.radiusM
                    color: !key.enabled ? Theme.surfaceSunken
                         : key.modelData === "ok" ? (key.down ? Theme.accentPressed : Theme.accent)
                         : key.down ? Theme.secondaryFillPressed : Theme.surfaceAlt
                    border.width: key.modelData === "ok" ? 0 : Theme.borderThick
                    border.color: key.enabled ? Theme.secondaryBorder : Theme.divider
                }
                contentItem: Item {
                    Text {
                        anchors.centerIn: parent
                        visible: key.isDigit
                        text: key.modelData
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontPinDigit
                        font.bold: true
                        color: key.enabled ? Theme.textPrimary : Theme.disabledText
                    }
                    Icon {
                        anchors.centerIn: parent
                        visible: !key.isDigit
                        name: key.modelData === "ok" ? "check" : "backspace"
                        color: !key.enabled ? Theme.disabledText
                             : key.modelData === "ok" ? Theme.textOnAccent : Theme.textPrimary
                    }
                }
            }
        }
    }
}
