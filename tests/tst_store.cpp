// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the encrypted store: what it keeps, what it refuses, and that it keeps its promises
// about its own data (encrypted, owner-only, tamper-evident audit, survives a kill).

#include "clock.h"
#include "keyderivation.h"
#include "sqlitedb.h"
#include "store.h"
#include "verificationcode.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <memory>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace vitrine;

namespace {

const QByteArray kPassphrase = "correct horse battery staple";
const QString kVin = QStringLiteral("WVWZZZ1KZ8W123456");

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Minimum Argon2id cost: the tests exercise the store, not the KDF's strength.
KdfParams fast()
{
    return KdfParams::minimum();
}

// A new store in dir, as most tests here want it.
std::unique_ptr<Store> openIn(const QTemporaryDir &dir, const Clock &clock, StoreError *error)
{
    return Store::open(dir.filePath(QStringLiteral("v.db")), kPassphrase, clock, error, fast());
}

QString sha256Of(const QByteArray &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

ImportRecord sampleImport(const QString &vin, const QByteArray &seed, qint64 lines)
{
    ImportRecord r;
    r.vin = vin;
    r.make = QStringLiteral("Volkswagen");
    r.model = QStringLiteral("ID.3");
    r.year = 2021;
    r.fileSha256 = sha256Of(seed);
    r.fileName = QStringLiteral("export-%1.vdfl").arg(QString::fromLatin1(seed));
    r.fileBytes = 1000 + lines;
    r.linesTotal = lines;
    r.linesBlank = 2;
    r.linesAccepted = lines - 5;
    r.linesRejected = 3;
    r.events = lines - 5;
    r.bytes = 42 * lines;
    r.observedFrom = at("2024-03-01T08:00:00Z");
    r.observedTo = at("2024-09-30T18:30:00Z");
    r.declaredFrom = at("2024-03-01T00:00:00Z");
    // declaredTo left absent on purpose: an absent time must come back absent.
    r.reportJson = R"({"recipients":3,"categories":["location","energy"]})";
    return r;
}

// Opens the database file directly with SQLite and the right key, bypassing Store: what a
// person with the passphrase and the sqlcipher shell could do.
SqliteDb openRaw(const QString &path, const QByteArray &passphrase, KdfParams params)
{
    const QByteArray header = fileBytes(path).left(16);
    std::array<unsigned char, KeyDerivation::kSaltBytes> salt{};
    std::memcpy(salt.data(), header.constData(), salt.size());
    SecretKey key;
    if (!KeyDerivation::deriveKey(passphrase, salt, params, key))
        return {};
    QByteArray spec = "x'";
    spec +=
        QByteArray(reinterpret_cast<const char *>(key.bytes().data()), SecretKey::kBytes).toHex();
    spec += QByteArray(reinterpret_cast<const char *>(salt.data()), 16).toHex();
    spec += "'";
    SqliteDb db = SqliteDb::open(path);
    db.setKey(spec);
    return db;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsBothImportsNewestFirstWithAllCounts();
    void previousReviewIsTheOneEndingLatestBeforeThisLog();
    void oldFileImportedAgainAfterANewerOneComparesWithWhatCameBeforeIt();
    void sameFileTwiceIsNeverItsOwnPreviousReview();
    void twoFilesOfTheSameDayAreOrderedByTheirLastRecord();
    void logsEndingAtTheSameInstantTakeTheOneImportedLast();
    void logsWithoutRecordsAreNeverThePreviousReview();
    void wrongPassphraseIsRefusedAndLeavesTheFileUnchanged();
    void otherKdfParamsReadAsWrongPassphrase();
    void newDatabaseAndItsJournalAreOwnerOnly();
    void saltIsSqlcipherFileSaltAndNothingIsKeptBeside();
    void notADatabaseFileIsRefused_data();
    void notADatabaseFileIsRefused();
    void migrationFromOlderVersionKeepsData();
    void newerSchemaIsRefusedAndLeavesTheFileUnchanged();
    void auditChainVerifies();
    void auditRowChangedWithTheRightKeyIsDetected();
    void auditRowDeletedWithTheRightKeyIsDetected();
    void auditUpdateAndDeleteAreRefusedByTrigger();
    void purgeByRetentionDeletesOnlyExpiredData();
    void auditTrailKeepsNoVinAfterPurge();
    void settingsSurviveReopening();
    void fileOnDiskContainsNoPlaintext();
    void invalidImportIsRefusedAndNothingKept();
    void killMidImportKeepsEarlierImportAndDropsTheKilledOne_data();
    void killMidImportKeepsEarlierImportAndDropsTheKilledOne();
    void defaultKdfParametersWork();
    void migrationFromVersion2AddsSheetsAndKeepsData();
    void sheetIsRecordedAndFoundByCodeOrFingerprint();
    void invalidSheetIsRefusedAndNothingKept();
    void sheetsPrintsAndChecksAreAudited();
    void purgeDetachesSheetsButKeepsThemVerifiable();
    void migrationFromVersion3AddsKeptSheetsAndKeepsTheSheets();
    void aKeptSheetIsEncryptedUntilPrintedThenRemoved();
    void onlyTheRecordedFileCanBeKept();
    void savesAreCountedAndAudited();
    void keptSheetsNeverPrintedArePurgedAfterTheirDays();

private:
    FixedClock m_clock{at("2025-03-15T09:30:00Z")};
};

void TestStore::roundTripKeepsBothImportsNewestFirstWithAllCounts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vitrine.db"));
    StoreError error;
    ImportRecord first = sampleImport(kVin, "first", 100);
    ImportRecord second = sampleImport(kVin, "second", 200);
    second.fileSha256 = second.fileSha256.toUpper(); // kept lower-case whatever it came as
    qint64 firstId = -1;
    qint64 secondId = -1;
    {
        auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(error.code, StoreError::Code::None);
        firstId = store->addImport(first, &error);
        QVERIFY2(firstId > 0, qPrintable(error.message));
        m_clock.advanceSecs(180 * 24 * 3600);
        secondId = store->addImport(second, &error);
        QVERIFY2(secondId > firstId, qPrintable(error.message));
    }

    // Reopen: the data survives closing.
    auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
    QVERIFY2(store, qPrintable(error.message));
    const QList<ImportRecord> history = store->history(kVin);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[0].id, secondId);
    QCOMPARE(history[1].id, firstId);
    QCOMPARE(history[0].fileSha256, second.fileSha256.toLower());
    QCOMPARE(history[0].fileSha256.size(), 64);
    QCOMPARE(history[1].fileSha256, first.fileSha256);
    QCOMPARE(history[0].importedAt, m_clock.nowUtc());
    QCOMPARE(history[1].importedAt, m_clock.nowUtc().addSecs(-180 * 24 * 3600));

