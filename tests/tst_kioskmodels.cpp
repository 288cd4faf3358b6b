// SPDX-License-Identifier: GPL-3.0-or-later
// The review's chart and flow models: the timeline per day or per week (the choice, the sums,
// the axis, the busiest period, a log too long for the screen) and the flow picture's per-pair
// counts (every category × recipient pair, the "others" group, the countries' worst adequacy).

#include "languages.h"
#include "plaintext.h"
#include "recipientmodel.h"
#include "reviewsession.h"
#include "testsupport.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

namespace {

// A log with one record per timestamp given, each counting `count` location events.
QString writeLog(const QTemporaryDir &dir, const QStringList &times, int count = 1)
{
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(R"({"vdfl": 1, "vehicle": {"vin": "VTRNE00000000TEST"}})"
               "\n");
    for (const QString &t : times) {
        file.write(QStringLiteral(R"({"t": "%1", "kind": "sent", "data": "location", )"
                                  R"("to": "telematics.example.com", "count": %2})"
                                  "\n")
                       .arg(t)
                       .arg(count)
                       .toUtf8());
    }
    return path;
}

qint64 sumOfTotals(const TimelineModel &t)
{
    qint64 sum = 0;
    for (int i = 0; i < t.rowCount(); ++i)
        sum += t.index(i).data(TimelineModel::TotalRole).toLongLong();
    return sum;
}

std::int64_t recipientEvents(const RecipientSummary &r, const QString &categoryId)
{
    const auto c = categoryFromId(categoryId.toStdString());
    return c ? r.tally.byCategory[static_cast<std::size_t>(*c)].events : -1;
}

} // namespace

class TestKioskModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Languages::install(QStringLiteral("en")); }
    void cleanup() { Languages::install(QStringLiteral("en")); }
    void recipientsPastTheSummarysCapAreSaidInTheKiosk();

    void shortLogIsShownPerDayWithItsEmptyDays();
    void longLogIsShownPerWeekAndSwitchingKeepsEveryEvent();
    void eachCategorysValuesAddUpToItsEvents();
    void valueAxisIsRoundAndCoversTheBusiestBar();
    void headlineNamesTheBusiestPeriod();
    void veryLongLogKeepsTheMostRecentBarsAndSaysSo();
    void nothingLoadedMeansNoBarsAndNoSentence();
    void flowCountsEveryPairOfDataAndRecipient();
    void flowGroupsTheQuietestRecipients();
    void flowFollowsTheLanguage();
    void tyresOfAnExportAreOneRowPerSetAndFollowTheLanguage();
};

void TestKioskModels::shortLogIsShownPerDayWithItsEmptyDays()
{
    QTemporaryDir dir;
    ReviewSession session(nullptr);
    QVERIFY(session.load(writeLog(dir, {QStringLiteral("2026-04-02T08:00:00Z"),
                                        QStringLiteral("2026-04-02T09:00:00Z"),
                                        QStringLiteral("2026-04-05T08:00:00Z")})));
    TimelineModel *t = session.timeline();
    QCOMPARE(t->granularity(), TimelineModel::Day);
    QCOMPARE(t->labels(), (QStringList{QStringLiteral("02.04."), QStringLiteral("03.04."),
                                       QStringLiteral("04.04."), QStringLiteral("05.04.")}));
    QCOMPARE(t->index(0).data(TimelineModel::TotalRole).toLongLong(), 2);
    QCOMPARE(t->index(1).data(TimelineModel::TotalRole).toLongLong(), 0); // a gap, kept
    QCOMPARE(t->index(3).data(TimelineModel::TotalRole).toLongLong(), 1);
    QCOMPARE(t->index(0).data(TimelineModel::StartRole).toDate(), QDate(2026, 4, 2));
    QCOMPARE(t->describe(1), QStringLiteral("03.04.2026: nothing was recorded."));
    QCOMPARE(t->describe(0),
             QStringLiteral("02.04.2026: data recorded 2 times (each kind counted)."));

    // Per week, the same three events fall into one week (Monday 30.03.2026).
    QSignalSpy granularity(t, &TimelineModel::granularityChanged);
    QSignalSpy chart(t, &TimelineModel::chartChanged);
    t->setGranularity(TimelineModel::Week);
    QCOMPARE(granularity.count(), 1);
    QCOMPARE(chart.count(), 1);
    QCOMPARE(t->rowCount(), 1);
    QCOMPARE(t->index(0).data(TimelineModel::StartRole).toDate(), QDate(2026, 3, 30));
    QCOMPARE(sumOfTotals(*t), 3);
    t->setGranularity(TimelineModel::Week); // no change, no signal
    QCOMPARE(granularity.count(), 1);
}

