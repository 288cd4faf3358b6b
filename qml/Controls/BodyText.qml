// SPDX-License-Identifier: GPL-3.0-or-later
// Running text: wraps, never clips; body size and colour from the theme unless told otherwise.
import QtQuick
import Vitrine.Theme

Text {
    property bool dark: false
    property bool muted: false

    color: dark ? (muted ? Theme.textOnDarkMuted : Theme.textOnDark)
                  : (muted ? Theme.textSecondary : Theme.textPrimary)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    lineHeight: Theme.lineHeight
    wrapMode: Text.WordWrap
    textFormat: Text.PlainText
}
