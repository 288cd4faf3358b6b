// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline chart draws what its model gives: one stacked bar set per kind of data with the
// model's numbers and the kind's colour, the model's value axis, a key in words; it follows the
// model when it changes, and a tapped bar is said in words.
import QtQuick
import QtTest
import Vitrine.Theme
import Vitrine.Controls

Item {
    id: root
    width: 1920
    height: 1080

    QtObject {
        id: timeline
        signal chartChanged()
        property var labels: ["06.04.", "13.04.", "20.04."]
        property var categories: [{ index: 0, id: "location", name: "Location" },
                                  { index: 7, id: "vehicle", name: "Vehicle" }]
        property var axisTicks: [{ value: 0, label: "0" }, { value: 50, label: "50" }, { value: 100, label: "100" }]
        property real axisMax: 100
        function values(category) {
            return category === 0 ? [10, 0, 60] : category === 7 ? [5, 0, 30] : []
        }
        function describe(row) { return "Row " + row + " in words" }
    }

    Component {
        id: chartComponent
        TimelineChart { width: 1600; height: 700 }
    }

    function findText(item, text) {
        if (item.text === text && item.visible)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findText(item.children[i], text)
            if (found)
                return found
        }
        return null
    }

    TestCase {
        name: "TimelineChart"
        when: windowShown

        function init() {
            timeline.labels = ["06.04.", "13.04.", "20.04."]
            timeline.categories = [{ index: 0, id: "location", name: "Location" },
                                   { index: 7, id: "vehicle", name: "Vehicle" }]
        }

        function test_oneColouredBarSetPerKindOfData() {
            const chart = createTemporaryObject(chartComponent, root, { model: timeline })
            compare(chart.barCount, 3)
            compare(chart.setCount, 2)
            const location = chart.series.at(0)
            compare(location.label, "Location")
            compare(location.values, [10, 0, 60])
            verify(Qt.colorEqual(location.color, Theme.categoryColor("location")))
            const vehicle = chart.series.at(1)
            compare(vehicle.values, [5, 0, 30])
            verify(Qt.colorEqual(vehicle.color, Theme.categoryColor("vehicle")))
            verify(!Qt.colorEqual(location.color, vehicle.color))
        }

        function test_valueAxisAndKeyComeFromTheModel() {
            const chart = createTemporaryObject(chartComponent, root, { model: timeline })
            compare(chart.valueAxis.max, 100)
            compare(chart.valueAxis.categoriesLabels, ["0", "50", "100"])
            verify(findText(chart, "Location"), "the key names each kind of data")
            verify(findText(chart, "Vehicle"))
            verify(findText(chart, "06.04."), "the first date is written under its bar")
        }

        function test_followsTheModel() {
            const chart = createTemporaryObject(chartComponent, root, { model: timeline })
            timeline.labels = ["06.04.", "07.04."]
            timeline.categories = [{ index: 7, id: "vehicle", name: "Vehicle" }]
            timeline.chartChanged()
            compare(chart.barCount, 2)
            compare(chart.setCount, 1)
            compare(chart.series.at(0).label, "Vehicle")
            verify(!findText(chart, "Location"), "a kind no longer shown leaves the key")
        }

        function test_tappedBarIsSaidInWords() {
            const chart = createTemporaryObject(chartComponent, root, { model: timeline })
            const view = chart.chartView
            tryVerify(() => view.plotArea.width > 0)
            compare(chart.selected, -1)
            // The third bar (90 of 100), low in the plot where the bar surely is.
            const x = view.plotArea.x + 2.5 * view.plotArea.width / 3
            const y = view.plotArea.y + view.plotArea.height * 0.9
            mouseClick(view, x, y)
            tryCompare(chart, "selected", 2)
            verify(findText(chart, "Row 2 in words"))
        }
    }
}