void TestKioskModels::longLogIsShownPerWeekAndSwitchingKeepsEveryEvent()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    TimelineModel *t = session.timeline();
    const qint64 all = session.summary()->totals().events;
    // The demo covers six months: per week at first.
    QCOMPARE(t->granularity(), TimelineModel::Week);
    QCOMPARE(sumOfTotals(*t), all);
    const int weeks = t->rowCount();

    t->setGranularity(TimelineModel::Day);
    QCOMPARE(sumOfTotals(*t), all);
    QVERIFY2(t->rowCount() > 6 * weeks, qPrintable(QString::number(t->rowCount())));
    QDate previous;
    for (int i = 0; i < t->rowCount(); ++i) {
        const QDate day = t->index(i).data(TimelineModel::StartRole).toDate();
        if (previous.isValid())
            QCOMPARE(previous.daysTo(day), 1); // no day is skipped
        previous = day;
    }
    QCOMPARE(t->labels().size(), t->rowCount());

    // A new review starts at the default again.
    QVERIFY(session.load(test::demoLogPath()));
    QCOMPARE(t->granularity(), TimelineModel::Week);
}

void TestKioskModels::eachCategorysValuesAddUpToItsEvents()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    TimelineModel *t = session.timeline();
    const QVariantList categories = t->presentCategories();
    QVERIFY(!categories.isEmpty());
    int previousSensitivity = 3;
    for (const QVariant &v : categories) {
        const QVariantMap c = v.toMap();
        const int index = c.value(QStringLiteral("index")).toInt();
        const QVariantList values = t->values(index);
        QCOMPARE(values.size(), t->rowCount());
        double sum = 0;
        for (const QVariant &x : values)
            sum += x.toDouble();
        QCOMPARE(qint64(sum),
                 session.summary()->byCategory()[static_cast<std::size_t>(index)].events);
        QCOMPARE(c.value(QStringLiteral("id")).toString().toStdString(),
                 std::string(categoryId(static_cast<Category>(index))));
        // Most private first, like the "What your car recorded" card.
        const int s = int(sensitivity(static_cast<Category>(index)));
        QVERIFY(s <= previousSensitivity);
        previousSensitivity = s;
    }
    QVERIFY(t->values(-1).isEmpty());
    QVERIFY(t->values(kCategoryCount).isEmpty());
}

void TestKioskModels::valueAxisIsRoundAndCoversTheBusiestBar()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    for (const auto g : {TimelineModel::Week, TimelineModel::Day}) {
        TimelineModel *t = session.timeline();
        t->setGranularity(g);
        const QVariantList ticks = t->axisTicks();
        QVERIFY(ticks.size() >= 2 && ticks.size() <= 7);
        QCOMPARE(ticks.first().toMap().value(QStringLiteral("value")).toDouble(), 0.0);
        const double step = ticks.at(1).toMap().value(QStringLiteral("value")).toDouble();
        // 1, 2 or 5 times a power of ten.
        double mantissa = step;
        while (mantissa >= 10)
            mantissa /= 10;
        QVERIFY2(mantissa == 1 || mantissa == 2 || mantissa == 5,
                 qPrintable(QString::number(step)));
        for (int i = 0; i < ticks.size(); ++i)
            QCOMPARE(ticks.at(i).toMap().value(QStringLiteral("value")).toDouble(), i * step);
        QCOMPARE(ticks.last().toMap().value(QStringLiteral("value")).toLongLong(), t->axisMax());
        // The axis reaches the tallest stack of kinds of data (one event can hold several).
        qint64 tallest = 0;
        for (int row = 0; row < t->rowCount(); ++row) {
            qint64 stack = 0;
            for (int c = 0; c < kCategoryCount; ++c)
                stack += t->events(row, c);
            tallest = std::max(tallest, stack);
        }
        QVERIFY(tallest >= t->maxTotal());
        QVERIFY(t->axisMax() >= tallest);
        QVERIFY(static_cast<double>(t->axisMax() - tallest) < step);
    }
    // Numbers are grouped the Swiss way in the current language.
    QTemporaryDir dir;
    QVERIFY(session.load(writeLog(dir, {QStringLiteral("2026-04-02T08:00:00Z")}, 1700)));
    Languages::install(QStringLiteral("de"));
    const QVariantMap top = session.timeline()->axisTicks().constLast().toMap();
    QCOMPARE(top.value(QStringLiteral("value")).toLongLong(), 2000);
    QCOMPARE(top.value(QStringLiteral("label")).toString(), QStringLiteral("2’000"));
}

