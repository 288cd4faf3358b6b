// The kiosk's composition root: builds the services and loads the QML views.

#include "languages.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Vitrine"));
    QGuiApplication::setOrganizationName(QStringLiteral("Vitrine"));
    vitrine::Languages::install(vitrine::Languages::fromSystem());

    QQmlApplicationEngine engine;
    // Qt 6.4 has no loadFromModule: load the module's Main.qml by its resource URL.
    const QUrl url(QStringLiteral("qrc:/vitrine/qml/Vitrine/Main.qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(url);
    return QGuiApplication::exec();
}
