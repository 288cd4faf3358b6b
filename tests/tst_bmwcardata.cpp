// SPDX-License-Identifier: GPL-3.0-or-later
// BMW CarData's archive beyond its golden fixtures: every written form of its times, an index
// that nests without end, an unzipped archive in a folder, and the promise that no coordinate,
// address or learned place leaves the importer, in any output and any language.

#include "bmwcardataimporter.h"
#include "bmwtime.h"
#include "bytestream.h"
#include "catalogue.h"
#include "exportdetailtext.h"
#include "languages.h"
#include "plainsummary.h"
#include "readlog.h"
#include "reportjson.h"
#include "rfc3339.h"
#include "summary.h"
#include "testsupport.h"
#include "ziparchive.h"
#include "zipwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;

namespace {

constexpr const char *k2025 = "import/bmw-cardata/archive-2025-with-key-names.zip";

/** Reads \a index alone, as readLog hands a lone KeyList file to the importer. */
LogRead readIndex(const std::string &index, Summary &summary)
{
    MemoryStream stream(index);
    LogRead read;
    read.source.name = "CarData_KeyList.xml";
    BmwCarDataImporter().read(stream, summary, read);
    summary.onFinish(read);
    return read;
}

/** A ZIP of \a files in \a dir, as a customer's stick holds it; its path. */
QString writeZip(const QTemporaryDir &dir, const std::vector<test::FileSpec> &files)
{
    const QString path = dir.filePath(QStringLiteral("archive.zip"));
    QFile zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        return {};
    zip.write(QByteArray::fromStdString(test::makeZip(files)));
    return path;
}

} // namespace

class TestBmwCarData : public QObject
{
    Q_OBJECT

private slots:
    void timesAreReadInEveryFormTheArchiveWrites_data();
    void timesAreReadInEveryFormTheArchiveWrites();
    void anIndexNestedWithoutEndIsRejectedNotRecursed();
    void anUnzippedArchiveInAFolderReadsLikeItsZip();
    void noCoordinateAddressOrPlaceNameLeavesTheImporter();
    void staggeredTyresAreShownPerAxle();
    void contractsWithoutStatusAreActiveWhileTheirPeriodRuns();
    void theSinkHearsTheCarBeforeAnyRecordOrRejection();
    void serviceAndCheckControlMessagesTakeTheirOwnListsTime();
    void anIndexWhoseRootComesLateIsKnownByItsName();
    void anEmptyNamedFileIsThereNotMissing();
};

void TestBmwCarData::timesAreReadInEveryFormTheArchiveWrites_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty: refused
    QTest::newRow("2019 value time") << "21.02.2019 10:35:29"
                                     << "2019-02-21T10:35:29Z";
    QTest::newRow("2019 with UTC") << "21.02.2019 06:21:00 UTC"
                                   << "2019-02-21T06:21:00Z";
    QTest::newRow("service date, minutes") << "01.12.2020 00:00"
                                           << "2020-12-01T00:00:00Z";
    QTest::newRow("request date") << "01-10-2025"
                                  << "2025-10-01T00:00:00Z";
    QTest::newRow("ISO with zone") << "2025-10-01T08:12:44.123Z"
                                   << "2025-10-01T08:12:44Z";
    QTest::newRow("ISO with offset") << "2025-10-01T10:12:44+02:00"
                                     << "2025-10-01T08:12:44Z";
    QTest::newRow("ISO without zone") << "2025-10-01T08:12:44"
                                      << "2025-10-01T08:12:44Z";
    QTest::newRow("ISO with a space") << " 2025-10-01 08:12:44.5 "
                                      << "2025-10-01T08:12:44Z";
    QTest::newRow("a date") << "2025-10-01"
                            << "2025-10-01T00:00:00Z";
    QTest::newRow("epoch seconds") << "1759306364"
                                   << "2025-10-01T08:12:44Z";
    QTest::newRow("epoch milliseconds") << "1759306364123"
                                        << "2025-10-01T08:12:44Z";
    QTest::newRow("31 February") << "31.02.2019 10:00:00"
                                 << "";
    QTest::newRow("hour 25") << "21.02.2019 25:00:00"
                             << "";
    QTest::newRow("words") << "gestern"
                           << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("nine digits") << "175930636"
                                 << "";
}

