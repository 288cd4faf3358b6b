// SPDX-License-Identifier: GPL-3.0-or-later
// A program that opens the store on a pool thread, as the kiosk does, then ends, must not have
// OpenSSL tear itself down at exit: that clean-up raced with the pool thread's own end.
//
// The kiosk aborted rarely (once in 97 runs measured), after its last screen, with
// "malloc_consolidate(): invalid chunk size". A Qt pool thread that used OpenSSL (SQLCipher opening
// the store) is let go by QThreadPool before it has run its thread-local destructors; meanwhile the
// main thread reaches exit(), whose OPENSSL_cleanup() frees OpenSSL's registry of threads, and the
// pool thread's OpenSSL destructor frees the same blocks again. This test runs itself as a child
// that does what the kiosk does and asks OpenSSL to tell, through OPENSSL_atexit(), whether it
// still cleans up at exit.

#include "clock.h"
#include "keyderivation.h"
#include "store.h"
#include "testsupport.h"
#include "vdflreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <openssl/crypto.h>

#include <cstring>
#include <unistd.h>

using namespace vitrine;

namespace {

constexpr char kChildFlag[] = "--child";
constexpr char kCleanedUp[] = "OpenSSL cleaned up at exit\n";

// Runs inside OPENSSL_cleanup(), so only if OpenSSL still tears itself down at exit.
void reportCleanUp()
{
    [[maybe_unused]] const ssize_t n = ::write(STDOUT_FILENO, kCleanedUp, sizeof kCleanedUp - 1);
}

/** What the child does: "store" opens a store in \a dir on a pool thread; "log" reads a log. */
int runChild(int argc, char *argv[], const QString &what, const QString &dir)
{
    QCoreApplication app(argc, argv);
    bool ok = false;
    if (what == u"store") {
        const SystemClock clock;
        // On Qt's global pool, as the kiosk's StoreController does; the thread outlives the task.
        QThreadPool::globalInstance()->start([&] {
            StoreError error;
            ok = Store::open(QDir(dir).filePath(QStringLiteral("vitrine.db")),
                             QByteArrayLiteral("a passphrase for the test"), clock, &error,
                             KdfParams::minimum()) != nullptr;
        });
        QThreadPool::globalInstance()->waitForDone();
    } else if (what == u"log") {
        VdflReader reader;
        ok = reader.readFile(test::demoLogPath());
    }
    // Registered once OpenSSL is in use: called by OPENSSL_cleanup(), if that runs at exit.
    OPENSSL_atexit(reportCleanUp);
    return ok ? 0 : 2;
}

} // namespace

class TestOpenSslExit : public QObject
{
    Q_OBJECT

private slots:
    void exitLeavesOpenSslAloneWhilePoolThreadsWindDown_data();
    void exitLeavesOpenSslAloneWhilePoolThreadsWindDown();
};

void TestOpenSslExit::exitLeavesOpenSslAloneWhilePoolThreadsWindDown_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("store opened on a pool thread") << QStringLiteral("store");
    QTest::newRow("log read") << QStringLiteral("log");
}

void TestOpenSslExit::exitLeavesOpenSslAloneWhilePoolThreadsWindDown()
{
    QFETCH(QString, what);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(kChildFlag), what, dir.path()});
    QVERIFY(child.waitForFinished(120000));
    const QByteArray out = child.readAllStandardOutput();
    const QByteArray err = child.readAllStandardError();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(QString::fromUtf8(out + err)));
    QVERIFY2(!out.contains(kCleanedUp), "OpenSSL still tears itself down at exit");
}

int main(int argc, char *argv[])
{
    if (argc == 4 && std::strcmp(argv[1], kChildFlag) == 0)
        return runChild(argc, argv, QString::fromLocal8Bit(argv[2]),
                        QString::fromLocal8Bit(argv[3]));
    QCoreApplication app(argc, argv);
    TestOpenSslExit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_opensslexit.moc"
