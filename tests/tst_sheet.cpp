// SPDX-License-Identifier: GPL-3.0-or-later
// The printed privacy review sheet: A4, one to three pages for a usual log, fonts embedded, every
// fact the brief lists present in the PDF's text, in every language, and nothing outside the
// printable area or on top of something else, even with 40 recipients and very long names.

#include "catalogue.h"
#include "importmessages.h"
#include "languages.h"
#include "pdftools.h"
#include "plaintext.h"
#include "qrcode.h"
#include "readlog.h"
#include "recipients.h"
#include "sheet.h"
#include "summary.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <cmath>
#include <memory>

using namespace vitrine;

namespace {

/** Runs a tool of poppler-utils or qpdf; skips the test when the tool is not installed. */
using test::runTool;
using test::ToolRun;

/** Spaces as pdftotext writes them: the narrow and no-break spaces become plain ones. */
QString plainSpaces(QString s)
{
    s.replace(QChar(0x202f), u' ').replace(QChar(0xa0), u' ');
    return s;
}

QString withoutSpace(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

/** A scribble in the signature pad's box (1 wide, aspect high). */
QPainterPath scribble(qreal aspect)
{
    QPainterPath p(QPointF(0.05, aspect * 0.7));
    for (int i = 1; i <= 40; ++i) {
        const qreal x = 0.05 + 0.9 * i / 40.0;
        p.lineTo(x, aspect * (0.5 + 0.35 * std::sin(i * 0.9)));
    }
    p.moveTo(0.1, aspect * 0.85);
    p.lineTo(0.9, aspect * 0.8);
    return p;
}

/** The recipients of the log with 40: real catalogue entries and long unknown hosts. */
QStringList fortyParties()
{
    QStringList parties;
    const auto &entries = Catalogue::builtIn().recipients();
    for (qsizetype i = 0; i < entries.size() && parties.size() < 34; ++i)
        parties << QStringLiteral("org:") + entries[i].id;
    // Unknown hosts in the documentation domains (RFC 2606): long labels, never a real owner.
    parties << QStringLiteral("telemetry-upload-service-for-connected-vehicles-in-europe-west."
                              "example.com")
            << QStringLiteral("averyveryverylonghostnamewithoutanyhyphenatallthatcannotwrap."
                              "example.net")
            << QStringLiteral("diagnostics.gateway.region-eu-central-2.vehicle-data.example.org")
            << QStringLiteral("192.0.2.44") << QStringLiteral("2001:db8::17")
            << QStringLiteral("infotainment-content-delivery-and-personalisation.example.com");
    return parties;
}

/** Writes a log naming each party of fortyParties() with several kinds of data. */
QString writeFortyLog(const QString &dir)
{
    const QString path = dir + QStringLiteral("/forty.vdfl.jsonl");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(R"({"vdfl":1,"vehicle":{"vin":"VTRNE00000000TEST","make":"Example Motors",)"
            R"("model":"Grand Touring Long Range All-Wheel-Drive Performance Edition",)"
            R"("year":2025},"period":{"from":"2026-04-01T00:00:00Z","to":"2026-10-01T00:00:00Z"}})"
            "\n");
    const char *const kinds[] = {"sent", "shared", "received"};
    const char *const categories[] = {"location", "driving",  "driver",  "cabin",  "phone",
                                      "media",    "identity", "vehicle", "energy", "software"};
    const QStringList parties = fortyParties();
    for (int i = 0; i < parties.size(); ++i) {
        for (int k = 0; k < 4; ++k) {
            const int cat = (i + 3 * k) % 10;
            // Some counts in the millions, so that the widest numbers meet the narrowest columns.
            const int count = (i % 7 == 0 && k == 0) ? 1234567 : 1 + (i * 37 + k * 11) % 900;
            const QString line =
                QStringLiteral(R"({"t":"2026-%1-1%2T10:00:00Z","kind":"%3","data":["%4"],)"
                               R"("to":"%5",%6"bytes":%7,"count":%8})")
                    .arg(QString::number(4 + k).rightJustified(2, u'0'))
                    .arg(i % 10)
                    .arg(QLatin1StringView(kinds[k % 3]))
                    .arg(QLatin1StringView(categories[cat]))
                    .arg(parties[i])
                    .arg(k % 3 == 1 ? QStringLiteral(R"("via":"org:volkswagen",)") : QString())
                    .arg(100 + i * k)
                    .arg(count);
            f.write(line.toUtf8() + '\n');
        }
    }
    f.close();
    return path;
}

struct Written
{
    int pages = 0;
    QString error;
    QString path;
    SheetLayoutReport report;
};

} // namespace

class TestSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoSheet_data();
    void demoSheet();
    void fortyRecipients_data();
    void fortyRecipients();
    void choicesChangesAndRights();
    void twoHundredThousandHostsKeepTheSheetToAFewPages();
    void theVinIsFoundByTheRegistrationDocumentsOwnWords_data();
    void theVinIsFoundByTheRegistrationDocumentsOwnWords();
    void truncatedLogAndTheDayOfThePreviousVisitAreOnTheSheet();
    void badInputGivesAnErrorNotACrash();
    void fileIsOwnerOnlyAndComplete();
    void layoutChecksCatchOverflowAndOverlap();
    void cliWritesTheSheet();
    void qrCodeIsVector();
    void codeAndFingerprintGrouping();

private:
    Written write(const SheetInput &in, const QString &name);
    /** Checks the PDF with the poppler tools and qpdf; returns its text (pdftotext -raw). */
    QString checkPdf(const QString &path, int minPages, int maxPages);
    void checkLayout(const SheetLayoutReport &report);

