// SPDX-License-Identifier: GPL-3.0-or-later
// The on-screen keyboard wherever text is typed (the passphrase); the PIN has its own pad.
// It slides up from the bottom of the window when a field takes the focus, no wider than
// fingers need. Main.qml loads it once the first frame is shown: it is the heaviest piece.
import QtQuick
import QtQuick.Window
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Vitrine.Theme
import Vitrine.Kiosk

InputPanel {
    id: keyboard
    objectName: "keyboard"

    // The window's size from the start: a keyboard laid out at width 0 and widened afterwards
    // leaves keys outside its frame.
    width: Math.min(Window.width, Theme.keyboardMaxWidth)
    x: (Window.width - width) / 2
    y: active ? Window.height - height : Window.height
    Behavior on y {
        NumberAnimation { duration: Theme.animationNormal; easing.type: Easing.OutCubic }
    }

    // The keyboard's layout follows the kiosk's language (Qt has no Swiss layouts: the nearest
    // ones); its language key offers the other three.
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: ({ "fr": "fr_FR", "de": "de_DE", "it": "it_IT", "en": "en_GB" })[Language.code] || "de_DE"
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: ["fr_FR", "de_DE", "it_IT", "en_GB"]
    }
}
