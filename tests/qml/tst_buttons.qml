// SPDX-License-Identifier: GPL-3.0-or-later
// The controls a customer taps: a choice's tick box follows its state, a disabled button does
// nothing and looks it, the card dots jump to their card, the language bar switches language.
import QtQuick
import QtTest
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Item {
    id: root
    width: 1920
    height: 1080

    Component { id: toggleComponent; ChoiceToggle { text: "Ask to delete" } }
    Component { id: buttonComponent; BigButton { text: "Next" } }
    Component { id: indicatorComponent; CardIndicator { count: 6; current: 2 } }
    Component { id: languageComponent; LanguageBar { dark: false } }

    SignalSpy { id: clickedSpy; signalName: "clicked" }
    SignalSpy { id: activatedSpy; signalName: "activated" }
    SignalSpy { id: languageSpy; target: Language; signalName: "codeChanged" }

    // The items under `item` (itself included) for which `test` is true, in tree order.
    function findAll(item, test, out) {
        out = out || []
        if (test(item))
            out.push(item)
        for (let i = 0; i < item.children.length; ++i)
            findAll(item.children[i], test, out)
        return out
    }

    TestCase {
        name: "Buttons"
        when: windowShown

        function cleanup() {
            Language.code = "en"
        }

        function test_choiceToggleEmitsAndShowsItsState() {
            const toggle = createTemporaryObject(toggleComponent, root)
            // The model flips the choice when the toggle says it was tapped.
            toggle.clicked.connect(() => toggle.on = !toggle.on)
            clickedSpy.target = toggle
            clickedSpy.clear()
            const tick = findAll(toggle, i => i.name === "check")[0]
            verify(tick, "the toggle has a tick")
            verify(!tick.visible)

            mouseClick(toggle)
            compare(clickedSpy.count, 1)
            verify(toggle.on)
            verify(tick.visible, "the tick shows once chosen")
            verify(toggle.Accessible.checked, "assistive tools hear it is ticked")

            mouseClick(toggle)
            compare(clickedSpy.count, 2)
            verify(!toggle.on)
            verify(!tick.visible)
            verify(!toggle.Accessible.checked)
        }

        function test_disabledButtonDoesNothingAndLooksDisabled() {
            const button = createTemporaryObject(buttonComponent, root, { enabled: false })
            clickedSpy.target = button
            clickedSpy.clear()
            mouseClick(button)
            compare(clickedSpy.count, 0)
            verify(Qt.colorEqual(button.foreground, Theme.disabledText), String(button.foreground))
            verify(Qt.colorEqual(button.background.color, Theme.disabledFill), String(button.background.color))
            verify(button.height >= Theme.touchMin)

            button.enabled = true
            verify(Qt.colorEqual(button.foreground, Theme.textOnAccent))
            mouseClick(button)
            compare(clickedSpy.count, 1)
        }

        function test_cardIndicatorDotsAreTargetsThatJump() {
            const indicator = createTemporaryObject(indicatorComponent, root)
            activatedSpy.target = indicator
            activatedSpy.clear()
            const dots = findAll(indicator, i => i.isCurrent !== undefined)
            compare(dots.length, 6)
            for (const dot of dots) {
                verify(dot.width >= 48 && dot.height >= 48, "dot " + dot.width + "×" + dot.height)
                compare(dot.isCurrent, dot.index === 2)
            }
            // The current card's dot is drawn larger than the others.
            verify(dots[2].children[0].width > dots[0].children[0].width)

            mouseClick(dots[4])
            compare(activatedSpy.count, 1)
            compare(activatedSpy.signalArguments[0][0], 4)
        }

        function test_languageBarSwitchesToTheTappedLanguage() {
            const bar = createTemporaryObject(languageComponent, root)
            const buttons = findAll(bar, i => i.modelData !== undefined && i.clicked !== undefined)
            compare(buttons.length, 4)
            for (const b of buttons)
                verify(b.width >= 48 && b.height >= 48, b.text + ": " + b.width + "×" + b.height)
            compare(buttons.map(b => b.text), ["Français", "Deutsch", "Italiano", "English"])
            verify(buttons[3].current, "English is current at first")

            languageSpy.clear()
            mouseClick(buttons[1])
            compare(languageSpy.count, 1)
            compare(Language.code, "de")
            verify(buttons[1].current)
            verify(!buttons[3].current)
            verify(buttons[1].Accessible.checked)
        }
    }
}
