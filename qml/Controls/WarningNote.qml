// SPDX-License-Identifier: GPL-3.0-or-later
// A sentence the reader must not miss (say, a log that stops months early): a warning sign
// and the text on the theme's warning colours. Hidden while its text is empty.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme

Rectangle {
    id: note

    property alias text: label.text
    /** Smaller text and less padding, beside something that needs the room (a chart). */
    property bool compact: false
    readonly property int padding: compact ? Theme.spacingS : Theme.spacingM

    visible: label.text.length > 0
    color: Theme.warnFill
    radius: Theme.radiusM
    border.width: Theme.borderThin
    border.color: Theme.warnLine
    implicitHeight: row.implicitHeight + 2 * padding
    implicitWidth: row.implicitWidth + 2 * Theme.spacingL
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        anchors.topMargin: note.padding
        anchors.bottomMargin: note.padding
        spacing: Theme.spacingM

        Icon {
            name: "warning"
            color: Theme.warnText
            implicitWidth: Theme.iconSizeSmall
            implicitHeight: Theme.iconSizeSmall
            Layout.alignment: Qt.AlignTop
        }
        BodyText {
            id: label
            color: Theme.warnText
            font.pixelSize: note.compact ? Theme.fontSmall : Theme.fontBody
            font.bold: true
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
