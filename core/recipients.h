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

} // namespace vitrine
