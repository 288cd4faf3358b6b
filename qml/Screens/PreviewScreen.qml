import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Window
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

// The sheet itself before it is printed: its pages as the signed PDF has them (rendered from
// that very file), one below the other, to scroll, swipe or page through, whole or as wide as
// the room; then Print, the request letters if the customer asked for copies, and Done. The
// Sheet singleton makes the sheet when this screen comes up, and again when the language
// changes. Wide: the print panel beside the pages; narrow: below them.
Item {
    id: screen

    readonly property bool wide: width >= Theme.wideBreakpoint
    /** Pages as wide as the room, to read; otherwise each page whole in view. */
    property bool fitWidth: !wide
    readonly property bool printing: Sheet.printState === Sheet.Printing
    readonly property bool printed: Sheet.printState === Sheet.Printed
    readonly property bool printFailed: Sheet.printState === Sheet.Failed

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.screenMargin
        spacing: Theme.spacingL

        TopBar {
            title: qsTr("Your privacy review sheet")
            subtitle: qsTr("This is the sheet you take home, exactly as it will be printed.")
            Layout.fillWidth: true
        }

        GridLayout {
            columns: screen.wide ? 2 : 1
            columnSpacing: Theme.spacingL
            rowSpacing: Theme.spacingL
            Layout.fillWidth: true
            Layout.fillHeight: true

            // The pages, on a backdrop, with their page buttons below.
            Rectangle {
                color: Theme.previewBackdrop
                radius: Theme.radiusL
                Layout.fillWidth: true
                Layout.fillHeight: true

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingL
                    spacing: Theme.spacingM

                    Item {
                        Layout.fillWidth: true
                        Layout.fillHeight: true

                        ListView {
                            id: pages

                            readonly property real pageWidth: screen.fitWidth
                                ? width : Math.min(width, height / Sheet.pageAspect)
                            readonly property real pageHeight: pageWidth * Sheet.pageAspect
                            /** The page in the middle of the view, from 1. */
                            readonly property int currentPage: count > 0
                                ? Math.max(0, indexAt(width / 2, contentY + height / 2)) + 1 : 0

                            anchors.fill: parent
                            visible: Sheet.ready
                            clip: true
                            spacing: Theme.previewPageGap
                            model: Sheet.ready ? Sheet.pageCount : 0
                            boundsBehavior: Flickable.StopAtBounds
                            // Whole pages turn one at a time; wide ones scroll freely to read.
                            snapMode: screen.fitWidth ? ListView.NoSnap : ListView.SnapOneItem
                            Accessible.role: Accessible.List
                            Accessible.name: qsTr("The pages of your sheet")

                            ScrollBar.vertical: ScrollBar {
                                policy: pages.contentHeight > pages.height ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                                width: Theme.scrollBarWidth
                                contentItem: Rectangle {
                                    implicitWidth: Theme.scrollBarWidth
                                    radius: width / 2
                                    color: Theme.textOnDarkMuted
                                }
                            }

                            delegate: Item {
                                id: page
                                required property int index
                                width: ListView.view.width
                                height: pages.pageHeight

                                Rectangle {
                                    anchors.horizontalCenter: parent.horizontalCenter
                                    width: pages.pageWidth
                                    height: pages.pageHeight
                                    color: Theme.previewPaper
                                    border.width: Theme.borderThin
                                    border.color: Theme.previewPaperEdge

                                    Image {
                                        anchors.fill: parent
                                        asynchronous: true
                                        // Nobody's sheet stays in a cache after the session.
                                        cache: false
                                        fillMode: Image.PreserveAspectFit
                                        // At the screen's own resolution: as sharp as the screen allows.
                                        sourceSize.width: Math.round(width * Screen.devicePixelRatio)
                                        source: Sheet.pagePrefix.length > 0 ? Sheet.pagePrefix + (page.index + 1) : ""
                                        Accessible.role: Accessible.Graphic
                                        Accessible.name: qsTr("Page %1 of %2").arg(page.index + 1).arg(Sheet.pageCount)
                                    }
                                }
                            }
                        }

                        Rectangle {
                            anchors.centerIn: parent
                            width: Math.min(parent.width, Theme.dialogWidth)
                            height: preparing.implicitHeight + 2 * Theme.spacingL
                            visible: Sheet.busy
                            color: Theme.surface
                            radius: Theme.radiusM

                            BusyNote {
                                id: preparing
                                anchors.fill: parent
                                anchors.margins: Theme.spacingL
                                text: qsTr("Preparing your sheet and signing it. This takes a moment.")
                            }
                        }

                        // The sheet could not be made: why, and what to do.
                        Rectangle {
                            anchors.centerIn: parent
                            width: Math.min(parent.width, Theme.dialogWidth)
                            height: problemColumn.implicitHeight + 2 * Theme.spacingL
                            visible: !Sheet.busy && Sheet.error.length > 0
                            color: Theme.badFill
                            border.width: Theme.borderThin
                            border.color: Theme.badLine
                            radius: Theme.radiusM

                            ColumnLayout {
                                id: problemColumn
                                anchors.fill: parent
                                anchors.margins: Theme.spacingL
                                spacing: Theme.spacingM

                                RowLayout {
                                    spacing: Theme.spacingM
                                    Layout.fillWidth: true
                                    Icon {
                                        name: "crossCircle"
                                        color: Theme.badText
                                        Layout.alignment: Qt.AlignTop
                                    }
                                    BodyText {
                                        text: qsTr("The sheet could not be prepared.")
                                        color: Theme.badText
                                        font.bold: true
                                        Layout.fillWidth: true
                                    }
                                }
                                BodyText {
                                    text: Sheet.error
                                    color: Theme.badText
                                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                                    Layout.fillWidth: true
                                }
                                BigButton {
                                    kind: "secondary"
                                    text: qsTr("Try again")
                                    onClicked: Sheet.prepare()
                                }
                            }
                        }
                    }

                    // Page by page, and whole pages or as wide as the room.
                    RowLayout {
                        visible: Sheet.ready
                        spacing: Theme.spacingM
                        Layout.fillWidth: true

                        BigButton {
                            kind: "ghost"
                            iconName: "arrowLeft"
                            text: qsTr("Previous page")
                            enabled: pages.currentPage > 1
                            onClicked: pages.positionViewAtIndex(pages.currentPage - 2, ListView.Beginning)
                        }
                        BodyText {
                            dark: true
                            text: qsTr("Page %1 of %2").arg(pages.currentPage).arg(Sheet.pageCount)
                            horizontalAlignment: Text.AlignHCenter
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignVCenter
                        }
                        BigButton {
                            kind: "ghost"
                            iconName: "arrowRight"
                            iconAfter: true
                            text: qsTr("Next page")
                            enabled: pages.currentPage < Sheet.pageCount
                            onClicked: pages.positionViewAtIndex(pages.currentPage, ListView.Beginning)
                        }
                        BigButton {
                            kind: "ghost"
                            iconName: screen.fitWidth ? "minus" : "plus"
                            text: screen.fitWidth ? qsTr("Whole pages") : qsTr("Zoom to the width")
                            onClicked: screen.fitWidth = !screen.fitWidth
                        }
                    }
                }
            }

            // Printing, the letters, and the way on.
            Card {
                title: qsTr("Print your sheet")
                iconName: "check"
                fillContent: true
                Layout.fillWidth: !screen.wide
                Layout.preferredWidth: screen.wide ? Theme.previewPanelWidth : -1
                Layout.fillHeight: screen.wide
                Layout.maximumHeight: screen.wide ? -1 : screen.height * Theme.previewPanelShare

                ScrollColumn {
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    BodyText {
                        visible: Sheet.ready
                        text: qsTr("It is signed by the dealer. Its verification code, %1, lets anyone check later that it is genuine.").arg(Sheet.verificationCode)
                        Layout.fillWidth: true
                    }
                    BodyText {
                        visible: Sheet.demo
                        text: qsTr("Demo: this sheet is signed with a made-up certificate. It is not a real dealer's sheet.")
                        muted: true
                        font.pixelSize: Theme.fontSmall
                        Layout.fillWidth: true
                    }

                    BigButton {
                        kind: screen.printed ? "secondary" : "primary"
                        large: true
                        text: screen.printed ? qsTr("Print again") : qsTr("Print")
                        enabled: Sheet.ready && !screen.printing
                        Layout.fillWidth: true
                        onClicked: Sheet.print()
                    }
                    BusyNote {
                        visible: screen.printing
                        text: qsTr("Printing. This can take a minute.")
                        Layout.fillWidth: true
                    }
                    Outcome {
                        visible: screen.printed || screen.printFailed
                        good: screen.printed
                        text: Sheet.printMessage
                        Layout.fillWidth: true
                    }
                    BigButton {
                        visible: screen.printFailed
                        kind: "secondary"
                        text: qsTr("Try again")
                        Layout.fillWidth: true
                        onClicked: Sheet.print()
                    }

                    // The customer asked recipients for a copy of their data: a letter each.
                    ColumnLayout {
                        visible: Sheet.ready && Sheet.lettersWanted
                        spacing: Theme.spacingM
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingM

                        BodyText {
                            text: qsTr("You asked %n recipient(s) for a copy of your data. The kiosk can print a letter ready to send to each.", "", Sheet.lettersAsked)
                            Layout.fillWidth: true
                        }
                        BigButton {
                            kind: "secondary"
                            text: Sheet.lettersState === Sheet.Printed ? qsTr("Print the letters again")
                                                                       : qsTr("Print the request letters too")
                            enabled: Sheet.lettersState !== Sheet.Printing
                            Layout.fillWidth: true
                            onClicked: Sheet.printLetters()
                        }
                        BusyNote {
                            visible: Sheet.lettersState === Sheet.Printing
                            text: qsTr("Printing the letters.")
                            Layout.fillWidth: true
                        }
                        Outcome {
                            visible: Sheet.lettersState === Sheet.Printed || Sheet.lettersState === Sheet.Failed
                            good: Sheet.lettersState === Sheet.Printed
                            text: Sheet.lettersMessage
                            Layout.fillWidth: true
                        }
                    }
                }

                RowLayout {
                    spacing: Theme.spacingM
                    Layout.fillWidth: true

                    BigButton {
                        kind: "secondary"
                        iconName: "arrowLeft"
                        text: qsTr("Back to signing")
                        enabled: !screen.printing
                        onClicked: Kiosk.toSign()
                    }
                    Item { Layout.fillWidth: true }
                    // Done once the sheet is out; when the printer fails, the session can still
                    // end (the review and the sheet's record are kept).
                    BigButton {
                        visible: screen.printed
                        kind: "primary"
                        large: true
                        iconName: "check"
                        text: qsTr("Done")
                        onClicked: Kiosk.endSession()
                    }
                    BigButton {
                        visible: screen.printFailed
                        kind: "quiet"
                        text: qsTr("End without printing")
                        onClicked: Kiosk.endSession()
                    }
                }
            }
        }
    }

    // How a print went, in words and with a shape (never colour alone).
    component Outcome: Rectangle {
        id: outcome
        property bool good: false
        property string text
        color: good ? Theme.goodFill : Theme.badFill
        border.width: Theme.borderThin
        border.color: good ? Theme.goodLine : Theme.badLine
        radius: Theme.radiusM
        implicitHeight: outcomeRow.implicitHeight + 2 * Theme.spacingM

        RowLayout {
            id: outcomeRow
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            spacing: Theme.spacingM
            Icon {
                name: outcome.good ? "checkCircle" : "crossCircle"
                color: outcome.good ? Theme.goodText : Theme.badText
                Layout.alignment: Qt.AlignTop
            }
            BodyText {
                text: outcome.text
                color: outcome.good ? Theme.goodText : Theme.badText
                Layout.fillWidth: true
            }
        }
    }
}
