// SPDX-License-Identifier: GPL-3.0-or-later
// The phrases every surface uses to speak to the customer, so that the same fact reads the same
// on the kiosk, on the sheet and at the command line.

#pragma once

#include "catalogue.h"
#include "category.h"
#include "comparison.h"
#include "coverage.h"

#include <QLocale>
#include <QString>

#include <cstdint>

namespace vitrine::plain {

/**
 * Phrases shared by every place that speaks to the customer (kiosk, sheet, command line), so
 * the same fact reads the same everywhere. All go through Qt's translators: install the
 * language first (Languages::install).
 */

/** "Location", "Driving", ... */
QString categoryName(Category c);

/** The plain meaning: "where the car is and has been". */
QString categoryMeaning(Category c);

/** "high", "medium" or "low" sensitivity, as a short phrase. */
QString sensitivityName(Sensitivity s);

/** "carmaker", "data broker", ...; the role id itself when unknown. */
QString roleName(const QString &role);

/** The country's name in the current language, from the catalogue (the code if not listed). */
QString countryName(const Catalogue &catalogue, const QString &code, const QString &lang);

/**
 * The country with its preposition, for a sentence: "in Germany", "aux Pays-Bas", "in der
 * Schweiz", "negli Stati Uniti" (from the catalogue; "in " and the code if not listed).
 */
QString countryIn(const Catalogue &catalogue, const QString &code, const QString &lang);

/**
 * The verdict on a recipient's protection, in a few words: "Adequate protection", "Protection
 * not adequate (no DPF certification known)", ... The one wording of the kiosk's badge, the
 * sheet's table and the command line.
 */
QString adequacyLabel(Adequacy a);

/**
 * Where the recipient is and what Switzerland thinks of the data protection there:
 * "HERE is in the Netherlands. Switzerland deems data protection there adequate."
 * \a countryIn is the country with its preposition (countryIn()).
 */
QString adequacySentence(Adequacy a, const QString &recipientName, const QString &countryIn);

/**
 * A count as Qt's plural forms take it (an int), clamped. A plain function rather than a cast
 * inside translate() calls, because lupdate does not read template arguments there.
 */
int pluralCount(std::int64_t n);

/** A number rounded for people: exact below 100, else two significant digits. */
std::int64_t roundForPeople(std::int64_t n);

/**
 * "about 15’000 times" / "3 times", with the default locale's grouping (Languages::install sets
 * it) and the right plural.
 */
QString timesPhrase(std::int64_t events);

/** "about 15’000 events" / "3 events", like timesPhrase. */
QString eventsPhrase(std::int64_t events);

/** "about 12 MB", "about 850 kB", "120 bytes", in the default locale. */
QString sizePhrase(std::int64_t bytes);

/**
 * A span of time rounded for people: "9 days" up to 13 days, then "5 weeks" up to 8 weeks,
 * then months to the half ("2 and a half months").
 */
QString durationPhrase(std::int64_t seconds);

/**
 * "3 other recipients are not listed here: about 150 times in all." for the recipients a list
 * leaves out (a summary's cap, or a sheet's longest table); "At least ..." when \a exact is false.
 */
QString otherRecipientsSentence(std::int64_t count, bool exact, std::int64_t events);

/**
 * What the customer is told when the records stop (or start) well inside the period the
 * export declares (PeriodCoverage::incomplete()): the declared days, where the records stop
 * or start, and about how much is missing. Empty when nothing is missing. The kiosk's cards,
 * the sheet and the command line's report all say this same sentence.
 */
QString coverageSentence(const PeriodCoverage &coverage);

/**
 * Whom "New since your last visit" compares with: "Compared with your visit of 12.04.2026."
 * (the day the previous review was made at the kiosk). Empty without a previous review.
 */
QString comparedWithSentence(const Comparison &comparison);

/** The VIN with its middle hidden: first three and last four characters kept. */
QString maskVin(const QString &vin);

} // namespace vitrine::plain
