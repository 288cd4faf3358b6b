// SPDX-License-Identifier: GPL-3.0-or-later
// A line for a refusal or a warning that keeps its room while it is empty, so that nothing
// around it (a PIN pad's keys, a centred card) moves under the finger when a message appears.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme

BodyText {
    id: line

    /** Lines of room kept whether or not there is a message (a longer one still shows whole). */
    property int reservedLines: 2

    color: Theme.badText
    font.bold: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
    Layout.minimumHeight: reservedLines * Math.ceil(metrics.height * lineHeight)

    FontMetrics {
        id: metrics
        font: line.font
    }
}
