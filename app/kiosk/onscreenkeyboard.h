// SPDX-License-Identifier: GPL-3.0-or-later
// Choosing Qt's on-screen keyboard for the kiosk, before its application object exists.

#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>
#include <QtGlobal>

namespace vitrine {

/**
 * The on-screen keyboard wherever text is typed (the kiosk has no keyboard). It must be chosen
 * before the application object exists; someone who set another input method keeps it. The
 * keyboard only types passphrases and codes, which get no word suggestions: it needs no
 * spelling dictionaries, and says nothing about having none.
 */
inline void chooseOnScreenKeyboard()
{
    if (!qEnvironmentVariableIsSet("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));
    QLoggingCategory::setFilterRules(QStringLiteral("qt.virtualkeyboard.hunspell.warning=false"));
}

} // namespace vitrine
