// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's models and controllers: models are sound (QAbstractItemModelTester), a wiped
// session holds nothing, the idle timeout really wipes it, a language switch retranslates the
// rows, the previous visit's review yields "new since your last visit", the PIN slows guessing
// and is checked off the UI thread, the advisor's screen locks on its own, and the kiosk's
// store is set up on the first start, opened only with its passphrase, and thrown away in the
// demo.

#include "advisorpin.h"
#include "catalogue.h"
#include "importrecord.h"
#include "kioskcontroller.h"
#include "languagecontroller.h"
#include "languages.h"
#include "plaintext.h"
#include "reviewsession.h"
#include "sheetcontroller.h"
#include "signature.h"
#include "signaturecapture.h"
#include "store.h"
#include "storecontroller.h"
#include "testsupport.h"
#include "verifycontroller.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/stat.h>

using namespace vitrine;

namespace {

QList<QAbstractItemModel *> modelsOf(ReviewSession &s)
{
    return {s.categories(), s.recipients(), s.rejections(),
            s.comparison(), s.choices(),    s.timeline()};
}

QString writeLog(const QTemporaryDir &dir, const QString &name, const QByteArray &records)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(R"({"vdfl": 1, "vehicle": {"vin": "WVWZZZE1ZNP012345"}})"
            "\n" +
            records);
    return path;
}

FixedClock g_clock(QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC));

const QString kPassphrase = QStringLiteral("correct horse battery");

// Checks a PIN and waits for the answer (refusals that need no check come at once).
bool unlockAndWait(KioskController &kiosk, const QString &pin)
{
    QSignalSpy finished(&kiosk, &KioskController::unlockFinished);
    kiosk.unlock(pin);
    if (finished.isEmpty() && !finished.wait(30'000))
        return false;
    return finished.constFirst().constFirst().toBool();
}

// Waits until the vault's worker has answered.
bool settled(StoreController &vault)
{
    if (!vault.busy())
        return true;
    QSignalSpy busy(&vault, &StoreController::busyChanged);
    return busy.wait(60'000) && !vault.busy();
}

// The first start, as the advisor goes through it: passphrase twice, PIN twice.
bool setUp(StoreController &vault, const QString &pin)
{
    vault.choosePassphrase(kPassphrase, kPassphrase);
    vault.choosePin(pin);
    vault.confirmPin(pin);
    return settled(vault) && vault.isOpen();
}

// The permission bits of a file or folder (0700, 0600 ...).
unsigned modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777U;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestKiosk : public QObject
{
    Q_OBJECT

private slots:
    void init() { Languages::install(QStringLiteral("en")); }
    void modelsAreSoundThroughLoadAndClear();
    void loadFillsEveryCardFromTheLog();
    void refusedFileLeavesNothingAndSaysWhy();
    void clearEmptiesEveryModel();
    void thousandsOfRecipientsListTheLargestAndCountTheRest();
    void idleTimeoutWipesTheCustomerSession();
    void touchDuringWarningKeepsTheSession();
    void languageSwitchRetranslatesRows();
    void previousVisitComparisonFindsNewRecipients();
    void firstVisitSaysSo();
    void oldFileImportedAgainComparesWithWhatCameBeforeIt();
    void declaredPeriodEndsOnTheLastDayItCovers();
    void truncatedLogTellsTheAdvisorAndTheCustomer();
    void choicesToggleAndCount();
    void timelineWeeksAddUpToAllEvents();
    void timelineChoosesWeeksWhenDayBarsAreNarrowerThanAFinger();
    void wrongPinsMakeTheNextTryWait();
    void rightPinUnlocksTheAdvisorScreen();
    void cancellingThePinPadKeepsTheLogButIdleStillWipesIt();
    void endingAsksOnceThenThanksAndReturnsToTheStartByItself();
    void theThankYouScreenEndsOnATapToo();
    void callingTheAdvisorFromTheSheetGoesBackThereOnCancel();
    void demoLoadsItsLogOnlyWhenTheAdvisorUnlocks();
    void unlockRunsOffTheUiThread();
    void advisorScreenLocksAndKeepsTheLog();
    void customerScreensReachTheAdvisorOnlyThroughThePin();
    void advisorTimeoutWithoutWarningExpiresAtOnce();
    void firstStartCreatesTheStoreAndThePin();
    void firstStartRefusesWeakOrMismatchedEntries();
    void wrongPassphraseIsRefusedWithoutDamage();
    void damagedStoreAsksToRestoreTheBackup();
    void damageFoundAfterOpeningTellsTheAdvisorAndNothingReadsAsNone();
    void emptyStoreFileIsNotSetUpAgain();
    void storeWithoutPinAsksForOne();
    void unusableDataFolderSaysSo();
    void demoStoreIsThrownAway();
    void kioskWaitsForTheStoreBeforeAnySession();
    void startingTheReviewKeepsItInTheStoreOnce();
    void logGivenAtStartWaitsForTheAdvisor();
};

void TestKiosk::modelsAreSoundThroughLoadAndClear()
{
    ReviewSession session(nullptr);
    QList<QAbstractItemModelTester *> testers;
    for (QAbstractItemModel *m : modelsOf(session))
        testers << new QAbstractItemModelTester(
            m, QAbstractItemModelTester::FailureReportingMode::QtTest, &session);
    QVERIFY(session.load(test::demoLogPath()));
    session.retranslate();
    session.clear();
    QVERIFY(session.load(test::demoLogPath()));
}

void TestKiosk::loadFillsEveryCardFromTheLog()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    QVERIFY(session.loaded());
    QCOMPARE(session.inShort().size(), 3);
    QCOMPARE(session.vehicleTitle(), QStringLiteral("Volkswagen ID.3 2022"));
    QCOMPARE(session.maskedVin(), QStringLiteral("WVW••••••••••8936"));
    QCOMPARE(session.categories()->rowCount(), 10);
    // The most private category comes first.
    QCOMPARE(session.categories()->index(0).data(CategoryModel::SensitivityRole).toInt(),
             int(Sensitivity::High));
    QVERIFY(session.recipients()->rowCount() >= 8);
    QCOMPARE(session.rejections()->rowCount(), 2);
    QCOMPARE(session.rejections()->index(0).data(RejectionModel::LineRole).toLongLong(), 121);
    QCOMPARE(session.choices()->rowCount(), session.recipients()->rowCount());
    QVERIFY(session.timeline()->rowCount() > 20);
    // Without the kiosk's records, the New card cannot tell (never "first visit").
    QVERIFY(!session.comparison()->historyKnown());
    QVERIFY(!session.comparison()->firstVisit());
    QCOMPARE(session.linesRejected(), 2);
}

void TestKiosk::refusedFileLeavesNothingAndSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.jsonl"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"vdfl": 2, "vehicle": {"vin": "WVWZZZE1ZNP012345"}})");
    f.close();
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    QVERIFY(!session.load(path));
    QVERIFY(!session.loaded());
    QVERIFY(session.refusal().contains(QStringLiteral("newer.jsonl")));
    QVERIFY(session.refusal().contains(QStringLiteral("newer version")));
    for (QAbstractItemModel *m : modelsOf(session))
        QCOMPARE(m->rowCount(), 0);
}

