// SPDX-License-Identifier: GPL-3.0-or-later
// The small card of the tyres a carmaker's export knows (the visit is the tyre change): one
// row per set, or per axle where they differ. Hidden when the export knows no tyres.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Rectangle {
    id: panel

    objectName: "tyresPanel"
    visible: Review.tyres.count > 0
    color: Theme.surfaceAlt
    radius: Theme.radiusM
    implicitHeight: column.implicitHeight + 2 * Theme.spacingL
    Accessible.role: Accessible.Pane
    Accessible.name: heading.text

    // Plain positioners: wrapped lines in nested layouts settle late on a language switch.
    Column {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        TitleText {
            id: heading
            width: parent.width
            text: qsTr("Your tyres, as the carmaker knows them")
            font.pixelSize: Theme.fontBody
        }

        Repeater {
            model: Review.tyres

            delegate: Column {
                id: row

                required property string title
                required property string facts
                required property string wear

                width: column.width
                spacing: Theme.spacingXS

                BodyText {
                    width: parent.width
                    text: row.title
                    font.bold: true
                }
                BodyText {
                    width: parent.width
                    text: row.facts
                }
                BodyText {
                    visible: text.length > 0
                    width: parent.width
                    text: row.wear
                    muted: true
                }
            }
        }
    }
}
