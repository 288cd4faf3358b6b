// SPDX-License-Identifier: GPL-3.0-or-later
// The one way in for every input: open it, fingerprint it, recognise its format by content and
// read it into the caller's sink. The kiosk, every command and the benchmarks use it.

#pragma once

#include "importer.h"

#include <QString>

namespace vitrine {

/**
 * Reads the input at \a path into \a sink through the format \a registry recognises, and calls
 * the sink's onFinish with the outcome (which it also returns): refused (why, and where) or
 * read, with the counts and the source's format and fingerprint (SHA-256 of the bytes as
 * given). A folder, a device or a pipe is refused at once; nothing is ever written.
 */
LogRead readLog(const QString &path, LogSink &sink,
                const ImporterRegistry &registry = ImporterRegistry::standard());

/** The same for an open descriptor (standard input); \a name helps recognise the format. */
LogRead readLogFd(int fd, const QString &name, LogSink &sink,
                  const ImporterRegistry &registry = ImporterRegistry::standard());

} // namespace vitrine
