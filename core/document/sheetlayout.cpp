// SPDX-License-Identifier: GPL-3.0-or-later
// How the layout engine works: text laid out with QTextLayout, drawing kept as operations per
// page until it is painted, and the overlap and margin checks behind the layout tests.

#include "sheetlayout.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace vitrine {

namespace {
// Rounding in the font engine may make touching rectangles share a sliver; a hundredth of a
// point is far below anything the eye (or a printer) can see.
constexpr qreal kTolerancePt = 0.01;
} // namespace

std::vector<SheetItem> SheetLayoutReport::outside() const
{
    const QRectF area =
        printable.adjusted(-kTolerancePt, -kTolerancePt, kTolerancePt, kTolerancePt);
    std::vector<SheetItem> out;
    for (const SheetItem &item : items) {
        if (!area.contains(item.rect) || item.page < 0 || item.page >= pages)
            out.push_back(item);
    }
    return out;
}

std::vector<std::pair<SheetItem, SheetItem>> SheetLayoutReport::overlaps() const
{
    std::vector<std::pair<SheetItem, SheetItem>> out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const SheetItem &a = items[i];
        const QRectF ra = a.rect.adjusted(kTolerancePt, kTolerancePt, -kTolerancePt, -kTolerancePt);
        for (std::size_t j = i + 1; j < items.size(); ++j) {
            const SheetItem &b = items[j];
            if (a.page != b.page || a.block == b.block)
                continue;
            if (ra.intersects(b.rect))
                out.emplace_back(a, b);
        }
    }
    return out;
}

qreal LaidText::lineTop(int i) const
{
    return layout->lineAt(i).y();
}

qreal LaidText::lineHeight(int i) const
{
    return layout->lineAt(i).height() + leading;
}

qreal LaidText::naturalWidth() const
{
    qreal w = 0;
    for (int i = 0; i < lineCount(); ++i)
        w = std::max(w, layout->lineAt(i).naturalTextWidth());
    return w;
}

SheetLayout::SheetLayout(QPaintDevice *device, QSizeF pageSize, QMarginsF margins,
                         qreal footerHeight)
    : m_device(device)
    , m_scale(device->logicalDpiY() / 72.0)
    , m_pageSize(pageSize * m_scale)
{
    m_printable =
        QRectF(margins.left(), margins.top(), pageSize.width() - margins.left() - margins.right(),
               pageSize.height() - margins.top() - margins.bottom());
    m_printable = QRectF(m_printable.topLeft() * m_scale, m_printable.size() * m_scale);
    m_body = m_printable.adjusted(0, 0, 0, -pt(footerHeight));
    m_pages.emplace_back();
    m_y = m_body.top();
}

QRectF SheetLayout::footer() const
{
    return QRectF(m_printable.left(), m_body.bottom(), m_printable.width(),
                  m_printable.bottom() - m_body.bottom());
}

void SheetLayout::newPage()
{
    m_pages.emplace_back();
    m_page = static_cast<int>(m_pages.size()) - 1;
    m_y = m_body.top();
}

bool SheetLayout::ensureSpace(qreal height)
{
    if (m_y + height <= m_body.bottom() || m_y <= m_body.top())
        return false;
    newPage();
    return true;
}

void SheetLayout::switchToPage(int page)
{
    m_page = std::clamp(page, 0, pageCount() - 1);
}

LaidText SheetLayout::lay(const QString &text, const TextStyle &style, qreal width,
                          int boldPrefix) const
{
    LaidText out;
    QString flat = text;
    // QTextLayout breaks lines only at Unicode line separators.
    flat.replace(u'\n', QChar::LineSeparator);
    out.layout = std::make_shared<QTextLayout>(flat, style.font, m_device);
    QTextOption option(style.align);
    // Long host names, e-mail addresses and compound words still fit their column.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    out.layout->setTextOption(option);
    if (boldPrefix > 0) {
        QTextLayout::FormatRange range;
        range.start = 0;
        range.length = boldPrefix;
        QFont bold = style.font;
        bold.setBold(true);
        range.format.setFont(bold);
        out.layout->setFormats({range});
    }
    out.color = style.color;
    out.width = width;
    out.leading = QFontMetricsF(style.font, m_device).height() * style.leading;
    qreal y = 0;
    out.layout->beginLayout();
    for (QTextLine line = out.layout->createLine(); line.isValid();
         line = out.layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() + out.leading;
    }
    out.layout->endLayout();
    out.height = out.lineCount() > 0 ? y - out.leading : 0;
    return out;
}

QString SheetLayout::elide(const QString &text, const QFont &font, qreal width) const
{
    return QFontMetricsF(font, m_device).elidedText(text, Qt::ElideRight, width);
}

void SheetLayout::record(int block, const QRectF &rect, bool isText, const QString &text)
{
    m_items.push_back({m_page, block, rect, isText, text});
}

