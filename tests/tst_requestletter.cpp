// SPDX-License-Identifier: GPL-3.0-or-later
// The information request letters (art. 25 FADP): one letter per chosen organisation, each from
// the top of a new page, in the customer's language with the laws' official names, the 30 days
// and what the log shows for that recipient; the privacy contact exactly as the catalogue has
// it, or an honest line when it has none; A4, fonts embedded, nothing outside the printable
// area or on top of something else; the customer's name never printed.

#include "catalogue.h"
#include "importmessages.h"
#include "languages.h"
#include "pdftools.h"
#include "plaintext.h"
#include "readlog.h"
#include "recipients.h"
#include "requestletter.h"
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

#include <memory>

using namespace vitrine;

namespace {

/** Runs a tool of poppler-utils or qpdf; found is false when it is not installed. */
using test::runTool;
using test::ToolRun;

/** The text without any white space: lines wrap differently in every language. */
QString flat(QString s)
{
    // No-break spaces too: French puts them before colons, pdftotext gives plain spaces.
    s.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]")));
    return s;
}

/** The longest fixed part of a translated pattern with placeholders: what a page must show. */
QString fixedPart(const QString &pattern)
{
    QString longest;
    for (const QString &part : pattern.split(QRegularExpression(QStringLiteral("%\\d")))) {
        if (flat(part).size() > longest.size())
            longest = flat(part);
    }
    return longest;
}

/** The official names the letters cite, per language (the act in the case the letter uses). */
struct Law
{
    QString act;
    QString ordinance;
    QString gdpr;
    QString art18; ///< the 30 days
    QString para6; ///< free of charge
};

Law law(const QString &lang)
{
    if (lang == u"fr")
        return {QStringLiteral("loi fédérale sur la protection des données (LPD)"),
                QStringLiteral("ordonnance sur la protection des données (OPDo)"),
                QStringLiteral("règlement général sur la protection des données (RGPD)"),
                QStringLiteral("art. 18 de l’ordonnance sur la protection des données (OPDo)"),
                QStringLiteral("art. 25, al. 6, LPD")};
    if (lang == u"de")
        return {QStringLiteral("Bundesgesetzes über den Datenschutz (DSG)"),
                QStringLiteral("Datenschutzverordnung (DSV)"),
                QStringLiteral("Datenschutz-Grundverordnung (DSGVO)"),
                QStringLiteral("Art. 18 der Datenschutzverordnung (DSV)"),
                QStringLiteral("Art. 25 Abs. 6 DSG")};
    if (lang == u"it")
        return {QStringLiteral("legge federale sulla protezione dei dati (LPD)"),
                QStringLiteral("ordinanza sulla protezione dei dati (OPDa)"),
                QStringLiteral("regolamento generale sulla protezione dei dati (RGPD)"),
                QStringLiteral("art. 18 dell’ordinanza sulla protezione dei dati (OPDa)"),
                QStringLiteral("art. 25 cpv. 6 LPD")};
    return {QStringLiteral("Federal Act on Data Protection (FADP)"),
            QStringLiteral("Data Protection Ordinance (DPO)"),
            QStringLiteral("General Data Protection Regulation (GDPR)"),
            QStringLiteral("art. 18 of the Data Protection Ordinance (DPO)"),
            QStringLiteral("art. 25 para. 6 FADP")};
}

struct Written
{
    int pages = 0;
    QString error;
    QString path;
    LetterResult result;
    SheetLayoutReport report;
};

} // namespace

class TestRequestLetter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoLetters_data();
    void demoLetters();
    void chosenRecipientsOnly();
    void fullVinOnlyWhenAsked();
    void theMaskedVinPointsToTheRegistrationDocumentsField_data();
    void theMaskedVinPointsToTheRegistrationDocumentsField();
    void badInputGivesAnErrorNotACrash();
    void fileIsOwnerOnly();
    void cliWritesTheLetters();

