// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk stopped by a signal (systemd sends SIGTERM) still wipes what it kept on disk for
// the session: the demo's throwaway store and certificate, the session's sheets.

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestShutdown : public QObject
{
    Q_OBJECT

private slots:
    void sigtermLeavesNoTemporaryFolderBehind_data();
    void sigtermLeavesNoTemporaryFolderBehind();
};

void TestShutdown::sigtermLeavesNoTemporaryFolderBehind_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestShutdown::sigtermLeavesNoTemporaryFolderBehind()
{
    QFETCH(int, signal);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess kiosk;
    kiosk.setProcessEnvironment(env);
    kiosk.start(QStringLiteral(VITRINE_KIOSK),
                {QStringLiteral("--demo"), QStringLiteral("--windowed")});
    QVERIFY(kiosk.waitForStarted());
    const auto leftovers = [&] {
        return QDir(tmp.path()).entryList({QStringLiteral("vitrine-*")}, QDir::Dirs);
    };
    // The demo makes its throwaway store (and certificate) once it runs.
    QTRY_VERIFY_WITH_TIMEOUT(!leftovers().filter(QStringLiteral("vitrine-demo-")).isEmpty(), 30000);
    ::kill(static_cast<pid_t>(kiosk.processId()), signal);
    QVERIFY(kiosk.waitForFinished(20000));
    QCOMPARE(kiosk.exitStatus(), QProcess::NormalExit);
    QCOMPARE(kiosk.exitCode(), 0);
    QCOMPARE(leftovers(), QStringList());
}

QTEST_GUILESS_MAIN(TestShutdown)
#include "tst_shutdown.moc"
