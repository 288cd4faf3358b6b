// SPDX-License-Identifier: GPL-3.0-or-later
// How the request letters are written: addressees taken from the catalogue, the law cited in
// the letter's language (GDPR too in the EU and EEA), each letter on its own A4 pages.

#include "requestletter.h"

#include "atomicfile.h"
#include "catalogue.h"
#include "languages.h"
#include "plainsummary.h"
#include "plaintext.h"
#include "recipients.h"
#include "sheet.h"
#include "summary.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QScopeGuard>
#include <QSet>
#include <QThread>

#include <algorithm>

namespace vitrine {

namespace {

// The letter's type sizes, in points; its page and ink are the sheet's (sheetlayout.h).
constexpr qreal kFooterHeight = 22;
constexpr qreal kBodyPt = 10;
constexpr qreal kSmallPt = 8.5;
constexpr qreal kHintPt = 7.5;
constexpr qreal kFooterPt = 7.5;
// Room for a line of handwriting.
constexpr qreal kWriteRowPt = 24;

const QColor kInk = DocumentInk::text();
const QColor kMuted = DocumentInk::muted();
const QColor kRule = DocumentInk::rule();
const QColor kWriteLine(0x70, 0x75, 0x7c);

TextStyle style(qreal points, bool bold = false, const QColor &color = kInk,
                Qt::Alignment align = Qt::AlignLeft)
{
    const DocumentFonts &f = documentFonts();
    TextStyle s;
    s.font = QFont(f.sans.isEmpty() ? QStringLiteral("sans-serif") : f.sans);
    s.font.setPointSizeF(points);
    s.font.setBold(bold);
    s.font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: the text stays searchable and copyable letter by letter.
    s.font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    s.color = color;
    s.align = align;
    return s;
}

/**
 * The official names of the laws, cited as a Swiss lawyer would in each language. They are
 * facts, like the country names of the catalogue, not phrasing: they stay out of the
 * translations so that a translation can never change what the letter cites.
 */
struct Citations
{
    QString art25;    ///< art. 25 of the act, full name of the act
    QString para2;    ///< art. 25 para. 2 of the act, short
    QString para6;    ///< art. 25 para. 6 of the act, short
    QString art18;    ///< art. 18 of the ordinance, full name
    QString gdpr15;   ///< art. 15 of the GDPR, full name
    QString abridged; ///< the act's abbreviation
};

Citations citations(const QString &lang)
{
    if (lang == u"fr") {
        return {QStringLiteral("art. 25 de la loi fédérale sur la protection des données (LPD)"),
                QStringLiteral("art. 25, al. 2, LPD"),
                QStringLiteral("art. 25, al. 6, LPD"),
                QStringLiteral("art. 18 de l’ordonnance sur la protection des données (OPDo)"),
                QStringLiteral("art. 15 du règlement général sur la protection des données (RGPD)"),
                QStringLiteral("LPD")};
    }
    if (lang == u"de") {
        return {QStringLiteral("Art. 25 des Bundesgesetzes über den Datenschutz (DSG)"),
                QStringLiteral("Art. 25 Abs. 2 DSG"),
                QStringLiteral("Art. 25 Abs. 6 DSG"),
                QStringLiteral("Art. 18 der Datenschutzverordnung (DSV)"),
                QStringLiteral("Art. 15 der Datenschutz-Grundverordnung (DSGVO)"),
                QStringLiteral("DSG")};
    }
    if (lang == u"it") {
        return {QStringLiteral("art. 25 della legge federale sulla protezione dei dati (LPD)"),
                QStringLiteral("art. 25 cpv. 2 LPD"),
                QStringLiteral("art. 25 cpv. 6 LPD"),
                QStringLiteral("art. 18 dell’ordinanza sulla protezione dei dati (OPDa)"),
                QStringLiteral("art. 15 del regolamento generale sulla protezione dei dati (RGPD)"),
                QStringLiteral("LPD")};
    }
    return {QStringLiteral("art. 25 of the Federal Act on Data Protection (FADP)"),
            QStringLiteral("art. 25 para. 2 FADP"),
            QStringLiteral("art. 25 para. 6 FADP"),
            QStringLiteral("art. 18 of the Data Protection Ordinance (DPO)"),
            QStringLiteral("art. 15 of the General Data Protection Regulation (GDPR)"),
            QStringLiteral("FADP")};
}

/**
 * The EU and EEA states, where the GDPR binds a company established there whoever asks
 * (art. 3 para. 1 GDPR): a letter to such a company may rely on art. 15 GDPR as well.
 */
bool inEuOrEea(const QString &country)
{
    static const QSet<QString> states = {
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("HR"),
        QStringLiteral("CY"), QStringLiteral("CZ"), QStringLiteral("DK"), QStringLiteral("EE"),
        QStringLiteral("FI"), QStringLiteral("FR"), QStringLiteral("DE"), QStringLiteral("GR"),
        QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"), QStringLiteral("LV"),
        QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"),
        QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SK"),
        QStringLiteral("SI"), QStringLiteral("ES"), QStringLiteral("SE"), QStringLiteral("IS"),
        QStringLiteral("LI"), QStringLiteral("NO")};
    return states.contains(country);
}

std::int64_t kindEvents(const RecipientSummary &r, Kind k)
{
    return r.tally.byKind[static_cast<std::size_t>(k)].events;
}

std::int64_t categoryEvents(const RecipientSummary &r, Category c)
{
    return r.tally.byCategory[static_cast<std::size_t>(c)].events;
}

/** The recipients that get a letter, and those asked for that cannot. */
struct Plan
{
    std::vector<const RecipientSummary *> letters;
    std::vector<SkippedRecipient> skipped;
};

Plan plan(const LetterInput &in, const Catalogue &catalogue,
          const std::vector<RecipientSummary> &recipients)
{
    QSet<QString> wanted; // "org:ID"
    Plan p;
    QSet<QString> skippedIds;
    const auto skip = [&](const QString &id, LetterSkip reason) {
        if (!skippedIds.contains(id)) {
            skippedIds.insert(id);
            p.skipped.push_back({id, reason});
        }
    };
    for (const QString &asked : in.recipients) {
        const QString id = asked.trimmed();
        if (id.isEmpty())
            continue;
        QString key = id.toLower();
        while (key.endsWith(u'.'))
            key.chop(1);
        const Recipient *entry = nullptr;
        if (key.startsWith(u"org:"))
            entry = catalogue.byId(key.mid(4));
        if (!entry && !key.startsWith(u"org:"))
            entry = catalogue.byId(key);
        if (!entry && !key.startsWith(u"org:"))
            entry = catalogue.match(key.toStdString());
        if (!entry) {
            skip(id, LetterSkip::UnknownRecipient);
            continue;
        }
        const QString orgId = QStringLiteral("org:") + entry->id;
        const bool inLog =
            std::any_of(recipients.begin(), recipients.end(),
                        [&orgId](const RecipientSummary &r) { return r.id == orgId; });
        if (inLog)
            wanted.insert(orgId);
        else
            skip(id, LetterSkip::NotInLog);
    }
    // The letters follow the sheet's order of recipients: most data first.
    for (const RecipientSummary &r : recipients) {
        if (r.known() && (in.all || wanted.contains(r.id)))
            p.letters.push_back(&r);
        else if (!r.known() && in.all)
            skip(r.id, LetterSkip::UnknownRecipient);
    }
    return p;
}

/** Lays the letters out, one after the other, each from the top of a new page. */
class LetterBuilder
{
public:
    LetterBuilder(const LetterInput &in, const std::vector<RecipientSummary> &recipients,
                  SheetLayout &layout)
        : m_in(in)
        , m_s(*in.summary)
        , m_recipients(recipients)
        , m_l(layout)
        , m_law(citations(in.lang))
    {}

