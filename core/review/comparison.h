// SPDX-License-Identifier: GPL-3.0-or-later
// "New since your last visit": what changed in a car's data sharing since its previous review
// at the kiosk, worked out once for the screen and the sheet alike.

#pragma once

#include "category.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vitrine {

class Store;
struct ImportRecord;
struct StoreError;

/** One recipient as a review remembers it (from the stored report's by_recipient). */
struct RememberedRecipient
{
    QString id;
    QString name;
    std::int64_t events = 0;
};

/**
 * What changed since the car's previous review ("New since your last visit"): recipients and
 * categories that appear now and did not before, those that are gone, and the change in volume.
 * Both sides are inspection reports (reportjson.h), the form in which the store keeps reviews.
 */
struct Comparison
{
    /**
     * False when the earlier visits could not be consulted (no records at hand, or they could
     * not be read): "cannot tell what changed", never "first visit". hasPrevious is then false.
     */
    bool historyKnown = true;
    bool hasPrevious = false;
    /**
     * When the previous review was made at the kiosk (its import): the customer's "last
     * visit", "Compared with your visit of 12.04.2026". Invalid when not known.
     */
    QDateTime previousReviewedAt;
    /** The store's id of the previous review's import; -1 when there is none. */
    qint64 previousImportId = -1;
    QList<RememberedRecipient> newRecipients; ///< most events first
    QList<RememberedRecipient> goneRecipients;
    CategorySet newCategories = 0;
    CategorySet goneCategories = 0;
    std::int64_t previousEvents = 0;
    std::int64_t currentEvents = 0;
    std::int64_t previousDays = 0; ///< days covered by the previous log's events (at least 1)
    std::int64_t currentDays = 0;

    /**
     * Change in events per day, in percent (so that a longer period does not look like more
     * data); nullopt without a previous review or when the previous one had no events.
     */
    std::optional<int> changePerDayPercent() const;
};

/**
 * Compares the current review with the previous one. \a previous is empty when the car has no
 * earlier review: the result then has hasPrevious == false. Unreadable JSON counts as none.
 */
Comparison compareReviews(const QByteArray &previousReportJson,
                          const QByteArray &currentReportJson);

/**
 * "New since your last visit" for a log, kept in the store or not yet: compared with its
 * previous review by the one rule of Store::previousReview (the car's review whose log ends
 * latest before this one ends, from another file). The kiosk and `vitrine-cli sheet --db`
 * both come here. "First visit" (hasPrevious false) when there is none; when the store could
 * not be read, historyKnown is false and *error says why.
 */
Comparison compareWithPreviousReview(Store &store, const ImportRecord &current,
                                     StoreError *error = nullptr);

} // namespace vitrine
