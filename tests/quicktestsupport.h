// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the tests that look at the kiosk's real QML views.

#pragma once

#include <QList>
#include <QQuickItem>

namespace vitrine::test {

/** Every visible text field (TextInput and what derives from it) under item, in tree order. */
inline void collectFields(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!item || !item->isVisible())
        return;
    if (item->inherits("QQuickTextInput"))
        out << item;
    for (QQuickItem *child : item->childItems())
        collectFields(child, out);
}

} // namespace vitrine::test
