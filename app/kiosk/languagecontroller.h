// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's language as QML sees it, so that the customer can switch it at any moment.

#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace vitrine {

/**
 * The kiosk's language, switchable at any moment: installs the translator, retranslates every
 * qsTr binding of the engine, and tells the C++ models to refresh their texts.
 */
class LanguageController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
    Q_PROPERTY(QStringList codes READ codes CONSTANT)

public:
    // No default argument: a default-constructible singleton would be made anew by QML (Qt 6.4)
    // instead of coming from create().
    explicit LanguageController(QObject *parent);

    /** The instance main() made, handed to QML (the engine does not own it). */
    static LanguageController *create(QQmlEngine *engine, QJSEngine *);
    /** Sets the instance QML gets; called by the composition root before loading QML. */
    static void setInstance(LanguageController *instance);

    QString code() const { return m_code; }
    /** Switches language; unknown codes are ignored. */
    void setCode(const QString &code);
    QStringList codes() const;

    /** The language's own name ("Français", "Deutsch", ...), for the language buttons. */
    Q_INVOKABLE QString nativeName(const QString &code) const;

    /** Lets the controller retranslate this engine's bindings when the language changes. */
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

signals:
    void codeChanged();

private:
    QString m_code;
    QQmlEngine *m_engine = nullptr;
};

} // namespace vitrine
