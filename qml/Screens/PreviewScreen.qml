// SPDX-License-Identifier: GPL-3.0-or-later
// The sheet itself before it is printed: its pages as the signed PDF has them (rendered from
// that very file), one below the other, to scroll, swipe or page through, whole or as wide as
// the room; then Print, the request letters if the customer asked for copies, and End. When
// printing fails, the customer may try again, save the sheet on their own USB stick, or leave
// it with the advisor to print later. When no sheet can be made, one plain sentence and two
// ways on. The Sheet singleton makes the sheet when this screen comes up, and shows it in the
// language chosen. Wide: the print panel beside the pages; narrow: below them.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Window
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Item {
    id: screen

    readonly property bool wide: width >= Theme.wideBreakpoint
    /** Pages as wide as the room, to read; otherwise each page whole in view. */
    property bool fitWidth: !wide
    readonly property bool printing: Sheet.printState === Sheet.Printing
    readonly property bool printed: Sheet.printState === Sheet.Printed
    readonly property bool printFailed: Sheet.printState === Sheet.Failed
    /** The sheet went out one way or another: printed, saved or kept. */
    readonly property bool issued: Kiosk.ending !== Kiosk.NoSheet
    /** The other ways to take the sheet are offered once printing failed (or one was used). */
    readonly property bool otherWays: screen.printFailed || Sheet.saveState !== Sheet.NotYet
                                      || Sheet.keepState !== Sheet.NotYet
    readonly property bool noSheet: !Sheet.busy && !Sheet.ready && Sheet.error.length > 0

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

                        // No sheet can be made (no certificate, signing failed, the records
                        // refused): the customer reads one plain sentence and has two ways on;
                        // the advisor's screen says why.
                        Rectangle {
                            anchors.centerIn: parent
                            width: Math.min(parent.width, Theme.dialogWidth)
                            height: Math.min(parent.height, problemColumn.implicitHeight + 2 * Theme.spacingL)
                            visible: screen.noSheet
                            color: Theme.surface
                            border.width: Theme.borderThin
                            border.color: Theme.warnLine
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
                                        name: "warning"
                                        color: Theme.warnText
                                        Layout.alignment: Qt.AlignTop
                                    }
                                    BodyText {
                                        text: qsTr("Your sheet cannot be made here today.")
                                        font.bold: true
                                        Layout.fillWidth: true
                                    }
                                }
                                BodyText {
                                    text: qsTr("You can finish without it, or call your advisor.")
                                    Layout.fillWidth: true
                                }
                                BigButton {
                                    kind: "primary"
                                    iconName: "person"
                                    text: qsTr("Call the advisor")
                                    Layout.fillWidth: true
                                    onClicked: Kiosk.showUnlock()
                                }
                                BigButton {
                                    kind: "secondary"
                                    text: qsTr("Finish without a sheet")
                                    Layout.fillWidth: true
                                    onClicked: Kiosk.askToEnd()
                                }
                            }
                        }
                    }

                    // Page by page, and whole pages or as wide as the room. Short of room, the
                    // buttons' words wrap; "Page 1 of 3" stays on one line.
                    RowLayout {
                        visible: Sheet.ready
                        spacing: Theme.spacingM
                        Layout.fillWidth: true

                        BigButton {
                            kind: "ghost"
                            iconName: "arrowLeft"
                            text: qsTr("Previous page")
                            enabled: pages.currentPage > 1
                            Layout.fillWidth: true
                            Layout.preferredWidth: implicitWidth
                            Layout.maximumWidth: implicitWidth
                            onClicked: pages.positionViewAtIndex(pages.currentPage - 2, ListView.Beginning)
                        }
                        BodyText {
                            dark: true
                            text: qsTr("Page %1 of %2").arg(pages.currentPage).arg(Sheet.pageCount)
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.NoWrap
                            Layout.fillWidth: true
                            Layout.minimumWidth: implicitWidth
                            Layout.alignment: Qt.AlignVCenter
                        }
                        BigButton {
                            kind: "ghost"
                            iconName: "arrowRight"
                            iconAfter: true
                            text: qsTr("Next page")
                            enabled: pages.currentPage < Sheet.pageCount
                            Layout.fillWidth: true
                            Layout.preferredWidth: implicitWidth
                            Layout.maximumWidth: implicitWidth
                            onClicked: pages.positionViewAtIndex(pages.currentPage, ListView.Beginning)
                        }
                        BigButton {
                            kind: "ghost"
                            iconName: screen.fitWidth ? "minus" : "plus"
                            text: screen.fitWidth ? qsTr("Whole pages") : qsTr("Zoom to the width")
                            Layout.fillWidth: true
                            Layout.preferredWidth: implicitWidth
                            Layout.maximumWidth: implicitWidth
                            onClicked: screen.fitWidth = !screen.fitWidth
                        }
                    }
                }
            }

            // Printing, the other ways to take the sheet, the letters, and the way on. Every
            // button is as wide as the panel and its text wraps: nothing runs off the screen in
            // any language or text size.
            Card {
                id: panel
                objectName: "printPanel"
                visible: !screen.noSheet
                title: qsTr("Print your sheet")
                iconName: "printer"
                fillContent: true
                Layout.fillWidth: !screen.wide
                Layout.preferredWidth: screen.wide ? Theme.previewPanelWidth : -1
                Layout.maximumWidth: screen.wide ? Theme.previewPanelWidth : -1
                Layout.fillHeight: screen.wide
                Layout.maximumHeight: screen.wide ? -1 : screen.height * Theme.previewPanelShare

                ScrollColumn {
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    // How the print went, and when it failed the three ways on: first, where
                    // the eye goes.
                    Outcome {
                        visible: screen.printed || screen.printFailed
                        good: screen.printed
                        text: Sheet.printMessage
                        Layout.fillWidth: true
                    }

                    // Printing failed: the sheet is not lost, and there are three ways on.
                    ColumnLayout {
                        visible: screen.otherWays
                        spacing: Theme.spacingM
                        Layout.fillWidth: true

                        BodyText {
                            visible: screen.printFailed
                            text: qsTr("Your sheet is not lost. What would you like to do?")
                            font.bold: true
                            Layout.fillWidth: true
                        }
                        BigButton {
                            visible: screen.printFailed
                            kind: "primary"
                            iconName: "printer"
                            text: qsTr("Try again")
                            enabled: !screen.printing
                            Layout.fillWidth: true
                            onClicked: Sheet.print()
                        }
                        BigButton {
                            kind: "secondary"
                            iconName: "usb"
                            text: qsTr("Save as PDF on my USB stick")
                            visible: Sheet.saveState !== Sheet.Waiting && Sheet.saveState !== Sheet.Working
                            Layout.fillWidth: true
                            onClicked: Sheet.saveToStick()
                        }
                        BusyNote {
                            visible: Sheet.saveState === Sheet.Waiting || Sheet.saveState === Sheet.Working
                            text: Sheet.saveMessage
                            Layout.fillWidth: true
                        }
                        BigButton {
                            visible: Sheet.saveState === Sheet.Waiting
                            kind: "quiet"
                            text: qsTr("Do not save")
                            Layout.fillWidth: true
                            onClicked: Sheet.cancelSave()
                        }
                        Outcome {
                            visible: Sheet.saveState === Sheet.Done || Sheet.saveState === Sheet.NotDone
                            good: Sheet.saveState === Sheet.Done
                            text: Sheet.saveMessage
                            Layout.fillWidth: true
                        }
                        BigButton {
                            visible: Sheet.keepState !== Sheet.Done
                            kind: "secondary"
                            iconName: "person"
                            text: qsTr("Keep it for my advisor to print later")
                            Layout.fillWidth: true
                            onClicked: Sheet.keepForAdvisor()
                        }
                        Outcome {
                            visible: Sheet.keepState === Sheet.Done || Sheet.keepState === Sheet.NotDone
                            good: Sheet.keepState === Sheet.Done
                            text: Sheet.keepMessage
                            Layout.fillWidth: true
                        }
                    }

                    BodyText {
                        visible: Sheet.ready
                        text: qsTr("It is signed by the dealer. With its verification code, anyone can check later that it is genuine.")
                        Layout.fillWidth: true
                    }
                    // The code on a line of its own, whole, as the paper has it.
                    Rectangle {
                        visible: Sheet.ready
                        color: Theme.surfaceAlt
                        radius: Theme.radiusM
                        implicitHeight: codeColumn.implicitHeight + 2 * Theme.spacingM
                        Layout.fillWidth: true

                        ColumnLayout {
                            id: codeColumn
                            anchors.fill: parent
                            anchors.margins: Theme.spacingM
                            spacing: Theme.spacingXS
                            BodyText {
                                text: qsTr("Verification code")
                                muted: true
                                font.pixelSize: Theme.fontSmall
                                Layout.fillWidth: true
                            }
                            Text {
                                objectName: "verificationCode"
                                text: Sheet.verificationCode
                                color: Theme.textPrimary
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontTitle
                                font.bold: true
                                font.letterSpacing: 1
                                textFormat: Text.PlainText
                                wrapMode: Text.WrapAnywhere
                                Layout.fillWidth: true
                            }
                        }
                    }
                    BodyText {
                        visible: Sheet.demo
                        text: qsTr("Demo: this sheet is signed with a made-up certificate. It is not a real dealer's sheet.")
                        muted: true
                        font.pixelSize: Theme.fontSmall
                        Layout.fillWidth: true
                    }

                    BigButton {
                        visible: !screen.printFailed
                        kind: screen.printed ? "secondary" : "primary"
                        large: true
                        iconName: "printer"
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

                // Back, and End: side by side when both fit, else one above the other. End always
                // asks once before the review is wiped.
                GridLayout {
                    id: ways
                    columns: back.implicitWidth + end.implicitWidth + Theme.spacingM <= width ? 2 : 1
                    columnSpacing: Theme.spacingM
                    rowSpacing: Theme.spacingS
                    Layout.fillWidth: true

                    BigButton {
                        id: back
                        kind: "secondary"
                        iconName: "arrowLeft"
                        text: qsTr("Back to signing")
                        enabled: !screen.printing
                        Layout.fillWidth: ways.columns === 1
                        onClicked: Kiosk.toSign()
                    }
                    BigButton {
                        id: end
                        kind: screen.issued ? "primary" : "quiet"
                        large: screen.issued
                        iconName: screen.issued ? "check" : ""
                        text: screen.issued ? qsTr("Done") : qsTr("End without a sheet")
                        enabled: !screen.printing
                        Layout.fillWidth: true
                        onClicked: Kiosk.askToEnd()
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
