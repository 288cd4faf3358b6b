import QtQuick
import QtQuick.Layouts
import QtCharts
import Vitrine.Theme

// The timeline as a stacked bar chart (Qt Charts): one bar per day or week, one colour per kind
// of data, and a key in words below it. Everything shown comes from `model` (the review's
// TimelineModel, or any object with the same members): `labels`, `categories`,
// `values(category)`, `axisTicks`, `axisMax`, `describe(row)` and the `chartChanged` signal. The
// chart only draws; the counting is the model's. Tapping a bar says its number in words.
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

    readonly property real slot: barCount > 0 ? view.plotArea.width / barCount : 0
    /** Every how many bars a date is written under the axis, so that the dates never touch. */
    readonly property int labelEvery: Math.max(1, Math.ceil(Theme.chartLabelEvery / Math.max(1, slot)))

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
        for (const tick of model.axisTicks)
            yAxis.append(tick.label, tick.value)
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
            margins.top: Theme.spacingS
            margins.bottom: 0
            margins.left: 0
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
                    // Below the axis, so that the tick at 0 can carry its label too.
                    startValue: -1
                    labelsPosition: CategoryAxis.AxisLabelsPositionOnValue
                    labelsFont.family: Theme.fontFamily
                    labelsFont.pixelSize: Theme.fontSmall
                    labelsColor: Theme.textSecondary
                    gridLineColor: Theme.divider
                    lineVisible: false
                }
                onClicked: index => chart.selected = index
            }
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

    // The dates under the bars, as many as fit.
    Item {
        Layout.fillWidth: true
        implicitHeight: Theme.fontSmall * Theme.lineHeight

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
