// SPDX-License-Identifier: GPL-3.0-or-later
// Tests that a damaged, emptied or raced store file is said to be so, never read as "nothing kept".

#include "advisorpin.h"
#include "clock.h"
#include "comparison.h"
#include "keyderivation.h"
#include "pdfsigner.h"
#include "sheetassembly.h"
#include "store.h"
#include "testsupport.h"

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
using test::damageStoreWhileOpen;
using test::flipByte;
constexpr qint64 kPage = test::kStorePage;

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

} // namespace

class TestStoreDamage : public QObject
{
    Q_OBJECT

private slots:
    void oneFlippedByteAfterPageOneIsDamagedNotEmpty();
    void damageFoundAfterOpeningRefusesReadsAndWrites();
    void damagedRecordsLeaveASheetsMatchUncheckedNotNotFound();
    void unreadablePinSettingsSayWhyAndNeverReadAsNoPin();
    void pinTheStoreRefusesIsNotReportedSet();
    void unreadableHistoryIsNotAFirstVisit();
    void unreadableDealerSettingsGiveOnlyTheCertificatesName();
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
    // so instead of "nothing kept", and no import is written beside unreadable records. The
    // observer (the kiosk's way to tell the advisor) hears of it once.
    QTemporaryDir dir;
    FixedClock clock(at("2024-10-01T10:00:00Z"));
    const QString path = makeStore(dir, clock);
    QVERIFY(!path.isEmpty());
    StoreError error;
    auto store = Store::open(path, kPassphrase, clock, &error, KdfParams::minimum());
    QVERIFY(store);
    int told = 0;
    store->setDamageObserver([&told] { ++told; });
    QVERIFY(!store->history(kVin, &error).isEmpty());
    QVERIFY(!store->isDamaged());
    QCOMPARE(told, 0);
    QVERIFY(damageStoreWhileOpen(path));

    const QList<ImportRecord> history = store->history(kVin, &error);
    QVERIFY(history.isEmpty());
    QCOMPARE(error.code, StoreError::Code::Damaged);
    QVERIFY(store->isDamaged());
    QCOMPARE(told, 1);
    QVERIFY(!store->findImport(kVin, sampleImport("first").fileSha256, &error));
    QCOMPARE(error.code, StoreError::Code::Damaged);
    QCOMPARE(store->addImport(sampleImport("second"), &error), -1);
    QCOMPARE(error.code, StoreError::Code::Damaged);
    QVERIFY(!store->setSetting(QStringLiteral("k"), "v", &error));
    QCOMPARE(error.code, StoreError::Code::Damaged);
    QVERIFY(!store->setting(QStringLiteral("k"), &error));
    QCOMPARE(error.code, StoreError::Code::Damaged);
    QCOMPARE(told, 1);
}

void TestStoreDamage::unreadablePinSettingsSayWhyAndNeverReadAsNoPin()
{
    // A kept PIN that cannot be read must not look like "no PIN yet": the kiosk would offer to
    // choose a new one.
    QTemporaryDir dir;
    FixedClock clock(at("2024-10-01T10:00:00Z"));
    const QString path = makeStore(dir, clock);
    QVERIFY(!path.isEmpty());
    StoreError error;
    auto store = Store::open(path, kPassphrase, clock, &error, KdfParams::minimum());
    QVERIFY(store);
    {
        AdvisorPin pin(clock, store.get(), &error);
        QCOMPARE(error.code, StoreError::Code::None);
        QVERIFY(pin.setPin(QStringLiteral("4711")));
    }
    QVERIFY(damageStoreWhileOpen(path));
    AdvisorPin reread(clock, store.get(), &error);
    QCOMPARE(error.code, StoreError::Code::Damaged);
    QVERIFY(!reread.isSet());
}

void TestStoreDamage::pinTheStoreRefusesIsNotReportedSet()
{
    QTemporaryDir dir;
    FixedClock clock(at("2024-10-01T10:00:00Z"));
    const QString path = makeStore(dir, clock);
    QVERIFY(!path.isEmpty());
    StoreError error;
    auto store = Store::open(path, kPassphrase, clock, &error, KdfParams::minimum());
    QVERIFY(store);
    AdvisorPin pin(clock, store.get(), &error);
    QCOMPARE(error.code, StoreError::Code::None);
    QVERIFY(damageStoreWhileOpen(path));
    QVERIFY(store->history(kVin, &error).isEmpty()); // the damage is found
    QCOMPARE(error.code, StoreError::Code::Damaged);
    QVERIFY2(!pin.setPin(QStringLiteral("4711")), "a PIN the store did not keep is no PIN set");
}

void TestStoreDamage::unreadableHistoryIsNotAFirstVisit()
{
    QTemporaryDir dir;
    FixedClock clock(at("2024-10-01T10:00:00Z"));
    const QString path = makeStore(dir, clock);
    QVERIFY(!path.isEmpty());
    StoreError error;
    auto store = Store::open(path, kPassphrase, clock, &error, KdfParams::minimum());
    QVERIFY(store);
    ImportRecord autumn = sampleImport("autumn");
    autumn.observedTo = at("2025-03-30T18:30:00Z");
    const Comparison before = compareWithPreviousReview(*store, autumn, &error);
    QCOMPARE(error.code, StoreError::Code::None);
    QVERIFY(before.historyKnown);

    QVERIFY(damageStoreWhileOpen(path));
    const Comparison after = compareWithPreviousReview(*store, autumn, &error);
    QCOMPARE(error.code, StoreError::Code::Damaged);
    QVERIFY(!after.historyKnown);
    QVERIFY(!after.hasPrevious);
}

void TestStoreDamage::unreadableDealerSettingsGiveOnlyTheCertificatesName()
{
    QTemporaryDir dir;
    FixedClock clock(at("2024-10-01T10:00:00Z"));
    const QString path = makeStore(dir, clock);
    QVERIFY(!path.isEmpty());
    StoreError error;
    auto store = Store::open(path, kPassphrase, clock, &error, KdfParams::minimum());
    QVERIFY(store);
    QVERIFY(store->setSetting(QString::fromLatin1(SheetSettings::DealerName), "Garage du Lac SA",
                              &error));
    QCOMPARE(dealerFromSettings(*store, QStringLiteral("Cert SA"), &error).name,
             QStringLiteral("Garage du Lac SA"));
    QCOMPARE(error.code, StoreError::Code::None);

    QVERIFY(damageStoreWhileOpen(path));
    const SheetDealer dealer = dealerFromSettings(*store, QStringLiteral("Cert SA"), &error);
    QCOMPARE(error.code, StoreError::Code::Damaged);
    QCOMPARE(dealer.name, QStringLiteral("Cert SA"));
    QVERIFY(dealer.address.isEmpty());
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
    QVERIFY(damageStoreWhileOpen(path));

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