    /** Writes the letters; returns the first page of each. */
    std::vector<int> build(const std::vector<const RecipientSummary *> &letters)
    {
        std::vector<int> firsts;
        std::vector<std::pair<int, int>> ranges;
        for (const RecipientSummary *r : letters) {
            if (!firsts.empty())
                m_l.newPage();
            firsts.push_back(m_l.page());
            letter(*r);
            ranges.emplace_back(firsts.back(), m_l.page());
        }
        for (std::size_t i = 0; i < letters.size(); ++i)
            footers(*letters[i], ranges[i].first, ranges[i].second);
        return firsts;
    }

private:
    qreal pt(qreal points) const { return m_l.pt(points); }
    qreal width() const { return m_l.body().width(); }
    qreal left() const { return m_l.body().left(); }

    void gap(qreal points)
    {
        if (m_l.y() > m_l.body().top())
            m_l.advance(pt(points));
    }

    void paragraph(const QString &text, qreal points = kBodyPt, const QColor &color = kInk,
                   int boldPrefix = 0)
    {
        m_l.paragraph(text, style(points, false, color), 0, boldPrefix);
        m_l.advance(pt(points * 0.45));
    }

    void bullets(const QStringList &items, qreal points = kBodyPt)
    {
        const TextStyle s = style(points);
        const qreal indent = pt(12);
        for (const QString &item : items) {
            const LaidText t = m_l.lay(item, s, width() - indent);
            // The bullet goes with the first line, wherever the paragraph starts.
            m_l.ensureSpace(t.lineCount() <= 3 ? t.height : t.lineTop(2));
            const LaidText dot = m_l.lay(QStringLiteral("•"), s, indent);
            m_l.drawText(dot, QPointF(left() + pt(2), m_l.y()), m_l.newBlock());
            m_l.paragraph(item, s, indent);
            m_l.advance(pt(points * 0.2));
        }
        m_l.advance(pt(points * 0.3));
    }

