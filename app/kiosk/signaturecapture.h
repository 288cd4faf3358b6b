// SPDX-License-Identifier: GPL-3.0-or-later
// A finger's signature on a pad, kept so that what the sheet carries is exactly what was drawn.

#pragma once

#include "signature.h"

#include <QObject>
#include <QSizeF>
#include <QtQml/qqmlregistration.h>

namespace vitrine {

/**
 * One person's signature as a finger draws it on a pad: QML feeds the points in pad pixels
 * (begin, extend, end) and draws the strokes this object hands back, so what is drawn is
 * exactly what is kept (a Signature, in normalised pad coordinates).
 */
class SignatureCapture : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /** The pad's size in pixels; the points fed in and the strokes handed out are in it. */
    Q_PROPERTY(QSizeF padSize READ padSize WRITE setPadSize NOTIFY padSizeChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY changed)
    /** Enough ink to be a signature (a tap or a dot is not). */
    Q_PROPERTY(bool looksSigned READ looksSigned NOTIFY changed)
    Q_PROPERTY(int strokeCount READ strokeCount NOTIFY changed)
    /**
     * The finger has lifted (or Finish was tapped, remind()) and the ink is still too little to
     * count as a signature: the pad says so. False while drawing, once it counts, when empty.
     */
    Q_PROPERTY(bool tooShort READ tooShort NOTIFY tooShortChanged)
    /** The finished strokes, in pad pixels (for PathMultiline). */
    Q_PROPERTY(QList<QPolygonF> strokes READ strokes NOTIFY strokesChanged)
    /** The stroke being drawn, in pad pixels (for PathPolyline); empty between strokes. */
    Q_PROPERTY(QPolygonF currentStroke READ currentStroke NOTIFY currentStrokeChanged)

public:
    explicit SignatureCapture(QObject *parent = nullptr);

    QSizeF padSize() const { return m_padSize; }
    /**
     * A pad with nothing on it takes the new shape; strokes already drawn keep theirs and are
     * drawn as large as fits, centred.
     */
    void setPadSize(QSizeF size);

    bool empty() const { return m_signature.isEmpty(); }
    bool looksSigned() const { return m_signature.looksSigned(); }
    int strokeCount() const { return m_signature.strokeCount(); }
    bool tooShort() const { return m_tooShort; }
    QList<QPolygonF> strokes() const { return m_strokes; }
    QPolygonF currentStroke() const { return m_current; }

    /** A finger touches the pad at (x, y) pixels. Ignored while the pad has no size. */
    Q_INVOKABLE void begin(qreal x, qreal y);
    /** The finger moves to (x, y); points off the pad are kept on its edge. */
    Q_INVOKABLE void extend(qreal x, qreal y);
    /** The finger leaves the pad. */
    Q_INVOKABLE void end();
    /** Wipes the signature. */
    Q_INVOKABLE void clear();
    /** Someone wants to go on: if the ink does not count as a signature yet, say so. */
    Q_INVOKABLE void remind();

    /** The kept signature, for the sheet. */
    const Signature &signature() const { return m_signature; }
    /** Replaces the signature (the demo's, one read back). */
    void setSignature(const Signature &signature);

signals:
    void padSizeChanged();
    void changed();
    void strokesChanged();
    void currentStrokeChanged();
    void tooShortChanged();

private:
    QRectF padRect() const { return {QPointF(0, 0), m_padSize}; }
    void refreshStrokes();
    void refreshCurrent();
    void notify(bool wasEmpty, bool wasSigned, int strokes);
    void setTooShort(bool tooShort);

    Signature m_signature;
    QSizeF m_padSize;
    QList<QPolygonF> m_strokes;
    QPolygonF m_current;
    bool m_tooShort = false;
};

} // namespace vitrine
