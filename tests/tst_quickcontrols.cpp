// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the Qt Quick tests of the kiosk's QML components (tests/qml/tst_*.qml) against the
// modules built into this program.

#include "languagecontroller.h"

#include <QApplication>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Vitrine_ThemePlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_KioskPlugin)

class Setup : public QObject
{
    Q_OBJECT

public:
    explicit Setup(vitrine::LanguageController *language)
        : m_language(language)
    {}

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The static QML modules live in the resources under this prefix.
        engine->addImportPath(QStringLiteral("qrc:/vitrine/qml"));
        // Every file starts in English, whatever the one before chose on the language bar.
        m_language->setEngine(engine);
        m_language->setCode(QStringLiteral("en"));
    }

private:
    vitrine::LanguageController *m_language;
};

int main(int argc, char **argv)
{
    // The timeline chart is Qt Charts, which needs a QApplication (the test runner would make a
    // QGuiApplication).
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    vitrine::LanguageController language(nullptr);
    language.setCode(QStringLiteral("en"));
    vitrine::LanguageController::setInstance(&language);
    Setup setup(&language);
    return quick_test_main_with_setup(argc, argv, "vitrine_controls", QUICK_TEST_SOURCE_DIR,
                                      &setup);
}

#include "tst_quickcontrols.moc"