    QTemporaryDir m_dir;
    Summary m_demo;
    Summary m_forty;
};

void TestSheet::twoHundredThousandHostsKeepTheSheetToAFewPages()
{
    // Once 15,102 pages: every host had its row. Now the largest 40 and one sentence.
    Summary many;
    for (int i = 0; i < 200000; ++i) {
        std::string host = "h";
        host.append(std::to_string(i));
        host.append(".example.com");
        Record r;
        r.timeUtc = 1775000000 + i;
        r.kind = Kind::Sent;
        r.categories = categoryBit(Category::Location);
        r.to = host;
        r.count = 1 + i % 7;
        many.add(r);
    }
    SheetInput in;
    in.lang = QStringLiteral("en");
    in.dealerName = QStringLiteral("Garage Muster");
    in.createdAt = QDateTime(QDate(2026, 10, 12), QTime(9, 30), QTimeZone("Europe/Zurich"));
    in.summary = &many;
    in.catalogue = &Catalogue::builtIn();
    in.advisorName = QStringLiteral("Max Muster");
    in.verificationCode = QStringLiteral("K7QF-3MZD-9W");
    in.customer.ink = scribble(0.5);
    in.customer.aspect = 0.5;
    const Written w = write(in, QStringLiteral("many-hosts.pdf"));
    QVERIFY2(w.pages > 0, qPrintable(w.error));
    checkLayout(w.report);
    QVERIFY2(w.pages <= 6, qPrintable(QString::number(w.pages)));
    const QString text = checkPdf(w.path, 1, 6);
    if (QTest::currentTestFailed() || text.isEmpty())
        return;
    // 10,000 kept hosts past the sheet's 40, and 190,000 past the summary's cap.
    QVERIFY2(withoutSpace(text).contains(
                 withoutSpace(QStringLiteral("199,960 other recipients are not listed here"))) ||
                 withoutSpace(text).contains(
                     withoutSpace(QStringLiteral("199’960 other recipients are not listed here"))),
             qPrintable(text.left(4000)));
}

void TestSheet::initTestCase()
{
    QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    QVERIFY(m_dir.isValid());
    QVERIFY(readLog(test::demoLogPath(), m_demo).ok());
    const QString forty = writeFortyLog(m_dir.path());
    QVERIFY(!forty.isEmpty());
    QVERIFY(readLog(forty, m_forty).ok());
    QCOMPARE(m_forty.counts().rejected, 0);
    QCOMPARE(groupRecipients(m_forty, Catalogue::builtIn()).size(), std::size_t(40));
}