void TestKioskModels::headlineNamesTheBusiestPeriod()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    TimelineModel *t = session.timeline();
    for (const auto g : {TimelineModel::Week, TimelineModel::Day}) {
        t->setGranularity(g);
        // The busiest period is the tallest bar: every kind of data counted, as the bars do.
        auto height = [&](int row) {
            qint64 stack = 0;
            for (int c = 0; c < kCategoryCount; ++c)
                stack += t->events(row, c);
            return stack;
        };
        int tallest = 0;
        for (int row = 1; row < t->rowCount(); ++row) {
            if (height(row) > height(tallest))
                tallest = row;
        }
        QCOMPARE(t->busiestRow(), tallest);
        const QString date =
            Languages::date(t->index(tallest).data(TimelineModel::StartRole).toDate());
        QVERIFY2(t->headline().contains(date), qPrintable(t->headline()));
        QVERIFY(t->headline().startsWith(g == TimelineModel::Week
                                             ? QStringLiteral("The busiest week began on ")
                                             : QStringLiteral("The busiest day was ")));
        QVERIFY2(t->headline().contains(plain::timesPhrase(height(tallest))),
                 qPrintable(t->headline()));
        QVERIFY(t->describe(tallest).startsWith(
            g == TimelineModel::Week ? QStringLiteral("Week of ") + date : date));
        QVERIFY(t->note().isEmpty());
    }
}

void TestKioskModels::veryLongLogKeepsTheMostRecentBarsAndSaysSo()
{
    // Forty years between two records: every week would be far too many bars (and memory).
    QTemporaryDir dir;
    ReviewSession session(nullptr);
    QVERIFY(session.load(writeLog(
        dir, {QStringLiteral("1986-04-02T08:00:00Z"), QStringLiteral("2026-04-02T08:00:00Z")})));
    TimelineModel *t = session.timeline();
    QCOMPARE(t->granularity(), TimelineModel::Week);
    QCOMPARE(t->rowCount(), TimelineModel::kMaxRows);
    QCOMPARE(t->index(t->rowCount() - 1).data(TimelineModel::StartRole).toDate(),
             QDate(2026, 3, 30));
    QCOMPARE(sumOfTotals(*t), 1); // the 1986 record is before the bars shown
    QVERIFY2(t->note().contains(QString::number(TimelineModel::kMaxRows)), qPrintable(t->note()));
    t->setGranularity(TimelineModel::Day);
    QCOMPARE(t->rowCount(), TimelineModel::kMaxRows);
    QVERIFY(t->note().contains(QStringLiteral("day")));
}

void TestKioskModels::nothingLoadedMeansNoBarsAndNoSentence()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    session.clear();
    TimelineModel *t = session.timeline();
    QCOMPARE(t->rowCount(), 0);
    QVERIFY(t->labels().isEmpty());
    QVERIFY(t->presentCategories().isEmpty());
    QCOMPARE(t->busiestRow(), -1);
    QVERIFY(t->headline().isEmpty());
    QVERIFY(t->describe(0).isEmpty());
    QCOMPARE(t->axisMax(), 1);
    t->setGranularity(TimelineModel::Day); // harmless with nothing loaded
    QCOMPARE(t->rowCount(), 0);

    const QVariantMap flow = session.recipients()->flow();
    QVERIFY(flow.value(QStringLiteral("categories")).toList().isEmpty());
    QVERIFY(flow.value(QStringLiteral("recipients")).toList().isEmpty());
    QVERIFY(flow.value(QStringLiteral("categoryLinks")).toList().isEmpty());
    QVERIFY(flow.value(QStringLiteral("countryLinks")).toList().isEmpty());
}

