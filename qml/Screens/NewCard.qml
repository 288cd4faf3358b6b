// SPDX-License-Identifier: GPL-3.0-or-later
// Card 5: what changed since this car's previous review, or a word of welcome the first time
// (or, when the kiosk's records could not be read, that it cannot tell).
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Card {
    id: card

    readonly property bool firstVisit: Review.comparison.firstVisit

    iconName: "sparkle"
    subtitle: Review.comparison.comparedWith

    ScrollColumn {
        spacing: Theme.spacingL
        Layout.fillWidth: true
        Layout.fillHeight: true

        // First visit
        RowLayout {
            visible: card.firstVisit
            spacing: Theme.spacingXL
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readingWidth
            Layout.topMargin: Theme.spacingL

            Rectangle {
                Layout.preferredWidth: Theme.iconSize * 3
                Layout.preferredHeight: Theme.iconSize * 3
                Layout.alignment: Qt.AlignTop
                radius: width / 2
                color: Theme.accentSoft
                Icon {
                    anchors.centerIn: parent
                    width: Theme.iconSize * 1.6
                    height: Theme.iconSize * 1.6
                    name: "calendar"
                    color: Theme.accent
                }
            }
            ColumnLayout {
                spacing: Theme.spacingL
                Layout.fillWidth: true
                BodyText {
                    text: qsTr("This is the first review of this car with us.")
                    font.pixelSize: Theme.fontLead
                    font.bold: true
                    Layout.fillWidth: true
                }
                BodyText {
                    text: qsTr("At your next visit, this card will show what has changed since today. It will list new recipients and new kinds of data, and say whether your car sent more or less.")
                    font.pixelSize: Theme.fontLead
                    Layout.fillWidth: true
                }
            }
        }

        // The earlier visits could not be read (the advisor is told why).
        BodyText {
            objectName: "historyUnknown"
            visible: !Review.comparison.historyKnown
            text: qsTr("The kiosk could not read its records of earlier visits, so this card cannot show what has changed since then.")
            font.pixelSize: Theme.fontLead
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readingWidth
        }

        // Nothing changed
        BodyText {
            visible: Review.comparison.historyKnown && !card.firstVisit
                     && Review.comparison.count === 0
            text: qsTr("Nothing has changed since your last visit.")
            font.pixelSize: Theme.fontLead
            Layout.fillWidth: true
        }

        Repeater {
            model: Review.comparison

            delegate: RowLayout {
                required property string kind
                required property string text
                spacing: Theme.spacingL
                Layout.fillWidth: true
                Layout.maximumWidth: Theme.readingWidth

                Rectangle {
                    Layout.preferredWidth: Theme.iconSize + Theme.spacingM
                    Layout.preferredHeight: Theme.iconSize + Theme.spacingM
                    Layout.alignment: Qt.AlignTop
                    radius: width / 2
                    color: Theme.accentSoft
                    Icon {
                        anchors.centerIn: parent
                        width: Theme.iconSizeSmall
                        height: Theme.iconSizeSmall
                        name: kind.startsWith("new") ? "plus" : kind.startsWith("gone") ? "minus" : "chart"
                        color: Theme.accent
                    }
                }
                BodyText {
                    text: parent.text
                    font.pixelSize: Theme.fontLead
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                }
            }
        }
    }
}
