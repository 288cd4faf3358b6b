// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme

// A sentence the reader must not miss (say, a log that stops months early): a warning sign
// and the text on the theme's warning colours. Hidden while its text is empty.
Rectangle {
    id: note

    property alias text: label.text
    /** The text's size; the body size unless told otherwise. */
    property alias fontSize: label.font.pixelSize

    visible: label.text.length > 0
    color: Theme.warnFill
    radius: Theme.radiusM
    border.width: Theme.borderThin
    border.color: Theme.warnLine
    implicitHeight: row.implicitHeight + 2 * Theme.spacingM
    implicitWidth: row.implicitWidth + 2 * Theme.spacingL
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        anchors.topMargin: Theme.spacingM
        anchors.bottomMargin: Theme.spacingM
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
            font.bold: true
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
