// SPDX-License-Identifier: GPL-3.0-or-later
// The VDFL reader and the summary beyond the golden fixtures (tst_importfixtures): what cannot
// be read is refused at once, maps are capped, sums saturate, and a reading on several threads
// gives what a reading on one gives.

#include "bytestream.h"
#include "catalogue.h"
#include "importmessages.h"
#include "readlog.h"
#include "reportjson.h"
#include "summary.h"
#include "testsupport.h"
#include "vdflreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace vitrine;

class TestVdflReader : public QObject
{
    Q_OBJECT

private slots:
    void aDeviceAPipeOrAFolderIsRefusedAtOnce_data();
    void aDeviceAPipeOrAFolderIsRefusedAtOnce();
    void distinctKeysAreCappedAndTheOthersCounted();
    void everySumSaturatesInsteadOfWrapping();
    void saturatingAddHoldsAtTheLimits();
    void severalThreadsGiveTheReportOfOne_data();
    void severalThreadsGiveTheReportOfOne();
    void aSummaryAtItsCapsIsReadInOrderAfterAll();
};

namespace {
// prefix + i + suffix, appended (GCC 12 misreads a chain of operator+ as overlapping copies).
std::string numbered(std::string_view prefix, std::size_t i, std::string_view suffix)
{
    std::string out(prefix);
    out.append(std::to_string(i));
    out.append(suffix);
    return out;
}
// The report of \a path read by VdflReader into a summary: on the calling thread alone when
// \a workers is 0, else on that many workers in blocks of about \a blockBytes.
QByteArray reportOf(const QString &path, int workers, std::size_t blockBytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return "cannot open";
    FdStream file(fd);
    VdflReader reader;
    reader.setWorkers(workers);
    reader.setBlockBytes(blockBytes);
    Summary summary;
    const bool ok = reader.read(file, summary);
    ::close(fd);
    summary.finish(reader.counts(), reader.source());
    // A refused file has no report: its refusal is what must match.
    if (!ok)
        return "refused " + QByteArray::number(static_cast<int>(reader.refusal().code)) + " at " +
               QByteArray::number(reader.refusal().position) +
               (reader.source().gzip ? " (gzip)" : "");
    return inspectionJson(summary, Catalogue::builtIn());
}

// \a bytes as one gzip member.
std::string gzipOf(const std::string &bytes)
{
    z_stream z{};
    if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    std::string out(deflateBound(&z, static_cast<uLong>(bytes.size())), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    z.avail_in = static_cast<uInt>(bytes.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : std::string();
}

bool writeFile(const QString &path, const std::string &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) &&
           f.write(bytes.data(), static_cast<qint64>(bytes.size())) ==
               static_cast<qint64>(bytes.size());
}
} // namespace

void TestVdflReader::distinctKeysAreCappedAndTheOthersCounted()
{
    // Every record brings a new host, purpose, via and day: twice and a half each cap.
    const std::size_t n = SummaryLimits::kMaxHosts * 5 / 2;
    static_assert(SummaryLimits::kMaxHosts == SummaryLimits::kMaxPurposes &&
                  SummaryLimits::kMaxHosts == SummaryLimits::kMaxVias &&
                  SummaryLimits::kMaxHosts == SummaryLimits::kMaxDays);
    Summary s;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string host = numbered("h", i, ".example.com");
        const std::string via = numbered("v", i, ".example.net");
        const std::string purpose = numbered("p", i, "");
        Record r;
        r.timeUtc = static_cast<std::int64_t>(i) * 86400;
        r.kind = Kind::Shared;
        r.categories = categoryBit(Category::Location);
        r.to = host;
        r.via = via;
        r.purpose = purpose;
        r.count = 2;
        r.bytes = 3;
        s.add(r);
    }
    Record stored; // "onboard" is kept even when the hosts are full
    stored.kind = Kind::Stored;
    stored.categories = categoryBit(Category::Location);
    stored.purpose = "p0";
    s.add(stored);

    const auto rest = static_cast<std::int64_t>(n - SummaryLimits::kMaxHosts);
    QCOMPARE(s.byParty().size(), SummaryLimits::kMaxHosts + 1);
    QVERIFY(s.byParty().contains("onboard"));
    QCOMPARE(s.purposes().size(), SummaryLimits::kMaxPurposes);
    QCOMPARE(s.byVia().size(), SummaryLimits::kMaxVias);
    QCOMPARE(s.byDay().size(), SummaryLimits::kMaxDays);
    for (const Others *o : {&s.otherParties(), &s.otherVias(), &s.otherPurposes()}) {
        QCOMPARE(o->keys, rest);
        QVERIFY(o->keysExact);
        QCOMPARE(o->tally.events, rest * 2);
        QCOMPARE(o->tally.bytes, rest * 3);
    }
    // The stored record falls on day 0, one of the kept days; the others are the later days.
    QCOMPARE(s.otherDays().keys, rest);
    QCOMPARE(s.otherDays().tally.events, rest * 2);
    QCOMPARE(s.totals().events, static_cast<std::int64_t>(n) * 2 + 1);

