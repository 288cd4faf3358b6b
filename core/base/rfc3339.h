// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing the RFC 3339 times of a log exactly, as seconds since the epoch in UTC,
// whatever the platform's calendar or time zone.

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vitrine {

/**
 * Parses an RFC 3339 date-time ("2026-04-02T07:31:12.5+02:00") into seconds since the Unix
 * epoch in UTC, the fraction dropped (floored). A `Z`/`z` or a numeric offset is required;
 * the separator is `T` or `t`. Returns nullopt for anything else, including impossible dates
 * and instants that their offset puts outside the years 0000 to 9999 in UTC.
 */
std::optional<std::int64_t> parseRfc3339(std::string_view text);

/** Formats seconds since the epoch as "YYYY-MM-DDTHH:MM:SSZ". */
std::string formatUtc(std::int64_t secondsUtc);

/** Days since 1970-01-01 of a UTC instant (floored, so correct before 1970 too). */
constexpr std::int64_t dayOf(std::int64_t secondsUtc)
{
    return (secondsUtc >= 0 ? secondsUtc : secondsUtc - 86399) / 86400;
}

/** Formats a day number (days since 1970-01-01) as "YYYY-MM-DD". */
std::string formatDay(std::int64_t day);

} // namespace vitrine