void SheetLayout::drawLines(const LaidText &text, int first, int last, QPointF topLeft, int block)
{
    first = std::max(first, 0);
    last = std::min(last, text.lineCount());
    if (first >= last)
        return;
    const QPointF origin = topLeft - QPointF(0, text.lineTop(first));
    for (int i = first; i < last; ++i) {
        const QTextLine line = text.layout->lineAt(i);
        if (line.naturalTextWidth() <= 0)
            continue;
        record(block, line.naturalTextRect().translated(origin), true,
               text.layout->text().mid(line.textStart(), line.textLength()).trimmed());
    }
    m_pages[static_cast<std::size_t>(m_page)].push_back(
        [layout = text.layout, color = text.color, first, last, origin](QPainter &p) {
            p.setPen(color);
            for (int i = first; i < last; ++i)
                layout->lineAt(i).draw(&p, origin);
        });
}

void SheetLayout::drawTurnedText(const LaidText &text, QPointF bottomLeft, int block)
{
    if (text.lineCount() == 0)
        return;
    // Turned a quarter to the left, the text's x runs up the page and its y to the right.
    for (int i = 0; i < text.lineCount(); ++i) {
        const QTextLine line = text.layout->lineAt(i);
        if (line.naturalTextWidth() <= 0)
            continue;
        const QRectF r = line.naturalTextRect();
        record(block,
               QRectF(bottomLeft.x() + r.top(), bottomLeft.y() - r.right(), r.height(), r.width()),
               true, text.layout->text().mid(line.textStart(), line.textLength()).trimmed());
    }
    m_pages[static_cast<std::size_t>(m_page)].push_back(
        [layout = text.layout, color = text.color, bottomLeft](QPainter &p) {
            p.translate(bottomLeft);
            p.rotate(-90);
            p.setPen(color);
            for (int i = 0; i < layout->lineCount(); ++i)
                layout->lineAt(i).draw(&p, QPointF(0, 0));
        });
}

int SheetLayout::paragraph(const QString &text, const TextStyle &style, qreal indent,
                           int boldPrefix)
{
    const int block = newBlock();
    const LaidText t = lay(text, style, m_body.width() - indent, boldPrefix);
    const int n = t.lineCount();
    // A paragraph of up to three lines stays whole; a longer one keeps two lines together.
    ensureSpace(n <= 3 ? t.height : t.lineTop(2));
    int i = 0;
    while (i < n) {
        int j = i;
        while (j < n &&
               m_y + t.lineTop(j) - t.lineTop(i) + t.layout->lineAt(j).height() <= m_body.bottom())
            ++j;
        if (j == i) {
            if (m_y <= m_body.top())
                j = i + 1; // taller than a page: place it rather than loop
            else {
                newPage();
                continue;
            }
        }
        drawLines(t, i, j, QPointF(m_body.left() + indent, m_y), block);
        m_y += t.lineTop(j - 1) - t.lineTop(i) + t.lineHeight(j - 1);
        i = j;
        if (i < n)
            newPage();
    }
    return block;
}

void SheetLayout::fillPath(const QPainterPath &path, const QColor &color, int block)
{
    if (block >= 0)
        record(block, path.boundingRect(), false, {});
    m_pages[static_cast<std::size_t>(m_page)].push_back([path, color](QPainter &p) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPath(path);
    });
}

void SheetLayout::fillRect(const QRectF &rect, const QColor &color, int block)
{
    QPainterPath path;
    path.addRect(rect);
    fillPath(path, color, block);
}

void SheetLayout::strokePath(const QPainterPath &path, const QColor &color, qreal widthPt,
                             int block)
{
    const qreal w = pt(widthPt);
    if (block >= 0)
        record(block, path.boundingRect().adjusted(-w / 2, -w / 2, w / 2, w / 2), false, {});
    m_pages[static_cast<std::size_t>(m_page)].push_back([path, color, w](QPainter &p) {
        QPen pen(color, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    });
}

void SheetLayout::line(QPointF from, QPointF to, const QColor &color, qreal widthPt)
{
    QPainterPath path(from);
    path.lineTo(to);
    strokePath(path, color, widthPt, -1);
}

bool SheetLayout::paint(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return false;
        }
        for (const Op &op : m_pages[i]) {
            painter.save();
            op(painter);
            painter.restore();
        }
    }
    return painter.end();
}

SheetLayoutReport SheetLayout::report() const
{
    SheetLayoutReport r;
    r.pageSize = m_pageSize / m_scale;
    r.printable = QRectF(m_printable.topLeft() / m_scale, m_printable.size() / m_scale);
    r.pages = pageCount();
    r.items.reserve(m_items.size());
    for (SheetItem item : m_items) {
        item.rect = QRectF(item.rect.topLeft() / m_scale, item.rect.size() / m_scale);
        r.items.push_back(std::move(item));
    }
    return r;
}

const DocumentFonts &documentFonts()
{
    static const DocumentFonts f = [] {
        DocumentFonts out;
        const QString dir = QStringLiteral("/usr/share/fonts/truetype/dejavu/");
        const auto load = [&dir](const char *file) {
            const int id = QFontDatabase::addApplicationFont(dir + QLatin1StringView(file));
            return id < 0 ? QString() : QFontDatabase::applicationFontFamilies(id).value(0);
        };
        out.sans = load("DejaVuSans.ttf");
        load("DejaVuSans-Bold.ttf");
        out.mono = load("DejaVuSansMono.ttf");
        load("DejaVuSansMono-Bold.ttf");
        return out;
    }();
    return f;
}

} // namespace vitrine