Written TestSheet::write(const SheetInput &in, const QString &name)
{
    Written w;
    // VITRINE_SHEET_OUT keeps the sheets in a folder, to look at them.
    const QString keep = qEnvironmentVariable("VITRINE_SHEET_OUT");
    w.path = keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
    w.pages = writeSheetFile(in, w.path, &w.error, &w.report);
    return w;
}

QString TestSheet::checkPdf(const QString &path, int minPages, int maxPages)
{
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {path});
    if (!info.found) {
        QTest::qSkip("pdfinfo (poppler-utils) is not installed", __FILE__, __LINE__);
        return {};
    }
    [&] {
        QCOMPARE(info.exitCode, 0);
        const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
        QVERIFY2(pages.hasMatch(), qPrintable(info.out));
        const int n = pages.captured(1).toInt();
        QVERIFY2(n >= minPages && n <= maxPages, qPrintable(QString::number(n)));
        // A4 is 595.276 × 841.89 points (the PDF rounds them); pdfinfo names it too.
        const QRegularExpression a4(
            QStringLiteral("Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"));
        QVERIFY2(info.out.contains(a4), qPrintable(info.out));
    }();
    if (QTest::currentTestFailed())
        return {};

    test::verifyFontsEmbedded(path);
    if (QTest::currentTestFailed())
        return {};

    test::verifyQpdfCheck(path);
    if (QTest::currentTestFailed())
        return {};

    const ToolRun text =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    [&] {
        QVERIFY(text.found);
        QCOMPARE(text.exitCode, 0);
    }();
    return text.out;
}

void TestSheet::checkLayout(const SheetLayoutReport &report)
{
    QVERIFY(qAbs(report.pageSize.width() - 595.276) < 0.8);
    QVERIFY(qAbs(report.pageSize.height() - 841.89) < 0.8);
    // Generous margins: at least 14 mm all round.
    QVERIFY(report.printable.left() >= 13.9 * 72 / 25.4);
    QVERIFY(report.printable.top() >= 13.9 * 72 / 25.4);
    QVERIFY(report.pageSize.width() - report.printable.right() >= 13.9 * 72 / 25.4);
    QVERIFY(report.pageSize.height() - report.printable.bottom() >= 13.9 * 72 / 25.4);
    QVERIFY(report.items.size() > 50);
    for (const SheetItem &item : report.outside()) {
        QFAIL(qPrintable(QStringLiteral("outside the printable area on page %1: \"%2\" at %3,%4 "
                                        "%5×%6")
                             .arg(item.page + 1)
                             .arg(item.text)
                             .arg(item.rect.x())
                             .arg(item.rect.y())
                             .arg(item.rect.width())
                             .arg(item.rect.height())));
    }
    for (const auto &[a, b] : report.overlaps()) {
        QFAIL(qPrintable(QStringLiteral("overlap on page %1: \"%2\" and \"%3\"")
                             .arg(a.page + 1)
                             .arg(a.isText ? a.text : QStringLiteral("(drawing)"),
                                  b.isText ? b.text : QStringLiteral("(drawing)"))));
    }
}

void TestSheet::demoSheet_data()
{
    QTest::addColumn<QString>("lang");
    for (const QString &lang : Languages::codes())
        QTest::newRow(qPrintable(lang)) << lang;
}

