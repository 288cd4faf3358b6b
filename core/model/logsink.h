// SPDX-License-Identifier: GPL-3.0-or-later
// The seam between the importers and everything that reads logs: a sink the caller owns, fed
// one item at a time, and what a finished read says about its input.

#pragma once

#include "exportdetails.h"
#include "logfacts.h"
#include "problems.h"
#include "record.h"

namespace vitrine {

/** What reading one input gave: refused or not, how its items were counted, where it came from. */
struct LogRead
{
    RefusalInfo refusal;
    ItemCounts counts;
    SourceFacts source;
    /** Entries of an archive or folder that were not read, with why (the first kMaxKeptSkipped). */
    std::vector<SkippedEntry> skipped;
    std::int64_t skippedCount = 0;
    /** What a carmaker's export tells beyond counts (tyres, learned places, services). */
    ExportDetails details;
    static constexpr std::size_t kMaxKeptSkipped = 1000;
    bool ok() const { return refusal.code == Refusal::None; }
};

/**
 * Receives what an importer reads, in input order: the header first (when the input states
 * one), then records and rejections, then onFinish once with the outcome, refused or not.
 * A record's string views are valid only during onRecord.
 */
class LogSink
{
public:
    virtual ~LogSink() = default;
    virtual void onHeader(const LogHeader &header) = 0;
    virtual void onRecord(const Record &record) = 0;
    virtual void onRejection(const RejectedItem &item) = 0;
    virtual void onFinish(const LogRead &read) = 0;
};

} // namespace vitrine
