// SPDX-License-Identifier: GPL-3.0-or-later
// A white card with a title (and optional icon and subtitle) above its content. The content
// goes into a ColumnLayout, so children take Layout.* properties.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme

Rectangle {
    id: card

    property string title
    property string subtitle
    property string iconName
    property int titleSize: Theme.fontTitle
    /** Where the card's facts come from, in small print at its foot; hidden while empty. */
    property string source
    /** The content stretches to the card's height (a list that scrolls); otherwise it sits at
        the top. */
    property bool fillContent: true
    default property alias content: body.data

    color: Theme.surface
    radius: Theme.radiusL
    implicitWidth: column.implicitWidth + 2 * Theme.cardPadding
    implicitHeight: column.implicitHeight + 2 * Theme.cardPadding
    Accessible.role: Accessible.Pane
    Accessible.name: title

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.cardPadding
        spacing: Theme.spacingM

        RowLayout {
            spacing: Theme.spacingM
            visible: card.title.length > 0
            Layout.fillWidth: true

            Rectangle {
                visible: card.iconName.length > 0
                color: Theme.accentSoft
                radius: width / 2
                Layout.preferredWidth: Theme.iconSize + Theme.spacingL
                Layout.preferredHeight: Theme.iconSize + Theme.spacingL
                Layout.alignment: Qt.AlignTop

                Icon {
                    anchors.centerIn: parent
                    name: card.iconName
                    color: Theme.accent
                }
            }

            ColumnLayout {
                spacing: Theme.spacingXS
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter

                TitleText {
                    text: card.title
                    font.pixelSize: card.titleSize
                    Layout.fillWidth: true
                }
                BodyText {
                    visible: text.length > 0
                    text: card.subtitle
                    muted: true
                    Layout.fillWidth: true
                }
            }
        }

        ColumnLayout {
            id: body
            spacing: Theme.spacingM
            Layout.fillWidth: true
            Layout.fillHeight: card.fillContent
        }
        Item {
            visible: !card.fillContent
            Layout.fillHeight: true
        }
        BodyText {
            objectName: "cardSource"
            visible: text.length > 0
            text: card.source
            muted: true
            font.pixelSize: Theme.fontSmall
            Layout.fillWidth: true
        }
    }
}