    /**
     * A label and a line to write on after it, from \a x over \a w, its baseline at the foot
     * of a row of handwriting. Returns the row's height.
     */
    qreal writeRow(const QString &label, qreal x, qreal top, qreal w, qreal labelWidth)
    {
        const LaidText t = m_l.lay(label, style(kSmallPt, false, kMuted), labelWidth);
        const qreal rowHeight = std::max(pt(kWriteRowPt), t.height + pt(8));
        const qreal baseline = top + rowHeight - pt(3);
        m_l.drawText(t, QPointF(x, baseline - t.height), m_l.newBlock());
        m_l.line(QPointF(x + labelWidth + pt(4), baseline), QPointF(x + w, baseline), kWriteLine,
                 0.5);
        return rowHeight;
    }

    qreal labelWidth(const QStringList &labels, qreal most) const
    {
        qreal w = 0;
        for (const QString &label : labels) {
            w = std::max(w, m_l.lay(label, style(kSmallPt, false, kMuted), most).naturalWidth());
        }
        return std::min(w + pt(1), most);
    }

    QString carmaker() const
    {
        for (const RecipientSummary &r : m_recipients) {
            if (r.entry && r.entry->role == u"carmaker")
                return r.entry->commonName.isEmpty() ? r.name : r.entry->commonName;
        }
        return m_s.header().make ? QString::fromStdString(*m_s.header().make) : QString();
    }

    /** The privacy contact as the catalogue has it; never more. */
    QStringList contactLines(const Recipient &entry) const
    {
        const PrivacyContact &c = entry.privacyContact;
        QStringList lines;
        if (!c.postal.isEmpty())
            lines << QCoreApplication::translate("vitrine::Letter", "Post: %1").arg(c.postal);
        if (!c.email.isEmpty())
            lines << QCoreApplication::translate("vitrine::Letter", "E-mail: %1").arg(c.email);
        if (!c.url.isEmpty())
            lines << QCoreApplication::translate("vitrine::Letter", "Web form: %1").arg(c.url);
        return lines;
    }

    QString unknownContact(const Recipient &entry) const
    {
        if (entry.role == u"carmaker") {
            return QCoreApplication::translate("vitrine::Letter",
                                               "Privacy contact not known to us: send this letter "
                                               "to the company's registered office.");
        }
        const QString maker = carmaker();
        if (maker.isEmpty()) {
            return QCoreApplication::translate(
                "vitrine::Letter", "Privacy contact not known to us: send this letter to the "
                                   "company's registered office or ask the carmaker.");
        }
        return QCoreApplication::translate(
                   "vitrine::Letter",
                   "Privacy contact not known to us: send this letter to "
                   "the company's registered office or ask the carmaker, %1, to pass "
                   "it on.",
                   "%1: the carmaker")
            .arg(maker);
    }

