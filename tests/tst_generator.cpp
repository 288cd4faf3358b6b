// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the demo log generator, in process: what it writes is a valid, realistic VDFL log
// that exercises every part of the kiosk, and the same seed always gives the same file.

#include "catalogue.h"
#include "category.h"
#include "generator.h"
#include "readlog.h"
#include "record.h"
#include "summary.h"
#include "testsupport.h"
#include "vdflreader.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <string>

using namespace vitrine;

namespace {

/** What one pass over a generated log saw, record by record. */
struct Seen
{
    LogHeader header;
    std::int64_t records = 0;
    std::int64_t events = 0;
    std::int64_t rejected = 0;
    std::int64_t firstUtc = 0;
    std::int64_t lastUtc = 0;
    std::int64_t outOfOrderLine = 0; ///< first line whose time is before the previous one
    QSet<int> kinds;
    CategorySet categories = 0;
    QSet<QString> parties; ///< every `to` and `via`, normalised
    /** Shared records to an insurer or data broker that name who passed the data on. */
    std::int64_t sharedToBrokerWithVia = 0;
};

bool readSeen(const QString &path, Seen *seen, VdflReader *reader)
{
    const Catalogue &catalogue = Catalogue::builtIn();
    reader->onHeader([seen](const LogHeader &h) { seen->header = h; });
    reader->onRejection([seen](const RejectedItem &) { ++seen->rejected; });
    reader->onRecord([seen, &catalogue](const Record &r) {
        if (seen->records == 0)
            seen->firstUtc = r.timeUtc;
        if (r.timeUtc < seen->lastUtc && seen->outOfOrderLine == 0)
            seen->outOfOrderLine = r.line;
        seen->lastUtc = r.timeUtc;
        ++seen->records;
        seen->events += r.count;
        seen->kinds.insert(static_cast<int>(r.kind));
        seen->categories |= r.categories;
        if (!r.to.empty())
            seen->parties.insert(QString::fromUtf8(r.to.data(), qsizetype(r.to.size())));
        if (!r.via.empty())
            seen->parties.insert(QString::fromUtf8(r.via.data(), qsizetype(r.via.size())));
        if (r.kind == Kind::Shared && !r.via.empty()) {
            const Recipient *to = catalogue.match(r.to);
            if (to && (to->role == u"insurer" || to->role == u"data_broker"))
                ++seen->sharedToBrokerWithVia;
        }
    });
    return reader->readFile(path);
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class GeneratorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void logHasExactlyTheAskedEventsAndNoRejectedLine_data();
    void logHasExactlyTheAskedEventsAndNoRejectedLine();
    void recordsAreInTimeOrderWithinThePeriod_data() { seedRows(); }
    void recordsAreInTimeOrderWithinThePeriod();
    void everyKindAndEveryCategoryIsPresent_data() { seedRows(); }
    void everyKindAndEveryCategoryIsPresent();
    void insurerOrDataBrokerReceivesSharedDataVia_data() { seedRows(); }
    void insurerOrDataBrokerReceivesSharedDataVia();
    void someHostIsUnknownToTheCatalogue_data() { seedRows(); }
    void someHostIsUnknownToTheCatalogue();
    void everyOrgIdResolvesInTheCatalogue_data() { seedRows(); }
    void everyOrgIdResolvesInTheCatalogue();
    void sameSeedGivesIdenticalFile();
    void differentSeedsGiveDifferentLogs();
    void gzipLogReadsLikeThePlainOne();

private:
    /** Seeds covering each of the generator's car profiles. */
    static void seedRows();
    /** The log of this seed (20'000 events, the default period), read once; nullptr when that
     * fails. */
    const Seen *seen(quint64 seed);

    QTemporaryDir m_dir;
    QString m_log; ///< seed 7
    QHash<quint64, Seen> m_seen;
};

void GeneratorTest::seedRows()
{
    QTest::addColumn<quint64>("seed");
    for (const quint64 seed : {1ULL, 2ULL, 3ULL, 7ULL, 42ULL, 1000ULL})
        QTest::addRow("seed %llu", static_cast<unsigned long long>(seed)) << seed;
}

const Seen *GeneratorTest::seen(quint64 seed)
{
    auto it = m_seen.find(seed);
    if (it != m_seen.end())
        return &*it;
    const QString path = m_dir.filePath(QStringLiteral("seed%1.vdfl.jsonl").arg(seed));
    GeneratorOptions o;
    o.events = 20000;
    o.seed = seed;
    const GeneratorResult r = generateLog(path, o);
    Seen s;
    VdflReader reader;
    if (!r.ok || !readSeen(path, &s, &reader))
        return nullptr;
    return &*m_seen.insert(seed, s);
}

void GeneratorTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_log = m_dir.filePath(QStringLiteral("seed7.vdfl.jsonl"));
    GeneratorOptions o;
    o.events = 20000;
    o.seed = 7;
    const GeneratorResult r = generateLog(m_log, o);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.events, o.events);
    VdflReader reader;
    Seen s;
    QVERIFY2(readSeen(m_log, &s, &reader), refusalText(reader.refusal()).c_str());
    QCOMPARE(s.records, r.records);
    QCOMPARE(s.events, r.events);
    QCOMPARE(QString::fromStdString(s.header.vin), r.vin);
    m_seen.insert(7, s);
}

