import QtQuick
import QtQuick.Layouts
import Vitrine.Theme

// Events per week as bars (the timeline model: `label`, `total`). Tapping a bar says its
// number; the busiest week is chosen at first.
ColumnLayout {
    id: chart

    /** The timeline model (rows with `label` and `total`). */
    property var model
    /** The largest weekly total (the model's `maxTotal`). */
    property real maxTotal: 0

    property int selected: -1
    property string selectedLabel
    property real selectedTotal: 0

    readonly property int barCount: bars.count
    readonly property real slot: barCount > 0 ? plot.width / barCount : 0
    readonly property int labelEvery: Math.max(1, Math.ceil(Theme.chartLabelEvery / Math.max(1, slot)))
    /** Room above the busiest week's bar for its label. */
    readonly property real headroom: axisLabel.implicitHeight + Theme.spacingS
    readonly property real scaleHeight: Math.max(0, plot.height - headroom)

    spacing: Theme.spacingS

    // The selected week, in words.
    BodyText {
        text: chart.selected >= 0
              ? qsTr("Week starting %1: %Ln event(s)", "chart: one week's total", chart.selectedTotal).arg(chart.selectedLabel)
              : qsTr("Tap a bar to see its week.")
        font.bold: chart.selected >= 0
        Layout.fillWidth: true
    }

    Item {
        id: plot
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Theme.chartMinHeight

        // Guide lines at the top (the busiest week) and half-way.
        Repeater {
            model: [1, 0.5]
            delegate: Rectangle {
                required property real modelData
                width: plot.width
                height: Theme.borderThin
                y: plot.height - chart.scaleHeight * modelData
                color: Theme.divider
            }
        }
        Text {
            id: axisLabel
            anchors.right: parent.right
            y: 0
            text: qsTr("%Ln event(s)", "chart: the busiest week's total, at the top line", chart.maxTotal)
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            textFormat: Text.PlainText
        }
        Rectangle {
            width: plot.width
            height: Theme.borderThick
            anchors.bottom: parent.bottom
            color: Theme.textSecondary
        }

        Repeater {
            id: bars
            model: chart.model

            delegate: Item {
                id: bar

                required property int index
                required property string label
                required property var total
                readonly property bool isSelected: index === chart.selected
                readonly property real value: Number(total)

                x: index * chart.slot
                width: chart.slot
                height: plot.height
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Week starting %1: %Ln event(s)", "chart: one week's total", value).arg(label)

                Rectangle {
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.max(Theme.borderThick, parent.width - Theme.chartBarGap)
                    height: chart.maxTotal > 0 ? chart.scaleHeight * bar.value / chart.maxTotal : 0
                    radius: Math.min(Theme.radiusS, width / 4)
                    color: bar.isSelected ? Theme.barFillSelected : Theme.barFill
                }
                TapHandler {
                    onTapped: chart.select(bar.index, bar.label, bar.value)
                }
                Component.onCompleted: {
                    if (chart.selected < 0 && value > 0 && value >= chart.maxTotal)
                        chart.select(index, label, value)
                }
            }
        }
    }

    // Week labels, as many as fit.
    Item {
        Layout.fillWidth: true
        implicitHeight: Theme.fontSmall * Theme.lineHeight

        Repeater {
            model: chart.model
            delegate: Text {
                required property int index
                required property string label
                visible: index % chart.labelEvery === 0
                x: Math.max(0, Math.min(parent.width - width, index * chart.slot + chart.slot / 2 - width / 2))
                text: label
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                textFormat: Text.PlainText
            }
        }
    }

    function select(index, label, total) {
        selected = index
        selectedLabel = label
        selectedTotal = total
    }
}
