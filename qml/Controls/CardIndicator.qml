// SPDX-License-Identifier: GPL-3.0-or-later
// Where the customer is among the cards: one dot per card, the current one larger and filled.
// Each dot is a 48 px target that jumps to its card.
import QtQuick
import Vitrine.Theme

Row {
    id: indicator

    property int count: 0
    property int current: 0
    /** The cards' titles, for assistive technology. */
    property var titles: []

    signal activated(int index)

    spacing: 0
    Accessible.role: Accessible.PageTabList

    Repeater {
        model: indicator.count

        delegate: Item {
            id: dot
            required property int index
            readonly property bool isCurrent: index === indicator.current

            width: Theme.touchMin
            height: Theme.touchMin
            Accessible.role: Accessible.PageTab
            Accessible.name: indicator.titles[index] !== undefined ? indicator.titles[index] : ""
            Accessible.selected: isCurrent

            Rectangle {
                anchors.centerIn: parent
                width: dot.isCurrent ? Theme.indicatorDotCurrent : Theme.indicatorDot
                height: width
                radius: width / 2
                color: dot.isCurrent ? Theme.textOnDark : "transparent"
                border.width: Theme.borderThick
                border.color: dot.isCurrent ? Theme.textOnDark : Theme.textOnDarkMuted
                Behavior on width { NumberAnimation { duration: Theme.animationFast } }
            }
            TapHandler {
                onTapped: indicator.activated(dot.index)
            }
        }
    }
}
