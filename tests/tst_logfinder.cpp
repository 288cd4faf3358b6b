// SPDX-License-Identifier: GPL-3.0-or-later
// Finding logs on a USB stick: *.jsonl and *.jsonl.gz at any depth within the limit, nothing
// else, nothing hidden, no way out of the root through a link, no hang on a link loop, newest
// first, bounded, and an empty list (never a crash) for a root that is missing or unreadable.

#include "logfinder.h"
#include "testsupport.h"
#include "zipwriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace vitrine;

namespace {

// Writes a file (creating its folders) and, when given, sets its modification time.
bool writeFile(const QString &path, const QByteArray &content = "{}\n",
               const QDateTime &modified = {})
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile f(path);
    // Flushed first, or the write would stamp the time after setFileTime().
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.flush())
        return false;
    if (modified.isValid() && !f.setFileTime(modified, QFileDevice::FileModificationTime))
        return false;
    return true;
}

QStringList namesOf(const LogScan &scan)
{
    QStringList names;
    for (const FoundLog &log : scan.logs)
        names << log.fileName;
    return names;
}

QStringList sortedNames(const LogScan &scan)
{
    QStringList names = namesOf(scan);
    names.sort();
    return names;
}

QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 10, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

class TestLogFinder : public QObject
{
    Q_OBJECT

private slots:
    void aFolderOfDeliveriesIsOneItem();
    void aZipSaysWhatItIsByItsEntriesNames();
    void recognisesLogNames_data();
    void recognisesLogNames();
    void findsLogsAtDepthAndIgnoresOtherFiles();
    void eachLogCarriesItsFacts();
    void volumeIsTheStickBelowTheRootOrTheUserFolder();
    void skipsHiddenFoldersAndFiles();
    void stopsAtTheDepthLimit();
    void symlinkLoopEndsAndFindsEachLogOnce();
    void neverFollowsALinkOutOfTheRoot();
    void missingRootGivesAnEmptyList();
    void newestFirst();
    void keepsOnlyTheNewestWhenThereAreTooMany();
    void stopsAtTheEntryLimit();
    void cancelEndsTheSearch();
    void unreadableFolderDoesNotStopTheSearch();
    void watchesTheRootAndTheMountLevels();
};

void TestLogFinder::aFolderOfDeliveriesIsOneItem()
{
    QTemporaryDir root;
    const QString vin = QStringLiteral("WVWZZZE1ZPP000001");
    for (const QString &name :
         {QStringLiteral("1780000000000_%1.zip"), QStringLiteral("1780000900000_%1.zip"),
          QStringLiteral("1780001800000_%1_no_content_found.zip")})
        QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/export/") + name.arg(vin))));
    // A lone delivery elsewhere stays a file; a log beside the deliveries stays itself.
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/1780000000000_%1.zip").arg(vin))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/export/car.jsonl"))));

    const LogScan scan = LogFinder(root.path()).scan();
    QCOMPARE(scan.logs.size(), 3);
    const auto folder = std::find_if(scan.logs.begin(), scan.logs.end(),
                                     [](const FoundLog &l) { return l.files > 1; });
    QVERIFY(folder != scan.logs.end());
    QCOMPARE(folder->files, 3);
    QCOMPARE(folder->format, QStringLiteral("vw-data-act"));
    QCOMPARE(folder->fileName, QStringLiteral("export"));
    QCOMPARE(QFileInfo(folder->path).fileName(), QStringLiteral("export"));
    QVERIFY(QFileInfo(folder->path).isDir());
    QCOMPARE(sortedNames(scan),
             (QStringList{QStringLiteral("1780000000000_%1.zip").arg(vin),
                          QStringLiteral("car.jsonl"), QStringLiteral("export")}));
}

