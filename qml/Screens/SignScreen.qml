import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

// The customer and the advisor sign with a finger: side by side on a wide screen, one above the
// other on a tall one. Finish is possible once both pads hold a signature.
Item {
    id: screen

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property bool bothSigned: Review.customerSignature.looksSigned
                                       && Review.advisorSignature.looksSigned

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.screenMargin
        spacing: Theme.spacingL

        TopBar {
            title: Review.vehicleTitle
            subtitle: qsTr("Your privacy review")
            Layout.fillWidth: true
        }

        Card {
            title: qsTr("Please sign")
            iconName: "pen"
            Layout.fillWidth: true
            Layout.fillHeight: true

            BodyText {
                text: qsTr("By signing, you confirm you have seen this review. Your advisor signs that the data shown is what your car's log contains.")
                Layout.fillWidth: true
            }
            // Said before anyone signs: today there will be no sheet to take home.
            BodyText {
                visible: !Sheet.canSign
                text: qsTr("Today this kiosk cannot make your signed sheet. You can still sign and finish; your advisor can tell you more.")
                color: Theme.warnText
                font.bold: true
                Layout.fillWidth: true
            }

            GridLayout {
                columns: screen.wide ? 2 : 1
                columnSpacing: Theme.spacingXL
                rowSpacing: Theme.spacingL
                Layout.fillWidth: true
                Layout.fillHeight: true

                SignaturePad {
                    capture: Review.customerSignature
                    caption: qsTr("Your signature")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // Equal shares of the width, whatever the captions' lengths.
                    Layout.preferredWidth: 1
                }
                SignaturePad {
                    capture: Review.advisorSignature
                    caption: qsTr("Your advisor's signature")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                }
            }

            RowLayout {
                spacing: Theme.spacingL
                Layout.fillWidth: true

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
                BodyText {
                    text: qsTr("When both of you have signed, tap Finish.")
                    muted: true
                    visible: !screen.bothSigned
                    horizontalAlignment: Text.AlignRight
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                }
                Item {
                    visible: screen.bothSigned
                    Layout.fillWidth: true
                }
                BigButton {
                    kind: "primary"
                    large: true
                    iconName: "check"
                    text: qsTr("Finish")
                    enabled: screen.bothSigned
                    // On to the sheet itself, shown before it is printed.
                    onClicked: Kiosk.toPreview()
                }
            }
        }
    }
}
