// SPDX-License-Identifier: GPL-3.0-or-later
// The facts every importer gives about its input, whatever the format: the vehicle and the
// periods it states, what it can tell at all, how its items were counted and its fingerprints.

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vitrine {

/** The unit a format counts its items in: a VDFL log has lines, a Volkswagen export datasets. */
enum class PositionUnit : std::uint8_t { Line, Dataset, Entry, Item };

/** "line", "dataset", "entry" or "item": the key of a position in the machine-readable report. */
std::string_view positionUnitId(PositionUnit unit);

/** "lines", "datasets", "entries" or "items": the key of the counts in the report. */
std::string_view positionUnitsId(PositionUnit unit);

/** \a s with a–z made A–Z (a VIN as people type it); other bytes as they are. */
std::string upperAscii(std::string_view s);

/** \a s with A–Z made a–z (a status or file name compared in any case); other bytes kept. */
std::string lowerAscii(std::string_view s);

/** True for a VIN as ISO 3779 writes it: 17 digits and upper-case letters, without I, O, Q. */
bool isValidVin(std::string_view vin);

/**
 * The vehicle and the periods an input states (a VDFL log's header, an export's VIN and
 * request). `vin` is empty when the input holds no valid one: the advisor then confirms the car.
 */
struct LogHeader
{
    std::int64_t position = 0; ///< where the input states them, in its own units; 0 when nowhere
    std::string vin;           ///< upper-case, 17 characters, ISO 3779; empty when none valid
    std::optional<std::string> make;
    std::optional<std::string> model;
    std::optional<int> year;
    std::optional<std::int64_t> exportedAtUtc;
    std::optional<std::string> exporter;
    std::optional<std::int64_t> declaredFromUtc;
    std::optional<std::int64_t> declaredToUtc; ///< exclusive
    /** Who holds the data an export gives (catalogue ids, "volkswagen"); empty for a log. */
    std::vector<std::string> dataHolders;
};

/**
 * What an input can tell at all. An export that names no recipients must not read as "nobody
 * received anything", and a capture that knows hosts but no kinds of data must not read as
 * "no data sent".
 */
struct LogScope
{
    bool categories = true; ///< the input says which kinds of data went
    bool recipients = true; ///< the input names who received them
    bool purposes = true;   ///< the input can give purposes and legal bases
};

/** How the items of an input were counted; for a VDFL log total == blank + 1 + accepted + rejected.
 */
struct ItemCounts
{
    PositionUnit unit = PositionUnit::Line;
    std::int64_t total = 0;
    std::int64_t blank = 0; ///< empty items (blank lines, empty deliveries)
    std::int64_t accepted = 0;
    std::int64_t rejected = 0;
    std::int64_t repeated = 0; ///< set aside as the same as one already read (a re-delivery)
};

/** One entry read inside an archive, by its fingerprint. */
struct EntryFingerprint
{
    std::string name; ///< as shown: cleaned of what could break a line
    std::string sha256Hex;
    std::int64_t bytes = 0; ///< uncompressed
};

/** Where the items came from: the format, the input as given and the entries read in it. */
struct SourceFacts
{
    std::string format;    ///< the importer's id, e.g. "vdfl"
    std::string name;      ///< the file's or folder's own name, cleaned for display
    std::string sha256Hex; ///< of the input's bytes as given (compressed or not)
    std::int64_t fileBytes = 0;
    bool gzip = false;
    LogScope scope;
    bool archive = false;                  ///< a ZIP (or ZIPs in ZIPs): entries were read from it
    bool folder = false;                   ///< a folder of files and ZIPs
    std::vector<EntryFingerprint> entries; ///< the first kMaxKeptEntries entries read
    std::int64_t entryCount = 0;           ///< every entry read
    /** The format's own counts, in its order ("deliveries", "empty_deliveries", ...). */
    std::vector<std::pair<std::string, std::int64_t>> formatCounts;
    static constexpr std::size_t kMaxKeptEntries = 1000;
};

} // namespace vitrine
