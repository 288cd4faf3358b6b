// SPDX-License-Identifier: GPL-3.0-or-later
// The period coverage of a log: the declared end read as exclusive and shown as its last day in
// Swiss time, the gaps at both ends, and when a gap is "well inside" (more than 7 days and more
// than a tenth of the declared period), with the sentence the customer reads about it.

#include "coverage.h"
#include "importmessages.h"
#include "languages.h"
#include "plaintext.h"
#include "readlog.h"
#include "rfc3339.h"

#include <QTest>

using namespace vitrine;

namespace {

std::int64_t t(const char *rfc3339)
{
    return parseRfc3339(rfc3339).value_or(INT64_MIN);
}

LogHeader declared(const char *from, const char *to)
{
    LogHeader h;
    h.vin = "VTRNE00000000TEST";
    if (from)
        h.declaredFromUtc = t(from);
    if (to)
        h.declaredToUtc = t(to);
    return h;
}

PeriodCoverage coverage(const char *from, const char *to, const char *first, const char *last)
{
    return periodCoverage(declared(from, to), t(first), t(last));
}

} // namespace

class TestCoverage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Languages::install(QStringLiteral("en")); }

    void declaredEndIsShownAsTheLastDayItCovers_data();
    void declaredEndIsShownAsTheLastDayItCovers();
    void declaredStartIsItsSwissDay_data();
    void declaredStartIsItsSwissDay();
    void logCutInJulyOfAnExportToOctoberEndsEarly();
    void logStartingInJuneOfAnExportFromAprilStartsLate();
    void lastQuietWeeksOfALongExportAreNoGap();
    void oneDayExportIsNeverFlagged();
    void sevenDaysExactlyIsNotMoreThanSevenDays();
    void recordsBeyondTheDeclaredPeriodMissNothing();
    void withoutBothEndsDeclaredNothingIsJudged();
    void withoutRecordsNothingIsMissingAndNothingFlagged();
    void durationIsRoundedForPeople_data();
    void durationIsRoundedForPeople();
    void customerSentenceNamesTheDaysAndWhatIsMissing();
    void customerSentenceIsFrenchForAFrenchCustomer();
};

void TestCoverage::declaredEndIsShownAsTheLastDayItCovers_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QDate>("lastDay");
    // Midnight UTC is 02:00 in Swiss summer time, 01:00 in winter: still the day before.
    QTest::newRow("midnight UTC, summer") << "2026-10-01T00:00:00Z" << QDate(2026, 9, 30);
    QTest::newRow("midnight UTC, winter") << "2027-01-01T00:00:00Z" << QDate(2026, 12, 31);
    QTest::newRow("Swiss midnight, summer") << "2026-10-01T00:00:00+02:00" << QDate(2026, 9, 30);
    QTest::newRow("Swiss midnight, winter") << "2027-01-01T00:00:00+01:00" << QDate(2026, 12, 31);
    QTest::newRow("inclusive end written 23:59:59Z")
        << "2026-09-30T23:59:59Z" << QDate(2026, 9, 30);
    // Not midnight: the day of the last second covered.
    QTest::newRow("afternoon") << "2026-09-30T14:00:00Z" << QDate(2026, 9, 30);
    QTest::newRow("Swiss morning") << "2026-10-01T08:00:00+02:00" << QDate(2026, 10, 1);
    // The night of the switch to winter time (25.10.2026, 03:00 CEST becomes 02:00 CET).
    QTest::newRow("Swiss midnight after the switch")
        << "2026-10-26T00:00:00+01:00" << QDate(2026, 10, 25);
}

void TestCoverage::declaredEndIsShownAsTheLastDayItCovers()
{
    QFETCH(QString, to);
    QFETCH(QDate, lastDay);
    const LogHeader h = declared("2026-04-01T00:00:00Z", qPrintable(to));
    QCOMPARE(periodCoverage(h, std::nullopt, std::nullopt).declaredLastDay(), lastDay);
}

void TestCoverage::declaredStartIsItsSwissDay_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QDate>("firstDay");
    QTest::newRow("midnight UTC") << "2026-04-01T00:00:00Z" << QDate(2026, 4, 1);
    QTest::newRow("Swiss midnight") << "2026-04-01T00:00:00+02:00" << QDate(2026, 4, 1);
    QTest::newRow("late evening UTC is the next Swiss day")
        << "2026-03-31T23:30:00Z" << QDate(2026, 4, 1);
}

