// SPDX-License-Identifier: GPL-3.0-or-later
// A horizontal bar filled to `share` (0..1): how much, compared with the largest.
import QtQuick
import Vitrine.Theme

Rectangle {
    id: bar

    property real share: 0
    property color fill: Theme.barFill

    implicitHeight: Theme.barHeight
    radius: Theme.barRadius
    color: Theme.surfaceSunken

    Rectangle {
        width: Math.max(bar.share > 0 ? bar.height : 0, bar.width * Math.min(1, bar.share))
        height: parent.height
        radius: parent.radius
        color: bar.fill
    }
}