void TestLogFinder::aZipSaysWhatItIsByItsEntriesNames()
{
    // The advisor reads what each ZIP is before importing it, from its central directory.
    QTemporaryDir root;
    QFile bmw(test::dataPath(QStringLiteral("import/bmw-cardata/archive-2025-with-key-names.zip")));
    QVERIFY(bmw.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/archive.zip")), bmw.readAll()));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/1780000000000_WVWZZZE1ZPP000001.zip"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/logs.zip")),
                      QByteArray::fromStdString(test::makeZip({{"car.jsonl", "{}\n"}}))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/broken.zip")), "PK\x03\x04 broken"));
    QHash<QString, QString> formats;
    for (const FoundLog &log : LogFinder(root.path()).scan().logs)
        formats.insert(log.fileName, log.format);
    QCOMPARE(formats.size(), 4);
    QCOMPARE(formats.value(QStringLiteral("archive.zip")), QStringLiteral("bmw-cardata"));
    QCOMPARE(formats.value(QStringLiteral("1780000000000_WVWZZZE1ZPP000001.zip")),
             QStringLiteral("vw-data-act"));
    QCOMPARE(formats.value(QStringLiteral("logs.zip")), QString());
    QCOMPARE(formats.value(QStringLiteral("broken.zip")), QString());
}

void TestLogFinder::recognisesLogNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("log");
    QTest::newRow("jsonl") << QStringLiteral("car.jsonl") << true;
    QTest::newRow("gzip") << QStringLiteral("car.jsonl.gz") << true;
    QTest::newRow("FAT upper case") << QStringLiteral("CAR.JSONL") << true;
    QTest::newRow("demo name") << QStringLiteral("demo.vdfl.jsonl") << true;
    // The Volkswagen group's export: datasets and deliveries.
    QTest::newRow("dataset") << QStringLiteral("car.json") << true;
    QTest::newRow("delivery") << QStringLiteral("1780000000000_WVWZZZE1ZPP000001.zip") << true;
    QTest::newRow("text") << QStringLiteral("car.txt") << false;
    QTest::newRow("backup") << QStringLiteral("car.jsonl.bak") << false;
    QTest::newRow("gz of something else") << QStringLiteral("car.tar.gz") << false;
    QTest::newRow("macOS shadow file") << QStringLiteral("._car.jsonl") << false;
    QTest::newRow("bare extension") << QStringLiteral(".jsonl") << false;
}

void TestLogFinder::recognisesLogNames()
{
    QFETCH(QString, name);
    QFETCH(bool, log);
    QCOMPARE(LogFinder::looksLikeLog(name), log);
}

void TestLogFinder::findsLogsAtDepthAndIgnoresOtherFiles()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/car.jsonl"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/exports/2026/older.JSONL.GZ"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/notes.txt"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/car.json"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/car.jsonl.bak"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/photo.jpg"))));
    // A folder named like a log is not a log.
    QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("STICK/folder.jsonl"))));

    const LogScan scan = LogFinder(root.path()).scan();
    QCOMPARE(sortedNames(scan),
             (QStringList{QStringLiteral("car.json"), QStringLiteral("car.jsonl"),
                          QStringLiteral("older.JSONL.GZ")}));
    QVERIFY(!scan.truncated);
}

void TestLogFinder::eachLogCarriesItsFacts()
{
    QTemporaryDir root;
    const QString path = root.filePath(QStringLiteral("STICK/car.jsonl"));
    QVERIFY(writeFile(path, QByteArray(1234, 'x'), at(12)));

    const LogScan scan = LogFinder(root.path()).scan();
    QCOMPARE(scan.logs.size(), 1);
    const FoundLog &log = scan.logs.constFirst();
    QCOMPARE(log.path, QFileInfo(path).canonicalFilePath());
    QCOMPARE(log.fileName, QStringLiteral("car.jsonl"));
    QCOMPARE(log.size, 1234);
    QCOMPARE(log.modified, at(12));
    QCOMPARE(log.modified.timeSpec(), Qt::UTC);
    QCOMPARE(log.volume, QStringLiteral("STICK"));
}