    const ImportRecord &got = history[1];
    QCOMPARE(got.vin, kVin);
    QCOMPARE(got.make, first.make);
    QCOMPARE(got.model, first.model);
    QCOMPARE(got.year, first.year);
    QCOMPARE(got.fileName, first.fileName);
    QCOMPARE(got.fileBytes, first.fileBytes);
    QCOMPARE(got.linesTotal, first.linesTotal);
    QCOMPARE(got.linesBlank, first.linesBlank);
    QCOMPARE(got.linesAccepted, first.linesAccepted);
    QCOMPARE(got.linesRejected, first.linesRejected);
    QCOMPARE(got.events, first.events);
    QCOMPARE(got.bytes, first.bytes);
    QCOMPARE(got.observedFrom, first.observedFrom);
    QCOMPARE(got.observedTo, first.observedTo);
    QCOMPARE(got.declaredFrom, first.declaredFrom);
    QVERIFY(!got.declaredTo.isValid());
    QCOMPARE(got.reportJson, first.reportJson);
    QCOMPARE(history[0].linesTotal, 200);

    QVERIFY(store->history(QStringLiteral("NOSUCHVIN")).isEmpty());
    QCOMPARE(store->schemaVersion(), Store::migrations().back().version);
}

namespace {

// A kept log of kVin whose records end at \a end (ISO, UTC).
ImportRecord logEnding(const QByteArray &seed, const char *end)
{
    ImportRecord r = sampleImport(kVin, seed, 10);
    r.observedTo = at(end);
    r.observedFrom = r.observedTo.addDays(-90);
    return r;
}

} // namespace

void TestStore::previousReviewIsTheOneEndingLatestBeforeThisLog()
{
    QTemporaryDir dir;
    StoreError error;
    auto store = openIn(dir, m_clock, &error);
    QVERIFY2(store, qPrintable(error.message));
    const qint64 spring = store->addImport(logEnding("spring", "2024-03-31T18:00:00Z"), &error);
    m_clock.advanceSecs(3600);
    const qint64 autumn = store->addImport(logEnding("autumn", "2024-09-30T18:00:00Z"), &error);
    ImportRecord otherCar = logEnding("other car", "2024-12-31T18:00:00Z");
    otherCar.vin = QStringLiteral("OTHERVIN");
    QVERIFY(store->addImport(otherCar, &error) > 0);
    QVERIFY(spring > 0 && autumn > 0);

    // A new log of the winter: the autumn's is the latest that ends before it.
    const ImportRecord winter = logEnding("winter", "2025-03-31T18:00:00Z");
    auto previous = store->previousReview(kVin, winter.observedTo, winter.fileSha256);
    QVERIFY(previous.has_value());
    QCOMPARE(previous->id, autumn);
    QCOMPARE(previous->fileSha256, sha256Of("autumn"));
    QCOMPARE(previous->importedAt, m_clock.nowUtc());

    // The autumn's own previous review is the spring's; the spring's has none.
    previous = store->previousReview(kVin, at("2024-09-30T18:00:00Z"), sha256Of("autumn"));
    QVERIFY(previous.has_value());
    QCOMPARE(previous->id, spring);
    QVERIFY(!store->previousReview(kVin, at("2024-03-31T18:00:00Z"), sha256Of("spring")));
    // The fingerprint is compared whatever case it comes in.
    QVERIFY(!store->previousReview(kVin, at("2024-03-31T18:00:00Z"), sha256Of("spring").toUpper()));
}

void TestStore::oldFileImportedAgainAfterANewerOneComparesWithWhatCameBeforeIt()
{
    QTemporaryDir dir;
    StoreError error;
    auto store = openIn(dir, m_clock, &error);
    QVERIFY2(store, qPrintable(error.message));
    const qint64 year1 = store->addImport(logEnding("2023", "2023-09-30T18:00:00Z"), &error);
    m_clock.advanceSecs(180LL * 24 * 3600);
    const qint64 spring = store->addImport(logEnding("spring", "2024-03-31T18:00:00Z"), &error);
    m_clock.advanceSecs(180LL * 24 * 3600);
    QVERIFY(store->addImport(logEnding("autumn", "2024-09-30T18:00:00Z"), &error) > 0);
    QVERIFY(year1 > 0 && spring > 0);

    // The spring's file brought again after the autumn's: compared with the 2023 log, not
    // with the newer autumn one (the newest import of another file).
    const auto previous =
        store->previousReview(kVin, at("2024-03-31T18:00:00Z"), sha256Of("spring"));
    QVERIFY(previous.has_value());
    QCOMPARE(previous->id, year1);
}

void TestStore::sameFileTwiceIsNeverItsOwnPreviousReview()
{
    QTemporaryDir dir;
    StoreError error;
    auto store = openIn(dir, m_clock, &error);
    QVERIFY2(store, qPrintable(error.message));
    const qint64 spring = store->addImport(logEnding("spring", "2024-03-31T18:00:00Z"), &error);
    QVERIFY(store->addImport(logEnding("autumn", "2024-09-30T18:00:00Z"), &error) > 0);
    QVERIFY(spring > 0);
    // Kept twice (an older kiosk did): still not its own previous review.
    QVERIFY(store->addImport(logEnding("autumn", "2024-09-30T18:00:00Z"), &error) > 0);

    const auto previous =
        store->previousReview(kVin, at("2024-09-30T18:00:00Z"), sha256Of("autumn"));
    QVERIFY(previous.has_value());
    QCOMPARE(previous->id, spring);
}

void TestStore::twoFilesOfTheSameDayAreOrderedByTheirLastRecord()
{
    QTemporaryDir dir;
    StoreError error;
    auto store = openIn(dir, m_clock, &error);
    QVERIFY2(store, qPrintable(error.message));
    // Two exports of the same day, the later one kept first.
    const qint64 evening = store->addImport(logEnding("evening", "2024-09-30T18:00:00Z"), &error);
    const qint64 morning = store->addImport(logEnding("morning", "2024-09-30T07:00:00Z"), &error);
    QVERIFY(evening > 0 && morning > 0);

    auto previous = store->previousReview(kVin, at("2024-09-30T18:00:00Z"), sha256Of("evening"));
    QVERIFY(previous.has_value());
    QCOMPARE(previous->id, morning);
    QVERIFY(!store->previousReview(kVin, at("2024-09-30T07:00:00Z"), sha256Of("morning")));
}

