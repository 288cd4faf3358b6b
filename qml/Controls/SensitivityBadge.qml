// SPDX-License-Identifier: GPL-3.0-or-later
// How private a kind of data is: three dots (one, two or three filled) and the word for it.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme

Rectangle {
    id: badge

    /** 0 low, 1 medium, 2 high (the model's `sensitivity`). */
    property int level: 0
    /** The model's `sensitivityName`, already in the reader's language. */
    property string text

    color: Theme.sensitivityFill(level)
    radius: height / 2
    implicitWidth: row.implicitWidth + 2 * Theme.spacingM
    implicitHeight: Math.max(Theme.badgeHeight, label.implicitHeight + Theme.spacingS)
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingM
        anchors.rightMargin: Theme.spacingM
        spacing: Theme.spacingS

        Row {
            spacing: Theme.spacingXS
            Layout.alignment: Qt.AlignVCenter
            Repeater {
                model: 3
                delegate: Rectangle {
                    required property int index
                    width: Theme.badgeDot
                    height: Theme.badgeDot
                    radius: width / 2
                    color: index <= badge.level ? Theme.sensitivityText(badge.level) : "transparent"
                    border.width: Theme.borderThick
                    border.color: Theme.sensitivityText(badge.level)
                }
            }
        }
        Text {
            id: label
            text: badge.text
            color: Theme.sensitivityText(badge.level)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: true
            textFormat: Text.PlainText
            TextMetrics {
                id: metrics
                font: label.font
                text: label.text
            }
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.preferredWidth: Math.ceil(metrics.advanceWidth) + 1
            Layout.maximumWidth: Math.ceil(metrics.advanceWidth) + 1
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