void TestKiosk::clearEmptiesEveryModel()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    QSignalSpy changed(&session, &ReviewSession::changed);
    session.clear();
    QCOMPARE(changed.count(), 1);
    QVERIFY(!session.loaded());
    QVERIFY(session.summary() == nullptr);
    QVERIFY(session.inShort().isEmpty());
    QVERIFY(session.vin().isEmpty());
    QVERIFY(session.fileName().isEmpty());
    for (QAbstractItemModel *m : modelsOf(session))
        QCOMPARE(m->rowCount(), 0);
}

void TestKiosk::thousandsOfRecipientsListTheLargestAndCountTheRest()
{
    // One row per recipient of a 1500-recipient log would stall the cards: the largest are
    // listed, as on the sheet, and the others said in one sentence.
    QTemporaryDir dir;
    QByteArray records;
    for (int i = 0; i < 1500; ++i) {
        records += QStringLiteral(R"({"t": "2026-04-01T08:00:00Z", "kind": "sent", "data": )"
                                  R"("location", "to": "192.0.%1.%2", "count": %3})"
                                  "\n")
                       .arg(i / 250)
                       .arg(i % 250 + 1)
                       .arg(i == 7 ? 100 : 1)
                       .toLatin1();
    }
    const QString path = writeLog(dir, QStringLiteral("many.jsonl"), records);
    ReviewSession session(nullptr);
    QVERIFY(session.load(path));
    QCOMPARE(session.recipients()->rowCount(), int(kMaxListedRecipients));
    QCOMPARE(session.choices()->rowCount(), int(kMaxListedRecipients));
    // The busiest comes first.
    QCOMPARE(session.recipients()->index(0).data(RecipientModel::NameRole).toString(),
             QStringLiteral("192.0.0.8"));
    const QString note = session.recipients()->othersNote();
    QVERIFY2(note.contains(QStringLiteral("1,460")) || note.contains(QStringLiteral("1’460")),
             qPrintable(note));
}

void TestKiosk::idleTimeoutWipesTheCustomerSession()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, false);
    kiosk.idle()->setTimeout(40);
    kiosk.idle()->setWarning(40);
    QVERIFY(session.load(test::demoLogPath()));
    kiosk.startReview();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Review);
    QVERIFY(kiosk.idle()->running());
    QSignalSpy warned(kiosk.idle(), &IdleMonitor::warningStarted);
    QSignalSpy expired(kiosk.idle(), &IdleMonitor::expired);
    QTRY_COMPARE(expired.count(), 1);
    QCOMPARE(warned.count(), 1);
    QCOMPARE(kiosk.screen(), KioskController::Screen::Attract);
    QVERIFY(!session.loaded());
    for (QAbstractItemModel *m : modelsOf(session))
        QCOMPARE(m->rowCount(), 0);
    QVERIFY(!kiosk.idle()->running());
}

void TestKiosk::touchDuringWarningKeepsTheSession()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, false);
    kiosk.idle()->setTimeout(40);
    kiosk.idle()->setWarning(400);
    QVERIFY(session.load(test::demoLogPath()));
    kiosk.startReview();
    QTRY_VERIFY(kiosk.idle()->warningShown());
    kiosk.idle()->poke();
    QVERIFY(!kiosk.idle()->warningShown());
    QCOMPARE(kiosk.screen(), KioskController::Screen::Review);
    QVERIFY(session.loaded());
}

void TestKiosk::languageSwitchRetranslatesRows()
{
    LanguageController language(nullptr);
    language.setCode(QStringLiteral("en"));
    ReviewSession session(nullptr);
    connect(&language, &LanguageController::codeChanged, &session, &ReviewSession::retranslate);
    QVERIFY(session.load(test::demoLogPath()));
    QModelIndex first;
    for (int i = 0; i < session.categories()->rowCount(); ++i) {
        const QModelIndex row = session.categories()->index(i);
        if (row.data(CategoryModel::CategoryIdRole).toString() == u"location")
            first = row;
    }
    QVERIFY(first.isValid());
    const QString english = first.data(CategoryModel::NameRole).toString();
    QSignalSpy rows(session.categories(), &QAbstractItemModel::dataChanged);
    QSignalSpy facts(&session, &ReviewSession::changed);
    language.setCode(QStringLiteral("de"));
    QCOMPARE(rows.count(), 1);
    QCOMPARE(facts.count(), 1);
    const QString german = first.data(CategoryModel::NameRole).toString();
    QVERIFY(german != english);
    QCOMPARE(german, QStringLiteral("Standort"));
    QVERIFY(session.inShort().constFirst().startsWith(QStringLiteral("Zwischen dem")));
    QVERIFY(session.recipients()->index(0).data(RecipientModel::CountryNameRole).toString() ==
            QStringLiteral("Deutschland"));
}

void TestKiosk::previousVisitComparisonFindsNewRecipients()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 4, 20), QTime(9, 0), Qt::UTC));
    StoreError error;
    auto store = Store::open(dir.filePath(QStringLiteral("v.db")), "secret", clock, &error,
                             KdfParams::minimum());
    QVERIFY2(store, qPrintable(error.message));

    // Spring visit: the carmaker and HERE only.
    const QString spring = writeLog(
        dir, QStringLiteral("spring.jsonl"),
        R"({"t": "2026-04-01T08:00:00Z", "kind": "sent", "data": "location", "to": "org:volkswagen"})"
        "\n"
        R"({"t": "2026-04-02T08:00:00Z", "kind": "sent", "data": "location", "to": "here.com"})"
        "\n");
    ReviewSession session(nullptr);
    session.setStore(store.get());
    QVERIFY(session.load(spring));
    QVERIFY(store->addImport(
                importRecordOf(*session.summary(), session.fileName(), Catalogue::builtIn()),
                &error) > 0);

    // Autumn visit: a data broker appears.
    const QString autumn = writeLog(
        dir, QStringLiteral("autumn.jsonl"),
        R"({"t": "2026-10-01T08:00:00Z", "kind": "sent", "data": "location", "to": "org:volkswagen"})"
        "\n"
        R"({"t": "2026-10-02T08:00:00Z", "kind": "shared", "data": "driving", "to": "org:verisk", "via": "org:volkswagen"})"
        "\n");
    QVERIFY(session.load(autumn));
    ComparisonModel *c = session.comparison();
    QVERIFY(!c->firstVisit());
    QStringList kinds;
    QStringList texts;
    for (int i = 0; i < c->rowCount(); ++i) {
        kinds << c->index(i).data(ComparisonModel::KindRole).toString();
        texts << c->index(i).data(ComparisonModel::TextRole).toString();
    }
    QVERIFY2(kinds.contains(QStringLiteral("newRecipient")), qPrintable(kinds.join(u',')));
    QVERIFY2(texts.contains(QStringLiteral("New recipient: Verisk Analytics, Inc.")),
             qPrintable(texts.join(u'|')));
    QVERIFY(kinds.contains(QStringLiteral("goneRecipient"))); // HERE got nothing this time
    QVERIFY(kinds.contains(QStringLiteral("newCategory")));   // driving
    // The New card says which visit it compares with: the spring's review at the kiosk.
    QCOMPARE(c->comparedWith(), QStringLiteral("Compared with your visit of 20.04.2026."));
    QCOMPARE(session.lastVisitComparison().previousReviewedAt, clock.nowUtc());
}

