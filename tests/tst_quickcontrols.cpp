// Runs the Qt Quick tests of the kiosk's QML components (tests/qml/tst_*.qml) against the
// modules built into this program.

#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Vitrine_ThemePlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_ControlsPlugin)

class Setup : public QObject
{
    Q_OBJECT

public slots:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // The static QML modules live in the resources under this prefix.
        engine->addImportPath(QStringLiteral("qrc:/vitrine/qml"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(vitrine_controls, Setup)

#include "tst_quickcontrols.moc"