void TestSheet::demoSheet()
{
    QFETCH(QString, lang);
    const QString before = Languages::current();
    SheetInput in;
    in.lang = lang;
    in.dealerName = QStringLiteral("Garage Muster AG");
    in.dealerAddress = QStringLiteral("Musterstrasse 1\n8000 Zürich");
    in.createdAt = QDateTime(QDate(2026, 10, 12), QTime(9, 30), QTimeZone("Europe/Zurich"));
    in.summary = &m_demo;
    in.catalogue = &Catalogue::builtIn();
    in.advisorName = QStringLiteral("A. Muster");
    in.verificationCode = QStringLiteral("K7QF-3MZD-9W");
    in.customer.ink = scribble(in.customer.aspect);
    in.advisor.ink = scribble(in.advisor.aspect);
    const Written w = write(in, QStringLiteral("demo-%1.pdf").arg(lang));
    QVERIFY2(w.pages > 0, qPrintable(w.error));
    QVERIFY2(w.pages >= 1 && w.pages <= 3, qPrintable(QString::number(w.pages)));
    QCOMPARE(w.report.pages, w.pages);
    QCOMPARE(Languages::current(), before); // the kiosk's language is put back
    checkLayout(w.report);

    const QString text = checkPdf(w.path, 1, 3);
    if (QTest::currentTestFailed() || text.isEmpty())
        return;
    const QString flat = withoutSpace(text);
    // No ligatures: "ff" and "fi" come out as letters a reader can search for.
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("[\\x{fb00}-\\x{fb06}]"))));
    const QString vin = plain::maskVin(QString::fromStdString(m_demo.header().vin));
    QVERIFY2(text.contains(vin), qPrintable(vin));
    QVERIFY(!text.contains(QString::fromStdString(m_demo.header().vin)));
    QVERIFY(flat.contains(QStringLiteral("12.10.2026")));
    QVERIFY(flat.contains(withoutSpace(QString::fromStdString(m_demo.source().sha256Hex))));
    QVERIFY(text.contains(QStringLiteral("K7QF-3MZD-9W")));
    QVERIFY(text.contains(QStringLiteral("Garage Muster AG")));
    // The adequacy list's date, as the Swiss write it.
    QVERIFY(flat.contains(QStringLiteral("15.09.2024")));
    for (const RecipientSummary &r : groupRecipients(m_demo, Catalogue::builtIn()))
        QVERIFY2(flat.contains(withoutSpace(r.name)), qPrintable(r.name));
    // The numbers in the table are grouped the locale's way (1’200 in de-CH and it-CH).
    const QLocale locale = Languages::locale(lang);
    int grouped = 0;
    for (const RecipientSummary &r : groupRecipients(m_demo, Catalogue::builtIn())) {
        for (const Tally &t : r.tally.byCategory) {
            const std::int64_t n = plain::roundForPeople(t.events);
            if (n < 1000)
                continue;
            const QString s = plainSpaces(locale.toString(static_cast<qlonglong>(n)));
            QVERIFY(s != QString::number(n));
            QVERIFY2(plainSpaces(text).contains(s), qPrintable(s));
            ++grouped;
        }
    }
    QVERIFY(grouped > 0);
    // German capitalises the article ("Art. 25"); the others write "art. 25".
    QVERIFY2(text.contains(QStringLiteral("art. 25"), Qt::CaseInsensitive),
             "the right of information");
    QVERIFY(text.contains(QStringLiteral("edoeb.admin.ch")));
    QVERIFY(text.contains(QStringLiteral("vw@volkswagen.de"))); // a privacy contact
}

void TestSheet::fortyRecipients_data()
{
    demoSheet_data();
}

void TestSheet::fortyRecipients()
{
    QFETCH(QString, lang);
    const auto recipients = groupRecipients(m_forty, Catalogue::builtIn());
    SheetInput in;
    in.lang = lang;
    in.dealerName = QStringLiteral("Garage Muster Automobile und Nutzfahrzeuge "
                                   "Beispielstadt-Mustertal Aktiengesellschaft");
    in.dealerAddress = QStringLiteral("Musterstrasse 1\nPostfach 123\n9999 Musterhausen");
    in.createdAt = QDateTime(QDate(2026, 10, 12), QTime(9, 30), QTimeZone("Europe/Zurich"));
    in.summary = &m_forty;
    in.catalogue = &Catalogue::builtIn();
    in.advisorName = QStringLiteral("Maximiliane Beispiel-Mustermann von Musterhausen");
    in.verificationCode = QStringLiteral("K7QF-3MZD-9W");
    in.customer.ink = scribble(0.5);
    in.customer.aspect = 0.5;
    // Everything at once: every recipient new and chosen three times.
    in.comparison.hasPrevious = true;
    in.comparison.previousEvents = 100;
    in.comparison.previousDays = 10;
    in.comparison.currentEvents = 1000;
    in.comparison.currentDays = 10;
    in.comparison.newCategories = categoryBit(Category::Driver) | categoryBit(Category::Phone);
    for (const RecipientSummary &r : recipients) {
        in.comparison.newRecipients << RememberedRecipient{r.id, r.name, 1};
        in.choices << SheetChoice{r.id, r.name, true, true, true};
    }
    const Written w = write(in, QStringLiteral("forty-%1.pdf").arg(lang));
    QVERIFY2(w.pages > 0, qPrintable(w.error));
    checkLayout(w.report);
    QVERIFY2(w.pages <= 10, qPrintable(QString::number(w.pages)));

    const QString text = checkPdf(w.path, 2, 10);
    if (QTest::currentTestFailed() || text.isEmpty())
        return;
    const QString flat = withoutSpace(text);
    for (const RecipientSummary &r : recipients)
        QVERIFY2(flat.contains(withoutSpace(r.name)), qPrintable(r.name));
    QVERIFY(text.contains(plain::maskVin(QStringLiteral("VTRNE00000000TEST"))));
    QVERIFY(flat.contains(withoutSpace(QString::fromStdString(m_forty.source().sha256Hex))));
    const QString million = plainSpaces(Languages::locale(lang).toString(1200000LL));
    QVERIFY2(plainSpaces(text).contains(million), qPrintable(million));
    // The table goes on over the page under its title and column titles again.
    Languages::install(lang);
    const QString continued =
        QCoreApplication::translate("vitrine::Sheet", "%1 (continued)",
                                    "a table going on over the page")
            .arg(QCoreApplication::translate("ReviewScreen", "Where it went", "card title"));
    QVERIFY2(text.simplified().contains(continued), qPrintable(continued));
    const QString column =
        QCoreApplication::translate("vitrine::Sheet", "Recipient", "table column");
    QVERIFY(text.count(column) >= 2);
}

