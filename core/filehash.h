#pragma once

#include <QString>

namespace vitrine {

/** SHA-256 of a file's bytes in lower-case hex; empty when it cannot be read. */
QString fileSha256(const QString &path);

} // namespace vitrine
