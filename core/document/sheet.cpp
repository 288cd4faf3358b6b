// SPDX-License-Identifier: GPL-3.0-or-later
// How the sheet is drawn: its sections flowed onto A4 pages one after another (from the car and
// "In short" to the proof and the signatures), all in memory before the PDF is written.

#include "sheet.h"

#include "atomicfile.h"
#include "catalogue.h"
#include "exportdetailtext.h"
#include "languages.h"
#include "plainsummary.h"
#include "plaintext.h"
#include "qrcode.h"
#include "recipients.h"
#include "summary.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QScopeGuard>
#include <QThread>

#include <algorithm>

namespace vitrine {

namespace {

// The sheet's type sizes, in points (1/72 inch): a 10 pt body, read at a kitchen table, often
// by someone who was not at the kiosk. Its page margins are documentMargins().
constexpr qreal kFooterHeight = 26;
constexpr qreal kBodyPt = 10;
constexpr qreal kSmallPt = 8.5;
constexpr qreal kTablePt = 8.5;
constexpr qreal kFooterPt = 7.5;
constexpr qreal kTitlePt = 18;
constexpr qreal kHeadingPt = 12.5;

// Colour only ever repeats what the words say; everything reads in black and white too.
const QColor kInk = DocumentInk::text();
const QColor kMuted = DocumentInk::muted();
const QColor kHeading(0x16, 0x36, 0x5c);
const QColor kRule = DocumentInk::rule();
const QColor kShade(0xee, 0xf1, 0xf5);
const QColor kBarHigh(0x16, 0x36, 0x5c);
const QColor kBarMedium(0x4f, 0x6d, 0x8f);
const QColor kBarLow(0x9a, 0xab, 0xbf);

QFont font(qreal points, bool bold = false, bool mono = false)
{
    const DocumentFonts &f = documentFonts();
    QFont font(mono ? (f.mono.isEmpty() ? QStringLiteral("monospace") : f.mono)
                    : (f.sans.isEmpty() ? QStringLiteral("sans-serif") : f.sans));
    font.setPointSizeF(points);
    font.setBold(bold);
    // Outlines as designed: the PDF is scaled by every viewer and printer anyway.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures: "ff" and "fi" stay letters that a reader can search for and copy.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return font;
}

TextStyle style(qreal points, bool bold = false, const QColor &color = kInk,
                Qt::Alignment align = Qt::AlignLeft)
{
    TextStyle s;
    s.font = font(points, bold);
    s.color = color;
    s.align = align;
    return s;
}

QString number(std::int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

QString shortName(const RecipientSummary &r)
{
    return r.entry && !r.entry->commonName.isEmpty() ? r.entry->commonName : r.name;
}

QColor barColour(Sensitivity s)
{
    switch (s) {
    case Sensitivity::High:
        return kBarHigh;
    case Sensitivity::Medium:
        return kBarMedium;
    case Sensitivity::Low:
        return kBarLow;
    }
    return kBarMedium;
}

/** Builds the sheet's flow, section by section, into a layout. */
class SheetBuilder
{
public:
    SheetBuilder(const SheetInput &in, const Catalogue &catalogue, SheetLayout &layout)
        : m_in(in)
        , m_s(*in.summary)
        , m_catalogue(catalogue)
        , m_l(layout)
    {
        // The largest recipients only, so that the sheet stays a few pages whatever the log;
        // the rest (and those past the summary's cap) are counted in one sentence.
        ListedRecipients listed = listRecipients(*in.summary, catalogue);
        m_recipients = std::move(listed.listed);
        m_moreRecipients = listed.rest.keys;
        m_moreExact = listed.rest.keysExact;
        m_moreEvents = listed.rest.tally.events;
        // Most private first, then most frequent: the order of the kiosk's card.
        for (const Category c : allCategories()) {
            if (m_s.byCategory()[static_cast<std::size_t>(c)].events > 0)
                m_categories.push_back(c);
        }
        std::stable_sort(m_categories.begin(), m_categories.end(), [this](Category a, Category b) {
            if (sensitivity(a) != sensitivity(b))
                return sensitivity(a) > sensitivity(b);
            return events(a) > events(b);
        });
    }

    void build()
    {
        header();
        inShort();
        chart();
        exportContents();
        tyres();
        recipientTable();
        changes();
        choices();
        rights();
        contacts();
        limits();
        proof();
        signatures();
        footers();
    }

private:
    std::int64_t events(Category c) const
    {
        return m_s.byCategory()[static_cast<std::size_t>(c)].events;
    }
    qreal pt(qreal points) const { return m_l.pt(points); }
    qreal width() const { return m_l.body().width(); }
    qreal left() const { return m_l.body().left(); }

    void gap(qreal points)
    {
        if (m_l.y() > m_l.body().top())
            m_l.advance(pt(points));
    }

    /** A section title, kept with at least \a keep points of what follows. */
    void heading(const QString &text, qreal keep = 60)
    {
        gap(12);
        const LaidText t = m_l.lay(text, style(kHeadingPt, true, kHeading), width());
        m_l.ensureSpace(t.height + pt(keep));
        m_l.drawText(t, QPointF(left(), m_l.y()), m_l.newBlock());
        m_l.advance(t.height + pt(4));
    }

    void paragraph(const QString &text, qreal points = kBodyPt, const QColor &color = kInk,
                   int boldPrefix = 0, qreal indent = 0)
    {
        m_l.paragraph(text, style(points, false, color), pt(indent), boldPrefix);
        m_l.advance(pt(points * 0.35));
    }

    /** A paragraph that starts with a phrase in bold ("Right to information. ..."). */
    void labelled(const QString &label, const QString &text, qreal points = kBodyPt)
    {
        paragraph(label + u' ' + text, points, kInk, static_cast<int>(label.size()));
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
            m_l.advance(pt(points * 0.3));
        }
    }

    // --- Sections ------------------------------------------------------------------------

    void header()
    {
        const qreal rightWidth = width() * 0.38;
        const qreal titleWidth = width() - rightWidth - pt(12);
        const qreal top = m_l.y();

        const LaidText title =
            m_l.lay(QCoreApplication::translate("vitrine::Sheet", "Privacy review of your car",
                                                "title of the sheet"),
                    style(kTitlePt, true, kHeading), titleWidth);
        m_l.drawText(title, QPointF(left(), top), m_l.newBlock());
        const LaidText date = m_l.lay(
            QCoreApplication::translate("vitrine::Sheet", "Review of %1", "the date of the review")
                .arg(reviewDate()),
            style(kBodyPt, false, kMuted), titleWidth);
        m_l.drawText(date, QPointF(left(), top + title.height + pt(3)), m_l.newBlock());
        const qreal leftBottom = top + title.height + pt(3) + date.height;

        qreal y = top;
        const QString dealer = m_in.dealerName.trimmed();
        if (!dealer.isEmpty()) {
            const LaidText name =
                m_l.lay(dealer, style(kBodyPt, true, kInk, Qt::AlignRight), rightWidth);
            m_l.drawText(name, QPointF(left() + width() - rightWidth, y), m_l.newBlock());
            y += name.height + pt(2);
        }
        const QString address = m_in.dealerAddress.trimmed();
        if (!address.isEmpty()) {
            const LaidText lines =
                m_l.lay(address, style(kSmallPt, false, kMuted, Qt::AlignRight), rightWidth);
            m_l.drawText(lines, QPointF(left() + width() - rightWidth, y), m_l.newBlock());
            y += lines.height;
        }
        m_l.advance(std::max(leftBottom, y) - top + pt(8));
        m_l.line(QPointF(left(), m_l.y()), QPointF(left() + width(), m_l.y()), kRule, 0.8);
        m_l.advance(pt(10));

        // The car and the periods, in the words of the command line's report.
        const LogHeader &h = m_s.header();
        const QString car = vehicleDescription(h);
        const QString vin = plain::maskVin(QString::fromStdString(h.vin));
        const QString carLine =
            car.isEmpty()
                ? QCoreApplication::translate("vitrine::summary", "Your car (VIN %1)").arg(vin)
                : QCoreApplication::translate("vitrine::summary", "Your %1 (VIN %2)").arg(car, vin);
        m_l.paragraph(carLine, style(11, true));
        m_l.advance(pt(3));
        QStringList periods;
        // A carmaker's export says where it comes from: its deliveries, empty and repeated ones.
        if (const QString source = sourceSentence(m_s); !source.isEmpty())
            periods << source;
        const PeriodCoverage &coverage = m_s.coverage();
        if (coverage.declared()) {
            periods << QCoreApplication::translate("vitrine::summary",
                                                   "The export says it covers %1 to %2.")
                           .arg(Languages::date(coverage.declaredFirstDay()),
                                Languages::date(coverage.declaredLastDay()));
        } else {
            periods << QCoreApplication::translate(
                "vitrine::Sheet", "The export does not say which period it covers.");
        }
        if (m_s.hasRecords()) {
            periods << QCoreApplication::translate("vitrine::summary",
                                                   "The events in it run from %1 to %2.")
                           .arg(Languages::swissDate(m_s.firstUtc()),
                                Languages::swissDate(m_s.lastUtc()));
        }
        paragraph(periods.join(u' '));
    }

    QString reviewDate() const { return Languages::swissDate(m_in.createdAt); }

    void inShort()
    {
        heading(QCoreApplication::translate("ReviewScreen", "In short", "card title"));
        const TextStyle s = style(10.5);
        const qreal pad = pt(8);
        const qreal inner = width() - 2 * pad - pt(3);
        std::vector<LaidText> lines;
        qreal height = 2 * pad;
        // A file cut short must not pass for the whole period: said first, in bold, as on the
        // kiosk's In short card.
        const PeriodCoverage &coverage = m_s.coverage();
        if (coverage.incomplete()) {
            lines.push_back(m_l.lay(plain::coverageSentence(coverage), style(10.5, true), inner));
            height += lines.back().height;
        }
        const QStringList sentences = vitrine::inShort(m_s, m_catalogue);
        for (const QString &sentence : sentences) {
            lines.push_back(m_l.lay(sentence, s, inner));
            height += lines.back().height;
        }
        height += pt(4) * static_cast<qreal>(std::max<std::size_t>(lines.size(), 1) - 1);
        m_l.ensureSpace(height);
        const qreal top = m_l.y();
        m_l.fillRect(QRectF(left(), top, width(), height), kShade, -1);
        m_l.fillRect(QRectF(left(), top, pt(3), height), kHeading, -1);
        qreal y = top + pad;
        for (const LaidText &t : lines) {
            m_l.drawText(t, QPointF(left() + pt(3) + pad, y), m_l.newBlock());
            y += t.height + pt(4);
        }
        m_l.advance(height + pt(4));
    }

    void chart()
    {
        heading(QCoreApplication::translate("ReviewScreen", "What your car recorded", "card title"),
                90);
        if (m_categories.empty()) {
            paragraph(QCoreApplication::translate("vitrine::Sheet",
                                                  "The file holds no readable events."));
            return;
        }
        paragraph(QCoreApplication::translate(
                      "vitrine::Sheet",
                      "How many times your car recorded each kind of data, kept in the car or "
                      "sent out. The most private kinds come first."),
                  kSmallPt, kMuted);

        const TextStyle labelStyle = style(9);
        const TextStyle valueStyle = style(9);
        const TextStyle sensStyle = style(kSmallPt, false, kMuted);
        const qreal labelWidth = width() * 0.30;
        const qreal sensWidth = width() * 0.17;
        qreal valueWidth = 0;
        std::int64_t most = 0;
        for (const Category c : m_categories) {
            valueWidth = std::max(
                valueWidth,
                m_l.lay(plain::timesPhrase(events(c)), valueStyle, width()).naturalWidth());
            most = std::max(most, events(c));
        }
        valueWidth = std::min(valueWidth + pt(6), width() * 0.25);
        const qreal barLeft = left() + labelWidth + pt(8);
        const qreal barSpace = width() - labelWidth - pt(8) - valueWidth - sensWidth - pt(6);
        const qreal barHeight = pt(9);

        for (const Category c : m_categories) {
            const LaidText label = m_l.lay(plain::categoryName(c), labelStyle, labelWidth);
            const LaidText sens =
                m_l.lay(plain::sensitivityName(sensitivity(c)), sensStyle, sensWidth);
            const qreal rowHeight = std::max({label.height, sens.height, barHeight}) + pt(3);
            m_l.ensureSpace(rowHeight);
            const qreal y = m_l.y();
            m_l.drawText(label, QPointF(left(), y), m_l.newBlock());
            const qreal share = static_cast<qreal>(events(c)) / static_cast<qreal>(most);
            const qreal barWidth = std::max(pt(1.5), barSpace * share);
            const qreal barTop = y + (label.lineHeight(0) - label.leading - barHeight) / 2;
            m_l.fillRect(QRectF(barLeft, barTop, barWidth, barHeight), barColour(sensitivity(c)),
                         m_l.newBlock());
            const LaidText value = m_l.lay(plain::timesPhrase(events(c)), valueStyle, valueWidth);
            m_l.drawText(value, QPointF(barLeft + barWidth + pt(5), y), m_l.newBlock());
            m_l.drawText(sens, QPointF(left() + width() - sensWidth, y), m_l.newBlock());
            m_l.advance(rowHeight);
        }
    }

    /** What a carmaker's export holds in its own words, the learned places first (as counts). */
    void exportContents()
    {
        const QStringList kinds = dataKindLines(m_s, m_in.lang);
        const QString learned = learnedPlacesNote(m_s.details());
        const QStringList details = exportDetailLines(m_s.details());
        if (kinds.isEmpty() && learned.isEmpty() && details.isEmpty())
            return;
        heading(QCoreApplication::translate("vitrine::summary", "Kinds of data in the export"));
        if (!learned.isEmpty())
            paragraph(learned, kBodyPt, kInk, static_cast<int>(learned.indexOf(u'.') + 1));
        bullets(kinds, kSmallPt + 0.5);
        for (const QString &line : details)
            paragraph(line);
    }

    /** The tyres the carmaker knows: the visit is the tyre change. */
    void tyres()
    {
        const std::vector<TyreLine> lines = tyreLines(m_s.details().tyreSets);
        if (lines.empty())
            return;
        heading(QCoreApplication::translate("vitrine::summary",
                                            "Your tyres, as the carmaker knows them"));
        QStringList items;
        for (const TyreLine &line : lines)
            items << line.sentence();
        bullets(items);
    }

    struct Column
    {
        qreal x = 0;
        qreal width = 0;
    };

    void moreRecipients()
    {
        if (m_moreRecipients > 0)
            paragraph(plain::otherRecipientsSentence(m_moreRecipients, m_moreExact, m_moreEvents),
                      kSmallPt, kMuted);
    }

    void recipientTable()
    {
        heading(QCoreApplication::translate("ReviewScreen", "Where it went", "card title"), 120);
        if (m_recipients.empty() && m_moreRecipients > 0) {
            moreRecipients();
            return;
        }
        if (m_recipients.empty()) {
            paragraph(QCoreApplication::translate("vitrine::summary", "Nothing left the car."));
            return;
        }
        paragraph(QCoreApplication::translate(
                      "vitrine::Sheet",
                      "A row for each recipient. The numbers say about how many times each kind "
                      "of data went to it; – means none."),
                  kSmallPt, kMuted);

        // Only the kinds of data some recipient received get a column.
        std::vector<Category> cats;
        for (const Category c : m_categories) {
            for (const RecipientSummary &r : m_recipients) {
                if (r.tally.byCategory[static_cast<std::size_t>(c)].events > 0) {
                    cats.push_back(c);
                    break;
                }
            }
        }
        const TextStyle cellStyle = style(kTablePt);
        const TextStyle nameStyle = style(kTablePt, true);
        const TextStyle mutedStyle = style(kTablePt - 0.5, false, kMuted);
        const TextStyle notAdequateStyle = style(kTablePt - 0.5, true);
        const TextStyle headStyle = style(7.5, true, kMuted);
        const qreal pad = pt(2.5);
        // The turned column titles are at least 62 pt high, and as high as their longest word:
        // "intrattenimento" never breaks in the middle.
        qreal turnedLength = pt(62);
        for (const Category c : cats) {
            for (const QString &word : plain::categoryName(c).split(u' ', Qt::SkipEmptyParts)) {
                turnedLength = std::max(turnedLength,
                                        m_l.lay(word, headStyle, width()).naturalWidth() + pt(1));
            }
        }

        std::vector<LaidText> heads;
        for (const Category c : cats)
            heads.push_back(m_l.lay(plain::categoryName(c), headStyle, turnedLength));
        // The numbers get smaller, down to 5.5 pt, before the names get less than 30 % of the
        // width: millions in every column must still fit on the page.
        qreal numberPt = kTablePt;
        std::vector<qreal> catWidths;
        qreal catTotal = 0;
        for (;;) {
            catWidths.clear();
            catTotal = 0;
            const TextStyle numberStyle = style(numberPt);
            for (std::size_t i = 0; i < cats.size(); ++i) {
                qreal w = heads[i].height;
                for (const RecipientSummary &r : m_recipients) {
                    w = std::max(
                        w, m_l.lay(cellNumber(r, cats[i]), numberStyle, width()).naturalWidth());
                }
                catWidths.push_back(w + 2 * pad);
                catTotal += catWidths.back();
            }
            if (catTotal <= width() * 0.64 || numberPt <= 5.5)
                break;
            numberPt -= 0.5;
        }
        const qreal rest = std::max(width() - catTotal, width() * 0.3);
        Column name{left(), rest * 0.55};
        Column country{left() + name.width, rest - name.width};
        std::vector<Column> catCols;
        qreal x = country.x + country.width;
        for (const qreal w : catWidths) {
            catCols.push_back({x, w});
            x += w;
        }

        qreal headHeight = 0;
        for (const LaidText &t : heads)
            headHeight = std::max(headHeight, t.naturalWidth());
        const LaidText nameHead =
            m_l.lay(QCoreApplication::translate("vitrine::Sheet", "Recipient", "table column"),
                    headStyle, name.width - 2 * pad);
        const LaidText countryHead =
            m_l.lay(QCoreApplication::translate("vitrine::Sheet", "Country and its data protection",
                                                "table column"),
                    headStyle, country.width - 2 * pad);
        headHeight = std::max({headHeight, nameHead.height, countryHead.height}) + 2 * pad;

        const auto drawHead = [&](bool continued) {
            if (continued) {
                const LaidText t =
                    m_l.lay(QCoreApplication::translate("vitrine::Sheet", "%1 (continued)",
                                                        "a table going on over the page")
                                .arg(QCoreApplication::translate("ReviewScreen", "Where it went",
                                                                 "card title")),
                            style(kSmallPt, true, kMuted), width());
                m_l.drawText(t, QPointF(left(), m_l.y()), m_l.newBlock());
                m_l.advance(t.height + pt(4));
            }
            const qreal top = m_l.y();
            const qreal bottom = top + headHeight;
            m_l.drawText(nameHead, QPointF(name.x + pad, bottom - pad - nameHead.height),
                         m_l.newBlock());
            m_l.drawText(countryHead, QPointF(country.x + pad, bottom - pad - countryHead.height),
                         m_l.newBlock());
            for (std::size_t i = 0; i < heads.size(); ++i) {
                // Turned text: its lines stack from the column's left edge to the right.
                const qreal textWidth = heads[i].height;
                const qreal cx = catCols[i].x + (catCols[i].width - textWidth) / 2;
                m_l.drawTurnedText(heads[i], QPointF(cx, bottom - pad), m_l.newBlock());
            }
            m_l.line(QPointF(left(), bottom), QPointF(left() + width(), bottom), kInk, 0.8);
            m_l.advance(headHeight);
        };

        m_l.ensureSpace(headHeight + pt(60));
        drawHead(false);
        int row = 0;
        for (const RecipientSummary &r : m_recipients) {
            const LaidText who = m_l.lay(r.name, nameStyle, name.width - 2 * pad);
            const LaidText role = m_l.lay(
                r.entry ? plain::roleName(r.entry->role)
                        : QCoreApplication::translate("vitrine::Review", "unknown recipient"),
                mutedStyle, name.width - 2 * pad);
            const LaidText where =
                m_l.lay(r.country.isEmpty()
                            ? QCoreApplication::translate("vitrine::Review", "unknown country")
                            : plain::countryName(m_catalogue, r.country, m_in.lang),
                        cellStyle, country.width - 2 * pad);
            // The verdict in the words of the kiosk's badge and the command line.
            const LaidText protection = m_l.lay(
                plain::adequacyLabel(r.adequacy),
                isAdequate(r.adequacy) ? mutedStyle : notAdequateStyle, country.width - 2 * pad);
            std::vector<LaidText> cells;
            for (const Category c : cats) {
                cells.push_back(m_l.lay(cellNumber(r, c),
                                        style(numberPt, false, kInk, Qt::AlignHCenter),
                                        catCols[cells.size()].width - 2 * pad));
            }
            const qreal height = std::max(who.height + pt(1) + role.height,
                                          where.height + pt(1) + protection.height) +
                                 2 * pad;
            if (m_l.ensureSpace(height))
                drawHead(true);
            const qreal top = m_l.y();
            if (row % 2 == 1)
                m_l.fillRect(QRectF(left(), top, width(), height), kShade, -1);
            m_l.drawText(who, QPointF(name.x + pad, top + pad), m_l.newBlock());
            m_l.drawText(role, QPointF(name.x + pad, top + pad + who.height + pt(1)),
                         m_l.newBlock());
            m_l.drawText(where, QPointF(country.x + pad, top + pad), m_l.newBlock());
            m_l.drawText(protection, QPointF(country.x + pad, top + pad + where.height + pt(1)),
                         m_l.newBlock());
            for (std::size_t i = 0; i < cells.size(); ++i)
                m_l.drawText(cells[i], QPointF(catCols[i].x + pad, top + pad), m_l.newBlock());
            m_l.line(QPointF(left(), top + height), QPointF(left() + width(), top + height), kRule,
                     0.4);
            m_l.advance(height);
            ++row;
        }
        m_l.advance(pt(6));
        moreRecipients();
        paragraph(
            QCoreApplication::translate(
                "vitrine::Sheet",
                "“Adequate protection” means that Switzerland recognises the country's data "
                "protection as adequate. These countries are listed in Annex 1 of the Data "
                "Protection Ordinance (as of %1). In the USA, this holds only for companies "
                "certified under the Swiss-US Data Privacy Framework (DPF). Data sent to other "
                "countries needs extra safeguards, such as special contracts, or your "
                "consent.")
                .arg(listDate()),
            kSmallPt, kMuted);
    }

    QString cellNumber(const RecipientSummary &r, Category c) const
    {
        const std::int64_t n = r.tally.byCategory[static_cast<std::size_t>(c)].events;
        return n > 0 ? number(plain::roundForPeople(n)) : QStringLiteral("–");
    }

    QString listDate() const
    {
        const QDate d = QDate::fromString(m_catalogue.adequacyListDate(), Qt::ISODate);
        return d.isValid() ? Languages::date(d) : m_catalogue.adequacyListDate();
    }

    void changes()
    {
        const Comparison &c = m_in.comparison;
        heading(
            QCoreApplication::translate("ReviewScreen", "New since your last visit", "card title"));
        if (!c.historyKnown) {
            paragraph(QCoreApplication::translate(
                "vitrine::Sheet",
                "This sheet was made without the dealer's records of earlier visits, so it "
                "cannot show what has changed since then."));
            return;
        }
        if (!c.hasPrevious) {
            paragraph(QCoreApplication::translate("NewCard",
                                                  "This is the first review of this car with us."));
            paragraph(QCoreApplication::translate(
                "vitrine::Sheet",
                "At your next visit, this part of the sheet will show what has changed "
                "since today."));
            return;
        }
        QStringList items;
        // The kiosk's own phrases: the same fact reads the same on screen and on paper.
        for (const RememberedRecipient &r : c.newRecipients) {
            items
                << QCoreApplication::translate("vitrine::Review", "New recipient: %1").arg(r.name);
        }
        for (const Category cat : allCategories()) {
            if (c.newCategories & categoryBit(cat)) {
                items << QCoreApplication::translate("vitrine::Review", "Newly recorded: %1")
                             .arg(plain::categoryName(cat));
            }
        }
        for (const RememberedRecipient &r : c.goneRecipients) {
            items << QCoreApplication::translate("vitrine::Review", "No longer received data: %1")
                         .arg(r.name);
        }
        for (const Category cat : allCategories()) {
            if (c.goneCategories & categoryBit(cat)) {
                items << QCoreApplication::translate("vitrine::Review", "No longer recorded: %1")
                             .arg(plain::categoryName(cat));
            }
        }
        if (const auto percent = c.changePerDayPercent()) {
            if (*percent >= 10) {
                items << QCoreApplication::translate("vitrine::Review",
                                                     "Your car recorded about %1 % more per day "
                                                     "than last time.")
                             .arg(QLocale().toString(*percent));
            } else if (*percent <= -10) {
                items << QCoreApplication::translate("vitrine::Review",
                                                     "Your car recorded about %1 % less per day "
                                                     "than last time.")
                             .arg(QLocale().toString(-*percent));
            } else {
                items << QCoreApplication::translate(
                    "vitrine::Review", "Your car recorded about as much per day as last time.");
            }
        }
        paragraph(plain::comparedWithSentence(c), kBodyPt, kMuted);
        if (items.isEmpty())
            paragraph(QCoreApplication::translate("NewCard",
                                                  "Nothing has changed since your last visit."));
        else
            bullets(items);
    }

    void choices()
    {
        heading(QCoreApplication::translate("vitrine::Sheet", "Your choices and the next steps"));
        bool switchOff = false;
        bool askDelete = false;
        bool askCopy = false;
        bool any = false;
        for (const SheetChoice &c : m_in.choices) {
            QStringList what;
            if (c.switchOff)
                what << QCoreApplication::translate(
                    "ChoicesCard", "Switch off", "choice: stop this sharing in the car's settings");
            if (c.askDelete)
                what << QCoreApplication::translate("ChoicesCard", "Ask to delete",
                                                    "choice: ask the recipient to delete the data");
            if (c.askCopy)
                what << QCoreApplication::translate(
                    "ChoicesCard", "Ask for a copy",
                    "choice: ask the recipient which data it holds");
            if (what.isEmpty())
                continue;
            if (!any)
                paragraph(QCoreApplication::translate(
                    "vitrine::Sheet", "For each recipient, what you chose at the kiosk:"));
            any = true;
            switchOff |= c.switchOff;
            askDelete |= c.askDelete;
            askCopy |= c.askCopy;
            const QString name = c.recipientName.isEmpty() ? c.recipientId : c.recipientName;
            paragraph(QCoreApplication::translate("vitrine::Sheet", "%1: %2",
                                                  "a recipient: the choices for it")
                          .arg(name, what.join(u", ")),
                      kBodyPt, kInk, static_cast<int>(name.size()) + 1, 12);
        }
        if (!any) {
            paragraph(QCoreApplication::translate(
                "vitrine::Sheet",
                "You did not ask for any change today. That is fine: you can use your "
                "rights at any time, as explained below."));
            return;
        }
        m_l.advance(pt(4));
        const QString next = QCoreApplication::translate("vitrine::Sheet", "What happens next");
        paragraph(next, kBodyPt, kHeading, static_cast<int>(next.size()));
        if (switchOff) {
            labelled(QCoreApplication::translate("vitrine::Sheet", "Switch off:", "next step"),
                     QCoreApplication::translate(
                         "vitrine::Sheet",
                         "in the car's settings or in the carmaker's app; your advisor can show "
                         "you where. Some services may stop working."));
        }
        if (askDelete) {
            labelled(QCoreApplication::translate("vitrine::Sheet", "Ask to delete:", "next step"),
                     QCoreApplication::translate(
                         "vitrine::Sheet",
                         "write to the recipient's privacy contact (below). The recipient must "
                         "delete the data unless the law gives it a reason to keep it."));
        }
        if (askCopy) {
            labelled(QCoreApplication::translate("vitrine::Sheet", "Ask for a copy:", "next step"),
                     QCoreApplication::translate(
                         "vitrine::Sheet",
                         "write to the recipient's privacy contact (below). As a rule the answer "
                         "is free of charge and due within 30 days."));
        }
        paragraph(QCoreApplication::translate(
            "vitrine::Sheet",
            "You send these requests yourself, by e-mail or by letter. No answer within 30 days? "
            "Write again, or turn to the FDPIC (see below)."));
    }

    void rights()
    {
        heading(QCoreApplication::translate(
                    "vitrine::Sheet", "Your rights under the Swiss data protection act (FADP)"),
                80);
        labelled(QCoreApplication::translate(
                     "vitrine::Sheet", "Right to information (art. 25 FADP).", "a right, in bold"),
                 QCoreApplication::translate(
                     "vitrine::Sheet",
                     "You can ask any recipient whether it holds data about you and your car. If "
                     "it does, it must tell you which data, what it is used for and how long it "
                     "is kept. It must also say where the data came from and to whom it passed "
                     "it on, including in which countries. As a rule the answer is free of "
                     "charge and due within 30 days (art. 18 and 19 DPO).",
                     "DPO: the Data Protection Ordinance (DSV, OPDo, OPDa)"));
        labelled(QCoreApplication::translate(
                     "vitrine::Sheet", "Correction, deletion, objection (art. 30 and 32 FADP).",
                     "a right, in bold"),
                 QCoreApplication::translate(
                     "vitrine::Sheet",
                     "You can ask a recipient to correct wrong data, to delete data, or to stop "
                     "using it or passing it on. Once you have objected, it may go on only with a "
                     "reason the law accepts."));
        labelled(
            QCoreApplication::translate("vitrine::Sheet", "How to use them.", "a right, in bold"),
            QCoreApplication::translate(
                "vitrine::Sheet",
                "Write to the recipient's privacy contact listed below, by e-mail or by "
                "letter. Say who you are and give your car's full VIN, so that the recipient "
                "can find the data. The VIN is the chassis number on your registration "
                "document. The recipient may ask you to prove who you are. Keep a copy of what "
                "you send.",
                "The registration document's own words for the VIN: \"Fahrgestell-Nr.\" in the "
                "Fahrzeugausweis, \"No de châssis\" in the permis de circulation, \"N. di "
                "telaio\" in the licenza di circolazione"));
        labelled(QCoreApplication::translate("vitrine::Sheet", "If you get no answer.",
                                             "a right, in bold"),
                 QCoreApplication::translate(
                     "vitrine::Sheet",
                     "You can report it to the Federal Data Protection and Information "
                     "Commissioner (FDPIC), Feldeggweg 1, 3003 Bern, www.edoeb.admin.ch. You can "
                     "also enforce your rights before a civil court.",
                     "FDPIC: the official name in each language: EDÖB (Eidgenössischer "
                     "Datenschutz- und Öffentlichkeitsbeauftragter), PFPDT (Préposé fédéral à la "
                     "protection des données et à la transparence), IFPDT (Incaricato federale "
                     "della protezione dei dati e della trasparenza)"));
    }

    QString carmaker() const
    {
        for (const RecipientSummary &r : m_recipients) {
            if (r.entry && r.entry->role == u"carmaker")
                return shortName(r);
        }
        return m_s.header().make ? QString::fromStdString(*m_s.header().make) : QString();
    }

    QString contactText(const RecipientSummary &r) const
    {
        const QString maker = carmaker();
        if (!r.entry) {
            return maker.isEmpty()
                       ? QCoreApplication::translate(
                             "vitrine::Sheet",
                             "Not known to us. Ask your carmaker who receives data at this "
                             "address.")
                       : QCoreApplication::translate(
                             "vitrine::Sheet",
                             "Not known to us. Ask %1 who receives data at this address.",
                             "%1: the carmaker")
                             .arg(maker);
        }
        const PrivacyContact &c = r.entry->privacyContact;
        if (c.isEmpty()) {
            if (r.entry->role == u"carmaker")
                return QCoreApplication::translate(
                    "vitrine::Sheet",
                    "No privacy contact known to us. See the privacy notice on its website.");
            return maker.isEmpty()
                       ? QCoreApplication::translate("vitrine::Sheet",
                                                     "No privacy contact known to us. Ask your "
                                                     "carmaker to pass your request on.")
                       : QCoreApplication::translate(
                             "vitrine::Sheet",
                             "No privacy contact known to us. Ask %1 to pass your request on.",
                             "%1: the carmaker")
                             .arg(maker);
        }
        QStringList lines;
        if (!c.email.isEmpty())
            lines << QCoreApplication::translate("vitrine::Sheet", "E-mail: %1").arg(c.email);
        if (!c.url.isEmpty())
            lines << QCoreApplication::translate("vitrine::Sheet", "Web: %1").arg(c.url);
        if (!c.postal.isEmpty())
            lines << QCoreApplication::translate("vitrine::Sheet", "Post: %1").arg(c.postal);
        return lines.join(u'\n');
    }

    void contacts()
    {
        if (m_recipients.empty())
            return;
        gap(6);
        const TextStyle sub = style(kBodyPt + 0.5, true, kHeading);
        const LaidText title =
            m_l.lay(QCoreApplication::translate("vitrine::Sheet", "How to reach each recipient"),
                    sub, width());
        m_l.ensureSpace(title.height + pt(50));
        m_l.drawText(title, QPointF(left(), m_l.y()), m_l.newBlock());
        m_l.advance(title.height + pt(4));

        const qreal nameWidth = width() * 0.3;
        const qreal gapWidth = pt(10);
        const qreal contactWidth = width() - nameWidth - gapWidth;
        const TextStyle nameStyle = style(kTablePt, true);
        const TextStyle textStyle = style(kTablePt);
        const TextStyle unknownStyle = style(kTablePt, false, kMuted);
        for (const RecipientSummary &r : m_recipients) {
            const LaidText who = m_l.lay(r.name, nameStyle, nameWidth);
            const bool known = r.entry && !r.entry->privacyContact.isEmpty();
            const LaidText how =
                m_l.lay(contactText(r), known ? textStyle : unknownStyle, contactWidth);
            const qreal height = std::max(who.height, how.height) + pt(6);
            m_l.ensureSpace(height);
            const qreal top = m_l.y() + pt(3);
            m_l.drawText(who, QPointF(left(), top), m_l.newBlock());
            m_l.drawText(how, QPointF(left() + nameWidth + gapWidth, top), m_l.newBlock());
            m_l.line(QPointF(left(), m_l.y() + height), QPointF(left() + width(), m_l.y() + height),
                     kRule, 0.4);
            m_l.advance(height);
        }
    }

    void limits()
    {
        heading(QCoreApplication::translate("vitrine::Sheet", "What this sheet cannot tell"));
        QStringList items;
        items << QCoreApplication::translate(
            "vitrine::Sheet",
            "It shows only what the file exported from your car contains. Data that is "
            "not in this file, for example what your phone or its apps sent, does not "
            "appear here.");
        items << QCoreApplication::translate(
            "vitrine::Sheet",
            "It cannot show what a recipient did with the data afterwards, nor to whom "
            "it passed it on later.");
        const QDate catalogueDate = QDate::fromString(m_catalogue.date(), Qt::ISODate);
        items << QCoreApplication::translate(
                     "vitrine::Sheet",
                     "Who runs an address, and in which country, comes from our list of "
                     "recipients of %1. An address that is not on it is shown as unknown, never "
                     "guessed.")
                     .arg(catalogueDate.isValid() ? Languages::date(catalogueDate)
                                                  : m_catalogue.date());
        if (m_s.counts().rejected > 0) {
            const int n = plain::pluralCount(m_s.counts().rejected);
            items << QCoreApplication::translate(
                "vitrine::Sheet",
                "%Ln line(s) of the file could not be read and are not counted here.", nullptr, n);
        }
        bullets(items);
    }

    void proof()
    {
        heading(QCoreApplication::translate("vitrine::Sheet", "How to check this sheet"), 120);
        const qreal qrSide = pt(30 * kMm);
        const qreal textWidth = width() - qrSide - pt(14);
        const TextStyle label = style(kSmallPt, true, kMuted);
        const TextStyle text = style(kSmallPt, false, kMuted);

        const QString code = m_in.verificationCode.trimmed();
        std::vector<std::pair<LaidText, qreal>> parts; // text and the space after it
        parts.emplace_back(
            m_l.lay(QCoreApplication::translate("vitrine::Sheet", "Verification code"), label,
                    textWidth),
            pt(1));
        if (code.isEmpty()) {
            parts.emplace_back(m_l.lay(QCoreApplication::translate(
                                           "vitrine::Sheet", "none: this sheet was not registered"),
                                       text, textWidth),
                               pt(6));
        } else {
            TextStyle big;
            big.font = font(13, true, true);
            big.color = kInk;
            parts.emplace_back(m_l.lay(formatVerificationCode(code), big, textWidth), pt(2));
            parts.emplace_back(
                m_l.lay(QCoreApplication::translate(
                            "vitrine::Sheet", "With this code, the dealer can confirm that this "
                                              "sheet is genuine. The square code holds the same."),
                        text, textWidth),
                pt(7));
        }
        parts.emplace_back(
            m_l.lay(QCoreApplication::translate("vitrine::Sheet",
                                                "Fingerprint of the imported file (SHA-256)"),
                    label, textWidth),
            pt(1));
        TextStyle mono;
        mono.font = font(8, false, true);
        mono.color = kInk;
        parts.emplace_back(
            m_l.lay(formatFingerprint(QString::fromStdString(m_s.source().sha256Hex)), mono,
                    textWidth),
            pt(2));
        parts.emplace_back(m_l.lay(QCoreApplication::translate(
                                       "vitrine::Sheet",
                                       "The dealer kept only this fingerprint, not the file. The "
                                       "same file always gives the same fingerprint."),
                                   text, textWidth),
                           0);
        qreal height = 0;
        for (const auto &[t, after] : parts)
            height += t.height + after;
        m_l.ensureSpace(std::max(height, code.isEmpty() ? 0 : qrSide));
        const qreal top = m_l.y();
        qreal y = top;
        for (const auto &[t, after] : parts) {
            m_l.drawText(t, QPointF(left(), y), m_l.newBlock());
            y += t.height + after;
        }
        if (!code.isEmpty()) {
            const QrMatrix qr = encodeQr(code.toUtf8());
            const QRectF box(left() + width() - qrSide, top, qrSide, qrSide);
            QPainterPath path = qrPath(qr, box);
            path.setFillRule(Qt::WindingFill);
            m_l.fillPath(path, Qt::black, m_l.newBlock());
            y = std::max(y, top + qrSide);
        }
        m_l.advance(y - top);
    }

    void signatures()
    {
        heading(QCoreApplication::translate("vitrine::Sheet", "Signatures"), 130);
        paragraph(QCoreApplication::translate(
                      "SignScreen", "By signing, you confirm you have seen this review. Your "
                                    "advisor signs that the data shown is what your car's log "
                                    "contains."),
                  kSmallPt, kMuted);
        const qreal gapWidth = pt(24);
        const qreal boxWidth = (width() - gapWidth) / 2;
        const QString advisor =
            m_in.advisorName.trimmed().isEmpty()
                ? QCoreApplication::translate("vitrine::Sheet", "The advisor")
                : QCoreApplication::translate("vitrine::Sheet", "The advisor, %1",
                                              "%1: the advisor's name")
                      .arg(m_in.advisorName.trimmed());
        struct Box
        {
            QString label;
            const SheetSignature *sig;
        };
        const Box boxes[] = {
            {QCoreApplication::translate("vitrine::Sheet", "The customer"), &m_in.customer},
            {advisor, &m_in.advisor}};
        const TextStyle labelStyle = style(9, true);
        const TextStyle dateStyle = style(kSmallPt, false, kMuted);
        std::vector<LaidText> labels;
        qreal labelHeight = 0;
        qreal boxHeight = pt(18 * kMm);
        for (const Box &b : boxes) {
            labels.push_back(m_l.lay(b.label, labelStyle, boxWidth));
            labelHeight = std::max(labelHeight, labels.back().height);
            const qreal aspect = std::clamp<qreal>(b.sig->aspect, 0.1, 1.0);
            boxHeight = std::max(boxHeight, std::min(boxWidth * aspect, pt(35 * kMm)));
        }
        const LaidText date =
            m_l.lay(QCoreApplication::translate("vitrine::Sheet", "Date: %1").arg(reviewDate()),
                    dateStyle, boxWidth);
        const qreal total = labelHeight + pt(3) + boxHeight + pt(3) + date.height;
        m_l.ensureSpace(total);
        const qreal top = m_l.y();
        for (std::size_t i = 0; i < std::size(boxes); ++i) {
            const qreal x = left() + static_cast<qreal>(i) * (boxWidth + gapWidth);
            m_l.drawText(labels[i], QPointF(x, top), m_l.newBlock());
            const QRectF box(x, top + labelHeight + pt(3), boxWidth, boxHeight);
            QPainterPath frame;
            frame.addRect(box);
            m_l.strokePath(frame, kRule, 0.6, -1);
            const SheetSignature &sig = *boxes[i].sig;
            if (sig.ink.isEmpty()) {
                const LaidText none =
                    m_l.lay(QCoreApplication::translate("vitrine::Sheet", "not signed"),
                            style(kSmallPt, false, kMuted, Qt::AlignHCenter), boxWidth - pt(8));
                m_l.drawText(none, QPointF(x + pt(4), box.center().y() - none.height / 2),
                             m_l.newBlock());
            } else {
                m_l.strokePath(fitInk(sig, box.adjusted(pt(4), pt(4), -pt(4), -pt(4))), kInk, 1.1,
                               m_l.newBlock());
            }
            m_l.drawText(date, QPointF(x, box.bottom() + pt(3)), m_l.newBlock());
        }
        m_l.advance(total);
    }

    /** The ink (in a box 1 wide, aspect high) scaled into \a box, its proportions kept. */
    static QPainterPath fitInk(const SheetSignature &sig, const QRectF &box)
    {
        const qreal aspect = std::clamp<qreal>(sig.aspect, 0.05, 2.0);
        const qreal scale = std::min(box.width(), box.height() / aspect);
        const QPointF origin(box.left() + (box.width() - scale) / 2,
                             box.top() + (box.height() - scale * aspect) / 2);
        QTransform t;
        t.translate(origin.x(), origin.y());
        t.scale(scale, scale);
        // Strokes that stray outside the pad's box are cut, so the ink stays in its frame.
        QPainterPath clip;
        clip.addRect(QRectF(0, 0, 1, aspect));
        QPainterPath ink = sig.ink;
        if (!clip.contains(ink.boundingRect()))
            ink = clipped(ink, aspect);
        return t.map(ink);
    }

    /** The ink with the points outside [0,1]×[0,aspect] pulled onto the box's edge. */
    static QPainterPath clipped(const QPainterPath &ink, qreal aspect)
    {
        QPainterPath out;
        for (int i = 0; i < ink.elementCount(); ++i) {
            const QPainterPath::Element e = ink.elementAt(i);
            const QPointF p(std::clamp<qreal>(e.x, 0, 1), std::clamp<qreal>(e.y, 0, aspect));
            if (e.isMoveTo())
                out.moveTo(p);
            else
                out.lineTo(p);
        }
        return out;
    }

    void footers()
    {
        const int count = m_l.pageCount();
        const QRectF band = m_l.footer();
        const TextStyle leftStyle = style(kFooterPt, false, kMuted);
        const TextStyle rightStyle = style(kFooterPt, false, kMuted, Qt::AlignRight);
        const qreal pageWidth = pt(70);
        const qreal aboutWidth = band.width() - pageWidth - pt(8);
        // One line says what and whose the sheet is, the next its code: a page that went astray
        // still names its sheet.
        QStringList parts;
        parts << QCoreApplication::translate("vitrine::Sheet", "Privacy review of your car",
                                             "title of the sheet");
        // The dealer's full name heads the first page; the footer shortens a long one.
        if (!m_in.dealerName.trimmed().isEmpty())
            parts << m_l.elide(m_in.dealerName.trimmed(), leftStyle.font, aboutWidth * 0.45);
        parts << reviewDate();
        const LaidText about =
            m_l.lay(m_l.elide(parts.join(QStringLiteral(" · ")), leftStyle.font, aboutWidth),
                    leftStyle, aboutWidth);
        const QString code = m_in.verificationCode.trimmed();
        const LaidText codeLine = m_l.lay(
            code.isEmpty() ? QString()
                           : QCoreApplication::translate("vitrine::Sheet", "Verification code %1")
                                 .arg(formatVerificationCode(code)),
            leftStyle, aboutWidth);
        for (int p = 0; p < count; ++p) {
            m_l.switchToPage(p);
            const qreal top = band.top() + pt(7);
            m_l.line(QPointF(band.left(), top - pt(4)), QPointF(band.right(), top - pt(4)), kRule,
                     0.5);
            m_l.drawText(about, QPointF(band.left(), top), m_l.newBlock());
            if (!code.isEmpty()) {
                m_l.drawLines(codeLine, 0, 1, QPointF(band.left(), top + about.lineHeight(0)),
                              m_l.newBlock());
            }
            const LaidText page =
                m_l.lay(QCoreApplication::translate("vitrine::Sheet", "Page %1 of %2")
                            .arg(QLocale().toString(p + 1), QLocale().toString(count)),
                        rightStyle, pageWidth);
            m_l.drawText(page, QPointF(band.right() - pageWidth, top), m_l.newBlock());
        }
    }

    const SheetInput &m_in;
    const Summary &m_s;
    const Catalogue &m_catalogue;
    SheetLayout &m_l;
    std::vector<RecipientSummary> m_recipients; ///< the largest kMaxListedRecipients
    std::int64_t m_moreRecipients = 0;          ///< recipients not in m_recipients
    bool m_moreExact = true;
    std::int64_t m_moreEvents = 0;
    std::vector<Category> m_categories;
};

} // namespace

QString formatVerificationCode(const QString &code)
{
    const QString c = code.trimmed();
    for (const QChar ch : c) {
        if (!ch.isLetterOrNumber())
            return c;
    }
    QStringList groups;
    for (qsizetype i = 0; i < c.size(); i += 4)
        groups << c.mid(i, 4);
    return groups.join(u'-');
}

QString formatFingerprint(const QString &hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(u' ');
}

int writeSheet(const SheetInput &in, QIODevice *out, QString *error, SheetLayoutReport *report)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return 0;
    };
    if (!in.summary)
        return fail(QStringLiteral("writeSheet: no summary"));
    if (!out || !out->isWritable())
        return fail(QStringLiteral("writeSheet: the output is not open for writing"));
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QStringLiteral("writeSheet: a QGuiApplication is needed to draw the PDF"));
    if (!Languages::isSupported(in.lang))
        return fail(QStringLiteral("writeSheet: unsupported language \"%1\"").arg(in.lang));
    const Catalogue &catalogue = in.catalogue ? *in.catalogue : Catalogue::builtIn();

    // Translators and the default locale are the application's: only its main thread may swap
    // them. Installed even when current() says so already, since that is "fr" before any install.
    if (QThread::currentThread() != QCoreApplication::instance()->thread())
        return fail(QStringLiteral("writeSheet: call it from the main thread"));
    const QString previous = Languages::current();
    Languages::install(in.lang);
    const auto restore = qScopeGuard([&] {
        if (previous != in.lang)
            Languages::install(previous);
    });

    // The whole sheet is drawn into memory first, so a failure never leaves half a PDF behind.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        writer.setTitle(QCoreApplication::translate("vitrine::Sheet", "Privacy review of your car",
                                                    "title of the sheet"));
        writer.setCreator(QStringLiteral("Vitrine"));
        const QSizeF page = QPageSize(QPageSize::A4).size(QPageSize::Point);
        SheetLayout layout(&writer, page, documentMargins(), kFooterHeight);
        SheetBuilder(in, catalogue, layout).build();
        if (!layout.paint(&writer))
            return fail(QStringLiteral("writeSheet: the PDF could not be drawn"));
        pages = layout.pageCount();
        if (report)
            *report = layout.report();
    }
    const QByteArray pdf = buffer.data();
    if (out->write(pdf) != pdf.size())
        return fail(QStringLiteral("writeSheet: %1").arg(out->errorString()));
    return pages;
}

int writeSheetFile(const SheetInput &in, const QString &path, QString *error,
                   SheetLayoutReport *report)
{
    AtomicFile file(path);
    if (!file.open()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return 0;
    }
    const int pages = writeSheet(in, file.device(), error, report);
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