void TestSheet::choicesChangesAndRights()
{
    SheetInput in;
    in.lang = QStringLiteral("en");
    in.createdAt = QDateTime(QDate(2026, 10, 12), QTime(9, 30), QTimeZone("Europe/Zurich"));
    in.summary = &m_demo;
    in.catalogue = &Catalogue::builtIn();
    in.verificationCode = QStringLiteral("K7QF-3MZD-9W");
    in.comparison.hasPrevious = true;
    in.comparison.newRecipients << RememberedRecipient{QStringLiteral("org:verisk"),
                                                       QStringLiteral("Verisk Analytics, Inc."), 9};
    in.comparison.goneRecipients << RememberedRecipient{
        QStringLiteral("org:tomtom"), QStringLiteral("TomTom International B.V."), 3};
    in.comparison.previousEvents = 1000;
    in.comparison.previousDays = 100;
    in.comparison.currentEvents = 3000;
    in.comparison.currentDays = 100;
    in.choices << SheetChoice{QStringLiteral("org:verisk"),
                              QStringLiteral("Verisk Analytics, Inc."), false, true, true}
               << SheetChoice{QStringLiteral("org:here"), QStringLiteral("HERE Global B.V."), true,
                              false, false}
               << SheetChoice{QStringLiteral("org:spotify"), QStringLiteral("Spotify AB"), false,
                              false, false};
    const Written w = write(in, QStringLiteral("choices.pdf"));
    QVERIFY2(w.pages > 0, qPrintable(w.error));
    checkLayout(w.report);
    const QString text = checkPdf(w.path, 1, 3);
    if (QTest::currentTestFailed() || text.isEmpty())
        return;
    const QString flat = text.simplified();
    QVERIFY(flat.contains(QStringLiteral("New recipient: Verisk Analytics, Inc.")));
    QVERIFY(flat.contains(QStringLiteral("No longer received data: TomTom International B.V.")));
    QVERIFY(flat.contains(QStringLiteral("about 200 % more per day")));
    QVERIFY(flat.contains(QStringLiteral("Verisk Analytics, Inc.: Ask to delete, Ask for a copy")));
    QVERIFY(flat.contains(QStringLiteral("HERE Global B.V.: Switch off")));
    QVERIFY(!flat.contains(QStringLiteral("Spotify AB: ")));
    QVERIFY(flat.contains(QStringLiteral("within 30 days")));
    QVERIFY(flat.contains(QStringLiteral("art. 30 and 32 FADP")));
    QVERIFY(flat.contains(QStringLiteral("Federal Data Protection and Information Commissioner")));
    // HERE publishes no privacy contact: the sheet says so and names the carmaker to ask.
    QVERIFY(flat.contains(
        QStringLiteral("No privacy contact known to us. Ask Volkswagen to pass your request on.")));
    // Unknown hosts are never given an owner.
    QVERIFY(flat.contains(
        QStringLiteral("Not known to us. Ask Volkswagen who receives data at this address.")));
    QVERIFY(flat.contains(QStringLiteral("What this sheet cannot tell")));
    QVERIFY(flat.contains(QStringLiteral("Page 1 of %1").arg(w.pages)));
    QVERIFY(flat.contains(QStringLiteral("not signed")));
    // The declared end is exclusive: the demo's export covers up to 30.09.2026, like its events.
    QVERIFY2(flat.contains(QStringLiteral("The export says it covers 01.04.2026 to 30.09.2026.")),
             qPrintable(flat));
    QVERIFY(!flat.contains(QStringLiteral("should cover")));
    // Without the day of the previous visit, the sheet still says what it compares with.
    QVERIFY(flat.contains(QStringLiteral("Compared with the review at your last visit.")));

    // A first visit says so kindly instead.
    in.comparison = Comparison{};
    in.choices.clear();
    const Written first = write(in, QStringLiteral("first.pdf"));
    QVERIFY2(first.pages > 0, qPrintable(first.error));
    const QString firstText = checkPdf(first.path, 1, 3).simplified();
    QVERIFY(firstText.contains(QStringLiteral("This is the first review of this car with us.")));
    QVERIFY(firstText.contains(QStringLiteral("You did not ask for any change today.")));
}

