// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness of the VDFL reader: any bytes, plain or gzip, through the reader, the
// summary and the JSON report, as `vitrine-cli inspect --json` reads a file; and the same bytes
// read on two worker threads in small blocks, which must give the very same report.

#include "bytestream.h"
#include "catalogue.h"
#include "reportjson.h"
#include "summary.h"
#include "vdflimporter.h"
#include "vdflreader.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

QByteArray report(std::string_view bytes, int workers, std::size_t blockBytes)
{
    using namespace vitrine;
    MemoryStream stream(bytes);
    VdflReader reader;
    reader.setWorkers(workers);
    reader.setBlockBytes(blockBytes);
    Summary summary;
    if (!reader.read(stream, summary))
        return "refused " + QByteArray::number(static_cast<int>(reader.refusal().code)) + " at " +
               QByteArray::number(reader.refusal().position) +
               (reader.source().gzip ? " (gzip)" : "");
    summary.finish(reader.counts(), reader.source());
    return inspectionJson(summary, Catalogue::builtIn());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace vitrine;
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    // The importer itself, as readLog hands it a file's bytes: no disk, no detection.
    MemoryStream stream(bytes);
    Summary summary;
    LogRead read;
    VdflImporter().read(stream, summary, read);
    summary.onFinish(read);
    if (read.ok())
        (void)inspectionJson(summary, Catalogue::builtIn());

    // Blocks of 1 to 256 bytes, chosen by the input's last byte, so that every line end lands
    // on a block's end sooner or later.
    const std::size_t blockBytes = size == 0 ? 1 : 1 + data[size - 1];
    if (report(bytes, 0, blockBytes) != report(bytes, 2, blockBytes)) {
        std::fprintf(stderr, "vdfl_fuzzer: two threads read this input otherwise than one\n");
        std::abort();
    }
    return 0;
}
