// SPDX-License-Identifier: GPL-3.0-or-later
// VDFL, Vitrine's own log format (docs/log-format.md), as one importer among the others.

#pragma once

#include "importer.h"

namespace vitrine {

/** Reads VDFL v1 through VdflReader: a header line, then one record per line. */
class VdflImporter final : public Importer
{
public:
    std::string_view id() const override { return "vdfl"; }
    QStringList filePatterns() const override;
    /** The first line that is not blank is a JSON object that names `vdfl`. */
    bool sniff(std::string_view head) const override;
    void read(ByteStream &raw, LogSink &sink, LogRead &read) const override;
};

} // namespace vitrine
