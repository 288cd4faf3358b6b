// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness of the ZIP walker: any bytes through libarchive, the limits, the nested
// archives and the name checks, each entry shown to every format's sniff as readLog does.

#include "bytestream.h"
#include "importer.h"
#include "ziparchive.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace vitrine;
    MemoryStream bytes(std::string_view(reinterpret_cast<const char *>(data), size));
    // Smaller than the real limits, so that a run spends its time on shapes, not on inflating.
    ArchiveLimits limits;
    limits.maxEntryBytes = 4 * 1024 * 1024;
    limits.maxTotalBytes = 16 * 1024 * 1024;
    limits.maxEntries = 1000;
    const ImporterRegistry &registry = ImporterRegistry::standard();
    walkZip(
        bytes,
        [&registry](const ArchiveEntry &entry) {
            (void)registry.detectEntry(entry.name, entry.data.substr(0, Importer::kSniffBytes));
            return true;
        },
        limits);
    return 0;
}
