// SPDX-License-Identifier: GPL-3.0-or-later
// "New since your last visit": the comparison of a car's review with its previous one, both
// in the form the store keeps them (inspection reports).

#include "catalogue.h"
#include "clock.h"
#include "comparison.h"
#include "importmessages.h"
#include "importrecord.h"
#include "languages.h"
#include "plaintext.h"
#include "readlog.h"
#include "reportjson.h"
#include "store.h"
#include "summary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

namespace {

const char *const kHeader =
    R"({"vdfl": 1, "vehicle": {"vin": "WVWZZZE1ZNP012345", "make": "Volkswagen"}})";

QByteArray reportOf(const QByteArray &records)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QByteArray(kHeader) + '\n' + records);
    f.close();
    Summary summary;
    if (!readLog(path, summary).ok())
        return {};
    return inspectionJson(summary, Catalogue::builtIn());
}

/** What the store keeps of a log of these records (as the kiosk and the CLI make it). */
ImportRecord importOf(const QByteArray &records, const QString &name)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QByteArray(kHeader) + '\n' + records);
    f.close();
    Summary summary;
    if (!readLog(path, summary).ok())
        return {};
    return importRecordOf(summary, name, Catalogue::builtIn());
}

QByteArray record(const char *day, const char *data, const char *to, int count = 1)
{
    return QByteArrayLiteral("{\"t\": \"2026-") + day + "T08:00:00Z\", \"kind\": \"sent\", " +
           "\"data\": \"" + data + "\", \"to\": \"" + to +
           "\", \"count\": " + QByteArray::number(count) + "}\n";
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void firstVisitHasNoPrevious();
    void newRecipientIsFoundAndKnownOnesAreNot();
    void goneRecipientAndCategoryAreReported();
    void newCategoryIsFound();
    void volumeChangeIsPerDaySoALongerPeriodIsNotMoreData();
    void unreadablePreviousReportCountsAsNone();
    void previousVisitIsDatedByItsReviewAtTheKiosk();
    void oldLogBroughtAgainIsNotComparedWithANewerVisit();
};

void TestComparison::firstVisitHasNoPrevious()
{
    const Comparison c =
        compareReviews({}, reportOf(record("04-01", "location", "org:volkswagen")));
    QVERIFY(!c.hasPrevious);
    QVERIFY(c.newRecipients.isEmpty());
    QVERIFY(!c.changePerDayPercent().has_value());
    QCOMPARE(c.currentEvents, 1);
}

void TestComparison::newRecipientIsFoundAndKnownOnesAreNot()
{
    const QByteArray before = reportOf(record("04-01", "location", "org:volkswagen") +
                                       record("04-02", "location", "here.com"));
    const QByteArray now = reportOf(record("10-01", "location", "org:volkswagen") +
                                    record("10-02", "driving", "org:verisk", 5) +
                                    record("10-03", "location", "api.here.com") +
                                    record("10-04", "driving", "unknown.example.net", 2));
    const Comparison c = compareReviews(before, now);
    QVERIFY(c.hasPrevious);
    // here.com and api.here.com are the same recipient (HERE): not new.
    QCOMPARE(c.newRecipients.size(), 2);
    QCOMPARE(c.newRecipients[0].id, QStringLiteral("org:verisk"));
    QCOMPARE(c.newRecipients[0].events, 5);
    QCOMPARE(c.newRecipients[1].id, QStringLiteral("unknown.example.net"));
    QVERIFY(c.goneRecipients.isEmpty());
}

void TestComparison::goneRecipientAndCategoryAreReported()
{
    const QByteArray before = reportOf(record("04-01", "location", "org:volkswagen") +
                                       record("04-02", "media", "org:spotify"));
    const QByteArray now = reportOf(record("10-01", "location", "org:volkswagen"));
    const Comparison c = compareReviews(before, now);
    QCOMPARE(c.goneRecipients.size(), 1);
    QCOMPARE(c.goneRecipients[0].id, QStringLiteral("org:spotify"));
    QCOMPARE(c.goneCategories, categoryBit(Category::Media));
    QCOMPARE(c.newCategories, CategorySet{0});
}

