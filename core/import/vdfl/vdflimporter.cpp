// SPDX-License-Identifier: GPL-3.0-or-later
// How VDFL is recognised by its first line and read into a sink.

#include "vdflimporter.h"

#include "bytestream.h"
#include "vdflreader.h"

namespace vitrine {

QStringList VdflImporter::filePatterns() const
{
    return {QStringLiteral("*.jsonl"), QStringLiteral("*.jsonl.gz")};
}

bool VdflImporter::sniff(std::string_view head) const
{
    std::string_view line = jsonObjectStart(head);
    line = line.substr(0, line.find('\n'));
    return line.find("\"vdfl\"") != std::string_view::npos;
}

void VdflImporter::read(ByteStream &raw, LogSink &sink, LogRead &read) const
{
    VdflReader reader;
    reader.read(raw, sink);
    read.refusal = reader.refusal();
    read.counts = reader.counts();
    read.source.format = reader.source().format;
    read.source.gzip = reader.source().gzip;
}

} // namespace vitrine
