// SPDX-License-Identifier: GPL-3.0-or-later
// The seam between the importers and everything that reads logs: a sink the caller owns, fed
// one item at a time, and what a finished read says about its input.

#pragma once

#include "exportdetails.h"
#include "logfacts.h"
#include "problems.h"
#include "record.h"

#include <memory>

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

    /**
     * An empty sink of the same kind for one part of the input, so that an importer can read
     * parts on other threads: a part sink gets only records and rejections, in its part's order,
     * and is then given back to join() in input order. It may be called on any thread, and the
     * parts are used on other threads than this sink. Null (the default) when this sink must
     * see every item itself.
     */
    virtual std::unique_ptr<LogSink> split() { return nullptr; }
    /**
     * Takes in what \a part (made by split()) gathered, as if its items had come here one by
     * one. The part counted positions from its own start: \a positionOffset is added to them.
     * Returns false, with nothing changed, when the outcome would differ from that; the
     * importer then hands those items here itself.
     */
    virtual bool join(LogSink &part, std::int64_t positionOffset)
    {
        (void)part;
        (void)positionOffset;
        return false;
    }
};

} // namespace vitrine