void TestBmwCarData::timesAreReadInEveryFormTheArchiveWrites()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const std::optional<std::int64_t> t = parseBmwTime(text.toStdString());
    if (utc.isEmpty()) {
        QVERIFY2(!t, qPrintable(QString::fromStdString(t ? formatUtc(*t) : std::string())));
        return;
    }
    QVERIFY(t);
    QCOMPARE(QString::fromStdString(formatUtc(*t)), utc);
}

void TestBmwCarData::anIndexNestedWithoutEndIsRejectedNotRecursed()
{
    std::string index = "<customerArchiveContent vin=\"WBY31AW0X0FP00001\" "
                        "requestDate=\"01-10-2025\">";
    for (int i = 0; i < 200000; ++i)
        index += "<a>";
    Summary summary;
    const LogRead read = readIndex(index, summary);
    QVERIFY(read.ok());
    QCOMPARE(read.counts.rejected, 1);
    QCOMPARE(summary.rejections().front().reason, Rejection::XmlTooDeep);
    // The car is still named: the root came before the nesting.
    QCOMPARE(summary.header().vin, std::string("WBY31AW0X0FP00001"));
}

void TestBmwCarData::anUnzippedArchiveInAFolderReadsLikeItsZip()
{
    // A customer who unpacked the archive onto a stick brings a folder: the same review.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString zipPath = test::dataPath(QString::fromLatin1(k2025));
    Summary fromZip;
    QVERIFY(readLog(zipPath, fromZip).ok());

    QFile zip(zipPath);
    QVERIFY(zip.open(QIODevice::ReadOnly));
    const std::string bytes = zip.readAll().toStdString();
    MemoryStream stream(bytes);
    walkZip(
        stream,
        [&dir](const ArchiveEntry &entry) {
            const QString path = dir.filePath(QString::fromStdString(entry.name));
            QDir().mkpath(QFileInfo(path).path());
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                return false;
            out.write(entry.data.data(), static_cast<qint64>(entry.data.size()));
            return true;
        },
        ArchiveLimits{});
    Summary fromFolder;
    const LogRead read = readLog(dir.path(), fromFolder);
    QVERIFY2(read.ok(), refusalText(read.refusal).c_str());
    QCOMPARE(read.source.format, std::string("bmw-cardata"));
    QVERIFY(read.source.folder);
    QCOMPARE(fromFolder.totals().events, fromZip.totals().events);
    QCOMPARE(fromFolder.details().learned.places, fromZip.details().learned.places);
    QCOMPARE(fromFolder.details().tyreSets.size(), std::size_t{2});
}

void TestBmwCarData::noCoordinateAddressOrPlaceNameLeavesTheImporter()
{
    Summary summary;
    QVERIFY(readLog(test::dataPath(QString::fromLatin1(k2025)), summary).ok());
    // What the fixture's files hold and no output may show: coordinates, addresses, the
    // municipality of a charging place, the learned labels and the places' ids.
    const QStringList secrets = {QStringLiteral("47.1"),      QStringLiteral("8.54"),
                                 QStringLiteral("Musterweg"), QStringLiteral("Zürich"),
                                 QStringLiteral("Bern"),      QStringLiteral("HOME"),
                                 QStringLiteral("WORK"),      QStringLiteral("\"p1\"")};
    QStringList outputs;
    outputs << QString::fromUtf8(inspectionJson(summary, Catalogue::builtIn()));
    for (const QString &lang : QStringList{QStringLiteral("fr"), QStringLiteral("de"),
                                           QStringLiteral("it"), QStringLiteral("en")}) {
        QVERIFY(Languages::install(lang));
        outputs << plainSummary(summary, Catalogue::builtIn(), lang);
    }
    QVERIFY(Languages::install(QStringLiteral("en")));
    for (const QString &out : std::as_const(outputs)) {
        for (const QString &secret : secrets)
            QVERIFY2(!out.contains(secret), qPrintable(secret + QStringLiteral(" in:\n") + out));
    }
    // What is said instead: the counts.
    QVERIFY(outputs.last().contains(QStringLiteral("learned 4 places")));
    QVERIFY(outputs.last().contains(QStringLiteral("3 charging sessions")));
}

