// SPDX-License-Identifier: GPL-3.0-or-later
// How hosts are grouped into recipients: tallies merged per catalogue entry, sorted by events,
// and the list cut after the largest, the rest counted together.

#include "recipients.h"

#include <algorithm>
#include <map>

namespace vitrine {

namespace {
void merge(PartyTally &into, const PartyTally &from)
{
    // Every party has at least one event, so an empty tally is one not merged into yet.
    const bool fresh = into.total.events == 0;
    into.total.add(from.total);
    for (std::size_t i = 0; i < into.byCategory.size(); ++i)
        into.byCategory[i].add(from.byCategory[i]);
    for (std::size_t i = 0; i < into.byKind.size(); ++i)
        into.byKind[i].add(from.byKind[i]);
    if (fresh) {
        into.firstUtc = from.firstUtc;
        into.lastUtc = from.lastUtc;
    } else {
        into.firstUtc = std::min(into.firstUtc, from.firstUtc);
        into.lastUtc = std::max(into.lastUtc, from.lastUtc);
    }
}
} // namespace

std::vector<RecipientSummary> groupRecipients(const Summary &summary, const Catalogue &catalogue)
{
    std::map<QString, RecipientSummary> byId;
    for (const auto &[party, tally] : summary.byParty()) {
        if (party == "onboard")
            continue;
        const Recipient *entry = catalogue.match(party);
        const QString partyText = QString::fromStdString(party);
        const QString id = entry ? QStringLiteral("org:") + entry->id : partyText;
        auto it = byId.find(id);
        if (it == byId.end()) {
            RecipientSummary r;
            r.id = id;
            r.entry = entry;
            r.name = entry ? entry->name : partyText;
            r.country = entry ? entry->country : QString();
            r.adequacy = entry ? catalogue.adequacyFor(*entry) : Adequacy::Unknown;
            it = byId.emplace(id, std::move(r)).first;
        }
        it->second.hosts << partyText;
        merge(it->second.tally, tally);
    }
    std::vector<RecipientSummary> out;
    out.reserve(byId.size());
    for (auto &[id, r] : byId)
        out.push_back(std::move(r));
    std::stable_sort(out.begin(), out.end(),
                     [](const RecipientSummary &a, const RecipientSummary &b) {
                         return a.tally.total.events > b.tally.total.events;
                     });
    return out;
}

ListedRecipients listRecipients(const Summary &summary, const Catalogue &catalogue, std::size_t max)
{
    ListedRecipients out;
    out.listed = groupRecipients(summary, catalogue);
    out.rest = summary.otherParties();
    for (std::size_t i = max; i < out.listed.size(); ++i) {
        ++out.rest.keys;
        out.rest.tally.add(out.listed[i].tally.total);
    }
    if (out.listed.size() > max)
        out.listed.resize(max);
    return out;
}

} // namespace vitrine
