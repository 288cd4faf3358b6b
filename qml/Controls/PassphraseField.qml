// SPDX-License-Identifier: GPL-3.0-or-later
// A field for a secret, typed on the on-screen keyboard: shown as dots, nothing in it can be
// selected, copied, cut or dragged out, and the keyboard offers no suggestions and learns no
// words from it. (Qt already refuses to copy from a password field; the keys are refused too.)
import QtQuick
import QtQuick.Controls.Basic
import Vitrine.Theme

TextField {
    id: field

    echoMode: TextInput.Password
    passwordCharacter: "\u2022"
    passwordMaskDelay: 0
    inputMethodHints: Qt.ImhHiddenText | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                      | Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase
    selectByMouse: false
    persistentSelection: false

    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    color: Theme.textPrimary
    placeholderTextColor: Theme.textSecondary
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    implicitHeight: Theme.fieldHeight
    verticalAlignment: TextInput.AlignVCenter
    Accessible.role: Accessible.EditableText
    Accessible.passwordEdit: true
    Accessible.name: placeholderText

    // Nothing to select means nothing to copy, even by a keyboard plugged in.
    onSelectedTextChanged: if (selectedText.length > 0) deselect()
    Keys.onPressed: event => {
        if (event.matches(StandardKey.Copy) || event.matches(StandardKey.Cut)
                || event.matches(StandardKey.SelectAll) || event.matches(StandardKey.Paste))
            event.accepted = true
    }

    background: Rectangle {
        radius: Theme.radiusS
        color: field.enabled ? Theme.surface : Theme.surfaceSunken
        border.width: field.activeFocus ? Theme.focusWidth : Theme.borderThick
        border.color: field.activeFocus ? Theme.accent : Theme.secondaryBorder
    }
}