void TestBmwCarData::staggeredTyresAreShownPerAxle()
{
    ExportDetails details;
    details.tyresPresent = true;
    TyreSetFacts set;
    for (const auto wheel : {TyreFacts::Wheel::FrontLeft, TyreFacts::Wheel::FrontRight,
                             TyreFacts::Wheel::RearLeft, TyreFacts::Wheel::RearRight}) {
        TyreFacts t;
        t.wheel = wheel;
        const bool front =
            wheel == TyreFacts::Wheel::FrontLeft || wheel == TyreFacts::Wheel::FrontRight;
        t.dimension = front ? "245/40 R19 98Y" : "275/35 R19 100Y";
        t.seasonCode = "summer";
        set.tyres.push_back(t);
    }
    details.tyreSets.push_back(set);
    QVERIFY(Languages::install(QStringLiteral("en")));
    const std::vector<TyreLine> lines = tyreLines(details.tyreSets);
    QCOMPARE(lines.size(), std::size_t{2});
    QCOMPARE(lines[0].wheels, QStringLiteral("Front"));
    QCOMPARE(lines[0].dimension, QStringLiteral("245/40 R19 98Y"));
    QCOMPARE(lines[1].wheels, QStringLiteral("Rear"));
    QCOMPARE(lines[1].sentence(),
             QStringLiteral("Mounted tyres (rear): 275/35 R19 100Y · Summer tyres."));
    // One odd tyre: each wheel on its own line.
    details.tyreSets[0].tyres[3].dimension = "275/30 R19 96Y";
    QCOMPARE(tyreLines(details.tyreSets).size(), std::size_t{4});
}

void TestBmwCarData::contractsWithoutStatusAreActiveWhileTheirPeriodRuns()
{
    const auto index = [](const char *start, const char *end, const char *status) {
        return std::string("<customerArchiveContent vin=\"WBY31AW0X0FP00001\" "
                           "requestDate=\"01-10-2025\"><casaContractDetailsDataList><name>"
                           "Remote Services</name><status>") +
               status + "</status><contractPeriod><start>" + start + "</start><end>" + end +
               "</end></contractPeriod></casaContractDetailsDataList></customerArchiveContent>";
    };
    struct Case
    {
        const char *start, *end, *status;
        bool active;
    };
    for (const Case &c :
         {Case{"2024-01-01", "2026-01-01", "", true}, Case{"2021-01-01", "2024-01-01", "", false},
          Case{"2024-01-01", "2026-01-01", "EXPIRED", false},
          Case{"2021-01-01", "2024-01-01", "ACTIVE", true}}) {
        Summary summary;
        QVERIFY(readIndex(index(c.start, c.end, c.status), summary).ok());
        QCOMPARE(summary.details().contracts.size(), std::size_t{1});
        QCOMPARE(summary.details().contracts[0].active, c.active);
    }
}

