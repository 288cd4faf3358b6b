// SPDX-License-Identifier: GPL-3.0-or-later
// A file's SHA-256 fingerprint, by which a log or a sheet is recognised again.

#pragma once

#include <QString>

namespace vitrine {

/** SHA-256 of a file's bytes in lower-case hex; empty when it cannot be read. */
QString fileSha256(const QString &path);

} // namespace vitrine
