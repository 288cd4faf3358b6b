// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the plain-language texts: numbers rounded and grouped the Swiss way in every
// language, dates as dd.MM.yyyy, the VIN masked, and the summary of the demo log naming every
// recipient. The translations may be unfinished: these tests check numbers, dates and names,
// never the wording.

#include "catalogue.h"
#include "importmessages.h"
#include "languages.h"
#include "plainsummary.h"
#include "plaintext.h"
#include "profile.h"
#include "readlog.h"
#include "summary.h"
#include "testsupport.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

namespace {

const QChar kApostrophe(0x2019); // ’ RIGHT SINGLE QUOTATION MARK, the Swiss thousands separator

void languageRows()
{
    QTest::addColumn<QString>("lang");
    for (const QString &code : Languages::codes())
        QTest::newRow(qPrintable(code)) << code;
}

} // namespace

class PlainTextTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aRangeOfDaysIsWrittenShortInSwissTime();

    void roundForPeopleKeepsTwoSignificantDigits_data();
    void roundForPeopleKeepsTwoSignificantDigits();
    void aSaturatedCountIsNeverSaidNegative();

    void swissLocaleForEachLanguage_data();
    void swissLocaleForEachLanguage();
    void germanAndItalianGroupThousandsWithApostrophe_data();
    void germanAndItalianGroupThousandsWithApostrophe();

    void timesPhraseShowsRoundedGroupedNumber_data();
    void timesPhraseShowsRoundedGroupedNumber();
    void eventsPhraseShowsRoundedGroupedNumber_data();
    void eventsPhraseShowsRoundedGroupedNumber();
    void phrasesShowCountsBeyondTwoBillion();
    void roundedPhrasesDifferFromExactOnes_data() { languageRows(); }
    void roundedPhrasesDifferFromExactOnes();
    void sizePhraseShowsNumberInLocale_data();
    void sizePhraseShowsNumberInLocale();

    void maskVinKeepsFirstThreeAndLastFour_data();
    void maskVinKeepsFirstThreeAndLastFour();
    void dateIsDayMonthYearWithDotsInEveryLanguage_data() { languageRows(); }
    void dateIsDayMonthYearWithDotsInEveryLanguage();

    void aCarmakersExportNamesOnlyItsDataHoldersAndItsSource_data() { languageRows(); }
    void aCarmakersExportNamesOnlyItsDataHoldersAndItsSource();
    void inShortIsThreeSentencesForDemoLog_data() { languageRows(); }
    void inShortIsThreeSentencesForDemoLog();
    void plainSummaryNamesEveryRecipientAndMasksVin_data() { languageRows(); }
    void plainSummaryNamesEveryRecipientAndMasksVin();
    void declaredEndIsShownAsTheLastDayItCovers_data() { languageRows(); }
    void declaredEndIsShownAsTheLastDayItCovers();
    void truncatedLogSaysWhatIsMissing_data() { languageRows(); }
    void truncatedLogSaysWhatIsMissing();
    void completeLogSaysNothingIsMissing();
    void manyRecipientsAreCountedWithSwissGrouping();

private:
    Summary m_demo;
};

void PlainTextTest::initTestCase()
{
    const LogRead read = readLog(test::demoLogPath(), m_demo);
    QVERIFY2(read.ok(), refusalText(read.refusal).c_str());
    QVERIFY(m_demo.hasRecords());
}

void PlainTextTest::aCarmakersExportNamesOnlyItsDataHoldersAndItsSource()
{
    QFETCH(QString, lang);
    QVERIFY(Languages::install(lang));
    Summary vw;
    QVERIFY(readLog(test::dataPath(QStringLiteral(
                        "import/vw-data-act/zip-of-deliveries-with-empty-and-repeated.zip")),
                    vw)
                .ok());
    const QStringList sentences = inShort(vw, Catalogue::builtIn());
    QCOMPARE(sentences.size(), 3);
    // The data holder is named; no sentence counts recipients or judges their countries, as if
    // the export had said who else received the data.
    QVERIFY2(sentences[1].contains(u"Volkswagen AG"), qPrintable(sentences[1]));
    Summary demo;
    QVERIFY(readLog(test::demoLogPath(), demo).ok());
    const QStringList demoSentences = inShort(demo, Catalogue::builtIn());
    QVERIFY(!sentences.contains(demoSentences[2]));
    QVERIFY(sentences[2] != demoSentences[2]);

    // The source: 5 deliveries, 2 of them empty, 1 dataset repeated, in the reader's language.
    const QString source = sourceSentence(vw);
    QVERIFY2(source.contains(u'5') && source.contains(u'2') && source.contains(u'1'),
             qPrintable(source));
    QVERIFY(sourceSentence(demo).isEmpty());

    // The kinds of data in the profile's own plain words, most frequent first.
    const QStringList kinds = dataKindLines(vw, lang);
    QCOMPARE(kinds.size(), 3);
    const FormatProfile &profile = FormatProfile::vwDataAct();
    QString battery;
    for (const ProfileKind &kind : profile.kinds()) {
        if (kind.id == "battery")
            battery = kind.name(lang);
    }
    QVERIFY2(kinds[0].startsWith(battery), qPrintable(kinds[0]));
    QVERIFY(dataKindLines(demo, lang).isEmpty());
}