void TestKioskModels::recipientsPastTheSummarysCapAreSaidInTheKiosk()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(
        test::dataPath(QStringLiteral("import/vdfl/quadratic-hosts-purposes.jsonl.gz"))));
    // 20,000 hosts: the summary keeps 10,000, the card lists the largest 40 and counts the
    // rest (those past the summary's cap included).
    QCOMPARE(session.recipients()->recipients().size(), kMaxListedRecipients);
    const QString note = session.recipients()->othersNote();
    QVERIFY2(note.contains(QStringLiteral("other recipients are not listed here")),
             qPrintable(note));
    QVERIFY2(note.contains(QLocale().toString(20000 - int(kMaxListedRecipients))),
             qPrintable(note));

    ReviewSession demo(nullptr);
    QVERIFY(demo.load(test::demoLogPath()));
    QVERIFY(demo.recipients()->othersNote().isEmpty());
}

void TestKioskModels::flowCountsEveryPairOfDataAndRecipient()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    const auto &rows = session.recipients()->recipients();
    const QVariantMap flow = session.recipients()->flow();
    const QVariantList categories = flow.value(QStringLiteral("categories")).toList();
    const QVariantList recipients = flow.value(QStringLiteral("recipients")).toList();
    const QVariantList catLinks = flow.value(QStringLiteral("categoryLinks")).toList();
    const QVariantList countryLinks = flow.value(QStringLiteral("countryLinks")).toList();
    QVERIFY(!catLinks.isEmpty());

    // Each link of a named recipient carries exactly that recipient's events of that kind.
    const int named = int(recipients.size()) - (int(rows.size()) > int(recipients.size()) ? 1 : 0);
    std::int64_t maxEvents = 0;
    std::int64_t namedPairs = 0;
    for (const QVariant &v : catLinks) {
        const QVariantMap l = v.toMap();
        const int from = l.value(QStringLiteral("from")).toInt();
        const int to = l.value(QStringLiteral("to")).toInt();
        const qint64 events = l.value(QStringLiteral("events")).toLongLong();
        QVERIFY(events > 0);
        QVERIFY(from >= 0 && from < categories.size());
        QVERIFY(to >= 0 && to < recipients.size());
        const QString id = l.value(QStringLiteral("categoryId")).toString();
        QCOMPARE(categories.at(from).toMap().value(QStringLiteral("id")).toString(), id);
        if (to < named) {
            QCOMPARE(events, recipientEvents(rows[std::size_t(to)], id));
            ++namedPairs;
        }
        maxEvents = std::max<std::int64_t>(maxEvents, events);
    }
    // ... and no pair with events is missing.
    std::int64_t expectedPairs = 0;
    for (int i = 0; i < named; ++i) {
        for (const auto &c : rows[std::size_t(i)].tally.byCategory)
            expectedPairs += c.events > 0 ? 1 : 0;
    }
    QCOMPARE(namedPairs, expectedPairs);

    // Every recipient's events reach a country, once.
    std::int64_t toCountries = 0;
    for (const QVariant &v : countryLinks) {
        const qint64 events = v.toMap().value(QStringLiteral("events")).toLongLong();
        toCountries += events;
        maxEvents = std::max<std::int64_t>(maxEvents, events);
    }
    std::int64_t all = 0;
    for (const RecipientSummary &r : rows)
        all += r.tally.total.events;
    QCOMPARE(toCountries, all);
    QCOMPARE(flow.value(QStringLiteral("maxEvents")).toLongLong(), maxEvents);
    QVERIFY(catLinks.first()
                .toMap()
                .value(QStringLiteral("text"))
                .toString()
                .contains(QStringLiteral(" to ")));
}