void TestStore::logsEndingAtTheSameInstantTakeTheOneImportedLast()
{
    QTemporaryDir dir;
    StoreError error;
    auto store = openIn(dir, m_clock, &error);
    QVERIFY2(store, qPrintable(error.message));
    const qint64 first = store->addImport(logEnding("tool A", "2024-09-30T18:00:00Z"), &error);
    m_clock.advanceSecs(600);
    const qint64 second = store->addImport(logEnding("tool B", "2024-09-30T18:00:00Z"), &error);
    QVERIFY(first > 0 && second > 0);

    const auto previous =
        store->previousReview(kVin, at("2025-03-31T18:00:00Z"), sha256Of("winter"));
    QVERIFY(previous.has_value());
    QCOMPARE(previous->id, second);
    // Neither ends before the other: each is compared with what came before both.
    QVERIFY(!store->previousReview(kVin, at("2024-09-30T18:00:00Z"), sha256Of("tool A")));
}

void TestStore::logsWithoutRecordsAreNeverThePreviousReview()
{
    QTemporaryDir dir;
    StoreError error;
    auto store = openIn(dir, m_clock, &error);
    QVERIFY2(store, qPrintable(error.message));
    const qint64 spring = store->addImport(logEnding("spring", "2024-03-31T18:00:00Z"), &error);
    ImportRecord empty = logEnding("empty", "2024-09-30T18:00:00Z");
    empty.observedFrom = empty.observedTo = QDateTime();
    QVERIFY(store->addImport(empty, &error) > 0);
    QVERIFY(spring > 0);

    auto previous = store->previousReview(kVin, at("2025-03-31T18:00:00Z"), sha256Of("winter"));
    QVERIFY(previous.has_value());
    QCOMPARE(previous->id, spring);
    // A log without records of its own compares with the latest-ending review.
    previous = store->previousReview(kVin, QDateTime(), sha256Of("empty"));
    QVERIFY(previous.has_value());
    QCOMPARE(previous->id, spring);
}

void TestStore::wrongPassphraseIsRefusedAndLeavesTheFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vitrine.db"));
    StoreError error;
    {
        auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(store->addImport(sampleImport(kVin, "a", 10), &error) > 0);
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    auto store = Store::open(path, "wrong passphrase", m_clock, &error, fast());
    QVERIFY(!store);
    QCOMPARE(error.code, StoreError::Code::WrongPassphrase);
    QVERIFY2(error.message.contains(QStringLiteral("passphrase does not open this database")),
             qPrintable(error.message));

    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore); // no journal left
    QCOMPARE(filesBefore, QStringList{QStringLiteral("vitrine.db")});

    // And the right one still opens it.
    QVERIFY(Store::open(path, kPassphrase, m_clock, &error, fast()));
}

void TestStore::otherKdfParamsReadAsWrongPassphrase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vitrine.db"));
    StoreError error;
    QVERIFY(Store::open(path, kPassphrase, m_clock, &error, fast()));
    KdfParams other = fast();
    other.opsLimit += 1;
    QVERIFY(!Store::open(path, kPassphrase, m_clock, &error, other));
    QCOMPARE(error.code, StoreError::Code::WrongPassphrase);
}

void TestStore::newDatabaseAndItsJournalAreOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vitrine.db"));
    const mode_t oldMask = ::umask(022); // a usual umask, which would give SQLite's file 0644
    StoreError error;
    auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
    ::umask(oldMask);
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(modeOf(path), mode_t(0600));

    mode_t journalMode = 0;
    bool journalSeen = false;
    store->setWriteObserver([&](const char *step) {
        if (std::strcmp(step, "import") == 0) {
            journalSeen = QFile::exists(path + QStringLiteral("-journal"));
            journalMode = modeOf(path + QStringLiteral("-journal"));
        }
    });
    QVERIFY(store->addImport(sampleImport(kVin, "a", 10), &error) > 0);
    QVERIFY(journalSeen);
    QCOMPARE(journalMode, mode_t(0600));
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
}

void TestStore::saltIsSqlcipherFileSaltAndNothingIsKeptBeside()
{
    QTemporaryDir dir;
    const QString pathA = dir.filePath(QStringLiteral("a.db"));
    const QString pathB = dir.filePath(QStringLiteral("b.db"));
    StoreError error;
    QVERIFY(Store::open(pathA, kPassphrase, m_clock, &error, fast()));
    QVERIFY(Store::open(pathB, kPassphrase, m_clock, &error, fast()));
    // Same passphrase, different random salts: different file headers (and keys).
    const QByteArray saltA = fileBytes(pathA).left(16);
    QCOMPARE(saltA.size(), 16);
    QVERIFY(saltA != fileBytes(pathB).left(16));
    // The salt is the file's own; nothing else sits beside the database.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("a.db"), QStringLiteral("b.db")}));
    // Reopening keeps the salt (it is read back, not regenerated).
    QVERIFY(Store::open(pathA, kPassphrase, m_clock, &error, fast()));
    QCOMPARE(fileBytes(pathA).left(16), saltA);
}

void TestStore::notADatabaseFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("VIN;time;event\nWVWZZZ;2024-01-01;start\n");
    QTest::newRow("short") << QByteArray("0123456789");
    QTest::newRow("not whole pages") << QByteArray(1500, 'x');
    QTest::newRow("plain sqlite") << QByteArray(); // made below with SQLite, no key
}

void TestStore::notADatabaseFileIsRefused()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    if (content.isEmpty()) {
        SqliteDb plain = SqliteDb::open(path);
        plain.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1);");
    }
    const QByteArray before = fileHash(path);
    StoreError error;
    QVERIFY(!Store::open(path, kPassphrase, m_clock, &error, fast()));
    QCOMPARE(error.code, StoreError::Code::NotADatabase);
    QVERIFY(error.message.contains(QStringLiteral("not a Vitrine database")));
    QCOMPARE(fileHash(path), before);
}

void TestStore::migrationFromOlderVersionKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vitrine.db"));
    StoreError error;
    // A version-1 database: the migration list cut after its first step.
    {
        auto store =
            Store::open(path, kPassphrase, m_clock, &error, fast(), Store::migrations().first(1));
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->schemaVersion(), 1);
        QVERIFY(store->addImport(sampleImport(kVin, "old", 10), &error) > 0);
    }
    // The full list plus a later step, as the next version of Vitrine would ship it.
    std::vector<Migration> newer(Store::migrations().begin(), Store::migrations().end());
    const int next = newer.back().version + 1;
    newer.push_back({next, "CREATE TABLE test_notes (id INTEGER PRIMARY KEY, text TEXT);"
                           "ALTER TABLE imports ADD COLUMN test_source TEXT;"});
    {
        auto store = Store::open(path, kPassphrase, m_clock, &error, fast(), newer);
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->schemaVersion(), next);
        const auto history = store->history(kVin);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].fileSha256, sha256Of("old"));
        QVERIFY(store->addImport(sampleImport(kVin, "new", 10), &error) > 0);
        QVERIFY(store->verifyAudit().ok);
    }
    SqliteDb raw = openRaw(path, kPassphrase, fast());
    QCOMPARE(raw.queryInt("SELECT count(*) FROM test_notes"), 0);
    QCOMPARE(raw.queryInt("SELECT count(*) FROM imports WHERE test_source IS NULL"), 2);
}