void TestKiosk::firstVisitSaysSo()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 4, 20), QTime(9, 0), Qt::UTC));
    StoreError error;
    auto store = Store::open(dir.filePath(QStringLiteral("v.db")), "secret", clock, &error,
                             KdfParams::minimum());
    QVERIFY(store);
    ReviewSession session(nullptr);
    session.setStore(store.get());
    QVERIFY(session.load(test::demoLogPath()));
    QVERIFY(session.comparison()->firstVisit());
    QCOMPARE(session.comparison()->rowCount(), 0);
}

void TestKiosk::oldFileImportedAgainComparesWithWhatCameBeforeIt()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 4, 20), QTime(9, 0), Qt::UTC));
    StoreError error;
    auto store = Store::open(dir.filePath(QStringLiteral("v.db")), "secret", clock, &error,
                             KdfParams::minimum());
    QVERIFY2(store, qPrintable(error.message));
    ReviewSession session(nullptr);
    session.setStore(store.get());
    const auto keep = [&](const QString &path) {
        return session.load(path) &&
               store->addImport(
                   importRecordOf(*session.summary(), session.fileName(), Catalogue::builtIn()),
                   &error) > 0;
    };

    const QString spring = writeLog(
        dir, QStringLiteral("spring.jsonl"),
        R"({"t": "2026-04-01T08:00:00Z", "kind": "sent", "data": "location", "to": "org:volkswagen"})"
        "\n");
    const QString autumn = writeLog(
        dir, QStringLiteral("autumn.jsonl"),
        R"({"t": "2026-10-01T08:00:00Z", "kind": "sent", "data": "media", "to": "org:spotify"})"
        "\n");
    QVERIFY(keep(spring));
    clock.advanceSecs(180LL * 86400);
    QVERIFY(keep(autumn));
    QVERIFY(!session.comparison()->firstVisit());

    // The spring's file brought again in the winter: its previous review is none, never the
    // newer autumn one, so the customer is not told that Spotify is gone.
    clock.advanceSecs(60LL * 86400);
    QVERIFY(session.load(spring));
    QVERIFY(session.comparison()->firstVisit());
    QCOMPARE(session.comparison()->rowCount(), 0);

    // The same autumn file again is compared with the spring, not with itself.
    QVERIFY(session.load(autumn));
    QVERIFY(!session.comparison()->firstVisit());
    QVERIFY(session.comparison()->rowCount() > 0);
}

void TestKiosk::declaredPeriodEndsOnTheLastDayItCovers()
{
    // The demo declares "to": "2026-10-01T00:00:00Z", exclusive: it covers up to 30.09.2026,
    // where its last event is, and the advisor sees no false mismatch.
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    QCOMPARE(session.declaredPeriod(), QStringLiteral("01.04.2026 to 30.09.2026"));
    QCOMPARE(session.observedPeriod(), QStringLiteral("01.04.2026 to 30.09.2026"));
    QVERIFY(session.coverageNote().isEmpty());
    QVERIFY(session.coverageWarning().isEmpty());
}

void TestKiosk::truncatedLogTellsTheAdvisorAndTheCustomer()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(
        test::dataPath(QStringLiteral("import/vdfl/truncated-before-declared-end.jsonl"))));
    QCOMPARE(session.linesRejected(), 1);
    QCOMPARE(session.declaredPeriod(), QStringLiteral("01.04.2026 to 30.09.2026"));
    QCOMPARE(session.observedPeriod(), QStringLiteral("01.04.2026 to 14.07.2026"));
    // The customer's cards and the sheet say the same sentence.
    QCOMPARE(session.coverageNote(), plain::coverageSentence(session.summary()->coverage()));
    QVERIFY2(session.coverageNote().contains(QStringLiteral("It stops on 14.07.2026")),
             qPrintable(session.coverageNote()));
    // The advisor gets the dates and what to do.
    const QString warning = session.coverageWarning();
    QVERIFY2(warning.contains(QStringLiteral("14.07.2026")) &&
                 warning.contains(QStringLiteral("30.09.2026")) &&
                 warning.contains(QStringLiteral("export it again")),
             qPrintable(warning));
    // Both follow the language.
    Languages::install(QStringLiteral("de"));
    session.retranslate();
    QVERIFY2(session.coverageNote().contains(QStringLiteral("14.07.2026")) &&
                 !session.coverageNote().contains(QStringLiteral("It stops")),
             qPrintable(session.coverageNote()));
    Languages::install(QStringLiteral("en"));
    session.clear();
    QVERIFY(session.coverageNote().isEmpty());
    QVERIFY(session.coverageWarning().isEmpty());
}

void TestKiosk::choicesToggleAndCount()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    ChoiceModel *choices = session.choices();
    QSignalSpy changed(choices, &ChoiceModel::choicesChanged);
    QSignalSpy rows(choices, &QAbstractItemModel::dataChanged);
    choices->toggle(0, QStringLiteral("askDelete"));
    choices->toggle(1, QStringLiteral("askCopy"));
    choices->toggle(1, QStringLiteral("switchOff"));
    QCOMPARE(choices->chosenCount(), 3);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(rows.count(), 3);
    QVERIFY(choices->index(0).data(ChoiceModel::AskDeleteRole).toBool());
    choices->toggle(0, QStringLiteral("askDelete"));
    QCOMPARE(choices->chosenCount(), 2);
    choices->toggle(0, QStringLiteral("nonsense"));
    choices->toggle(99, QStringLiteral("askCopy"));
    QCOMPARE(changed.count(), 4);
}

void TestKiosk::timelineWeeksAddUpToAllEvents()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    TimelineModel *t = session.timeline();
    qint64 sum = 0;
    QDate previous;
    for (int i = 0; i < t->rowCount(); ++i) {
        const QDate start = t->index(i).data(TimelineModel::WeekStartRole).toDate();
        QCOMPARE(start.dayOfWeek(), 1); // weeks start on Monday
        if (previous.isValid())
            QCOMPARE(previous.daysTo(start), 7); // no week is skipped
        previous = start;
        sum += t->index(i).data(TimelineModel::TotalRole).toLongLong();
    }
    QCOMPARE(sum, session.summary()->totals().events);
    QVERIFY(!t->presentCategories().isEmpty());
}

