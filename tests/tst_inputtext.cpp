// SPDX-License-Identifier: GPL-3.0-or-later
// The sanitiser for text from an input: no control, line break, bidi or zero-width character
// gets through, a cut shows, clean text passes unchanged; and the VDFL reader uses it for the
// header's make, model and exporter and for purposes, so the screen, the CLI, the JSON report
// and the signed sheet get the cleaned text.

#include "inputtext.h"
#include "testsupport.h"
#include "vdflreader.h"

#include <QTest>

using namespace vitrine;

class TestInputText : public QObject
{
    Q_OBJECT

private slots:
    void cleansWhatCouldForgeOrHide_data();
    void cleansWhatCouldForgeOrHide();
    void cleanTextPassesUnchangedWithoutCleaning();
    void aLongTextIsCutVisibly();
    void fileNamesShowWhatWasReplaced();
    void theReaderCleansTheHeadersTextsAndPurposes();
};

void TestInputText::cleansWhatCouldForgeOrHide_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("right-to-left override")
        << QStringLiteral("Volks\u202Enegaw") << QStringLiteral("Volksnegaw");
    QTest::newRow("isolates and marks")
        << QStringLiteral("\u2067ID.3\u2069\u200F") << QStringLiteral("ID.3");
    QTest::newRow("forged line") << QStringLiteral("ID.3\r\nFAKE LINE: nothing was sent")
                                 << QStringLiteral("ID.3 FAKE LINE: nothing was sent");
    QTest::newRow("line and paragraph separators")
        << QStringLiteral("a\u2028b\u2029c\u0085d") << QStringLiteral("a b c d");
    QTest::newRow("terminal title and clear screen")
        << QStringLiteral("\x1B]0;owned\x07\x1B[2JGolf") << QStringLiteral("]0;owned[2JGolf");
    QTest::newRow("zero-width characters")
        << QStringLiteral("Go\u200Bl\u200Df\uFEFF\u2060") << QStringLiteral("Golf");
    QTest::newRow("tabs and spaces at the ends")
        << QStringLiteral("\t Golf \t") << QStringLiteral("Golf");
    QTest::newRow("accents and umlauts stay")
        << QStringLiteral("Škoda Énergie Größe") << QStringLiteral("Škoda Énergie Größe");
    QTest::newRow("only controls") << QStringLiteral("\x01\x02\u202E") << QString();
}

void TestInputText::cleansWhatCouldForgeOrHide()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(cleanInputText(input), expected);
    // The UTF-8 form says the same.
    QCOMPARE(QString::fromStdString(cleanInputText(input.toStdString())), expected);
    QVERIFY(inputTextNeedsCleaning(input.toStdString()) || input == expected);
}

void TestInputText::cleanTextPassesUnchangedWithoutCleaning()
{
    const std::string clean = "remote_services";
    QVERIFY(!inputTextNeedsCleaning(clean));
    QCOMPARE(cleanInputText(clean), clean);
    QVERIFY(inputTextNeedsCleaning(" padded"));
    QVERIFY(inputTextNeedsCleaning("Škoda")); // not ASCII: the full check decides
}

void TestInputText::aLongTextIsCutVisibly()
{
    const QString longText(500, u'x');
    const QString cut = cleanInputText(longText, 20);
    QCOMPARE(cut.size(), 20);
    QVERIFY(cut.endsWith(u'\u2026'));
    QCOMPARE(cleanInputText(QStringLiteral("exactly ten"), 11), QStringLiteral("exactly ten"));
}

void TestInputText::fileNamesShowWhatWasReplaced()
{
    QCOMPARE(displayFileName(QStringLiteral("log\nVerdict: genuine.jsonl")),
             QStringLiteral("log?Verdict: genuine.jsonl"));
    QCOMPARE(displayFileName(QStringLiteral("car\u202Elnosj.exe")),
             QStringLiteral("car?lnosj.exe"));
    QCOMPARE(displayFileName(QStringLiteral("mon export.jsonl")),
             QStringLiteral("mon export.jsonl"));
}

void TestInputText::theReaderCleansTheHeadersTextsAndPurposes()
{
    VdflReader reader;
    LogHeader header;
    QStringList purposes;
    reader.onHeader([&](const LogHeader &h) { header = h; });
    reader.onRecord([&](const Record &rec) {
        purposes << QString::fromUtf8(rec.purpose.data(),
                                      static_cast<qsizetype>(rec.purpose.size()));
    });
    QVERIFY(reader.readFile(test::dataPath(QStringLiteral("import/vdfl/bidi-in-make.jsonl"))));
    QCOMPARE(QString::fromStdString(header.make.value_or("")), QStringLiteral("Volksnegaw"));
    QCOMPARE(QString::fromStdString(header.model.value_or("")),
             QStringLiteral("ID.3 FAKE LINE: nothing was sent"));
    QCOMPARE(QString::fromStdString(header.exporter.value_or("")),
             QStringLiteral("]0;owned[2Jexporter"));
    QCOMPARE(purposes,
             (QStringList{QStringLiteral("navigation"), QStringLiteral("navigation extra")}));
}

QTEST_GUILESS_MAIN(TestInputText)
#include "tst_inputtext.moc"