void TestStore::newerSchemaIsRefusedAndLeavesTheFileUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vitrine.db"));
    StoreError error;
    std::vector<Migration> newer(Store::migrations().begin(), Store::migrations().end());
    newer.push_back({newer.back().version + 1, "CREATE TABLE from_the_future (x);"});
    QVERIFY(Store::open(path, kPassphrase, m_clock, &error, fast(), newer));
    const QByteArray before = fileHash(path);

    QVERIFY(!Store::open(path, kPassphrase, m_clock, &error, fast()));
    QCOMPARE(error.code, StoreError::Code::NewerSchema);
    QVERIFY(error.message.contains(QStringLiteral("newer version")));
    QCOMPARE(fileHash(path), before);
}

void TestStore::auditChainVerifies()
{
    QTemporaryDir dir;
    StoreError error;
    auto store = openIn(dir, m_clock, &error);
    QVERIFY(store);
    QVERIFY(store->addImport(sampleImport(kVin, "a", 10), &error) > 0);
    QVERIFY(store->appendAudit(QString::fromLatin1(AuditAction::View), kVin, QString()));
    QVERIFY(store->appendAudit(QString::fromLatin1(AuditAction::Print), kVin,
                               QStringLiteral("sheet fr")));
    QVERIFY(store->purgeOlderThan(365) >= 0);
    QVERIFY(!store->appendAudit(QString(), kVin, QString(), &error));
    QCOMPARE(error.code, StoreError::Code::InvalidInput);

    const AuditCheck check = store->verifyAudit();
    QVERIFY2(check.ok, qPrintable(check.message));
    QCOMPARE(check.rowsChecked, 5); // open, import, view, print, purge
    QCOMPARE(check.firstBrokenSeq, -1);
}

void TestStore::auditRowChangedWithTheRightKeyIsDetected()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.db"));
    StoreError error;
    {
        auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
        QVERIFY(store);
        QVERIFY(store->addImport(sampleImport(kVin, "a", 10), &error) > 0);
        QVERIFY(store->appendAudit(QString::fromLatin1(AuditAction::Print), kVin, QString()));
        QVERIFY(store->verifyAudit().ok);
    }
    {
        SqliteDb raw = openRaw(path, kPassphrase, fast());
        raw.exec("DROP TRIGGER audit_no_update;"
                 "UPDATE audit SET subject = 'SOMEONE ELSE' WHERE seq = 2;");
    }
    auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
    QVERIFY(store);
    const AuditCheck check = store->verifyAudit();
    QVERIFY(!check.ok);
    QCOMPARE(check.firstBrokenSeq, 2);
    QVERIFY(check.message.contains(QStringLiteral("entry 2")));
}

void TestStore::auditRowDeletedWithTheRightKeyIsDetected()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.db"));
    StoreError error;
    {
        auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
        QVERIFY(store);
        QVERIFY(store->addImport(sampleImport(kVin, "a", 10), &error) > 0);
        QVERIFY(store->appendAudit(QString::fromLatin1(AuditAction::View), kVin, QString()));
    }
    {
        SqliteDb raw = openRaw(path, kPassphrase, fast());
        raw.exec("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq = 2;");
    }
    auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
    QVERIFY(store);
    const AuditCheck check = store->verifyAudit();
    QVERIFY(!check.ok);
    QCOMPARE(check.firstBrokenSeq, 2);
}

void TestStore::auditUpdateAndDeleteAreRefusedByTrigger()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.db"));
    StoreError error;
    QVERIFY(Store::open(path, kPassphrase, m_clock, &error, fast()));
    SqliteDb raw = openRaw(path, kPassphrase, fast());
    QCOMPARE(raw.queryInt("SELECT count(*) FROM audit"), 1);
    for (const char *sql :
         {"UPDATE audit SET detail = 'x' WHERE seq = 1", "DELETE FROM audit WHERE seq = 1"}) {
        try {
            raw.exec(sql);
            QFAIL(qPrintable(QStringLiteral("not refused: %1").arg(QString::fromLatin1(sql))));
        } catch (const SqliteError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("append-only")), qPrintable(e.message()));
        }
    }
    QCOMPARE(raw.queryInt("SELECT count(*) FROM audit"), 1);
}

void TestStore::settingsSurviveReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.db"));
    StoreError error;
    {
        auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
        QVERIFY(store);
        QVERIFY(!store->setting(QStringLiteral("pin_failures")).has_value());
        QVERIFY(store->setSetting(QStringLiteral("pin_failures"), "3", &error));
        QVERIFY(store->setSetting(QStringLiteral("pin_failures"), "4", &error));
    }
    auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
    QVERIFY(store);
    QCOMPARE(store->setting(QStringLiteral("pin_failures")), std::optional<QByteArray>("4"));
}

void TestStore::auditTrailKeepsNoVinAfterPurge()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.db"));
    StoreError error;
    QString pseudonym;
    {
        auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
        QVERIFY(store);
        QVERIFY(store->addImport(sampleImport(kVin, "a", 10), &error) > 0);
        pseudonym = store->auditSubjectFor(kVin);
        QCOMPARE(pseudonym.size(), 16);
        // Stable for the same car, whatever the case it is written in.
        QCOMPARE(store->auditSubjectFor(kVin.toLower()), pseudonym);
        m_clock.advanceSecs(400LL * 86400);
        QCOMPARE(store->purgeOlderThan(365, &error), 1);
        QVERIFY(store->verifyAudit().ok);
    }
    SqliteDb raw = openRaw(path, kPassphrase, fast());
    SqliteStatement rows(raw, "SELECT action, subject, detail FROM audit ORDER BY seq");
    bool sawImport = false;
    while (rows.step()) {
        const QString line =
            rows.columnText(0) + u' ' + rows.columnText(1) + u' ' + rows.columnText(2);
        QVERIFY2(!line.contains(kVin, Qt::CaseInsensitive), qPrintable(line));
        if (rows.columnText(0) == QLatin1StringView(AuditAction::Import)) {
            sawImport = true;
            QCOMPARE(rows.columnText(1), pseudonym);
        }
    }
    QVERIFY(sawImport);
    SqliteStatement vehicles(raw, "SELECT count(*) FROM vehicles");
    QVERIFY(vehicles.step());
    QCOMPARE(vehicles.columnInt64(0), 0);
}

