// The kiosk's composition root: builds every service, hands them to QML, loads the views.

#include "kioskcontroller.h"
#include "languagecontroller.h"
#include "reviewsession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

#include <sodium.h>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_KioskPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Vitrine"));
    QGuiApplication::setOrganizationName(QStringLiteral("Vitrine"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open the kiosk on the bundled demo log."));
    const QCommandLineOption log(QStringLiteral("log"), QStringLiteral("A log to import."),
                                 QStringLiteral("FILE"));
    parser.addOptions({demo, log});
    parser.process(app);

    vitrine::LanguageController language;
    vitrine::ReviewSession review;
    vitrine::KioskController kiosk(&review, parser.isSet(demo));
    QObject::connect(&language, &vitrine::LanguageController::codeChanged, &review,
                     &vitrine::ReviewSession::retranslate);
    vitrine::LanguageController::setInstance(&language);
    vitrine::ReviewSession::setInstance(&review);
    vitrine::KioskController::setInstance(&kiosk);
    if (kiosk.demo()) {
        // The demo's throwaway PIN, shown on screen; a real kiosk keeps its hash in the store.
        char hash[crypto_pwhash_STRBYTES];
        const QByteArray pin = kiosk.demoPin().toUtf8();
        if (sodium_init() >= 0 &&
            crypto_pwhash_str(hash, pin.constData(), static_cast<unsigned long long>(pin.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE) == 0)
            kiosk.setPinHash(QByteArray(hash));
    }

    QString logPath = parser.value(log);
    if (logPath.isEmpty() && parser.isSet(demo))
        logPath = QStringLiteral(VITRINE_DEMO_LOG);
    if (!logPath.isEmpty())
        review.load(logPath);

    QQmlApplicationEngine engine;
    language.setEngine(&engine);
    // Qt 6.4 has no loadFromModule: load the module's Main.qml by its resource URL.
    const QUrl url(QStringLiteral("qrc:/vitrine/qml/Vitrine/Main.qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(url);
    return QGuiApplication::exec();
}
