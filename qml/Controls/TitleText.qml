import QtQuick
import Vitrine.Theme

// A title: bold, wraps, title size unless told otherwise.
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
