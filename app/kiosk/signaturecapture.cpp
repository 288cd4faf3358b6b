// SPDX-License-Identifier: GPL-3.0-or-later
// Turning the points a finger draws into a kept signature, and back into strokes to draw.

#include "signaturecapture.h"

namespace vitrine {

SignatureCapture::SignatureCapture(QObject *parent)
    : QObject(parent)
{}

void SignatureCapture::setPadSize(QSizeF size)
{
    if (size == m_padSize)
        return;
    m_padSize = size;
    if (!size.isEmpty())
        m_signature.setAspect(size.height() / size.width()); // only takes while empty
    refreshStrokes();
    refreshCurrent();
    emit padSizeChanged();
}

void SignatureCapture::begin(qreal x, qreal y)
{
    if (m_padSize.isEmpty())
        return;
    const bool wasEmpty = empty();
    const bool wasSigned = looksSigned();
    const int strokes = strokeCount();
    if (m_signature.strokeOpen())
        end();
    // While the finger draws, no complaint: it may be the start of a name.
    setTooShort(false);
    m_signature.beginStroke(m_signature.fromBox(QPointF(x, y), padRect()));
    refreshCurrent();
    notify(wasEmpty, wasSigned, strokes);
}

void SignatureCapture::extend(qreal x, qreal y)
{
    if (m_padSize.isEmpty())
        return;
    const bool wasSigned = looksSigned();
    if (!m_signature.extendStroke(m_signature.fromBox(QPointF(x, y), padRect())))
        return;
    refreshCurrent();
    notify(false, wasSigned, strokeCount());
}

void SignatureCapture::end()
{
    if (!m_signature.strokeOpen())
        return;
    m_signature.endStroke();
    m_strokes.append(m_signature.polyline(strokeCount() - 1, padRect()));
    m_current.clear();
    emit strokesChanged();
    emit currentStrokeChanged();
    setTooShort(!looksSigned());
}

void SignatureCapture::remind()
{
    if (m_signature.strokeOpen())
        return;
    setTooShort(!empty() && !looksSigned());
}

void SignatureCapture::setTooShort(bool tooShort)
{
    if (tooShort == m_tooShort)
        return;
    m_tooShort = tooShort;
    emit tooShortChanged();
}

void SignatureCapture::clear()
{
    const bool wasEmpty = empty();
    m_signature.clear();
    // A fresh pad takes the shape it has now.
    if (!m_padSize.isEmpty())
        m_signature.setAspect(m_padSize.height() / m_padSize.width());
    m_strokes.clear();
    m_current.clear();
    setTooShort(false);
    emit strokesChanged();
    emit currentStrokeChanged();
    if (!wasEmpty)
        emit changed();
}

void SignatureCapture::setSignature(const Signature &signature)
{
    m_signature = signature;
    m_signature.endStroke();
    setTooShort(false);
    refreshStrokes();
    refreshCurrent();
    emit changed();
}

void SignatureCapture::refreshStrokes()
{
    m_strokes.clear();
    if (!m_padSize.isEmpty()) {
        m_strokes = m_signature.polylines(padRect());
        // The open stroke is drawn by currentStroke, not twice.
        if (m_signature.strokeOpen() && !m_strokes.isEmpty())
            m_strokes.removeLast();
    }
    emit strokesChanged();
}

void SignatureCapture::refreshCurrent()
{
    m_current.clear();
    if (m_signature.strokeOpen() && !m_padSize.isEmpty())
        m_current = m_signature.polyline(strokeCount() - 1, padRect());
    emit currentStrokeChanged();
}

void SignatureCapture::notify(bool wasEmpty, bool wasSigned, int strokes)
{
    if (wasEmpty != empty() || wasSigned != looksSigned() || strokes != strokeCount())
        emit changed();
}

} // namespace vitrine
