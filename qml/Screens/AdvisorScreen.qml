import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

// For the advisor: what the kiosk read from the imported log and what it refused, the VIN to
// compare with the car in for service, and the way to hand the screen to the customer.
Item {
    id: screen

    readonly property bool wide: width >= Theme.wideBreakpoint

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.screenMargin
        spacing: Theme.spacingL

        TopBar {
            title: qsTr("Advisor: check the import")
            subtitle: qsTr("Check what was read before you hand the screen to the customer.")
            Layout.fillWidth: true
        }

        Card {
            title: Review.loaded ? qsTr("What was read") : qsTr("Nothing to review yet")
            iconName: Review.loaded ? "info" : "warning"
            fillContent: Review.loaded
            Layout.fillWidth: true
            Layout.fillHeight: Review.loaded

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
                text: qsTr("No data log has been imported. Import the car's log, then check it here.")
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
                    columns: screen.wide ? 2 : 1
                    columnSpacing: Theme.spacingXL
                    rowSpacing: Theme.spacingXL
                    Layout.fillWidth: true

                    Item {
                        implicitHeight: facts.implicitHeight
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        FactsPanel {
                            id: facts
                            width: parent.width
                        }
                    }
                    Item {
                        implicitHeight: refused.implicitHeight
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop
                        RejectionsPanel {
                            id: refused
                            width: parent.width
                        }
                    }
                }
            }
        }

        Item {
            visible: !Review.loaded
            Layout.fillHeight: true
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
            BigButton {
                kind: "primary"
                large: true
                iconName: "arrowRight"
                iconAfter: true
                enabled: Review.loaded
                text: qsTr("Confirm VIN and start the review")
                Layout.maximumWidth: screen.width * 0.6
                onClicked: Kiosk.startReview()
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

    // The lines that could not be read; a file may have thousands, so the list scrolls.
    component RejectionsPanel: ColumnLayout {
        spacing: Theme.spacingM

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
