// SPDX-License-Identifier: GPL-3.0-or-later
// The aggregates of one log, built in a single streaming pass with bounded memory whatever the
// file, from which every screen, sheet and report is made.

#pragma once

#include "category.h"
#include "coverage.h"
#include "logsink.h"
#include "record.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace vitrine {

/**
 * a + b for counts >= 0, held at INT64_MAX instead of wrapping: the contract bounds one record
 * (kMaxCount, kMaxBytes) but not how many records a file holds.
 */
constexpr std::int64_t saturatingAdd(std::int64_t a, std::int64_t b)
{
    std::int64_t sum = 0;
    return __builtin_add_overflow(a, b, &sum) ? (b < 0 ? INT64_MIN : INT64_MAX) : sum;
}

/** Events (the sum of `count`) and bytes (the sum of `bytes`), each held at INT64_MAX. */
struct Tally
{
    std::int64_t events = 0;
    std::int64_t bytes = 0;
    void add(std::int64_t e, std::int64_t b)
    {
        events = saturatingAdd(events, e);
        bytes = saturatingAdd(bytes, b);
    }
    void add(const Tally &t) { add(t.events, t.bytes); }
};

/**
 * The most distinct keys a Summary keeps in each of its maps, so that its memory is bounded
 * whatever the log: a key first seen when its map is full is tallied with the "others".
 */
struct SummaryLimits
{
    static constexpr std::size_t kMaxHosts = 10000; ///< parties (hosts, addresses, org:IDs)
    static constexpr std::size_t kMaxPurposes = 10000;
    static constexpr std::size_t kMaxDays = 10000; ///< more than 27 years
    static constexpr std::size_t kMaxVias = 10000;
    static constexpr std::size_t kMaxDataKinds = 1000; ///< a profile's kinds, with room to spare
    /** Distinct keys beyond the caps counted exactly (all maps together); past it, a floor. */
    static constexpr std::size_t kMaxCountedOthers = std::size_t{1} << 20;
};

/** What a capped map did not keep: how many distinct keys, and their tally together. */
struct Others
{
    std::int64_t keys = 0; ///< distinct keys not kept
    bool keysExact = true; ///< false when `keys` is only a floor (kMaxCountedOthers reached)
    Tally tally;
    bool any() const { return keys > 0; }
};

/** What one party (a host, an address or org:ID) exchanged with the car. */
struct PartyTally
{
    Tally total;
    std::array<Tally, kCategoryCount> byCategory{};
    std::array<Tally, kKindCount> byKind{};
    std::int64_t firstUtc = 0;
    std::int64_t lastUtc = 0;
};

/** One day of the timeline (UTC). */
struct DayTally
{
    Tally total;
    std::array<std::int64_t, kCategoryCount> eventsByCategory{};
};

/**
 * The aggregates of one log, built in one streaming pass: by category, party, kind, channel,
 * purpose, legal basis and day, with the rejected lines (the first kMaxKeptRejections).
 * Memory grows with the number of distinct parties, purposes, days and vias, never with the
 * records, and each map is capped (SummaryLimits); what a full map does not keep is in others*().
 */
class Summary final : public LogSink
{
public:
    static constexpr std::size_t kMaxKeptRejections = 1000;

    // Fed by an importer (readLog): a summary is a sink.
    void onHeader(const LogHeader &header) override { addHeader(header); }
    void onRecord(const Record &record) override { add(record); }
    void onRejection(const RejectedItem &item) override { addRejection(item); }
    void onFinish(const LogRead &read) override
    {
        m_skipped = read.skipped;
        m_skippedCount = read.skippedCount;
        m_details = read.details;
        finish(read.counts, read.source);
    }
    std::unique_ptr<LogSink> split() override { return std::make_unique<Summary>(); }
    /** Exact while no map reaches its cap; false (nothing changed) when one would. */
    bool join(LogSink &part, std::int64_t positionOffset) override;

    void addHeader(const LogHeader &header) { m_header = header; }
    void add(const Record &record);
    void addRejection(const RejectedItem &rejected);
    void finish(const ItemCounts &counts, const SourceFacts &source);

