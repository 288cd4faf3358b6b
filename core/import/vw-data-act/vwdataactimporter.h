// SPDX-License-Identifier: GPL-3.0-or-later
// The Volkswagen group's EU Data Act export (VW, Audi, Škoda, SEAT, CUPRA) as one importer:
// datasets of keyed items, alone, in ZIPs, in ZIPs of ZIPs or in a folder of deliveries.

#pragma once

#include "importer.h"

namespace vitrine {

/**
 * Reads the group's datasets (`{"vin", "user_id", "Data": [{key, dataFieldName, value,
 * timestampUtc?}]}`), mapping each item by its key through the profile
 * (FormatProfile::vwDataAct()). Empty deliveries are counted, repeated datasets read once,
 * deliveries of two cars refused. docs/importers.md says what is read and what is left.
 */
class VwDataActImporter final : public Importer
{
public:
    std::string_view id() const override { return "vw-data-act"; }
    QStringList filePatterns() const override;
    /** A JSON object with a `Data` array of keyed items. */
    bool sniff(std::string_view head) const override;
    /** A dataset, or an empty delivery (`…_no_content_found.zip`). */
    bool sniffEntry(std::string_view name, std::string_view head) const override;
    bool readsFolders() const override { return true; }
    /** A delivery's name: `<timestamp>_<VIN>.zip`, or `…_no_content_found.zip`. */
    bool isFolderMember(const QString &fileName) const override;
    /** `<epoch milliseconds or seconds>_<VIN>.zip`: when the portal made the delivery. */
    std::optional<qint64> memberTimeUtc(const QString &fileName) const override;
    void read(ByteStream &raw, LogSink &sink, LogRead &read) const override;
    void readEntries(EntrySource &entries, LogSink &sink, LogRead &read) const override;

    /** The largest dataset read (a delivery holds at most 30 files of a few MiB). */
    static constexpr std::size_t kMaxDatasetBytes = 64 * 1024 * 1024;
};

} // namespace vitrine