void TestKioskModels::flowGroupsTheQuietestRecipients()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    const auto &rows = session.recipients()->recipients();
    QVERIFY2(rows.size() > std::size_t(RecipientModel::kFlowMaxRecipients),
             "the demo has more recipients than the picture names");
    const QVariantMap flow = session.recipients()->flow();
    const QVariantList recipients = flow.value(QStringLiteral("recipients")).toList();
    QCOMPARE(recipients.size(), RecipientModel::kFlowMaxRecipients);
    const int rest = int(rows.size()) - (RecipientModel::kFlowMaxRecipients - 1);
    // "3 others" (the English plural comes with the translations).
    const QString others = recipients.constLast().toMap().value(QStringLiteral("name")).toString();
    QVERIFY2(others.startsWith(QString::number(rest) + u' ') && others.contains(u"other"),
             qPrintable(others));
    std::int64_t restEvents = 0;
    for (std::size_t i = RecipientModel::kFlowMaxRecipients - 1; i < rows.size(); ++i)
        restEvents += rows[i].tally.total.events;
    QCOMPARE(recipients.constLast().toMap().value(QStringLiteral("events")).toLongLong(),
             restEvents);

    // A country's adequacy is the least protective of the links reaching it.
    const QVariantList countries = flow.value(QStringLiteral("countries")).toList();
    auto rank = [](const QString &a) {
        return a == u"not_adequate" ? 2 : (a == u"dpf_only" || a == u"unknown") ? 1 : 0;
    };
    for (const QVariant &v : flow.value(QStringLiteral("countryLinks")).toList()) {
        const QVariantMap l = v.toMap();
        const QVariantMap country = countries.at(l.value(QStringLiteral("to")).toInt()).toMap();
        QVERIFY(rank(country.value(QStringLiteral("adequacy")).toString()) >=
                rank(l.value(QStringLiteral("adequacy")).toString()));
    }
}

void TestKioskModels::flowFollowsTheLanguage()
{
    ReviewSession session(nullptr);
    QVERIFY(session.load(test::demoLogPath()));
    RecipientModel *recipients = session.recipients();
    const QString english = recipients->flow()
                                .value(QStringLiteral("categories"))
                                .toList()
                                .constFirst()
                                .toMap()
                                .value(QStringLiteral("name"))
                                .toString();
    QSignalSpy flowChanged(recipients, &RecipientModel::flowChanged);
    QSignalSpy chartChanged(session.timeline(), &TimelineModel::chartChanged);
    Languages::install(QStringLiteral("de"));
    session.retranslate();
    QCOMPARE(flowChanged.count(), 1);
    QCOMPARE(chartChanged.count(), 1);
    const QString german = recipients->flow()
                               .value(QStringLiteral("categories"))
                               .toList()
                               .constFirst()
                               .toMap()
                               .value(QStringLiteral("name"))
                               .toString();
    QVERIFY2(german != english, qPrintable(german));
}

void TestKioskModels::tyresOfAnExportAreOneRowPerSetAndFollowTheLanguage()
{
    ReviewSession session(nullptr);
    TyreModel *tyres = session.tyres();
    QAbstractItemModelTester tester(tyres, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy countChanged(tyres, &TyreModel::countChanged);
    Languages::install(QStringLiteral("en"));
    QVERIFY(session.load(
        test::dataPath(QStringLiteral("import/bmw-cardata/archive-2025-with-key-names.zip"))));
    // Four alike tyres mounted, four alike in storage: two rows.
    QCOMPARE(tyres->rowCount(), 2);
    QCOMPARE(countChanged.count(), 1);
    const QModelIndex mounted = tyres->index(0);
    QCOMPARE(mounted.data(TyreModel::TitleRole).toString(),
             QStringLiteral("Mounted tyres (all four)"));
    QCOMPARE(mounted.data(TyreModel::DimensionRole).toString(), QStringLiteral("245/45 R18 100Y"));
    QCOMPARE(mounted.data(TyreModel::SeasonRole).toString(), QStringLiteral("Summer tyres"));
    QCOMPARE(tyres->index(1).data(TyreModel::WearRole).toString(),
             QStringLiteral("The carmaker rates the wear yellow."));
    QCOMPARE(tyres->roleNames().value(TyreModel::FactsRole), QByteArray("facts"));

    QSignalSpy dataChanged(tyres, &QAbstractItemModel::dataChanged);
    Languages::install(QStringLiteral("de"));
    session.retranslate();
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(mounted.data(TyreModel::SeasonRole).toString(), QStringLiteral("Sommerreifen"));
    Languages::install(QStringLiteral("en"));

    // A log knows no tyres; the next customer's review starts empty.
    QVERIFY(session.load(test::demoLogPath()));
    QCOMPARE(tyres->rowCount(), 0);
    session.clear();
    QCOMPARE(tyres->rowCount(), 0);
    QCOMPARE(countChanged.count(), 2);
}

QTEST_GUILESS_MAIN(TestKioskModels)
#include "tst_kioskmodels.moc"