void TestSheet::theVinIsFoundByTheRegistrationDocumentsOwnWords_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QString>("field");
    // The Swiss registration document does not say "VIN": it names the chassis number.
    QTest::newRow("fr") << "fr"
                        << "permis de circulation" << QStringLiteral("« No de châssis »");
    QTest::newRow("de") << "de"
                        << "Fahrzeugausweis" << QStringLiteral("«Fahrgestell-Nr.»");
    QTest::newRow("it") << "it"
                        << "licenza di circolazione" << QStringLiteral("«N. di telaio»");
    QTest::newRow("en") << "en"
                        << "registration document" << QStringLiteral("chassis number");
}

void TestSheet::theVinIsFoundByTheRegistrationDocumentsOwnWords()
{
    QFETCH(QString, lang);
    QFETCH(QString, document);
    QFETCH(QString, field);
    SheetInput in;
    in.lang = lang;
    in.createdAt = QDateTime(QDate(2026, 10, 12), QTime(9, 30), QTimeZone("Europe/Zurich"));
    in.summary = &m_demo;
    in.catalogue = &Catalogue::builtIn();
    const Written w = write(in, QStringLiteral("vin-%1.pdf").arg(lang));
    QVERIFY2(w.pages > 0, qPrintable(w.error));
    const QString text = checkPdf(w.path, 1, 3);
    if (QTest::currentTestFailed() || text.isEmpty())
        return;
    const QString flat = withoutSpace(plainSpaces(text));
    QVERIFY2(flat.contains(withoutSpace(document)), qPrintable(document));
    QVERIFY2(flat.contains(withoutSpace(plainSpaces(field))), qPrintable(field));
}

void TestSheet::truncatedLogAndTheDayOfThePreviousVisitAreOnTheSheet()
{
    Summary cut;
    QVERIFY(
        readLog(test::dataPath(QStringLiteral("import/vdfl/truncated-before-declared-end.jsonl")),
                cut)
            .ok());
    SheetInput in;
    in.lang = QStringLiteral("en");
    in.createdAt = QDateTime(QDate(2026, 10, 12), QTime(9, 30), QTimeZone("Europe/Zurich"));
    in.summary = &cut;
    in.catalogue = &Catalogue::builtIn();
    in.verificationCode = QStringLiteral("K7QF-3MZD-9W");
    in.comparison.hasPrevious = true;
    in.comparison.previousReviewedAt =
        QDateTime(QDate(2026, 4, 12), QTime(7, 30), Qt::UTC); // 09:30 in Zürich
    in.comparison.previousImportId = 4;
    const Written w = write(in, QStringLiteral("truncated.pdf"));
    QVERIFY2(w.pages > 0, qPrintable(w.error));
    checkLayout(w.report);
    const QString text = checkPdf(w.path, 1, 3);
    if (QTest::currentTestFailed() || text.isEmpty())
        return;
    const QString flat = plainSpaces(text).simplified();
    // The same sentence as on the kiosk's cards and in the command line's report.
    const QString sentence = plain::coverageSentence(cut.coverage());
    QVERIFY(!sentence.isEmpty());
    QVERIFY2(flat.contains(sentence), qPrintable(flat));
    QVERIFY(flat.contains(QStringLiteral("The export says it covers 01.04.2026 to 30.09.2026.")));
    QVERIFY(flat.contains(QStringLiteral("The events in it run from 01.04.2026 to 14.07.2026.")));
    QVERIFY2(flat.contains(QStringLiteral("Compared with your visit of 12.04.2026.")),
             qPrintable(flat));
}