void PlainTextTest::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void PlainTextTest::aSaturatedCountIsNeverSaidNegative()
{
    // A sum held at INT64_MAX once rounded up past it, and was said as a negative number.
    QVERIFY(plain::roundForPeople(INT64_MAX) > 0);
    QCOMPARE(plain::roundForPeople(INT64_MAX), std::int64_t{9'200'000'000'000'000'000});
    QCOMPARE(plain::roundForPeople(std::int64_t{9'150'000'000'000'000'000}),
             std::int64_t{9'200'000'000'000'000'000});
    for (const QString &text : {plain::eventsPhrase(INT64_MAX), plain::timesPhrase(INT64_MAX),
                                plain::sizePhrase(INT64_MAX)}) {
        QVERIFY2(!text.contains(u'-') && !text.contains(QChar(0x2212)), qPrintable(text));
    }
}

void PlainTextTest::roundForPeopleKeepsTwoSignificantDigits_data()
{
    QTest::addColumn<qint64>("n");
    QTest::addColumn<qint64>("expected");
    QTest::addRow("0") << qint64(0) << qint64(0);
    QTest::addRow("7") << qint64(7) << qint64(7);
    QTest::addRow("99") << qint64(99) << qint64(99);
    QTest::addRow("100") << qint64(100) << qint64(100);
    QTest::addRow("149") << qint64(149) << qint64(150);
    QTest::addRow("150") << qint64(150) << qint64(150);
    QTest::addRow("994") << qint64(994) << qint64(990);
    QTest::addRow("995") << qint64(995) << qint64(1000);
    QTest::addRow("1234") << qint64(1234) << qint64(1200);
    QTest::addRow("15230") << qint64(15230) << qint64(15000);
    QTest::addRow("98231334") << qint64(98231334) << qint64(98000000);
}

void PlainTextTest::roundForPeopleKeepsTwoSignificantDigits()
{
    QFETCH(qint64, n);
    QFETCH(qint64, expected);
    QCOMPARE(plain::roundForPeople(n), expected);
}

void PlainTextTest::swissLocaleForEachLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QLocale::Language>("language");
    QTest::addRow("fr") << QStringLiteral("fr") << QLocale::French;
    QTest::addRow("de") << QStringLiteral("de") << QLocale::German;
    QTest::addRow("it") << QStringLiteral("it") << QLocale::Italian;
    QTest::addRow("en") << QStringLiteral("en") << QLocale::English;
}

void PlainTextTest::swissLocaleForEachLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QLocale::Language, language);
    QVERIFY(Languages::install(lang));
    QCOMPARE(QLocale().language(), language);
    QCOMPARE(QLocale().territory(), QLocale::Switzerland);
    QCOMPARE(Languages::locale(lang).territory(), QLocale::Switzerland);
}

void PlainTextTest::germanAndItalianGroupThousandsWithApostrophe_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addRow("de") << QStringLiteral("de");
    QTest::addRow("it") << QStringLiteral("it");
}

void PlainTextTest::germanAndItalianGroupThousandsWithApostrophe()
{
    QFETCH(QString, lang);
    QVERIFY(Languages::install(lang));
    QCOMPARE(QLocale().toString(15000), QStringLiteral("15\u2019000"));
    QCOMPARE(plain::timesPhrase(15230).count(QStringLiteral("15\u2019000")), 1);
}

