// SPDX-License-Identifier: GPL-3.0-or-later
// How times are parsed and formatted: the proleptic Gregorian calendar worked out by hand, with
// impossible dates and years outside 0000 to 9999 refused.

#include "rfc3339.h"

#include <algorithm>

namespace vitrine {

namespace {

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
constexpr std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3u : 9u)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// The first and the last second of the years 0000 to 9999, in UTC.
constexpr std::int64_t kFirstUtc = daysFromCivil(0, 1, 1) * 86400;
constexpr std::int64_t kLastUtc = daysFromCivil(9999, 12, 31) * 86400 + 86399;

struct Civil
{
    std::int64_t y;
    unsigned m;
    unsigned d;
};

constexpr Civil civilFromDays(std::int64_t z)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

constexpr bool isLeap(std::int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr unsigned daysInMonth(std::int64_t y, unsigned m)
{
    constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Reads exactly n ASCII digits at p; -1 when any is not a digit.
inline int digits(const char *p, int n)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char c = p[i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace

std::optional<std::int64_t> parseRfc3339(std::string_view s)
{
    // Shortest form: "YYYY-MM-DDTHH:MM:SSZ" (20 characters).
    if (s.size() < 20)
        return std::nullopt;
    const char *p = s.data();
    const int year = digits(p, 4);
    const int month = digits(p + 5, 2);
    const int day = digits(p + 8, 2);
    const int hour = digits(p + 11, 2);
    const int minute = digits(p + 14, 2);
    const int second = digits(p + 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 60)
        return std::nullopt;
    if (p[4] != '-' || p[7] != '-' || (p[10] != 'T' && p[10] != 't') || p[13] != ':' ||
        p[16] != ':')
        return std::nullopt;
    if (static_cast<unsigned>(day) > daysInMonth(year, static_cast<unsigned>(month)))
        return std::nullopt;

    std::size_t i = 19;
    if (i < s.size() && s[i] == '.') {
        ++i;
        const std::size_t fracStart = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == fracStart)
            return std::nullopt;
    }
    if (i >= s.size())
        return std::nullopt;

    std::int64_t offset = 0;
    if (s[i] == 'Z' || s[i] == 'z') {
        ++i;
    } else if (s[i] == '+' || s[i] == '-') {
        if (s.size() - i != 6 || s[i + 3] != ':')
            return std::nullopt;
        const int oh = digits(p + i + 1, 2);
        const int om = digits(p + i + 4, 2);
        if (oh < 0 || oh > 23 || om < 0 || om > 59)
            return std::nullopt;
        offset = (oh * 60 + om) * 60;
        if (s[i] == '-')
            offset = -offset;
        i += 6;
    } else {
        return std::nullopt;
    }
    if (i != s.size())
        return std::nullopt;

    const std::int64_t days =
        daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
    // A leap second (:60) is read as the first second of the next minute.
    const std::int64_t utc = days * 86400 + hour * 3600 + minute * 60 + second - offset;
    // An offset can push 0000-01-01T00:30+01:00 or 9999-12-31T23:30-01:00 out of the years
    // 0000 to 9999, which no date of a report or a sheet can then say: refused.
    if (utc < kFirstUtc || utc > kLastUtc)
        return std::nullopt;
    return utc;
}

namespace {
// Appends v as exactly width digits (v is within range by construction).
void put(std::string &out, std::int64_t v, int width)
{
    char digits[20];
    for (int i = width - 1; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + v % 10);
        v /= 10;
    }
    out.append(digits, static_cast<std::size_t>(width));
}

std::string formatDate(const Civil &c)
{
    std::string out;
    out.reserve(20);
    // Years outside 0000-9999 cannot come from RFC 3339 text; clamp rather than garble.
    put(out, std::clamp<std::int64_t>(c.y, 0, 9999), 4);
    out += '-';
    put(out, c.m, 2);
    out += '-';
    put(out, c.d, 2);
    return out;
}
} // namespace

std::string formatUtc(std::int64_t t)
{
    const std::int64_t day = dayOf(t);
    const std::int64_t rest = t - day * 86400;
    std::string out = formatDate(civilFromDays(day));
    out += 'T';
    put(out, rest / 3600, 2);
    out += ':';
    put(out, rest / 60 % 60, 2);
    out += ':';
    put(out, rest % 60, 2);
    out += 'Z';
    return out;
}

std::string formatDay(std::int64_t day)
{
    return formatDate(civilFromDays(day));
}

} // namespace vitrine
