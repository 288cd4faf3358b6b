// SPDX-License-Identifier: GPL-3.0-or-later
// The flow picture: kinds of data on the left, recipients in the middle, countries on the
// right. Every line is as thick as the number of events it carried (never thinner than
// Theme.flowLinkMin, so small flows stay visible). A line from a kind of data has that kind's
// colour; a line to a country is dashed when Switzerland does not deem that country adequate.
// The picture comes made from the review (RecipientModel.flow): this only draws it.
import QtQuick
import QtQuick.Layouts
import QtQuick.Shapes
import Vitrine.Theme

ColumnLayout {
    id: flow

    /**
     * The picture: `categories` [{id, name}], `recipients` [{name}], `countries` [{name,
     * adequacy}], `categoryLinks` / `countryLinks` [{from, to, events, text}] and `maxEvents`.
     */
    property var graph: ({})

    readonly property var cats: graph && graph.categories ? graph.categories : []
    readonly property var recs: graph && graph.recipients ? graph.recipients : []
    readonly property var countries: graph && graph.countries ? graph.countries : []
    readonly property var catLinks: graph && graph.categoryLinks ? graph.categoryLinks : []
    readonly property var countryLinks: graph && graph.countryLinks ? graph.countryLinks : []
    readonly property real maxEvents: graph && graph.maxEvents > 0 ? graph.maxEvents : 1

    // Where each line meets its boxes: the lines leaving (or reaching) one box lie side by side,
    // in the order of the boxes at their other end, so that they cross as little as possible.
    readonly property var catEnds: stack(catLinks)
    readonly property var countryEnds: stack(countryLinks)

    // On a narrow screen the boxes take more of the width and the lines less, so that the
    // words (larger ones too) break between words rather than inside them; with larger text
    // there, a kind of data is told by its colour stripe and name, without its icon.
    readonly property bool narrow: diagram.width < Theme.flowNarrowWidth
    readonly property bool categoryIcons: !narrow || !Theme.largeText
    readonly property real catWidth: Math.round(diagram.width * (narrow ? 0.31 : 0.27))
    readonly property real recWidth: Math.round(diagram.width * (narrow ? 0.29 : 0.27))
    readonly property real countryWidth: Math.round(diagram.width * (narrow ? 0.28 : 0.22))
    readonly property real gapWidth: (diagram.width - catWidth - recWidth - countryWidth) / 2

    spacing: Theme.spacingM
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Flow picture: which data went to which recipient, in which country")

    /** A line's thickness: proportional to its events, never below the minimum. */
    function linkWidth(events) {
        return Math.max(Theme.flowLinkMin, Theme.flowLinkMax * Number(events) / maxEvents)
    }

    // For each link, its offset from the centre of the box it leaves (`from`) and of the box it
    // reaches (`to`).
    function stack(links) {
        const from = links.map(() => 0)
        const to = links.map(() => 0)
        function place(key, other, out) {
            const groups = {}
            links.forEach((l, i) => {
                (groups[l[key]] = groups[l[key]] || []).push(i)
            })
            for (const k in groups) {
                const members = groups[k].sort((a, b) => links[a][other] - links[b][other])
                const total = members.reduce((sum, i) => sum + linkWidth(links[i].events), 0)
                let y = -total / 2
                for (const i of members) {
                    const w = linkWidth(links[i].events)
                    out[i] = y + w / 2
                    y += w
                }
            }
        }
        place("from", "to", from)
        place("to", "from", to)
        return { from: from, to: to }
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
                model: flow.catLinks
                delegate: FlowLink {
                    required property var modelData
                    required property int index
                    readonly property Item a: catNodes.count > modelData.from ? catNodes.itemAt(modelData.from) : null
                    readonly property Item b: recNodes.count > modelData.to ? recNodes.itemAt(modelData.to) : null
                    objectName: "categoryLink"
                    events: modelData.events
                    visible: a !== null && b !== null
                    x1: catColumn.x + catColumn.width
                    y1: a ? catColumn.y + a.y + a.height / 2 + flow.catEnds.from[index] : 0
                    x2: recColumn.x
                    y2: b ? recColumn.y + b.y + b.height / 2 + flow.catEnds.to[index] : 0
                    lineWidth: flow.linkWidth(modelData.events)
                    lineColor: Theme.categoryColor(modelData.categoryId)
                    Accessible.name: modelData.text
                }
            }
            Repeater {
                model: flow.countryLinks
                delegate: FlowLink {
                    required property var modelData
                    required property int index
                    readonly property Item a: recNodes.count > modelData.from ? recNodes.itemAt(modelData.from) : null
                    readonly property Item b: countryNodes.count > modelData.to ? countryNodes.itemAt(modelData.to) : null
                    readonly property string tone: Theme.adequacyTone(modelData.adequacy)
                    objectName: "countryLink"
                    events: modelData.events
                    visible: a !== null && b !== null
                    x1: recColumn.x + recColumn.width
                    y1: a ? recColumn.y + a.y + a.height / 2 + flow.countryEnds.from[index] : 0
                    x2: countryColumn.x
                    y2: b ? countryColumn.y + b.y + b.height / 2 + flow.countryEnds.to[index] : 0
                    lineWidth: flow.linkWidth(modelData.events)
                    lineColor: Theme.toneLine(tone)
                    dashed: tone !== "good"
                    Accessible.name: modelData.text
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
                model: flow.cats
                delegate: FlowNode {
                    required property var modelData
                    width: catColumn.width
                    text: modelData.name
                    iconName: flow.categoryIcons ? modelData.id : ""
                    iconColor: Theme.categoryColor(modelData.id)
                    stripeColor: Theme.categoryColor(modelData.id)
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
                model: flow.recs
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
                model: flow.countries
                delegate: FlowNode {
                    required property var modelData
                    readonly property string tone: Theme.adequacyTone(modelData.adequacy)
                    width: countryColumn.width
                    text: modelData.name
                    iconName: Theme.toneIcon(tone)
                    iconColor: Theme.toneText(tone)
                    fill: Theme.toneFill(tone)
                    borderColor: Theme.toneLine(tone)
                }
            }
        }
    }

    // The key to the lines: shape and words, not colour alone.
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingL
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Key to the lines")

        LegendEntry { tone: "category"; text: qsTr("Line colour: the kind of data, as in the left column") }
        LegendEntry { tone: "good"; text: qsTr("Solid line: Switzerland deems the protection adequate") }
        LegendEntry { tone: "warn"; text: qsTr("Dashed line: protection not adequate, or unknown") }
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
        // One long word in capitals (DESTINATAIRES) on a narrow column: a little smaller
        // rather than cut.
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.fontSmall * 0.8
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
        /** A band of colour on the left edge (the kind of data's colour); none when transparent. */
        property color stripeColor: "transparent"

        implicitHeight: Math.max(Theme.touchMin, nodeRow.implicitHeight + 2 * Theme.spacingS)
        radius: Theme.radiusS
        color: fill
        border.width: Theme.borderThin
        border.color: borderColor
        Accessible.role: Accessible.StaticText
        Accessible.name: text

        Rectangle {
            visible: node.stripeColor.a > 0
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            width: Theme.spacingS
            radius: node.radius
            color: node.stripeColor
        }

        RowLayout {
            id: nodeRow
            anchors.fill: parent
            anchors.leftMargin: node.stripeColor.a > 0 ? Theme.spacingM : Theme.spacingS
            anchors.rightMargin: Theme.spacingS
            spacing: Theme.spacingS
            Icon {
                visible: node.iconName.length > 0
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
                // Room for any real name at the larger text size; only an absurd one is cut.
                maximumLineCount: 5
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
        property real events
        property real lineWidth: Theme.flowLinkMin
        property color lineColor: Theme.flowCategoryLink
        property bool dashed: false

        anchors.fill: parent
        opacity: dashed ? 1 : Theme.flowLinkOpacity
        Accessible.role: Accessible.Graphic

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
        /** "good" or "warn" (solid or dashed line), "category" (the colours), "" (thickness). */
        property string tone
        property string text
        spacing: Theme.spacingS
        height: Math.max(Theme.touchMin / 2, legendText.implicitHeight)
        width: Theme.touchMin + spacing + legendText.width
        Accessible.role: Accessible.StaticText
        Accessible.name: text

        // A sample of the line: solid or dashed, thin or thick, or a few kinds' colours.
        Item {
            id: sample
            readonly property bool dashed: entry.tone === "warn" || entry.tone === "bad"
            readonly property bool colours: entry.tone === "category"
            readonly property var sampleColours: [Theme.categoryColor("location"), Theme.categoryColor("driving"), Theme.categoryColor("phone")]
            readonly property int dashes: 3
            width: Theme.touchMin
            height: entry.height
            Repeater {
                model: sample.dashed || sample.colours ? sample.dashes : 1
                delegate: Rectangle {
                    required property int index
                    readonly property real step: sample.width / sample.dashes
                    x: sample.dashed ? index * step : 0
                    y: sample.colours ? (sample.height - sample.dashes * height) / 2 + index * height
                                      : (sample.height - height) / 2
                    width: sample.dashed ? step * 0.65 : sample.width
                    height: entry.tone.length > 0 ? Theme.flowLinkMin * 2 : Theme.flowLinkMax / 2
                    color: sample.colours ? sample.sampleColours[index]
                                          : entry.tone.length > 0 ? Theme.toneLine(entry.tone) : Theme.flowCategoryLink
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
