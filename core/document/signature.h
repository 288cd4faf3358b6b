// SPDX-License-Identifier: GPL-3.0-or-later
// A handwritten signature from the kiosk's pad, kept as vector strokes so that it draws the
// same on screen and on the sheet at any size.

#pragma once

#include <QByteArray>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

namespace vitrine {

/**
 * A handwritten signature kept as vectors: the strokes a finger drew, as polylines in pad
 * coordinates normalised to the pad's width (x from 0 to 1, y from 0 to aspect(), where the
 * aspect is the pad's height over its width). The same strokes draw the signature on screen and
 * on the printed sheet, at any size. Memory is bounded: past kMaxPoints, new points are
 * dropped.
 */
class Signature
{
public:
    /** At most this many points are kept; a real signature needs a few hundred. */
    static constexpr int kMaxPoints = 20'000;
    /** A point closer than this to the previous one (in pad widths) adds nothing visible. */
    static constexpr qreal kMinStep = 0.0025;
    /**
     * Ink shorter than this (in pad widths) is a tap or a slip, not a signature: a quarter of
     * the pad's width, far less than any name or initials.
     */
    static constexpr qreal kSignedInk = 0.25;
    /** The pad's shape until told otherwise, and the limits it is kept within. */
    static constexpr qreal kDefaultAspect = 0.4;
    static constexpr qreal kMinAspect = 0.05;
    static constexpr qreal kMaxAspect = 4.0;
    /** A stroke of one point (a dot) is drawn as a line this long, so that it shows. */
    static constexpr qreal kDotLength = 0.001;

    Signature() = default;
    /** An empty signature for a pad of this shape (height / width). */
    explicit Signature(qreal aspect);

    /** The pad's height over its width, rounded to 4 decimals. */
    qreal aspect() const { return m_aspect; }
    /**
     * Sets the pad's shape, kept within kMinAspect..kMaxAspect. Only while empty: strokes
     * already drawn stay in the shape they were drawn in. Returns whether it was applied.
     */
    bool setAspect(qreal aspect);

    /**
     * Starts a stroke at p (normalised; clamped into the pad). Returns false, and starts
     * nothing, when p is not a finite point or the signature is full.
     */
    bool beginStroke(QPointF p);
    /**
     * Extends the stroke begun last. Returns whether p was kept: it is dropped when no stroke
     * is open, when it lies closer than kMinStep to the previous point, or when the signature
     * is full.
     */
    bool extendStroke(QPointF p);
    /** Closes the open stroke; the next point needs beginStroke(). */
    void endStroke() { m_open = false; }
    /** Whether a stroke is being drawn. */
    bool strokeOpen() const { return m_open; }
    /** Adds a whole stroke, simplified and bounded as if a finger had drawn it. */
    void addStroke(const QPolygonF &stroke);
    /** Forgets every stroke; the pad's shape stays. */
    void clear();

    bool isEmpty() const { return m_strokes.isEmpty(); }
    int strokeCount() const { return static_cast<int>(m_strokes.size()); }
    int pointCount() const { return m_points; }
    /** The strokes, in normalised pad coordinates. */
    const QList<QPolygonF> &strokes() const { return m_strokes; }
    /** The total length of ink, in pad widths. */
    qreal inkLength() const { return m_ink; }
    /** There is enough ink to be a signature (kSignedInk): a tap or a dot does not count. */
    bool looksSigned() const { return m_ink >= kSignedInk; }

    /** Where the pad sits inside box: as large as fits, keeping its shape, centred. */
    QRectF fit(const QRectF &box) const;
    /** A normalised point, placed in box as fit() says. */
    QPointF toBox(QPointF p, const QRectF &box) const;
    /** The inverse of toBox(): a point of box, in normalised pad coordinates (not clamped). */
    QPointF fromBox(QPointF p, const QRectF &box) const;

    /** The strokes placed in box (fit()); a dot becomes a line of kDotLength so it shows. */
    QList<QPolygonF> polylines(const QRectF &box) const;
    /** One stroke of polylines(); empty for an index out of range. */
    QPolygonF polyline(int stroke, const QRectF &box) const;
    /**
     * The strokes as a path placed in box, keeping the pad's shape: stroke it with round caps
     * and joins (the sheet, previews). The same geometry as polylines().
     */
    QPainterPath path(const QRectF &box) const;

    /**
     * Compact JSON: {"v":1,"aspect":a,"strokes":[[x0,y0,x1,y1,...],...]}, every number
     * rounded to 4 decimals (a tenth of a millimetre on a pad a metre wide).
     */
    QByteArray toJson() const;
    /**
     * Replaces this signature with the one in json. Anything malformed, out of range or over
     * kMaxPoints leaves an empty signature and returns false.
     */
    bool fromJson(const QByteArray &json);

private:
    QPointF clamped(QPointF p) const;

    QList<QPolygonF> m_strokes;
    qreal m_aspect = kDefaultAspect;
    qreal m_ink = 0;
    int m_points = 0;
    bool m_open = false;
};

/**
 * A made-up handwritten signature (variant 0 or 1 look different), for the demo and the
 * screenshots: nobody's real signature.
 */
Signature demoSignature(int variant);

} // namespace vitrine
