import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

// The end of a session: thanks, and back to the start.
Item {
    id: screen

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.screenMargin
        spacing: Theme.spacingXL

        TopBar { Layout.fillWidth: true }

        Item { Layout.fillHeight: true }

        TitleText {
            text: qsTr("Thank you")
            dark: true
            font.pixelSize: Theme.fontDisplay
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        BigButton {
            kind: "primary"
            large: true
            text: qsTr("Back to the start")
            Layout.alignment: Qt.AlignHCenter
            onClicked: Kiosk.endSession()
        }

        Item { Layout.fillHeight: true }
    }
}
