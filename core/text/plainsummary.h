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

/**
 * Where the review's data comes from, when it is a carmaker's export and not the car's own log:
 * "From the Volkswagen group's EU Data Act export: 96 deliveries. 12 of them held no data.";
 * empty for a VDFL log.
 */
QString sourceSentence(const Summary &summary);

/**
 * Beside the recipients, when the input names none but its data holders (a carmaker's export):
 * what the list cannot tell; empty otherwise.
 */
/**
 * Where a review's facts come from, for every card: sourceSentence() for an export, "From your
 * car's data log." for a log.
 */
QString sourceLine(const Summary &summary);

QString recipientsScopeNote(const Summary &summary);

/**
 * The kinds of data in the format's own words (a profile's plain names) with how often, most
 * frequent first; empty when the format has none (VDFL).
 */
QStringList dataKindLines(const Summary &summary, const QString &lang);

/**
 * The three sentences of "In short", in the installed language. An input that names no
 * recipients says so instead of counting them: it never reads as "nobody else got anything".
 */
QStringList inShort(const Summary &summary, const Catalogue &catalogue);

/**
 * The plain-language report of `vitrine-cli inspect --lang`: the car, the period, "In short",
 * what was recorded, and each recipient with role, country and adequacy. The language (and
 * so the number and date formats) must be installed first with Languages::install.
 */
QString plainSummary(const Summary &summary, const Catalogue &catalogue, const QString &lang);

} // namespace vitrine
