// SPDX-License-Identifier: GPL-3.0-or-later
// QR codes drawn as vector paths, so that a sheet's verification code can be scanned instead of
// typed.

#pragma once

#include <QByteArray>
#include <QPainterPath>
#include <QRectF>

#include <vector>

namespace vitrine {

/** The modules of a QR code, row by row; true is dark. Empty when the text cannot be encoded. */
struct QrMatrix
{
    int size = 0;
    std::vector<bool> dark;

    bool isEmpty() const { return size == 0; }
    bool at(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < size && y < size &&
               dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(size) +
                    static_cast<std::size_t>(x)];
    }
};

/**
 * Encodes \a data (bytes, as given) in the smallest QR code that holds it, with error
 * correction level M (libqrencode).
 */
QrMatrix encodeQr(const QByteArray &data);

/**
 * The dark modules as one vector path filling \a target (a square), with the standard quiet
 * zone of four modules inside it. Neighbouring modules of a row are one rectangle, so the path
 * stays small and prints without hairline gaps.
 */
QPainterPath qrPath(const QrMatrix &matrix, const QRectF &target);

} // namespace vitrine
