import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

// Card 4: when the car recorded — events per week.
Card {
    id: card

    iconName: "calendar"
    subtitle: Review.observedPeriod.length > 0
              ? qsTr("Events per week, %1.", "%1 is a period such as 01.04.2026 to 30.09.2026").arg(Review.observedPeriod)
              : ""

    WeekChart {
        model: Review.timeline
        maxTotal: Review.timeline.maxTotal
        Layout.fillWidth: true
        Layout.fillHeight: true
    }
}