void TestKiosk::timelineChoosesWeeksWhenDayBarsAreNarrowerThanAFinger()
{
    using T = TimelineModel;
    // 20 days on 1'800 px: 90 px a bar. On 900 px: 45 px, narrower than a 48 px finger.
    QCOMPARE(T::fittingGranularity(20, 1800, 48), T::Day);
    QCOMPARE(T::fittingGranularity(20, 960, 48), T::Day);
    QCOMPARE(T::fittingGranularity(20, 900, 48), T::Week);
    QCOMPARE(T::fittingGranularity(31, 1800, 48), T::Day);
    QCOMPARE(T::fittingGranularity(32, 4000, 48), T::Week); // a long log: weeks anyway
    QCOMPARE(T::fittingGranularity(20, 0, 48), T::Day);     // room not known yet
    QVERIFY(!T::daysFit(183, 1700, 48));                    // the demo's half year per day
    QVERIFY(T::daysFit(183, 9000, 48));

    // A log of 20 days, in a chart that gets narrower (the screen turns, the text grows).
    QTemporaryDir dir;
    QByteArray records;
    for (int day = 1; day <= 20; ++day)
        records += QStringLiteral(R"({"t": "2026-04-%1T08:00:00Z", "kind": "sent", )"
                                  R"("data": "location", "to": "org:volkswagen"})"
                                  "\n")
                       .arg(day, 2, 10, QLatin1Char('0'))
                       .toUtf8();
    ReviewSession session(nullptr);
    QVERIFY(session.load(writeLog(dir, QStringLiteral("april.jsonl"), records)));
    T *t = session.timeline();
    QCOMPARE(t->dayCount(), 20);
    QSignalSpy switched(t, &T::granularityChanged);
    t->setMinBarWidth(48);
    t->setPlotWidth(1800);
    QCOMPARE(t->granularity(), T::Day);
    QCOMPARE(t->rowCount(), 20);
    QVERIFY(t->dailyFits());
    t->setPlotWidth(900);
    QVERIFY(!t->dailyFits());
    QCOMPARE(t->granularity(), T::Week);
    QVERIFY(t->rowCount() < 20);
    // Per day cannot be chosen while it does not fit; with room again, the review goes back.
    t->setGranularity(T::Day);
    QCOMPARE(t->granularity(), T::Week);
    t->setPlotWidth(1800);
    QCOMPARE(t->granularity(), T::Day);
    QCOMPARE(switched.count(), 2);
    // The customer's own choice of weeks stays when the room changes.
    t->setGranularity(T::Week);
    t->setPlotWidth(1900);
    QCOMPARE(t->granularity(), T::Week);
    // A chosen per day still becomes weeks when it no longer fits.
    t->setGranularity(T::Day);
    QCOMPARE(t->granularity(), T::Day);
    t->setPlotWidth(700);
    QCOMPARE(t->granularity(), T::Week);
}

void TestKiosk::wrongPinsMakeTheNextTryWait()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, false);
    QVERIFY(pin.setPin(QStringLiteral("4711")));
    QSignalSpy refused(&kiosk, &KioskController::unlockRefused);
    QVERIFY(!unlockAndWait(kiosk, QStringLiteral("0000")));
    QVERIFY(!unlockAndWait(kiosk, QStringLiteral("1111")));
    QCOMPARE(kiosk.unlockDelay(), 0);
    QVERIFY(!unlockAndWait(kiosk, QStringLiteral("2222")));
    QVERIFY(kiosk.unlockDelay() > 0);
    // Even the right PIN waits for the delay.
    QVERIFY(!unlockAndWait(kiosk, QStringLiteral("4711")));
    QCOMPARE(refused.count(), 4);
    QCOMPARE(kiosk.screen(), KioskController::Screen::Attract);
}

void TestKiosk::rightPinUnlocksTheAdvisorScreen()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, false);
    QVERIFY(pin.setPin(QStringLiteral("4711")));
    kiosk.showUnlock();
    QVERIFY(unlockAndWait(kiosk, QStringLiteral("4711")));
    QCOMPARE(kiosk.screen(), KioskController::Screen::Advisor);
    // The advisor's own timeout watches the Advisor screen; the customer's does not.
    QVERIFY(kiosk.advisorIdle()->running());
    QVERIFY(!kiosk.idle()->running());
    // Without a PIN set, nothing unlocks.
    AdvisorPin none(g_clock);
    KioskController locked(&session, &none, false);
    QVERIFY(!unlockAndWait(locked, QString()));
    KioskController noPin(&session, nullptr, false);
    QVERIFY(!unlockAndWait(noPin, QStringLiteral("4711")));
}

void TestKiosk::cancellingThePinPadKeepsTheLogButIdleStillWipesIt()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, true);
    kiosk.idle()->setTimeout(40);
    kiosk.idle()->setWarning(40);
    QVERIFY(session.load(test::demoLogPath()));
    kiosk.showUnlock();
    kiosk.cancelUnlock();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Attract);
    QVERIFY(session.loaded());
    QVERIFY(kiosk.idle()->running());
    QSignalSpy expired(kiosk.idle(), &IdleMonitor::expired);
    QTRY_COMPARE(expired.count(), 1);
    QVERIFY(!session.loaded());
}

void TestKiosk::endingAsksOnceThenThanksAndReturnsToTheStartByItself()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, true);
    QVERIFY(session.load(test::demoLogPath()));
    kiosk.startReview();
    kiosk.toSign();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Sign);

    // End asks first: nothing is wiped yet, and going back leaves everything as it was.
    QSignalSpy asking(&kiosk, &KioskController::askingToEndChanged);
    kiosk.askToEnd();
    QVERIFY(kiosk.askingToEnd());
    QCOMPARE(asking.count(), 1);
    QVERIFY(session.loaded());
    QCOMPARE(kiosk.screen(), KioskController::Screen::Sign);
    kiosk.cancelEnd();
    QVERIFY(!kiosk.askingToEnd());
    QVERIFY(session.loaded());
    // Confirming without having been asked does nothing.
    kiosk.confirmEnd();
    QVERIFY(session.loaded());

    // The sheet was kept for the advisor, then printed: the thank-you screen says printed.
    kiosk.noteEnding(KioskController::Ending::Kept);
    kiosk.noteEnding(KioskController::Ending::Printed);
    kiosk.noteEnding(KioskController::Ending::Saved);
    QCOMPARE(kiosk.ending(), KioskController::Ending::Printed);

    kiosk.setThankYouMs(50);
    kiosk.askToEnd();
    kiosk.confirmEnd();
    // Wiped at once, not when the thank-you screen goes.
    QVERIFY(!session.loaded());
    QCOMPARE(kiosk.screen(), KioskController::Screen::Done);
    QVERIFY(!kiosk.askingToEnd());
    QCOMPARE(kiosk.ending(), KioskController::Ending::Printed);
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.screen(), KioskController::Screen::Attract, 5000);
    // The next customer starts with nothing.
    QCOMPARE(kiosk.ending(), KioskController::Ending::NoSheet);
    QVERIFY(!kiosk.idle()->running());

    // Nothing to end on the attract screen.
    kiosk.askToEnd();
    QVERIFY(!kiosk.askingToEnd());
}

