import QtQuick
import QtQuick.Window
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Vitrine.Theme
import Vitrine.Screens
import Vitrine.Kiosk

// The kiosk's window: one screen at a time, as Kiosk.screen says, and the idle question on top.
// Each screen is made afresh when it comes up, so nothing of one session lingers in the next.
Window {
    id: root

    /**
     * Full screen, frameless and impossible to close for the customer (no Alt+F4, no window
     * menu). main.cpp sets it unless started with --windowed (developers), the self-test or the
     * screenshot tour; tests that load this file get an ordinary window.
     */
    property bool fullScreen: false

    width: 1920
    height: 1080
    visible: true
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    flags: fullScreen ? Qt.Window | Qt.FramelessWindowHint : Qt.Window
    color: Theme.background
    title: qsTr("Vitrine")

    // Closing the window (Alt+F4, the window manager) is refused on the kiosk; the program only
    // ends on purpose (a stop from the system quits the application without asking the window).
    onClosing: close => {
        if (root.fullScreen)
            close.accepted = false
    }

    Loader {
        id: screenLoader
        anchors.fill: parent
        // The screen makes room for the on-screen keyboard rather than hide behind it.
        anchors.bottomMargin: keyboard.active ? keyboard.height : 0
        focus: true
        // Attract and Unlock share one screen (the PIN pad opens over the welcome), so the
        // welcome is not rebuilt when the pad opens.
        sourceComponent: {
            switch (Kiosk.screen) {
            case Kiosk.Setup:
                return setupScreen
            case Kiosk.Open:
                return openScreen
            case Kiosk.Advisor:
                return advisor
            case Kiosk.Review:
                return review
            case Kiosk.Sign:
                return sign
            case Kiosk.Preview:
                return preview
            case Kiosk.Verify:
                return verify
            case Kiosk.Done:
                return done
            default:
                return attract
            }
        }
    }

    // "End the session?", asked once before a customer's review is wiped.
    EndQuestion {
        anchors.fill: parent
    }

    IdleOverlay {
        anchors.fill: parent
    }

    // The on-screen keyboard wherever text is typed (the passphrase); the PIN has its own pad.
    // It slides up from the bottom when a field takes the focus, no wider than fingers need.
    InputPanel {
        id: keyboard
        objectName: "keyboard"
        width: Math.min(root.width, Theme.keyboardMaxWidth)
        x: (root.width - width) / 2
        y: active ? root.height - height : root.height
        Behavior on y {
            NumberAnimation { duration: Theme.animationNormal; easing.type: Easing.OutCubic }
        }
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

    // A new customer starts with the usual text size.
    Connections {
        target: Kiosk
        function onScreenChanged() {
            if (Kiosk.screen === Kiosk.Attract)
                Theme.largeText = false
        }
    }

    Component { id: setupScreen; SetupScreen {} }
    Component { id: openScreen; OpenScreen {} }
    Component { id: attract; AttractScreen {} }
    Component { id: advisor; AdvisorScreen {} }
    Component { id: review; ReviewScreen {} }
    Component { id: sign; SignScreen {} }
    Component { id: preview; PreviewScreen {} }
    Component { id: verify; VerifyScreen {} }
    Component { id: done; DoneScreen {} }
}