void TestStore::purgeByRetentionDeletesOnlyExpiredData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.db"));
    const QString otherVin = QStringLiteral("ZFA31200000123456");
    FixedClock clock(at("2024-01-10T10:00:00Z"));
    StoreError error;
    {
        auto store = Store::open(path, kPassphrase, clock, &error, fast());
        QVERIFY(store);
        const qint64 oldOne = store->addImport(sampleImport(kVin, "old", 10), &error);
        QVERIFY(store->addImport(sampleImport(otherVin, "other-old", 10), &error) > 0);
        clock.advanceSecs(300LL * 24 * 3600);
        const qint64 recent = store->addImport(sampleImport(kVin, "recent", 10), &error);
        QVERIFY(oldOne > 0 && recent > 0);
        clock.advanceSecs(100LL * 24 * 3600); // old ones are 400 days old, recent 100

        QCOMPARE(store->purgeOlderThan(365, &error), 2);
        const auto history = store->history(kVin);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history[0].id, recent);
        QVERIFY(store->history(otherVin).isEmpty());
        QVERIFY(!store->previousReview(kVin, at("2030-01-01T00:00:00Z"), sha256Of("recent")));

        QCOMPARE(store->purgeOlderThan(365, &error), 0); // nothing more is due
        QVERIFY(store->verifyAudit().ok);
        QCOMPARE(store->purgeOlderThan(-1, &error), -1);
        QCOMPARE(error.code, StoreError::Code::InvalidInput);
        QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
    }
    SqliteDb raw = openRaw(path, kPassphrase, fast());
    QCOMPARE(raw.queryInt("SELECT count(*) FROM imports"), 1);
    QCOMPARE(raw.queryInt("SELECT count(*) FROM reviews"), 1);
    QCOMPARE(raw.queryInt("SELECT count(*) FROM vehicles"), 1); // otherVin had nothing left
    QCOMPARE(raw.queryInt("SELECT count(*) FROM audit WHERE action = 'purge'"), 2);
    SqliteStatement detail(raw, "SELECT detail FROM audit WHERE action = 'purge' ORDER BY seq");
    QVERIFY(detail.step());
    QVERIFY2(detail.columnText(0).contains(QStringLiteral("2 imports")),
             qPrintable(detail.columnText(0)));
}

void TestStore::fileOnDiskContainsNoPlaintext()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.db"));
    StoreError error;
    const ImportRecord rec = sampleImport(kVin, "plain", 10);
    {
        auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
        QVERIFY(store);
        QVERIFY(store->addImport(rec, &error) > 0);
        QVERIFY(store->purgeOlderThan(0) == 0); // same instant: nothing is older
    }
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() >= 1024);
    QVERIFY(!bytes.contains(kVin.toLatin1()));
    QVERIFY(!bytes.contains(kVin.left(8).toLatin1()));
    QVERIFY(!bytes.contains(rec.fileName.toUtf8()));
    QVERIFY(!bytes.contains(rec.fileSha256.toLatin1()));
    QVERIFY(!bytes.contains("Volkswagen"));
    QVERIFY(!bytes.contains("recipients"));
    QVERIFY(!bytes.contains("CREATE TABLE"));
    QVERIFY(!bytes.contains("SQLite format 3"));
}

void TestStore::invalidImportIsRefusedAndNothingKept()
{
    QTemporaryDir dir;
    StoreError error;
    auto store = openIn(dir, m_clock, &error);
    QVERIFY(store);
    ImportRecord badSha = sampleImport(kVin, "a", 10);
    badSha.fileSha256 = QStringLiteral("abc");
    QCOMPARE(store->addImport(badSha, &error), -1);
    QCOMPARE(error.code, StoreError::Code::InvalidInput);
    ImportRecord badJson = sampleImport(kVin, "a", 10);
    badJson.reportJson = "{not json";
    QCOMPARE(store->addImport(badJson, &error), -1);
    QCOMPARE(error.code, StoreError::Code::InvalidInput);
    ImportRecord noVin = sampleImport(QStringLiteral("  "), "a", 10);
    QCOMPARE(store->addImport(noVin, &error), -1);
    QVERIFY(store->history(kVin).isEmpty());
    QCOMPARE(store->verifyAudit().rowsChecked, 1); // only "open"
}

void TestStore::killMidImportKeepsEarlierImportAndDropsTheKilledOne_data()
{
    QTest::addColumn<QByteArray>("step");
    QTest::newRow("after vehicle") << QByteArray("vehicle");
    QTest::newRow("after import row") << QByteArray("import");
    QTest::newRow("after review") << QByteArray("review");
    QTest::newRow("after audit, before commit") << QByteArray("audit");
}

void TestStore::killMidImportKeepsEarlierImportAndDropsTheKilledOne()
{
    QFETCH(QByteArray, step);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.db"));
    const QString newVin = QStringLiteral("VF1RFB00000654321"); // a car not yet in the store
    StoreError error;
    qint64 earlierId = -1;
    {
        // Closed before fork(): an SQLite connection must not cross a fork.
        auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
        QVERIFY(store);
        earlierId = store->addImport(sampleImport(kVin, "earlier", 10), &error);
        QVERIFY(earlierId > 0);
    }

    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        // The child never returns into Qt Test: it dies by the signal or exits with a code. It
        // runs only store code, so Qt Test's watchdog thread (not copied by fork) is no matter.
        StoreError childError;
        auto store = Store::open(path, kPassphrase, m_clock, &childError, fast());
        if (!store)
            ::_exit(3);
        store->setWriteObserver([&step](const char *current) {
            if (step == current)
                ::raise(SIGKILL);
        });
        // Big enough to touch several pages, so the journal holds real page images.
        ImportRecord big = sampleImport(newVin, "killed", 10);
        big.reportJson = "[\"" + QByteArray(20000, 'k') + "\"]";
        store->addImport(big, &childError);
        ::_exit(4);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
             qPrintable(QStringLiteral("child status %1").arg(status)));
    QVERIFY(QFile::exists(path + QStringLiteral("-journal"))); // a hot journal was left

    // A wrong passphrase right after the crash is refused and does no harm: the file and its
    // hot journal stay as they were, for the right passphrase to recover.
    const QByteArray crashed = fileHash(path);
    QVERIFY(!Store::open(path, "wrong passphrase", m_clock, &error, fast()));
    QCOMPARE(error.code, StoreError::Code::WrongPassphrase);
    QCOMPARE(fileHash(path), crashed);
    QVERIFY(QFile::exists(path + QStringLiteral("-journal")));

    auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
    const auto history = store->history(kVin);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history[0].id, earlierId);
    QVERIFY(store->history(newVin).isEmpty());
    const AuditCheck check = store->verifyAudit();
    QVERIFY2(check.ok, qPrintable(check.message));
    // open, import, open (child), open (now): the killed import left no audit row.
    QCOMPARE(check.rowsChecked, 4);
    QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    // The store still works after the crash.
    QVERIFY(store->addImport(sampleImport(newVin, "retry", 10), &error) > earlierId);
}

