// SPDX-License-Identifier: GPL-3.0-or-later
// Reading BMW CarData's times: each written form is matched digit by digit, then checked as a
// real date through the RFC 3339 reader, so that 31.02. or 25:00 are never taken.

#include "bmwtime.h"

#include "rfc3339.h"

#include <cmath>
#include <string>

namespace vitrine {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** True when \a text matches \a pattern, where 'd' stands for a digit and the rest for itself. */
bool matches(std::string_view text, std::string_view pattern)
{
    if (text.size() != pattern.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (pattern[i] == 'd' ? !isDigit(text[i]) : text[i] != pattern[i])
            return false;
    }
    return true;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() &&
           (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

/** Day, month, year and a time of day as RFC 3339 in UTC, checked by its reader. */
std::optional<std::int64_t> fromParts(std::string_view year, std::string_view month,
                                      std::string_view day, std::string_view clock)
{
    std::string iso;
    iso.reserve(20);
    iso.append(year).append("-").append(month).append("-").append(day).append("T");
    iso.append(clock).append("Z");
    return parseRfc3339(iso);
}

} // namespace

std::optional<std::int64_t> epochSeconds(double value)
{
    // Seconds up to 10^10 (the year 2286), or milliseconds from 10^11 to 10^13: a charging
    // session is neither before 1970 nor centuries ahead.
    if (!std::isfinite(value) || value < 0 || (value >= 1e10 && value < 1e11) || value >= 1e13)
        return std::nullopt;
    const double seconds = value >= 1e11 ? value / 1000.0 : value;
    return static_cast<std::int64_t>(std::floor(seconds));
}

std::optional<std::int64_t> parseBmwTime(std::string_view text)
{
    text = trim(text);
    if (text.ends_with(" UTC"))
        text = trim(text.substr(0, text.size() - 4));
    if (text.empty() || text.size() > 40)
        return std::nullopt;

    // German: 21.02.2019[ 10:35[:29]]; the request date: 01-10-2025.
    if (matches(text.substr(0, 10), "dd.dd.dddd") || matches(text.substr(0, 10), "dd-dd-dddd")) {
        const std::string_view rest = text.substr(10);
        std::string clock;
        if (rest.empty())
            clock = "00:00:00";
        else if (matches(rest, " dd:dd"))
            clock = std::string(rest.substr(1)) + ":00";
        else if (matches(rest, " dd:dd:dd"))
            clock = std::string(rest.substr(1));
        else
            return std::nullopt;
        return fromParts(text.substr(6, 4), text.substr(3, 2), text.substr(0, 2), clock);
    }

    if (matches(text.substr(0, 10), "dddd-dd-dd")) {
        if (text.size() == 10)
            return fromParts(text.substr(0, 4), text.substr(5, 2), text.substr(8, 2), "00:00:00");
        if (const auto t = parseRfc3339(text))
            return t;
        // ISO without a zone, with a T or a space, with or without a fraction.
        if (text.size() >= 19 && (text[10] == 'T' || text[10] == ' ') &&
            matches(text.substr(11, 8), "dd:dd:dd")) {
            std::string_view fraction = text.substr(19);
            if (!fraction.empty()) {
                if (fraction.front() != '.' || fraction.size() < 2)
                    return std::nullopt;
                for (const char c : fraction.substr(1)) {
                    if (!isDigit(c))
                        return std::nullopt;
                }
            }
            return fromParts(text.substr(0, 4), text.substr(5, 2), text.substr(8, 2),
                             text.substr(11, 8));
        }
        return std::nullopt;
    }

    bool digits = true;
    for (const char c : text)
        digits &= isDigit(c);
    if (digits && (text.size() == 10 || text.size() == 13)) {
        std::int64_t n = 0;
        for (const char c : text)
            n = n * 10 + (c - '0');
        return text.size() == 13 ? n / 1000 : n;
    }
    return std::nullopt;
}

} // namespace vitrine