    // A key seen again is counted once.
    Record again;
    again.timeUtc = static_cast<std::int64_t>(n - 1) * 86400;
    again.kind = Kind::Sent;
    again.categories = categoryBit(Category::Location);
    const std::string lastHost = numbered("h", n - 1, ".example.com");
    again.to = lastHost;
    s.add(again);
    QCOMPARE(s.otherParties().keys, rest);
    QCOMPARE(s.otherParties().tally.events, rest * 2 + 1);
}

void TestVdflReader::everySumSaturatesInsteadOfWrapping()
{
    // Bypasses the reader's per-record maximum: the sums themselves must hold.
    Summary s;
    for (int i = 0; i < 3; ++i) {
        Record r;
        r.timeUtc = 86400 * 100;
        r.kind = Kind::Shared;
        r.categories = categoryBit(Category::Location) | categoryBit(Category::Driving);
        r.to = "a.example.com";
        r.via = "b.example.net";
        r.purpose = "p";
        r.count = INT64_MAX;
        r.bytes = INT64_MAX;
        s.add(r);
    }
    const auto isMax = [](const Tally &t) { return t.events == INT64_MAX && t.bytes == INT64_MAX; };
    QVERIFY(isMax(s.totals()));
    QVERIFY(isMax(s.byCategory()[static_cast<std::size_t>(Category::Location)]));
    QVERIFY(isMax(s.byKind()[static_cast<std::size_t>(Kind::Shared)]));
    QVERIFY(isMax(s.byChannel()[0]));
    QVERIFY(isMax(s.byBasis()[0]));
    QVERIFY(isMax(s.byPurpose()[0]));
    const PartyTally party = s.byParty().at("a.example.com");
    QVERIFY(isMax(party.total));
    QVERIFY(isMax(party.byCategory[static_cast<std::size_t>(Category::Driving)]));
    QVERIFY(isMax(party.byKind[static_cast<std::size_t>(Kind::Shared)]));
    QVERIFY(isMax(s.byVia().at("b.example.net")));
    const DayTally &day = s.byDay().at(100);
    QVERIFY(isMax(day.total));
    QCOMPARE(day.eventsByCategory[static_cast<std::size_t>(Category::Location)], INT64_MAX);

    // The report says the held value, never a negative one.
    const QByteArray json = inspectionJson(s, Catalogue::builtIn());
    QVERIFY(json.contains("9223372036854775807"));
    QVERIFY(!json.contains(": -"));
}

void TestVdflReader::saturatingAddHoldsAtTheLimits()
{
    QCOMPARE(saturatingAdd(INT64_MAX, 1), INT64_MAX);
    QCOMPARE(saturatingAdd(INT64_MAX - 1, 1), INT64_MAX);
    QCOMPARE(saturatingAdd(INT64_MAX, INT64_MAX), INT64_MAX);
    QCOMPARE(saturatingAdd(40, 2), std::int64_t{42});
    Tally t;
    t.add(INT64_MAX, 5);
    t.add(Tally{1, INT64_MAX});
    QCOMPARE(t.events, INT64_MAX);
    QCOMPARE(t.bytes, INT64_MAX);
}

void TestVdflReader::aDeviceAPipeOrAFolderIsRefusedAtOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("endless device") << QStringLiteral("/dev/zero");
    QTest::newRow("pipe with no writer") << QStringLiteral("fifo");
    QTest::newRow("folder") << QStringLiteral("folder");
}

