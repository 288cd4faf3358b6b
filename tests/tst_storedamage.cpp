// SPDX-License-Identifier: GPL-3.0-or-later
// Tests that a damaged, emptied or raced store file is said to be so, never read as "nothing kept".

#include "clock.h"
#include "keyderivation.h"
#include "pdfsigner.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace vitrine;

namespace {

const QByteArray kPassphrase = "correct horse battery staple";
const QString kVin = QStringLiteral("WVWZZZ1KZ8W123456");
// SQLCipher 3's default page size: page 1 is the first 1024 bytes.
constexpr qint64 kPage = 1024;

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ImportRecord sampleImport(const QByteArray &seed)
{
    ImportRecord r;
    r.vin = kVin;
    r.fileSha256 =
        QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
    r.fileName = QStringLiteral("export-%1.vdfl").arg(QString::fromLatin1(seed));
    r.linesTotal = 10;
    r.observedFrom = at("2024-03-01T08:00:00Z");
    r.observedTo = at("2024-09-30T18:30:00Z");
    r.reportJson = R"({"recipients":3})";
    return r;
}

// A store with one import, closed again: the file a damage is done to.
QString makeStore(const QTemporaryDir &dir, const Clock &clock)
{
    const QString path = dir.filePath(QStringLiteral("v.db"));
    StoreError error;
    auto store = Store::open(path, kPassphrase, clock, &error, KdfParams::minimum());
    if (!store || store->addImport(sampleImport("first"), &error) < 0)
        return {};
    return path;
}

bool patchFile(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    return f.write(bytes) == bytes.size();
}

bool flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    char c = 0;
    if (!f.getChar(&c) || !f.seek(offset))
        return false;
    return f.putChar(static_cast<char>(c ^ 0x01));
}

// Damages every page after the first while a store has the file open, as a failing disk would.
// Byte 30 lies in what SQLite reads raw to see whether another process changed the file, so
// the pages cached since opening are read again, from the damaged file.
bool damageWhileOpen(const QString &path)
{
    const qint64 size = QFileInfo(path).size();
    if (!flipByte(path, 30))
        return false;
    for (qint64 page = 1; page * kPage < size; ++page) {
        if (!flipByte(path, page * kPage + 100))
            return false;
    }
    return true;
}

} // namespace

class TestStoreDamage : public QObject
{
    Q_OBJECT

private slots:
    void oneFlippedByteAfterPageOneIsDamagedNotEmpty();
    void damageFoundAfterOpeningRefusesReadsAndWrites();
    void damagedRecordsLeaveASheetsMatchUncheckedNotNotFound();
    void zeroedFirstPageIsDamagedNotWrongPassphrase();
    void emptyFileIsRefusedWithAnyPassphrase();
    void wrongPassphraseStillSaysWrongPassphrase();
    void twoProcessesCreatingTheStoreKeepBothImports();
};

void TestStoreDamage::oneFlippedByteAfterPageOneIsDamagedNotEmpty()
{
    QTemporaryDir dir;
    FixedClock clock(at("2024-10-01T10:00:00Z"));
    const QString path = makeStore(dir, clock);
    QVERIFY(!path.isEmpty());
    const qint64 size = QFileInfo(path).size();
    QVERIFY(size > 3 * kPage);
    QVERIFY(flipByte(path, size - kPage / 2)); // inside the last page

    StoreError error;
    auto store = Store::open(path, kPassphrase, clock, &error, KdfParams::minimum());
    QVERIFY(!store);
    QCOMPARE(error.code, StoreError::Code::Damaged);
    QVERIFY(error.message.contains(QLatin1String("backup")));
}

void TestStoreDamage::damageFoundAfterOpeningRefusesReadsAndWrites()
{
    // The page is damaged while the store is open (as a failing disk would): the readers say
    // so instead of "nothing kept", and no import is written beside unreadable records.
    QTemporaryDir dir;
    FixedClock clock(at("2024-10-01T10:00:00Z"));
    const QString path = makeStore(dir, clock);
    QVERIFY(!path.isEmpty());
    StoreError error;
    auto store = Store::open(path, kPassphrase, clock, &error, KdfParams::minimum());
    QVERIFY(store);
    QVERIFY(damageWhileOpen(path));

    const QList<ImportRecord> history = store->history(kVin, &error);
    QVERIFY(history.isEmpty());
    QCOMPARE(error.code, StoreError::Code::Damaged);
    QVERIFY(!store->findImport(kVin, sampleImport("first").fileSha256, &error));
    QCOMPARE(error.code, StoreError::Code::Damaged);
    QCOMPARE(store->addImport(sampleImport("second"), &error), -1);
    QCOMPARE(error.code, StoreError::Code::Damaged);
    QVERIFY(!store->setSetting(QStringLiteral("k"), "v", &error));
    QCOMPARE(error.code, StoreError::Code::Damaged);
}

