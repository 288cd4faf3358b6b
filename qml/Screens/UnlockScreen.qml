// SPDX-License-Identifier: GPL-3.0-or-later
// The advisor's PIN pad, over the attract screen. Kiosk.unlock() checks the PIN off the UI
// thread (Kiosk.checkingPin meanwhile); a refusal comes back through Kiosk.unlockRefused, and
// wrong PINs make the next try wait.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Rectangle {
    id: overlay
    objectName: "unlockOverlay"

    signal cancelled()

    property string message
    /** Seconds before the next try; refreshed every second while counting down. */
    property int waitLeft: Kiosk.unlockDelay

    color: Theme.overlayScrim

    onVisibleChanged: {
        pad.clear()
        message = ""
        waitLeft = Kiosk.unlockDelay
    }

    // Nothing behind the overlay can be touched.
    MouseArea {
        anchors.fill: parent
    }

    Connections {
        target: Kiosk
        function onUnlockRefused(message) {
            overlay.message = message
            overlay.waitLeft = Kiosk.unlockDelay
            pad.clear()
        }
        function onUnlockDelayChanged() {
            overlay.waitLeft = Kiosk.unlockDelay
        }
        function onCheckingPinChanged() {
            if (Kiosk.checkingPin)
                overlay.message = ""
        }
    }
    Timer {
        interval: 1000
        repeat: true
        running: overlay.visible && overlay.waitLeft > 0
        onTriggered: overlay.waitLeft = Kiosk.unlockDelay
    }

    Card {
        anchors.centerIn: parent
        width: Math.min(Theme.dialogWidth, parent.width - 2 * Theme.screenMargin)
        height: Math.min(implicitHeight, parent.height - 2 * Theme.screenMargin)
        title: qsTr("Advisor access")
        subtitle: qsTr("Enter your PIN.")
        iconName: "lock"

        // In a plain Item that fills the card's width: a layout holding only centred items
        // would shrink the card's column to the pad and put it on the left.
        Item {
            implicitWidth: pad.implicitWidth
            implicitHeight: pad.implicitHeight
            Layout.fillWidth: true

            PinPad {
                id: pad
                anchors.horizontalCenter: parent.horizontalCenter
                locked: overlay.waitLeft > 0
                busy: Kiosk.checkingPin
                onSubmitted: pin => Kiosk.unlock(pin)
            }
        }

        // Its room is kept while empty: the card is centred, so a line appearing would move
        // the keys under the advisor's finger.
        MessageLine {
            readonly property bool waiting: overlay.waitLeft > 0
            objectName: "pinMessage"
            text: waiting ? qsTr("Please wait %n second(s) before trying again.", "", overlay.waitLeft)
                          : overlay.message
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        BodyText {
            visible: Kiosk.demo
            text: qsTr("Demo PIN: %1").arg(Kiosk.demoPin)
            muted: true
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        BigButton {
            kind: "secondary"
            text: qsTr("Cancel")
            enabled: !Kiosk.checkingPin
            Layout.alignment: Qt.AlignHCenter
            onClicked: overlay.cancelled()
        }
    }
}
