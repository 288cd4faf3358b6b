// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's composition root: builds every service, hands them to QML, loads the views.

#include "advisorpin.h"
#include "clock.h"
#include "kioskcontroller.h"
#include "languagecontroller.h"
#include "mediafolder.h"
#include "onscreenkeyboard.h"
#include "opensslsetup.h"
#include "reviewsession.h"
#include "sheetcontroller.h"
#include "startgate.h"
#include "storecontroller.h"
#include "tour.h"
#include "verifycontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickImageProvider>
#include <QQuickWindow>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

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

int g_quitPipe[2] = {-1, -1};

// SIGTERM (systemd stopping the kiosk) or SIGINT: only a write is safe in a signal handler; the
// event loop then quits normally, so the destructors wipe the session's temporary sheets and
// the demo's throwaway store instead of leaving them on disk.
void quitOnSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_quitPipe[1], &byte, 1);
}

void quitCleanlyOnSignals(QCoreApplication &app)
{
    if (::pipe2(g_quitPipe, O_CLOEXEC) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_quitPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte;
        [[maybe_unused]] const ssize_t n = ::read(g_quitPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = quitOnSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceStart.start();
    // Before anything uses OpenSSL: its exit-time clean-up raced with the pool threads' end.
    vitrine::setUpOpenSsl();
    vitrine::chooseOnScreenKeyboard();
    // A QApplication, not a QGuiApplication: the timeline chart (Qt Charts) needs widgets.
    QApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Vitrine"));
    QGuiApplication::setOrganizationName(QStringLiteral("Vitrine"));
    quitCleanlyOnSignals(app);

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
    const QCommandLineOption windowed(
        QStringLiteral("windowed"),
        QStringLiteral("Open in a window instead of full screen (for developers)."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("The kiosk's data folder (default: the system's application data folder)."),
        QStringLiteral("DIR"));
    const QCommandLineOption advisorTimeout(
        QStringLiteral("advisor-timeout"),
        QStringLiteral(
            "Lock the advisor's screen after this many seconds untouched (default 300)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption mediaRoot(
        QStringLiteral("media"),
        QStringLiteral("The folder where USB sticks appear, watched for logs (default /media)."),
        QStringLiteral("DIR"));
    const QCommandLineOption nssDir(
        QStringLiteral("nss-dir"),
        QStringLiteral("The folder of the dealer's signing certificate (an NSS database; default: "
                       "the system's application configuration folder, then nss). Its "
                       "password, if any, comes from VITRINE_NSS_PASSWORD."),
        QStringLiteral("DIR"));
    const QCommandLineOption printer(
        QStringLiteral("printer"),
        QStringLiteral("The printer (CUPS queue) for the sheets (default: the store's setting, "
                       "else the system's default printer)."),
        QStringLiteral("NAME"));
    const QCommandLineOption firstFrame(
        QStringLiteral("first-frame"),
        QStringLiteral(
            "Print the time of the first frame shown, then quit (for bench/first-frame)."));
    parser.addOptions({demo, log, selfTest, tour, windowed, dataDir, advisorTimeout, mediaRoot,
                       nssDir, printer, firstFrame});
    parser.process(app);
    const bool walking = parser.isSet(selfTest) || parser.isSet(tour);
    // The walk shows the print failing (the panel a customer sees then), on every machine: it
    // never reaches a real printer. libcups reads this when it first connects.
    if (walking)
        qputenv("CUPS_SERVER", QByteArrayLiteral("/nonexistent/vitrine-tour/cups.sock"));
    if (parser.isSet(selfTest))
        g_previousHandler = qInstallMessageHandler(collectProblems);

    int advisorTimeoutMs = vitrine::KioskController::kAdvisorTimeoutMs;
    if (parser.isSet(advisorTimeout)) {
        bool ok = false;
        const int seconds = parser.value(advisorTimeout).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600) {
            QTextStream(stderr) << "vitrine: --advisor-timeout takes a number of seconds from 1 "
                                   "to 86400."
                                << Qt::endl;
            return 1;
        }
        advisorTimeoutMs = seconds * 1000;
    }

    vitrine::SystemClock clock;
    // The store's Argon2id and the certificate's work wait until the first frame is shown: on a
    // two-core PC they would otherwise more than double the wait for it (docs/performance.md).
    // Made first, gone last: the controllers keep what they queued behind it.
    vitrine::StartGate afterFirstFrame;
    afterFirstFrame.close();
    // Made first, gone last: the review and the PIN use its store until they are gone.
    vitrine::StoreController vault(clock, nullptr);
    vault.setGate(&afterFirstFrame);
    vitrine::LanguageController language(nullptr);
    vitrine::ReviewSession review(nullptr);
    // The PIN comes with the store, once it is open.
    vitrine::KioskController kiosk(&review, nullptr, parser.isSet(demo) || walking);
    // The other screens and the on-screen keyboard wait for the first frame too.
    kiosk.setFirstFrameShown(false);
    QObject::connect(&afterFirstFrame, &vitrine::StartGate::opened, &kiosk,
                     [&kiosk] { kiosk.setFirstFrameShown(true); });
    kiosk.advisorIdle()->setTimeout(advisorTimeoutMs);
    QObject::connect(&language, &vitrine::LanguageController::codeChanged, &review,
                     &vitrine::ReviewSession::retranslate);
    QObject::connect(&language, &vitrine::LanguageController::codeChanged, &vault,
                     &vitrine::StoreController::retranslate);
    vitrine::StoreController::setInstance(&vault);
    vitrine::LanguageController::setInstance(&language);
    vitrine::ReviewSession::setInstance(&review);
    vitrine::KioskController::setInstance(&kiosk);
    // Logs on a USB stick, imported into the review from the advisor's screen.
    vitrine::MediaFolder media(nullptr);
    media.setReview(&review);
    if (parser.isSet(mediaRoot))
        media.setRoot(parser.value(mediaRoot));
    vitrine::MediaFolder::setInstance(&media);
    // The sheet: made from the review, signed with the dealer's certificate, shown and printed;
    // and the advisor's check of a sheet.
    vitrine::SheetController sheet(clock, nullptr);
    sheet.setGate(&afterFirstFrame);
    sheet.setReview(&review);
    sheet.setVault(&vault);
    sheet.setKiosk(&kiosk);
    // The customer's own stick, to save the sheet on when it cannot be printed.
    sheet.setMedia(&media);
    if (parser.isSet(printer))
        sheet.setPrinterQueue(parser.value(printer));
    vitrine::VerifyController checker(&sheet, nullptr);
    checker.setVault(&vault);
    checker.setKiosk(&kiosk);
    QObject::connect(&language, &vitrine::LanguageController::codeChanged, &sheet,
                     &vitrine::SheetController::retranslate);
    QObject::connect(&language, &vitrine::LanguageController::codeChanged, &checker,
                     &vitrine::VerifyController::retranslate);
    vitrine::SheetController::setInstance(&sheet);
    vitrine::VerifyController::setInstance(&checker);
    if (kiosk.demo()) {
        // The demo signs with a throwaway certificate made now, in a folder of its own.
        sheet.useDemoCertificate();
    } else {
        QByteArray nssPassword = qgetenv("VITRINE_NSS_PASSWORD");
        sheet.useCertificate(parser.isSet(nssDir) ? parser.value(nssDir)
                                                  : QStandardPaths::writableLocation(
                                                        QStandardPaths::AppConfigLocation) +
                                                        QStringLiteral("/nss"),
                             {}, nssPassword);
        nssPassword.fill('\0');
        // Nothing the kiosk starts needs it.
        qunsetenv("VITRINE_NSS_PASSWORD");
    }
    kiosk.setVault(&vault);
    if (kiosk.demo()) {
        // The demo (and the self-test and the tour) get a throwaway store with the demo PIN,
        // shown on screen: the same code path as a real kiosk, nothing kept after the run.
        vault.useThrowaway(kiosk.demoPin());
    } else {
        // A real kiosk: its own store in its data folder, set up on the first start.
        vault.useFolder(parser.isSet(dataDir)
                            ? parser.value(dataDir)
                            : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    }

    const QString demoLog = QStringLiteral(VITRINE_DEMO_LOG);
    if (kiosk.demo())
        kiosk.setDemoLog(demoLog);
    if (parser.isSet(log))
        kiosk.setPendingLog(parser.value(log));

    QQmlApplicationEngine engine;
    language.setEngine(&engine);
    // The static QML modules live in the resources under this prefix.
    engine.addImportPath(QStringLiteral("qrc:/vitrine/qml"));
    // The preview's pages: the signed sheet itself, rendered (the engine owns the provider).
    engine.addImageProvider(QStringLiteral("sheet"), sheet.createPreviewProvider());
    // Full screen and closed to the customer, unless a developer asked for a window.
    engine.setInitialProperties(
        {{QStringLiteral("fullScreen"), !parser.isSet(windowed) && !walking}});
    // Qt 6.4 has no loadFromModule: load the module's Main.qml by its resource URL.
    engine.load(QUrl(QStringLiteral("qrc:/vitrine/qml/Vitrine/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *shown = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst())) {
        QObject::connect(
            shown, &QQuickWindow::frameSwapped, &afterFirstFrame,
            [&] {
                // Read before the gate opens: what waited behind it runs on this thread first.
                // Qt's monotonic clock, which bench/first-frame reads just before the start.
                if (parser.isSet(firstFrame)) {
                    QTextStream(stdout)
                        << "first-frame-ns "
                        << QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs() << Qt::endl;
                    QCoreApplication::quit();
                }
                afterFirstFrame.open();
            },
            static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
    // A window that is never shown (no screen yet) must not keep the store closed for good.
    QTimer::singleShot(3000, &afterFirstFrame, &vitrine::StartGate::open);
    if (!walking)
        return QGuiApplication::exec();

    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    // The first frame: grabbing forces a render, so the time is the same with or without a
    // screen.
    const QImage first = window->grabWindow();
    const qint64 firstFrameMs = g_sinceStart.elapsed();
    afterFirstFrame.open();

    QTextStream out(stdout);
    // The walk goes through every screen of the journey, which needs the demo's store open
    // (about a second of Argon2id on the worker thread).
    if (vault.busy()) {
        QEventLoop wait;
        QObject::connect(&vault, &vitrine::StoreController::busyChanged, &wait, &QEventLoop::quit);
        wait.exec();
    }
    if (!vault.isOpen()) {
        out << "the demo's store could not be made: " << vault.message() << Qt::endl;
        return 1;
    }
    vitrine::Tour walk(engine, language, review, kiosk, demoLog);
    walk.setSheet(&sheet, &checker);
    walk.setMedia(&media);
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
