// SPDX-License-Identifier: GPL-3.0-or-later
// "Are you still there?": shown when nobody touched the screen for a while, with the seconds
// left before the review is wiped.
import QtQuick
import QtQuick.Layouts
import QtQuick.Shapes
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Rectangle {
    id: overlay

    readonly property int totalSeconds: Math.max(1, Math.round(Kiosk.idle.warning / 1000))
    readonly property int secondsLeft: Kiosk.idle.secondsLeft

    visible: Kiosk.idle.warningShown
    color: Theme.overlayScrim

    // A touch anywhere counts as an answer; nothing behind can be touched meanwhile.
    MouseArea {
        anchors.fill: parent
        onClicked: Kiosk.idle.poke()
    }

    Card {
        anchors.centerIn: parent
        width: Math.min(Theme.dialogWidth, parent.width - 2 * Theme.screenMargin)
        title: qsTr("Are you still there?")
        iconName: "hand"

        // The seconds left, as a shrinking ring around the number.
        Item {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Theme.iconSize * 4
            Layout.preferredHeight: Theme.iconSize * 4

            Shape {
                id: ring
                anchors.fill: parent
                layer.enabled: true
                layer.samples: 4
                readonly property real r: width / 2 - Theme.spacingS

                ShapePath {
                    strokeColor: Theme.surfaceSunken
                    strokeWidth: Theme.spacingS
                    fillColor: "transparent"
                    PathAngleArc {
                        centerX: ring.width / 2
                        centerY: ring.height / 2
                        radiusX: ring.r
                        radiusY: ring.r
                        startAngle: 0
                        sweepAngle: 360
                    }
                }
                ShapePath {
                    strokeColor: Theme.accent
                    strokeWidth: Theme.spacingS
                    fillColor: "transparent"
                    capStyle: ShapePath.RoundCap
                    PathAngleArc {
                        centerX: ring.width / 2
                        centerY: ring.height / 2
                        radiusX: ring.r
                        radiusY: ring.r
                        startAngle: -90
                        sweepAngle: 360 * overlay.secondsLeft / overlay.totalSeconds
                    }
                }
            }
            Text {
                anchors.centerIn: parent
                text: overlay.secondsLeft
                color: Theme.textPrimary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.bold: true
            }
        }

        BodyText {
            text: qsTr("For your privacy, this screen will be cleared in %n second(s).", "", overlay.secondsLeft)
            font.pixelSize: Theme.fontLead
            horizontalAlignment: Text.AlignHCenter
            Accessible.role: Accessible.AlertMessage
            Layout.fillWidth: true
        }
        BigButton {
            kind: "primary"
            large: true
            text: qsTr("I am still here")
            Layout.fillWidth: true
            onClicked: Kiosk.idle.poke()
        }
    }
}
