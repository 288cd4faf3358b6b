// SPDX-License-Identifier: GPL-3.0-or-later
// The private cupsd the printing tests start: the installed CUPS accepts its configuration, and
// one cupsd refuses makes the test fail at once with cupsd's reason, not after a timeout.

#include "privatecupsd.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine::test;

class TestPrivateCupsd : public QObject
{
    Q_OBJECT

private slots:
    void lastLinesAreTheEndOfTheFile();
    void theInstalledCupsdAcceptsTheConfiguration();
    void refusedConfigurationFailsWithCupsdsReason();
};

void TestPrivateCupsd::lastLinesAreTheEndOfTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString log = dir.filePath(QStringLiteral("error_log"));
    QFile file(log);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (int i = 1; i <= 15; ++i)
        file.write(QByteArray("line ") + QByteArray::number(i) + '\n');
    file.close();
    QCOMPARE(lastLines(log, 3), (QStringList{QStringLiteral("line 13"), QStringLiteral("line 14"),
                                             QStringLiteral("line 15")}));
    QCOMPARE(lastLines(log, 40).size(), 15);
    QCOMPARE(lastLines(log, 40).constFirst(), QStringLiteral("line 1"));
    QCOMPARE(lastLines(log, 0), QStringList());
    QCOMPARE(lastLines(dir.filePath(QStringLiteral("missing")), 3), QStringList());

    // A last line without its line end is still a line.
    QVERIFY(file.open(QIODevice::Append));
    file.write("half a line");
    file.close();
    QCOMPARE(lastLines(log, 2),
             (QStringList{QStringLiteral("line 15"), QStringLiteral("half a line")}));
}

void TestPrivateCupsd::theInstalledCupsdAcceptsTheConfiguration()
{
    if (cupsTool(QStringLiteral("cupsd")).isEmpty() || cupsTool(QStringLiteral("lpstat")).isEmpty())
        QSKIP("CUPS is not installed (Debian packages cups-daemon, cups-client)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PrivateCupsd cupsd(dir.path());
    QString why;
    QVERIFY2(cupsd.start(&why), qPrintable(why));
    QVERIFY(cupsd.isRunning());
    // Its list of queues goes in its own folder, never over the system's /etc/printcap.
    QVERIFY(cupsd.cupsFilesConf().contains("\nPrintcap " + QFile::encodeName(dir.path()) + '/'));
    cupsd.stop();
    QVERIFY(!cupsd.isRunning());
}

void TestPrivateCupsd::refusedConfigurationFailsWithCupsdsReason()
{
    if (cupsTool(QStringLiteral("cupsd")).isEmpty() || cupsTool(QStringLiteral("lpstat")).isEmpty())
        QSKIP("CUPS is not installed (Debian packages cups-daemon, cups-client)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PrivateCupsd cupsd(dir.path());
    // A section never closed: every CUPS refuses it ("Unexpected end-of-file ... while reading
    // location") and stops.
    cupsd.setExtraConfig("<Location /never-closed>\n");
    QString why;
    // Far longer than cupsd takes to stop: the failure must come from noticing that it stopped.
    QVERIFY(!cupsd.start(&why, 120000));
    QVERIFY2(why.startsWith(QStringLiteral("cupsd stopped")), qPrintable(why));
    QVERIFY2(why.contains(QStringLiteral("Unexpected end-of-file")), qPrintable(why));
    QVERIFY2(why.contains(cupsd.errorLog()), qPrintable(why));
    QVERIFY(!cupsd.isRunning());
}

QTEST_GUILESS_MAIN(TestPrivateCupsd)
#include "tst_privatecupsd.moc"