void TestKiosk::theThankYouScreenEndsOnATapToo()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, true);
    QVERIFY(session.load(test::demoLogPath()));
    kiosk.startReview();
    kiosk.askToEnd();
    kiosk.confirmEnd();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Done);
    QCOMPARE(kiosk.thankYouMs(), KioskController::kThankYouMs);
    kiosk.endSession(); // the tap
    QCOMPARE(kiosk.screen(), KioskController::Screen::Attract);
    // The timer of the screen that went does not fire on a later one.
    QTest::qWait(50);
    QCOMPARE(kiosk.screen(), KioskController::Screen::Attract);
}

void TestKiosk::callingTheAdvisorFromTheSheetGoesBackThereOnCancel()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    QVERIFY(pin.setPin(QStringLiteral("4711")));
    KioskController kiosk(&session, &pin, true);
    QVERIFY(session.load(test::demoLogPath()));
    kiosk.startReview();
    kiosk.toSign();
    kiosk.showUnlock();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Unlock);
    kiosk.cancelUnlock();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Sign);
    QVERIFY(session.loaded());

    // Once the advisor came, a later PIN pad (the advisor's screen locked) cancels to the start.
    kiosk.showUnlock();
    QVERIFY(unlockAndWait(kiosk, QStringLiteral("4711")));
    QCOMPARE(kiosk.screen(), KioskController::Screen::Advisor);
    kiosk.showUnlock();
    kiosk.cancelUnlock();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Attract);
}

void TestKiosk::demoLoadsItsLogOnlyWhenTheAdvisorUnlocks()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, true);
    kiosk.setDemoLog(test::demoLogPath());
    QVERIFY(pin.setPin(kiosk.demoPin()));
    QVERIFY(!session.loaded());
    QVERIFY(!kiosk.idle()->running()); // an idle demo kiosk holds nothing to wipe
    QVERIFY(unlockAndWait(kiosk, kiosk.demoPin()));
    QVERIFY(session.loaded());
    QCOMPARE(kiosk.screen(), KioskController::Screen::Advisor);
}

void TestKiosk::unlockRunsOffTheUiThread()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, false);
    QVERIFY(pin.setPin(QStringLiteral("4711")));
    kiosk.showUnlock();

    // A timer on this thread keeps ticking while Argon2id runs: the event loop is free.
    int ticks = 0;
    int ticksWhenAnswered = -1;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    QSignalSpy checking(&kiosk, &KioskController::checkingPinChanged);
    QSignalSpy finished(&kiosk, &KioskController::unlockFinished);
    connect(&kiosk, &KioskController::unlockFinished, this, [&] { ticksWhenAnswered = ticks; });
    ticker.start();
    kiosk.unlock(QStringLiteral("4711"));

    // unlock() came back before the answer, with the pad busy and the screen unchanged.
    QVERIFY(kiosk.checkingPin());
    QCOMPARE(checking.count(), 1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(kiosk.screen(), KioskController::Screen::Unlock);
    // A second PIN typed meanwhile is ignored, not queued.
    kiosk.unlock(QStringLiteral("0000"));
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.constFirst().constFirst().toBool());
    QVERIFY(!kiosk.checkingPin());
    QCOMPARE(kiosk.screen(), KioskController::Screen::Advisor);
    QVERIFY2(ticksWhenAnswered > 0, "the UI thread was blocked during the check");
    QCOMPARE(pin.failures(), 0); // the ignored "0000" was never checked
}

void TestKiosk::advisorScreenLocksAndKeepsTheLog()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, false);
    QCOMPARE(kiosk.advisorIdle()->timeout(), 5 * 60 * 1000);
    kiosk.advisorIdle()->setTimeout(60);
    kiosk.idle()->setTimeout(10'000);
    QVERIFY(pin.setPin(QStringLiteral("4711")));
    QVERIFY(session.load(test::demoLogPath()));
    kiosk.toAdvisor();
    QVERIFY(unlockAndWait(kiosk, QStringLiteral("4711")));
    QCOMPARE(kiosk.screen(), KioskController::Screen::Advisor);
    QVERIFY(!kiosk.idle()->running());
    QSignalSpy locked(&kiosk, &KioskController::advisorLocked);
    QSignalSpy wiped(kiosk.idle(), &IdleMonitor::expired);
    QTRY_COMPARE(locked.count(), 1);
    QCOMPARE(kiosk.screen(), KioskController::Screen::Unlock);
    QVERIFY(session.loaded());
    QCOMPARE(wiped.count(), 0);
    // The PIN pad still guards somebody's data: the customer's idle wipe watches it.
    QVERIFY(kiosk.idle()->running());
    QVERIFY(!kiosk.advisorIdle()->running());

    // A touch on the Advisor screen starts the advisor's time again.
    QVERIFY(unlockAndWait(kiosk, QStringLiteral("4711")));
    QCOMPARE(kiosk.screen(), KioskController::Screen::Advisor);
    kiosk.advisorIdle()->setTimeout(1500);
    QTest::qWait(800);
    kiosk.advisorIdle()->poke();
    QTest::qWait(800);
    QCOMPARE(kiosk.screen(), KioskController::Screen::Advisor);
    QTRY_COMPARE(kiosk.screen(), KioskController::Screen::Unlock);
    QVERIFY(session.loaded());
}

