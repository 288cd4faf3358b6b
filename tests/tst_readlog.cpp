// SPDX-License-Identifier: GPL-3.0-or-later
// The one way in (readLog) for inputs that are not one plain file: a log inside a ZIP, ZIPs
// that hold several logs or nothing Vitrine reads, and folders of files and ZIPs.

#include "bytestream.h"
#include "readlog.h"
#include "summary.h"
#include "testsupport.h"
#include "vdflimporter.h"
#include "ziparchive.h"
#include "zipwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vitrine;
using test::makeZip;

namespace {

std::string contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

void write(const QString &path, const std::string &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes.data(), static_cast<qint64>(bytes.size()));
}

/** A format that comes as a folder: it takes every entry named *.probe and keeps its name. */
class ProbeImporter final : public Importer
{
public:
    std::string_view id() const override { return "probe"; }
    QStringList filePatterns() const override { return {QStringLiteral("*.probe")}; }
    bool sniff(std::string_view) const override { return false; }
    bool sniffEntry(std::string_view name, std::string_view) const override
    {
        return name.ends_with(".probe");
    }
    bool readsFolders() const override { return true; }
    void read(ByteStream &, LogSink &, LogRead &) const override {}
    void readEntries(EntrySource &entries, LogSink &, LogRead &) const override
    {
        names->clear();
        entries.forEach([this](const ArchiveEntry &entry) {
            names->push_back(entry.name);
            return true;
        });
    }
    std::vector<std::string> *names = nullptr;
};

} // namespace

class TestReadLog : public QObject
{
    Q_OBJECT

private slots:
    void aLogInsideAZipReadsLikeThePlainFile();
    void aZipWithTwoLogsIsRefusedAsSeveralLogs();
    void aZipWithNothingVitrineReadsIsRefusedAsUnknown();
    void contentNoFormatKnowsUnderANameNoFormatUsesIsUnknown();
    void aFolderIsWalkedInNameOrderWithItsZipsAndTheirProblems();
};

void TestReadLog::aLogInsideAZipReadsLikeThePlainFile()
{
    const QString demo = test::demoLogPath();
    const std::string log = contents(demo);
    QVERIFY(!log.empty());
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("export.zip"));
    const std::string zip = makeZip({{"readme.txt", "not a log"}, {"car/demo.jsonl", log}});
    write(zipPath, zip);

    Summary plain;
    QVERIFY(readLog(demo, plain).ok());
    Summary zipped;
    const LogRead read = readLog(zipPath, zipped);
    QVERIFY2(read.ok(), refusalText(read.refusal).c_str());
    QCOMPARE(read.source.format, std::string("vdfl"));
    QVERIFY(read.source.archive);
    QCOMPARE(zipped.totals().events, plain.totals().events);
    QCOMPARE(zipped.counts().accepted, plain.counts().accepted);
    // The archive as given, and each entry read, by their fingerprints.
    QCOMPARE(read.source.sha256Hex, Sha256::of(zip));
    QCOMPARE(read.source.fileBytes, static_cast<std::int64_t>(zip.size()));
    QCOMPARE(read.source.entryCount, 2);
    QCOMPARE(read.source.entries[1].name, std::string("car/demo.jsonl"));
    QCOMPARE(read.source.entries[1].sha256Hex, plain.source().sha256Hex);
}

void TestReadLog::aZipWithTwoLogsIsRefusedAsSeveralLogs()
{
    const std::string log = contents(test::demoLogPath());
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("two.zip"));
    write(zipPath, makeZip({{"a.jsonl", log}, {"b.jsonl", log}}));
    Summary summary;
    const LogRead read = readLog(zipPath, summary);
    QCOMPARE(read.refusal.code, Refusal::SeveralLogs);
    QCOMPARE(read.refusal.detail, std::string("b.jsonl"));
}