void GeneratorTest::logHasExactlyTheAskedEventsAndNoRejectedLine_data()
{
    QTest::addColumn<qint64>("events");
    QTest::addColumn<int>("days");
    QTest::addRow("one event") << qint64(1) << 183;
    QTest::addRow("fewer events than days") << qint64(50) << 183;
    QTest::addRow("one day") << qint64(300) << 1;
    QTest::addRow("a season") << qint64(15230) << 183;
    QTest::addRow("a year") << qint64(40000) << 365;
}

void GeneratorTest::logHasExactlyTheAskedEventsAndNoRejectedLine()
{
    QFETCH(qint64, events);
    QFETCH(int, days);
    const QString path = m_dir.filePath(QStringLiteral("count.jsonl"));
    GeneratorOptions o;
    o.events = events;
    o.days = days;
    o.seed = 11;
    const GeneratorResult r = generateLog(path, o);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.events, events);

    Summary summary;
    const LogRead read = vitrine::readLog(path, summary);
    QVERIFY2(read.ok(), refusalText(read.refusal).c_str());
    QCOMPARE(summary.totals().events, events);
    QCOMPARE(summary.counts().rejected, std::int64_t(0));
    QCOMPARE(summary.counts().blank, std::int64_t(0));
    QCOMPARE(summary.counts().accepted, r.records);
    QCOMPARE(summary.counts().total, r.records + 1);
}

void GeneratorTest::recordsAreInTimeOrderWithinThePeriod()
{
    QFETCH(quint64, seed);
    const Seen *read = seen(seed);
    QVERIFY(read != nullptr);
    const Seen &log = *read;
    QVERIFY2(log.outOfOrderLine == 0,
             qPrintable(
                 QStringLiteral("line %1 is earlier than the one before").arg(log.outOfOrderLine)));
    QVERIFY(log.header.declaredFromUtc.has_value());
    QVERIFY(log.header.declaredToUtc.has_value());
    const GeneratorOptions defaults;
    QCOMPARE(*log.header.declaredFromUtc, defaults.startUtc);
    QCOMPARE(*log.header.declaredToUtc, defaults.startUtc + std::int64_t(defaults.days) * 86400);
    QVERIFY2(log.firstUtc >= *log.header.declaredFromUtc,
             qPrintable(QString::number(log.firstUtc)));
    QVERIFY2(log.lastUtc <= *log.header.declaredToUtc, qPrintable(QString::number(log.lastUtc)));
    QCOMPARE(log.rejected, std::int64_t(0));
}

void GeneratorTest::everyKindAndEveryCategoryIsPresent()
{
    QFETCH(quint64, seed);
    const Seen *read = seen(seed);
    QVERIFY(read != nullptr);
    const Seen &log = *read;
    for (const Kind k : {Kind::Sent, Kind::Received, Kind::Shared, Kind::Stored})
        QVERIFY2(log.kinds.contains(static_cast<int>(k)), kindId(k).data());
    for (const Category c : allCategories())
        QVERIFY2(log.categories & categoryBit(c), categoryId(c).data());
}

