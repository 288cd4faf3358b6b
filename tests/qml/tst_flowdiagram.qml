// SPDX-License-Identifier: GPL-3.0-or-later
// The flow picture draws one line per link it is given, as thick as its events (with a floor
// so that small flows stay visible), in the kind of data's colour, dashed towards a country
// Switzerland does not deem adequate, and side by side where lines leave the same box; the
// boxes' words grow with the customer's larger text.
import QtQuick
import QtTest
import Vitrine.Theme
import Vitrine.Controls

Item {
    id: root
    width: 1080
    height: 1920

    readonly property var sample: ({
        categories: [{ id: "location", name: "Location" }, { id: "driving", name: "Driving" }],
        recipients: [{ name: "Carmaker", events: 141 }, { name: "Maps", events: 40 }],
        countries: [{ name: "Germany", adequacy: "adequate" }, { name: "United States", adequacy: "dpf_only" }],
        categoryLinks: [
            { from: 0, to: 0, events: 100, categoryId: "location", text: "Location to Carmaker: 100 times" },
            { from: 0, to: 1, events: 40, categoryId: "location", text: "Location to Maps: 40 times" },
            { from: 1, to: 0, events: 1, categoryId: "driving", text: "Driving to Carmaker: 1 time" }
        ],
        countryLinks: [
            { from: 0, to: 0, events: 141, adequacy: "adequate", text: "Carmaker to Germany: 141 times" },
            { from: 1, to: 1, events: 40, adequacy: "dpf_only", text: "Maps to United States: 40 times" }
        ],
        maxEvents: 141
    })

    Component { id: diagramComponent; FlowDiagram { width: root.width } }

    function findAll(item, name, out) {
        out = out || []
        if (item.objectName === name)
            out.push(item)
        for (let i = 0; i < item.children.length; ++i)
            findAll(item.children[i], name, out)
        return out
    }
    function byEvents(links, events) {
        return links.find(l => l.events === events)
    }

    TestCase {
        name: "FlowDiagram"
        when: windowShown

        function findText(item, text) {
            if (item.text === text && item.font !== undefined)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findText(item.children[i], text)
                if (found)
                    return found
            }
            return null
        }

        function test_labelsGrowWithLargerTextAndStayWhole() {
            const diagram = createTemporaryObject(diagramComponent, root, { graph: root.sample })
            const label = findText(diagram, "United States")
            verify(label)
            const normal = label.font.pixelSize
            Theme.largeText = true
            try {
                compare(label.font.pixelSize, Theme.fontDiagram)
                verify(label.font.pixelSize > normal, "the boxes' words grow with larger text")
                waitForRendering(diagram)
                verify(!label.truncated, "and are not cut")
                // The line still meets the grown box.
                const links = findAll(diagram, "countryLink")
                tryVerify(() => links.every(l => l.visible))
            } finally {
                Theme.largeText = false
            }
        }

        function test_oneLinePerLink() {
            const diagram = createTemporaryObject(diagramComponent, root, { graph: root.sample })
            compare(findAll(diagram, "categoryLink").length, 3)
            compare(findAll(diagram, "countryLink").length, 2)
            for (const l of findAll(diagram, "categoryLink").concat(findAll(diagram, "countryLink")))
                tryVerify(() => l.visible, 1000, "a line whose boxes exist is drawn")

            diagram.graph = ({})
            compare(findAll(diagram, "categoryLink").length, 0)
            compare(findAll(diagram, "countryLink").length, 0)
        }

        function test_thicknessFollowsEventsWithAFloor() {
            const diagram = createTemporaryObject(diagramComponent, root, { graph: root.sample })
            const links = findAll(diagram, "categoryLink")
            const big = byEvents(links, 100)
            const mid = byEvents(links, 40)
            const tiny = byEvents(links, 1)
            verify(big.lineWidth > mid.lineWidth, big.lineWidth + " > " + mid.lineWidth)
            verify(mid.lineWidth > tiny.lineWidth, mid.lineWidth + " > " + tiny.lineWidth)
            compare(tiny.lineWidth, Theme.flowLinkMin)
            // Above the floor, proportional: 100 events are two and a half times 40.
            fuzzyCompare(big.lineWidth / mid.lineWidth, 2.5, 0.01)
            // The busiest link of all is the thickest line there is.
            compare(byEvents(findAll(diagram, "countryLink"), 141).lineWidth, Theme.flowLinkMax)
        }

        function test_coloursAndDashes() {
            const diagram = createTemporaryObject(diagramComponent, root, { graph: root.sample })
            const links = findAll(diagram, "categoryLink")
            verify(Qt.colorEqual(byEvents(links, 100).lineColor, Theme.categoryColor("location")))
            verify(Qt.colorEqual(byEvents(links, 1).lineColor, Theme.categoryColor("driving")))
            const countries = findAll(diagram, "countryLink")
            verify(!byEvents(countries, 141).dashed, "adequate: solid")
            verify(byEvents(countries, 40).dashed, "only if certified: dashed")
            compare(byEvents(countries, 40).Accessible.name, "Maps to United States: 40 times")
        }

        function test_linesFromOneBoxLieSideBySide() {
            const diagram = createTemporaryObject(diagramComponent, root, { graph: root.sample })
            const links = findAll(diagram, "categoryLink")
            const toCarmaker = byEvents(links, 100)
            const toMaps = byEvents(links, 40)
            tryVerify(() => toCarmaker.y1 > 0)
            // Both leave "Location": they touch without overlapping, the upper box's line on top.
            fuzzyCompare(toMaps.y1 - toCarmaker.y1, (toCarmaker.lineWidth + toMaps.lineWidth) / 2, 0.01)
        }
    }
}
