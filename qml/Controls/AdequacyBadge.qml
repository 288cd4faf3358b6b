import QtQuick
import QtQuick.Layouts
import Vitrine.Theme

// Whether Switzerland deems the recipient's country adequate: an icon (tick, triangle, cross),
// a short label and a colour — never the colour alone.
Rectangle {
    id: badge

    /** The model's `adequacy` id: "domestic", "adequate", "adequate_private", "dpf_only", ... */
    property string adequacy
    /** The model's `adequate`. */
    property bool adequate: false

    readonly property string tone: adequate ? "good" : Theme.adequacyTone(adequacy)
    readonly property string caption: {
        switch (adequacy) {
        case "domestic":
            return qsTr("Swiss law applies", "adequacy badge")
        case "adequate":
        case "adequate_private":
            return qsTr("Adequate protection", "adequacy badge")
        case "dpf_only":
            return adequate ? qsTr("Adequate protection", "adequacy badge")
                            : qsTr("Protected only if certified", "adequacy badge: USA without Data Privacy Framework certification")
        case "not_adequate":
            return qsTr("Not deemed adequate", "adequacy badge")
        default:
            return qsTr("Country unknown", "adequacy badge")
        }
    }

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