private:
    Written write(const LetterInput &in, const QString &name);
    /** Checks the PDF with the poppler tools and qpdf; returns the text of each page. */
    QStringList checkPdf(const QString &path, int pages);
    void checkLayout(const SheetLayoutReport &report);

    QTemporaryDir m_dir;
    Summary m_demo;
};

void TestRequestLetter::initTestCase()
{
    QVERIFY(qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    QVERIFY(m_dir.isValid());
    QVERIFY(readLog(test::demoLogPath(), m_demo).ok());
}

Written TestRequestLetter::write(const LetterInput &in, const QString &name)
{
    Written w;
    // VITRINE_SHEET_OUT keeps the letters in a folder, to look at them.
    const QString keep = qEnvironmentVariable("VITRINE_SHEET_OUT");
    w.path = keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
    w.pages = writeRequestLettersFile(in, w.path, &w.error, &w.result, &w.report);
    return w;
}

QStringList TestRequestLetter::checkPdf(const QString &path, int pages)
{
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {path});
    if (!info.found) {
        QTest::qSkip("pdfinfo (poppler-utils) is not installed", __FILE__, __LINE__);
        return {};
    }
    [&] {
        QCOMPARE(info.exitCode, 0);
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
        QVERIFY2(m.hasMatch(), qPrintable(info.out));
        QCOMPARE(m.captured(1).toInt(), pages);
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

    QStringList texts;
    for (int p = 1; p <= pages; ++p) {
        const ToolRun text =
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(p),
                     QStringLiteral("-l"), QString::number(p), path, QStringLiteral("-")});
        [&] {
            QVERIFY(text.found);
            QCOMPARE(text.exitCode, 0);
        }();
        if (QTest::currentTestFailed())
            return {};
        texts << text.out;
    }
    return texts;
}

void TestRequestLetter::checkLayout(const SheetLayoutReport &report)
{
    QVERIFY(qAbs(report.pageSize.width() - 595.276) < 0.8);
    QVERIFY(qAbs(report.pageSize.height() - 841.89) < 0.8);
    QVERIFY(report.printable.left() >= 13.9 * 72 / 25.4);
    QVERIFY(report.printable.top() >= 13.9 * 72 / 25.4);
    QVERIFY(report.pageSize.width() - report.printable.right() >= 13.9 * 72 / 25.4);
    QVERIFY(report.pageSize.height() - report.printable.bottom() >= 13.9 * 72 / 25.4);
    QVERIFY(report.items.size() > 20);
    for (const SheetItem &item : report.outside()) {
        QFAIL(qPrintable(QStringLiteral("outside the printable area on page %1: \"%2\"")
                             .arg(item.page + 1)
                             .arg(item.text)));
    }
    for (const auto &[a, b] : report.overlaps()) {
        QFAIL(qPrintable(QStringLiteral("overlap on page %1: \"%2\" and \"%3\"")
                             .arg(a.page + 1)
                             .arg(a.isText ? a.text : QStringLiteral("(drawing)"),
                                  b.isText ? b.text : QStringLiteral("(drawing)"))));
    }
}

void TestRequestLetter::demoLetters_data()
{
    QTest::addColumn<QString>("lang");
    for (const QString &lang : Languages::codes())
        QTest::newRow(qPrintable(lang)) << lang;
}

