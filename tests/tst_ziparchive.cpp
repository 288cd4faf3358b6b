// SPDX-License-Identifier: GPL-3.0-or-later
// The archive walker against what real and hostile ZIPs hold: nested archives, zip bombs, names
// that climb out of a folder, encrypted and damaged entries. The ZIPs are written here with
// libarchive, so each case says exactly what it holds.

#include "bytestream.h"
#include "ziparchive.h"
#include "zipwriter.h"

#include <QTest>

#include <string>
#include <vector>

using namespace vitrine;
using test::FileSpec;
using test::makeZip;

namespace {

struct Walked
{
    ArchiveWalk walk;
    std::vector<std::string> names;
    std::vector<std::string> data;
};

Walked walk(const std::string &zip, const ArchiveLimits &limits = {})
{
    Walked w;
    MemoryStream stream(zip);
    w.walk = walkZip(
        stream,
        [&w](const ArchiveEntry &e) {
            w.names.push_back(e.name);
            w.data.emplace_back(e.data);
            return true;
        },
        limits);
    return w;
}

bool skippedFor(const ArchiveWalk &walk, EntryProblem problem)
{
    for (const SkippedEntry &s : walk.skipped) {
        if (s.problem == problem)
            return true;
    }
    return false;
}

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT

private slots:
    void entriesComeInArchiveOrderWithTheirFingerprints();
    void zipsInsideZipsAreWalkedUpToTheDepthLimit();
    void aZipBombIsStoppedBeforeItFillsMemory();
    void anEntryOverTheSizeLimitIsSkippedAndTheRestRead();
    void namesThatClimbOutOrHoldControlsAreListedNeverRead();
    void encryptedEntriesAreRefusedWithTheirName();
    void aDamagedArchiveKeepsWhatCameBeforeTheDamage();
    void theEntryLimitStopsTheWalkAndSaysSo();
    void anEmptyArchiveHoldsNothing();
};

void TestZipArchive::entriesComeInArchiveOrderWithTheirFingerprints()
{
    const Walked w = walk(makeZip({{"a.json", "{\"x\":1}"}, {"dir/b.json", "{}"}}));
    QCOMPARE(w.walk.entries, 2);
    QCOMPARE(w.names, (std::vector<std::string>{"a.json", "dir/b.json"}));
    QCOMPARE(w.data[0], std::string("{\"x\":1}"));
    QVERIFY(w.walk.skipped.empty());

    std::string sha;
    const std::string zip = makeZip({{"a.json", "{}"}});
    MemoryStream stream(zip);
    walkZip(stream, [&sha](const ArchiveEntry &e) {
        sha = e.sha256Hex;
        return true;
    });
    // SHA-256 of "{}".
    QCOMPARE(sha, std::string("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a"));
}

void TestZipArchive::zipsInsideZipsAreWalkedUpToTheDepthLimit()
{
    const std::string inner = makeZip({{"data.json", "inner"}});
    const std::string middle = makeZip({{"inner.zip", inner}, {"m.json", "middle"}});
    const std::string outer = makeZip({{"middle.zip", middle}});

    const Walked all = walk(outer);
    QCOMPARE(all.names,
             (std::vector<std::string>{"middle.zip/inner.zip/data.json", "middle.zip/m.json"}));

    ArchiveLimits shallow;
    shallow.maxDepth = 2;
    const Walked cut = walk(outer, shallow);
    QCOMPARE(cut.names, (std::vector<std::string>{"middle.zip/m.json"}));
    QVERIFY(skippedFor(cut.walk, EntryProblem::TooDeep));
}

void TestZipArchive::aZipBombIsStoppedBeforeItFillsMemory()
{
    // 40 MiB of zeros deflate to about 40 KiB: a thousand times smaller.
    const std::string bomb =
        makeZip({{"bomb.json", std::string(40 * 1024 * 1024, '\0')}, {"after.json", "{}"}});
    QVERIFY(bomb.size() < 200 * 1024);
    const Walked w = walk(bomb);
    QVERIFY(skippedFor(w.walk, EntryProblem::RatioTooHigh));
    QCOMPARE(w.names, (std::vector<std::string>{"after.json"}));
    QVERIFY(w.walk.uncompressedBytes < 1024 * 1024);
}

