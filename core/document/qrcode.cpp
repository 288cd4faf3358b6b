// SPDX-License-Identifier: GPL-3.0-or-later
// How a QR code is made: libqrencode at error correction level M, its dark modules merged row by
// row into the rectangles of one path.

#include "qrcode.h"

#include <qrencode.h>

namespace vitrine {

QrMatrix encodeQr(const QByteArray &data)
{
    QrMatrix m;
    if (data.isEmpty())
        return m;
    QRcode *code = QRcode_encodeData(static_cast<int>(data.size()),
                                     reinterpret_cast<const unsigned char *>(data.constData()), 0,
                                     QR_ECLEVEL_M);
    if (!code)
        return m;
    m.size = code->width;
    const auto n = static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width);
    m.dark.resize(n);
    // libqrencode marks a dark module with the lowest bit; the others say what the module is.
    for (std::size_t i = 0; i < n; ++i)
        m.dark[i] = (code->data[i] & 1u) != 0;
    QRcode_free(code);
    return m;
}

QPainterPath qrPath(const QrMatrix &matrix, const QRectF &target)
{
    QPainterPath path;
    if (matrix.isEmpty())
        return path;
    constexpr int kQuiet = 4;
    const qreal module = target.width() / (matrix.size + 2 * kQuiet);
    const QPointF origin = target.topLeft() + QPointF(kQuiet * module, kQuiet * module);
    for (int y = 0; y < matrix.size; ++y) {
        int x = 0;
        while (x < matrix.size) {
            if (!matrix.at(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < matrix.size && matrix.at(x, y))
                ++x;
            path.addRect(QRectF(origin.x() + start * module, origin.y() + y * module,
                                (x - start) * module, module));
        }
    }
    return path;
}

} // namespace vitrine
