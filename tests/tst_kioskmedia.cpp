// SPDX-License-Identifier: GPL-3.0-or-later
// Logs on a USB stick, as the advisor sees them: a file put on the watched folder shows up
// within the rescan interval (also where the watcher cannot see), a removed file or a pulled
// stick disappears, the list changes row by row rather than resetting, sizes follow the
// language, and importing a row loads the review (or says why the file was refused).

#include "languages.h"
#include "mediafolder.h"
#include "reviewsession.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

namespace {

// Puts a file on the "stick" in one step (written beside, then renamed in), the way a finished
// copy appears, with the given modification time.
bool putFile(const QString &path, const QByteArray &content, const QDateTime &modified)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    const QString staging = path + QStringLiteral(".part");
    QFile f(staging);
    // Flushed first, or the write would stamp the time after setFileTime().
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.flush())
        return false;
    if (!f.setFileTime(modified, QFileDevice::FileModificationTime))
        return false;
    f.close();
    return QFile::rename(staging, path);
}

QByteArray demoContent()
{
    QFile f(test::demoLogPath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QDateTime october(int day, int hour = 9, int minute = 15)
{
    return QDateTime(QDate(2026, 10, day), QTime(hour, minute), Qt::UTC);
}

QString role(MediaFolder &media, int row, int role)
{
    MediaLogModel *logs = media.logs();
    return logs->data(logs->index(row), role).toString();
}

// One watched folder with its media list, checked by the model tester throughout.
struct Stick
{
    QTemporaryDir root;
    MediaFolder media{nullptr};
    QAbstractItemModelTester tester{media.logs(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest};

    QString path(const QString &relative) const { return root.filePath(relative); }
    int count() { return media.logs()->count(); }
    // Sets the root and waits for its first search.
    bool start()
    {
        QSignalSpy scanned(&media, &MediaFolder::scanned);
        media.setRoot(root.path());
        return scanned.wait(5000);
    }
    int within() const { return media.rescanInterval() + 1500; }
};

} // namespace

class TestKioskMedia : public QObject
{
    Q_OBJECT

private slots:
    void init() { Languages::install(QStringLiteral("en")); }
    void watchesMediaEveryThreeSecondsByDefault();
    void fileCopiedOntoAStickAppearsWithinTheRescanInterval();
    void fileDeepOnTheStickIsFoundByTheTimer();
    void newerFileIsInsertedRowByRow();
    void removedFileDisappears();
    void pulledStickEmptiesTheList();
    void importingARowLoadsTheReview();
    void importingARefusedFileSaysWhy();
    void importingAFileGoneSinceTheSearchSaysWhy();
    void importingAnUnknownRowDoesNothing();
    void sizesFollowTheLanguage();
    void aFolderOfDeliveriesIsOneItemThatSaysWhatItIs();
    void changingTheRootForgetsTheOldLogs();
};

void TestKioskMedia::watchesMediaEveryThreeSecondsByDefault()
{
    MediaFolder media(nullptr);
    QCOMPARE(media.root(), QStringLiteral("/media"));
    QCOMPARE(media.rescanInterval(), 3000);
    const QHash<int, QByteArray> roles = media.logs()->roleNames();
    QCOMPARE(roles.value(Qt::UserRole + 1), QByteArray("name"));
    QCOMPARE(roles.value(MediaLogModel::VolumeRole), QByteArray("volume"));
    QCOMPARE(roles.value(MediaLogModel::KindTextRole), QByteArray("kindText"));
    QCOMPARE(roles.size(), 6);
}

void TestKioskMedia::fileCopiedOntoAStickAppearsWithinTheRescanInterval()
{
    Stick stick;
    QVERIFY(stick.start());
    QCOMPARE(stick.count(), 0);

    // A stick is mounted (its folder appears) with the car's log on it.
    QVERIFY(putFile(stick.path(QStringLiteral("advisor/GARAGE/demo.vdfl.jsonl")), demoContent(),
                    october(12)));
    QTRY_COMPARE_WITH_TIMEOUT(stick.count(), 1, stick.within());
    QCOMPARE(role(stick.media, 0, MediaLogModel::NameRole), QStringLiteral("demo.vdfl.jsonl"));
    QCOMPARE(role(stick.media, 0, MediaLogModel::PathRole),
             QFileInfo(stick.path(QStringLiteral("advisor/GARAGE/demo.vdfl.jsonl")))
                 .canonicalFilePath());
    // 09:15 UTC is 11:15 in Zurich (summer time).
    QCOMPARE(role(stick.media, 0, MediaLogModel::ModifiedTextRole),
             QStringLiteral("12.10.2026 11:15"));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d+(\\.\\d)? (kB|MB)$"))
                .match(role(stick.media, 0, MediaLogModel::SizeTextRole))
                .hasMatch());
    // The user folder of /media/USER/LABEL is not the stick, unless it is another user's.
    const QString volume = role(stick.media, 0, MediaLogModel::VolumeRole);
    QVERIFY2(volume == u"GARAGE" ||
                 (qEnvironmentVariable("USER") != u"advisor" && volume == u"advisor"),
             qPrintable(volume));
}

void TestKioskMedia::fileDeepOnTheStickIsFoundByTheTimer()
{
    Stick stick;
    // Three levels down: a folder the watcher does not watch, so only the timer finds the file.
    QVERIFY(QDir().mkpath(stick.path(QStringLiteral("STICK/exports/car"))));
    stick.media.setRescanInterval(500);
    QVERIFY(stick.start());
    QVERIFY(putFile(stick.path(QStringLiteral("STICK/exports/car/log.jsonl.gz")), "x", october(1)));
    QTRY_COMPARE_WITH_TIMEOUT(stick.count(), 1, stick.within());
    QCOMPARE(role(stick.media, 0, MediaLogModel::VolumeRole), QStringLiteral("STICK"));
}

void TestKioskMedia::newerFileIsInsertedRowByRow()
{
    Stick stick;
    QVERIFY(putFile(stick.path(QStringLiteral("STICK/older.jsonl")), "x", october(1)));
    QVERIFY(stick.start());
    QCOMPARE(stick.count(), 1);

    QSignalSpy reset(stick.media.logs(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(stick.media.logs(), &QAbstractItemModel::rowsInserted);
    QSignalSpy counted(stick.media.logs(), &MediaLogModel::countChanged);
    QVERIFY(putFile(stick.path(QStringLiteral("STICK/newer.jsonl")), "x", october(20)));
    QTRY_COMPARE_WITH_TIMEOUT(stick.count(), 2, stick.within());
    // Newest first; the row the advisor may be touching was not rebuilt.
    QCOMPARE(role(stick.media, 0, MediaLogModel::NameRole), QStringLiteral("newer.jsonl"));
    QCOMPARE(role(stick.media, 1, MediaLogModel::NameRole), QStringLiteral("older.jsonl"));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
    QCOMPARE(counted.count(), 1);
}

void TestKioskMedia::removedFileDisappears()
{
    Stick stick;
    QVERIFY(putFile(stick.path(QStringLiteral("STICK/a.jsonl")), "x", october(1)));
    QVERIFY(putFile(stick.path(QStringLiteral("STICK/b.jsonl")), "x", october(2)));
    QVERIFY(stick.start());
    QCOMPARE(stick.count(), 2);

    QVERIFY(QFile::remove(stick.path(QStringLiteral("STICK/b.jsonl"))));
    QTRY_COMPARE_WITH_TIMEOUT(stick.count(), 1, stick.within());
    QCOMPARE(role(stick.media, 0, MediaLogModel::NameRole), QStringLiteral("a.jsonl"));
}

void TestKioskMedia::pulledStickEmptiesTheList()
{
    Stick stick;
    QVERIFY(putFile(stick.path(QStringLiteral("advisor/STICK/x/a.jsonl")), "x", october(1)));
    QVERIFY(putFile(stick.path(QStringLiteral("advisor/STICK/b.jsonl")), "x", october(2)));
    QVERIFY(stick.start());
    QCOMPARE(stick.count(), 2);

    QVERIFY(QDir(stick.path(QStringLiteral("advisor/STICK"))).removeRecursively());
    QTRY_COMPARE_WITH_TIMEOUT(stick.count(), 0, stick.within());
    // The whole watched folder gone (a misconfigured root): still no crash, still empty.
    QVERIFY(QDir(stick.path(QString())).removeRecursively());
    QSignalSpy scanned(&stick.media, &MediaFolder::scanned);
    stick.media.rescan();
    QVERIFY(scanned.wait(5000));
    QCOMPARE(stick.count(), 0);
}

void TestKioskMedia::importingARowLoadsTheReview()
{
    Stick stick;
    QVERIFY(
        putFile(stick.path(QStringLiteral("STICK/demo.vdfl.jsonl")), demoContent(), october(12)));
    QVERIFY(putFile(stick.path(QStringLiteral("STICK/older.jsonl")), "x", october(1)));
    QVERIFY(stick.start());
    QCOMPARE(stick.count(), 2);

    ReviewSession review(nullptr);
    stick.media.setReview(&review);
    QVERIFY(stick.media.importLog(0));
    QVERIFY(review.loaded());
    QCOMPARE(review.fileName(), QStringLiteral("demo.vdfl.jsonl"));
    QCOMPARE(review.vehicleTitle(), QStringLiteral("Volkswagen ID.3 2022"));
    // What was refused, with line numbers, for the advisor to check.
    QCOMPARE(review.linesRejected(), 2);
    QCOMPARE(review.rejections()->rowCount(), 2);
}

void TestKioskMedia::importingARefusedFileSaysWhy()
{
    Stick stick;
    QVERIFY(putFile(stick.path(QStringLiteral("STICK/newer.jsonl")),
                    R"({"vdfl": 2, "vehicle": {"vin": "WVWZZZE1ZNP012345"}})", october(3)));
    QVERIFY(stick.start());
    QCOMPARE(stick.count(), 1);

    ReviewSession review(nullptr);
    stick.media.setReview(&review);
    QVERIFY(!stick.media.importLog(0));
    QVERIFY(!review.loaded());
    QVERIFY(review.refusal().contains(QStringLiteral("newer.jsonl")));
    QVERIFY(review.refusal().contains(QStringLiteral("newer version")));
}

void TestKioskMedia::importingAFileGoneSinceTheSearchSaysWhy()
{
    Stick stick;
    QVERIFY(putFile(stick.path(QStringLiteral("STICK/demo.jsonl")), demoContent(), october(3)));
    QVERIFY(stick.start());
    QCOMPARE(stick.count(), 1);

    // The stick is pulled between the search and the tap on Import.
    QVERIFY(QDir(stick.path(QStringLiteral("STICK"))).removeRecursively());
    ReviewSession review(nullptr);
    stick.media.setReview(&review);
    QVERIFY(!stick.media.importLog(0));
    QVERIFY(!review.loaded());
    QVERIFY(!review.refusal().isEmpty());
}

void TestKioskMedia::importingAnUnknownRowDoesNothing()
{
    Stick stick;
    QVERIFY(putFile(stick.path(QStringLiteral("STICK/demo.jsonl")), demoContent(), october(3)));
    QVERIFY(stick.start());
    QVERIFY(!stick.media.importLog(0)); // no review to load into

    ReviewSession review(nullptr);
    stick.media.setReview(&review);
    QSignalSpy changed(&review, &ReviewSession::changed);
    QVERIFY(!stick.media.importLog(-1));
    QVERIFY(!stick.media.importLog(1));
    QCOMPARE(changed.count(), 0);
    QVERIFY(stick.media.importLog(0));
}

void TestKioskMedia::sizesFollowTheLanguage()
{
    Stick stick;
    QVERIFY(putFile(stick.path(QStringLiteral("STICK/big.jsonl")), QByteArray(1234567, '\n'),
                    october(3)));
    QVERIFY(stick.start());
    QCOMPARE(stick.count(), 1);
    QCOMPARE(role(stick.media, 0, MediaLogModel::SizeTextRole), QStringLiteral("1.2 MB"));

    QSignalSpy changed(stick.media.logs(), &QAbstractItemModel::dataChanged);
    QVERIFY(Languages::install(QStringLiteral("fr")));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(role(stick.media, 0, MediaLogModel::SizeTextRole), QStringLiteral("1,2 Mo"));
    QCOMPARE(role(stick.media, 0, MediaLogModel::ModifiedTextRole),
             QStringLiteral("03.10.2026 11:15"));
}

void TestKioskMedia::aFolderOfDeliveriesIsOneItemThatSaysWhatItIs()
{
    Stick stick;
    const QString vin = QStringLiteral("WVWZZZE1ZPP000001");
    // A day apart, from 28 May 2026 (22:26 in Zurich, 20:26 UTC).
    for (int i = 0; i < 3; ++i) {
        const QString name = QString::number(1780000000000 + qint64{i} * 86400000) + u'_' + vin;
        QVERIFY(putFile(stick.path(QStringLiteral("STICK/vw/") + name + QStringLiteral(".zip")),
                        "PK", october(4 + i)));
    }
    QVERIFY(putFile(stick.path(QStringLiteral("STICK/car.jsonl")), "x", october(1)));
    QVERIFY(stick.start());
    QCOMPARE(stick.count(), 2);
    // Newest first: the folder (its newest delivery is from 6 October), then the log.
    QCOMPARE(role(stick.media, 0, MediaLogModel::NameRole), QStringLiteral("vw"));
    QCOMPARE(role(stick.media, 1, MediaLogModel::KindTextRole), QString());
    QVERIFY(Languages::install(QStringLiteral("de")));
    QCOMPARE(role(stick.media, 0, MediaLogModel::KindTextRole),
             QStringLiteral("EU-Data-Act-Export von Volkswagen, 3 Lieferungen, 28.05.–30.05.2026"));
    QVERIFY(Languages::install(QStringLiteral("en")));
    QCOMPARE(role(stick.media, 0, MediaLogModel::KindTextRole),
             QStringLiteral("Volkswagen EU Data Act export, 3 deliveries, 28.05.–30.05.2026"));

    // One name that tells no time (not epoch seconds or milliseconds): no period, rather than
    // one that leaves a delivery out.
    QVERIFY(putFile(stick.path(QStringLiteral("STICK/vw/delivery_") + vin + QStringLiteral(".zip")),
                    "PK", october(7)));
    QTRY_COMPARE_WITH_TIMEOUT(role(stick.media, 0, MediaLogModel::KindTextRole),
                              QStringLiteral("Volkswagen EU Data Act export, 4 deliveries"),
                              stick.within());
}

void TestKioskMedia::changingTheRootForgetsTheOldLogs()
{
    Stick stick;
    QVERIFY(putFile(stick.path(QStringLiteral("STICK/a.jsonl")), "x", october(1)));
    QVERIFY(stick.start());
    QCOMPARE(stick.count(), 1);

    QTemporaryDir other;
    QVERIFY(putFile(other.filePath(QStringLiteral("OTHER/b.jsonl")), "x", october(2)));
    QVERIFY(putFile(other.filePath(QStringLiteral("OTHER/c.jsonl")), "x", october(3)));
    QSignalSpy rootChanged(&stick.media, &MediaFolder::rootChanged);
    stick.media.setRoot(other.path());
    QCOMPARE(rootChanged.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(stick.count(), 2, stick.within());
    QCOMPARE(role(stick.media, 1, MediaLogModel::NameRole), QStringLiteral("b.jsonl"));
}

QTEST_MAIN(TestKioskMedia)
#include "tst_kioskmedia.moc"