void TestBmwCarData::theSinkHearsTheCarBeforeAnyRecordOrRejection()
{
    // The charging history comes before the index, the index has a DTD: the sink still hears
    // the header first, then the rejection and the record that waited for it.
    class Order final : public LogSink
    {
    public:
        void onHeader(const LogHeader &) override { events << QStringLiteral("header"); }
        void onRecord(const Record &) override { events << QStringLiteral("record"); }
        void onRejection(const RejectedItem &) override { events << QStringLiteral("rejected"); }
        void onFinish(const LogRead &) override { events << QStringLiteral("finish"); }
        QStringList events;
    } order;
    readLog(test::dataPath(QStringLiteral(
                "import/bmw-cardata/index-with-dtd-and-entity-bomb-is-not-read.zip")),
            order);
    QCOMPARE(order.events, (QStringList{QStringLiteral("header"), QStringLiteral("rejected"),
                                        QStringLiteral("record"), QStringLiteral("finish")}));
}

void TestBmwCarData::serviceAndCheckControlMessagesTakeTheirOwnListsTime()
{
    const std::string index =
        "<customerArchiveContent vin=\"WBY31AW0X0FP00001\" requestDate=\"01-10-2025\">"
        "<telematicValueList dataCategory=\"USAGE_BASED\">"
        "<valueTimestamp>03.09.2025 10:00:00</valueTimestamp>"
        "<ccmMessageList><ccmMessage><id>1</id></ccmMessage>"
        "<valueTimestamp>05.09.2025 10:00:00</valueTimestamp></ccmMessageList>"
        "<cbsMessageList><cbsMessage><name>Bremsflüssigkeit</name><date>01.12.2026 00:00</date>"
        "</cbsMessage><valueTimestamp>07.09.2025 10:00:00</valueTimestamp></cbsMessageList>"
        "</telematicValueList></customerArchiveContent>";
    Summary summary;
    QVERIFY(readIndex(index, summary).ok());
    QStringList days;
    for (const auto &[day, tally] : summary.byDay())
        days << QString::fromStdString(formatDay(day));
    // Not the list's own time, not the request date, not the service's due date.
    QCOMPARE(days, (QStringList{QStringLiteral("2025-09-05"), QStringLiteral("2025-09-07")}));
}

void TestBmwCarData::anIndexWhoseRootComesLateIsKnownByItsName()
{
    // Past the 64 KiB a sniff looks at: only the entry's name says it is the index.
    const std::string index = "<?xml version=\"1.0\"?><!--" + std::string(100 * 1024, 'x') +
                              "--><customerArchiveContent vin=\"WMW11DJ0X02T00001\" "
                              "requestDate=\"01-10-2025\"/>";
    QTemporaryDir dir;
    const QString path = writeZip(dir, {{"CarData_KeyList.xml", index}});
    Summary summary;
    const LogRead read = readLog(path, summary);
    QVERIFY2(read.ok(), refusalText(read.refusal).c_str());
    QCOMPARE(read.source.format, std::string("bmw-cardata"));
    QCOMPARE(summary.header().vin, std::string("WMW11DJ0X02T00001"));
    QCOMPARE(summary.header().make, std::optional<std::string>("MINI"));
}

void TestBmwCarData::anEmptyNamedFileIsThereNotMissing()
{
    const std::string index = "<customerArchiveContent vin=\"WMW11DJ0X02T00001\" "
                              "requestDate=\"01-10-2025\" chargingHistoryFileName=\"c.json\" "
                              "smartMaintenanceFileName=\"t.json\"/>";
    QTemporaryDir dir;
    const QString path = writeZip(dir, {{"CarData_KeyList.xml", index}, {"c.json", ""}});
    Summary summary;
    const LogRead read = readLog(path, summary);
    QVERIFY(read.ok());
    QCOMPARE(read.counts.blank, 1);
    std::int64_t missing = -1;
    for (const auto &[name, n] : read.source.formatCounts) {
        if (name == "files_named_not_found")
            missing = n;
    }
    QCOMPARE(missing, 1); // t.json only
}

QTEST_GUILESS_MAIN(TestBmwCarData)
#include "tst_bmwcardata.moc"
