// SPDX-License-Identifier: GPL-3.0-or-later
// For the advisor: is a sheet someone brings back genuine? Its PDF file (on the USB stick, or
// one made in this session) has its digital signature and its code checked; a code typed from
// a paper copy is looked up in the kiosk's records. The answer comes in words, with a shape and
// a colour, then the facts behind it. Wide: what to check beside the answer; narrow: above it.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Item {
    id: screen

    readonly property bool wide: width >= Theme.wideBreakpoint

    function lookUp() {
        if (codeField.text.trim().length === 0 || SheetCheck.busy)
            return
        SheetCheck.lookUpCode(codeField.text)
        codeField.focus = false
        Qt.inputMethod.hide()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.screenMargin
        spacing: Theme.spacingL

        TopBar {
            title: qsTr("Check a sheet")
            subtitle: qsTr("Is a sheet someone brings back genuine? Check its PDF file, or the code printed on it.")
            Layout.fillWidth: true
        }

        GridLayout {
            columns: screen.wide ? 2 : 1
            columnSpacing: Theme.spacingL
            rowSpacing: Theme.spacingL
            Layout.fillWidth: true
            Layout.fillHeight: true

            Card {
                title: qsTr("What to check")
                iconName: "info"
                fillContent: true
                Layout.fillWidth: !screen.wide
                Layout.preferredWidth: screen.wide ? Theme.verifyListWidth : -1
                Layout.fillHeight: screen.wide
                // Narrow: as tall as its content, up to a share of the screen; the answer below
                // takes the rest.
                Layout.preferredHeight: screen.wide ? -1 : Math.min(implicitHeight, screen.height * Theme.verifyListShare)

                // One flat column: sections nested as layouts misjudge wrapped text's height.
                ScrollColumn {
                    spacing: Theme.spacingS
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    // A code typed from paper.
                    BodyText {
                        text: qsTr("The verification code on a paper sheet")
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        spacing: Theme.spacingM
                        Layout.fillWidth: true

                        CodeField {
                            id: codeField
                            placeholderText: qsTr("For example K7QF-3MZD-9W")
                            Layout.fillWidth: true
                            onAccepted: screen.lookUp()
                        }
                        BigButton {
                            kind: "secondary"
                            text: qsTr("Look up")
                            enabled: codeField.text.trim().length > 0 && !SheetCheck.busy
                            onClicked: screen.lookUp()
                        }
                    }

                    // The sheets issued in this session, still here until it ends.
                    BodyText {
                        visible: Sheet.issued.count > 0
                        text: qsTr("Sheets issued in this session")
                        font.bold: true
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingL
                    }
                    Repeater {
                        model: Sheet.issued
                        delegate: FileRow {
                            required property int index
                            required property string code
                            required property string language
                            required property string timeText
                            required property string statusText
                            title: qsTr("Sheet %1").arg(code)
                            details: qsTr("%1, %2, %3", "a sheet: its language, the date and time it was made, then what became of it (printed, ...)")
                                     .arg(language).arg(timeText).arg(statusText)
                            onCheck: SheetCheck.checkIssued(index)
                            Layout.fillWidth: true
                        }
                    }

                    // PDF files on the plugged-in sticks.
                    BodyText {
                        text: qsTr("PDF files on the USB stick")
                        font.bold: true
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingL
                    }
                    BodyText {
                        visible: Media.sheets.count === 0
                        text: qsTr("Plug in the USB stick with the sheet's PDF file. Its files appear here by themselves after a few seconds.")
                        muted: true
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: Media.sheets
                        delegate: FileRow {
                            required property string path
                            required property string sizeText
                            required property string modifiedText
                            required property string volume
                            required property string name
                            title: name
                            details: volume.length > 0
                                     ? qsTr("%1, saved on %2, on the stick “%3”", "a file: its size, the date and time it was saved, the stick's name")
                                           .arg(sizeText).arg(modifiedText).arg(volume)
                                     : qsTr("%1, saved on %2", "a log file: its size, then the date and time it was saved")
                                           .arg(sizeText).arg(modifiedText)
                            onCheck: SheetCheck.checkFile(path)
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            Card {
                title: qsTr("The answer")
                iconName: "checkCircle"
                fillContent: true
                Layout.fillWidth: true
                Layout.fillHeight: true

                BodyText {
                    visible: !SheetCheck.busy && SheetCheck.result === SheetCheck.None
                    text: qsTr("Choose a sheet to check, or type the code printed on it.")
                    muted: true
                    Layout.fillWidth: true
                }
                BusyNote {
                    visible: SheetCheck.busy
                    text: qsTr("Checking the sheet's signature.")
                    Layout.fillWidth: true
                }

                ScrollColumn {
                    visible: !SheetCheck.busy && SheetCheck.result !== SheetCheck.None
                    spacing: Theme.spacingL
                    Layout.fillWidth: true
                    Layout.fillHeight: true

                    // The verdict: a word, a shape and a colour, then plain sentences.
                    Rectangle {
                        id: verdictBox
                        readonly property string tone: SheetCheck.tone.length > 0 ? SheetCheck.tone : "warn"
                        color: Theme.toneFill(tone)
                        border.width: Theme.borderThick
                        border.color: Theme.toneLine(tone)
                        radius: Theme.radiusM
                        implicitHeight: verdictColumn.implicitHeight + 2 * Theme.spacingL
                        Layout.fillWidth: true

                        ColumnLayout {
                            id: verdictColumn
                            anchors.fill: parent
                            anchors.margins: Theme.spacingL
                            spacing: Theme.spacingM

                            RowLayout {
                                spacing: Theme.spacingM
                                Layout.fillWidth: true
                                Icon {
                                    name: Theme.toneIcon(verdictBox.tone)
                                    color: Theme.toneText(verdictBox.tone)
                                    Layout.preferredWidth: Theme.verdictIconSize
                                    Layout.preferredHeight: Theme.verdictIconSize
                                    Layout.alignment: Qt.AlignVCenter
                                }
                                TitleText {
                                    text: SheetCheck.headline
                                    color: Theme.toneText(verdictBox.tone)
                                    font.pixelSize: Theme.fontHeadline
                                    Layout.fillWidth: true
                                    Layout.alignment: Qt.AlignVCenter
                                }
                            }
                            BodyText {
                                text: SheetCheck.verdict
                                color: Theme.toneText(verdictBox.tone)
                                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                                Layout.fillWidth: true
                            }
                        }
                    }

                    // The facts behind it, for a file.
                    ColumnLayout {
                        visible: SheetCheck.fileChecked
                        spacing: Theme.spacingM
                        Layout.fillWidth: true

                        Fact { label: qsTr("File"); value: SheetCheck.subject }
                        Fact { label: qsTr("Signature"); value: SheetCheck.signatureText }
                        Fact { label: qsTr("Signed by"); value: SheetCheck.signerText }
                        Fact { label: qsTr("Signed on"); value: SheetCheck.signingTimeText }
                        Fact { label: qsTr("Whole file"); value: SheetCheck.coverageText }
                        Fact { label: qsTr("Certificate"); value: SheetCheck.certificateText }
                        Fact { label: qsTr("Verification code"); value: SheetCheck.codeText }
                        Fact { label: qsTr("Kiosk's records"); value: SheetCheck.recordText }
                    }
                }
            }
        }

        RowLayout {
            spacing: Theme.spacingL
            Layout.fillWidth: true

            BigButton {
                kind: "ghost"
                iconName: "arrowLeft"
                text: qsTr("Back")
                onClicked: Kiosk.toAdvisor()
            }
            Item { Layout.fillWidth: true }
        }
    }

    // A file to check: its name on a line of its own, the details beside the Check button.
    component FileRow: Rectangle {
        id: row
        property string title
        property string details
        signal check()
        implicitHeight: rowLayout.implicitHeight + 2 * Theme.spacingM
        color: Theme.surfaceAlt
        radius: Theme.radiusM

        ColumnLayout {
            id: rowLayout
            anchors.fill: parent
            anchors.margins: Theme.spacingM
            spacing: Theme.spacingXS

            BodyText {
                text: row.title
                font.bold: true
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacingM
                Layout.fillWidth: true

                BodyText {
                    text: row.details
                    muted: true
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                }
                BigButton {
                    kind: "secondary"
                    text: qsTr("Check")
                    enabled: !SheetCheck.busy
                    Accessible.name: qsTr("Check %1").arg(row.title)
                    Layout.alignment: Qt.AlignVCenter
                    onClicked: row.check()
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

    // A verification code typed on the on-screen keyboard: plain text, in capitals, no
    // suggestions (a code is no word).
    component CodeField: TextField {
        id: field
        inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textPrimary
        placeholderTextColor: Theme.textSecondary
        leftPadding: Theme.spacingM
        rightPadding: Theme.spacingM
        implicitHeight: Theme.fieldHeight
        verticalAlignment: TextInput.AlignVCenter
        maximumLength: 32
        Accessible.role: Accessible.EditableText
        Accessible.name: placeholderText

        background: Rectangle {
            radius: Theme.radiusS
            color: field.enabled ? Theme.surface : Theme.surfaceSunken
            border.width: field.activeFocus ? Theme.focusWidth : Theme.borderThick
            border.color: field.activeFocus ? Theme.accent : Theme.secondaryBorder
        }
    }
}
