// SPDX-License-Identifier: GPL-3.0-or-later
// A small page-layout engine for the printed documents, which knows the page count before it
// draws and records every item placed, so that tests can check nothing overlaps or spills over.

#pragma once

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <QPainterPath>
#include <QRectF>
#include <QString>
#include <QTextLayout>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

namespace vitrine {

/** One thing placed on a page of the sheet: a line of text or a drawing, in points. */
struct SheetItem
{
    int page = 0;  ///< from 0
    int block = 0; ///< what it belongs to: a paragraph, a table cell, a chart bar, ...
    QRectF rect;   ///< from the page's top-left corner, in points
    bool isText = true;
    QString text; ///< the line's text, for text items
};

/**
 * What the layout placed, so that a test can check that nothing leaves the printable area and
 * that nothing overlaps what another block placed.
 */
struct SheetLayoutReport
{
    QSizeF pageSize;  ///< points
    QRectF printable; ///< the page inside its margins, points
    int pages = 0;
    std::vector<SheetItem> items;

    /** The items that reach outside the printable area. */
    std::vector<SheetItem> outside() const;
    /** The pairs of items from different blocks that overlap on the same page. */
    std::vector<std::pair<SheetItem, SheetItem>> overlaps() const;
};

/** How a piece of text looks and wraps. */
struct TextStyle
{
    QFont font;
    QColor color = QColor(0x1a, 0x1a, 0x1a);
    Qt::Alignment align = Qt::AlignLeft;
    /** Extra space between lines, as a share of the font's line height. */
    qreal leading = 0.08;
};

/** A piece of text laid out for one width, ready to be placed once or split over pages. */
struct LaidText
{
    std::shared_ptr<QTextLayout> layout;
    QColor color;
    qreal width = 0;   ///< the width it was laid out for
    qreal height = 0;  ///< of all lines, the leading between them included
    qreal leading = 0; ///< below each line
    int lineCount() const { return layout ? layout->lineCount() : 0; }
    /** The top of line \a i from the text's top, and its height with leading. */
    qreal lineTop(int i) const;
    qreal lineHeight(int i) const;
    /** The width the longest line takes. */
    qreal naturalWidth() const;
};

/**
 * A small page-layout engine for the printed sheet: a flow of blocks from top to bottom over
 * as many pages as needed, in device units of the paint device it measures with (see pt()).
 * Nothing is painted while laying out: each page collects drawing operations, so that the page
 * count is known before anything (the footers' "Page 1 of 3") is drawn. Every text line and
 * drawing is recorded (report()) for the layout checks.
 */
class SheetLayout
{
public:
    /**
     * \a device measures the text (the PDF writer itself, so that metrics match); \a pageSize
     * and \a margins are in points.
     */
    SheetLayout(QPaintDevice *device, QSizeF pageSize, QMarginsF margins, qreal footerHeight);

    /** Device units for \a points. */
    qreal pt(qreal points) const { return points * m_scale; }

    /** The page inside its margins, in device units. */
    QRectF printable() const { return m_printable; }
    /** The part of the printable area the flow fills (above the footer). */
    QRectF body() const { return m_body; }
    /** The footer's band at the foot of the printable area. */
    QRectF footer() const;

    qreal y() const { return m_y; }
    void advance(qreal dy) { m_y += dy; }
    qreal remaining() const { return m_body.bottom() - m_y; }
    /** Starts a new page; the flow continues at its top. */
    void newPage();
    /** Starts a new page unless \a height still fits on this one. Returns true if it did. */
    bool ensureSpace(qreal height);
    /** The current page (from 0) and how many there are. */
    int page() const { return m_page; }
    int pageCount() const { return static_cast<int>(m_pages.size()); }
    /** Makes \a page the one drawing goes to (for footers, after the flow). */
    void switchToPage(int page);

    /** A new block id: items of one block may touch each other, those of two must not. */
    int newBlock() { return ++m_lastBlock; }

    /** Lays \a text out in \a width; \a boldPrefix characters at its start are set in bold. */
    LaidText lay(const QString &text, const TextStyle &style, qreal width,
                 int boldPrefix = 0) const;

    /** \a text cut with "…" to fit \a width on one line. */
    QString elide(const QString &text, const QFont &font, qreal width) const;

    /** Draws lines [first, last) of \a text with line \a first's top at \a topLeft. */
    void drawLines(const LaidText &text, int first, int last, QPointF topLeft, int block);
    /** Draws all of \a text at \a topLeft on the current page. */
    void drawText(const LaidText &text, QPointF topLeft, int block)
    {
        drawLines(text, 0, text.lineCount(), topLeft, block);
    }
    /**
     * Draws \a text turned a quarter to the left (read from bottom to top): its lines start at
     * \a bottomLeft's y and stack rightwards from \a bottomLeft's x.
     */
    void drawTurnedText(const LaidText &text, QPointF bottomLeft, int block);

    /**
     * Flows a paragraph at the current position, from x \a indent in the body, on as many
     * pages as it needs (at least two lines stay together). Returns its block.
     */
    int paragraph(const QString &text, const TextStyle &style, qreal indent = 0,
                  int boldPrefix = 0);

    /** A filled shape; recorded as an item of \a block unless \a block is negative (a backdrop). */
    void fillPath(const QPainterPath &path, const QColor &color, int block);
    void fillRect(const QRectF &rect, const QColor &color, int block);
    /** A stroked path (a rule, a frame, a signature), recorded like fillPath. */
    void strokePath(const QPainterPath &path, const QColor &color, qreal widthPt, int block);
    void line(QPointF from, QPointF to, const QColor &color, qreal widthPt);

    /** Paints every page on \a device (begin to end). */
    bool paint(QPagedPaintDevice *device) const;

    /** Every item placed, in points. */
    SheetLayoutReport report() const;

private:
    using Op = std::function<void(QPainter &)>;
    void record(int block, const QRectF &rect, bool isText, const QString &text);

    QPaintDevice *m_device;
    qreal m_scale;
    QSizeF m_pageSize;
    QRectF m_printable;
    QRectF m_body;
    qreal m_y = 0;
    int m_page = 0;
    int m_lastBlock = 0;
    std::vector<std::vector<Op>> m_pages;
    std::vector<SheetItem> m_items; ///< rects in device units until report()
};

/** Millimetres in points (1/72 inch), the unit of the printed documents' geometry. */
inline constexpr qreal kMm = 72.0 / 25.4;

/**
 * The A4 page the sheet and the request letters share, so that a letter printed after the
 * sheet looks of a piece: generous margins, read at a kitchen table.
 */
inline QMarginsF documentMargins()
{
    return QMarginsF(18 * kMm, 16 * kMm, 18 * kMm, 14 * kMm);
}

/** The printed documents' ink colours; colour only ever repeats what the words say. */
struct DocumentInk
{
    static QColor text() { return QColor(0x1a, 0x1a, 0x1a); }
    static QColor muted() { return QColor(0x50, 0x55, 0x5c); }
    static QColor rule() { return QColor(0xb8, 0xbe, 0xc6); }
};

/**
 * The printed documents' fonts (the sheet, the request letters): Debian's DejaVu files, loaded
 * once so that the PDF embeds the same fonts whatever fontconfig would pick. A family is empty
 * when its file is missing; Qt then falls back to a system font, still embedded.
 */
struct DocumentFonts
{
    QString sans;
    QString mono;
};

/** Loads the fonts on first use (needs a QGuiApplication); the same object afterwards. */
const DocumentFonts &documentFonts();

} // namespace vitrine
