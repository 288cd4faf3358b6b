// SPDX-License-Identifier: GPL-3.0-or-later
// A spinner and a sentence saying what is being done, for the few things that take a moment
// (opening the kiosk's records). Shown only while it runs.
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Vitrine.Theme

RowLayout {
    id: note

    property alias text: label.text

    spacing: Theme.spacingM
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    BusyIndicator {
        running: note.visible
        Layout.preferredWidth: Theme.busyIndicatorSize
        Layout.preferredHeight: Theme.busyIndicatorSize
        Layout.alignment: Qt.AlignVCenter
    }
    BodyText {
        id: label
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter
    }
}