void TestStore::defaultKdfParametersWork()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.db"));
    StoreError error;
    QElapsedTimer timer;
    timer.start();
    {
        auto store = Store::open(path, kPassphrase, m_clock, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(store->addImport(sampleImport(kVin, "a", 10), &error) > 0);
    }
    qInfo("Argon2id MODERATE: create + import took %lld ms", timer.restart());
    auto store = Store::open(path, kPassphrase, m_clock, &error, KdfParams::moderate());
    qInfo("Argon2id MODERATE: reopen took %lld ms", timer.elapsed());
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->history(kVin).size(), 1);
    store.reset();
    QVERIFY(!Store::open(path, kPassphrase, m_clock, &error, fast()));
    QCOMPARE(error.code, StoreError::Code::WrongPassphrase);
}

void TestStore::migrationFromVersion2AddsSheetsAndKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vitrine.db"));
    StoreError error;
    qint64 importId = -1;
    {
        // A version-2 database, as the previous release made it.
        auto store =
            Store::open(path, kPassphrase, m_clock, &error, fast(), Store::migrations().first(2));
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->schemaVersion(), 2);
        importId = store->addImport(sampleImport(kVin, "v2", 10), &error);
        QVERIFY(importId > 0);
        QVERIFY(store->setSetting(QStringLiteral("retention_days"), "365", &error));
    }
    {
        SqliteDb raw = openRaw(path, kPassphrase, fast());
        QCOMPARE(raw.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'sheets'"), 0);
    }
    auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->schemaVersion(), Store::migrations().back().version);
    QCOMPARE(store->history(kVin).size(), 1);
    QCOMPARE(store->history(kVin)[0].fileSha256, sha256Of("v2"));
    QCOMPARE(store->setting(QStringLiteral("retention_days")), std::optional<QByteArray>("365"));

    SheetRecord sheet;
    sheet.code = QStringLiteral("K7QF-3MZD-9W");
    sheet.pdfSha256 = sha256Of("sheet");
    sheet.importId = importId;
    sheet.language = QStringLiteral("it");
    QVERIFY2(store->recordSheet(sheet, &error) > 0, qPrintable(error.message));
    QVERIFY(store->findSheetByCode(sheet.code).has_value());
    QVERIFY(store->verifyAudit().ok);
    QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
}

void TestStore::sheetIsRecordedAndFoundByCodeOrFingerprint()
{
    QTemporaryDir dir;
    StoreError error;
    auto store = openIn(dir, m_clock, &error);
    QVERIFY(store);
    const qint64 importId = store->addImport(sampleImport(kVin, "a", 10), &error);
    QVERIFY(importId > 0);

    SheetRecord sheet;
    sheet.code = newVerificationCode();
    sheet.pdfSha256 = sha256Of("signed pdf").toUpper(); // kept lower-case
    sheet.importId = importId;
    sheet.language = QStringLiteral("de");
    sheet.printedCount = 7; // ignored: a new sheet was never printed
    const qint64 id = store->recordSheet(sheet, &error);
    QVERIFY2(id > 0, qPrintable(error.message));
    QCOMPARE(error.code, StoreError::Code::None);

    // Typed from paper: lower case, no dashes.
    const auto found = store->findSheetByCode(sheet.code.toLower().remove(u'-'));
    QVERIFY(found.has_value());
    QCOMPARE(found->id, id);
    QCOMPARE(found->code, sheet.code);
    QCOMPARE(found->pdfSha256, sha256Of("signed pdf"));
    QCOMPARE(found->importId, std::optional<qint64>(importId));
    QCOMPARE(found->createdAt, m_clock.nowUtc());
    QCOMPARE(found->language, QStringLiteral("de"));
    QCOMPARE(found->printedCount, 0);

    const auto byHash = store->findSheetBySha256(sha256Of("signed pdf").toUpper());
    QVERIFY(byHash.has_value());
    QCOMPARE(byHash->code, sheet.code);
    QVERIFY(!store->findSheetBySha256(sha256Of("another pdf")).has_value());
    QVERIFY(!store->findSheetBySha256(QStringLiteral("not a hash")).has_value());
    QVERIFY(!store->findSheetByCode(QStringLiteral("0000-0000-00")).has_value());
    QVERIFY(!store->findSheetByCode(QStringLiteral("garbage")).has_value());

    QVERIFY(store->markSheetPrinted(sheet.code, &error));
    QVERIFY(store->markSheetPrinted(sheet.code.toLower(), &error));
    QCOMPARE(store->findSheetByCode(sheet.code)->printedCount, 2);
    QVERIFY(!store->markSheetPrinted(QStringLiteral("0000-0000-00"), &error));
    QCOMPARE(error.code, StoreError::Code::InvalidInput);

    // A sheet without an import (e.g. a reprint after the review was purged) is allowed.
    SheetRecord loose;
    loose.code = newVerificationCode();
    loose.pdfSha256 = sha256Of("loose");
    loose.language = QStringLiteral("en");
    QVERIFY(store->recordSheet(loose, &error) > id);
    QVERIFY(!store->findSheetByCode(loose.code)->importId.has_value());
}

