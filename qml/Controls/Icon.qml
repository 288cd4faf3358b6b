// SPDX-License-Identifier: GPL-3.0-or-later
// A simple line icon drawn as a vector path (24 × 24 grid), so the kiosk needs no image files.
// `name` is a category id ("location", "driving", ...) or a user-interface icon ("check", ...).
import QtQuick
import QtQuick.Shapes
import Vitrine.Theme

Item {
    id: icon

    property string name
    property color color: Theme.textPrimary
    /** Line width in grid units (the grid is 24 units wide). */
    property real lineWidth: 1.9

    implicitWidth: Theme.iconSize
    implicitHeight: Theme.iconSize
    visible: name.length > 0 && path.length > 0

    readonly property string path: paths[name] !== undefined ? paths[name] : ""

    readonly property var paths: ({
        // The ten data categories
        "location": "M12 21.5s-6.5-6-6.5-11.5a6.5 6.5 0 0 1 13 0c0 5.5-6.5 11.5-6.5 11.5z M12 7.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z",
        "driving": "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M12 9.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z M3.3 10.5l6.2 1 M20.7 10.5l-6.2 1 M12 14.5v6.5",
        "driver": "M12 3.5a4 4 0 1 0 0 8a4 4 0 1 0 0-8z M4.5 21c0-4.2 3.4-6.8 7.5-6.8s7.5 2.6 7.5 6.8",
        "cabin": "M8 3h4l1.6 9.5H19l1.2 4.5H9.8L8 3z M10.2 17l-1.2 4 M18.6 17l1 4",
        "phone": "M8 2.5h8a1.5 1.5 0 0 1 1.5 1.5v16a1.5 1.5 0 0 1-1.5 1.5H8a1.5 1.5 0 0 1-1.5-1.5V4A1.5 1.5 0 0 1 8 2.5z M10.5 18h3",
        "media": "M9 18V5.5l11-2.5v13 M9 18a3 3 0 1 1-6 0a3 3 0 1 1 6 0z M20 16a3 3 0 1 1-6 0a3 3 0 1 1 6 0z",
        "identity": "M3 5h18v14H3z M8 8.5a2 2 0 1 0 0 4a2 2 0 1 0 0-4z M5 16.5c.6-1.8 1.7-2.5 3-2.5s2.4.7 3 2.5 M14 10h4.5 M14 14h4.5",
        "vehicle": "M3.5 17.5a8.5 8.5 0 1 1 17 0 M12 17.5l4.2-5.2 M6.2 12.3l1.2.7 M12 9v1.4 M17.8 12.3l-1.2.7",
        "energy": "M3 7h15v10H3z M18 10h2.5v4H18 M11.5 8.5l-3 4h3l-1 3 3.5-4.5h-3z",
        "software": "M7 7h10v10H7z M10 4v3 M14 4v3 M10 17v3 M14 17v3 M4 10h3 M4 14h3 M17 10h3 M17 14h3",
        // Interface icons
        "arrowLeft": "M15 4.5L7.5 12l7.5 7.5",
        "arrowRight": "M9 4.5l7.5 7.5L9 19.5",
        "check": "M4.5 12.5l5 5L19.5 7",
        "checkCircle": "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M7.8 12.3l3 3 5.4-5.6",
        "crossCircle": "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M8.8 8.8l6.4 6.4 M15.2 8.8l-6.4 6.4",
        "warning": "M12 3.2L2.2 20h19.6L12 3.2z M12 9.5v5 M12 17v.6",
        "info": "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M12 11v5.5 M12 7.5v.6",
        "lock": "M5.5 11h13v10h-13z M8.5 11V8a3.5 3.5 0 0 1 7 0v3 M12 15v2.5",
        "textSize": "M2.5 19l5-14 5 14 M4.3 14h6.4 M13.5 19l3.7-9.5 3.7 9.5 M14.9 16h4.6",
        "close": "M6 6l12 12 M18 6L6 18",
        "backspace": "M9 5h11.5v14H9l-6.5-7z M12.5 9l6 6 M18.5 9l-6 6",
        "pen": "M4 20l1-4.5L16 4.5l3.5 3.5L8.5 19z M13.8 6.7l3.5 3.5",
        "plus": "M12 5v14 M5 12h14",
        "minus": "M5 12h14",
        "chart": "M4 20V4 M4 20h16 M8 16v-4 M12 16V8 M16 16v-6",
        "hand": "M8 12.5V5.5a1.5 1.5 0 0 1 3 0V11 M11 10V4a1.5 1.5 0 0 1 3 0v7 M14 10.5V5.5a1.5 1.5 0 0 1 3 0V13 M17 9.5a1.5 1.5 0 0 1 3 0V14c0 4-2.7 7-6.8 7c-3 0-4.6-1.4-6.2-4L5 13.5a1.5 1.5 0 0 1 2.6-1.5L8 12.5",
        "person": "M12 4a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7z M5 20c0-3.9 3.1-6 7-6s7 2.1 7 6",
        "sparkle": "M12 3v4 M12 17v4 M3 12h4 M17 12h4 M6 6l2.5 2.5 M15.5 15.5L18 18 M18 6l-2.5 2.5 M8.5 15.5L6 18",
        "car": "M2.5 18v-3.5l2.8-5.5h13.4l2.8 5.5V18z M2.5 18v2.5h3.5V18 M18 18v2.5h3.5V18 M6 14.5h1.5 M16.5 14.5h1.5 M8.8 5.8a4.5 4.5 0 0 1 6.4 0 M6.6 3.6a7.6 7.6 0 0 1 10.8 0",
        "calendar": "M4 6h16v14H4z M4 10h16 M8.5 3.5v4 M15.5 3.5v4",
        "printer": "M6.5 9V3.5h11V9 M6.5 17.5h-3v-8.5h17v8.5h-3 M6.5 14h11v7h-11z",
        "usb": "M9 2.5h6v5H9z M7 7.5h10v10a3.5 3.5 0 0 1-3.5 3.5h-3A3.5 3.5 0 0 1 7 17.5z M11 4.5v1 M13 4.5v1"
    })

    Shape {
        id: shape
        readonly property real unit: Math.min(icon.width, icon.height) / 24
        width: 24 * unit
        height: 24 * unit
        anchors.centerIn: parent
        // Smooth edges on the GPU; the software renderer antialiases by itself.
        layer.enabled: true
        layer.samples: 4
        layer.smooth: true

        ShapePath {
            scale: Qt.size(shape.unit, shape.unit)
            strokeColor: icon.color
            strokeWidth: icon.lineWidth * shape.unit
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: icon.path }
        }
    }
}