void TestCoverage::declaredStartIsItsSwissDay()
{
    QFETCH(QString, from);
    QFETCH(QDate, firstDay);
    const LogHeader h = declared(qPrintable(from), "2026-10-01T00:00:00Z");
    QCOMPARE(periodCoverage(h, std::nullopt, std::nullopt).declaredFirstDay(), firstDay);
}

void TestCoverage::logCutInJulyOfAnExportToOctoberEndsEarly()
{
    const PeriodCoverage c = coverage("2026-04-01T00:00:00Z", "2026-10-01T00:00:00Z",
                                      "2026-04-01T06:12:00Z", "2026-07-14T17:45:00Z");
    QVERIFY(c.declared());
    QCOMPARE(c.missingAtStartSecs, std::optional<std::int64_t>(6 * 3600 + 12 * 60));
    QCOMPARE(c.missingAtEndSecs, std::optional<std::int64_t>(78 * 86400 + 6 * 3600 + 15 * 60));
    QCOMPARE(c.thresholdSecs, 183 * 86400 / 10); // a tenth of 183 days beats 7 days
    QVERIFY(!c.startsLate);
    QVERIFY(c.endsEarly);
    QVERIFY(c.incomplete());
}

void TestCoverage::logStartingInJuneOfAnExportFromAprilStartsLate()
{
    const PeriodCoverage c = coverage("2026-04-01T00:00:00Z", "2026-10-01T00:00:00Z",
                                      "2026-06-20T10:00:00Z", "2026-09-30T20:00:00Z");
    QVERIFY(c.startsLate);
    QVERIFY(!c.endsEarly);
}

void TestCoverage::lastQuietWeeksOfALongExportAreNoGap()
{
    // 17 days without a record at the end of six months: under a tenth of the period.
    const PeriodCoverage c = coverage("2026-04-01T00:00:00Z", "2026-10-01T00:00:00Z",
                                      "2026-04-01T08:00:00Z", "2026-09-14T00:00:00Z");
    QCOMPARE(c.missingAtEndSecs, std::optional<std::int64_t>(17 * 86400));
    QVERIFY(!c.incomplete());
}

void TestCoverage::oneDayExportIsNeverFlagged()
{
    const PeriodCoverage c = coverage("2026-09-30T00:00:00Z", "2026-10-01T00:00:00Z",
                                      "2026-09-30T11:00:00Z", "2026-09-30T11:00:00Z");
    QCOMPARE(c.thresholdSecs, PeriodCoverage::kMinGapSecs);
    QVERIFY(!c.incomplete());
}

void TestCoverage::sevenDaysExactlyIsNotMoreThanSevenDays()
{
    const char *from = "2026-09-01T00:00:00Z";
    const char *to = "2026-10-01T00:00:00Z";
    QVERIFY(!coverage(from, to, "2026-09-08T00:00:00Z", "2026-09-24T00:00:00Z").incomplete());
    const PeriodCoverage c = coverage(from, to, "2026-09-08T00:00:01Z", "2026-09-23T23:59:59Z");
    QVERIFY(c.startsLate);
    QVERIFY(c.endsEarly);
}

void TestCoverage::recordsBeyondTheDeclaredPeriodMissNothing()
{
    const PeriodCoverage c = coverage("2026-04-01T00:00:00Z", "2026-10-01T00:00:00Z",
                                      "2026-03-20T00:00:00Z", "2026-10-05T00:00:00Z");
    QCOMPARE(c.missingAtStartSecs, std::optional<std::int64_t>(0));
    QCOMPARE(c.missingAtEndSecs, std::optional<std::int64_t>(0));
    QVERIFY(!c.incomplete());
}

