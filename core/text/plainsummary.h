// SPDX-License-Identifier: GPL-3.0-or-later
// The report a person reads at the command line (`vitrine-cli inspect --lang`): the car, the
// period, "In short" and each recipient, in the words the kiosk uses.

#pragma once

#include "catalogue.h"
#include "summary.h"

#include <QString>
#include <QStringList>

namespace vitrine {

/** "Volkswagen ID.3 2022": make, model and year as far as the header gives them; may be empty. */
QString vehicleDescription(const LogHeader &header);

/** The three sentences of "In short", in the installed language. */
QStringList inShort(const Summary &summary, const Catalogue &catalogue);

/**
 * The plain-language report of `vitrine-cli inspect --lang`: the car, the period, "In short",
 * what was recorded, and each recipient with role, country and adequacy. The language (and
 * so the number and date formats) must be installed first with Languages::install.
 */
QString plainSummary(const Summary &summary, const Catalogue &catalogue, const QString &lang);

} // namespace vitrine