void TestKiosk::customerScreensReachTheAdvisorOnlyThroughThePin()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, false);
    QVERIFY(pin.setPin(QStringLiteral("4711")));
    // Nor from the attract screen, with a log loaded behind it.
    QVERIFY(session.load(test::demoLogPath()));
    kiosk.toAdvisor();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Unlock);
    QVERIFY(unlockAndWait(kiosk, QStringLiteral("4711")));
    QCOMPARE(kiosk.screen(), KioskController::Screen::Advisor);
    kiosk.startReview();
    kiosk.setCard(3);

    // The review's Advisor button: the PIN pad, not the Advisor screen (nor its check of
    // sheets); cancelling it gives the customer their review back where they were.
    kiosk.toAdvisor();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Unlock);
    kiosk.toVerify();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Unlock);
    kiosk.cancelUnlock();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Review);
    QCOMPARE(kiosk.card(), 3);

    // The same from the signing screen and the sheet's preview.
    kiosk.toSign();
    kiosk.toAdvisor();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Unlock);
    kiosk.cancelUnlock();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Sign);
    session.customerSignature()->setSignature(demoSignature(0));
    session.advisorSignature()->setSignature(demoSignature(1));
    kiosk.toPreview();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Preview);
    kiosk.toAdvisor();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Unlock);

    // A wrong PIN keeps the pad up; the right one opens the Advisor screen, review loaded.
    QVERIFY(!unlockAndWait(kiosk, QStringLiteral("0000")));
    QCOMPARE(kiosk.screen(), KioskController::Screen::Unlock);
    QVERIFY(unlockAndWait(kiosk, QStringLiteral("4711")));
    QCOMPARE(kiosk.screen(), KioskController::Screen::Advisor);
    QVERIFY(session.loaded());
    QVERIFY(kiosk.advisorIdle()->running());
    // From the advisor's own check of a sheet, back without the PIN.
    kiosk.toVerify();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Verify);
    kiosk.toAdvisor();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Advisor);

    // Once the review is gone, cancelling the pad goes to the attract screen, not a review.
    kiosk.startReview();
    kiosk.toAdvisor();
    session.clear();
    kiosk.cancelUnlock();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Attract);
}

void TestKiosk::advisorTimeoutWithoutWarningExpiresAtOnce()
{
    IdleMonitor monitor(nullptr);
    monitor.setTimeout(30);
    monitor.setWarning(0);
    QCOMPARE(monitor.warning(), 0);
    QSignalSpy warned(&monitor, &IdleMonitor::warningStarted);
    QSignalSpy expired(&monitor, &IdleMonitor::expired);
    monitor.setRunning(true);
    QTRY_COMPARE(expired.count(), 1);
    QCOMPARE(warned.count(), 0);
    QVERIFY(!monitor.warningShown());
    QVERIFY(!monitor.running());
    monitor.setWarning(-5); // refused
    QCOMPARE(monitor.warning(), 0);
}

void TestKiosk::firstStartCreatesTheStoreAndThePin()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("kiosk/data"));
    StoreController vault(g_clock, nullptr);
    vault.setKdfParams(KdfParams::minimum());
    QCOMPARE(vault.stage(), StoreController::Stage::Unset);
    QVERIFY(vault.useFolder(folder));
    // The data folder is made owner-only; no store yet, so the first start asks.
    QCOMPARE(modeOf(folder), 0700U);
    QCOMPARE(vault.stage(), StoreController::Stage::ChoosePassphrase);
    QVERIFY(!QFileInfo::exists(vault.path()));

    QSignalSpy opened(&vault, &StoreController::opened);
    vault.choosePassphrase(kPassphrase, kPassphrase);
    QCOMPARE(vault.stage(), StoreController::Stage::ChoosePin);
    vault.choosePin(QStringLiteral("4711"));
    QCOMPARE(vault.stage(), StoreController::Stage::ConfirmPin);
    vault.confirmPin(QStringLiteral("4711"));
    QVERIFY(vault.busy());
    QVERIFY(!vault.isOpen());
    QVERIFY(settled(vault));
    QVERIFY2(vault.isOpen(), qPrintable(vault.message()));
    QCOMPARE(opened.count(), 1);
    QVERIFY(vault.message().isEmpty());
    QVERIFY(vault.store());
    QCOMPARE(modeOf(vault.path()), 0600U);
    // The PIN lives in the store's settings, as an Argon2id hash, never as typed.
    const auto hash = vault.store()->setting(QStringLiteral("advisor_pin_hash"));
    QVERIFY(hash.has_value());
    QVERIFY(hash->startsWith("$argon2id$"));
    QVERIFY(!hash->contains("4711"));
    QCOMPARE(vault.pin()->check(QStringLiteral("4711")), AdvisorPin::Result::Accepted);
    QCOMPARE(vault.pin()->check(QStringLiteral("1234")), AdvisorPin::Result::Refused);
}

void TestKiosk::firstStartRefusesWeakOrMismatchedEntries()
{
    QTemporaryDir dir;
    StoreController vault(g_clock, nullptr);
    vault.setKdfParams(KdfParams::minimum());
    QVERIFY(vault.useFolder(dir.path()));
    QSignalSpy message(&vault, &StoreController::messageChanged);

    vault.choosePassphrase(QStringLiteral("short"), QStringLiteral("short"));
    QCOMPARE(vault.stage(), StoreController::Stage::ChoosePassphrase);
    QVERIFY2(vault.message().contains(QStringLiteral("at least 12 characters")),
             qPrintable(vault.message()));
    // Characters as a person counts them: an emoji is one, though it takes two UTF-16 units.
    vault.choosePassphrase(QStringLiteral("tencharsab\U0001F697"),
                           QStringLiteral("tencharsab\U0001F697"));
    QVERIFY2(vault.message().contains(QStringLiteral("at least 12 characters")),
             qPrintable(vault.message()));
    vault.choosePassphrase(QStringLiteral("elevenchars\U0001F697"),
                           QStringLiteral("elevenchars\U0001F698"));
    QVERIFY2(vault.message().contains(QStringLiteral("not the same")), qPrintable(vault.message()));
    QCOMPARE(vault.stage(), StoreController::Stage::ChoosePassphrase);
    vault.choosePassphrase(kPassphrase, kPassphrase);
    QCOMPARE(vault.stage(), StoreController::Stage::ChoosePin);
    QVERIFY(vault.message().isEmpty());

    for (const QString &bad :
         {QStringLiteral("123"), QStringLiteral("123456789"), QStringLiteral("12a4"), QString()}) {
        vault.choosePin(bad);
        QCOMPARE(vault.stage(), StoreController::Stage::ChoosePin);
        QVERIFY2(vault.message().contains(QStringLiteral("4 to 8 digits")),
                 qPrintable(vault.message()));
    }
    // Easy PINs are refused with the reason, before the PIN is ever asked again.
    const QList<std::pair<QString, QString>> easy = {
        {QStringLiteral("1111"), QStringLiteral("One digit repeated")},
        {QStringLiteral("1234"), QStringLiteral("Digits in a row")},
        {QStringLiteral("98765"), QStringLiteral("Digits in a row")},
        {QStringLiteral("1212"), QStringLiteral("A group of digits repeated")}};
    for (const auto &[pin, why] : easy) {
        vault.choosePin(pin);
        QCOMPARE(vault.stage(), StoreController::Stage::ChoosePin);
        QVERIFY2(vault.message().startsWith(why),
                 qPrintable(pin + QStringLiteral(": ") + vault.message()));
        QVERIFY(vault.message().contains(QStringLiteral("too easy to guess")));
    }
    vault.choosePin(QStringLiteral("4711"));
    QCOMPARE(vault.stage(), StoreController::Stage::ConfirmPin);
    QVERIFY(vault.message().isEmpty());
    vault.confirmPin(QStringLiteral("4712"));
    QCOMPARE(vault.stage(), StoreController::Stage::ChoosePin);
    QVERIFY(vault.message().contains(QStringLiteral("not the same")));
    QVERIFY(!vault.busy());

    // Starting again forgets the passphrase too.
    vault.restartSetup();
    QCOMPARE(vault.stage(), StoreController::Stage::ChoosePassphrase);
    QVERIFY(vault.message().isEmpty());
    QVERIFY(message.count() >= 4);
    // Nothing was written while the entries were refused.
    QVERIFY(!QFileInfo::exists(vault.path()));
}