void TestCoverage::withoutBothEndsDeclaredNothingIsJudged()
{
    const PeriodCoverage onlyTo =
        periodCoverage(declared(nullptr, "2026-10-01T00:00:00Z"), t("2026-04-01T00:00:00Z"),
                       t("2026-05-01T00:00:00Z"));
    QVERIFY(!onlyTo.declared());
    QCOMPARE(onlyTo.missingAtEndSecs, std::optional<std::int64_t>(153 * 86400));
    QVERIFY(!onlyTo.incomplete());
    QVERIFY(!onlyTo.declaredFirstDay().isValid());
    QCOMPARE(onlyTo.declaredLastDay(), QDate(2026, 9, 30));

    const PeriodCoverage none = periodCoverage(
        declared(nullptr, nullptr), t("2026-04-01T00:00:00Z"), t("2026-04-02T00:00:00Z"));
    QVERIFY(!none.missingAtStartSecs && !none.missingAtEndSecs);
    QVERIFY(!none.incomplete());
    QVERIFY(plain::coverageSentence(none).isEmpty());
}

void TestCoverage::withoutRecordsNothingIsMissingAndNothingFlagged()
{
    const PeriodCoverage c = periodCoverage(
        declared("2026-04-01T00:00:00Z", "2026-10-01T00:00:00Z"), std::nullopt, std::nullopt);
    QVERIFY(c.declared());
    QVERIFY(!c.missingAtStartSecs && !c.missingAtEndSecs);
    QVERIFY(!c.incomplete());
}

void TestCoverage::durationIsRoundedForPeople_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("phrase");
    const qint64 day = 86400;
    QTest::newRow("8 days") << 8 * day << "8 days";
    QTest::newRow("13 days and a half") << 13 * day + 10 * 3600 << "13 days";
    QTest::newRow("14 days") << 14 * day << "2 weeks";
    QTest::newRow("38 days") << 38 * day << "5 weeks";
    QTest::newRow("56 days") << 56 * day << "8 weeks";
    QTest::newRow("61 days") << 61 * day << "2 months";
    QTest::newRow("77 days") << 77 * day + 22500 << "2 and a half months";
    QTest::newRow("six months") << 183 * day << "6 months";
}

void TestCoverage::durationIsRoundedForPeople()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, phrase);
    QCOMPARE(plain::durationPhrase(seconds), phrase);
}

void TestCoverage::customerSentenceNamesTheDaysAndWhatIsMissing()
{
    const PeriodCoverage end = coverage("2026-04-01T00:00:00Z", "2026-10-01T00:00:00Z",
                                        "2026-04-01T06:12:00Z", "2026-07-14T17:45:00Z");
    QCOMPARE(plain::coverageSentence(end),
             QStringLiteral("The file should cover 01.04.2026 to 30.09.2026. It stops on "
                            "14.07.2026: about 2 and a half months at the end are missing."));
    const PeriodCoverage start = coverage("2026-04-01T00:00:00Z", "2026-10-01T00:00:00Z",
                                          "2026-06-20T10:00:00Z", "2026-09-30T20:00:00Z");
    QCOMPARE(plain::coverageSentence(start),
             QStringLiteral("The file should cover 01.04.2026 to 30.09.2026. It only starts on "
                            "20.06.2026: about 2 and a half months at the start are missing."));
    const PeriodCoverage both = coverage("2026-04-01T00:00:00Z", "2026-10-01T00:00:00Z",
                                         "2026-05-01T10:00:00Z", "2026-08-31T20:00:00Z");
    QCOMPARE(plain::coverageSentence(both),
             QStringLiteral("The file should cover 01.04.2026 to 30.09.2026. It only holds events "
                            "from 01.05.2026 to 31.08.2026: about 4 weeks at the start and 4 "
                            "weeks at the end are missing."));
}

void TestCoverage::customerSentenceIsFrenchForAFrenchCustomer()
{
    Languages::install(QStringLiteral("fr"));
    const PeriodCoverage c = coverage("2026-04-01T00:00:00Z", "2026-10-01T00:00:00Z",
                                      "2026-04-01T06:12:00Z", "2026-07-14T17:45:00Z");
    const QString sentence = plain::coverageSentence(c);
    Languages::install(QStringLiteral("en"));
    QCOMPARE(sentence, QStringLiteral("Le fichier devait couvrir du 01.04.2026 au 30.09.2026. Il "
                                      "s’arrête le 14.07.2026\u00a0: il manque environ 2 mois et "
                                      "demi à la fin."));
}

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