    void letter(const RecipientSummary &r)
    {
        const Recipient &entry = *r.entry;
        addresses(entry);
        placeAndDate();

        const LaidText subject =
            m_l.lay(QCoreApplication::translate(
                        "vitrine::Letter", "Request for information under %1",
                        "the letter's subject; %1: the article and the act, as in \"art. 25 of the "
                        "Federal Act on Data Protection (FADP)\"")
                        .arg(m_law.art25),
                    style(11, true), width());
        m_l.ensureSpace(subject.height + pt(60));
        m_l.drawText(subject, QPointF(left(), m_l.y()), m_l.newBlock());
        m_l.advance(subject.height + pt(12));

        paragraph(QCoreApplication::translate("vitrine::Letter", "Dear Sir or Madam,",
                                              "the letter's salutation"));
        paragraph(QCoreApplication::translate(
                      "vitrine::Letter",
                      "Under %1, I ask you to tell me whether you process personal data about "
                      "me, in particular data from or about my car:",
                      "%1: the article and the act, as in \"art. 25 of the Federal Act on Data "
                      "Protection (FADP)\"")
                      .arg(m_law.art25));
        vehicle();

        paragraph(QCoreApplication::translate("vitrine::Letter",
                                              "If you do, please tell me, as %1 provides:",
                                              "%1: the paragraph of the act, as in \"art. 25 "
                                              "para. 2 FADP\"")
                      .arg(m_law.para2));
        bullets({
            QCoreApplication::translate("vitrine::Letter",
                                        "your identity and contact details as the controller;"),
            QCoreApplication::translate("vitrine::Letter",
                                        "the personal data about me that you process;"),
            QCoreApplication::translate("vitrine::Letter", "what you process it for;"),
            QCoreApplication::translate("vitrine::Letter",
                                        "how long you keep it or, if that cannot be said, how "
                                        "you decide how long;"),
            QCoreApplication::translate("vitrine::Letter",
                                        "what you know about where it came from, if you did "
                                        "not collect it from me;"),
            QCoreApplication::translate("vitrine::Letter",
                                        "whether you take automated individual decisions with "
                                        "it and, if so, the logic they follow;"),
            QCoreApplication::translate("vitrine::Letter",
                                        "to whom you disclose it (the recipients or their "
                                        "categories) and, when it goes abroad, to which "
                                        "countries and with which safeguards."),
        });

        facts(r);

        paragraph(QCoreApplication::translate(
                      "vitrine::Letter",
                      "Your answer is due within 30 days of receiving this request (%1), and it "
                      "is free of charge (%2).",
                      "%1: the article of the ordinance, as in \"art. 18 of the Data Protection "
                      "Ordinance (DPO)\"; %2: as in \"art. 25 para. 6 FADP\"")
                      .arg(m_law.art18, m_law.para6));
        if (inEuOrEea(entry.country)) {
            paragraph(QCoreApplication::translate(
                          "vitrine::Letter",
                          "As your company is established in the EU or the EEA, I also make "
                          "this request under %1.",
                          "%1: as in \"art. 15 of the General Data Protection Regulation "
                          "(GDPR)\"")
                          .arg(m_law.gdpr15));
        }
        paragraph(QCoreApplication::translate(
            "vitrine::Letter",
            "If you need to confirm who I am, please tell me what you need. Please send your "
            "answer to the address at the top of this letter."));
        closing();
    }

    void addresses(const Recipient &entry)
    {
        const qreal gapWidth = width() * 0.06;
        const qreal senderWidth = width() * 0.47;
        const qreal toLeft = left() + senderWidth + gapWidth;
        const qreal toWidth = width() - senderWidth - gapWidth;
        const qreal top = m_l.y();

        // The sender: blank lines, since the kiosk never knows (nor prints) who the customer is.
        const LaidText hint =
            m_l.lay(QCoreApplication::translate(
                        "vitrine::Letter", "From (please write your name and address by hand):"),
                    style(kHintPt, false, kMuted), senderWidth);
        m_l.drawText(hint, QPointF(left(), top), m_l.newBlock());
        qreal y = top + hint.height;
        const QStringList labels = {
            QCoreApplication::translate("vitrine::Letter", "Name", "sender line to fill in"),
            QCoreApplication::translate("vitrine::Letter", "Street and number",
                                        "sender line to fill in"),
            QCoreApplication::translate("vitrine::Letter", "Postcode and town",
                                        "sender line to fill in")};
        const qreal labelW = labelWidth(labels, senderWidth * 0.45);
        for (const QString &label : labels)
            y += writeRow(label, left(), y, senderWidth, labelW);
        const qreal senderBottom = y;

        // The addressee, and its privacy contact exactly as the catalogue has it.
        y = top;
        const LaidText to = m_l.lay(QCoreApplication::translate("vitrine::Letter", "To:"),
                                    style(kHintPt, false, kMuted), toWidth);
        m_l.drawText(to, QPointF(toLeft, y), m_l.newBlock());
        y += to.height + pt(2);
        const LaidText name = m_l.lay(entry.name, style(kBodyPt + 0.5, true), toWidth);
        m_l.drawText(name, QPointF(toLeft, y), m_l.newBlock());
        y += name.height + pt(3);
        const QStringList lines = contactLines(entry);
        const LaidText contact =
            lines.isEmpty()
                ? m_l.lay(unknownContact(entry), style(kSmallPt + 0.5, false, kMuted), toWidth)
                : m_l.lay(lines.join(u'\n'), style(kSmallPt + 0.5), toWidth);
        m_l.drawText(contact, QPointF(toLeft, y), m_l.newBlock());
        y += contact.height;
        if (lines.isEmpty()) {
            // Room to write in the address the customer finds: the kiosk never guesses one.
            for (int i = 0; i < 2; ++i) {
                const qreal baseline = y + pt(kWriteRowPt) - pt(3);
                m_l.line(QPointF(toLeft, baseline), QPointF(toLeft + toWidth, baseline), kWriteLine,
                         0.5);
                y += pt(kWriteRowPt);
            }
        }
        m_l.advance(std::max(senderBottom, y) - top + pt(10));
    }

