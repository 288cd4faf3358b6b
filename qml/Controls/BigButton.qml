// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's button: at least 48 px, text that wraps rather than clips, an optional icon.
// kind: "primary" (teal), "secondary" (outlined, on white), "ghost" (outlined, on navy),
// "quiet" (text only, on white).
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vitrine.Theme

Button {
    id: control

    property string kind: "primary"
    property string iconName: ""
    property bool iconAfter: false
    property bool large: false

    readonly property bool dark: kind === "ghost"
    readonly property color foreground: !enabled ? (dark ? Theme.textOnDarkFaint : Theme.disabledText)
                                        : kind === "primary" ? Theme.textOnAccent
                                        : kind === "ghost" ? Theme.textOnDark
                                        : kind === "quiet" ? Theme.accent
                                        : Theme.secondaryText

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontButton
    font.bold: kind === "primary"
    focusPolicy: Qt.StrongFocus
    hoverEnabled: false
    leftPadding: Theme.buttonPaddingH
    rightPadding: Theme.buttonPaddingH
    topPadding: Theme.spacingS
    bottomPadding: Theme.spacingS
    implicitWidth: Math.max(Theme.buttonMinWidth, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(large ? Theme.buttonHeightLarge : Theme.buttonHeight,
                             implicitContentHeight + topPadding + bottomPadding)

    Accessible.name: text

    contentItem: Item {
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight

        RowLayout {
            id: row
            anchors.centerIn: parent
            width: Math.min(implicitWidth, parent.width)
            spacing: Theme.spacingS
            layoutDirection: control.iconAfter ? Qt.RightToLeft : Qt.LeftToRight

            Icon {
                name: control.iconName
                color: control.foreground
                Layout.preferredWidth: Theme.iconSizeSmall
                Layout.preferredHeight: Theme.iconSizeSmall
                Layout.alignment: Qt.AlignVCenter
            }
            Text {
                // The label's one-line width; narrower room makes it wrap, never clip.
                TextMetrics {
                    id: metrics
                    font: control.font
                    text: control.text
                }
                text: control.text
                font: control.font
                color: control.foreground
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.WordWrap
                textFormat: Text.PlainText
                visible: text.length > 0
                Layout.fillWidth: true
                Layout.preferredWidth: Math.ceil(metrics.advanceWidth) + 1
                Layout.maximumWidth: Math.ceil(metrics.advanceWidth) + 1
                Layout.alignment: Qt.AlignVCenter
            }
        }
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: {
            if (!control.enabled)
                return control.kind === "ghost" || control.kind === "quiet" ? "transparent" : Theme.disabledFill
            switch (control.kind) {
            case "primary":
                return control.down ? Theme.accentPressed : Theme.accent
            case "ghost":
                return control.down || control.checked ? Theme.ghostFillPressed : Theme.ghostFill
            case "quiet":
                return control.down ? Theme.secondaryFillPressed : "transparent"
            default:
                return control.down || control.checked ? Theme.secondaryFillPressed : Theme.secondaryFill
            }
        }
        border.width: control.kind === "secondary" || control.kind === "ghost" ? Theme.borderThick : 0
        border.color: control.kind === "ghost" ? Theme.ghostBorder : Theme.secondaryBorder

        Rectangle {
            anchors.fill: parent
            anchors.margins: -Theme.focusWidth - Theme.borderThin
            radius: parent.radius + Theme.focusWidth
            color: "transparent"
            border.width: Theme.focusWidth
            border.color: Theme.focusRing
            visible: control.visualFocus
        }
    }
}
