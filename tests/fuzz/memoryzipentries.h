// SPDX-License-Identifier: GPL-3.0-or-later
// The entries of a ZIP held in memory, as readLog hands them to an importer: the fuzz harnesses
// of the archive formats read their input through it, with small limits.

#pragma once

#include "bytestream.h"
#include "importer.h"
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

} // namespace vitrine
