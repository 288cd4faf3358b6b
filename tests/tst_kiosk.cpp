// The kiosk's models and controllers: models are sound (QAbstractItemModelTester), a wiped
// session holds nothing, the idle timeout really wipes it, a language switch retranslates the
// rows, the previous visit's review yields "new since your last visit", the PIN slows guessing.

#include "advisorpin.h"
#include "catalogue.h"
#include "importrecord.h"
#include "kioskcontroller.h"
#include "languagecontroller.h"
#include "languages.h"
#include "reviewsession.h"
#include "store.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

namespace {

QString demoLog()
{
    return test::sourcePath(QStringLiteral("resources/demo/demo.vdfl.jsonl"));
}

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
    void idleTimeoutWipesTheCustomerSession();
    void touchDuringWarningKeepsTheSession();
    void languageSwitchRetranslatesRows();
    void previousVisitComparisonFindsNewRecipients();
    void firstVisitSaysSo();
    void choicesToggleAndCount();
    void timelineWeeksAddUpToAllEvents();
    void wrongPinsMakeTheNextTryWait();
    void rightPinUnlocksTheAdvisorScreen();
    void cancellingThePinPadKeepsTheLogButIdleStillWipesIt();
    void demoLoadsItsLogOnlyWhenTheAdvisorUnlocks();
};

void TestKiosk::modelsAreSoundThroughLoadAndClear()
{
    ReviewSession session(nullptr);
    QList<QAbstractItemModelTester *> testers;
    for (QAbstractItemModel *m : modelsOf(session))
        testers << new QAbstractItemModelTester(
            m, QAbstractItemModelTester::FailureReportingMode::QtTest, &session);
    QVERIFY(session.load(demoLog()));
    session.retranslate();
    session.clear();
    QVERIFY(session.load(demoLog()));
}

void TestKiosk::loadFillsEveryCardFromTheLog()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(demoLog()));
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
    QVERIFY(session.comparison()->firstVisit());
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
    QVERIFY(session.load(demoLog()));
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
    QVERIFY(session.load(demoLog()));
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

void TestKiosk::idleTimeoutWipesTheCustomerSession()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, false);
    kiosk.idle()->setTimeout(40);
    kiosk.idle()->setWarning(40);
    QVERIFY(session.load(demoLog()));
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
    QVERIFY(session.load(demoLog()));
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
    QVERIFY(session.load(demoLog()));
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
    QVERIFY(session.load(demoLog()));
    QVERIFY(session.comparison()->firstVisit());
    QCOMPARE(session.comparison()->rowCount(), 0);
}

void TestKiosk::choicesToggleAndCount()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(demoLog()));
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
    QVERIFY(session.load(demoLog()));
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

void TestKiosk::wrongPinsMakeTheNextTryWait()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, false);
    QVERIFY(pin.setPin(QStringLiteral("4711")));
    QSignalSpy refused(&kiosk, &KioskController::unlockRefused);
    QVERIFY(!kiosk.unlock(QStringLiteral("0000")));
    QVERIFY(!kiosk.unlock(QStringLiteral("1111")));
    QCOMPARE(kiosk.unlockDelay(), 0);
    QVERIFY(!kiosk.unlock(QStringLiteral("2222")));
    QVERIFY(kiosk.unlockDelay() > 0);
    // Even the right PIN waits for the delay.
    QVERIFY(!kiosk.unlock(QStringLiteral("4711")));
    QCOMPARE(refused.count(), 4);
    QCOMPARE(kiosk.screen(), KioskController::Screen::Attract);
}

void TestKiosk::rightPinUnlocksTheAdvisorScreen()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, false);
    QVERIFY(pin.setPin(QStringLiteral("4711")));
    QVERIFY(kiosk.unlock(QStringLiteral("4711")));
    QCOMPARE(kiosk.screen(), KioskController::Screen::Advisor);
    QVERIFY(kiosk.idle()->running());
    // Without a PIN set, nothing unlocks.
    AdvisorPin none(g_clock);
    KioskController locked(&session, &none, false);
    QVERIFY(!locked.unlock(QString()));
}

void TestKiosk::cancellingThePinPadKeepsTheLogButIdleStillWipesIt()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, true);
    kiosk.idle()->setTimeout(40);
    kiosk.idle()->setWarning(40);
    QVERIFY(session.load(demoLog()));
    kiosk.showUnlock();
    kiosk.cancelUnlock();
    QCOMPARE(kiosk.screen(), KioskController::Screen::Attract);
    QVERIFY(session.loaded());
    QVERIFY(kiosk.idle()->running());
    QSignalSpy expired(kiosk.idle(), &IdleMonitor::expired);
    QTRY_COMPARE(expired.count(), 1);
    QVERIFY(!session.loaded());
}

void TestKiosk::demoLoadsItsLogOnlyWhenTheAdvisorUnlocks()
{
    ReviewSession session(nullptr);
    AdvisorPin pin(g_clock);
    KioskController kiosk(&session, &pin, true);
    kiosk.setDemoLog(demoLog());
    QVERIFY(pin.setPin(kiosk.demoPin()));
    QVERIFY(!session.loaded());
    QVERIFY(!kiosk.idle()->running()); // an idle demo kiosk holds nothing to wipe
    QVERIFY(kiosk.unlock(kiosk.demoPin()));
    QVERIFY(session.loaded());
    QCOMPARE(kiosk.screen(), KioskController::Screen::Advisor);
}

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
