import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

// Signing on the screen comes next; for now this card says so and lets the session end.
Item {
    id: screen

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.screenMargin
        spacing: Theme.spacingL

        TopBar {
            title: Review.vehicleTitle
            subtitle: qsTr("Your privacy review")
            Layout.fillWidth: true
        }

        Item { Layout.fillHeight: true }

        Card {
            title: qsTr("Signing comes next")
            iconName: "pen"
            Layout.alignment: Qt.AlignHCenter
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.readingWidth

            BodyText {
                text: qsTr("Soon you and your advisor will sign here, and the kiosk will print your privacy review sheet to take home.")
                font.pixelSize: Theme.fontLead
                Layout.fillWidth: true
            }
            BodyText {
                text: qsTr("When you tap Finish, this screen is cleared: the next customer sees nothing of your review.")
                muted: true
                Layout.fillWidth: true
            }

            Flow {
                spacing: Theme.spacingL
                layoutDirection: Qt.RightToLeft
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingL

                BigButton {
                    kind: "primary"
                    large: true
                    iconName: "check"
                    text: qsTr("Finish")
                    onClicked: Kiosk.endSession()
                }
                BigButton {
                    kind: "secondary"
                    large: true
                    iconName: "arrowLeft"
                    text: qsTr("Back to your choices")
                    onClicked: {
                        Kiosk.startReview()
                        Kiosk.card = Kiosk.cardCount - 1
                    }
                }
            }
        }

        Item { Layout.fillHeight: true }
    }
}