void PlainTextTest::timesPhraseShowsRoundedGroupedNumber_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<qint64>("events");
    for (const QString &code : Languages::codes()) {
        // From 3 up: a translation may say "once" or "twice" instead of a number.
        for (const qint64 n :
             {qint64(3), qint64(99), qint64(1234), qint64(15230), qint64(98231334)})
            QTest::addRow("%s %lld", qPrintable(code), static_cast<long long>(n)) << code << n;
    }
}

void PlainTextTest::timesPhraseShowsRoundedGroupedNumber()
{
    QFETCH(QString, lang);
    QFETCH(qint64, events);
    QVERIFY(Languages::install(lang));
    const QString phrase = plain::timesPhrase(events);
    const QString number = Languages::locale(lang).toString(plain::roundForPeople(events));
    QVERIFY2(phrase.contains(number), qPrintable(phrase + QStringLiteral(" lacks ") + number));
    if (lang == u"de")
        QVERIFY2(events < 1000 || phrase.contains(kApostrophe), qPrintable(phrase));
    // The exact count is never shown once rounded.
    if (plain::roundForPeople(events) != events)
        QVERIFY2(!phrase.contains(QString::number(events)), qPrintable(phrase));
}

void PlainTextTest::eventsPhraseShowsRoundedGroupedNumber_data()
{
    timesPhraseShowsRoundedGroupedNumber_data();
}

void PlainTextTest::eventsPhraseShowsRoundedGroupedNumber()
{
    QFETCH(QString, lang);
    QFETCH(qint64, events);
    QVERIFY(Languages::install(lang));
    const QString phrase = plain::eventsPhrase(events);
    const QString number = Languages::locale(lang).toString(plain::roundForPeople(events));
    QVERIFY2(phrase.contains(number), qPrintable(phrase + QStringLiteral(" lacks ") + number));
    if (lang == u"de")
        QVERIFY2(events < 1000 || phrase.contains(kApostrophe), qPrintable(phrase));
    if (plain::roundForPeople(events) != events)
        QVERIFY2(!phrase.contains(QString::number(events)), qPrintable(phrase));
}

void PlainTextTest::phrasesShowCountsBeyondTwoBillion()
{
    // `count` is any integer >= 1, so a log can hold more than 2^31 events.
    QVERIFY(Languages::install(QStringLiteral("de")));
    const QString expected = QStringLiteral("3\u2019000\u2019000\u2019000");
    QVERIFY2(plain::timesPhrase(3000000000).contains(expected),
             qPrintable(plain::timesPhrase(3000000000)));
    QVERIFY2(plain::eventsPhrase(3000000000).contains(expected),
             qPrintable(plain::eventsPhrase(3000000000)));
}

void PlainTextTest::roundedPhrasesDifferFromExactOnes()
{
    // 1234 reads "about 1’200", 1200 reads "1’200": the customer is told which is rounded.
    QFETCH(QString, lang);
    QVERIFY(Languages::install(lang));
    QVERIFY(plain::timesPhrase(1234) != plain::timesPhrase(1200));
    QVERIFY(plain::eventsPhrase(1234) != plain::eventsPhrase(1200));
}

void PlainTextTest::sizePhraseShowsNumberInLocale_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<double>("shown");
    QTest::addColumn<int>("decimals");
    for (const QString &code : Languages::codes()) {
        const QByteArray c = code.toLatin1();
        QTest::addRow("%s 120 bytes", c.constData()) << code << qint64(120) << 120.0 << 0;
        QTest::addRow("%s 850 kB", c.constData()) << code << qint64(850000) << 850.0 << 0;
        QTest::addRow("%s 1.2 MB", c.constData()) << code << qint64(1234567) << 1.2 << 1;
        QTest::addRow("%s 12 MB", c.constData()) << code << qint64(12000000) << 12.0 << 0;
        QTest::addRow("%s 98 MB", c.constData()) << code << qint64(98231334) << 98.0 << 0;
        QTest::addRow("%s 1.6 GB", c.constData()) << code << qint64(1584714587) << 1.6 << 1;
        // Beyond the largest unit the number grows: it must be grouped too.
        QTest::addRow("%s 1235 TB", c.constData())
            << code << qint64(1234567890123456) << 1235.0 << 0;
    }
}

void PlainTextTest::sizePhraseShowsNumberInLocale()
{
    QFETCH(QString, lang);
    QFETCH(qint64, bytes);
    QFETCH(double, shown);
    QFETCH(int, decimals);
    QVERIFY(Languages::install(lang));
    const QString phrase = plain::sizePhrase(bytes);
    const QString number = Languages::locale(lang).toString(shown, 'f', decimals);
    QVERIFY2(phrase.contains(number), qPrintable(phrase + QStringLiteral(" lacks ") + number));
}

