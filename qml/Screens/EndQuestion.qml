// SPDX-License-Identifier: GPL-3.0-or-later
// "End the session?": asked once before the review is wiped, with what really happens to the
// customer's sheet (taken home, on the stick, with the advisor, or gone).
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Rectangle {
    id: question

    visible: Kiosk.askingToEnd
    color: Theme.overlayScrim

    // Nothing behind can be touched while the question is up.
    MouseArea {
        anchors.fill: parent
    }

    Card {
        objectName: "endQuestion"
        anchors.centerIn: parent
        width: Math.min(Theme.dialogWidth, parent.width - 2 * Theme.screenMargin)
        title: Sheet.ready || Kiosk.ending !== Kiosk.NoSheet ? qsTr("End the session?")
                                                             : qsTr("Finish without a sheet?")
        iconName: "info"
        fillContent: false

        BodyText {
            text: qsTr("Your review is wiped from the screen.")
            font.pixelSize: Theme.fontLead
            Layout.fillWidth: true
        }
        BodyText {
            text: {
                switch (Kiosk.ending) {
                case Kiosk.Printed:
                    return qsTr("Please take your printed sheet with you.")
                case Kiosk.Saved:
                    return qsTr("Your sheet stays on your USB stick.")
                case Kiosk.Kept:
                    return qsTr("Your advisor keeps your sheet and prints it for you later.")
                default:
                    return Sheet.ready ? qsTr("Your sheet was not printed, saved or kept: it is wiped too.")
                                       : qsTr("No sheet is made or kept.")
                }
            }
            font.bold: Kiosk.ending === Kiosk.NoSheet
            Layout.fillWidth: true
        }
        BigButton {
            kind: "primary"
            large: true
            text: qsTr("End the session")
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingM
            onClicked: Kiosk.confirmEnd()
        }
        BigButton {
            kind: "secondary"
            iconName: "arrowLeft"
            text: qsTr("Go back")
            Layout.fillWidth: true
            onClicked: Kiosk.cancelEnd()
        }
    }
}