    void placeAndDate()
    {
        const qreal w = width() * 0.47;
        const QString label =
            QCoreApplication::translate("vitrine::Letter", "Place and date", "line to fill in");
        const qreal rowHeight =
            writeRow(label, left() + width() - w, m_l.y(), w, labelWidth({label}, w * 0.45));
        m_l.advance(rowHeight + pt(14));
    }

    void vehicle()
    {
        const QString car = vehicleDescription(m_s.header());
        const QString vin = QString::fromStdString(m_s.header().vin);
        const qreal indent = pt(12);
        if (!car.isEmpty()) {
            const QString label =
                QCoreApplication::translate("vitrine::Letter", "Car:", "in the letter");
            m_l.paragraph(label + u' ' + car, style(kBodyPt), indent,
                          static_cast<int>(label.size()));
        }
        const QString label =
            QCoreApplication::translate("vitrine::Letter", "Vehicle identification number (VIN):");
        if (m_in.fullVin || vin.isEmpty()) {
            m_l.paragraph(label + u' ' +
                              (vin.isEmpty() ? QCoreApplication::translate("vitrine::Letter",
                                                                           "not in the data log")
                                             : vin),
                          style(kBodyPt), indent, static_cast<int>(label.size()));
            m_l.advance(pt(kBodyPt * 0.45));
            return;
        }
        // Masked, with a line for the full number: the letter may lie about before it is sent.
        const TextStyle labelStyle = style(kBodyPt, true);
        const LaidText l = m_l.lay(label, labelStyle, width() - indent);
        const LaidText hint = m_l.lay(
            QCoreApplication::translate("vitrine::Letter",
                                        "%1 – please write the full number by hand: it is "
                                        "the chassis number on your registration document",
                                        "%1: the VIN with its middle hidden. The document's "
                                        "own words: \"Fahrgestell-Nr.\", \"No de "
                                        "châssis\", \"N. di telaio\"")
                .arg(plain::maskVin(vin)),
            style(kHintPt, false, kMuted), width() - indent);
        const qreal rowHeight = std::max(pt(kWriteRowPt), l.height + pt(8));
        m_l.ensureSpace(rowHeight + hint.height + pt(2));
        const qreal top = m_l.y();
        const qreal lineLeft = left() + indent + std::min(l.naturalWidth(), width() * 0.5);
        const qreal baseline = top + rowHeight - pt(3);
        m_l.drawText(l, QPointF(left() + indent, baseline - l.height), m_l.newBlock());
        m_l.line(QPointF(lineLeft + pt(6), baseline), QPointF(left() + width(), baseline),
                 kWriteLine, 0.5);
        m_l.drawText(hint, QPointF(left() + indent, baseline + pt(2)), m_l.newBlock());
        m_l.advance(rowHeight + pt(2) + hint.height + pt(kBodyPt * 0.6));
    }

