// SPDX-License-Identifier: GPL-3.0-or-later
// The car's data recipients as a customer thinks of them: a log's hosts grouped by
// organisation, and a list short enough for a screen or a sheet.

#pragma once

#include "catalogue.h"
#include "summary.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace vitrine {

/** One recipient of the car's data: a catalogue entry, or an unknown host on its own. */
struct RecipientSummary
{
    QString id;   ///< "org:ID" for a catalogue entry, else the host as normalised
    QString name; ///< legal name, or the host
    const Recipient *entry = nullptr; ///< nullptr when unknown
    QString country;                  ///< ISO code; empty when unknown
    Adequacy adequacy = Adequacy::Unknown;
    QStringList hosts; ///< the hosts (or org:IDs) grouped here, sorted
    PartyTally tally;

    bool known() const { return entry != nullptr; }
};

/**
 * Groups the summary's parties by catalogue entry, most events first (then by id). Stored
 * records ("onboard") never left the car and are not a recipient.
 */
std::vector<RecipientSummary> groupRecipients(const Summary &summary, const Catalogue &catalogue);

/** The most recipients the kiosk's cards and the sheet name one by one. */
constexpr std::size_t kMaxListedRecipients = 40;

/** The recipients named one by one, and the rest, counted together. */
struct ListedRecipients
{
    std::vector<RecipientSummary> listed; ///< the largest, most events first
    /** Those not listed: past \a max, and the parties past the summary's own cap. */
    Others rest;
};

/**
 * The largest \a max recipients (groupRecipients' order) and a count of the others, so that a
 * screen or a sheet stays short whatever the log: the kiosk and the sheet both come here.
 */
ListedRecipients listRecipients(const Summary &summary, const Catalogue &catalogue,
                                std::size_t max = kMaxListedRecipients);

} // namespace vitrine
