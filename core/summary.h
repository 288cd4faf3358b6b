#pragma once

#include "category.h"
#include "coverage.h"
#include "record.h"
#include "vdflreader.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace vitrine {

/** Events (the sum of `count`) and bytes (the sum of `bytes`). */
struct Tally
{
    std::int64_t events = 0;
    std::int64_t bytes = 0;
    void add(std::int64_t e, std::int64_t b)
    {
        events += e;
        bytes += b;
    }
    void add(const Tally &t) { add(t.events, t.bytes); }
};

/** What one party (a host, an address or org:ID) exchanged with the car. */
struct PartyTally
{
    Tally total;
    std::array<Tally, kCategoryCount> byCategory{};
    std::array<Tally, kKindCount> byKind{};
    std::vector<Tally> byPurpose; ///< indexed like Summary::purposes()
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
 * Memory grows with the number of distinct parties, purposes and days, never with the records.
 */
class Summary
{
public:
    static constexpr std::size_t kMaxKeptRejections = 1000;

    /** Reads a whole file into a new summary; check refusal() of the reader on false. */
    bool read(VdflReader &reader, const QString &path);

    void addHeader(const VdflHeader &header) { m_header = header; }
    void add(const Record &record);
    void addRejection(const RejectedLine &rejected);
    void finish(const LineCounts &counts, const FileFacts &file);

    const VdflHeader &header() const { return m_header; }
    const LineCounts &lines() const { return m_lines; }
    const FileFacts &file() const { return m_file; }
    const std::vector<RejectedLine> &rejections() const { return m_rejections; }

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
    /** Keyed by day number (days since 1970-01-01, UTC). */
    const std::map<std::int64_t, DayTally> &byDay() const { return m_byDay; }

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::size_t purposeIndex(std::string_view purpose);

    VdflHeader m_header;
    LineCounts m_lines;
    FileFacts m_file;
    std::vector<RejectedLine> m_rejections;
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
    // The last day and party touched: logs come in time order, so most records hit them again.
    std::int64_t m_lastDay = INT64_MIN;
    DayTally *m_lastDayTally = nullptr;
    std::string m_lastParty;
    PartyTally *m_lastPartyTally = nullptr;
    std::string m_lastPurpose;
    std::size_t m_lastPurposeIndex = SIZE_MAX;
};

} // namespace vitrine
