import QtQuick
import QtQuick.Window
import Vitrine.Theme
import Vitrine.Screens
import Vitrine.Kiosk

// The kiosk's window: one screen at a time, as Kiosk.screen says, and the idle question on top.
// Each screen is made afresh when it comes up, so nothing of one session lingers in the next.
Window {
    id: root

    /** Full screen on the kiosk; a window on offscreen/minimal platforms (tests, screenshots). */
    property bool fullScreen: Qt.platform.pluginName !== "offscreen" && Qt.platform.pluginName !== "minimal"

    width: 1920
    height: 1080
    visible: true
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    flags: Qt.Window | Qt.FramelessWindowHint
    color: Theme.background
    title: qsTr("Vitrine")

    Loader {
        id: screenLoader
        anchors.fill: parent
        focus: true
        // Attract and Unlock share one screen (the PIN pad opens over the welcome), so the
        // welcome is not rebuilt when the pad opens.
        sourceComponent: {
            switch (Kiosk.screen) {
            case Kiosk.Advisor:
                return advisor
            case Kiosk.Review:
                return review
            case Kiosk.Sign:
                return sign
            case Kiosk.Done:
                return done
            default:
                return attract
            }
        }
    }

    IdleOverlay {
        anchors.fill: parent
    }

    // A new customer starts with the usual text size.
    Connections {
        target: Kiosk
        function onScreenChanged() {
            if (Kiosk.screen === Kiosk.Attract)
                Theme.largeText = false
        }
    }

    Component { id: attract; AttractScreen {} }
    Component { id: advisor; AdvisorScreen {} }
    Component { id: review; ReviewScreen {} }
    Component { id: sign; SignScreen {} }
    Component { id: done; DoneScreen {} }
}
