// SPDX-License-Identifier: GPL-3.0-or-later
// The customer and the advisor sign with a finger: side by side on a wide screen, one above the
// other on a tall one. Finish is possible once both pads hold a signature.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

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

            // Placed by anchors, not by the card's layout: the sentence wraps to its width and
            // the pads start below its last line whatever the language and text size (a layout
            // could keep the sentence's one-line height from before it wrapped, and the pads'
            // captions would cover its second line).
            Item {
                id: body
                Layout.fillWidth: true
                Layout.fillHeight: true
                implicitHeight: intro.implicitHeight + pads.implicitHeight + actions.implicitHeight
                                + 2 * Theme.spacingM

                Column {
                    id: intro
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    spacing: Theme.spacingM

                    BodyText {
                        width: parent.width
                        text: qsTr("By signing, you confirm you have seen this review. Your advisor signs that the data shown is what your car's log contains.")
                    }
                    // Said before anyone signs: today there will be no sheet to take home.
                    BodyText {
                        width: parent.width
                        visible: !Sheet.canSign
                        text: qsTr("Today this kiosk cannot make your signed sheet. You can still sign and finish; your advisor can tell you more.")
                        color: Theme.warnText
                        font.bold: true
                    }
                }

                GridLayout {
                    id: pads
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: intro.bottom
                    anchors.topMargin: Theme.spacingM
                    anchors.bottom: actions.top
                    anchors.bottomMargin: Theme.spacingM
                    columns: screen.wide ? 2 : 1
                    columnSpacing: Theme.spacingXL
                    rowSpacing: Theme.spacingL

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
                    id: actions
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    spacing: Theme.spacingL

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
                        // Both pads have ink: a tap goes on, or has a pad whose ink is too little
                        // say so (Kiosk.toPreview decides).
                        enabled: !Review.customerSignature.empty && !Review.advisorSignature.empty
                        // On to the sheet itself, shown before it is printed.
                        onClicked: Kiosk.toPreview()
                    }
                }
            }
        }
    }
}