void TestRequestLetter::demoLetters()
{
    QFETCH(QString, lang);
    const Catalogue &catalogue = Catalogue::builtIn();
    const auto recipients = groupRecipients(m_demo, catalogue);
    QStringList known;
    QStringList unknown;
    for (const RecipientSummary &r : recipients)
        (r.known() ? known : unknown) << r.id;
    QVERIFY(known.size() >= 5);
    QVERIFY(!unknown.isEmpty()); // the demo has hosts nobody could name

    const QString before = Languages::current();
    LetterInput in;
    in.lang = lang;
    in.summary = &m_demo;
    in.catalogue = &catalogue;
    in.all = true;
    const Written w = write(in, QStringLiteral("letters-%1.pdf").arg(lang));
    QVERIFY2(w.pages > 0, qPrintable(w.error));
    QCOMPARE(Languages::current(), before); // the kiosk's language is put back
    QCOMPARE(w.report.pages, w.pages);
    QCOMPARE(w.result.pages, w.pages);
    // A letter to every known organisation, most data first; the unknown hosts are skipped.
    QCOMPARE(w.result.written, known);
    QCOMPARE(w.result.skipped.size(), std::size_t(unknown.size()));
    for (const SkippedRecipient &s : w.result.skipped) {
        QVERIFY(unknown.contains(s.id));
        QCOMPARE(s.reason, LetterSkip::UnknownRecipient);
    }
    // Each letter starts on a page of its own; a letter takes one or two pages.
    QCOMPARE(w.result.firstPages.size(), std::size_t(known.size()));
    QCOMPARE(w.result.firstPages.front(), 0);
    for (std::size_t i = 1; i < w.result.firstPages.size(); ++i) {
        const int length = w.result.firstPages[i] - w.result.firstPages[i - 1];
        QVERIFY2(length >= 1 && length <= 2, qPrintable(QString::number(length)));
    }
    QVERIFY(w.pages - w.result.firstPages.back() <= 2);
    checkLayout(w.report);

    const QStringList pages = checkPdf(w.path, w.pages);
    if (QTest::currentTestFailed() || pages.isEmpty())
        return;

    Languages::install(lang);
    const Law names = law(lang);
    const QString vin = QString::fromStdString(m_demo.header().vin);
    QString carmaker;
    for (const RecipientSummary &r : recipients) {
        if (r.entry && r.entry->role == u"carmaker")
            carmaker = r.entry->commonName;
    }
    QVERIFY(!carmaker.isEmpty());
    const QString subjectStart = fixedPart(
        QCoreApplication::translate("vitrine::Letter", "Request for information under %1",
                                    "the letter's subject; %1: the article and the act, as in "
                                    "\"art. 25 of the Federal Act on Data Protection (FADP)\""));
    QVERIFY(subjectStart.size() > 3);
    const QString deadline =
        flat(QCoreApplication::translate("vitrine::Letter",
                                         "Your answer is due within 30 days of receiving this "
                                         "request (%1), and it is free of charge (%2).",
                                         "%1: the article of the ordinance, as in \"art. 18 of the "
                                         "Data Protection Ordinance (DPO)\"; %2: as in \"art. 25 "
                                         "para. 6 FADP\"")
                 .arg(names.art18, names.para6));
    QVERIFY(deadline.contains(QStringLiteral("30")));
    const QString postLabel = fixedPart(QCoreApplication::translate("vitrine::Letter", "Post: %1"));
    const QString mailLabel =
        fixedPart(QCoreApplication::translate("vitrine::Letter", "E-mail: %1"));
    const QString webLabel =
        fixedPart(QCoreApplication::translate("vitrine::Letter", "Web form: %1"));

    int honest = 0;
    int withContact = 0;
    for (qsizetype i = 0; i < known.size(); ++i) {
        const RecipientSummary &r =
            *std::find_if(recipients.begin(), recipients.end(),
                          [&](const RecipientSummary &x) { return x.id == known[i]; });
        const int first = w.result.firstPages[static_cast<std::size_t>(i)];
        const int end =
            i + 1 < known.size() ? w.result.firstPages[static_cast<std::size_t>(i + 1)] : w.pages;
        QString letter;
        for (int p = first; p < end; ++p)
            letter += pages[p];
        const QString text = flat(letter);
        const QString who = r.name;
        // The subject opens each letter's first page, and no other page.
        QVERIFY2(flat(pages[first]).contains(subjectStart), qPrintable(who));
        QCOMPARE(flat(pages[first]).count(subjectStart), 1);
        for (int p = first + 1; p < end; ++p)
            QVERIFY2(!flat(pages[p]).contains(subjectStart), qPrintable(who));
        QVERIFY2(flat(pages[first]).contains(flat(r.name)), qPrintable(who));
        QVERIFY2(text.contains(QStringLiteral("25")), qPrintable(who));
        QVERIFY2(text.contains(flat(names.act)), qPrintable(who + u' ' + names.act));
        QVERIFY2(text.contains(flat(names.ordinance)), qPrintable(who));
        QVERIFY2(text.contains(deadline), qPrintable(who + u' ' + deadline));
        // The GDPR only for companies established in the EU or the EEA.
        const bool eu =
            QStringList{QStringLiteral("DE"), QStringLiteral("NL"), QStringLiteral("SE")}.contains(
                r.country);
        QVERIFY2(r.country == u"CH" || r.country == u"US" || eu, qPrintable(r.country));
        QCOMPARE(text.contains(flat(names.gdpr)), eu);
        // The facts of the log for this recipient: its kinds of data and its period.
        for (const Category c : allCategories()) {
            const bool shown = r.tally.byCategory[static_cast<std::size_t>(c)].events > 0;
            if (shown) {
                QVERIFY2(text.contains(flat(plain::categoryName(c))),
                         qPrintable(who + u' ' + plain::categoryName(c)));
            }
        }
        QVERIFY2(text.contains(Languages::swissDate(r.tally.firstUtc)), qPrintable(who));
        QVERIFY2(text.contains(Languages::swissDate(r.tally.lastUtc)), qPrintable(who));
        // The VIN masked, never in full.
        QVERIFY2(text.contains(flat(plain::maskVin(vin))), qPrintable(who));
        QVERIFY2(!text.contains(vin), qPrintable(who));
        // The contact exactly as the catalogue has it; the honest line when it has none.
        const PrivacyContact &c = r.entry->privacyContact;
        if (c.isEmpty()) {
            ++honest;
            const QString line = QCoreApplication::translate(
                                     "vitrine::Letter",
                                     "Privacy contact not known to us: send this letter to the "
                                     "company's registered office or ask the carmaker, %1, to "
                                     "pass it on.",
                                     "%1: the carmaker")
                                     .arg(carmaker);
            QVERIFY2(text.contains(flat(line)), qPrintable(who + u' ' + line));
            QVERIFY2(!text.contains(postLabel), qPrintable(who));
            QVERIFY2(!text.contains(mailLabel), qPrintable(who));
            QVERIFY2(!text.contains(webLabel), qPrintable(who));
            QVERIFY2(!text.contains(u'@'), qPrintable(who)); // no invented address
        } else {
            ++withContact;
            for (const QString &field : {c.postal, c.email, c.url}) {
                if (!field.isEmpty())
                    QVERIFY2(text.contains(flat(field)), qPrintable(who + u' ' + field));
            }
            QVERIFY2(text.contains(postLabel) == !c.postal.isEmpty(), qPrintable(who));
            QVERIFY2(text.contains(mailLabel) == !c.email.isEmpty(), qPrintable(who));
            QVERIFY2(text.contains(webLabel) == !c.url.isEmpty(), qPrintable(who));
        }
    }
    QVERIFY(honest > 0);      // HERE, Spotify and Cerence publish no contact we know of
    QVERIFY(withContact > 0); // Volkswagen and Swisscom do

    const QString all = pages.join(u'\n');
    QVERIFY(!all.contains(QRegularExpression(QStringLiteral("[\\x{fb00}-\\x{fb06}]"))));
    if (lang == u"de") {
        // Swiss spelling: no ß in what the letter says. The addresses are the catalogue's facts
        // (a German street keeps its ß), so they are taken out first.
        QString prose = flat(all);
        for (const Recipient &e : catalogue.recipients()) {
            if (!e.privacyContact.postal.isEmpty())
                prose.remove(flat(e.privacyContact.postal));
        }
        QVERIFY2(!prose.contains(u'ß'), qPrintable(prose.mid(prose.indexOf(u'ß') - 40, 80)));
    }
}

