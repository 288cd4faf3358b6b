// SPDX-License-Identifier: GPL-3.0-or-later
// BMW CarData's archive (BMW, MINI) as one importer: the KeyList index with its telematic
// values and contracts, the charging history, the tyres and the learning navigation.

#pragma once

#include "importer.h"

namespace vitrine {

/**
 * Reads the archive the BMW CarData portal gives its customers: a ZIP (or the folder it was
 * unpacked into) with an index XML whose name contains `KeyList` and the JSON files it names.
 * Telematic values are mapped by `telematicKeyName`, else by their localized name, else by
 * their list's data category (FormatProfile::bmwCarData()). Tyres, learned places and routes,
 * the charging history and the contracts become ExportDetails, in counts and plain facts only:
 * no coordinate or address leaves the importer. docs/importers.md says what is read and left.
 */
class BmwCarDataImporter final : public Importer
{
public:
    std::string_view id() const override { return "bmw-cardata"; }
    QStringList filePatterns() const override;
    /** An XML document whose root is `customerArchiveContent`. */
    bool sniff(std::string_view head) const override;
    /** The index by its content, or by its name (its root may come after a long comment). */
    bool sniffEntry(std::string_view name, std::string_view head) const override;
    bool readsFolders() const override { return true; }
    /** The index: a name containing `KeyList` and ending in `.xml`. */
    bool namesArchiveEntry(std::string_view entryName) const override;
    /** The index alone: its values and contracts, without the files it names. */
    void read(ByteStream &raw, LogSink &sink, LogRead &read) const override;
    void readEntries(EntrySource &entries, LogSink &sink, LogRead &read) const override;

    /** The largest index read alone (an archive's entries are bounded by the ZIP walker). */
    static constexpr std::size_t kMaxIndexBytes = 64 * 1024 * 1024;
    /** Deeper elements than any index has (the charging profile nests text, not elements). */
    static constexpr int kMaxXmlDepth = 32;
    /** Records held back while the index, which names the car, has not come yet. */
    static constexpr std::size_t kMaxPendingRecords = 1 << 20;
};

} // namespace vitrine
