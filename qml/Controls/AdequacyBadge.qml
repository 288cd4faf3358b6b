// SPDX-License-Identifier: GPL-3.0-or-later
// Whether Switzerland deems the recipient's country adequate: an icon (tick, triangle, cross),
// a short label and a colour — never the colour alone.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme

Rectangle {
    id: badge

    /** The model's `adequacy` id: "domestic", "adequate", "adequate_private", "dpf_only", ... */
    property string adequacy
    /** The model's `adequate`. */
    property bool adequate: false
    /**
     * The model's `adequacyLabel`: the verdict in the core's words, the same as on the sheet and
     * on the command line ("Protection not adequate (no DPF certification known)").
     */
    property string caption

    readonly property string tone: adequate ? "good" : Theme.adequacyTone(adequacy)

    color: Theme.toneFill(tone)
    radius: height / 2
    border.width: Theme.borderThin
    border.color: Theme.toneLine(tone)
    implicitWidth: row.implicitWidth + 2 * Theme.spacingM
    implicitHeight: Math.max(Theme.badgeHeight, label.implicitHeight + Theme.spacingS)
    Accessible.role: Accessible.StaticText
    Accessible.name: caption

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingM
        spacing: Theme.spacingS

        Icon {
            name: Theme.toneIcon(badge.tone)
            color: Theme.toneText(badge.tone)
            Layout.preferredWidth: Theme.iconSizeSmall
            Layout.preferredHeight: Theme.iconSizeSmall
            Layout.alignment: Qt.AlignVCenter
        }
        Text {
            id: label
            text: badge.caption
            color: Theme.toneText(badge.tone)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.bold: true
            textFormat: Text.PlainText
            TextMetrics {
                id: metrics
                font: label.font
                text: label.text
            }
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Layout.preferredWidth: Math.ceil(metrics.advanceWidth) + 1
            Layout.maximumWidth: Math.ceil(metrics.advanceWidth) + 1
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