void TestSheet::badInputGivesAnErrorNotACrash()
{
    SheetInput in;
    QString error;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(writeSheet(in, &buffer, &error), 0); // no summary
    QVERIFY(!error.isEmpty());
    in.summary = &m_demo;
    in.lang = QStringLiteral("xx");
    error.clear();
    QCOMPARE(writeSheet(in, &buffer, &error), 0);
    QVERIFY(!error.isEmpty());
    QCOMPARE(buffer.size(), 0);
    in.lang = QStringLiteral("fr");
    QBuffer closed;
    QCOMPARE(writeSheet(in, &closed, &error), 0);
    // Another thread than the main one may not swap the application's language: refused.
    int fromThread = -1;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        fromThread = writeSheet(in, &b, nullptr);
    }));
    thread->start();
    QVERIFY(thread->wait(60000));
    QCOMPARE(fromThread, 0);

    // An empty log (a header only) still gives a sheet that says so.
    const QString path = m_dir.filePath(QStringLiteral("empty.vdfl.jsonl"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"vdfl":1,"vehicle":{"vin":"VTRNE00000000TEST"}})"
            "\n");
    f.close();
    Summary empty;
    QVERIFY(readLog(path, empty).ok());
    in.summary = &empty;
    in.customer.ink = scribble(3.0); // a wild aspect is clamped, never drawn outside its box
    in.customer.aspect = 3.0;
    const Written w = write(in, QStringLiteral("empty.pdf"));
    QVERIFY2(w.pages == 1 || w.pages == 2, qPrintable(w.error));
    checkLayout(w.report);
}

void TestSheet::fileIsOwnerOnlyAndComplete()
{
    SheetInput in;
    in.lang = QStringLiteral("de");
    in.createdAt = QDateTime::currentDateTimeUtc();
    in.summary = &m_demo;
    const QString path = m_dir.filePath(QStringLiteral("owner.pdf"));
    QString error;
    const int pages = writeSheetFile(in, path, &error);
    QVERIFY2(pages > 0, qPrintable(error));
    QFile f(path);
    QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    // Only the sheet in the folder: no temporary file left behind.
    QDir dir(m_dir.path());
    const QStringList leftovers =
        dir.entryList({QStringLiteral("owner.pdf*")}, QDir::Files | QDir::Hidden);
    QCOMPARE(leftovers, QStringList{QStringLiteral("owner.pdf")});
    // A folder that does not exist: an error, no crash.
    QCOMPARE(writeSheetFile(in, m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &error), 0);
    QVERIFY(!error.isEmpty());
}

void TestSheet::layoutChecksCatchOverflowAndOverlap()
{
    // The checks themselves must be able to fail.
    SheetLayoutReport r;
    r.pageSize = QSizeF(595.276, 841.89);
    r.printable = QRectF(50, 50, 495, 740);
    r.pages = 1;
    r.items.push_back({0, 1, QRectF(60, 60, 100, 12), true, QStringLiteral("a")});
    r.items.push_back({0, 2, QRectF(60, 72, 100, 12), true, QStringLiteral("b")}); // touches a
    QVERIFY(r.outside().empty());
    QVERIFY(r.overlaps().empty());
    r.items.push_back({0, 3, QRectF(150, 65, 100, 12), true, QStringLiteral("c")}); // over a, b
    r.items.push_back({0, 4, QRectF(500, 700, 60, 12), true, QStringLiteral("d")}); // too wide
    QCOMPARE(r.overlaps().size(), std::size_t(2));
    QCOMPARE(r.outside().size(), std::size_t(1));
    QCOMPARE(r.outside().front().text, QStringLiteral("d"));
}

