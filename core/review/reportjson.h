// SPDX-License-Identifier: GPL-3.0-or-later
// The machine-readable inspection report of a log (`vitrine-cli inspect --json`), which is also
// the form in which the store keeps each review.

#pragma once

#include "catalogue.h"
#include "summary.h"

#include <QByteArray>

namespace vitrine {

/**
 * The machine-readable inspection report of the VDFL contract (`vitrine-cli inspect --json`):
 * the contract's keys exactly, plus file, declared_period, exported_at, exporter, by_channel,
 * by_purpose, by_basis, by_day, by_via, rejected_kept and coverage (docs/log-format.md).
 */
QByteArray inspectionJson(const Summary &summary, const Catalogue &catalogue);

} // namespace vitrine