void TestRequestLetter::chosenRecipientsOnly()
{
    // What the customer ticked on the Choices card: only "Ask for a copy" counts.
    const QList<SheetChoice> choices = {
        {QStringLiteral("org:verisk"), QStringLiteral("Verisk Analytics, Inc."), false, true, true},
        {QStringLiteral("org:here"), QStringLiteral("HERE Global B.V."), true, false, false},
        {QStringLiteral("telemetry.example.net"), QStringLiteral("telemetry.example.net"), false,
         false, true},
        {QStringLiteral("org:verisk"), QStringLiteral("Verisk Analytics, Inc."), false, false,
         true}};
    QCOMPARE(copyRequests(choices),
             (QStringList{QStringLiteral("org:verisk"), QStringLiteral("telemetry.example.net")}));

    LetterInput in;
    in.lang = QStringLiteral("en");
    in.summary = &m_demo;
    // Named every way a caller may: the kiosk's org:ID, a catalogue id, a host of the
    // organisation; and an unknown host, an organisation the log does not name, nonsense.
    const QString hereHost = QStringLiteral("api.") +
                             Catalogue::builtIn().byId(QStringLiteral("here"))->domains.value(0);
    in.recipients = copyRequests(choices)
                    << hereHost << QStringLiteral("swisscom") << QStringLiteral("org:bmw")
                    << QStringLiteral("no such thing") << QStringLiteral("org:here");
    const Written w = write(in, QStringLiteral("chosen.pdf"));
    QVERIFY2(w.pages > 0, qPrintable(w.error));
    QCOMPARE(w.result.written.size(), 3);
    QVERIFY(w.result.written.contains(QStringLiteral("org:verisk")));
    QVERIFY(w.result.written.contains(QStringLiteral("org:here")));
    QVERIFY(w.result.written.contains(QStringLiteral("org:swisscom")));
    QCOMPARE(w.result.firstPages.size(), std::size_t(3));
    QCOMPARE(w.result.skipped.size(), std::size_t(3));
    QCOMPARE(w.result.skipped[0].id, QStringLiteral("telemetry.example.net"));
    QCOMPARE(w.result.skipped[0].reason, LetterSkip::UnknownRecipient);
    QCOMPARE(w.result.skipped[1].id, QStringLiteral("org:bmw"));
    QCOMPARE(w.result.skipped[1].reason, LetterSkip::NotInLog);
    QCOMPARE(w.result.skipped[2].id, QStringLiteral("no such thing"));
    QCOMPARE(w.result.skipped[2].reason, LetterSkip::UnknownRecipient);
    QVERIFY(!skipReason(LetterSkip::UnknownRecipient).isEmpty());
    QVERIFY(skipReason(LetterSkip::UnknownRecipient) != skipReason(LetterSkip::NotInLog));
    checkLayout(w.report);

    const QStringList pages = checkPdf(w.path, w.pages);
    if (QTest::currentTestFailed() || pages.isEmpty())
        return;
    const QString text = flat(pages.join(u'\n'));
    QVERIFY(text.contains(flat(QStringLiteral("Verisk Analytics, Inc."))));
    QVERIFY(!text.contains(QStringLiteral("Volkswagen AG")));
    QVERIFY(!text.contains(QStringLiteral("telemetry.example.net")));
    Languages::install(in.lang);
    // Verisk shows only data passed on by another company; Swisscom only data the car sent.
    const QString passedOn = fixedPart(QCoreApplication::translate(
        "vitrine::Letter", "Data from my car was passed on to you by another company %1.",
        "%1: as in \"about 1'200 times\""));
    const QString sent = fixedPart(QCoreApplication::translate(
        "vitrine::Letter", "My car sent data to you %1.", "%1: as in \"about 1'200 times\""));
    QCOMPARE(text.count(passedOn), 1);
    QCOMPARE(text.count(sent), 2); // HERE and Swisscom
    QVERIFY(text.contains(QStringLiteral("datenschutz@swisscom.com")));
    // The sender's lines are there, blank: the letter never names the customer.
    for (const QString &line :
         {QCoreApplication::translate("vitrine::Letter", "Street and number",
                                      "sender line to fill in"),
          QCoreApplication::translate("vitrine::Letter", "Place and date", "line to fill in"),
          QCoreApplication::translate("vitrine::Letter", "Signature", "line to sign on")}) {
        QCOMPARE(text.count(flat(line)), 3);
    }

    // Nothing asked for that can get a letter: an error, the skipped ones still listed.
    in.recipients = {QStringLiteral("telemetry.example.net"), QStringLiteral("org:bmw")};
    const Written none = write(in, QStringLiteral("none.pdf"));
    QCOMPARE(none.pages, 0);
    QVERIFY(!none.error.isEmpty());
    QCOMPARE(none.result.skipped.size(), std::size_t(2));
    QVERIFY(!QFile::exists(none.path));
}

