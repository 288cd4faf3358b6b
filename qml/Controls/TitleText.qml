// SPDX-License-Identifier: GPL-3.0-or-later
// A title: bold, wraps, title size unless told otherwise.
import QtQuick
import Vitrine.Theme

Text {
    property bool dark: false

    color: dark ? Theme.textOnDark : Theme.textPrimary
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontTitle
    font.bold: true
    wrapMode: Text.WordWrap
    textFormat: Text.PlainText
    Accessible.role: Accessible.Heading
}
