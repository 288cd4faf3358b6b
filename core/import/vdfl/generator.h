// SPDX-License-Identifier: GPL-3.0-or-later
// Realistic and reproducible VDFL logs for the demo, the tests and the performance measurements.

#pragma once

#include <QString>

#include <cstdint>

namespace vitrine {

/** What to generate. */
struct GeneratorOptions
{
    std::int64_t events = 10000; ///< sum of `count` over all records, reached exactly
    std::uint64_t seed = 1;
    std::int64_t startUtc = 1775001600; ///< 2026-04-01T00:00:00Z
    int days = 183;
    bool gzip = false;
};

/** What was written. */
struct GeneratorResult
{
    bool ok = false;
    QString error;
    std::int64_t records = 0;
    std::int64_t events = 0;
    QString vin;
};

/**
 * Writes a realistic VDFL log: a car's daily rhythm (commutes, weekend trips, charging, nights
 * at rest), every kind and category, recipients from the catalogue (carmaker, maps, voice,
 * streaming, telecom, charging, an insurer and a data broker receiving shared data) and a few
 * unknown hosts in the documentation ranges. Deterministic for a seed, on every platform.
 */
GeneratorResult generateLog(const QString &path, const GeneratorOptions &options);

} // namespace vitrine