void TestRequestLetter::fullVinOnlyWhenAsked()
{
    LetterInput in;
    in.lang = QStringLiteral("it");
    in.summary = &m_demo;
    in.recipients = {QStringLiteral("org:volkswagen")};
    in.fullVin = true;
    const Written w = write(in, QStringLiteral("fullvin.pdf"));
    QVERIFY2(w.pages == 1 || w.pages == 2, qPrintable(w.error));
    checkLayout(w.report);
    const QStringList pages = checkPdf(w.path, w.pages);
    if (QTest::currentTestFailed() || pages.isEmpty())
        return;
    const QString text = flat(pages.join(u'\n'));
    QVERIFY(text.contains(QString::fromStdString(m_demo.header().vin)));
    QVERIFY(!text.contains(flat(plain::maskVin(QString::fromStdString(m_demo.header().vin)))));
}

void TestRequestLetter::theMaskedVinPointsToTheRegistrationDocumentsField_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("field");
    // The customer copies the full number from the registration document, whose field says
    // "chassis number", not "VIN".
    QTest::newRow("fr") << "fr"
                        << "No de châssis";
    QTest::newRow("de") << "de"
                        << "Fahrgestell-Nr.";
    QTest::newRow("it") << "it"
                        << "N. di telaio";
    QTest::newRow("en") << "en"
                        << "chassis number";
}