void TestKiosk::wrongPassphraseIsRefusedWithoutDamage()
{
    QTemporaryDir dir;
    {
        StoreController first(g_clock, nullptr);
        first.setKdfParams(KdfParams::minimum());
        QVERIFY(first.useFolder(dir.path()));
        QVERIFY(setUp(first, QStringLiteral("4711")));
    }
    const QString path = dir.filePath(QStringLiteral("vitrine.db"));
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    StoreController vault(g_clock, nullptr);
    vault.setKdfParams(KdfParams::minimum());
    QVERIFY(vault.useFolder(dir.path()));
    QCOMPARE(vault.stage(), StoreController::Stage::EnterPassphrase);
    QSignalSpy opened(&vault, &StoreController::opened);

    vault.open(QStringLiteral("correct horse battery!"));
    QVERIFY(vault.busy());
    QVERIFY(settled(vault));
    QCOMPARE(vault.stage(), StoreController::Stage::EnterPassphrase);
    QVERIFY2(vault.message().contains(QStringLiteral("does not open the kiosk's records")),
             qPrintable(vault.message()));
    QVERIFY(!vault.store());
    QCOMPARE(opened.count(), 0);
    QCOMPARE(fileHash(path), before);

    vault.open(kPassphrase);
    QVERIFY(settled(vault));
    QVERIFY2(vault.isOpen(), qPrintable(vault.message()));
    QCOMPARE(opened.count(), 1);
    QVERIFY(vault.message().isEmpty());
    QCOMPARE(vault.store()->integrityCheck(), QStringLiteral("ok"));
    QVERIFY(vault.store()->verifyAudit().ok);
    QCOMPARE(vault.pin()->check(QStringLiteral("4711")), AdvisorPin::Result::Accepted);
}

void TestKiosk::storeWithoutPinAsksForOne()
{
    // A first start cut short after the store was made: the passphrase opens it, then the PIN
    // is asked for.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vitrine.db"));
    {
        StoreError error;
        QVERIFY(Store::open(path, kPassphrase.toUtf8(), g_clock, &error, KdfParams::minimum()));
    }
    StoreController vault(g_clock, nullptr);
    vault.setKdfParams(KdfParams::minimum());
    QVERIFY(vault.useFolder(dir.path()));
    vault.open(kPassphrase);
    QVERIFY(settled(vault));
    QCOMPARE(vault.stage(), StoreController::Stage::ChoosePin);
    vault.restartSetup(); // the passphrase stays: the store is open with it
    QCOMPARE(vault.stage(), StoreController::Stage::ChoosePin);
    vault.choosePin(QStringLiteral("2580"));
    vault.confirmPin(QStringLiteral("2580"));
    QVERIFY(settled(vault));
    QVERIFY(vault.isOpen());
    QCOMPARE(vault.pin()->check(QStringLiteral("2580")), AdvisorPin::Result::Accepted);
}

void TestKiosk::damagedStoreAsksToRestoreTheBackup()
{
    QTemporaryDir dir;
    {
        StoreController first(g_clock, nullptr);
        first.setKdfParams(KdfParams::minimum());
        QVERIFY(first.useFolder(dir.path()));
        QVERIFY(setUp(first, QStringLiteral("4711")));
    }
    const QString path = dir.filePath(QStringLiteral("vitrine.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 offset = f.size() - 300; // in the last page, far from page 1
        QVERIFY(f.seek(offset));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(offset));
        QVERIFY(f.putChar(static_cast<char>(c ^ 0x20)));
    }
    StoreController vault(g_clock, nullptr);
    vault.setKdfParams(KdfParams::minimum());
    QVERIFY(vault.useFolder(dir.path()));
    QCOMPARE(vault.stage(), StoreController::Stage::EnterPassphrase);
    vault.open(kPassphrase);
    QVERIFY(settled(vault));
    QVERIFY(!vault.store());
    QVERIFY2(vault.message().contains(QStringLiteral("restore them from the backup")),
             qPrintable(vault.message()));
    QVERIFY2(!vault.message().contains(path), qPrintable(vault.message()));
}

void TestKiosk::damageFoundAfterOpeningTellsTheAdvisorAndNothingReadsAsNone()
{
    // The store's pages go bad while the kiosk runs (a failing disk): the New card says it
    // cannot tell, a typed code is "not checked" (never "unknown"), and the advisor is told once.
    QTemporaryDir dir;
    StoreController vault(g_clock, nullptr);
    vault.setKdfParams(KdfParams::minimum());
    QVERIFY(vault.useFolder(dir.path()));
    QVERIFY(setUp(vault, QStringLiteral("4711")));
    QSignalSpy damaged(&vault, &StoreController::damagedChanged);
    ReviewSession session(nullptr);
    session.setStore(vault.store());
    QVERIFY(session.load(test::demoLogPath()));
    QVERIFY(session.comparison()->firstVisit());
    QVERIFY(!vault.damaged());

    QVERIFY(test::damageStoreWhileOpen(vault.path()));
    QVERIFY(session.load(test::demoLogPath()));
    QVERIFY(!session.comparison()->historyKnown());
    QVERIFY(!session.comparison()->firstVisit());
    QTRY_VERIFY(vault.damaged());

    SheetController sheet(g_clock, nullptr);
    VerifyController checker(&sheet, nullptr);
    checker.setVault(&vault);
    checker.lookUpCode(QStringLiteral("K7QF-3MZD-9W"));
    QCOMPARE(checker.result(), VerifyController::Result::CodeNotChecked);
    QCOMPARE(checker.tone(), QStringLiteral("warn"));
    QVERIFY(checker.verdict().contains(QStringLiteral("K7QF-3MZD-9W")));
    QCoreApplication::processEvents();
    QCOMPARE(damaged.count(), 1);
}

