// SPDX-License-Identifier: GPL-3.0-or-later
// A white area to sign on with a finger, with a caption (who signs) and a Clear button. The
// strokes are kept by `capture` (C++, as vectors); this view only feeds it the finger's points
// and draws the strokes it hands back, so what is drawn is exactly what is kept.
import QtQuick
import QtQuick.Layouts
import QtQuick.Shapes
import Vitrine.Theme
import Vitrine.Kiosk

ColumnLayout {
    id: pad

    property SignatureCapture capture
    /** Who signs here: "Your signature", "Your advisor's signature". */
    property string caption
    readonly property bool empty: !capture || capture.empty
    readonly property bool looksSigned: capture ? capture.looksSigned : false

    spacing: Theme.spacingS

    RowLayout {
        spacing: Theme.spacingM
        Layout.fillWidth: true

        TitleText {
            text: pad.caption
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
        }
        // Shown by opacity, not visibility: their room is kept, so the caption does not
        // shift (and the row is never laid out half-way) when the signature starts to count.
        Icon {
            name: "checkCircle"
            color: Theme.goodText
            opacity: pad.looksSigned ? 1 : 0
            Layout.preferredWidth: Theme.iconSizeSmall
            Layout.preferredHeight: Theme.iconSizeSmall
            Layout.alignment: Qt.AlignVCenter
        }
        BodyText {
            text: qsTr("Signed")
            color: Theme.goodText
            opacity: pad.looksSigned ? 1 : 0
            wrapMode: Text.NoWrap
            Accessible.ignored: !pad.looksSigned
            Layout.alignment: Qt.AlignVCenter
        }
        BigButton {
            kind: "secondary"
            iconName: "close"
            text: qsTr("Clear")
            enabled: !pad.empty
            Layout.alignment: Qt.AlignVCenter
            onClicked: pad.capture.clear()
        }
    }

    Rectangle {
        id: area
        objectName: "signingArea"
        color: Theme.signaturePadFill
        radius: Theme.radiusM
        border.width: Theme.borderThick
        border.color: Theme.signaturePadBorder
        implicitHeight: Theme.signaturePadMinHeight
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: Theme.signaturePadMinHeight
        Accessible.role: Accessible.Canvas
        Accessible.name: pad.caption
        Accessible.description: qsTr("Sign here with your finger")

        Binding {
            target: pad.capture
            property: "padSize"
            value: Qt.size(area.width, area.height)
            when: pad.capture !== null
        }

        // Where to sign: a line, and a hint until the first stroke.
        Rectangle {
            x: Theme.spacingXL
            width: parent.width - 2 * Theme.spacingXL
            y: Math.round(parent.height * Theme.signatureBaselineAt)
            height: Theme.borderThick
            color: Theme.signatureBaseline
        }
        Row {
            x: Theme.spacingXL
            y: Math.round(parent.height * Theme.signatureBaselineAt) - height - Theme.spacingS
            spacing: Theme.spacingS
            visible: pad.empty

            Icon {
                name: "pen"
                color: Theme.textSecondary
                width: Theme.iconSizeSmall
                height: Theme.iconSizeSmall
                anchors.verticalCenter: parent.verticalCenter
            }
            BodyText {
                text: qsTr("Sign here")
                muted: true
                anchors.verticalCenter: parent.verticalCenter
            }
        }

        // A tick or a dot does not count: said when the finger lifts (or Finish is tapped),
        // at the top of the pad, above where the name goes, so nothing moves.
        Rectangle {
            objectName: "tooShortHint"
            visible: pad.capture !== null && pad.capture.tooShort
            x: Theme.spacingM
            y: Theme.spacingM
            width: parent.width - 2 * Theme.spacingM
            height: hintRow.implicitHeight + 2 * Theme.spacingS
            radius: Theme.radiusS
            color: Theme.warnFill
            border.width: Theme.borderThin
            border.color: Theme.warnLine
            Accessible.role: Accessible.AlertMessage
            Accessible.name: hintText.text

            RowLayout {
                id: hintRow
                anchors.fill: parent
                anchors.margins: Theme.spacingS
                spacing: Theme.spacingS
                Icon {
                    name: "warning"
                    color: Theme.warnText
                    Layout.preferredWidth: Theme.iconSizeSmall
                    Layout.preferredHeight: Theme.iconSizeSmall
                    Layout.alignment: Qt.AlignVCenter
                }
                BodyText {
                    id: hintText
                    text: qsTr("Please sign with your name. A tick or a dot is not enough.")
                    color: Theme.warnText
                    font.bold: true
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignVCenter
                }
            }
        }

        Shape {
            id: ink
            anchors.fill: parent
            // Smooth edges on the GPU; the software renderer antialiases by itself.
            layer.enabled: true
            layer.samples: 4
            layer.smooth: true

            ShapePath {
                strokeColor: Theme.signatureInk
                strokeWidth: Theme.signatureInkWidth
                fillColor: "transparent"
                capStyle: ShapePath.RoundCap
                joinStyle: ShapePath.RoundJoin
                PathMultiline {
                    objectName: "inkDone"
                    paths: pad.capture ? pad.capture.strokes : []
                }
            }
            ShapePath {
                strokeColor: Theme.signatureInk
                strokeWidth: Theme.signatureInkWidth
                fillColor: "transparent"
                capStyle: ShapePath.RoundCap
                joinStyle: ShapePath.RoundJoin
                PathPolyline {
                    objectName: "inkDrawing"
                    path: pad.capture ? pad.capture.currentStroke : []
                }
            }
        }

        // One finger (touch arrives as mouse events); preventStealing keeps a parent Flickable
        // from scrolling while someone signs.
        MouseArea {
            anchors.fill: parent
            enabled: pad.capture !== null
            preventStealing: true
            onPressed: mouse => pad.capture.begin(mouse.x, mouse.y)
            onPositionChanged: mouse => pad.capture.extend(mouse.x, mouse.y)
            onReleased: pad.capture.end()
            onCanceled: pad.capture.end()
        }
    }
}
