// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness of the Volkswagen EU Data Act importer: any bytes as one dataset, and the
// same bytes as a ZIP of deliveries when they are one, through the summary and the JSON report.

#include "bytestream.h"
#include "catalogue.h"
#include "memoryzipentries.h"
#include "reportjson.h"
#include "summary.h"
#include "vwdataactimporter.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

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
