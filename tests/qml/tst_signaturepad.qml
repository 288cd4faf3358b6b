// SPDX-License-Identifier: GPL-3.0-or-later
// The signing pad: a finger's drag leaves ink that is kept and looks signed, a tap does not
// count as a signature (and the pad says so), Clear wipes it, what is drawn is the kept
// vector, and signing inside a scrolling column does not scroll it.
import QtQuick
import QtTest
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Item {
    id: root
    width: 1920
    height: 1080

    Component { id: captureComponent; SignatureCapture {} }
    Component {
        id: padComponent
        SignaturePad { width: 800; height: 420; caption: "Your signature" }
    }
    Component {
        id: scrollingComponent
        Flickable {
            property alias pad: inner
            width: 900
            height: 500
            contentWidth: width
            contentHeight: 2000
            SignaturePad { id: inner; width: 800; height: 420; caption: "Your signature" }
        }
    }

    function findByText(item, text) {
        if (item.text === text && item.clicked !== undefined)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findByText(item.children[i], text)
            if (found)
                return found
        }
        return null
    }

    TestCase {
        name: "SignaturePad"
        when: windowShown

        function makePad() {
            const capture = createTemporaryObject(captureComponent, root)
            const pad = createTemporaryObject(padComponent, root, { capture: capture })
            verify(pad)
            const area = findChild(pad, "signingArea")
            verify(area)
            // The pad tells the capture its size once laid out.
            tryVerify(() => capture.padSize.width === area.width && area.width > 0)
            return { capture: capture, pad: pad, area: area }
        }

        // A wavy line across most of the signing area, pressed, moved and released.
        function drag(area, y) {
            mousePress(area, 40, y)
            for (let i = 1; i <= 40; ++i)
                mouseMove(area, 40 + i * 15, y + 40 * Math.sin(i / 3), -1, Qt.LeftButton)
            mouseRelease(area, 640, y, Qt.LeftButton)
        }

        // Ink where the finger went (the kept points), paper elsewhere.
        function isInk(image, x, y) { return image.red(x, y) < 128 && image.blue(x, y) > 60 }
        function isPaper(image, x, y) { return image.red(x, y) > 240 && image.green(x, y) > 240 }

        function test_dragLeavesInkThatLooksSigned() {
            const t = makePad()
            verify(t.capture.empty)
            verify(!t.capture.looksSigned)
            const clear = findByText(t.pad, "Clear")
            verify(clear)
            verify(!clear.enabled, "nothing to clear yet")

            drag(t.area, 150)
            verify(!t.capture.empty)
            verify(t.capture.looksSigned)
            compare(t.capture.strokeCount, 1)
            verify(t.pad.looksSigned)
            verify(clear.enabled)

            mouseClick(clear)
            verify(t.capture.empty)
            verify(!t.capture.looksSigned)
            compare(t.capture.strokes.length, 0)
            verify(!clear.enabled)
        }

        function test_aTapIsNotASignature() {
            const t = makePad()
            mouseClick(t.area, 200, 200)
            verify(!t.capture.empty, "the dot is kept")
            verify(!t.capture.looksSigned, "but it is no signature")
            // and the pad says so, in words, once the finger is up.
            const hint = findChild(t.pad, "tooShortHint")
            verify(hint)
            verify(hint.visible, "a tick or a dot is not enough")
            // and drawn, like the dot on an i.
            waitForRendering(t.area)
            const image = grabImage(t.area)
            verify(isInk(image, 200, 200))
            verify(isPaper(image, 210, 200))
        }

        function test_whatIsDrawnIsWhatIsKept() {
            const t = makePad()
            const y = 150
            mousePress(t.area, 40, y)
            for (let i = 1; i <= 20; ++i)
                mouseMove(t.area, 40 + i * 15, y + 40 * Math.sin(i / 3), -1, Qt.LeftButton)
            // While the finger is down, the stroke is drawn as it goes.
            compare(t.capture.strokes.length, 0)
            waitForRendering(t.area)
            let image = grabImage(t.area)
            for (let i = 0; i <= 20; i += 4)
                verify(isInk(image, 40 + i * 15, Math.round(y + 40 * Math.sin(i / 3))), "ink at point " + i)
            verify(isPaper(image, 40, y + 100))
            mouseRelease(t.area, 340, y + 40 * Math.sin(20 / 3), Qt.LeftButton)

            // Once lifted, the finished stroke draws the same; the kept points are the finger's
            // pixels (the pad's shape is the kept shape).
            compare(t.capture.strokes.length, 1)
            const lines = findChild(t.pad, "inkDone")
            verify(lines, "the finished strokes' path element")
            compare(lines.paths.length, 1)
            waitForRendering(t.area)
            image = grabImage(t.area)
            for (let i = 0; i <= 20; i += 4)
                verify(isInk(image, 40 + i * 15, Math.round(y + 40 * Math.sin(i / 3))), "ink at point " + i)
            verify(isPaper(image, 40, y + 100))

            // Cleared: paper again.
            t.capture.clear()
            waitForRendering(t.area)
            image = grabImage(t.area)
            verify(isPaper(image, 40, y))
            verify(isPaper(image, 100, Math.round(y + 40 * Math.sin(4 / 3))))
        }

        function test_signingDoesNotScrollTheColumn() {
            const capture = createTemporaryObject(captureComponent, root)
            const flick = createTemporaryObject(scrollingComponent, root)
            flick.pad.capture = capture
            const area = findChild(flick.pad, "signingArea")
            tryVerify(() => capture.padSize.width > 0)
            // Straight up, fast: on anything but the pad, this would flick the column.
            const bottom = area.height - 10
            mousePress(area, 300, bottom)
            for (let i = 1; i <= 30; ++i)
                mouseMove(area, 300 + i * 5, bottom - i * 10, -1, Qt.LeftButton)
            mouseRelease(area, 450, bottom - 300, Qt.LeftButton)
            compare(flick.contentY, 0)
            verify(!flick.moving)
            verify(capture.looksSigned)
        }
    }
}
