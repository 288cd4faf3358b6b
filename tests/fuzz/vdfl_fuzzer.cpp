// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness of the VDFL reader: any bytes, plain or gzip, through the reader, the
// summary and the JSON report, as `vitrine-cli inspect --json` reads a file.

#include "catalogue.h"
#include "reportjson.h"
#include "summary.h"
#include "vdflreader.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <sys/mman.h>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A file the reader opens by name, without touching the disk.
    const int fd = memfd_create("vdfl-fuzz", MFD_CLOEXEC);
    if (fd < 0)
        return 0;
    std::size_t written = 0;
    while (written < size) {
        const ssize_t n = ::write(fd, data + written, size - written);
        if (n <= 0)
            break;
        written += static_cast<std::size_t>(n);
    }
    if (written == size) {
        vitrine::VdflReader reader;
        vitrine::Summary summary;
        if (summary.read(reader, QStringLiteral("/proc/self/fd/%1").arg(fd)))
            (void)vitrine::inspectionJson(summary, vitrine::Catalogue::builtIn());
    }
    ::close(fd);
    return 0;
}
