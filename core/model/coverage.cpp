// SPDX-License-Identifier: GPL-3.0-or-later
// The period coverage of a log: declared against observed, worked out once (see coverage.h).

#include "coverage.h"

#include "logfacts.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace vitrine {

QDate swissDay(std::int64_t secondsUtc)
{
    static const QTimeZone kZurich("Europe/Zurich");
    return QDateTime::fromSecsSinceEpoch(secondsUtc, Qt::UTC).toTimeZone(kZurich).date();
}

QDate PeriodCoverage::declaredFirstDay() const
{
    return declaredFromUtc ? swissDay(*declaredFromUtc) : QDate();
}

QDate PeriodCoverage::declaredLastDay() const
{
    if (!declaredToUtc)
        return {};
    // The last second covered, on the earlier of its UTC and Swiss days: exporters end their
    // periods at midnight UTC (02:00 in Swiss summer time) or at 23:59:59Z, and mean the day
    // before, not a couple of hours of the next one. An end at Swiss midnight gives the same.
    const std::int64_t last = *declaredToUtc - 1;
    return std::min(QDateTime::fromSecsSinceEpoch(last, Qt::UTC).date(), swissDay(last));
}

PeriodCoverage periodCoverage(const LogHeader &header, std::optional<std::int64_t> firstUtc,
                              std::optional<std::int64_t> lastUtc)
{
    PeriodCoverage c;
    c.declaredFromUtc = header.declaredFromUtc;
    c.declaredToUtc = header.declaredToUtc;
    c.observedFromUtc = firstUtc;
    c.observedToUtc = lastUtc;
    if (c.declaredFromUtc && firstUtc)
        c.missingAtStartSecs = std::max<std::int64_t>(0, *firstUtc - *c.declaredFromUtc);
    if (c.declaredToUtc && lastUtc)
        c.missingAtEndSecs = std::max<std::int64_t>(0, *c.declaredToUtc - *lastUtc);
    if (c.declared()) {
        const std::int64_t length =
            std::max<std::int64_t>(0, *c.declaredToUtc - *c.declaredFromUtc);
        c.thresholdSecs =
            std::max(PeriodCoverage::kMinGapSecs, length / PeriodCoverage::kGapDivisor);
        c.startsLate = c.missingAtStartSecs && *c.missingAtStartSecs > c.thresholdSecs;
        c.endsEarly = c.missingAtEndSecs && *c.missingAtEndSecs > c.thresholdSecs;
    }
    return c;
}

} // namespace vitrine
