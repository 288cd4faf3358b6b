// SPDX-License-Identifier: GPL-3.0-or-later
// The four language buttons, each named in its own language; on every screen.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vitrine.Theme
import Vitrine.Kiosk

RowLayout {
    id: bar

    /** On the navy background (outlined white buttons) or on a white card. */
    property bool dark: true
    property bool large: false

    spacing: Theme.spacingS
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Language")

    Repeater {
        model: Language.codes

        delegate: AbstractButton {
            id: button

            required property string modelData
            readonly property bool current: Language.code === modelData

            text: Language.nativeName(modelData)
            checkable: false
            focusPolicy: Qt.StrongFocus
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontButton
            font.bold: current
            padding: Theme.spacingS
            leftPadding: Theme.spacingM
            rightPadding: Theme.spacingM
            implicitWidth: Math.max(bar.large ? Theme.languageButtonWidth * 1.2 : Theme.languageButtonWidth,
                                    implicitContentWidth + leftPadding + rightPadding)
            implicitHeight: Math.max(bar.large ? Theme.buttonHeightLarge : Theme.buttonHeight,
                                     implicitContentHeight + topPadding + bottomPadding)
            Layout.fillWidth: false
            Accessible.name: text
            Accessible.role: Accessible.RadioButton
            Accessible.checkable: true
            Accessible.checked: current

            onClicked: Language.code = modelData

            contentItem: Text {
                text: button.text
                font: button.font
                color: button.current ? (bar.dark ? Theme.background : Theme.textOnAccent)
                                      : (bar.dark ? Theme.textOnDark : Theme.secondaryText)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideNone
                textFormat: Text.PlainText
            }

            background: Rectangle {
                radius: Theme.radiusM
                color: button.current ? (bar.dark ? Theme.textOnDark : Theme.accent)
                                      : button.down ? (bar.dark ? Theme.ghostFillPressed : Theme.secondaryFillPressed)
                                                    : "transparent"
                border.width: Theme.borderThick
                border.color: button.current ? (bar.dark ? Theme.textOnDark : Theme.accent)
                                             : (bar.dark ? Theme.ghostBorder : Theme.secondaryBorder)

                // The current language is also underlined: not told by colour alone.
                Rectangle {
                    visible: button.current
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: Theme.spacingS
                    width: parent.width / 3
                    height: Theme.borderThick * 2
                    radius: height / 2
                    color: bar.dark ? Theme.accent : Theme.textOnAccent
                }

                Rectangle {
                    anchors.fill: parent
                    anchors.margins: -Theme.focusWidth - Theme.borderThin
                    radius: parent.radius + Theme.focusWidth
                    color: "transparent"
                    border.width: Theme.focusWidth
                    border.color: Theme.focusRing
                    visible: button.visualFocus
                }
            }
        }
    }
}
