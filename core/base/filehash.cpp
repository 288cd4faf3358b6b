// SPDX-License-Identifier: GPL-3.0-or-later
// How a file's fingerprint is taken: its bytes streamed through Qt's SHA-256.

#include "filehash.h"

#include <QCryptographicHash>
#include <QFile>

namespace vitrine {

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace vitrine
