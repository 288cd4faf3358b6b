// SPDX-License-Identifier: GPL-3.0-or-later
// How much of the period an export declares its records really cover: one fact, worked out
// once from the header and the accepted records, that every surface reads as it is.
#pragma once

#include <QDate>

#include <cstdint>
#include <optional>

namespace vitrine {

struct LogHeader;

/**
 * The declared period (the header's `period`, `to` exclusive) against the observed one (first
 * and last accepted record), with the time missing at each end and whether that is more than a
 * quiet spell: a gap is "well inside" when it is longer than kMinGapSecs (7 days) and longer
 * than a tenth of the declared period, whichever is larger. So a day-long export is never
 * flagged (a car parked overnight records nothing), a month-long one from 7 days on, a
 * six-month one from about 18 days on. docs/log-format.md gives the rule.
 */
struct PeriodCoverage
{
    /** The shortest gap worth telling: a car parked for a week's holiday records nothing. */
    static constexpr std::int64_t kMinGapSecs = 7 * 86400;
    /** A longer export earns a longer quiet spell: a tenth of its declared length. */
    static constexpr std::int64_t kGapDivisor = 10;

    std::optional<std::int64_t> declaredFromUtc;
    /** Exclusive: the period ends just before this instant. */
    std::optional<std::int64_t> declaredToUtc;
    /** First and last accepted record; absent when the file holds none. */
    std::optional<std::int64_t> observedFromUtc;
    std::optional<std::int64_t> observedToUtc;
    /**
     * From the declared start to the first record, and from the last record to the declared
     * end, in seconds; 0 when records reach that end or beyond. Absent when that end is not
     * declared or the file holds no record.
     */
    std::optional<std::int64_t> missingAtStartSecs;
    std::optional<std::int64_t> missingAtEndSecs;
    /** A gap longer than this is "well inside" (kMinGapSecs, or a tenth of the period). */
    std::int64_t thresholdSecs = kMinGapSecs;
    /** The records start well after the declared start (both ends declared, records found). */
    bool startsLate = false;
    /** The records stop well before the declared end (both ends declared, records found). */
    bool endsEarly = false;

    bool declared() const { return declaredFromUtc && declaredToUtc; }
    /** True when the customer and the advisor must be told that part of the period is missing. */
    bool incomplete() const { return startsLate || endsEarly; }

    /** The first day the declared period covers, in Swiss time; invalid when not declared. */
    QDate declaredFirstDay() const;
    /**
     * The last day the declared period covers; invalid when not declared. The end is exclusive,
     * so this is the day of the second before it, on the earlier of its UTC and Swiss days: an
     * end at midnight UTC (as exporters write `T00:00:00Z`, 02:00 in Swiss summer time) or in
     * Swiss time closes the day before, so `to` 2026-10-01T00:00:00Z is 30.09.2026, and so is
     * 2026-09-30T23:59:59Z.
     */
    QDate declaredLastDay() const;
};

/** The coverage of a log from its header and its first and last accepted record. */
PeriodCoverage periodCoverage(const LogHeader &header, std::optional<std::int64_t> firstUtc,
                              std::optional<std::int64_t> lastUtc);

/** The Swiss day (Europe/Zurich) of an instant. */
QDate swissDay(std::int64_t secondsUtc);

} // namespace vitrine
