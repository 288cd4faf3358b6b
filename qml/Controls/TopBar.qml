// SPDX-License-Identifier: GPL-3.0-or-later
// The top of every screen, on navy: a title, the screen's own tools, and the language bar. On
// a narrow (portrait) screen the language bar gets a row of its own.
import QtQuick
import QtQuick.Layouts
import Vitrine.Theme

GridLayout {
    id: bar

    property string title
    property string subtitle
    default property alias tools: toolRow.data
    readonly property bool wide: width >= Theme.wideBreakpoint

    columns: wide ? 3 : 2
    columnSpacing: Theme.spacingL
    rowSpacing: Theme.spacingM

    ColumnLayout {
        spacing: Theme.spacingXS
        Layout.row: 0
        Layout.column: 0
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter

        TitleText {
            text: bar.title
            dark: true
            visible: text.length > 0
            Layout.fillWidth: true
        }
        BodyText {
            text: bar.subtitle
            dark: true
            muted: true
            visible: text.length > 0
            Layout.fillWidth: true
        }
    }
    RowLayout {
        id: toolRow
        spacing: Theme.spacingM
        Layout.row: 0
        Layout.column: 1
        Layout.alignment: Qt.AlignVCenter | Qt.AlignRight
    }
    LanguageBar {
        Layout.row: bar.wide ? 0 : 1
        Layout.column: bar.wide ? 2 : 0
        Layout.columnSpan: bar.wide ? 1 : 2
        Layout.alignment: Qt.AlignVCenter | Qt.AlignRight
    }
}
