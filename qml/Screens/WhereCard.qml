// SPDX-License-Identifier: GPL-3.0-or-later
// Card 3: where the data went — the flow picture, then each recipient with its role, country
// and whether Switzerland deems that country adequate.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Card {
    id: card

    property bool wide: false

    iconName: "location"
    subtitle: qsTr("Who received data from your car, in which country, and whether Switzerland deems the protection there adequate.")

    ScrollColumn {
        spacing: Theme.spacingXL
        Layout.fillWidth: true
        Layout.fillHeight: true

        // An export that names only its data holders: the list is what the carmaker holds.
        WarningNote {
            objectName: "scopeNote"
            text: Review.scopeNote
            Layout.fillWidth: true
        }

        FlowDiagram {
            graph: Review.recipients.flow
            Layout.fillWidth: true
        }

        TitleText {
            text: qsTr("Each recipient", "heading above the list of recipients")
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
        }

        GridLayout {
            columns: card.wide ? 2 : 1
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingM
            Layout.fillWidth: true

            Repeater {
                model: Review.recipients

                delegate: Rectangle {
                    id: row

                    required property string name
                    required property string roleName
                    required property string description
                    required property string countryName
                    required property string adequacy
                    required property bool adequate
                    required property string adequacyLabel
                    required property string adequacySentence
                    required property string eventsText
                    required property var categoryNames

                    color: Theme.surfaceAlt
                    radius: Theme.radiusM
                    implicitHeight: content.implicitHeight + 2 * Theme.spacingL
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1

                    ColumnLayout {
                        id: content
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: Theme.spacingL
                        spacing: Theme.spacingS

                        RowLayout {
                            spacing: Theme.spacingM
                            Layout.fillWidth: true
                            TitleText {
                                text: row.name
                                font.pixelSize: Theme.fontBody
                                Layout.fillWidth: true
                            }
                            BodyText {
                                text: row.eventsText
                                font.bold: true
                                wrapMode: Text.NoWrap
                                Layout.alignment: Qt.AlignTop
                            }
                        }
                        BodyText {
                            text: row.roleName
                            muted: true
                            Layout.fillWidth: true
                        }
                        Flow {
                            spacing: Theme.spacingM
                            Layout.fillWidth: true
                            BodyText {
                                text: row.countryName
                                font.bold: true
                                height: Math.max(implicitHeight, badge.height)
                                verticalAlignment: Text.AlignVCenter
                                width: Math.min(implicitWidth, parent.width)
                            }
                            AdequacyBadge {
                                id: badge
                                adequacy: row.adequacy
                                adequate: row.adequate
                                caption: row.adequacyLabel
                                width: Math.min(implicitWidth, parent.width)
                            }
                        }
                        BodyText {
                            text: row.adequacySentence
                            Layout.fillWidth: true
                        }
                        BodyText {
                            visible: row.categoryNames.length > 0
                            text: qsTr("Data received: %1").arg(row.categoryNames.join(", "))
                            muted: true
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }

        // The recipients the review could not list one by one (a log with very many hosts).
        BodyText {
            visible: text !== ""
            text: Review.recipients.othersNote
            muted: true
            Layout.fillWidth: true
        }
    }
}
