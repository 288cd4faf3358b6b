// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a car's VDFL data log in constant memory: a file that is not one is refused, bad lines
// are rejected one by one, and bad input never makes it throw.

#pragma once

#include "logfacts.h"
#include "problems.h"
#include "record.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vitrine {

class ByteStream;
class LogSink;

/**
 * The contract's largest `count` and `bytes` of one record (docs/log-format.md): far above any
 * real log, and low enough that a summary's sums stay exact for millions of such records.
 */
inline constexpr std::int64_t kMaxRecordCount = 1'000'000'000'000;     // 10^12
inline constexpr std::int64_t kMaxRecordBytes = 1'000'000'000'000'000; // 10^15, 1 PB

/**
 * Streaming reader of VDFL v1 (docs/log-format.md): constant memory whatever the file's length,
 * gzip detected from the content, BOM / CRLF / blank lines handled. Accepted records go to the
 * record callback in file order; rejected lines to the rejection callback. Reading never
 * throws on bad input.
 */
class VdflReader
{
public:
    using RecordSink = std::function<void(const Record &)>;
    using RejectionSink = std::function<void(const RejectedItem &)>;
    using HeaderSink = std::function<void(const LogHeader &)>;

    VdflReader();
    ~VdflReader();
    VdflReader(const VdflReader &) = delete;
    VdflReader &operator=(const VdflReader &) = delete;

    void onHeader(HeaderSink sink) { m_header = std::move(sink); }
    void onRecord(RecordSink sink) { m_record = std::move(sink); }
    void onRejection(RejectionSink sink) { m_rejection = std::move(sink); }

    /** Reads a whole file. Returns false when the file is refused (see refusal()). */
    bool readFile(const QString &path);

    /** Reads from an open POSIX file descriptor (standard input, a pipe). */
    bool readFd(int fd);

    /**
     * Reads a raw stream (gzip inflated by content). The fingerprint is the caller's: source()
     * holds only the format and whether it was gzip.
     */
    bool read(ByteStream &raw);

    /**
     * Reads a raw stream into \a sink (the callbacks above are set to it). When the sink can be
     * split (LogSink::split()), records are parsed on worker threads, in blocks of lines, while
     * this thread reads, inflates and fingerprints; the sink ends up as from a single thread.
     */
    bool read(ByteStream &raw, LogSink &sink);
    /** About how many bytes of lines a worker takes at once (tests use a line or two). */
    void setBlockBytes(std::size_t bytes) { m_blockBytes = bytes == 0 ? 1 : bytes; }
    /** Worker threads for read(raw, sink): 0 parses on the calling thread; -1, by the cores. */
    void setWorkers(int workers) { m_workers = workers; }

    const RefusalInfo &refusal() const { return m_refusal; }
    const ItemCounts &counts() const { return m_counts; }
    /** The format, gzip or not, and (readFile, readFd) the fingerprint of the bytes as given. */
    const SourceFacts &source() const { return m_file; }

    /** The maximum length of a line's content, line end excluded (1 MiB). */
    static constexpr std::size_t kMaxLineBytes = 1024 * 1024;

private:
    /** read(raw, sink) on \a workers threads; the callbacks are set. */
    bool readInBlocks(ByteStream &raw, LogSink &sink, int workers);
    /** Forgets the last reading: a fresh parser, no counts, no refusal. */
    void restart();

    class Impl;
    std::unique_ptr<Impl> m_impl;
    HeaderSink m_header;
    RecordSink m_record;
    RejectionSink m_rejection;
    RefusalInfo m_refusal;
    ItemCounts m_counts;
    SourceFacts m_file;
    std::size_t m_blockBytes = 1024 * 1024;
    int m_workers = -1;
};

} // namespace vitrine