void GeneratorTest::insurerOrDataBrokerReceivesSharedDataVia()
{
    QFETCH(quint64, seed);
    const Seen *read = seen(seed);
    QVERIFY(read != nullptr);
    const Seen &log = *read;
    QVERIFY(log.sharedToBrokerWithVia > 0);
}

void GeneratorTest::someHostIsUnknownToTheCatalogue()
{
    QFETCH(quint64, seed);
    const Seen *read = seen(seed);
    QVERIFY(read != nullptr);
    const Seen &log = *read;
    const Catalogue &catalogue = Catalogue::builtIn();
    QStringList unknown;
    for (const QString &p : std::as_const(log.parties)) {
        const QByteArray utf8 = p.toUtf8();
        if (!p.startsWith(u"org:") &&
            !catalogue.match(std::string_view(utf8.constData(), size_t(utf8.size()))))
            unknown << p;
    }
    QVERIFY2(!unknown.isEmpty(), qPrintable(log.parties.values().join(u' ')));
}

void GeneratorTest::everyOrgIdResolvesInTheCatalogue()
{
    QFETCH(quint64, seed);
    const Seen *read = seen(seed);
    QVERIFY(read != nullptr);
    const Seen &log = *read;
    const Catalogue &catalogue = Catalogue::builtIn();
    int orgs = 0;
    for (const QString &p : std::as_const(log.parties)) {
        if (!p.startsWith(u"org:"))
            continue;
        ++orgs;
        QVERIFY2(catalogue.byId(p.mid(4)) != nullptr, qPrintable(p));
    }
    QVERIFY(orgs > 0);
}

void GeneratorTest::sameSeedGivesIdenticalFile()
{
    const QString again = m_dir.filePath(QStringLiteral("seed7-again.vdfl.jsonl"));
    GeneratorOptions o;
    o.events = 20000;
    o.seed = 7;
    QVERIFY(generateLog(again, o).ok);
    const QByteArray first = contents(m_log);
    QVERIFY(!first.isEmpty());
    QVERIFY(first == contents(again));
}

void GeneratorTest::differentSeedsGiveDifferentLogs()
{
    const QString other = m_dir.filePath(QStringLiteral("seed8.vdfl.jsonl"));
    GeneratorOptions o;
    o.events = 20000;
    o.seed = 8;
    QVERIFY(generateLog(other, o).ok);
    const QByteArray a = contents(m_log);
    const QByteArray b = contents(other);
    QVERIFY(!b.isEmpty());
    QVERIFY(a != b);
    // Not only the header's seed: the records differ too.
    QVERIFY(a.mid(a.indexOf('\n')) != b.mid(b.indexOf('\n')));
}

void GeneratorTest::gzipLogReadsLikeThePlainOne()
{
    const QString plain = m_dir.filePath(QStringLiteral("g.jsonl"));
    const QString packed = m_dir.filePath(QStringLiteral("g.jsonl.gz"));
    GeneratorOptions o;
    o.events = 3000;
    o.seed = 5;
    QVERIFY(generateLog(plain, o).ok);
    o.gzip = true;
    QVERIFY(generateLog(packed, o).ok);
    const QByteArray bytes = contents(packed);
    QVERIFY(bytes.size() > 2);
    QCOMPARE(quint8(bytes[0]), quint8(0x1f));
    QCOMPARE(quint8(bytes[1]), quint8(0x8b));

    Summary s1;
    Summary s2;
    QVERIFY(vitrine::readLog(plain, s1).ok());
    QVERIFY(vitrine::readLog(packed, s2).ok());
    QVERIFY(!s1.source().gzip);
    QVERIFY(s2.source().gzip);
    QCOMPARE(s2.counts().total, s1.counts().total);
    QCOMPARE(s2.counts().rejected, std::int64_t(0));
    QCOMPARE(s2.totals().events, s1.totals().events);
    QCOMPARE(s2.totals().bytes, s1.totals().bytes);
    QCOMPARE(s2.firstUtc(), s1.firstUtc());
    QCOMPARE(s2.lastUtc(), s1.lastUtc());
}

QTEST_GUILESS_MAIN(GeneratorTest)
#include "tst_generator.moc"
