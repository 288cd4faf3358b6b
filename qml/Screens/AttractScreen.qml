// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk at rest: a calm welcome, the four languages, and a discreet way in for the advisor.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Item {
    id: screen

    /** The advisor's PIN pad is open (Kiosk.Unlock). */
    readonly property bool unlocking: Kiosk.screen === Kiosk.Unlock

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.screenMargin
        spacing: Theme.spacingL

        Item { Layout.fillHeight: true }

        ColumnLayout {
            spacing: Theme.spacingXL
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readingWidth

            // The picture makes way for the words when they are larger (the welcome shows
            // so behind the PIN pad the customer's Advisor button opens).
            Rectangle {
                visible: !Theme.largeText
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Theme.iconSize * 4
                Layout.preferredHeight: Theme.iconSize * 4
                radius: width / 2
                color: Theme.backgroundRaised

                Icon {
                    anchors.centerIn: parent
                    width: Theme.iconSize * 2.5
                    height: Theme.iconSize * 2.5
                    name: "car"
                    color: Theme.textOnDark
                    lineWidth: 1.4
                }
            }

            TitleText {
                text: qsTr("Your car's data, in plain words")
                dark: true
                font.pixelSize: Theme.fontDisplay
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            BodyText {
                text: qsTr("While your tyres are changed, see what your car recorded, where the data went, and what you can do about it.")
                dark: true
                muted: true
                font.pixelSize: Theme.fontLead
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            BodyText {
                text: qsTr("Your advisor will start the review with you.")
                dark: true
                muted: true
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
        }

        Item { Layout.fillHeight: true }

        ColumnLayout {
            spacing: Theme.spacingM
            Layout.alignment: Qt.AlignHCenter

            BodyText {
                text: qsTr("Choose your language")
                dark: true
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            LanguageBar {
                large: true
                spacing: Theme.spacingM
                Layout.alignment: Qt.AlignHCenter
            }
        }

        Item { Layout.fillHeight: true }

        RowLayout {
            spacing: Theme.spacingL
            Layout.fillWidth: true

            BodyText {
                visible: Kiosk.demo
                text: qsTr("Demo PIN: %1").arg(Kiosk.demoPin)
                dark: true
                muted: true
                Layout.fillWidth: true
            }
            Item {
                visible: !Kiosk.demo
                Layout.fillWidth: true
            }
            BigButton {
                kind: "ghost"
                iconName: "lock"
                text: qsTr("Advisor", "button: the advisor unlocks the kiosk")
                onClicked: Kiosk.showUnlock()
            }
        }
    }

    UnlockScreen {
        anchors.fill: parent
        visible: screen.unlocking
        onCancelled: Kiosk.cancelUnlock()
    }
}