void TestKiosk::emptyStoreFileIsNotSetUpAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vitrine.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    StoreController vault(g_clock, nullptr);
    vault.setKdfParams(KdfParams::minimum());
    QVERIFY(vault.useFolder(dir.path()));
    // Not "choose a passphrase": that would let any passphrase start over on the lost store.
    QCOMPARE(vault.stage(), StoreController::Stage::EnterPassphrase);
    vault.open(QStringLiteral("any passphrase at all"));
    QVERIFY(settled(vault));
    QVERIFY(!vault.store());
    QCOMPARE(vault.stage(), StoreController::Stage::EnterPassphrase);
    QVERIFY2(vault.message().contains(QStringLiteral("restore them from the backup")),
             qPrintable(vault.message()));
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestKiosk::unusableDataFolderSaysSo()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("not-a-folder"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    StoreController vault(g_clock, nullptr);
    QVERIFY(!vault.useFolder(file));
    QCOMPARE(vault.stage(), StoreController::Stage::Unset);
    QVERIFY(vault.message().contains(QStringLiteral("not-a-folder")));
    // Nothing can be opened or set up from there.
    vault.open(kPassphrase);
    vault.choosePassphrase(kPassphrase, kPassphrase);
    QVERIFY(!vault.busy());
    QCOMPARE(vault.stage(), StoreController::Stage::Unset);
    // No folder at all is not the current directory.
    QVERIFY(!vault.useFolder(QString()));
    QVERIFY2(vault.message().contains(QStringLiteral("no folder")), qPrintable(vault.message()));
    QCOMPARE(vault.stage(), StoreController::Stage::Unset);
}

void TestKiosk::demoStoreIsThrownAway()
{
    auto vault = std::make_unique<StoreController>(g_clock, nullptr);
    vault->setKdfParams(KdfParams::minimum());
    QSignalSpy opened(vault.get(), &StoreController::opened);
    QVERIFY(vault->useThrowaway(QStringLiteral("2468")));
    QCOMPARE(vault->stage(), StoreController::Stage::Preparing);
    QVERIFY(settled(*vault));
    QVERIFY2(vault->isOpen(), qPrintable(vault->message()));
    QCOMPARE(opened.count(), 1);
    const QString folder = QFileInfo(vault->path()).absolutePath();
    QVERIFY(QFileInfo::exists(vault->path()));
    QVERIFY(folder.startsWith(QDir::tempPath()));
    // The same path as a real kiosk: a store, the PIN in its settings.
    QCOMPARE(vault->pin()->check(QStringLiteral("2468")), AdvisorPin::Result::Accepted);
    QVERIFY(vault->store()->setting(QStringLiteral("advisor_pin_hash")).has_value());
    vault.reset();
    QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
}

void TestKiosk::kioskWaitsForTheStoreBeforeAnySession()
{
    QTemporaryDir dir;
    ReviewSession session(nullptr);
    StoreController vault(g_clock, nullptr);
    vault.setKdfParams(KdfParams::minimum());
    KioskController kiosk(&session, nullptr, false);
    QVERIFY(vault.useFolder(dir.path()));
    kiosk.setVault(&vault);
    QCOMPARE(kiosk.screen(), KioskController::Screen::Setup);
    // Nothing gets past the setup: no PIN pad, no advisor screen, no idle timers.
    kiosk.showUnlock();
    kiosk.toAdvisor();
    kiosk.endSession();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Setup);
    QVERIFY(!kiosk.idle()->running());
    QVERIFY(!kiosk.advisorIdle()->running());
    QVERIFY(setUp(vault, QStringLiteral("4711")));
    QCOMPARE(kiosk.screen(), KioskController::Screen::Attract);
    kiosk.showUnlock();
    QVERIFY(unlockAndWait(kiosk, QStringLiteral("4711")));
    QCOMPARE(kiosk.screen(), KioskController::Screen::Advisor);

    // The next start: the Open screen until the passphrase is typed.
    ReviewSession session2(nullptr);
    StoreController vault2(g_clock, nullptr);
    vault2.setKdfParams(KdfParams::minimum());
    QVERIFY(vault2.useFolder(dir.path()));
    KioskController kiosk2(&session2, nullptr, false);
    kiosk2.setVault(&vault2);
    QCOMPARE(kiosk2.screen(), KioskController::Screen::Open);
    vault2.open(QStringLiteral("not the passphrase"));
    QVERIFY(settled(vault2));
    QCOMPARE(kiosk2.screen(), KioskController::Screen::Open);
    vault2.open(kPassphrase);
    QVERIFY(settled(vault2));
    QCOMPARE(kiosk2.screen(), KioskController::Screen::Attract);
}

void TestKiosk::startingTheReviewKeepsItInTheStoreOnce()
{
    QTemporaryDir dir;
    ReviewSession session(nullptr);
    StoreController vault(g_clock, nullptr);
    vault.setKdfParams(KdfParams::minimum());
    KioskController kiosk(&session, nullptr, false);
    QVERIFY(vault.useFolder(dir.path()));
    kiosk.setVault(&vault);
    QVERIFY(setUp(vault, QStringLiteral("4711")));
    QCOMPARE(kiosk.importId(), -1);

    QVERIFY(session.load(test::demoLogPath()));
    const QString vin = session.vin();
    QVERIFY(vault.store()->history(vin).isEmpty());
    kiosk.toAdvisor();
    kiosk.startReview();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Review);
    const qint64 id = kiosk.importId();
    QVERIFY(id > 0);
    QList<ImportRecord> kept = vault.store()->history(vin);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.constFirst().id, id);
    QCOMPARE(kept.constFirst().fileSha256, session.sha256());
    QVERIFY(!kept.constFirst().reportJson.isEmpty());

    // The same file again (the advisor unlocked once more): no second copy.
    kiosk.endSession();
    QCOMPARE(kiosk.importId(), -1);
    QVERIFY(session.load(test::demoLogPath()));
    kiosk.toAdvisor();
    kiosk.startReview();
    QCOMPARE(kiosk.importId(), id);
    QCOMPARE(vault.store()->history(vin).size(), 1);
}

void TestKiosk::logGivenAtStartWaitsForTheAdvisor()
{
    QTemporaryDir dir;
    ReviewSession session(nullptr);
    StoreController vault(g_clock, nullptr);
    vault.setKdfParams(KdfParams::minimum());
    KioskController kiosk(&session, nullptr, false);
    QVERIFY(vault.useFolder(dir.path()));
    kiosk.setVault(&vault);
    kiosk.setPendingLog(test::demoLogPath());
    QVERIFY(setUp(vault, QStringLiteral("4711")));
    // Behind the attract screen nothing is loaded, so nothing is wiped while nobody is there.
    QCOMPARE(kiosk.screen(), KioskController::Screen::Attract);
    QVERIFY(!session.loaded());
    QVERIFY(!kiosk.idle()->running());
    kiosk.showUnlock();
    QVERIFY(unlockAndWait(kiosk, QStringLiteral("4711")));
    QCOMPARE(kiosk.screen(), KioskController::Screen::Advisor);
    QVERIFY(session.loaded());
    QCOMPARE(session.fileName(), QStringLiteral("demo.vdfl.jsonl"));
    // Imported once: after the session ends, the next advisor starts with nothing.
    kiosk.endSession();
    kiosk.showUnlock();
    QVERIFY(unlockAndWait(kiosk, QStringLiteral("4711")));
    QVERIFY(!session.loaded());
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
