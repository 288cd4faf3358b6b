// SPDX-License-Identifier: GPL-3.0-or-later
// How records are tallied: sums that saturate instead of wrapping, the last day and party kept
// at hand, and keys past each map's cap counted as "others" by their hashes.

#include "summary.h"

#include "rfc3339.h"

namespace vitrine {

namespace {
constexpr std::uint64_t kPartyMap = 1, kPurposeMap = 2, kDayMap = 3, kViaMap = 4;

std::uint64_t hashOf(std::string_view key)
{
    return std::hash<std::string_view>{}(key);
}

// A final mix (splitmix64), so that map and key hashes combine into well-spread slots.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
} // namespace

void Summary::countOther(Others &others, std::uint64_t map, std::uint64_t keyHash)
{
    if (m_otherKeys.empty())
        m_otherKeys.assign(SummaryLimits::kMaxCountedOthers * 2, 0);
    std::uint64_t h = mix(keyHash ^ mix(map));
    if (h == 0)
        h = 1;
    const std::size_t mask = m_otherKeys.size() - 1;
    for (std::size_t slot = static_cast<std::size_t>(h) & mask;; slot = (slot + 1) & mask) {
        if (m_otherKeys[slot] == h)
            return;
        if (m_otherKeys[slot] == 0) {
            // Full at half the slots, so that a probe stays short; past it the count is a floor.
            if (m_otherKeyCount >= SummaryLimits::kMaxCountedOthers) {
                others.keysExact = false;
                return;
            }
            m_otherKeys[slot] = h;
            ++m_otherKeyCount;
            ++others.keys;
            return;
        }
    }
}

std::size_t Summary::purposeIndex(std::string_view purpose)
{
    if (m_lastPurposeIndex != SIZE_MAX && purpose == m_lastPurpose)
        return m_lastPurposeIndex;
    auto it = m_purposeIndex.find(purpose);
    if (it == m_purposeIndex.end()) {
        if (m_purposes.size() >= SummaryLimits::kMaxPurposes) {
            countOther(m_otherPurposes, kPurposeMap, hashOf(purpose));
            return SIZE_MAX;
        }
        it = m_purposeIndex.emplace(std::string(purpose), m_purposes.size()).first;
        m_purposes.emplace_back(purpose);
        m_byPurpose.emplace_back();
    }
    m_lastPurpose.assign(purpose);
    m_lastPurposeIndex = it->second;
    return it->second;
}

void Summary::add(const Record &r)
{
    const std::int64_t e = r.count;
    const std::int64_t b = r.bytes;
    if (m_lines.accepted == 0) {
        m_first = m_last = r.timeUtc;
    } else {
        m_first = std::min(m_first, r.timeUtc);
        m_last = std::max(m_last, r.timeUtc);
    }
    ++m_lines.accepted; // provisional; finish() takes the reader's counts
    m_totals.add(e, b);
    for (int c = 0; c < kCategoryCount; ++c) {
        if (r.categories & categoryBit(static_cast<Category>(c)))
            m_byCategory[static_cast<std::size_t>(c)].add(e, b);
    }
    m_byKind[static_cast<std::size_t>(r.kind)].add(e, b);
    m_byChannel[static_cast<std::size_t>(r.channel)].add(e, b);
    m_byBasis[static_cast<std::size_t>(r.basis)].add(e, b);
    if (!r.dataKind.empty()) {
        auto it = m_byDataKind.find(r.dataKind);
        if (it == m_byDataKind.end() && m_byDataKind.size() < SummaryLimits::kMaxDataKinds)
            it = m_byDataKind.emplace(std::string(r.dataKind), Tally{}).first;
        if (it != m_byDataKind.end())
            it->second.add(e, b);
    }
    const std::size_t purpose = purposeIndex(r.purpose);
    if (purpose == SIZE_MAX)
        m_otherPurposes.tally.add(e, b);
    else
        m_byPurpose[purpose].add(e, b);

    const std::int64_t day = dayOf(r.timeUtc);
    if (day != m_lastDay || !m_lastDayTally) {
        m_lastDay = day;
        m_lastDayTally = nullptr;
        auto it = m_byDay.find(day);
        if (it != m_byDay.end())
            m_lastDayTally = &it->second;
        else if (m_byDay.size() < SummaryLimits::kMaxDays)
            m_lastDayTally = &m_byDay[day];
    }
    if (m_lastDayTally) {
        m_lastDayTally->total.add(e, b);
        for (int c = 0; c < kCategoryCount; ++c) {
            std::int64_t &events = m_lastDayTally->eventsByCategory[static_cast<std::size_t>(c)];
            if (r.categories & categoryBit(static_cast<Category>(c)))
                events = saturatingAdd(events, e);
        }
    } else {
        countOther(m_otherDays, kDayMap, static_cast<std::uint64_t>(day));
        m_otherDays.tally.add(e, b);
    }

    if (!r.via.empty()) {
        auto it = m_byVia.find(r.via);
        if (it == m_byVia.end() && m_byVia.size() < SummaryLimits::kMaxVias)
            it = m_byVia.emplace(std::string(r.via), Tally{}).first;
        if (it != m_byVia.end()) {
            it->second.add(e, b);
        } else {
            countOther(m_otherVias, kViaMap, hashOf(r.via));
            m_otherVias.tally.add(e, b);
        }
    }

    const std::string_view party = r.kind == Kind::Stored ? std::string_view("onboard") : r.to;
    if (!m_lastPartyTally || party != m_lastParty) {
        auto it = m_byParty.find(party);
        if (it == m_byParty.end()) {
            // "onboard" is not a host and always kept, so the stored records always show as such.
            const std::size_t hosts = m_byParty.size() - (m_byParty.contains("onboard") ? 1 : 0);
            if (party != "onboard" && hosts >= SummaryLimits::kMaxHosts) {
                m_lastPartyTally = nullptr;
                countOther(m_otherParties, kPartyMap, hashOf(party));
                m_otherParties.tally.add(e, b);
                return;
            }
            it = m_byParty.emplace(std::string(party), PartyTally{}).first;
            it->second.firstUtc = it->second.lastUtc = r.timeUtc;
        }
        m_lastPartyTally = &it->second;
        m_lastParty.assign(party);
    }
    PartyTally &p = *m_lastPartyTally;
    p.total.add(e, b);
    p.firstUtc = std::min(p.firstUtc, r.timeUtc);
    p.lastUtc = std::max(p.lastUtc, r.timeUtc);
    for (int c = 0; c < kCategoryCount; ++c) {
        if (r.categories & categoryBit(static_cast<Category>(c)))
            p.byCategory[static_cast<std::size_t>(c)].add(e, b);
    }
    p.byKind[static_cast<std::size_t>(r.kind)].add(e, b);
}

bool Summary::join(LogSink &sink, std::int64_t positionOffset)
{
    auto *part = dynamic_cast<Summary *>(&sink);
    if (!part)
        return false;
    const Summary &p = *part;
    // A capped map keeps the keys seen first, in input order, which the maps of two parts no
    // longer tell: once a cap is near, the caller reads the part here instead.
    auto anyOthers = [](const Summary &s) {
        return s.m_otherParties.any() || s.m_otherPurposes.any() || s.m_otherDays.any() ||
               s.m_otherVias.any();
    };
    if (anyOthers(*this) || anyOthers(p))
        return false;
    auto newKeys = [](const auto &mine, const auto &theirs) {
        std::size_t n = 0;
        for (const auto &entry : theirs)
            n += mine.contains(entry.first) ? 0U : 1U;
        return n;
    };
    const bool onboard = m_byParty.contains("onboard") || p.m_byParty.contains("onboard");
    if (m_byParty.size() + newKeys(m_byParty, p.m_byParty) - (onboard ? 1 : 0) >
            SummaryLimits::kMaxHosts ||
        m_purposes.size() + newKeys(m_purposeIndex, p.m_purposeIndex) >
            SummaryLimits::kMaxPurposes ||
        m_byDay.size() + newKeys(m_byDay, p.m_byDay) > SummaryLimits::kMaxDays ||
        m_byVia.size() + newKeys(m_byVia, p.m_byVia) > SummaryLimits::kMaxVias ||
        m_byDataKind.size() + newKeys(m_byDataKind, p.m_byDataKind) > SummaryLimits::kMaxDataKinds)
        return false;

    if (p.m_lines.accepted > 0) {
        m_first = m_lines.accepted == 0 ? p.m_first : std::min(m_first, p.m_first);
        m_last = m_lines.accepted == 0 ? p.m_last : std::max(m_last, p.m_last);
        m_lines.accepted += p.m_lines.accepted;
    }
    // Every sum is of counts >= 0, so saturating part sums and then their sum is exact.
    m_totals.add(p.m_totals);
    for (std::size_t c = 0; c < m_byCategory.size(); ++c)
        m_byCategory[c].add(p.m_byCategory[c]);
    for (std::size_t k = 0; k < m_byKind.size(); ++k)
        m_byKind[k].add(p.m_byKind[k]);
    for (std::size_t c = 0; c < m_byChannel.size(); ++c)
        m_byChannel[c].add(p.m_byChannel[c]);
    for (std::size_t b = 0; b < m_byBasis.size(); ++b)
        m_byBasis[b].add(p.m_byBasis[b]);
    for (const auto &[kind, tally] : p.m_byDataKind)
        m_byDataKind[kind].add(tally);
    // The part's purposes in their order of first appearance, after this one's.
    for (std::size_t i = 0; i < p.m_purposes.size(); ++i) {
        auto it = m_purposeIndex.find(p.m_purposes[i]);
        if (it == m_purposeIndex.end()) {
            it = m_purposeIndex.emplace(p.m_purposes[i], m_purposes.size()).first;
            m_purposes.push_back(p.m_purposes[i]);
            m_byPurpose.emplace_back();
        }
        m_byPurpose[it->second].add(p.m_byPurpose[i]);
    }
    for (const auto &[day, tally] : p.m_byDay) {
        DayTally &mine = m_byDay[day];
        mine.total.add(tally.total);
        for (std::size_t c = 0; c < mine.eventsByCategory.size(); ++c)
            mine.eventsByCategory[c] =
                saturatingAdd(mine.eventsByCategory[c], tally.eventsByCategory[c]);
    }
    for (const auto &[via, tally] : p.m_byVia)
        m_byVia[via].add(tally);
    for (const auto &[party, tally] : p.m_byParty) {
        auto [it, added] = m_byParty.try_emplace(party, tally);
        if (added)
            continue;
        PartyTally &mine = it->second;
        mine.total.add(tally.total);
        for (std::size_t c = 0; c < mine.byCategory.size(); ++c)
            mine.byCategory[c].add(tally.byCategory[c]);
        for (std::size_t k = 0; k < mine.byKind.size(); ++k)
            mine.byKind[k].add(tally.byKind[k]);
        mine.firstUtc = std::min(mine.firstUtc, tally.firstUtc);
        mine.lastUtc = std::max(mine.lastUtc, tally.lastUtc);
    }
    for (const RejectedItem &rejected : p.m_rejections) {
        if (m_rejections.size() >= kMaxKeptRejections)
            break;
        RejectedItem moved = rejected;
        moved.position += positionOffset;
        addRejection(moved);
    }
    m_lastDayTally = nullptr;
    m_lastPartyTally = nullptr;
    m_lastPurposeIndex = SIZE_MAX;
    return true;
}

void Summary::addRejection(const RejectedItem &rejected)
{
    if (m_rejections.size() < kMaxKeptRejections)
        m_rejections.push_back(rejected);
}

void Summary::finish(const ItemCounts &counts, const SourceFacts &file)
{
    m_lines = counts;
    m_file = file;
    m_coverage = hasRecords() ? periodCoverage(m_header, m_first, m_last)
                              : periodCoverage(m_header, std::nullopt, std::nullopt);
}

std::map<std::string, PartyTally> Summary::byParty() const
{
    return {m_byParty.begin(), m_byParty.end()};
}

std::map<std::string, Tally> Summary::byVia() const
{
    return {m_byVia.begin(), m_byVia.end()};
}

} // namespace vitrine
