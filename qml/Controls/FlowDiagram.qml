import QtQuick
import QtQuick.Layouts
import QtQuick.Shapes
import Vitrine.Theme

// The flow picture: kinds of data on the left, recipients in the middle, countries on the
// right. A recipient's line to its country is as thick as the data it received and is dashed
// when Switzerland does not deem that country adequate. At most `maxRecipients` recipients are
// named; the rest are grouped as "others".
ColumnLayout {
    id: flow

    /** Review.categories (name, categoryId). */
    property var categories
    /** Review.recipients (shortName, countryName, adequacy, adequate, events, categoryNames). */
    property var recipients
    property int maxRecipients: Theme.flowMaxRecipients

    // What is drawn, made from the two models by rebuild().
    property var graph: ({ cats: [], recs: [], countries: [], catLinks: [], countryLinks: [], maxEvents: 1 })

    spacing: Theme.spacingM
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Flow picture: which data went to which recipient, in which country")

    readonly property real catWidth: Math.round(diagram.width * 0.27)
    readonly property real recWidth: Math.round(diagram.width * 0.27)
    readonly property real countryWidth: Math.round(diagram.width * 0.22)
    readonly property real gapWidth: (diagram.width - catWidth - recWidth - countryWidth) / 2

    function toneRank(tone) { return tone === "bad" ? 2 : tone === "warn" ? 1 : 0 }

    function rebuild() {
        const cats = []
        for (let i = 0; i < catData.count; ++i) {
            const c = catData.itemAt(i)
            if (c)
                cats.push({ name: c.name, id: c.categoryId })
        }
        const all = []
        for (let i = 0; i < recData.count; ++i) {
            const r = recData.itemAt(i)
            if (!r)
                continue
            const tone = r.adequate ? "good" : Theme.adequacyTone(r.adequacy)
            all.push({ name: r.shortName, events: Number(r.events), categories: r.categoryNames,
                       links: [{ country: r.countryName, events: Number(r.events), tone: tone }] })
        }
        // The model lists the busiest recipients first: name the first ones, group the rest.
        const named = all.length > maxRecipients ? maxRecipients - 1 : all.length
        const recs = all.slice(0, named)
        if (all.length > named) {
            const rest = all.slice(named)
            const group = { name: qsTr("%n other(s)", "flow picture: recipients grouped together", rest.length),
                            events: 0, categories: [], links: [] }
            for (const r of rest) {
                group.events += r.events
                for (const c of r.categories)
                    if (group.categories.indexOf(c) < 0)
                        group.categories.push(c)
                for (const l of r.links) {
                    const same = group.links.find(g => g.country === l.country)
                    if (same) {
                        same.events += l.events
                        if (toneRank(l.tone) > toneRank(same.tone))
                            same.tone = l.tone
                    } else {
                        group.links.push({ country: l.country, events: l.events, tone: l.tone })
                    }
                }
            }
            recs.push(group)
        }

        const countries = []
        const catLinks = []
        const countryLinks = []
        let maxEvents = 1
        recs.forEach((r, ri) => {
            for (const c of r.categories) {
                const ci = cats.findIndex(k => k.name === c)
                if (ci >= 0)
                    catLinks.push({ from: ci, to: ri })
            }
            for (const l of r.links) {
                let ki = countries.findIndex(k => k.name === l.country)
                if (ki < 0) {
                    countries.push({ name: l.country, tone: l.tone })
                    ki = countries.length - 1
                } else if (toneRank(l.tone) > toneRank(countries[ki].tone)) {
                    countries[ki].tone = l.tone
                }
                countryLinks.push({ from: ri, to: ki, events: l.events, tone: l.tone })
                maxEvents = Math.max(maxEvents, l.events)
            }
        })
        graph = { cats: cats, recs: recs, countries: countries, catLinks: catLinks,
                  countryLinks: countryLinks, maxEvents: maxEvents }
    }

    function scheduleRebuild() { Qt.callLater(flow.rebuild) }

    // The models' rows, read into plain values (these items show nothing).
    Repeater {
        id: catData
        model: flow.categories
        onItemAdded: flow.scheduleRebuild()
        onItemRemoved: flow.scheduleRebuild()
        delegate: Item {
            required property string name
            required property string categoryId
            visible: false
            onNameChanged: flow.scheduleRebuild()
        }
    }
    Repeater {
        id: recData
        model: flow.recipients
        onItemAdded: flow.scheduleRebuild()
        onItemRemoved: flow.scheduleRebuild()
        delegate: Item {
            required property string shortName
            required property string countryName
            required property string adequacy
            required property bool adequate
            required property var events
            required property var categoryNames
            visible: false
            onCountryNameChanged: flow.scheduleRebuild()
            onCategoryNamesChanged: flow.scheduleRebuild()
        }
    }

    // Column headings
    Item {
        Layout.fillWidth: true
        implicitHeight: Math.max(h1.implicitHeight, h2.implicitHeight, h3.implicitHeight)

        ColumnHeading { id: h1; x: 0; width: flow.catWidth; text: qsTr("Data", "flow picture column: kinds of data") }
        ColumnHeading { id: h2; x: flow.catWidth + flow.gapWidth; width: flow.recWidth; text: qsTr("Recipients", "flow picture column") }
        ColumnHeading { id: h3; x: diagram.width - flow.countryWidth; width: flow.countryWidth; text: qsTr("Countries", "flow picture column") }
    }

    Item {
        id: diagram
        Layout.fillWidth: true
        implicitHeight: Math.max(catColumn.height, recColumn.height, countryColumn.height)

        // The lines, behind the boxes; one layer with multisampling for smooth curves.
        Item {
            anchors.fill: parent
            layer.enabled: true
            layer.samples: 4

            Repeater {
                model: flow.graph.catLinks
                delegate: FlowLink {
                    required property var modelData
                    readonly property Item a: catNodes.count > modelData.from ? catNodes.itemAt(modelData.from) : null
                    readonly property Item b: recNodes.count > modelData.to ? recNodes.itemAt(modelData.to) : null
                    visible: a !== null && b !== null
                    x1: catColumn.x + catColumn.width
                    y1: a ? catColumn.y + a.y + a.height / 2 : 0
                    x2: recColumn.x
                    y2: b ? recColumn.y + b.y + b.height / 2 : 0
                    lineWidth: Theme.flowLinkMin
                    lineColor: Theme.flowCategoryLink
                }
            }
            Repeater {
                model: flow.graph.countryLinks
                delegate: FlowLink {
                    required property var modelData
                    readonly property Item a: recNodes.count > modelData.from ? recNodes.itemAt(modelData.from) : null
                    readonly property Item b: countryNodes.count > modelData.to ? countryNodes.itemAt(modelData.to) : null
                    visible: a !== null && b !== null
                    x1: recColumn.x + recColumn.width
                    y1: a ? recColumn.y + a.y + a.height / 2 : 0
                    x2: countryColumn.x
                    y2: b ? countryColumn.y + b.y + b.height / 2 : 0
                    lineWidth: Theme.flowLinkMin + (Theme.flowLinkMax - Theme.flowLinkMin) * modelData.events / flow.graph.maxEvents
                    lineColor: Theme.toneLine(modelData.tone)
                    dashed: modelData.tone !== "good"
                }
            }
        }

        Column {
            id: catColumn
            x: 0
            y: (diagram.height - height) / 2
            width: flow.catWidth
            spacing: Theme.flowNodeGap
            Repeater {
                id: catNodes
                model: flow.graph.cats
                delegate: FlowNode {
                    required property var modelData
                    width: catColumn.width
                    text: modelData.name
                    iconName: modelData.id
                }
            }
        }
        Column {
            id: recColumn
            x: flow.catWidth + flow.gapWidth
            y: (diagram.height - height) / 2
            width: flow.recWidth
            spacing: Theme.flowNodeGap
            Repeater {
                id: recNodes
                model: flow.graph.recs
                delegate: FlowNode {
                    required property var modelData
                    width: recColumn.width
                    text: modelData.name
                    emphasis: true
                }
            }
        }
        Column {
            id: countryColumn
            x: diagram.width - flow.countryWidth
            y: (diagram.height - height) / 2
            width: flow.countryWidth
            spacing: Theme.flowNodeGap
            Repeater {
                id: countryNodes
                model: flow.graph.countries
                delegate: FlowNode {
                    required property var modelData
                    width: countryColumn.width
                    text: modelData.name
                    iconName: Theme.toneIcon(modelData.tone)
                    iconColor: Theme.toneText(modelData.tone)
                    fill: Theme.toneFill(modelData.tone)
                    borderColor: Theme.toneLine(modelData.tone)
                }
            }
        }
    }

    // The key to the lines: shape and words, not colour alone.
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingL

        LegendEntry { tone: "good"; text: qsTr("Solid line: Switzerland deems the protection adequate") }
        LegendEntry { tone: "warn"; text: qsTr("Dashed line: not deemed adequate, or not known") }
        LegendEntry { tone: ""; text: qsTr("Thicker line: data sent more often") }
    }

    component ColumnHeading: Text {
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontDiagram
        font.bold: true
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 1
        wrapMode: Text.WordWrap
        textFormat: Text.PlainText
    }

    component FlowNode: Rectangle {
        id: node
        property string text
        property string iconName
        property color iconColor: Theme.accent
        property bool emphasis: false
        property color fill: Theme.flowNodeFill
        property color borderColor: Theme.flowNodeBorder

        implicitHeight: Math.max(Theme.touchMin, nodeRow.implicitHeight + 2 * Theme.spacingS)
        radius: Theme.radiusS
        color: fill
        border.width: Theme.borderThin
        border.color: borderColor

        RowLayout {
            id: nodeRow
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingS
            anchors.rightMargin: Theme.spacingS
            spacing: Theme.spacingS
            Icon {
                name: node.iconName
                color: node.iconColor
                Layout.preferredWidth: Theme.iconSizeDiagram
                Layout.preferredHeight: Theme.iconSizeDiagram
                Layout.alignment: Qt.AlignVCenter
            }
            Text {
                text: node.text
                color: Theme.textPrimary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontDiagram
                font.bold: node.emphasis
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                maximumLineCount: 3
                elide: Text.ElideRight
                textFormat: Text.PlainText
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
            }
        }
    }

    component FlowLink: Shape {
        id: link
        property real x1
        property real y1
        property real x2
        property real y2
        property real lineWidth: Theme.flowLinkMin
        property color lineColor: Theme.flowCategoryLink
        property bool dashed: false

        anchors.fill: parent
        opacity: Theme.flowLinkOpacity + (dashed ? 0.25 : 0)

        ShapePath {
            strokeColor: link.lineColor
            strokeWidth: link.lineWidth
            fillColor: "transparent"
            capStyle: ShapePath.FlatCap
            strokeStyle: link.dashed ? ShapePath.DashLine : ShapePath.SolidLine
            dashPattern: [Theme.spacingM / Math.max(1, link.lineWidth) + 1, Theme.spacingS / Math.max(1, link.lineWidth) + 0.5]
            startX: link.x1
            startY: link.y1
            PathCubic {
                x: link.x2
                y: link.y2
                control1X: (link.x1 + link.x2) / 2
                control1Y: link.y1
                control2X: (link.x1 + link.x2) / 2
                control2Y: link.y2
            }
        }
    }

    component LegendEntry: Row {
        id: entry
        property string tone
        property string text
        spacing: Theme.spacingS
        height: Math.max(Theme.touchMin / 2, legendText.implicitHeight)
        width: Theme.touchMin + spacing + legendText.width

        // A sample of the line: solid or dashed, thin or thick.
        Item {
            id: sample
            readonly property bool dashed: entry.tone === "warn" || entry.tone === "bad"
            readonly property int dashes: 3
            width: Theme.touchMin
            height: entry.height
            Repeater {
                model: sample.dashed ? sample.dashes : 1
                delegate: Rectangle {
                    required property int index
                    readonly property real step: sample.width / sample.dashes
                    x: sample.dashed ? index * step : 0
                    width: sample.dashed ? step * 0.65 : sample.width
                    height: entry.tone.length > 0 ? Theme.flowLinkMin * 2 : Theme.flowLinkMax / 2
                    y: (sample.height - height) / 2
                    color: entry.tone.length > 0 ? Theme.toneLine(entry.tone) : Theme.flowCategoryLink
                }
            }
        }
        Text {
            id: legendText
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, flow.width - Theme.touchMin - entry.spacing)
            text: entry.text
            wrapMode: Text.WordWrap
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            textFormat: Text.PlainText
        }
    }
}
