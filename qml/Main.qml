// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's window: one screen at a time, as Kiosk.screen says, and the idle question on top.
// Each screen is made afresh when it comes up, so nothing of one session lingers in the next.
// Only the screen on show is loaded for the first frame; the others are compiled, and the
// on-screen keyboard made, once it is on screen (Kiosk.firstFrameShown).
import QtQuick
import QtQuick.Window
import Vitrine.Theme
import Vitrine.Screens
import Vitrine.Kiosk

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
        anchors.bottomMargin: keyboardLoader.item && keyboardLoader.item.active
                              ? keyboardLoader.item.height : 0
        focus: true
        // By file, not by type: a Component per screen would make the first frame wait until
        // every screen (and the charts they use) is compiled. Attract and Unlock share one
        // screen (the PIN pad opens over the welcome), so the welcome is not rebuilt when the
        // pad opens.
        source: root.screenFile(Kiosk.screen)
    }

    // "End the session?", asked once before a customer's review is wiped.
    EndQuestion {
        anchors.fill: parent
    }

    IdleOverlay {
        anchors.fill: parent
    }

    // The on-screen keyboard, made off the path to the first frame.
    Loader {
        id: keyboardLoader
        // Made at once when its turn comes: made asynchronously, it would take the focus from
        // a field that has it.
        active: Kiosk.firstFrameShown
        source: "OnScreenKeyboard.qml"
        // Over every screen and question: it types into whatever field has the focus.
        z: 10
    }

    /** The file of a screen of the journey (Kiosk.screen). */
    function screenFile(screen) {
        switch (screen) {
        case Kiosk.Setup:
            return Qt.resolvedUrl("Screens/SetupScreen.qml")
        case Kiosk.Open:
            return Qt.resolvedUrl("Screens/OpenScreen.qml")
        case Kiosk.Advisor:
            return Qt.resolvedUrl("Screens/AdvisorScreen.qml")
        case Kiosk.Review:
            return Qt.resolvedUrl("Screens/ReviewScreen.qml")
        case Kiosk.Sign:
            return Qt.resolvedUrl("Screens/SignScreen.qml")
        case Kiosk.Preview:
            return Qt.resolvedUrl("Screens/PreviewScreen.qml")
        case Kiosk.Verify:
            return Qt.resolvedUrl("Screens/VerifyScreen.qml")
        case Kiosk.Done:
            return Qt.resolvedUrl("Screens/DoneScreen.qml")
        default:
            return Qt.resolvedUrl("Screens/AttractScreen.qml")
        }
    }

    // Once the first frame is shown, every screen is compiled in the background (kept here, so
    // the type loader holds on to it): the next screen then comes up as fast as before.
    property var compiledScreens: []
    function compileScreens() {
        const screens = [Kiosk.Setup, Kiosk.Open, Kiosk.Attract, Kiosk.Advisor, Kiosk.Review,
                         Kiosk.Sign, Kiosk.Preview, Kiosk.Verify, Kiosk.Done]
        compiledScreens = screens.map(s => Qt.createComponent(root.screenFile(s),
                                                               Component.Asynchronous))
    }
    Component.onCompleted: {
        if (Kiosk.firstFrameShown)
            compileScreens()
    }
    Connections {
        target: Kiosk
        function onFirstFrameShownChanged() {
            if (Kiosk.firstFrameShown && root.compiledScreens.length === 0)
                root.compileScreens()
        }
    }

    // A new customer starts with the usual text size.
    Connections {
        target: Kiosk
        function onScreenChanged() {
            if (Kiosk.screen === Kiosk.Attract)
                Theme.largeText = false
        }
    }
}
