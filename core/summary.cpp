#include "summary.h"

#include "rfc3339.h"

namespace vitrine {

bool Summary::read(VdflReader &reader, const QString &path)
{
    reader.onHeader([this](const VdflHeader &h) { addHeader(h); });
    reader.onRecord([this](const Record &r) { add(r); });
    reader.onRejection([this](const RejectedLine &r) { addRejection(r); });
    const bool ok = reader.readFile(path);
    finish(reader.counts(), reader.fileFacts());
    return ok;
}

std::size_t Summary::purposeIndex(std::string_view purpose)
{
    if (m_lastPurposeIndex != SIZE_MAX && purpose == m_lastPurpose)
        return m_lastPurposeIndex;
    auto it = m_purposeIndex.find(purpose);
    if (it == m_purposeIndex.end()) {
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
    const std::size_t purpose = purposeIndex(r.purpose);
    m_byPurpose[purpose].add(e, b);

    const std::int64_t day = dayOf(r.timeUtc);
    if (day != m_lastDay || !m_lastDayTally) {
        m_lastDayTally = &m_byDay[day];
        m_lastDay = day;
    }
    m_lastDayTally->total.add(e, b);
    for (int c = 0; c < kCategoryCount; ++c) {
        if (r.categories & categoryBit(static_cast<Category>(c)))
            m_lastDayTally->eventsByCategory[static_cast<std::size_t>(c)] += e;
    }

    const std::string_view party = r.kind == Kind::Stored ? std::string_view("onboard") : r.to;
    if (!m_lastPartyTally || party != m_lastParty) {
        auto it = m_byParty.find(party);
        if (it == m_byParty.end()) {
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
    if (p.byPurpose.size() <= purpose)
        p.byPurpose.resize(purpose + 1);
    p.byPurpose[purpose].add(e, b);

    if (!r.via.empty()) {
        auto it = m_byVia.find(r.via);
        if (it == m_byVia.end())
            it = m_byVia.emplace(std::string(r.via), Tally{}).first;
        it->second.add(e, b);
    }
}

void Summary::addRejection(const RejectedLine &rejected)
{
    if (m_rejections.size() < kMaxKeptRejections)
        m_rejections.push_back(rejected);
}

void Summary::finish(const LineCounts &counts, const FileFacts &file)
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