void TestComparison::newCategoryIsFound()
{
    const QByteArray before = reportOf(record("04-01", "location", "org:volkswagen"));
    const QByteArray now = reportOf(record("10-01", "location", "org:volkswagen") +
                                    record("10-02", "Vehicle.Driver.HeartRate", "org:volkswagen"));
    const Comparison c = compareReviews(before, now);
    QCOMPARE(c.newCategories, categoryBit(Category::Driver));
}

void TestComparison::volumeChangeIsPerDaySoALongerPeriodIsNotMoreData()
{
    // 10 events over 10 days, then 20 events over 20 days: the same rate.
    const QByteArray before = reportOf(record("04-01", "location", "org:volkswagen", 9) +
                                       record("04-11", "location", "org:volkswagen", 1));
    const QByteArray same = reportOf(record("10-01", "location", "org:volkswagen", 19) +
                                     record("10-21", "location", "org:volkswagen", 1));
    QCOMPARE(compareReviews(before, same).changePerDayPercent(), std::optional<int>(0));
    // 30 events over 10 days: three times the rate, +200 %.
    const QByteArray more = reportOf(record("10-01", "location", "org:volkswagen", 29) +
                                     record("10-11", "location", "org:volkswagen", 1));
    QCOMPARE(compareReviews(before, more).changePerDayPercent(), std::optional<int>(200));
}

void TestComparison::unreadablePreviousReportCountsAsNone()
{
    const Comparison c = compareReviews(QByteArrayLiteral("{not json"),
                                        reportOf(record("10-01", "location", "org:volkswagen")));
    QVERIFY(!c.hasPrevious);
}

void TestComparison::previousVisitIsDatedByItsReviewAtTheKiosk()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 4, 12), QTime(9, 30), Qt::UTC));
    StoreError error;
    auto store = Store::open(dir.filePath(QStringLiteral("v.db")), "secret", clock, &error,
                             KdfParams::minimum());
    QVERIFY2(store, qPrintable(error.message));
    const qint64 spring = store->addImport(
        importOf(record("04-01", "location", "org:volkswagen"), QStringLiteral("spring.jsonl")),
        &error);
    QVERIFY2(spring > 0, qPrintable(error.message));

    const ImportRecord autumn = importOf(record("10-01", "location", "org:volkswagen") +
                                             record("10-02", "driving", "org:verisk"),
                                         QStringLiteral("autumn.jsonl"));
    const Comparison c = compareWithPreviousReview(*store, autumn);
    QVERIFY(c.hasPrevious);
    QCOMPARE(c.previousImportId, spring);
    QCOMPARE(c.previousReviewedAt, clock.nowUtc());
    QCOMPARE(c.newRecipients.size(), 1);
    Languages::install(QStringLiteral("en"));
    QCOMPARE(plain::comparedWithSentence(c),
             QStringLiteral("Compared with your visit of 12.04.2026."));

    // No visit before the spring's: a first visit, with no day to name.
    const ImportRecord again =
        importOf(record("04-01", "location", "org:volkswagen"), QStringLiteral("spring.jsonl"));
    const Comparison first = compareWithPreviousReview(*store, again);
    QVERIFY(!first.hasPrevious);
    QCOMPARE(first.previousImportId, -1);
    QVERIFY(!first.previousReviewedAt.isValid());
    QVERIFY(plain::comparedWithSentence(first).isEmpty());
}

void TestComparison::oldLogBroughtAgainIsNotComparedWithANewerVisit()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 4, 12), QTime(9, 30), Qt::UTC));
    StoreError error;
    auto store = Store::open(dir.filePath(QStringLiteral("v.db")), "secret", clock, &error,
                             KdfParams::minimum());
    QVERIFY2(store, qPrintable(error.message));
    const ImportRecord spring =
        importOf(record("04-01", "location", "org:volkswagen"), QStringLiteral("spring.jsonl"));
    QVERIFY(store->addImport(spring, &error) > 0);
    clock.advanceSecs(180LL * 86400);
    QVERIFY(store->addImport(
                importOf(record("10-01", "media", "org:spotify"), QStringLiteral("autumn.jsonl")),
                &error) > 0);
    // The spring's file once more: nothing ends before it, so nothing to compare with.
    QVERIFY(!compareWithPreviousReview(*store, spring).hasPrevious);
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
