// SPDX-License-Identifier: GPL-3.0-or-later
// How strokes are recorded and placed: points clamped, thinned and bounded, fitted into any box
// keeping the pad's shape, and read back from JSON only when well-formed.

#include "signature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace vitrine {

namespace {

constexpr int kJsonVersion = 1;
// A full signature is about 20'000 points of 16 bytes of text: anything far larger is not one.
constexpr qsizetype kMaxJsonBytes = 1024 * 1024;
// Rounding on read may put a point a hair past the edge it was clamped to.
constexpr qreal kEdgeTolerance = 1e-9;

qreal round4(qreal v)
{
    return std::round(v * 10'000.0) / 10'000.0;
}

bool finite(QPointF p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

} // namespace

Signature::Signature(qreal aspect)
{
    setAspect(aspect);
}

bool Signature::setAspect(qreal aspect)
{
    if (!isEmpty() || !std::isfinite(aspect) || aspect <= 0)
        return false;
    m_aspect = round4(std::clamp(aspect, kMinAspect, kMaxAspect));
    return true;
}

QPointF Signature::clamped(QPointF p) const
{
    return {std::clamp(p.x(), 0.0, 1.0), std::clamp(p.y(), 0.0, m_aspect)};
}

bool Signature::beginStroke(QPointF p)
{
    m_open = false;
    if (!finite(p) || m_points >= kMaxPoints)
        return false;
    m_strokes.append(QPolygonF{clamped(p)});
    ++m_points;
    m_open = true;
    return true;
}

bool Signature::extendStroke(QPointF p)
{
    if (!m_open || !finite(p) || m_points >= kMaxPoints)
        return false;
    p = clamped(p);
    QPolygonF &stroke = m_strokes.last();
    const qreal step = QLineF(stroke.constLast(), p).length();
    if (step < kMinStep)
        return false;
    stroke.append(p);
    m_ink += step;
    ++m_points;
    return true;
}

void Signature::addStroke(const QPolygonF &stroke)
{
    if (stroke.isEmpty() || !beginStroke(stroke.constFirst()))
        return;
    for (qsizetype i = 1; i < stroke.size(); ++i)
        extendStroke(stroke.at(i));
    endStroke();
}

void Signature::clear()
{
    m_strokes.clear();
    m_ink = 0;
    m_points = 0;
    m_open = false;
}

QRectF Signature::fit(const QRectF &box) const
{
    if (!box.isValid() || box.isEmpty())
        return {};
    const qreal scale = std::min(box.width(), box.height() / m_aspect);
    const QSizeF size(scale, scale * m_aspect);
    return {box.center() - QPointF(size.width() / 2, size.height() / 2), size};
}

QPointF Signature::toBox(QPointF p, const QRectF &box) const
{
    const QRectF pad = fit(box);
    return pad.topLeft() + p * pad.width();
}

QPointF Signature::fromBox(QPointF p, const QRectF &box) const
{
    const QRectF pad = fit(box);
    if (pad.isEmpty())
        return {};
    return (p - pad.topLeft()) / pad.width();
}

QPolygonF Signature::polyline(int stroke, const QRectF &box) const
{
    if (stroke < 0 || stroke >= strokeCount())
        return {};
    const QRectF pad = fit(box);
    if (pad.isEmpty())
        return {};
    const QPolygonF &points = m_strokes.at(stroke);
    const QPointF origin = pad.topLeft();
    const qreal scale = pad.width();
    QPolygonF out;
    out.reserve(std::max<qsizetype>(points.size(), 2));
    for (const QPointF &p : points)
        out.append(origin + p * scale);
    if (points.size() == 1)
        out.append(origin + (points.constFirst() + QPointF(kDotLength, 0)) * scale);
    return out;
}

QList<QPolygonF> Signature::polylines(const QRectF &box) const
{
    QList<QPolygonF> out;
    if (fit(box).isEmpty())
        return out;
    out.reserve(m_strokes.size());
    for (int i = 0; i < strokeCount(); ++i)
        out.append(polyline(i, box));
    return out;
}

QPainterPath Signature::path(const QRectF &box) const
{
    QPainterPath out;
    for (const QPolygonF &line : polylines(box))
        out.addPolygon(line);
    return out;
}

QByteArray Signature::toJson() const
{
    QJsonArray strokes;
    for (const QPolygonF &stroke : m_strokes) {
        QJsonArray flat;
        for (const QPointF &p : stroke) {
            flat.append(round4(p.x()));
            flat.append(round4(p.y()));
        }
        strokes.append(flat);
    }
    const QJsonObject root{{QStringLiteral("v"), kJsonVersion},
                           {QStringLiteral("aspect"), m_aspect},
                           {QStringLiteral("strokes"), strokes}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool Signature::fromJson(const QByteArray &json)
{
    clear();
    m_aspect = kDefaultAspect;
    if (json.size() > kMaxJsonBytes)
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("v"));
    const QJsonValue aspect = root.value(QStringLiteral("aspect"));
    const QJsonValue strokes = root.value(QStringLiteral("strokes"));
    if (!version.isDouble() || version.toDouble() != kJsonVersion || !aspect.isDouble() ||
        !strokes.isArray())
        return false;
    const qreal a = aspect.toDouble();
    if (!std::isfinite(a) || a < kMinAspect || a > kMaxAspect)
        return false;

    QList<QPolygonF> read;
    qreal ink = 0;
    int points = 0;
    for (const QJsonValue &strokeValue : strokes.toArray()) {
        if (!strokeValue.isArray())
            return false;
        const QJsonArray flat = strokeValue.toArray();
        if (flat.isEmpty() || flat.size() % 2 != 0 || points + flat.size() / 2 > kMaxPoints)
            return false;
        QPolygonF stroke;
        stroke.reserve(flat.size() / 2);
        for (qsizetype i = 0; i < flat.size(); i += 2) {
            const QJsonValue x = flat.at(i);
            const QJsonValue y = flat.at(i + 1);
            if (!x.isDouble() || !y.isDouble())
                return false;
            const QPointF p(x.toDouble(), y.toDouble());
            if (!finite(p) || p.x() < 0 || p.x() > 1 + kEdgeTolerance || p.y() < 0 ||
                p.y() > a + kEdgeTolerance)
                return false;
            if (!stroke.isEmpty())
                ink += QLineF(stroke.constLast(), p).length();
            stroke.append(p);
        }
        points += static_cast<int>(stroke.size());
        read.append(stroke);
    }
    m_aspect = round4(a);
    m_strokes = std::move(read);
    m_ink = ink;
    m_points = points;
    return true;
}

Signature demoSignature(int variant)
{
    // Made of curves a hand could draw: a capital, a run of loops (a prolate cycloid, the shape
    // of joined-up writing) and an underline; the second variant has fewer, taller loops and a
    // dot.
    Signature s;
    const bool second = variant % 2 != 0;
    const qreal base = 0.72 * s.aspect();
    constexpr qreal pi = std::numbers::pi;
    constexpr int samples = 48;

    QPolygonF capital;
    const qreal capX = second ? 0.14 : 0.10;
    const qreal capHeight = second ? 0.24 : 0.20;
    const qreal top = base - capHeight;
    // A slanted stem up, then a bowl to its middle or down to its foot: a written P or D.
    for (int i = 0; i <= samples / 2; ++i) {
        const qreal t = static_cast<qreal>(i) / (samples / 2);
        capital.append(QPointF(capX + 0.03 * t, base - capHeight * t));
    }
    for (int i = 1; i <= samples; ++i) {
        const qreal angle = pi * i / samples;
        capital.append(QPointF(capX + 0.03 + 0.07 * std::sin(angle) - 0.012 * angle / pi,
                               top + (second ? 1.0 : 0.5) * capHeight * (1 - std::cos(angle)) / 2));
    }
    s.addStroke(capital);

    QPolygonF loops;
    const int count = second ? 4 : 6;
    const qreal start = capX + 0.12;
    const qreal stride = second ? 0.11 : 0.075;
    for (int i = 0; i <= count * samples; ++i) {
        const qreal t = 2 * pi * i / samples;
        const qreal loop = static_cast<qreal>(i) / samples;
        const qreal height = (second ? 0.11 : 0.07) * (1.0 + 0.35 * std::sin(loop * 1.7));
        loops.append(QPointF(start + stride * t / (2 * pi) + (second ? 0.032 : 0.022) * std::sin(t),
                             base - height * (1 - std::cos(t)) / 2));
    }
    s.addStroke(loops);

    if (second)
        s.addStroke(QPolygonF{QPointF(start + 2.6 * stride, base - 0.17)});

    QPolygonF underline;
    const qreal end = start + stride * count + 0.08;
    for (int i = 0; i <= samples; ++i) {
        const qreal t = static_cast<qreal>(i) / samples;
        underline.append(QPointF(capX - 0.02 + (end - capX + 0.02) * t,
                                 base + 0.035 - 0.02 * std::sin(pi * t) + 0.01 * t));
    }
    s.addStroke(underline);
    return s;
}

} // namespace vitrine