void TestLogFinder::volumeIsTheStickBelowTheRootOrTheUserFolder()
{
    QTemporaryDir root;
    // /media/USER/LABEL (udisks), /media/LABEL (usbmount) and a file straight in the root.
    QVERIFY(writeFile(root.filePath(QStringLiteral("advisor/GARAGE LOGS/a.jsonl"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("KINGSTON/deep/b.jsonl"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("c.jsonl"))));
    // A file right in the user folder has no stick below it: the folder is the volume.
    QVERIFY(writeFile(root.filePath(QStringLiteral("advisor/d.jsonl"))));

    LogFinder finder(root.path());
    finder.setUserName(QStringLiteral("advisor"));
    QHash<QString, QString> volumes;
    for (const FoundLog &log : finder.scan().logs)
        volumes.insert(log.fileName, log.volume);
    QCOMPARE(volumes.size(), 4);
    QCOMPARE(volumes.value(QStringLiteral("a.jsonl")), QStringLiteral("GARAGE LOGS"));
    QCOMPARE(volumes.value(QStringLiteral("b.jsonl")), QStringLiteral("KINGSTON"));
    QCOMPARE(volumes.value(QStringLiteral("c.jsonl")), QString());
    QCOMPARE(volumes.value(QStringLiteral("d.jsonl")), QStringLiteral("advisor"));

    // Someone else's folder is taken for a stick's name.
    finder.setUserName(QStringLiteral("someone"));
    for (const FoundLog &log : finder.scan().logs) {
        if (log.fileName == u"a.jsonl")
            QCOMPARE(log.volume, QStringLiteral("advisor"));
    }
}

void TestLogFinder::skipsHiddenFoldersAndFiles()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/visible.jsonl"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/.hidden.jsonl"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/._visible.jsonl"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/.Trashes/501/old.jsonl"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral(".cache/x.jsonl"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/System Volume Information/y.jsonl"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/$RECYCLE.BIN/z.jsonl"))));

    QCOMPARE(namesOf(LogFinder(root.path()).scan()), QStringList{QStringLiteral("visible.jsonl")});
}

void TestLogFinder::stopsAtTheDepthLimit()
{
    QTemporaryDir root;
    // /media/USER/LABEL/exports/car: four folder levels, the default limit.
    QVERIFY(writeFile(root.filePath(QStringLiteral("1/2/3/4/four.jsonl"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("1/2/3/4/5/five.jsonl"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("1/one.jsonl"))));

    LogFinder finder(root.path());
    QCOMPARE(finder.maxDepth(), 4);
    QCOMPARE(sortedNames(finder.scan()),
             (QStringList{QStringLiteral("four.jsonl"), QStringLiteral("one.jsonl")}));
    finder.setMaxDepth(1);
    QCOMPARE(namesOf(finder.scan()), QStringList{QStringLiteral("one.jsonl")});
    finder.setMaxDepth(5);
    QCOMPARE(finder.scan().logs.size(), 3);
}

void TestLogFinder::symlinkLoopEndsAndFindsEachLogOnce()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/a/car.jsonl"))));
    // a/loop -> STICK and a/self -> a: without care, an endless (or depth-long) walk.
    QVERIFY(QFile::link(root.filePath(QStringLiteral("STICK")),
                        root.filePath(QStringLiteral("STICK/a/loop"))));
    QVERIFY(QFile::link(root.filePath(QStringLiteral("STICK/a")),
                        root.filePath(QStringLiteral("STICK/a/self"))));
    // A second name for the same log, inside the root: one row, not two.
    QVERIFY(QFile::link(root.filePath(QStringLiteral("STICK/a/car.jsonl")),
                        root.filePath(QStringLiteral("STICK/same.jsonl"))));

    LogFinder finder(root.path());
    finder.setMaxDepth(50);
    QElapsedTimer timer;
    timer.start();
    const LogScan scan = finder.scan();
    QVERIFY(timer.elapsed() < 5000);
    // Not cut short by the entry limit either: each folder was walked once.
    QVERIFY(!scan.truncated);
    QCOMPARE(scan.logs.size(), 1);
    QCOMPARE(scan.logs.constFirst().path,
             QFileInfo(root.filePath(QStringLiteral("STICK/a/car.jsonl"))).canonicalFilePath());
    QCOMPARE(scan.logs.constFirst().fileName, QStringLiteral("car.jsonl"));
}

void TestLogFinder::neverFollowsALinkOutOfTheRoot()
{
    QTemporaryDir outside;
    QVERIFY(writeFile(outside.filePath(QStringLiteral("secret.jsonl"))));
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("STICK/own.jsonl"))));
    QVERIFY(QFile::link(outside.path(), root.filePath(QStringLiteral("STICK/elsewhere"))));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.jsonl")),
                        root.filePath(QStringLiteral("STICK/link.jsonl"))));
    QVERIFY(QFile::link(QStringLiteral("/"), root.filePath(QStringLiteral("STICK/slash"))));
    // A broken link is no log.
    QVERIFY(QFile::link(root.filePath(QStringLiteral("gone.jsonl")),
                        root.filePath(QStringLiteral("STICK/broken.jsonl"))));

    const LogScan scan = LogFinder(root.path()).scan();
    QCOMPARE(namesOf(scan), QStringList{QStringLiteral("own.jsonl")});
}

