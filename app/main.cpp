// The kiosk's composition root: builds every service, hands them to QML, loads the views.

#include "advisorpin.h"
#include "clock.h"
#include "kioskcontroller.h"
#include "languagecontroller.h"
#include "reviewsession.h"
#include "tour.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(VitrinePlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_ThemePlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(Vitrine_ScreensPlugin)

namespace {

QElapsedTimer g_sinceStart;
QStringList g_problems;
QtMessageHandler g_previousHandler = nullptr;

// In self-test mode every warning is a failure: a clean kiosk prints none.
void collectProblems(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg &&
        !message.startsWith(QStringLiteral("QStandardPaths:")))
        g_problems << message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceStart.start();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Vitrine"));
    QGuiApplication::setOrganizationName(QStringLiteral("Vitrine"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Open the kiosk on the bundled demo log."));
    const QCommandLineOption log(QStringLiteral("log"), QStringLiteral("A log to import."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QStringLiteral("Load every view in every language; fail on any QML warning."));
    const QCommandLineOption tour(QStringLiteral("screenshot-tour"),
                                  QStringLiteral("Write a PNG of every screen in every language."),
                                  QStringLiteral("DIR"));
    parser.addOptions({demo, log, selfTest, tour});
    parser.process(app);
    const bool walking = parser.isSet(selfTest) || parser.isSet(tour);
    if (parser.isSet(selfTest))
        g_previousHandler = qInstallMessageHandler(collectProblems);

    vitrine::LanguageController language(nullptr);
    vitrine::ReviewSession review(nullptr);
    vitrine::SystemClock clock;
    // The demo's store is a throwaway; a real kiosk opens its own (next: first-start setup).
    vitrine::AdvisorPin pin(clock);
    vitrine::KioskController kiosk(&review, &pin, parser.isSet(demo) || walking);
    QObject::connect(&language, &vitrine::LanguageController::codeChanged, &review,
                     &vitrine::ReviewSession::retranslate);
    vitrine::LanguageController::setInstance(&language);
    vitrine::ReviewSession::setInstance(&review);
    vitrine::KioskController::setInstance(&kiosk);
    if (kiosk.demo()) {
        // The demo's throwaway PIN, shown on screen.
        pin.setPin(kiosk.demoPin());
    }

    const QString demoLog = QStringLiteral(VITRINE_DEMO_LOG);
    if (kiosk.demo())
        kiosk.setDemoLog(demoLog);
    if (parser.isSet(log))
        review.load(parser.value(log));

    QQmlApplicationEngine engine;
    language.setEngine(&engine);
    // The static QML modules live in the resources under this prefix.
    engine.addImportPath(QStringLiteral("qrc:/vitrine/qml"));
    // Qt 6.4 has no loadFromModule: load the module's Main.qml by its resource URL.
    engine.load(QUrl(QStringLiteral("qrc:/vitrine/qml/Vitrine/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (!walking)
        return QGuiApplication::exec();

    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    // The first frame: grabbing forces a render, so the time is the same with or without a
    // screen.
    const QImage first = window->grabWindow();
    const qint64 firstFrameMs = g_sinceStart.elapsed();

    QTextStream out(stdout);
    vitrine::Tour walk(engine, language, review, kiosk, demoLog);
    if (parser.isSet(selfTest)) {
        int views = 0;
        QString failedAt;
        const bool ok = !first.isNull() &&
                        walk.run(QSize(1920, 1080), [&](const QString &lang, int,
                                                        const QString &name, QQuickWindow *w) {
                            ++views;
                            if (w->grabWindow().isNull() || !g_problems.isEmpty()) {
                                failedAt = lang + u'/' + name;
                                return false;
                            }
                            return true;
                        });
        out << "self-test: first frame after " << firstFrameMs << " ms" << Qt::endl;
        if (!ok || !g_problems.isEmpty()) {
            out << "self-test: FAILED at " << failedAt << Qt::endl;
            for (const QString &p : std::as_const(g_problems))
                out << "  " << p << Qt::endl;
            return 1;
        }
        out << "self-test: " << views << " views in " << language.codes().size()
            << " languages loaded without a QML warning" << Qt::endl;
        return 0;
    }

    const QDir dir(parser.value(tour));
    if (!dir.mkpath(QStringLiteral("portrait"))) {
        out << "cannot create " << dir.path() << Qt::endl;
        return 1;
    }
    int written = 0;
    auto save = [&](const QString &sub) {
        return [&, sub](const QString &lang, int number, const QString &name, QQuickWindow *w) {
            const QString file = dir.filePath(sub + QStringLiteral("%1-%2-%3.png")
                                                        .arg(lang)
                                                        .arg(number, 2, 10, QLatin1Char('0'))
                                                        .arg(name));
            if (!w->grabWindow().save(file))
                return false;
            ++written;
            return true;
        };
    };
    const bool ok = walk.run(QSize(1920, 1080), save(QString())) &&
                    walk.run(QSize(1080, 1920), save(QStringLiteral("portrait/")));
    out << "screenshot tour: " << written << " screenshots in " << dir.path() << Qt::endl;
    return ok ? 0 : 1;
}
