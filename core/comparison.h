#pragma once

#include "category.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace vitrine {

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
    bool hasPrevious = false;
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

} // namespace vitrine
