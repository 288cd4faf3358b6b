// SPDX-License-Identifier: GPL-3.0-or-later
// The end of a session: thanks, and what became of the sheet, in a sentence. The review is
// wiped already; the screen goes back to the start by itself after a few seconds, or on a tap.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Item {
    id: screen

    // A tap anywhere is the way back.
    MouseArea {
        anchors.fill: parent
        onClicked: Kiosk.endSession()
    }

    // The language bar at the top, as on every screen.
    TopBar {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.screenMargin
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.screenMargin
        spacing: Theme.spacingXL

        TitleText {
            text: qsTr("Thank you")
            dark: true
            font.pixelSize: Theme.fontDisplay
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        BodyText {
            dark: true
            text: {
                switch (Kiosk.ending) {
                case Kiosk.Printed:
                    return qsTr("Your sheet is printed. Drive safely.")
                case Kiosk.Saved:
                    return qsTr("Your sheet is on your USB stick. Drive safely.")
                case Kiosk.Kept:
                    return qsTr("Your advisor will print your sheet for you. Drive safely.")
                default:
                    return qsTr("Your review is wiped from the screen. Drive safely.")
                }
            }
            font.pixelSize: Theme.fontLead
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readingWidth
            Layout.alignment: Qt.AlignHCenter
        }
        BigButton {
            kind: "primary"
            large: true
            text: qsTr("Back to the start")
            Layout.alignment: Qt.AlignHCenter
            onClicked: Kiosk.endSession()
        }
    }
}