void TestLogFinder::missingRootGivesAnEmptyList()
{
    QTemporaryDir dir;
    QVERIFY(LogFinder(dir.filePath(QStringLiteral("not-there"))).scan().logs.isEmpty());
    QVERIFY(LogFinder(QString()).scan().logs.isEmpty());
    // A file given as the root is no folder to search.
    const QString file = dir.filePath(QStringLiteral("car.jsonl"));
    QVERIFY(writeFile(file));
    const LogScan scan = LogFinder(file).scan();
    QVERIFY(scan.logs.isEmpty());
    QVERIFY(scan.folders.isEmpty());
}

void TestLogFinder::newestFirst()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("A/middle.jsonl")), "{}\n", at(10)));
    QVERIFY(writeFile(root.filePath(QStringLiteral("B/x/newest.jsonl.gz")), "{}\n", at(20)));
    QVERIFY(writeFile(root.filePath(QStringLiteral("oldest.jsonl")), "{}\n", at(1)));
    QVERIFY(writeFile(root.filePath(QStringLiteral("A/y/z/newer.jsonl")), "{}\n", at(15)));

    QCOMPARE(namesOf(LogFinder(root.path()).scan()),
             (QStringList{QStringLiteral("newest.jsonl.gz"), QStringLiteral("newer.jsonl"),
                          QStringLiteral("middle.jsonl"), QStringLiteral("oldest.jsonl")}));
}

void TestLogFinder::keepsOnlyTheNewestWhenThereAreTooMany()
{
    QTemporaryDir root;
    for (int day = 1; day <= 6; ++day)
        QVERIFY(writeFile(root.filePath(QStringLiteral("S/%1.jsonl").arg(day)), "{}\n", at(day)));

    LogFinder finder(root.path());
    finder.setMaxResults(3);
    const LogScan scan = finder.scan();
    QCOMPARE(namesOf(scan), (QStringList{QStringLiteral("6.jsonl"), QStringLiteral("5.jsonl"),
                                         QStringLiteral("4.jsonl")}));
    QVERIFY(scan.truncated);
    finder.setMaxResults(6);
    QVERIFY(!finder.scan().truncated);
}

void TestLogFinder::stopsAtTheEntryLimit()
{
    QTemporaryDir root;
    for (int i = 0; i < 30; ++i)
        QVERIFY(writeFile(root.filePath(QStringLiteral("S/junk%1.txt").arg(i))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("S/car.jsonl"))));

    LogFinder finder(root.path());
    finder.setMaxEntries(10);
    const LogScan scan = finder.scan();
    QVERIFY(scan.truncated);
    QVERIFY(scan.logs.size() <= 1);
    finder.setMaxEntries(1000);
    QCOMPARE(finder.scan().logs.size(), 1);
}

void TestLogFinder::cancelEndsTheSearch()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("S/car.jsonl"))));
    const std::atomic_bool cancelled{true};
    QVERIFY(LogFinder(root.path()).scan(&cancelled).logs.isEmpty());
    const std::atomic_bool going{false};
    QCOMPARE(LogFinder(root.path()).scan(&going).logs.size(), 1);
}

void TestLogFinder::unreadableFolderDoesNotStopTheSearch()
{
    if (geteuid() == 0)
        QSKIP("root reads every folder: no unreadable folder to make");
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(QStringLiteral("A/locked/hidden-from-us.jsonl"))));
    QVERIFY(writeFile(root.filePath(QStringLiteral("B/open.jsonl"))));
    const QString locked = root.filePath(QStringLiteral("A/locked"));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));

    const LogScan scan = LogFinder(root.path()).scan();
    QFile::setPermissions(locked,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(namesOf(scan), QStringList{QStringLiteral("open.jsonl")});
}

void TestLogFinder::watchesTheRootAndTheMountLevels()
{
    QTemporaryDir root;
    QVERIFY(QDir().mkpath(root.filePath(QStringLiteral("user/STICK/exports/car"))));
    QVERIFY(QDir().mkpath(root.filePath(QStringLiteral(".hidden/x"))));
    const QString canonical = QFileInfo(root.path()).canonicalFilePath();

    QStringList folders = LogFinder(root.path()).scan().folders;
    folders.sort();
    QCOMPARE(folders, (QStringList{canonical, canonical + QStringLiteral("/user"),
                                   canonical + QStringLiteral("/user/STICK")}));
}

QTEST_MAIN(TestLogFinder)
#include "tst_logfinder.moc"