void TestVdflReader::aDeviceAPipeOrAFolderIsRefusedAtOnce()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QString path = kind;
    if (kind == u"fifo") {
        path = dir.filePath(QStringLiteral("log.jsonl"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"folder") {
        path = dir.path();
    }
    // Before, /dev/zero was read for ever and opening the pipe never returned.
    VdflReader reader;
    QVERIFY(!reader.readFile(path));
    QCOMPARE(reader.refusal().code, Refusal::NotRegularFile);
    // The way in of every format refuses a device and a pipe the same way, before looking at any
    // content; a folder it reads as a stick of deliveries, and this one holds nothing.
    Summary summary;
    const LogRead read = readLog(path, summary);
    QCOMPARE(read.refusal.code,
             kind == u"folder" ? Refusal::UnknownFormat : Refusal::NotRegularFile);
    QVERIFY(!refusalMessage(read.refusal, QStringLiteral("log.jsonl")).isEmpty());
}

void TestVdflReader::severalThreadsGiveTheReportOfOne_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("blockBytes");
    // Every golden fixture, and the lines that cross a block's end in every way: a block per
    // line, a few lines, a read's worth.
    QStringList files =
        QDir(test::dataPath(QStringLiteral("import/vdfl")))
            .entryList({QStringLiteral("*.jsonl"), QStringLiteral("*.jsonl.gz")}, QDir::Files);
    QVERIFY(files.size() > 40);
    // Lines too long to keep, between blocks and at the very end, with and without CR.
    static QTemporaryDir made;
    const std::string header =
        R"({"vdfl":1,"vehicle":{"vin":"WVWZZZ1JZXW000001"},"exported_at":"2026-05-01T00:00:00Z"})";
    const std::string record =
        R"({"t":"2026-04-01T10:00:00Z","kind":"sent","data":"Vehicle.Speed","to":"a.example.com"})";
    const std::string huge(VdflReader::kMaxLineBytes + 1, 'x');
    const std::string edge(VdflReader::kMaxLineBytes, ' ');
    const std::string longLines = header + "\n" + record + "\n" + huge + "\n" + record + "\r\n" +
                                  edge + "\r\n" + huge + huge + "\n\n" + record + "\n" + huge;
    QVERIFY(writeFile(made.filePath(QStringLiteral("long-lines.jsonl")), longLines));
    // A gzip cut short well after its header: refused, with the same lines read before.
    std::string many = header + "\n";
    for (int i = 0; i < 20000; ++i)
        many +=
            numbered(R"({"t":"2026-04-01T10:00:00Z","kind":"sent","data":"Vehicle.Speed","to":"h)",
                     static_cast<std::size_t>(i % 97), R"(.example.com","bytes":)") +
            std::to_string(i) + "}\n";
    const std::string packed = gzipOf(many);
    QVERIFY(packed.size() > 1000);
    QVERIFY(writeFile(made.filePath(QStringLiteral("cut-gzip.jsonl.gz")),
                      packed.substr(0, packed.size() * 3 / 5)));
    for (const QString &file : files) {
        for (const int blockBytes : {1, 100, 65536}) {
            const QString path = test::dataPath(QStringLiteral("import/vdfl/") + file);
            QTest::addRow("%s, blocks of %d", qPrintable(file), blockBytes) << path << blockBytes;
        }
    }
    for (const int blockBytes : {1, 100, 65536, 1 << 20}) {
        QTest::addRow("long lines, blocks of %d", blockBytes)
            << made.filePath(QStringLiteral("long-lines.jsonl")) << blockBytes;
        QTest::addRow("gzip cut short, blocks of %d", blockBytes)
            << made.filePath(QStringLiteral("cut-gzip.jsonl.gz")) << blockBytes;
    }
}

void TestVdflReader::severalThreadsGiveTheReportOfOne()
{
    QFETCH(QString, path);
    QFETCH(int, blockBytes);
    const QByteArray one = reportOf(path, 0, 1 << 20);
    QVERIFY(!one.isEmpty());
    QCOMPARE(reportOf(path, 2, static_cast<std::size_t>(blockBytes)), one);
    QCOMPARE(reportOf(path, 3, static_cast<std::size_t>(blockBytes)), one);
}

void TestVdflReader::aSummaryAtItsCapsIsReadInOrderAfterAll()
{
    // More hosts than a summary keeps: past the cap the parts cannot be joined (which hosts are
    // kept depends on the order they came in), so the reader reads the rest in order itself.
    QTemporaryDir dir;
    std::string log = R"({"vdfl":1,"vehicle":{"vin":"WVWZZZ1JZXW000001"}})"
                      "\n";
    const std::size_t n = SummaryLimits::kMaxHosts + 500;
    for (std::size_t i = 0; i < n; ++i) {
        log +=
            numbered(R"({"t":"2026-04-01T10:00:00Z","kind":"sent","data":"Vehicle.Speed","to":"h)",
                     i, R"(.example.com"})");
        log += i % 1000 == 0 ? "\n{broken\n" : "\n";
    }
    const QString path = dir.filePath(QStringLiteral("many-hosts.jsonl"));
    QVERIFY(writeFile(path, log));
    const QByteArray one = reportOf(path, 0, 1 << 20);
    QVERIFY(one.contains("\"others\""));
    QCOMPARE(reportOf(path, 2, 4096), one);
}

QTEST_GUILESS_MAIN(TestVdflReader)
#include "tst_vdflreader.moc"