void TestReadLog::aZipWithNothingVitrineReadsIsRefusedAsUnknown()
{
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(QStringLiteral("photos.zip"));
    write(zipPath, makeZip({{"a.txt", "hello"}, {"b.png", "\x89PNG"}}));
    Summary summary;
    QCOMPARE(readLog(zipPath, summary).refusal.code, Refusal::UnknownFormat);
}

void TestReadLog::contentNoFormatKnowsUnderANameNoFormatUsesIsUnknown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    write(path, "Dear customer,\n");
    Summary summary;
    QCOMPARE(readLog(path, summary).refusal.code, Refusal::UnknownFormat);
    // The same bytes under a log's name meet the log format's own, more precise refusal.
    const QString named = dir.filePath(QStringLiteral("notes.jsonl"));
    write(named, "Dear customer,\n");
    QCOMPARE(readLog(named, summary).refusal.code, Refusal::HeaderNotObject);
}

void TestReadLog::aFolderIsWalkedInNameOrderWithItsZipsAndTheirProblems()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("b.probe")), "b");
    write(dir.filePath(QStringLiteral("a.probe")), "a");
    write(dir.filePath(QStringLiteral(".hidden.probe")), "hidden");
    write(dir.filePath(QStringLiteral("sub/c.probe")), "c");
    write(dir.filePath(QStringLiteral("sub/deeper/d.probe")), "too deep");
    write(dir.filePath(QStringLiteral("c.zip")),
          makeZip({{"inner.probe", "i"}, {"../escape.probe", "x"}}));

    std::vector<std::string> names;
    ImporterRegistry registry;
    auto probe = std::make_unique<ProbeImporter>();
    probe->names = &names;
    registry.add(std::move(probe));
    Summary summary;
    const LogRead read = readLog(dir.path(), summary, registry);
    QVERIFY2(read.ok(), refusalText(read.refusal).c_str());
    QVERIFY(read.source.folder);
    QCOMPARE(read.source.format, std::string("probe"));
    QCOMPARE(names,
             (std::vector<std::string>{"a.probe", "b.probe", "c.zip/inner.probe", "sub/c.probe"}));
    QCOMPARE(read.skippedCount, 1);
    QCOMPARE(read.skipped[0].problem, EntryProblem::UnsafeName);
    QCOMPARE(read.skipped[0].name, std::string("c.zip/../escape.probe"));
    // The ZIP as given is fingerprinted beside the entries read from it.
    bool zipFingerprinted = false;
    for (const EntryFingerprint &e : read.source.entries)
        zipFingerprinted |= e.name == "c.zip" && e.sha256Hex.size() == 64;
    QVERIFY(zipFingerprinted);
    // The folder's own fingerprint: SHA-256 of what `sha256sum` prints for the files read as
    // given (hidden and too-deep ones left out), in name order.
    std::string listing;
    for (const char *name : {"a.probe", "b.probe", "c.zip", "sub/c.probe"}) {
        listing += Sha256::of(contents(dir.filePath(QString::fromLatin1(name))));
        listing += "  ";
        listing += name;
        listing += '\n';
    }
    QCOMPARE(read.source.sha256Hex, Sha256::of(listing));
    QCOMPARE(
        read.source.fileBytes,
        static_cast<std::int64_t>(QFileInfo(dir.filePath(QStringLiteral("c.zip"))).size() + 3));

    // The same folder named relative to the current one, as "." on the command line.
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const LogRead here = readLog(QStringLiteral("."), summary, registry);
    QVERIFY(QDir::setCurrent(before));
    QCOMPARE(here.source.sha256Hex, read.source.sha256Hex);

    // Without a format that comes as a folder, a folder is no input at all.
    ImporterRegistry logsOnly;
    logsOnly.add(std::make_unique<VdflImporter>());
    QCOMPARE(readLog(dir.path(), summary, logsOnly).refusal.code, Refusal::NotRegularFile);
    // With them, a folder that holds nothing any format reads is said to be unknown.
    QCOMPARE(readLog(dir.path(), summary).refusal.code, Refusal::UnknownFormat);
}

QTEST_GUILESS_MAIN(TestReadLog)
#include "tst_readlog.moc"
