// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the kiosk's language: the translator installed and every binding of the views
// retranslated at once.

#include "languagecontroller.h"

#include "languages.h"

#include <QQmlEngine>

namespace vitrine {

namespace {
LanguageController *g_instance = nullptr;
}

LanguageController::LanguageController(QObject *parent)
    : QObject(parent)
    , m_code(Languages::fromSystem())
{
    Languages::install(m_code);
}

LanguageController *LanguageController::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT(g_instance);
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    g_instance->setEngine(engine);
    return g_instance;
}

void LanguageController::setInstance(LanguageController *instance)
{
    g_instance = instance;
}

void LanguageController::setCode(const QString &code)
{
    if (code == m_code || !Languages::install(code))
        return;
    m_code = code;
    if (m_engine)
        m_engine->retranslate();
    emit codeChanged();
}

QStringList LanguageController::codes() const
{
    return Languages::codes();
}

QString LanguageController::nativeName(const QString &code) const
{
    return Languages::nativeName(code);
}

} // namespace vitrine