void TestStoreDamage::damagedRecordsLeaveASheetsMatchUncheckedNotNotFound()
{
    // The advisor checks a genuine sheet while the store's pages go bad: the check must not say
    // "this kiosk did not issue it", only that the records could not be read.
    QTemporaryDir dir;
    FixedClock clock(at("2024-10-01T10:00:00Z"));
    const QString path = makeStore(dir, clock);
    QVERIFY(!path.isEmpty());
    StoreError error;
    auto store = Store::open(path, kPassphrase, clock, &error, KdfParams::minimum());
    QVERIFY(store);
    QVERIFY(damageWhileOpen(path));

    for (const QString &typed : {QStringLiteral("K7QF-3MZD-9W"), QString()}) {
        SignatureCheck check;
        check.fileSha256 = QString(64, u'a');
        check.verificationCode = QStringLiteral("K7QF-3MZD-9W");
        StoreError why;
        QVERIFY(!PdfVerifier::matchRecords(check, *store, typed, &why));
        QCOMPARE(why.code, StoreError::Code::Damaged);
        QCOMPARE(check.record, SignatureCheck::RecordMatch::NotChecked);
        QVERIFY(!check.sheet);
    }
}

void TestStoreDamage::zeroedFirstPageIsDamagedNotWrongPassphrase()
{
    QTemporaryDir dir;
    FixedClock clock(at("2024-10-01T10:00:00Z"));
    const QString path = makeStore(dir, clock);
    QVERIFY(!path.isEmpty());
    QVERIFY(patchFile(path, 0, QByteArray(kPage, '\0')));

    StoreError error;
    QVERIFY(!Store::open(path, kPassphrase, clock, &error, KdfParams::minimum()));
    QCOMPARE(error.code, StoreError::Code::Damaged);
}

void TestStoreDamage::emptyFileIsRefusedWithAnyPassphrase()
{
    QTemporaryDir dir;
    FixedClock clock(at("2024-10-01T10:00:00Z"));
    const QString path = dir.filePath(QStringLiteral("v.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    for (const QByteArray &passphrase : {kPassphrase, QByteArray("anything at all")}) {
        StoreError error;
        QVERIFY(!Store::open(path, passphrase, clock, &error, KdfParams::minimum()));
        QCOMPARE(error.code, StoreError::Code::Damaged);
        QCOMPARE(QFileInfo(path).size(), 0); // refused, not started afresh
    }
}

void TestStoreDamage::wrongPassphraseStillSaysWrongPassphrase()
{
    QTemporaryDir dir;
    FixedClock clock(at("2024-10-01T10:00:00Z"));
    const QString path = makeStore(dir, clock);
    QVERIFY(!path.isEmpty());
    StoreError error;
    QVERIFY(!Store::open(path, "not the passphrase", clock, &error, KdfParams::minimum()));
    QCOMPARE(error.code, StoreError::Code::WrongPassphrase);
}

void TestStoreDamage::twoProcessesCreatingTheStoreKeepBothImports()
{
    // Two first starts at once, twenty times: each child reports success only for an import
    // that is in the store afterwards, and the store is never lost.
    for (int trial = 0; trial < 20; ++trial) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.db"));
        pid_t children[2] = {};
        for (int c = 0; c < 2; ++c) {
            const pid_t pid = ::fork();
            QVERIFY(pid >= 0);
            if (pid == 0) {
                FixedClock clock(at("2024-10-01T10:00:00Z"));
                StoreError error;
                auto store = Store::open(path, kPassphrase, clock, &error, KdfParams::minimum());
                const bool ok =
                    store && store->addImport(sampleImport(c == 0 ? "a" : "b"), &error) > 0;
                ::_exit(ok ? 0 : 1);
            }
            children[c] = pid;
        }
        int succeeded = 0;
        for (const pid_t pid : children) {
            int status = 0;
            QCOMPARE(::waitpid(pid, &status, 0), pid);
            QVERIFY(WIFEXITED(status));
            if (WEXITSTATUS(status) == 0)
                ++succeeded;
        }
        FixedClock clock(at("2024-10-01T10:00:00Z"));
        StoreError error;
        auto store = Store::open(path, kPassphrase, clock, &error, KdfParams::minimum());
        QVERIFY2(store, qPrintable(error.message));
        const QList<ImportRecord> kept = store->history(kVin, &error);
        QCOMPARE(error.code, StoreError::Code::None);
        QCOMPARE(kept.size(), succeeded);
        QCOMPARE(succeeded, 2);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("v.db")});
    }
}

QTEST_GUILESS_MAIN(TestStoreDamage)
#include "tst_storedamage.moc"
