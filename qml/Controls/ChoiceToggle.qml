// SPDX-License-Identifier: GPL-3.0-or-later
// One of the customer's choices: a large tick box with its label. `checked` comes from the
// model; a tap emits `clicked` and the model flips it.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vitrine.Theme

AbstractButton {
    id: toggle

    property bool on: false

    focusPolicy: Qt.StrongFocus
    padding: Theme.spacingM
    // Narrower at the sides: three choices share a tall screen's row, even with larger text.
    leftPadding: Theme.spacingS + Theme.spacingXS
    rightPadding: Theme.spacingS + Theme.spacingXS
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    implicitHeight: Math.max(Theme.buttonHeight, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: on

    // Left-aligned: the label is no wider than its words, the rest of the row stays free.
    contentItem: RowLayout {
        spacing: Theme.spacingS

        Rectangle {
            Layout.preferredWidth: Theme.checkBoxSize
            Layout.preferredHeight: Theme.checkBoxSize
            Layout.alignment: Qt.AlignVCenter
            radius: Theme.radiusS
            color: toggle.on ? Theme.accent : Theme.surface
            border.width: Theme.borderThick
            border.color: toggle.on ? Theme.accent : Theme.secondaryBorder

            Icon {
                anchors.fill: parent
                anchors.margins: Theme.spacingXS
                name: "check"
                visible: toggle.on
                color: Theme.textOnAccent
                lineWidth: 3
            }
        }
        Text {
            TextMetrics {
                id: metrics
                font: toggle.font
                text: toggle.text
            }
            text: toggle.text
            font: toggle.font
            color: Theme.textPrimary
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            verticalAlignment: Text.AlignVCenter
            Layout.fillWidth: true
            Layout.preferredWidth: Math.ceil(metrics.advanceWidth) + 1
            Layout.maximumWidth: Math.ceil(metrics.advanceWidth) + 1
            Layout.alignment: Qt.AlignVCenter
        }
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: toggle.on ? Theme.accentSoft : toggle.down ? Theme.secondaryFillPressed : Theme.surface
        border.width: Theme.borderThick
        border.color: toggle.on ? Theme.accent : Theme.divider

        Rectangle {
            anchors.fill: parent
            anchors.margins: -Theme.focusWidth - Theme.borderThin
            radius: parent.radius + Theme.focusWidth
            color: "transparent"
            border.width: Theme.focusWidth
            border.color: Theme.focusRing
            visible: toggle.visualFocus
        }
    }
}