void TestRequestLetter::theMaskedVinPointsToTheRegistrationDocumentsField()
{
    QFETCH(QString, lang);
    QFETCH(QString, field);
    LetterInput in;
    in.lang = lang;
    in.summary = &m_demo;
    in.recipients = {QStringLiteral("org:volkswagen")};
    const Written w = write(in, QStringLiteral("vin-field-%1.pdf").arg(lang));
    QVERIFY2(w.pages == 1 || w.pages == 2, qPrintable(w.error));
    const QStringList pages = checkPdf(w.path, w.pages);
    if (QTest::currentTestFailed() || pages.isEmpty())
        return;
    const QString text = flat(pages.join(u'\n'));
    QVERIFY(text.contains(flat(plain::maskVin(QString::fromStdString(m_demo.header().vin)))));
    QVERIFY2(text.contains(flat(field)), qPrintable(field));
}

void TestRequestLetter::badInputGivesAnErrorNotACrash()
{
    LetterInput in;
    in.all = true;
    QString error;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QCOMPARE(writeRequestLetters(in, &buffer, &error), 0); // no summary
    QVERIFY(!error.isEmpty());
    in.summary = &m_demo;
    in.lang = QStringLiteral("xx");
    error.clear();
    QCOMPARE(writeRequestLetters(in, &buffer, &error), 0);
    QVERIFY(!error.isEmpty());
    QCOMPARE(buffer.size(), 0);
    in.lang = QStringLiteral("fr");
    QBuffer closed;
    QCOMPARE(writeRequestLetters(in, &closed, &error), 0);
    // Nothing chosen: nothing to write.
    LetterInput nothing;
    nothing.summary = &m_demo;
    error.clear();
    QCOMPARE(writeRequestLetters(nothing, &buffer, &error), 0);
    QVERIFY(!error.isEmpty());
    QCOMPARE(buffer.size(), 0);
    // Another thread than the main one may not swap the application's language: refused.
    int fromThread = -1;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        fromThread = writeRequestLetters(in, &b, nullptr);
    }));
    thread->start();
    QVERIFY(thread->wait(60000));
    QCOMPARE(fromThread, 0);
    // A folder that does not exist: an error, no crash.
    QCOMPARE(
        writeRequestLettersFile(in, m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &error),
        0);
    QVERIFY(!error.isEmpty());
}