void PlainTextTest::maskVinKeepsFirstThreeAndLastFour_data()
{
    QTest::addColumn<QString>("vin");
    QTest::addColumn<QString>("expected");
    const QString hidden(10, QChar(0x2022));
    QTest::addRow("demo VIN") << QStringLiteral("WVWZZZCYWR0668936")
                              << QStringLiteral("WVW") + hidden + QStringLiteral("8936");
    QTest::addRow("Honda VIN") << QStringLiteral("JHMZE1H70LS000123")
                               << QStringLiteral("JHM") + hidden + QStringLiteral("0123");
}

void PlainTextTest::maskVinKeepsFirstThreeAndLastFour()
{
    QFETCH(QString, vin);
    QFETCH(QString, expected);
    const QString masked = plain::maskVin(vin);
    QCOMPARE(masked, expected);
    QCOMPARE(masked.size(), vin.size());
    QVERIFY(!masked.contains(vin.mid(3, 10)));
}

void PlainTextTest::dateIsDayMonthYearWithDotsInEveryLanguage()
{
    QFETCH(QString, lang);
    QVERIFY(Languages::install(lang));
    QCOMPARE(Languages::date(QDate(2026, 4, 1)), QStringLiteral("01.04.2026"));
    QCOMPARE(Languages::date(QDate(2026, 12, 31)), QStringLiteral("31.12.2026"));
    QCOMPARE(Languages::date(QDate(2027, 1, 9)), QStringLiteral("09.01.2027"));
}

void PlainTextTest::inShortIsThreeSentencesForDemoLog()
{
    QFETCH(QString, lang);
    QVERIFY(Languages::install(lang));
    const QStringList sentences = inShort(m_demo, Catalogue::builtIn());
    QCOMPARE(sentences.size(), 3);
    for (const QString &s : sentences) {
        QVERIFY2(!s.trimmed().isEmpty(), qPrintable(lang));
        QVERIFY2(s.trimmed().endsWith(u'.'), qPrintable(s));
    }
    // The first says when, in Swiss dates (the demo runs from 1 April to 30 September 2026).
    QVERIFY2(sentences[0].contains(QStringLiteral("01.04.2026")), qPrintable(sentences[0]));
    QVERIFY2(sentences[0].contains(QStringLiteral("30.09.2026")), qPrintable(sentences[0]));
    // ... and how much, grouped the Swiss way.
    const QString total =
        Languages::locale(lang).toString(plain::roundForPeople(m_demo.totals().events));
    QVERIFY2(sentences[0].contains(total), qPrintable(sentences[0]));
}

void PlainTextTest::plainSummaryNamesEveryRecipientAndMasksVin()
{
    QFETCH(QString, lang);
    QVERIFY(Languages::install(lang));
    const Catalogue &catalogue = Catalogue::builtIn();
    const QString text = plainSummary(m_demo, catalogue, lang);

    const QString vin = QString::fromStdString(m_demo.header().vin);
    QCOMPARE(vin.size(), 17);
    QVERIFY2(text.contains(plain::maskVin(vin)), qPrintable(text));
    QVERIFY2(!text.contains(vin), "the full VIN is shown");
    QVERIFY2(!text.contains(vin.mid(3, 10)), "the VIN's hidden middle is shown");

    // Every party that received data (not "onboard") appears: known ones by their legal name,
    // unknown ones by their host.
    int recipients = 0;
    for (const auto &[party, tally] : m_demo.byParty()) {
        if (party == "onboard")
            continue;
        ++recipients;
        const Recipient *r = catalogue.match(party);
        const QString name = r ? r->name : QString::fromStdString(party);
        QVERIFY2(text.contains(name), qPrintable(name + QStringLiteral(" missing from:\n") + text));
        if (r) {
            QVERIFY2(text.contains(plain::countryName(catalogue, r->country, lang)),
                     qPrintable(r->country));
        }
    }
    QVERIFY(recipients >= 3);
}

