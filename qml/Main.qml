import QtQuick
import QtQuick.Window

// The kiosk's first window. The review journey comes with the kiosk issue; for now it says so.
Window {
    id: root
    width: 1280
    height: 800
    visible: true
    color: "#0f2a3d"
    title: "Vitrine"

    Column {
        anchors.centerIn: parent
        spacing: 24

        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: "Vitrine"
            color: "#ffffff"
            font.pixelSize: 72
            font.bold: true
        }
        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: qsTr("Your car's data, in plain words. The kiosk is coming soon.")
            color: "#dce8f0"
            font.pixelSize: 28
        }
    }
}
