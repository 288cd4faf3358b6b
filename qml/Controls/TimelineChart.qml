// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline as a stacked bar chart (Qt Charts): one bar per day or week, one colour per kind
// of data, and a key in words below it. Everything shown comes from `model` (the review's
// TimelineModel, or any object with the same members): `labels`, `categories`,
// `values(category)`, `axisTicks`, `axisMax`, `describe(row)` and the `chartChanged` signal. The
// chart only draws; the counting is the model's. Tapping a bar says its number in words, and a
// finger drawn across the bars moves from bar to bar (it never turns the review's cards).
//
// The numbers and dates beside the bars are drawn here, not by Qt Charts, so that they follow
// the theme's fonts (larger text) and are never cut: as many dates as fit side by side, a
// value column as wide as its widest number. The chart tells a model that has them its bars'
// width (plotWidth) and a finger's (minBarWidth): the model shows weeks when days would be too
// narrow to tap.
import QtQuick
import QtQuick.Layouts
import QtCharts
import Vitrine.Theme

ColumnLayout {
    id: chart

    /** The timeline (see above). */
    property var model
    /** The tapped bar, or -1. */
    property int selected: -1

    /** How many bars and how many kinds of data are drawn (for tests and assistive tools). */
    readonly property int barCount: labels.length
    readonly property int setCount: bars.count
    /** The bars' labels, as the model gives them. */
    property var labels: []
    property var categories: []
    /** The Qt Charts parts, for tests. */
    readonly property alias series: bars
    readonly property alias valueAxis: yAxis
    readonly property alias chartView: view

    /** The value axis' ticks, as the model gives them: [{value, label}]. */
    property var ticks: []
    property real axisMax: 1

    readonly property real slot: barCount > 0 ? view.plotArea.width / barCount : 0
    /** Every how many bars a date is written under the axis, so that the dates never touch. */
    readonly property int labelEvery: Math.max(1, Math.ceil((dateWidth + Theme.spacingM) / Math.max(1, slot)))
    /** The widest date under the bars, in pixels. */
    readonly property real dateWidth: widestOf(labels, smallMetrics.font)
    /** The widest number on the value axis, in pixels. */
    readonly property real valueLabelWidth: widestOf(ticks.map(tick => tick.label), smallMetrics.font)

    // The widest of texts in the small font (font is passed so that a new size measures again).
    function widestOf(texts, font) {
        let widest = 0
        for (const text of texts)
            widest = Math.max(widest, smallMetrics.advanceWidth(text))
        return Math.ceil(widest)
    }

    FontMetrics {
        id: smallMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    // The model learns the room its bars have and a finger's width (a stand-in model that has
    // no such properties is left alone).
    Binding {
        target: chart.model
        property: "plotWidth"
        value: view.plotArea.width
        when: chart.model !== null && chart.model !== undefined && chart.model.plotWidth !== undefined
    }
    Binding {
        target: chart.model
        property: "minBarWidth"
        value: Theme.touchMin
        when: chart.model !== null && chart.model !== undefined && chart.model.minBarWidth !== undefined
    }

    spacing: Theme.spacingS
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Bar chart: how often your car recorded data, by kind of data")

    /** Reads the model again: bars, their colours, the value axis. */
    function rebuild() {
        bars.clear()
        // A copy: the property's list changes with each removal.
        for (const label of Array.from(yAxis.categoriesLabels))
            yAxis.remove(label)
        selected = -1
        if (!model) {
            labels = []
            categories = []
            ticks = []
            return
        }
        labels = model.labels
        categories = model.categories
        // The axis' own labels stay hidden (the dates are drawn below, as many as fit); its
        // categories only need to be distinct.
        const keys = []
        for (let i = 0; i < labels.length; ++i)
            keys.push(String(i))
        xAxis.categories = keys
        for (const category of categories) {
            const set = bars.append(category.name, model.values(category.index))
            set.color = Theme.categoryColor(category.id)
            set.borderColor = Theme.categoryColor(category.id)
            set.borderWidth = 0
        }
        yAxis.min = 0
        yAxis.max = Math.max(1, model.axisMax)
        axisMax = yAxis.max
        for (const tick of model.axisTicks)
            yAxis.append(tick.label, tick.value)
        ticks = model.axisTicks
    }

    Connections {
        target: chart.model
        ignoreUnknownSignals: true
        function onChartChanged() { chart.rebuild() }
    }
    onModelChanged: rebuild()
    Component.onCompleted: rebuild()

    // The tapped bar in words (or how to get there).
    BodyText {
        text: chart.selected >= 0 && chart.model ? chart.model.describe(chart.selected)
                                                 : qsTr("Tap a bar to see its number.")
        font.bold: chart.selected >= 0
        muted: chart.selected < 0
        Layout.fillWidth: true
    }

    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Theme.chartMinHeight

        ChartView {
            id: view
            anchors.fill: parent
            antialiasing: true
            legend.visible: false
            backgroundColor: Theme.surface
            plotAreaColor: Theme.surface
            backgroundRoundness: 0
            dropShadowEnabled: false
            animationOptions: ChartView.NoAnimation
            // Room for the numbers drawn beside the plot: the widest on the left, half a line
            // above the top one.
            margins.top: Math.ceil(smallMetrics.height / 2) + Theme.spacingXS
            margins.bottom: 0
            margins.left: chart.valueLabelWidth + Theme.spacingS
            margins.right: 0

            StackedBarSeries {
                id: bars
                barWidth: Theme.chartBarWidth
                axisX: BarCategoryAxis {
                    id: xAxis
                    labelsVisible: false
                    gridVisible: false
                    lineVisible: true
                    color: Theme.textSecondary
                }
                axisY: CategoryAxis {
                    id: yAxis
                    min: 0
                    max: 1
                    // Below the axis, so that the tick at 0 can carry its grid line too.
                    startValue: -1
                    labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
                    // Its numbers are drawn beside the plot (Qt Charts would cut them to "…").
                    labelsVisible: false
                    gridLineColor: Theme.divider
                    lineVisible: false
                }
            }
        }

        // The value axis' numbers, right-aligned against the plot, each on its grid line.
        Repeater {
            model: chart.ticks
            delegate: Text {
                required property var modelData
                x: view.x + view.plotArea.x - Theme.spacingS - width
                y: view.y + view.plotArea.y + view.plotArea.height * (1 - modelData.value / chart.axisMax)
                   - height / 2
                text: modelData.label
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                textFormat: Text.PlainText
            }
        }

        // A finger on the bars: a tap picks one, a sideways drag moves from bar to bar. The
        // press is kept from the review's swiping cards; a drag up or down is let go, so that
        // a scrolling card still scrolls.
        MouseArea {
            id: touch
            objectName: "chartTouch"

            property point start

            function barAt(mouseX) {
                return Math.max(0, Math.min(chart.barCount - 1, Math.floor(mouseX / Math.max(1, chart.slot))))
            }

            x: view.x + view.plotArea.x
            y: view.y + view.plotArea.y
            width: view.plotArea.width
            height: view.plotArea.height
            enabled: chart.barCount > 0
            preventStealing: true
            onPressed: mouse => {
                start = Qt.point(mouse.x, mouse.y)
                preventStealing = true
            }
            onPositionChanged: mouse => {
                const dx = Math.abs(mouse.x - start.x)
                const dy = Math.abs(mouse.y - start.y)
                if (preventStealing && dy > dx && dy >= Theme.spacingXS)
                    preventStealing = false
                else if (preventStealing && dx >= Theme.spacingXS)
                    chart.selected = barAt(mouse.x)
            }
            onClicked: mouse => chart.selected = barAt(mouse.x)
        }

        // The tapped bar is outlined (not by colour alone: the sentence above says it too).
        Rectangle {
            visible: chart.selected >= 0
            x: view.x + view.plotArea.x + chart.selected * chart.slot
            y: view.y + view.plotArea.y
            width: chart.slot
            height: view.plotArea.height
            color: "transparent"
            border.width: Theme.borderThick
            border.color: Theme.barFillSelected
            radius: Theme.radiusS
        }
    }

    // The dates under the bars, as many as fit side by side.
    Item {
        Layout.fillWidth: true
        implicitHeight: Math.ceil(smallMetrics.height * Theme.lineHeight)

        Repeater {
            model: chart.labels
            delegate: Text {
                required property int index
                required property string modelData
                visible: index % chart.labelEvery === 0
                x: Math.max(0, Math.min(parent.width - width,
                                        view.plotArea.x + (index + 0.5) * chart.slot - width / 2))
                text: modelData
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                textFormat: Text.PlainText
            }
        }
    }

    // The key: each colour with its name, in the order of the stack (bottom first).
    Flow {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        spacing: Theme.spacingL
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Key to the colours")

        Repeater {
            model: chart.categories
            delegate: Row {
                required property var modelData
                spacing: Theme.spacingS
                Accessible.role: Accessible.StaticText
                Accessible.name: modelData.name

                Rectangle {
                    width: Theme.chartLegendSwatch
                    height: Theme.chartLegendSwatch
                    radius: Theme.radiusS / 2
                    color: Theme.categoryColor(modelData.id)
                    anchors.verticalCenter: parent.verticalCenter
                }
                Text {
                    text: modelData.name
                    color: Theme.textPrimary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    textFormat: Text.PlainText
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }
    }
}
