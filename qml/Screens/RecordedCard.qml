// SPDX-License-Identifier: GPL-3.0-or-later
// Card 2: what the car recorded, most private first, with how often.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Card {
    id: card

    property bool wide: false

    iconName: "chart"
    subtitle: qsTr("The most private kinds come first. The bar compares each kind of data with the most frequent one.")

    ScrollColumn {
        Layout.fillWidth: true
        Layout.fillHeight: true

        TyresPanel {
            Layout.fillWidth: true
        }

        GridLayout {
            columns: card.wide ? 2 : 1
            columnSpacing: Theme.spacingM
            rowSpacing: Theme.spacingM
            Layout.fillWidth: true

            Repeater {
                model: Review.categories

                delegate: Rectangle {
                    id: row

                    required property string categoryId
                    required property string name
                    required property string meaning
                    required property int sensitivity
                    required property string sensitivityName
                    required property string eventsText
                    required property real share

                    color: Theme.surfaceAlt
                    radius: Theme.radiusM
                    implicitHeight: content.implicitHeight + 2 * Theme.spacingL
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1

                    RowLayout {
                        id: content
                        anchors.fill: parent
                        anchors.margins: Theme.spacingL
                        spacing: Theme.spacingL

                        Rectangle {
                            Layout.preferredWidth: Theme.iconSize + Theme.spacingL
                            Layout.preferredHeight: Theme.iconSize + Theme.spacingL
                            Layout.alignment: Qt.AlignTop
                            radius: width / 2
                            color: Theme.accentSoft
                            Icon {
                                anchors.centerIn: parent
                                name: row.categoryId
                                color: Theme.accent
                            }
                        }

                        ColumnLayout {
                            spacing: Theme.spacingS
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignTop

                            Flow {
                                spacing: Theme.spacingM
                                Layout.fillWidth: true
                                TitleText {
                                    text: row.name
                                    font.pixelSize: Theme.fontBody
                                    width: Math.min(implicitWidth, parent.width)
                                }
                                SensitivityBadge {
                                    level: row.sensitivity
                                    text: row.sensitivityName
                                    width: Math.min(implicitWidth, parent.width)
                                }
                            }
                            BodyText {
                                text: row.meaning
                                muted: true
                                Layout.fillWidth: true
                            }
                            RowLayout {
                                spacing: Theme.spacingM
                                Layout.fillWidth: true
                                ShareBar {
                                    share: row.share
                                    Layout.fillWidth: true
                                    Layout.alignment: Qt.AlignVCenter
                                }
                                BodyText {
                                    text: row.eventsText
                                    font.bold: true
                                    wrapMode: Text.NoWrap
                                    Layout.alignment: Qt.AlignVCenter
                                }
                            }
                        }
                    }
                }
            }
        }

        // A carmaker's export names its own kinds of data, and what else it holds.
        Column {
            objectName: "exportKinds"
            visible: Review.dataKinds.length > 0 || Review.exportNotes.length > 0
            spacing: Theme.spacingS
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readingWidth

            TitleText {
                visible: Review.dataKinds.length > 0
                width: parent.width
                text: qsTr("Kinds of data in the export")
                font.pixelSize: Theme.fontBody
            }
            Repeater {
                model: Review.dataKinds
                delegate: BodyText {
                    required property string modelData
                    width: parent.width
                    text: "•  " + modelData
                }
            }
            Repeater {
                model: Review.exportNotes
                delegate: BodyText {
                    required property string modelData
                    width: parent.width
                    text: modelData
                    topPadding: Theme.spacingS
                }
            }
        }
    }
}
