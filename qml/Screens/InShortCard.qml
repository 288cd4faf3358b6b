// SPDX-License-Identifier: GPL-3.0-or-later
// Card 1: the review in three plain sentences, after a warning when the file is cut short.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Card {
    id: card

    iconName: "info"
    subtitle: [Review.vehicleTitle, qsTr("VIN %1").arg(Review.maskedVin), Review.observedPeriod]
              .filter(part => part.length > 0).join("  ·  ")

    ScrollColumn {
        spacing: Theme.spacingXL
        Layout.fillWidth: true
        Layout.fillHeight: true

        Item { implicitHeight: Theme.spacingS }

        // A log that stops (or starts) well inside the period it should cover says so first:
        // what follows is only part of the story.
        WarningNote {
            text: Review.coverageNote
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readingWidth
        }
        // Learned places and routes are the most private content an export can hold.
        WarningNote {
            objectName: "learnedNote"
            text: Review.learnedNote
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readingWidth
        }

        Repeater {
            model: Review.inShort

            delegate: RowLayout {
                required property int index
                required property string modelData
                spacing: Theme.spacingL
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.readingWidth

                Rectangle {
                    Layout.preferredWidth: Theme.touchMin * 1.25
                    Layout.preferredHeight: Theme.touchMin * 1.25
                    Layout.alignment: Qt.AlignTop
                    radius: width / 2
                    color: Theme.accent
                    Text {
                        anchors.centerIn: parent
                        text: index + 1
                        color: Theme.textOnAccent
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLead
                        font.bold: true
                    }
                }
                BodyText {
                    text: modelData
                    font.pixelSize: Theme.fontLead
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                }
            }
        }
    }

    BodyText {
        text: qsTr("Swipe, or tap Next, to read more.")
        muted: true
        Layout.fillWidth: true
    }
}