    /** What the log shows about this recipient: facts only, from the summary. */
    void facts(const RecipientSummary &r)
    {
        paragraph(QCoreApplication::translate(
            "vitrine::Letter", "The data log exported from my car shows the following about you:"));
        QStringList items;
        if (const std::int64_t n = kindEvents(r, Kind::Sent); n > 0) {
            items << QCoreApplication::translate("vitrine::Letter", "My car sent data to you %1.",
                                                 "%1: as in \"about 1'200 times\"")
                         .arg(plain::timesPhrase(n));
        }
        if (const std::int64_t n = kindEvents(r, Kind::Shared); n > 0) {
            items << QCoreApplication::translate(
                         "vitrine::Letter",
                         "Data from my car was passed on to you by another company %1.",
                         "%1: as in \"about 1'200 times\"")
                         .arg(plain::timesPhrase(n));
        }
        if (const std::int64_t n = kindEvents(r, Kind::Received); n > 0) {
            items << QCoreApplication::translate("vitrine::Letter",
                                                 "My car received data from you %1.",
                                                 "%1: as in \"about 1'200 times\"")
                         .arg(plain::timesPhrase(n));
        }
        items << QCoreApplication::translate("vitrine::Letter", "This was between %1 and %2.",
                                             "two dates")
                     .arg(Languages::swissDate(r.tally.firstUtc),
                          Languages::swissDate(r.tally.lastUtc));
        // Most private first, then most frequent: the order of the kiosk and the sheet.
        std::vector<Category> cats;
        for (const Category c : allCategories()) {
            if (categoryEvents(r, c) > 0)
                cats.push_back(c);
        }
        std::stable_sort(cats.begin(), cats.end(), [&r](Category a, Category b) {
            if (sensitivity(a) != sensitivity(b))
                return sensitivity(a) > sensitivity(b);
            return categoryEvents(r, a) > categoryEvents(r, b);
        });
        QStringList kinds;
        for (const Category c : cats) {
            kinds << QCoreApplication::translate("vitrine::Letter", "%1 (%2)",
                                                 "a kind of data (how many times)")
                         .arg(plain::categoryName(c), plain::timesPhrase(categoryEvents(r, c)));
        }
        if (!kinds.isEmpty()) {
            items << QCoreApplication::translate("vitrine::Letter", "The kinds of data: %1.",
                                                 "%1: a list")
                         .arg(kinds.join(QStringLiteral(", ")));
        }
        bullets(items);
    }

    void closing()
    {
        const LaidText regards =
            m_l.lay(QCoreApplication::translate("vitrine::Letter", "Yours faithfully,", "closing"),
                    style(kBodyPt), width());
        const LaidText signature =
            m_l.lay(QCoreApplication::translate("vitrine::Letter", "Signature", "line to sign on"),
                    style(kSmallPt, false, kMuted), width() * 0.5);
        const qreal signSpace = pt(34);
        const qreal total = pt(6) + regards.height + signSpace + pt(2) + signature.height;
        m_l.ensureSpace(total);
        gap(6);
        m_l.drawText(regards, QPointF(left(), m_l.y()), m_l.newBlock());
        m_l.advance(regards.height + signSpace);
        const qreal lineWidth = width() * 0.45;
        m_l.line(QPointF(left(), m_l.y()), QPointF(left() + lineWidth, m_l.y()), kWriteLine, 0.5);
        m_l.advance(pt(2));
        m_l.drawText(signature, QPointF(left(), m_l.y()), m_l.newBlock());
        m_l.advance(signature.height);
    }

    void footers(const RecipientSummary &r, int first, int last)
    {
        const QRectF band = m_l.footer();
        const TextStyle leftStyle = style(kFooterPt, false, kMuted);
        const TextStyle rightStyle = style(kFooterPt, false, kMuted, Qt::AlignRight);
        const qreal pageWidth = pt(70);
        const qreal aboutWidth = band.width() - pageWidth - pt(8);
        const QString who = r.entry->commonName.isEmpty() ? r.entry->name : r.entry->commonName;
        const QString about =
            QCoreApplication::translate("vitrine::Letter",
                                        "Request for information (art. 25 %1) "
                                        "to %2",
                                        "the page footer; %1: the act's abbreviation, %2: the "
                                        "recipient")
                .arg(m_law.abridged, who);
        const LaidText aboutText =
            m_l.lay(m_l.elide(about, leftStyle.font, aboutWidth), leftStyle, aboutWidth);
        const int count = last - first + 1;
        for (int p = first; p <= last; ++p) {
            m_l.switchToPage(p);
            const qreal top = band.top() + pt(8);
            m_l.line(QPointF(band.left(), top - pt(4)), QPointF(band.right(), top - pt(4)), kRule,
                     0.5);
            m_l.drawText(aboutText, QPointF(band.left(), top), m_l.newBlock());
            const LaidText page =
                m_l.lay(QCoreApplication::translate("vitrine::Letter", "Page %1 of %2")
                            .arg(QLocale().toString(p - first + 1), QLocale().toString(count)),
                        rightStyle, pageWidth);
            m_l.drawText(page, QPointF(band.right() - pageWidth, top), m_l.newBlock());
        }
    }