void TestRequestLetter::fileIsOwnerOnly()
{
    LetterInput in;
    in.lang = QStringLiteral("de");
    in.summary = &m_demo;
    in.recipients = {QStringLiteral("org:verisk")};
    const QString path = m_dir.filePath(QStringLiteral("owner.pdf"));
    QString error;
    QVERIFY2(writeRequestLettersFile(in, path, &error) > 0, qPrintable(error));
    QFile f(path);
    QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    const QStringList leftovers =
        QDir(m_dir.path()).entryList({QStringLiteral("owner.pdf*")}, QDir::Files | QDir::Hidden);
    QCOMPARE(leftovers, QStringList{QStringLiteral("owner.pdf")});
}

void TestRequestLetter::cliWritesTheLetters()
{
    const QString log = test::demoLogPath();
    const QString out = m_dir.filePath(QStringLiteral("cli-letters.pdf"));
    Languages::install(QStringLiteral("en")); // the reasons below, as the command says them
    test::ProcessRun cli =
        test::runProgram(test::cliPath(), {QStringLiteral("letters"), QStringLiteral("--log"), log,
                                           QStringLiteral("--lang"), QStringLiteral("en"),
                                           QStringLiteral("--out"), out, QStringLiteral("--all")});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    const QString said = QString::fromUtf8(cli.out);
    // One line: the letters written, then the unknown hosts skipped, each with the reason.
    QCOMPARE(said.trimmed().count(u'\n'), 0);
    QVERIFY2(said.startsWith(QStringLiteral("Wrote 8 letter")), qPrintable(said));
    const QString why = QStringLiteral("(%1)").arg(skipReason(LetterSkip::UnknownRecipient));
    QVERIFY2(said.contains(QStringLiteral("192.0.2.44 ") + why), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("telemetry.example.net ") + why), qPrintable(said));
    QVERIFY(said.indexOf(QStringLiteral("192.0.2.44")) > said.indexOf(out));
    const ToolRun info = runTool(QStringLiteral("pdfinfo"), {out});
    if (info.found)
        QCOMPARE(info.exitCode, 0);

    // Whom to write to must be said; a missing --out is a usage error too.
    cli = test::runProgram(test::cliPath(), {QStringLiteral("letters"), QStringLiteral("--log"),
                                             log, QStringLiteral("--lang"), QStringLiteral("fr"),
                                             QStringLiteral("--out"), out});
    QCOMPARE(cli.exitCode, 1);
    cli = test::runProgram(test::cliPath(), {QStringLiteral("letters"), QStringLiteral("--log"),
                                             log, QStringLiteral("--all")});
    QCOMPARE(cli.exitCode, 1);
    // An unreadable log is refused; only unknown recipients: no letter, no file.
    const QString refused = m_dir.filePath(QStringLiteral("refused.pdf"));
    cli = test::runProgram(test::cliPath(),
                           {QStringLiteral("letters"), QStringLiteral("--log"),
                            m_dir.filePath(QStringLiteral("missing.jsonl")),
                            QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--out"),
                            refused, QStringLiteral("--all")});
    QCOMPARE(cli.exitCode, 2);
    QVERIFY(!QFile::exists(refused));
    cli = test::runProgram(test::cliPath(),
                           {QStringLiteral("letters"), QStringLiteral("--log"), log,
                            QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--out"),
                            refused, QStringLiteral("--recipient"),
                            QStringLiteral("telemetry.example.net")});
    QCOMPARE(cli.exitCode, 3);
    QVERIFY(QString::fromUtf8(cli.err).contains(QStringLiteral("telemetry.example.net")));
    QVERIFY(!QFile::exists(refused));
}

QTEST_MAIN(TestRequestLetter)
#include "tst_requestletter.moc"
