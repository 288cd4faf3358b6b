// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness of the VDFL reader: any bytes, plain or gzip, through the reader, the
// summary and the JSON report, as `vitrine-cli inspect --json` reads a file.

#include "bytestream.h"
#include "catalogue.h"
#include "reportjson.h"
#include "summary.h"
#include "vdflimporter.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace vitrine;
    // The importer itself, as readLog hands it a file's bytes: no disk, no detection.
    MemoryStream bytes(std::string_view(reinterpret_cast<const char *>(data), size));
    Summary summary;
    LogRead read;
    VdflImporter().read(bytes, summary, read);
    summary.onFinish(read);
    if (read.ok())
        (void)inspectionJson(summary, Catalogue::builtIn());
    return 0;
}