void TestStore::invalidSheetIsRefusedAndNothingKept()
{
    QTemporaryDir dir;
    StoreError error;
    auto store = openIn(dir, m_clock, &error);
    QVERIFY(store);
    SheetRecord good;
    good.code = QStringLiteral("K7QF-3MZD-9W");
    good.pdfSha256 = sha256Of("pdf");
    good.language = QStringLiteral("fr");
    QVERIFY(store->recordSheet(good, &error) > 0);
    const qint64 auditRows = store->verifyAudit().rowsChecked;

    SheetRecord sameCode = good;
    sameCode.pdfSha256 = sha256Of("another pdf");
    QCOMPARE(store->recordSheet(sameCode, &error), -1);
    QCOMPARE(error.code, StoreError::Code::AlreadyExists);

    SheetRecord badCode = good;
    badCode.code = QStringLiteral("K7QF-3MZD-9U");
    QCOMPARE(store->recordSheet(badCode, &error), -1);
    QCOMPARE(error.code, StoreError::Code::InvalidInput);

    SheetRecord badSha = good;
    badSha.code = newVerificationCode();
    badSha.pdfSha256 = QStringLiteral("abc");
    QCOMPARE(store->recordSheet(badSha, &error), -1);
    QCOMPARE(error.code, StoreError::Code::InvalidInput);

    SheetRecord badLanguage = good;
    badLanguage.code = newVerificationCode();
    badLanguage.language = QStringLiteral("xx");
    QCOMPARE(store->recordSheet(badLanguage, &error), -1);
    QCOMPARE(error.code, StoreError::Code::InvalidInput);

    SheetRecord noImport = good;
    noImport.code = newVerificationCode();
    noImport.importId = 4242;
    QCOMPARE(store->recordSheet(noImport, &error), -1);
    QCOMPARE(error.code, StoreError::Code::InvalidInput);

    QVERIFY(!store->findSheetByCode(badSha.code).has_value());
    QVERIFY(!store->findSheetByCode(noImport.code).has_value());
    QCOMPARE(store->findSheetByCode(good.code)->pdfSha256, good.pdfSha256);
    QCOMPARE(store->verifyAudit().rowsChecked, auditRows);
}

void TestStore::sheetsPrintsAndChecksAreAudited()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.db"));
    StoreError error;
    QString pseudonym;
    const QString code = QStringLiteral("K7QF-3MZD-9W");
    {
        auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
        QVERIFY(store);
        SheetRecord sheet;
        sheet.code = code;
        sheet.pdfSha256 = sha256Of("pdf");
        sheet.importId = store->addImport(sampleImport(kVin, "a", 10), &error);
        sheet.language = QStringLiteral("fr");
        QVERIFY(store->recordSheet(sheet, &error) > 0);
        QVERIFY(store->markSheetPrinted(code, &error));
        QVERIFY(store->recordVerification(code.toLower(), QStringLiteral("genuine"),
                                          sha256Of("pdf"), &error));
        QVERIFY(store->recordVerification(QString(), QStringLiteral("no-signature"),
                                          sha256Of("other"), &error));
        pseudonym = store->auditSubjectFor(kVin);
        const AuditCheck check = store->verifyAudit();
        QVERIFY2(check.ok, qPrintable(check.message));
        QCOMPARE(check.rowsChecked, 6); // open, import, sheet, print, verify, verify
    }
    SqliteDb raw = openRaw(path, kPassphrase, fast());
    SqliteStatement rows(raw, "SELECT action, subject, detail FROM audit WHERE seq > 2"
                              " ORDER BY seq");
    QVERIFY(rows.step());
    QCOMPARE(rows.columnText(0), QStringLiteral("sheet"));
    QCOMPARE(rows.columnText(1), pseudonym); // the car, never its VIN
    QCOMPARE(rows.columnText(2), QStringLiteral("code %1, fr, pdf %2").arg(code, sha256Of("pdf")));
    QVERIFY(rows.step());
    QCOMPARE(rows.columnText(0), QStringLiteral("print"));
    QCOMPARE(rows.columnText(2), QStringLiteral("code %1").arg(code));
    QVERIFY(rows.step());
    QCOMPARE(rows.columnText(0), QStringLiteral("verify"));
    QCOMPARE(rows.columnText(1), code);
    QCOMPARE(rows.columnText(2), QStringLiteral("genuine, file %1").arg(sha256Of("pdf")));
    QVERIFY(rows.step());
    QCOMPARE(rows.columnText(1), QString());
    QVERIFY(rows.columnText(2).startsWith(QStringLiteral("no-signature, file ")));
    QVERIFY(!rows.step());
}

void TestStore::purgeDetachesSheetsButKeepsThemVerifiable()
{
    QTemporaryDir dir;
    StoreError error;
    FixedClock clock(at("2024-01-10T10:00:00Z"));
    auto store =
        Store::open(dir.filePath(QStringLiteral("v.db")), kPassphrase, clock, &error, fast());
    QVERIFY(store);
    SheetRecord sheet;
    sheet.code = newVerificationCode();
    sheet.pdfSha256 = sha256Of("pdf");
    sheet.importId = store->addImport(sampleImport(kVin, "old", 10), &error);
    sheet.language = QStringLiteral("fr");
    QVERIFY(store->recordSheet(sheet, &error) > 0);
    clock.advanceSecs(400LL * 86400);

    QCOMPARE(store->purgeOlderThan(365, &error), 1);
    QVERIFY(store->history(kVin).isEmpty());
    const auto kept = store->findSheetByCode(sheet.code);
    QVERIFY(kept.has_value());
    QVERIFY(!kept->importId.has_value()); // detached from the purged review
    QCOMPARE(kept->pdfSha256, sha256Of("pdf"));
    QVERIFY(store->verifyAudit().ok);
    QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
}

