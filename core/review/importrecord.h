// SPDX-License-Identifier: GPL-3.0-or-later
// What the store keeps of a log once it is read: its aggregates, without a single record.

#pragma once

#include "catalogue.h"
#include "store.h"
#include "summary.h"

namespace vitrine {

/**
 * What the store keeps of a log that was read: counts, periods, the file's fingerprint and the
 * review's aggregates (the inspection report), never a record.
 */
ImportRecord importRecordOf(const Summary &summary, const QString &fileName,
                            const Catalogue &catalogue);

} // namespace vitrine
