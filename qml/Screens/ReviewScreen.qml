// SPDX-License-Identifier: GPL-3.0-or-later
// The customer's review: six cards to swipe through (or Previous / Next). The current card is
// Kiosk.card, both ways, so the C++ side can turn the pages too.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Controls
import Vitrine.Kiosk

Item {
    id: screen

    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property var cardTitles: [
        qsTr("In short", "card title"),
        qsTr("What your car recorded", "card title"),
        qsTr("Where it went", "card title"),
        qsTr("When", "card title: the timeline"),
        qsTr("New since your last visit", "card title"),
        qsTr("Your choices", "card title")
    ]

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.screenMargin
        spacing: Theme.spacingL

        TopBar {
            title: Review.vehicleTitle
            subtitle: qsTr("Your privacy review")
            Layout.fillWidth: true

            BigButton {
                kind: "ghost"
                iconName: "textSize"
                checkable: true
                checked: Theme.largeText
                text: Theme.largeText ? qsTr("Normal text") : qsTr("Larger text")
                onClicked: Theme.largeText = !Theme.largeText
            }
            BigButton {
                kind: "ghost"
                iconName: "person"
                text: qsTr("Advisor", "button: hand the kiosk back to the advisor")
                onClicked: Kiosk.toAdvisor()
            }
        }

        SwipeView {
            id: view

            clip: true
            spacing: Theme.spacingXL
            currentIndex: Kiosk.card
            onCurrentIndexChanged: if (Kiosk.card !== currentIndex) Kiosk.card = currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.name: screen.cardTitles[currentIndex]

            InShortCard { title: screen.cardTitles[0]; source: Review.sourceLine }
            RecordedCard { title: screen.cardTitles[1]; source: Review.sourceLine; wide: screen.wide }
            WhereCard { title: screen.cardTitles[2]; source: Review.sourceLine; wide: screen.wide }
            WhenCard { title: screen.cardTitles[3]; source: Review.sourceLine }
            NewCard { title: screen.cardTitles[4]; source: Review.sourceLine }
            ChoicesCard { title: screen.cardTitles[5]; source: Review.sourceLine; wide: screen.wide }
        }

        // Swiping sometimes breaks the binding above: the C++ side keeps the last word.
        Connections {
            target: Kiosk
            function onCardChanged() {
                if (view.currentIndex !== Kiosk.card)
                    view.setCurrentIndex(Kiosk.card)
            }
        }

        RowLayout {
            spacing: Theme.spacingM
            Layout.fillWidth: true

            Item {
                implicitWidth: previous.implicitWidth
                implicitHeight: previous.implicitHeight
                Layout.preferredWidth: Math.max(previous.implicitWidth, next.implicitWidth)
                BigButton {
                    id: previous
                    anchors.fill: parent
                    kind: "ghost"
                    iconName: "arrowLeft"
                    text: qsTr("Previous")
                    visible: Kiosk.card > 0
                    onClicked: Kiosk.card = Kiosk.card - 1
                }
            }

            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true

                CardIndicator {
                    count: Kiosk.cardCount
                    current: Kiosk.card
                    titles: screen.cardTitles
                    Layout.alignment: Qt.AlignHCenter
                    onActivated: index => Kiosk.card = index
                }
                BodyText {
                    text: qsTr("%1 of %2: %3", "card indicator: card 2 of 6: its title")
                          .arg(Kiosk.card + 1).arg(Kiosk.cardCount).arg(screen.cardTitles[Kiosk.card])
                    dark: true
                    muted: true
                    font.pixelSize: Theme.fontSmall
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                }
            }

            Item {
                implicitWidth: next.implicitWidth
                implicitHeight: next.implicitHeight
                Layout.preferredWidth: Math.max(previous.implicitWidth, next.implicitWidth)
                BigButton {
                    id: next
                    anchors.fill: parent
                    kind: "primary"
                    iconName: "arrowRight"
                    iconAfter: true
                    text: qsTr("Next")
                    // The last card has its own button to go on to signing.
                    visible: Kiosk.card < Kiosk.cardCount - 1
                    onClicked: Kiosk.card = Kiosk.card + 1
                }
            }
        }
    }
}