namespace {

// A PDF-like file with a marker that would show in the database file if it were kept in clear.
QByteArray fakePdf(const QByteArray &marker)
{
    return "%PDF-1.7\n" + marker + "\n%%EOF\n";
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Records a sheet whose signed file is \a pdf; returns its code (empty on failure).
QString recordSheetOf(Store &store, const QByteArray &pdf,
                      const QString &lang = QStringLiteral("de"))
{
    SheetRecord sheet;
    sheet.code = newVerificationCode();
    sheet.pdfSha256 = sha256Hex(pdf);
    sheet.language = lang;
    StoreError error;
    return store.recordSheet(sheet, &error) > 0 ? sheet.code : QString();
}

} // namespace

void TestStore::migrationFromVersion3AddsKeptSheetsAndKeepsTheSheets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vitrine.db"));
    StoreError error;
    QString code;
    {
        // A version-3 database, as the previous release made it, with a sheet printed once.
        auto store =
            Store::open(path, kPassphrase, m_clock, &error, fast(), Store::migrations().first(3));
        QVERIFY2(store, qPrintable(error.message));
        QCOMPARE(store->schemaVersion(), 3);
        code = recordSheetOf(*store, fakePdf("v3"));
        QVERIFY(!code.isEmpty());
    }
    {
        // Printed once by that release (whose print knew nothing of kept copies).
        SqliteDb raw = openRaw(path, kPassphrase, fast());
        raw.exec("UPDATE sheets SET printed_count = 1");
        QCOMPARE(raw.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'kept_sheets'"), 0);
    }
    auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
    QVERIFY2(store, qPrintable(error.message));
    QCOMPARE(store->schemaVersion(), 4);
    const auto sheet = store->findSheetByCode(code);
    QVERIFY(sheet);
    QCOMPARE(sheet->printedCount, 1);
    QCOMPARE(sheet->savedCount, 0);
    QVERIFY(store->keptSheets().isEmpty());
    QVERIFY(store->keepSheet(code, fakePdf("v3"), &error));
    QCOMPARE(store->keptSheets().size(), 1);
    QVERIFY(store->verifyAudit().ok);
    QCOMPARE(store->integrityCheck(), QStringLiteral("ok"));
}

void TestStore::aKeptSheetIsEncryptedUntilPrintedThenRemoved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.db"));
    StoreError error;
    const QByteArray pdf = fakePdf("MARKER-OF-A-KEPT-SHEET-4711");
    QString code;
    {
        auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
        QVERIFY(store);
        code = recordSheetOf(*store, pdf, QStringLiteral("it"));
        QVERIFY(!code.isEmpty());
        m_clock.advanceSecs(60);
        QVERIFY2(store->keepSheet(code.toLower(), pdf, &error), qPrintable(error.message));
        // Kept twice is kept once.
        QVERIFY(store->keepSheet(code, pdf, &error));
        const QList<KeptSheet> kept = store->keptSheets();
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept[0].sheet.code, code);
        QCOMPARE(kept[0].sheet.language, QStringLiteral("it"));
        QCOMPARE(kept[0].keptAt, m_clock.nowUtc());
        QCOMPARE(store->keptSheetPdf(code), std::optional<QByteArray>(pdf));
    }
    // On disk, the PDF is inside the encrypted file: not a byte of it in clear.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("MARKER-OF-A-KEPT-SHEET-4711"));
        QVERIFY(!bytes.contains("%PDF-"));
        // Nothing beside the database either.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("v.db")});
    }
    auto store = Store::open(path, kPassphrase, m_clock, &error, fast());
    QVERIFY(store);
    QCOMPARE(store->keptSheetPdf(code), std::optional<QByteArray>(pdf));
    // Printed: counted, and the kept copy goes in the same step.
    QVERIFY(store->markSheetPrinted(code, &error));
    QVERIFY(store->keptSheets().isEmpty());
    QVERIFY(!store->keptSheetPdf(code));
    QCOMPARE(store->findSheetByCode(code)->printedCount, 1);

    SqliteDb raw = openRaw(path, kPassphrase, fast());
    SqliteStatement rows(raw, "SELECT action, detail FROM audit WHERE action IN"
                              " ('keep', 'print') ORDER BY seq");
    QVERIFY(rows.step());
    QCOMPARE(rows.columnText(0), QStringLiteral("keep"));
    QCOMPARE(rows.columnText(1), QStringLiteral("code %1").arg(code));
    QVERIFY(rows.step());
    QCOMPARE(rows.columnText(0), QStringLiteral("print"));
    QCOMPARE(rows.columnText(1), QStringLiteral("code %1, kept copy removed").arg(code));
    QVERIFY(!rows.step());
    QCOMPARE(raw.queryInt("SELECT count(*) FROM kept_sheets"), 0);
    QVERIFY(store->verifyAudit().ok);
}

void TestStore::onlyTheRecordedFileCanBeKept()
{
    QTemporaryDir dir;
    StoreError error;
    auto store = openIn(dir, m_clock, &error);
    QVERIFY(store);
    const QString code = recordSheetOf(*store, fakePdf("the signed one"));
    QVERIFY(!store->keepSheet(code, fakePdf("another file"), &error));
    QCOMPARE(error.code, StoreError::Code::InvalidInput);
    QVERIFY(!store->keepSheet(QStringLiteral("0000-0000-00"), fakePdf("the signed one"), &error));
    QCOMPARE(error.code, StoreError::Code::InvalidInput);
    QVERIFY(store->keptSheets().isEmpty());
}

void TestStore::savesAreCountedAndAudited()
{
    QTemporaryDir dir;
    StoreError error;
    auto store = openIn(dir, m_clock, &error);
    QVERIFY(store);
    const QString code = recordSheetOf(*store, fakePdf("saved"));
    const qint64 rows = store->verifyAudit().rowsChecked;
    QVERIFY(store->markSheetSaved(code, &error));
    QVERIFY(store->markSheetSaved(code.toLower().remove(u'-'), &error));
    QCOMPARE(store->findSheetByCode(code)->savedCount, 2);
    QCOMPARE(store->findSheetByCode(code)->printedCount, 0);
    QCOMPARE(store->verifyAudit().rowsChecked, rows + 2);
    QVERIFY(!store->markSheetSaved(QStringLiteral("0000-0000-00"), &error));
    QCOMPARE(error.code, StoreError::Code::InvalidInput);
    QCOMPARE(store->verifyAudit().rowsChecked, rows + 2);
}

void TestStore::keptSheetsNeverPrintedArePurgedAfterTheirDays()
{
    QTemporaryDir dir;
    StoreError error;
    FixedClock clock(at("2026-11-02T16:00:00Z"));
    auto store =
        Store::open(dir.filePath(QStringLiteral("v.db")), kPassphrase, clock, &error, fast());
    QVERIFY(store);
    const QString old = recordSheetOf(*store, fakePdf("old"));
    QVERIFY(store->keepSheet(old, fakePdf("old"), &error));
    clock.advanceSecs(2LL * 86400);
    const QString recent = recordSheetOf(*store, fakePdf("recent"));
    QVERIFY(store->keepSheet(recent, fakePdf("recent"), &error));

    // A day before the first one's time is up: both stay, and nothing is written.
    clock.advanceSecs((Store::kKeptSheetDays - 3) * 86400LL);
    const qint64 rows = store->verifyAudit().rowsChecked;
    QCOMPARE(store->purgeKeptSheets(Store::kKeptSheetDays, &error), 0);
    QCOMPARE(store->keptSheets().size(), 2);
    QCOMPARE(store->verifyAudit().rowsChecked, rows);

    // Two days later the first one is past its days, the second not yet.
    clock.advanceSecs(2LL * 86400);
    QCOMPARE(store->purgeKeptSheets(Store::kKeptSheetDays, &error), 1);
    const QList<KeptSheet> left = store->keptSheets();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0].sheet.code, recent);
    QVERIFY(!store->keptSheetPdf(old));
    // The purged one's record stays: its paper, if any, can still be checked.
    QVERIFY(store->findSheetByCode(old));
    QCOMPARE(store->verifyAudit().rowsChecked, rows + 1);
    QCOMPARE(store->purgeKeptSheets(-1, &error), -1);
    QCOMPARE(error.code, StoreError::Code::InvalidInput);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