void TestZipArchive::anEntryOverTheSizeLimitIsSkippedAndTheRestRead()
{
    ArchiveLimits small;
    small.maxEntryBytes = 1000;
    std::string random;
    for (int i = 0; i < 5000; ++i)
        random += static_cast<char>('a' + (i * 7919) % 26);
    const Walked w = walk(makeZip({{"big.json", random}, {"small.json", "{}"}}), small);
    QVERIFY(skippedFor(w.walk, EntryProblem::TooLarge));
    QCOMPARE(w.names, (std::vector<std::string>{"small.json"}));
}

void TestZipArchive::namesThatClimbOutOrHoldControlsAreListedNeverRead()
{
    const Walked w = walk(makeZip({{"../../etc/passwd", "x"},
                                   {"/abs.json", "x"},
                                   {"ok/../../up.json", "x"},
                                   {"line\nbreak.json", "x"},
                                   {"good.json", "{}"}}));
    QCOMPARE(w.names, (std::vector<std::string>{"good.json"}));
    QCOMPARE(w.walk.skippedCount, 4);
    for (const SkippedEntry &s : w.walk.skipped) {
        QCOMPARE(s.problem, EntryProblem::UnsafeName);
        QVERIFY2(s.name.find('\n') == std::string::npos, s.name.c_str());
    }
    QVERIFY(isUnsafeEntryName("a/../b"));
    QVERIFY(isUnsafeEntryName("C:evil"));
    QVERIFY(isUnsafeEntryName("a\\b"));
    QVERIFY(!isUnsafeEntryName("a/..b/c..json"));
}

void TestZipArchive::encryptedEntriesAreRefusedWithTheirName()
{
    const Walked w = walk(makeZip({{"secret.json", "{\"vin\":\"x\"}"}}, "password"));
    QCOMPARE(w.walk.entries, 0);
    QCOMPARE(w.walk.skippedCount, 1);
    QCOMPARE(w.walk.skipped[0].problem, EntryProblem::Encrypted);
    QCOMPARE(w.walk.skipped[0].name, std::string("secret.json"));
}

void TestZipArchive::aDamagedArchiveKeepsWhatCameBeforeTheDamage()
{
    // Letters from a small linear congruential generator: they do not compress much.
    std::string random;
    std::uint32_t x = 12345;
    for (int i = 0; i < 20000; ++i) {
        x = x * 1103515245u + 12345u;
        random += static_cast<char>('a' + (x >> 16) % 26);
    }
    std::string zip = makeZip({{"first.json", "{}"}, {"second.json", random}});
    QVERIFY(zip.size() > 10000);
    // Cut in the middle of the second entry's data.
    zip.resize(zip.size() / 2);
    const Walked w = walk(zip);
    QCOMPARE(w.names, (std::vector<std::string>{"first.json"}));
    QVERIFY(skippedFor(w.walk, EntryProblem::Damaged));
}

void TestZipArchive::theEntryLimitStopsTheWalkAndSaysSo()
{
    std::vector<FileSpec> files;
    for (int i = 0; i < 20; ++i) {
        // Appended, not chained: GCC 12 misreads a chain of operator+ as overlapping copies.
        std::string name = "f";
        name.append(std::to_string(i)).append(".json");
        files.push_back({name, "{}"});
    }
    ArchiveLimits few;
    few.maxEntries = 5;
    const Walked w = walk(makeZip(files), few);
    QCOMPARE(w.walk.entries, 5);
    QVERIFY(skippedFor(w.walk, EntryProblem::TooManyEntries));
}

void TestZipArchive::anEmptyArchiveHoldsNothing()
{
    const std::string empty = makeZip({});
    QVERIFY(looksLikeZip(empty));
    const Walked w = walk(empty);
    QCOMPARE(w.walk.entries, 0);
    QVERIFY(w.walk.skipped.empty());
}

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
