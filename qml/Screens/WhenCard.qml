// SPDX-License-Identifier: GPL-3.0-or-later
// Card 4: when the car recorded — a stacked bar chart per day or per week, by kind of data. The
// review chooses per day for a short log and per week for a longer one; the customer can switch.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Card {
    id: card

    readonly property bool weekly: Review.timeline.granularity === TimelineModel.Week

    iconName: "calendar"
    subtitle: Review.observedPeriod.length === 0 ? ""
              : weekly ? qsTr("Each bar is one week, Monday to Sunday (%1). Each colour is one kind of data; one recording can hold several kinds.",
                              "%1 is a period such as 01.04.2026 to 30.09.2026").arg(Review.observedPeriod)
                       : qsTr("Each bar is one day (%1). Each colour is one kind of data; one recording can hold several kinds.",
                              "%1 is a period such as 01.04.2026 to 30.09.2026").arg(Review.observedPeriod)

    // The chart takes the room below the headline; with larger text on a wide screen, when
    // that is less than the chart needs, the card scrolls rather than cut its dates or key.
    ScrollColumn {
        id: scroller
        spacing: Theme.spacingM
        Layout.fillWidth: true
        Layout.fillHeight: true

        RowLayout {
            spacing: Theme.spacingL
            Layout.fillWidth: true

            // What the chart shows, in one sentence: the busiest day or week.
            BodyText {
                id: headline
                text: Review.timeline.headline
                font.bold: true
                visible: text.length > 0
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
            }

            // Per day or per week: two buttons, the chosen one filled. Only weeks when day bars
            // would be too narrow for a finger.
            Row {
                visible: Review.timeline.dailyFits
                spacing: Theme.spacingS
                Layout.alignment: Qt.AlignVCenter | Qt.AlignRight
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Show the chart", "the per day / per week buttons")

                BigButton {
                    kind: card.weekly ? "secondary" : "primary"
                    text: qsTr("Per day", "timeline: one bar per day")
                    Accessible.role: Accessible.RadioButton
                    Accessible.checkable: true
                    Accessible.checked: !card.weekly
                    onClicked: Review.timeline.granularity = TimelineModel.Day
                }
                BigButton {
                    kind: card.weekly ? "primary" : "secondary"
                    text: qsTr("Per week", "timeline: one bar per week")
                    Accessible.role: Accessible.RadioButton
                    Accessible.checkable: true
                    Accessible.checked: card.weekly
                    onClicked: Review.timeline.granularity = TimelineModel.Week
                }
            }
        }

        BodyText {
            text: Review.timeline.note
            visible: text.length > 0
            muted: true
            Layout.fillWidth: true
        }

        // Outside the chart: the part of the declared period the file does not cover.
        WarningNote {
            text: Review.coverageNote
            compact: true
            Layout.fillWidth: true
        }

        TimelineChart {
            objectName: "timelineChart"
            model: Review.timeline
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(implicitHeight, scroller.height - y)
        }
    }
}