void TestSheet::cliWritesTheSheet()
{
    const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
    test::ProcessRun cli = test::runProgram(
        test::cliPath(), {QStringLiteral("sheet"), QStringLiteral("--unsigned"),
                          QStringLiteral("--log"), test::demoLogPath(), QStringLiteral("--lang"),
                          QStringLiteral("it"), QStringLiteral("--out"), out,
                          QStringLiteral("--dealer"), QStringLiteral("Garage Muster AG"),
                          QStringLiteral("--code"), QStringLiteral("K7QF-3MZD-9W")});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    const QString text = checkPdf(out, 1, 3);
    if (QTest::currentTestFailed() || text.isEmpty())
        return;
    QVERIFY(text.contains(QStringLiteral("Garage Muster AG")));
    QVERIFY(text.contains(QStringLiteral("K7QF-3MZD-9W")));

    // A missing --out is a usage error, an unreadable log a refusal: no file either way.
    cli = test::runProgram(test::cliPath(),
                           {QStringLiteral("sheet"), QStringLiteral("--log"), test::demoLogPath()});
    QCOMPARE(cli.exitCode, 1);
    const QString refused = m_dir.filePath(QStringLiteral("refused.pdf"));
    cli = test::runProgram(test::cliPath(), {QStringLiteral("sheet"), QStringLiteral("--unsigned"),
                                             QStringLiteral("--log"),
                                             m_dir.filePath(QStringLiteral("missing.jsonl")),
                                             QStringLiteral("--lang"), QStringLiteral("fr"),
                                             QStringLiteral("--out"), refused});
    QCOMPARE(cli.exitCode, 2);
    QVERIFY(!QFile::exists(refused));
}

void TestSheet::qrCodeIsVector()
{
    const QrMatrix m = encodeQr("K7QF-3MZD-9W");
    QCOMPARE(m.size, 21); // version 1 holds 12 bytes at level M
    // The three finder patterns: dark 7×7 frames in three corners.
    for (const QPoint corner : {QPoint(0, 0), QPoint(14, 0), QPoint(0, 14)}) {
        for (int i = 0; i < 7; ++i) {
            QVERIFY(m.at(corner.x() + i, corner.y()));
            QVERIFY(m.at(corner.x(), corner.y() + i));
            QVERIFY(m.at(corner.x() + 6, corner.y() + i));
        }
        QVERIFY(!m.at(corner.x() + 1, corner.y() + 1));
        QVERIFY(m.at(corner.x() + 3, corner.y() + 3));
    }
    const QPainterPath path = qrPath(m, QRectF(0, 0, 290, 290));
    const qreal module = 290.0 / (21 + 8);
    QVERIFY(QRectF(4 * module - 0.01, 4 * module - 0.01, 21 * module + 0.02, 21 * module + 0.02)
                .contains(path.boundingRect()));
    QVERIFY(path.contains(QPointF(4.5 * module, 4.5 * module)));  // finder, dark
    QVERIFY(!path.contains(QPointF(5.5 * module, 5.5 * module))); // inside its frame, light
    QVERIFY(encodeQr(QByteArray()).isEmpty());
}

void TestSheet::codeAndFingerprintGrouping()
{
    QCOMPARE(formatVerificationCode(QStringLiteral("K7QF3MZD9W")), QStringLiteral("K7QF-3MZD-9W"));
    QCOMPARE(formatVerificationCode(QStringLiteral("K7QF-3MZD-9W")),
             QStringLiteral("K7QF-3MZD-9W"));
    QCOMPARE(formatVerificationCode(QString()), QString());
    QCOMPARE(formatFingerprint(QStringLiteral("0123456789abcdef01")),
             QStringLiteral("0123 4567 89ab cdef 01"));
}

QTEST_MAIN(TestSheet)
#include "tst_sheet.moc"
