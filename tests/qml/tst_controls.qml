// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's controls: touch targets large enough for a finger, the PIN pad collects only
// digits and hands them over, the adequacy badge says in words what its colour says.
import QtQuick
import QtTest
import Vitrine.Theme
import Vitrine.Controls

Item {
    id: root
    width: 1920
    height: 1080

    Component { id: buttonComponent; BigButton { text: "Weiter" } }
    Component { id: toggleComponent; ChoiceToggle { text: "Ask to delete" } }
    Component { id: padComponent; PinPad {} }
    Component { id: badgeComponent; AdequacyBadge {} }

    SignalSpy { id: clickedSpy; signalName: "clicked" }
    SignalSpy { id: submittedSpy; signalName: "submitted" }

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

    function findLabel(item, text) {
        if (item.text === text)
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = findLabel(item.children[i], text)
            if (found)
                return found
        }
        return null
    }

    TestCase {
        name: "Controls"
        when: windowShown

        function test_buttonIsAtLeastATouchTargetAndClicks() {
            const button = createTemporaryObject(buttonComponent, root)
            verify(button)
            verify(button.height >= 48, "height " + button.height)
            verify(button.width >= 48, "width " + button.width)
            clickedSpy.target = button
            clickedSpy.clear()
            mouseClick(button)
            compare(clickedSpy.count, 1)
        }

        function test_choiceToggleIsAtLeastATouchTarget() {
            const toggle = createTemporaryObject(toggleComponent, root)
            verify(toggle.height >= 48)
            verify(!toggle.on)
        }

        function test_pinPadCollectsDigitsAndSubmits() {
            const pad = createTemporaryObject(padComponent, root)
            submittedSpy.target = pad
            submittedSpy.clear()
            const ok = findByText(pad, "Confirm PIN")
            verify(ok)
            verify(!ok.enabled, "cannot confirm before four digits")
            for (const d of ["2", "4", "6", "8"])
                mouseClick(findByText(pad, d))
            compare(pad.pin, "2468")
            mouseClick(findByText(pad, "Delete last digit"))
            compare(pad.pin, "246")
            mouseClick(findByText(pad, "8"))
            verify(ok.enabled)
            mouseClick(ok)
            compare(submittedSpy.count, 1)
            compare(submittedSpy.signalArguments[0][0], "2468")
        }

        function test_lockedPinPadIgnoresKeys() {
            const pad = createTemporaryObject(padComponent, root, { locked: true })
            mouseClick(findByText(pad, "1"))
            compare(pad.pin, "")
        }

        // The badge says what the core's one label says (the sheet's and the command line's
        // words), and its shape and colour follow the same verdict.
        function test_adequacyBadgeSaysItInWords_data() {
            return [
                { tag: "domestic", adequacy: "domestic", adequate: true, tone: "good",
                  caption: "Swiss law applies" },
                { tag: "adequate", adequacy: "adequate", adequate: true, tone: "good",
                  caption: "Adequate protection" },
                { tag: "usa certified", adequacy: "adequate", adequate: true, tone: "good",
                  caption: "Adequate protection" },
                { tag: "usa", adequacy: "dpf_only", adequate: false, tone: "warn",
                  caption: "Protection not adequate (no DPF certification known)" },
                { tag: "not", adequacy: "not_adequate", adequate: false, tone: "bad",
                  caption: "Protection not adequate" },
                { tag: "unknown", adequacy: "unknown", adequate: false, tone: "warn",
                  caption: "Protection unknown" },
            ]
        }

        function test_adequacyBadgeSaysItInWords(data) {
            const badge = createTemporaryObject(badgeComponent, root,
                                                { adequacy: data.adequacy, adequate: data.adequate,
                                                  caption: data.caption })
            verify(findLabel(badge, data.caption) !== null)
            compare(badge.Accessible.name, data.caption)
            compare(badge.tone, data.tone)
        }

        // The badge has no wording of its own: a verdict it says in other words than the sheet
        // and the command line was how "Protected only if certified" came about.
        function test_adequacyBadgeHasNoWordsOfItsOwn() {
            for (const id of ["domestic", "adequate", "dpf_only", "not_adequate", "unknown"]) {
                const badge = createTemporaryObject(badgeComponent, root, { adequacy: id })
                compare(badge.Accessible.name, "", id)
            }
        }
    }
}