    const LetterInput &m_in;
    const Summary &m_s;
    const std::vector<RecipientSummary> &m_recipients;
    SheetLayout &m_l;
    Citations m_law;
};

} // namespace

QStringList copyRequests(const QList<SheetChoice> &choices)
{
    QStringList out;
    for (const SheetChoice &c : choices) {
        if (c.askCopy && !out.contains(c.recipientId))
            out << c.recipientId;
    }
    return out;
}

QString skipReason(LetterSkip reason)
{
    switch (reason) {
    case LetterSkip::UnknownRecipient:
        return QCoreApplication::translate(
            "vitrine::Letter", "not in our list of organisations: no one known to address it to");
    case LetterSkip::NotInLog:
        return QCoreApplication::translate("vitrine::Letter",
                                           "the data log shows no data exchanged with it");
    }
    return {};
}

int writeRequestLetters(const LetterInput &in, QIODevice *out, QString *error, LetterResult *result,
                        SheetLayoutReport *report)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return 0;
    };
    if (result)
        *result = LetterResult{};
    if (!in.summary)
        return fail(QStringLiteral("writeRequestLetters: no summary"));
    if (!out || !out->isWritable())
        return fail(QStringLiteral("writeRequestLetters: the output is not open for writing"));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QStringLiteral("writeRequestLetters: a QGuiApplication is needed"));
    if (!Languages::isSupported(in.lang))
        return fail(
            QStringLiteral("writeRequestLetters: unsupported language \"%1\"").arg(in.lang));
    if (QThread::currentThread() != QCoreApplication::instance()->thread())
        return fail(QStringLiteral("writeRequestLetters: call it from the main thread"));
    const Catalogue &catalogue = in.catalogue ? *in.catalogue : Catalogue::builtIn();

    // Translators and the default locale are the application's: installed for the writing and
    // put back afterwards, like the sheet does.
    const QString previous = Languages::current();
    Languages::install(in.lang);
    const auto restore = qScopeGuard([&] {
        if (previous != in.lang)
            Languages::install(previous);
    });

    const std::vector<RecipientSummary> recipients = groupRecipients(*in.summary, catalogue);
    const Plan p = plan(in, catalogue, recipients);
    if (result)
        result->skipped = p.skipped;
    if (p.letters.empty()) {
        return fail(QCoreApplication::translate(
            "vitrine::Letter", "No letter to write: none of the recipients asked for is an "
                               "organisation that the data log names."));
    }

    // Drawn into memory first, so a failure never leaves half a PDF behind.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    std::vector<int> firsts;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        writer.setTitle(QCoreApplication::translate("vitrine::Letter", "Requests for information",
                                                    "the PDF's title"));
        writer.setCreator(QStringLiteral("Vitrine"));
        const QSizeF page = QPageSize(QPageSize::A4).size(QPageSize::Point);
        SheetLayout layout(&writer, page, documentMargins(), kFooterHeight);
        firsts = LetterBuilder(in, recipients, layout).build(p.letters);
        if (!layout.paint(&writer))
            return fail(QStringLiteral("writeRequestLetters: the PDF could not be drawn"));
        pages = layout.pageCount();
        if (report)
            *report = layout.report();
    }
    const QByteArray pdf = buffer.data();
    if (out->write(pdf) != pdf.size())
        return fail(QStringLiteral("writeRequestLetters: %1").arg(out->errorString()));
    if (result) {
        result->pages = pages;
        result->firstPages = firsts;
        for (const RecipientSummary *r : p.letters)
            result->written << r->id;
    }
    return pages;
}

int writeRequestLettersFile(const LetterInput &in, const QString &path, QString *error,
                            LetterResult *result, SheetLayoutReport *report)
{
    AtomicFile file(path);
    if (!file.open()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        if (result)
            *result = LetterResult{};
        return 0;
    }
    const int pages = writeRequestLetters(in, file.device(), error, result, report);
    if (pages == 0) {
        file.cancelWriting();
        return 0;
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return 0;
    }
    return pages;
}

} // namespace vitrine