    const LogHeader &header() const { return m_header; }
    /** The input's items as its importer counted them (lines, datasets, ...). */
    const ItemCounts &counts() const { return m_lines; }
    /** The format, the fingerprint and what the input can tell at all. */
    const SourceFacts &source() const { return m_file; }
    const std::vector<RejectedItem> &rejections() const { return m_rejections; }
    /** Entries of an archive or folder that were not read (the first LogRead::kMaxKeptSkipped). */
    const std::vector<SkippedEntry> &skippedEntries() const { return m_skipped; }
    std::int64_t skippedEntryCount() const { return m_skippedCount; }
    /** What a carmaker's export tells beyond counts: tyres, learned places, services. */
    const ExportDetails &details() const { return m_details; }

    bool hasRecords() const { return m_lines.accepted > 0; }
    std::int64_t firstUtc() const { return m_first; }
    std::int64_t lastUtc() const { return m_last; }
    /** The declared period against the observed one, worked out by finish(). */
    const PeriodCoverage &coverage() const { return m_coverage; }

    const Tally &totals() const { return m_totals; }
    const std::array<Tally, kCategoryCount> &byCategory() const { return m_byCategory; }
    const std::array<Tally, kKindCount> &byKind() const { return m_byKind; }
    const std::array<Tally, kChannelCount> &byChannel() const { return m_byChannel; }
    const std::array<Tally, kBasisCount> &byBasis() const { return m_byBasis; }
    /** Purpose tokens as given, in order of first appearance; "" stands for none given. */
    const std::vector<std::string> &purposes() const { return m_purposes; }
    const std::vector<Tally> &byPurpose() const { return m_byPurpose; }
    /** Keyed by normalised `to`; stored records under "onboard". */
    std::map<std::string, PartyTally> byParty() const;
    /** Parties that passed data on (`via` of shared records). */
    std::map<std::string, Tally> byVia() const;
    /** The format's own kinds of data (Record::dataKind), when it has any; capped. */
    const std::map<std::string, Tally, std::less<>> &byDataKind() const { return m_byDataKind; }
    /** Keyed by day number (days since 1970-01-01, UTC). */
    const std::map<std::int64_t, DayTally> &byDay() const { return m_byDay; }

    /** The parties byParty() does not hold (its cap reached); "onboard" is always kept. */
    const Others &otherParties() const { return m_otherParties; }
    /** The purposes purposes() does not hold. */
    const Others &otherPurposes() const { return m_otherPurposes; }
    /** The days byDay() does not hold. */
    const Others &otherDays() const { return m_otherDays; }
    /** The vias byVia() does not hold. */
    const Others &otherVias() const { return m_otherVias; }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    /** SIZE_MAX when the purpose is one of the others. */
    std::size_t purposeIndex(std::string_view purpose);
    /** Counts a key not kept in \a others once, however often it comes. */
    void countOther(Others &others, std::uint64_t map, std::uint64_t keyHash);

    LogHeader m_header;
    ItemCounts m_lines;
    SourceFacts m_file;
    std::vector<RejectedItem> m_rejections;
    std::vector<SkippedEntry> m_skipped;
    std::int64_t m_skippedCount = 0;
    ExportDetails m_details;
    std::int64_t m_first = 0;
    std::int64_t m_last = 0;
    PeriodCoverage m_coverage;
    Tally m_totals;
    std::array<Tally, kCategoryCount> m_byCategory{};
    std::array<Tally, kKindCount> m_byKind{};
    std::array<Tally, kChannelCount> m_byChannel{};
    std::array<Tally, kBasisCount> m_byBasis{};
    std::vector<std::string> m_purposes;
    std::vector<Tally> m_byPurpose;
    std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> m_purposeIndex;
    std::unordered_map<std::string, PartyTally, Hash, std::equal_to<>> m_byParty;
    std::unordered_map<std::string, Tally, Hash, std::equal_to<>> m_byVia;
    std::map<std::int64_t, DayTally> m_byDay;
    std::map<std::string, Tally, std::less<>> m_byDataKind;
    Others m_otherParties;
    Others m_otherPurposes;
    Others m_otherDays;
    Others m_otherVias;
    // Open addressing of the hashes of the keys not kept (0 is empty), made on first need.
    std::vector<std::uint64_t> m_otherKeys;
    std::size_t m_otherKeyCount = 0;
    // The last day and party touched: logs come in time order, so most records hit them again.
    std::int64_t m_lastDay = INT64_MIN;
    DayTally *m_lastDayTally = nullptr; ///< nullptr also when the last day is one of the others
    std::string m_lastParty;
    PartyTally *m_lastPartyTally = nullptr;
    std::string m_lastPurpose;
    std::size_t m_lastPurposeIndex = SIZE_MAX;
};

} // namespace vitrine
