// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness of the Volkswagen EU Data Act importer: any bytes as one dataset, and the
// same bytes as a ZIP of deliveries when they are one, through the summary and the JSON report.

#include "bytestream.h"
#include "catalogue.h"
#include "reportjson.h"
#include "summary.h"
#include "vwdataactimporter.h"
#include "ziparchive.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

/** The entries of a ZIP held in memory, as readLog hands them to an importer. */
class MemoryZipEntries final : public vitrine::EntrySource
{
public:
    explicit MemoryZipEntries(std::string_view bytes)
        : m_bytes(bytes)
    {}
    void forEach(const std::function<bool(const vitrine::ArchiveEntry &)> &onEntry) override
    {
        vitrine::MemoryStream stream(m_bytes);
        vitrine::ArchiveLimits limits;
        limits.maxEntryBytes = 4 * 1024 * 1024;
        limits.maxTotalBytes = 16 * 1024 * 1024;
        vitrine::walkZip(stream, onEntry, limits);
    }

private:
    std::string_view m_bytes;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace vitrine;
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const VwDataActImporter importer;
    {
        MemoryStream stream(bytes);
        Summary summary;
        LogRead read;
        importer.read(stream, summary, read);
        summary.onFinish(read);
        if (read.ok())
            (void)inspectionJson(summary, Catalogue::builtIn());
    }
    if (looksLikeZip(bytes)) {
        MemoryZipEntries entries(bytes);
        Summary summary;
        LogRead read;
        read.source.archive = true;
        importer.readEntries(entries, summary, read);
        summary.onFinish(read);
        if (read.ok())
            (void)inspectionJson(summary, Catalogue::builtIn());
    }
    return 0;
}
