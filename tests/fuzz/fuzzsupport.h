// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz harnesses of the archive formats share: a ZIP held in memory as the entries
// readLog hands an importer (with small limits), and a read through the summary and the report.

#pragma once

#include "bytestream.h"
#include "catalogue.h"
#include "importer.h"
#include "reportjson.h"
#include "summary.h"
#include "ziparchive.h"

#include <string_view>

namespace vitrine {

class MemoryZipEntries final : public EntrySource
{
public:
    explicit MemoryZipEntries(std::string_view bytes)
        : m_bytes(bytes)
    {}
    void forEach(const std::function<bool(const ArchiveEntry &)> &onEntry) override
    {
        MemoryStream stream(m_bytes);
        ArchiveLimits limits;
        limits.maxEntryBytes = 4 * 1024 * 1024;
        limits.maxTotalBytes = 16 * 1024 * 1024;
        walkZip(stream, onEntry, limits);
    }

private:
    std::string_view m_bytes;
};

/** \a bytes as one input given alone, through the summary and the JSON report. */
inline void readAlone(const Importer &importer, std::string_view bytes)
{
    MemoryStream stream(bytes);
    Summary summary;
    LogRead read;
    importer.read(stream, summary, read);
    summary.onFinish(read);
    if (read.ok())
        (void)inspectionJson(summary, Catalogue::builtIn());
}

/** The entries of an archive, through the summary and the JSON report. */
inline void readArchive(const Importer &importer, EntrySource &entries)
{
    Summary summary;
    LogRead read;
    read.source.archive = true;
    importer.readEntries(entries, summary, read);
    summary.onFinish(read);
    if (read.ok())
        (void)inspectionJson(summary, Catalogue::builtIn());
}

} // namespace vitrine
