// SPDX-License-Identifier: GPL-3.0-or-later
// For the advisor: the logs on the plugged-in USB stick, what the kiosk read from the imported
// one and what it refused, the VIN to compare with the car in for service, and the way to hand
// the screen to the customer. Above them, what the advisor must know first: records that are
// damaged, a dealer certificate that is missing or expires soon (with how to mend it), why the
// customer's sheet could not be made, why the last print failed. The sheets kept to print later are listed with
// a Print button each. Wide: the stick's logs and the kept sheets beside what was read; narrow:
// above it.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Item {
    id: screen

    readonly property bool wide: width >= Theme.wideBreakpoint
    /** Both signed the customer's review: the advisor was called from the sheet. */
    readonly property bool signed: Review.loaded && Review.customerSignature.looksSigned
                                   && Review.advisorSignature.looksSigned

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.screenMargin
        spacing: Theme.spacingL

        TopBar {
            title: qsTr("Advisor: check the import")
            subtitle: qsTr("Check what was read before you hand the screen to the customer.")
            Layout.fillWidth: true

            // Checking a sheet someone brings back (a PDF on the stick, or its code).
            BigButton {
                kind: "ghost"
                iconName: "checkCircle"
                text: qsTr("Check a sheet")
                onClicked: Kiosk.toVerify()
            }
        }

        // The advisor's news, most serious first; nothing when all is well. It never takes more
        // than a share of the screen: past that, it scrolls.
        ScrollColumn {
            visible: storeNotice.visible || certificateNotice.visible || sheetNotice.visible
                     || printNotice.visible
            fadeColor: Theme.background
            reserveBar: false
            spacing: Theme.spacingS
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            Layout.maximumHeight: screen.height * Theme.advisorNoticeShare

            Notice {
                id: storeNotice
                objectName: "storeNotice"
                visible: Vault.damaged
                tone: "bad"
                title: qsTr("The kiosk's records are damaged.")
                detail: qsTr("Parts of them can no longer be read, and the kiosk keeps nothing more in them. Reviews still work, but without the last visit. Restore the records from the backup.")
            }
            Notice {
                id: certificateNotice
                objectName: "certificateNotice"
                visible: Sheet.certificateNotice.length > 0
                tone: Sheet.certificateStatus === Sheet.ExpiresSoon ? "warn" : "bad"
                title: Sheet.certificateNotice
                detail: Sheet.certificateHelp
                action: Sheet.certificateStatus === Sheet.Unusable ? qsTr("Check again") : ""
                onActivated: Sheet.recheckCertificate()
            }
            Notice {
                id: sheetNotice
                visible: Sheet.error.length > 0 && Sheet.certificateStatus !== Sheet.Unusable
                tone: "bad"
                title: qsTr("The customer's sheet could not be made.")
                detail: Sheet.error
            }
            Notice {
                id: printNotice
                visible: Sheet.printProblem.length > 0
                tone: "warn"
                title: qsTr("The last print failed.")
                detail: Sheet.printProblem
            }
        }

        GridLayout {
            columns: screen.wide ? 2 : 1
            columnSpacing: Theme.spacingL
            rowSpacing: Theme.spacingL
            Layout.fillWidth: true
            Layout.fillHeight: true

            // Beside what was read on a wide screen; above it on a narrow one, where the stick's
            // logs take the room until a log is imported. With the kept sheets below them, the
            // column scrolls when the screen is short of room (larger text, a long list).
            ScrollColumn {
                id: leftColumn
                fadeColor: Theme.background
                reserveBar: false
                spacing: Theme.spacingL
                readonly property bool fills: screen.wide || !Review.loaded
                Layout.fillWidth: !screen.wide
                Layout.preferredWidth: screen.wide ? Theme.mediaPanelWidth : -1
                Layout.maximumWidth: screen.wide ? Theme.mediaPanelWidth : -1
                // Short of room, it gives way (and scrolls) rather than push the buttons below
                // off the screen; with room to spare it takes no more than its content, unless
                // it fills.
                Layout.fillHeight: true
                Layout.maximumHeight: fills ? -1 : implicitHeight
                Layout.alignment: Qt.AlignTop

                // The sheets waiting to be printed first: they are the news. Each panel sits in
                // a plain Item that gives it its width first: a card of wrapping text laid out
                // straight in the column misjudged its height.
                Item {
                    id: keptItem
                    visible: Sheet.kept.count > 0
                    implicitHeight: keptPanel.implicitHeight
                    Layout.fillWidth: true
                    Layout.preferredHeight: keptPanel.implicitHeight
                    KeptPanel {
                        id: keptPanel
                        objectName: "keptSheets"
                        width: parent.width
                        height: parent.height
                    }
                }
                Item {
                    Layout.fillWidth: true
                    // The room the kept sheets leave, and never less than its content.
                    Layout.preferredHeight: leftColumn.fills
                        ? Math.max(media.implicitHeight, leftColumn.height
                                   - (keptItem.visible ? keptItem.implicitHeight + leftColumn.spacing : 0))
                        : media.implicitHeight
                    implicitHeight: media.implicitHeight
                    MediaPanel {
                        id: media
                        width: parent.width
                        height: parent.height
                    }
                }
            }

            Card {
                id: readCard
                title: Review.loaded ? qsTr("What was read") : qsTr("Nothing to review yet")
                iconName: Review.loaded ? "info" : "warning"
                fillContent: Review.loaded
                Layout.fillWidth: true
                Layout.fillHeight: Review.loaded
                Layout.alignment: Qt.AlignTop

                // A refused file: the reason, in the reader's language.
                Rectangle {
                    visible: Review.refusal.length > 0
                    color: Theme.badFill
                    border.width: Theme.borderThin
                    border.color: Theme.badLine
                    radius: Theme.radiusM
                    implicitHeight: refusalRow.implicitHeight + 2 * Theme.spacingL
                    Layout.fillWidth: true

                    RowLayout {
                        id: refusalRow
                        anchors.fill: parent
                        anchors.margins: Theme.spacingL
                        spacing: Theme.spacingM
                        Icon {
                            name: "crossCircle"
                            color: Theme.badText
                            Layout.alignment: Qt.AlignTop
                        }
                        ColumnLayout {
                            spacing: Theme.spacingXS
                            Layout.fillWidth: true
                            BodyText {
                                text: qsTr("The file was refused.")
                                color: Theme.badText
                                font.bold: true
                                Layout.fillWidth: true
                            }
                            BodyText {
                                text: Review.refusal
                                color: Theme.badText
                                Layout.fillWidth: true
                            }
                        }
                    }
                }

                BodyText {
                    visible: !Review.loaded && Review.refusal.length === 0
                    text: qsTr("No data log has been imported. Import the car's log from the USB stick, then check it here.")
                    muted: true
                    Layout.fillWidth: true
                }

                ScrollColumn {
                    visible: Review.loaded
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    // Side by side on a wide screen, one above the other on a narrow one. (Each
                    // panel sits in a plain Item: a layout nested straight in the grid misjudged
                    // its height in one column.)
                    GridLayout {
                        columns: readCard.width >= Theme.advisorTwoColumnWidth ? 2 : 1
                        columnSpacing: Theme.spacingXL
                        rowSpacing: Theme.spacingXL
                        Layout.fillWidth: true

                        // The facts get the larger share: the VIN must fit on one line.
                        Item {
                            implicitHeight: facts.implicitHeight
                            Layout.fillWidth: true
                            Layout.preferredWidth: 3
                            Layout.alignment: Qt.AlignTop
                            FactsPanel {
                                id: facts
                                width: parent.width
                            }
                        }
                        Item {
                            implicitHeight: refused.implicitHeight
                            Layout.fillWidth: true
                            Layout.preferredWidth: 2
                            Layout.alignment: Qt.AlignTop
                            RejectionsPanel {
                                id: refused
                                width: parent.width
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            spacing: Theme.spacingL
            Layout.fillWidth: true

            BigButton {
                kind: "ghost"
                iconName: "close"
                text: qsTr("Cancel and clear")
                onClicked: Kiosk.endSession()
            }
            Item { Layout.fillWidth: true }
            // The advisor came from the customer's sheet ("Call the advisor"): back to it.
            BigButton {
                visible: screen.signed
                kind: "primary"
                large: true
                iconName: "arrowLeft"
                text: qsTr("Back to the customer's sheet")
                Layout.fillWidth: true
                Layout.maximumWidth: Math.min(implicitWidth, screen.width * 0.6)
                onClicked: Kiosk.toPreview()
            }
            BigButton {
                visible: !screen.signed
                kind: "primary"
                large: true
                iconName: "arrowRight"
                iconAfter: true
                enabled: Review.loaded
                text: qsTr("Confirm VIN and start the review")
                // May narrow (its text wraps) where the row is too short for it, as in German on
                // a portrait screen; a button that does not fill keeps its full width and pushes
                // the whole screen wider than the window.
                Layout.fillWidth: true
                Layout.maximumWidth: Math.min(implicitWidth, screen.width * 0.6)
                onClicked: Kiosk.startReview()
            }
        }
    }

    // The logs found on the plugged-in sticks, newest first, each with its Import button. The
    // list follows the sticks by itself; importing keeps the advisor here to check the result.
    component MediaPanel: Card {
        title: qsTr("Import from a USB stick")
        subtitle: Media.logs.count > 0 ? qsTr("Newest first. Tap Import on the car's log.") : ""
        iconName: "plus"
        fillContent: true

        ColumnLayout {
            visible: Media.logs.count === 0
            spacing: Theme.spacingS
            Layout.fillWidth: true

            BodyText {
                text: qsTr("Plug in the USB stick with the car's data log.")
                font.bold: true
                Layout.fillWidth: true
            }
            BodyText {
                text: qsTr("Its logs appear here by themselves after a few seconds. A log's name ends in .jsonl or .jsonl.gz.")
                muted: true
                Layout.fillWidth: true
            }
        }
        // Keeps the empty state at the top when the card is taller than its text.
        Item {
            visible: Media.logs.count === 0
            Layout.fillHeight: true
        }

        ListView {
            id: logList
            visible: count > 0
            clip: true
            spacing: Theme.spacingS
            model: Media.logs
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.min(contentHeight, Theme.mediaListHeight)

            ScrollBar.vertical: ScrollBar {
                policy: logList.interactive ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                width: Theme.scrollBarWidth
                contentItem: Rectangle {
                    implicitWidth: Theme.scrollBarWidth
                    radius: width / 2
                    color: Theme.textSecondary
                }
                background: Rectangle {
                    radius: width / 2
                    color: Theme.surfaceSunken
                }
            }

            delegate: Rectangle {
                id: logRow
                required property int index
                required property string name
                required property string sizeText
                required property string modifiedText
                required property string volume
                // What the item is ("Volkswagen EU Data Act export, 96 deliveries, ...").
                required property string kindText
                width: ListView.view.width - (logList.interactive ? Theme.scrollBarWidth + Theme.spacingS : 0)
                implicitHeight: logLayout.implicitHeight + 2 * Theme.spacingM
                color: Theme.surfaceAlt
                radius: Theme.radiusM

                // The name on a line of its own (file names are long and break badly), the
                // details beside the button.
                ColumnLayout {
                    id: logLayout
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    spacing: Theme.spacingXS

                    BodyText {
                        text: logRow.name
                        font.bold: true
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        spacing: Theme.spacingM
                        Layout.fillWidth: true

                        ColumnLayout {
                            spacing: Theme.spacingXS
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignVCenter

                            BodyText {
                                visible: logRow.kindText.length > 0
                                text: logRow.kindText
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                                Layout.fillWidth: true
                            }
                            BodyText {
                                text: qsTr("%1, saved on %2", "a log file: its size, then the date and time it was saved")
                                    .arg(logRow.sizeText).arg(logRow.modifiedText)
                                muted: true
                                font.pixelSize: Theme.fontSmall
                                Layout.fillWidth: true
                            }
                            BodyText {
                                visible: logRow.volume.length > 0
                                text: qsTr("On the stick “%1”").arg(logRow.volume)
                                muted: true
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                                Layout.fillWidth: true
                            }
                        }
                        BigButton {
                            // The newest log is the likely one until something is imported.
                            kind: logRow.index === 0 && !Review.loaded ? "primary" : "secondary"
                            text: qsTr("Import")
                            Accessible.name: qsTr("Import %1").arg(logRow.name)
                            Layout.alignment: Qt.AlignVCenter
                            onClicked: Media.importLog(logRow.index)
                        }
                    }
                }
            }
        }

        BodyText {
            visible: Media.truncated
            text: qsTr("Only the newest logs are shown.")
            muted: true
            font.pixelSize: Theme.fontSmall
            Layout.fillWidth: true
        }
    }

    // The sheets kept for the advisor to print later (when the printer failed), newest first,
    // this session's marked; printing one removes it from the kiosk.
    component KeptPanel: Card {
        title: qsTr("Sheets waiting to be printed")
        subtitle: qsTr("Each is deleted after %n day(s) if it is not printed.", "", Sheet.keptDays)
        iconName: "printer"
        fillContent: false

        ListView {
            id: keptList
            clip: true
            spacing: Theme.spacingS
            model: Sheet.kept
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, Theme.keptListHeight)

            ScrollBar.vertical: ScrollBar {
                policy: keptList.interactive ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
                width: Theme.scrollBarWidth
                contentItem: Rectangle {
                    implicitWidth: Theme.scrollBarWidth
                    radius: width / 2
                    color: Theme.textSecondary
                }
                background: Rectangle {
                    radius: width / 2
                    color: Theme.surfaceSunken
                }
            }

            delegate: Rectangle {
                id: keptRow
                required property int index
                required property string code
                required property string language
                required property string timeText
                required property bool thisSession
                required property bool printing
                width: ListView.view.width - (keptList.interactive ? Theme.scrollBarWidth + Theme.spacingS : 0)
                implicitHeight: keptLayout.implicitHeight + 2 * Theme.spacingM
                color: keptRow.thisSession ? Theme.accentSoft : Theme.surfaceAlt
                radius: Theme.radiusM

                RowLayout {
                    id: keptLayout
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    spacing: Theme.spacingM

                    ColumnLayout {
                        spacing: Theme.spacingXS
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignVCenter
                        BodyText {
                            text: keptRow.code
                            font.bold: true
                            wrapMode: Text.WrapAnywhere
                            Layout.fillWidth: true
                        }
                        BodyText {
                            text: keptRow.thisSession
                                  ? qsTr("%1, %2, this session", "a kept sheet: when it was kept, its language").arg(keptRow.timeText).arg(keptRow.language)
                                  : qsTr("%1, %2", "a kept sheet: when it was kept, its language").arg(keptRow.timeText).arg(keptRow.language)
                            muted: true
                            font.pixelSize: Theme.fontSmall
                            Layout.fillWidth: true
                        }
                    }
                    BigButton {
                        kind: keptRow.thisSession ? "primary" : "secondary"
                        iconName: "printer"
                        text: keptRow.printing ? qsTr("Printing…") : qsTr("Print")
                        enabled: Sheet.keptPrintState !== Sheet.Printing
                        Accessible.name: qsTr("Print the sheet %1").arg(keptRow.code)
                        Layout.alignment: Qt.AlignVCenter
                        onClicked: Sheet.printKept(keptRow.index)
                    }
                }
            }
        }
        BodyText {
            visible: Sheet.keptPrintMessage.length > 0 && Sheet.keptPrintState !== Sheet.Printing
            text: Sheet.keptPrintMessage
            color: Sheet.keptPrintState === Sheet.Printed ? Theme.goodText : Theme.badText
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            Layout.fillWidth: true
        }
    }

    // Something the advisor must know, with what to do about it: a shape and words, never
    // colour alone.
    component Notice: Rectangle {
        id: notice
        property string tone: "warn"
        property string title
        property string detail
        property string action
        signal activated()

        color: Theme.toneFill(tone)
        border.width: Theme.borderThin
        border.color: Theme.toneLine(tone)
        radius: Theme.radiusM
        implicitHeight: noticeRow.implicitHeight + 2 * Theme.spacingM
        Layout.fillWidth: true

        RowLayout {
            id: noticeRow
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            spacing: Theme.spacingM
            Icon {
                name: Theme.toneIcon(notice.tone)
                color: Theme.toneText(notice.tone)
                Layout.alignment: Qt.AlignTop
            }
            ColumnLayout {
                spacing: Theme.spacingXS
                Layout.fillWidth: true
                BodyText {
                    text: notice.title
                    color: Theme.toneText(notice.tone)
                    font.bold: true
                    Layout.fillWidth: true
                }
                BodyText {
                    visible: text.length > 0
                    text: notice.detail
                    color: Theme.toneText(notice.tone)
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    Layout.fillWidth: true
                }
            }
            BigButton {
                visible: notice.action.length > 0
                kind: "secondary"
                text: notice.action
                Layout.alignment: Qt.AlignVCenter
                onClicked: notice.activated()
            }
        }
    }

    // The facts of the file and the car, and the VIN to compare with the car in the workshop.
    component FactsPanel: ColumnLayout {
        spacing: Theme.spacingM

        Fact { label: qsTr("File"); value: Review.fileName }
        Fact { label: qsTr("Lines"); value: Review.readSummary }
        Fact { label: qsTr("Car"); value: Review.vehicleTitle }
        Fact { label: qsTr("Period in the file"); value: Review.observedPeriod }
        Fact {
            label: qsTr("Period declared by the export")
            value: Review.declaredPeriod
            visible: Review.declaredPeriod.length > 0
        }

        Rectangle {
            color: Theme.accentSoft
            radius: Theme.radiusM
            border.width: Theme.borderThick
            border.color: Theme.accent
            implicitHeight: vinColumn.implicitHeight + 2 * Theme.spacingL
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS

            ColumnLayout {
                id: vinColumn
                anchors.fill: parent
                anchors.margins: Theme.spacingL
                spacing: Theme.spacingS
                BodyText {
                    text: qsTr("Check that this VIN matches the car in for service:")
                    Layout.fillWidth: true
                }
                Text {
                    text: Review.maskedVin
                    color: Theme.textPrimary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHeadline
                    font.bold: true
                    font.letterSpacing: 2
                    textFormat: Text.PlainText
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                }
            }
        }
    }

    // What could not be read: the part of the period the file lacks, and the lines refused (a
    // file may have thousands, so the list scrolls).
    component RejectionsPanel: ColumnLayout {
        spacing: Theme.spacingM

        // What is missing from the file as a whole: its records stop (or start) well inside the
        // period it declares. Here rather than under the periods, so the VIN stays in sight.
        WarningNote {
            text: Review.coverageWarning
            Layout.fillWidth: true
            Layout.bottomMargin: Theme.spacingS
        }
        TitleText {
            text: qsTr("Lines refused")
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
        }
        BodyText {
            visible: Review.rejections.count === 0
            text: qsTr("No line was refused.")
            muted: true
            Layout.fillWidth: true
        }
        ListView {
            visible: count > 0
            clip: true
            spacing: Theme.spacingS
            model: Review.rejections
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, Theme.rejectionListHeight)

            delegate: Rectangle {
                required property var line
                required property string reason
                width: ListView.view.width
                implicitHeight: rejectionRow.implicitHeight + 2 * Theme.spacingM
                color: Theme.surfaceAlt
                radius: Theme.radiusS

                RowLayout {
                    id: rejectionRow
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    spacing: Theme.spacingM
                    BodyText {
                        text: qsTr("Line %1", "a line of the imported file").arg(line)
                        font.bold: true
                        wrapMode: Text.NoWrap
                        Layout.alignment: Qt.AlignTop
                    }
                    BodyText {
                        text: reason
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }

    component Fact: RowLayout {
        id: fact
        property string label
        property string value
        spacing: Theme.spacingM
        Layout.fillWidth: true

        BodyText {
            text: fact.label
            muted: true
            Layout.preferredWidth: Theme.factLabelWidth
            Layout.alignment: Qt.AlignTop
        }
        BodyText {
            text: fact.value
            font.bold: true
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
        }
    }
}