void PlainTextTest::declaredEndIsShownAsTheLastDayItCovers()
{
    // The demo's export declares "to": "2026-10-01T00:00:00Z", an exclusive end: it covers up
    // to 30.09.2026, the day its last event is on, so the two periods do not seem to differ.
    QFETCH(QString, lang);
    QVERIFY(Languages::install(lang));
    const QString text = plainSummary(m_demo, Catalogue::builtIn(), lang);
    const QString declared = text.section(u'\n', 1, 1);
    QVERIFY2(declared.contains(QStringLiteral("01.04.2026")), qPrintable(declared));
    QVERIFY2(declared.contains(QStringLiteral("30.09.2026")), qPrintable(declared));
    QVERIFY2(!text.contains(QStringLiteral("01.10.2026")), qPrintable(text));
}

void PlainTextTest::truncatedLogSaysWhatIsMissing()
{
    // Cut on 14.07 in an export to 01.10, with one refused line: the report says so.
    QFETCH(QString, lang);
    QVERIFY(Languages::install(lang));
    Summary cut;
    QVERIFY(
        readLog(test::dataPath(QStringLiteral("import/vdfl/truncated-before-declared-end.jsonl")),
                cut)
            .ok());
    QCOMPARE(cut.counts().rejected, 1);
    const QString sentence = plain::coverageSentence(cut.coverage());
    QVERIFY2(sentence.contains(QStringLiteral("01.04.2026")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("30.09.2026")), qPrintable(sentence));
    QVERIFY2(sentence.contains(QStringLiteral("14.07.2026")), qPrintable(sentence));
    QVERIFY2(sentence.contains(plain::durationPhrase(*cut.coverage().missingAtEndSecs)),
             qPrintable(sentence));
    const QString text = plainSummary(cut, Catalogue::builtIn(), lang);
    QVERIFY2(text.contains(sentence), qPrintable(text));
    if (lang == u"en") {
        QVERIFY2(text.contains(QStringLiteral("It stops on 14.07.2026: about 2 and a half months "
                                              "at the end are missing.")),
                 qPrintable(text));
    }
}

void PlainTextTest::manyRecipientsAreCountedWithSwissGrouping()
{
    // 1500 addresses nobody names: "1’500 Empfänger", never "1500", as the other numbers.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.jsonl"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"vdfl": 1, "vehicle": {"vin": "WVWZZZE1ZNP012345"}})"
            "\n");
    for (int i = 0; i < 1500; ++i) {
        f.write(QStringLiteral(R"({"t": "2026-04-01T08:00:00Z", "kind": "sent", "data": )"
                               R"("location", "to": "192.0.%1.%2"})"
                               "\n")
                    .arg(i / 250)
                    .arg(i % 250 + 1)
                    .toLatin1());
    }
    f.close();
    Summary many;
    QVERIFY(readLog(path, many).ok());
    QVERIFY(Languages::install(QStringLiteral("de")));
    const QString text = plainSummary(many, Catalogue::builtIn(), QStringLiteral("de"));
    QVERIFY2(text.contains(QStringLiteral("1’500 Empfänger")), qPrintable(text));
    QVERIFY(Languages::install(QStringLiteral("en")));
}

void PlainTextTest::completeLogSaysNothingIsMissing()
{
    QVERIFY(Languages::install(QStringLiteral("en")));
    QVERIFY(!m_demo.coverage().incomplete());
    QVERIFY(plain::coverageSentence(m_demo.coverage()).isEmpty());
    QVERIFY(!plainSummary(m_demo, Catalogue::builtIn(), QStringLiteral("en"))
                 .contains(QStringLiteral("should cover")));
}

void PlainTextTest::aRangeOfDaysIsWrittenShortInSwissTime()
{
    const qint64 april12 = QDateTime(QDate(2026, 4, 12), QTime(8, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 october11 =
        QDateTime(QDate(2026, 10, 11), QTime(21, 0), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(Languages::swissDateRange(april12, october11), QStringLiteral("12.04.–11.10.2026"));
    // 23:30 UTC on 31 December is already the new year in Zurich.
    const qint64 newYear =
        QDateTime(QDate(2025, 12, 31), QTime(23, 30), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(Languages::swissDateRange(newYear, april12), QStringLiteral("01.01.–12.04.2026"));
    const qint64 december = QDateTime(QDate(2025, 12, 12), QTime(9, 0), Qt::UTC).toSecsSinceEpoch();
    QCOMPARE(Languages::swissDateRange(december, april12), QStringLiteral("12.12.2025–12.04.2026"));
    QCOMPARE(Languages::swissDateRange(april12, april12 + 3600), QStringLiteral("12.04.2026"));
}

QTEST_GUILESS_MAIN(PlainTextTest)
#include "tst_plaintext.moc"
