// SPDX-License-Identifier: GPL-3.0-or-later
// The ways BMW CarData's archive writes a time: German dates of 2019, ISO times of today,
// epoch seconds in the charging history, the request date with dashes.

#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace vitrine {

/**
 * Seconds since the epoch (UTC) of a time as the archive writes it: "21.02.2019 10:35:29",
 * "21.02.2019 06:21:00 UTC", "01.12.2020 00:00", "01-10-2025", "21.02.2019", RFC 3339 with or
 * without its zone ("2025-10-01T08:12:44.123Z", "2025-10-01T08:12:44"), "2025-10-01 08:12:44",
 * "2025-10-01", or epoch seconds or milliseconds. A time without a zone is taken as UTC (the
 * archive does not say; the day can then be off by one near midnight). nullopt otherwise.
 */
std::optional<std::int64_t> parseBmwTime(std::string_view text);

/** Epoch seconds (below 10^10), or milliseconds (10^11 to 10^13); nullopt otherwise. */
std::optional<std::int64_t> epochSeconds(double value);

} // namespace vitrine
