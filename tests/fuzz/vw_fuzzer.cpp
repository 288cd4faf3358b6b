// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness of the Volkswagen EU Data Act importer: any bytes as one dataset, and the
// same bytes as a ZIP of deliveries when they are one, through the summary and the JSON report.

#include "fuzzsupport.h"
#include "vwdataactimporter.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace vitrine;
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const VwDataActImporter importer;
    readAlone(importer, bytes);
    if (looksLikeZip(bytes)) {
        MemoryZipEntries entries(bytes);
        readArchive(importer, entries);
    }
    return 0;
}
