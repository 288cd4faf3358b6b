// SPDX-License-Identifier: GPL-3.0-or-later
// The refusals and rejections of every importer in the reader's language (through Qt's
// translators), naming the file, the position and the reason.

#pragma once

#include "problems.h"

#include <QString>

#include <string>

namespace vitrine {

/** The reason an item was rejected, in the current UI language. */
QString rejectionMessage(Rejection reason, const std::string &detail);

/** The message of a refusal in the current UI language, naming the file, position and reason. */
QString refusalMessage(const RefusalInfo &info, const QString &fileName);

/** Why an entry of an archive or folder was not read, in the current UI language. */
QString entryProblemMessage(const SkippedEntry &skipped);

} // namespace vitrine
