// SPDX-License-Identifier: GPL-3.0-or-later
// Card 6: what the customer wants done, per recipient; then on to signing.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Card {
    id: card

    property bool wide: false

    iconName: "hand"
    subtitle: qsTr("Tick what you would like for each recipient. Your advisor will go through the next steps with you.")

    ScrollColumn {
        Layout.fillWidth: true
        Layout.fillHeight: true

        Repeater {
            model: Review.choices

            delegate: Rectangle {
                id: row

                required property int index
                required property string name
                required property bool switchOff
                required property bool askDelete
                required property bool askCopy

                color: Theme.surfaceAlt
                radius: Theme.radiusM
                implicitHeight: grid.implicitHeight + 2 * Theme.spacingM
                Layout.fillWidth: true

                GridLayout {
                    id: grid
                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    columns: card.wide ? 4 : 3
                    columnSpacing: Theme.spacingM
                    rowSpacing: Theme.spacingS

                    TitleText {
                        text: row.name
                        font.pixelSize: Theme.fontBody
                        Layout.columnSpan: card.wide ? 1 : 3
                        Layout.fillWidth: true
                        Layout.preferredWidth: card.wide ? 2 : 1
                        Layout.alignment: Qt.AlignVCenter
                    }
                    ChoiceToggle {
                        text: qsTr("Switch off", "choice: stop this sharing in the car's settings")
                        on: row.switchOff
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        onClicked: Review.choices.toggle(row.index, "switchOff")
                    }
                    ChoiceToggle {
                        text: qsTr("Ask to delete", "choice: ask the recipient to delete the data")
                        on: row.askDelete
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        onClicked: Review.choices.toggle(row.index, "askDelete")
                    }
                    ChoiceToggle {
                        text: qsTr("Ask for a copy", "choice: ask the recipient which data it holds")
                        on: row.askCopy
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        onClicked: Review.choices.toggle(row.index, "askCopy")
                    }
                }
            }
        }

        // The recipients not listed (the largest are, as on the Where card and the sheet).
        BodyText {
            visible: text.length > 0
            text: Review.recipients.othersNote
            muted: true
            Layout.fillWidth: true
        }
    }

    RowLayout {
        spacing: Theme.spacingL
        Layout.fillWidth: true
        // Wrapped beside the wide button (Swiss German, portrait), the text's two lines need
        // the room: the row grows with them.
        Layout.minimumHeight: Math.max(tickedText.implicitHeight, continueButton.implicitHeight)
        Layout.fillHeight: false

        BodyText {
            id: tickedText
            text: Review.choices.chosenCount > 0
                  ? qsTr("%n choice(s) ticked.", "", Review.choices.chosenCount)
                  : qsTr("Nothing ticked: that is fine too.")
            muted: true
            verticalAlignment: Text.AlignVCenter
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        BigButton {
            id: continueButton
            kind: "primary"
            large: true
            iconName: "pen"
            text: qsTr("Continue to signing")
            Layout.maximumWidth: card.width / 2
            onClicked: Kiosk.toSign()
        }
    }
}
