// SPDX-License-Identifier: GPL-3.0-or-later
// A column that scrolls vertically by touch when its content is taller than the room it has;
// a scroll bar and a fade at the bottom say there is more.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vitrine.Theme

Flickable {
    id: scroller

    default property alias content: column.data
    property alias spacing: column.spacing
    property color fadeColor: Theme.surface
    /**
     * The column narrows to make room for the scroll bar when it scrolls. False: the bar lies
     * over the content's right edge and the column keeps its width, so content whose height
     * depends on its width (cards of wrapping text) never swings between two layouts.
     */
    property bool reserveBar: true
    readonly property bool scrollable: contentHeight > height + 1

    clip: true
    contentWidth: width
    contentHeight: column.implicitHeight
    flickableDirection: Flickable.VerticalFlick
    boundsBehavior: Flickable.StopAtBounds
    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column
        width: scroller.width - (scroller.reserveBar && scroller.scrollable ? Theme.scrollBarWidth + Theme.spacingM : 0)
        spacing: Theme.spacingM
    }

    ScrollBar.vertical: ScrollBar {
        policy: scroller.scrollable ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
        width: Theme.scrollBarWidth
        contentItem: Rectangle {
            implicitWidth: Theme.scrollBarWidth
            radius: width / 2
            color: Theme.textSecondary
        }
        background: Rectangle {
            radius: width / 2
            color: Theme.surfaceSunken
        }
    }

    // "There is more below."
    Rectangle {
        parent: scroller
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.rightMargin: scroller.reserveBar ? Theme.scrollBarWidth + Theme.spacingM : 0
        anchors.bottom: parent.bottom
        height: Theme.spacingXL
        visible: scroller.scrollable && !scroller.atYEnd
        gradient: Gradient {
            GradientStop { position: 0; color: Qt.rgba(scroller.fadeColor.r, scroller.fadeColor.g, scroller.fadeColor.b, 0) }
            GradientStop { position: 1; color: scroller.fadeColor }
        }
    }
}
