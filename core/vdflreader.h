// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a car's VDFL data log in constant memory: a file that is not one is refused, bad lines
// are rejected one by one, and bad input never makes it throw.

#pragma once

#include "record.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vitrine {

/**
 * Why a record line was rejected. The English text of each reason (rejectionText) is what the
 * machine-readable report prints; people get it translated (rejectionMessage).
 */
enum class Rejection : std::uint8_t {
    NotJsonObject,
    InvalidUtf8,
    LineTooLong,
    TimeMissing,
    TimeInvalid,
    KindMissing,
    KindUnknown,
    DataMissing,
    DataNotStringOrArray,
    DataEmpty,
    DataItemUnknown, ///< detail: the offending item (cut to 80 characters)
    ToMissing,
    ToInvalid,
    ViaInvalid,
    BytesInvalid,
    CountInvalid,
    BytesOverMaximum, ///< above kMaxRecordBytes
    CountOverMaximum, ///< above kMaxRecordCount
    ChannelUnknown,
    BasisUnknown,
    PurposeNotString,
    ConsentNotString,
};

/**
 * The contract's largest `count` and `bytes` of one record (docs/log-format.md): far above any
 * real log, and low enough that a summary's sums stay exact for millions of such records.
 */
inline constexpr std::int64_t kMaxRecordCount = 1'000'000'000'000;     // 10^12
inline constexpr std::int64_t kMaxRecordBytes = 1'000'000'000'000'000; // 10^15, 1 PB

/** One rejected line: where, and why. */
struct RejectedLine
{
    std::int64_t line = 0;
    Rejection reason = Rejection::NotJsonObject;
    std::string detail;
};

/** The English reason, as in the machine-readable report, e.g. "t is not an RFC 3339 date-time". */
std::string rejectionText(Rejection reason, const std::string &detail);

/** The reason in the current UI language (through Qt's translators). */
QString rejectionMessage(Rejection reason, const std::string &detail);

/** The header's facts (line 1 of the contract). */
struct VdflHeader
{
    std::int64_t line = 0;
    std::string vin;
    std::optional<std::string> make;
    std::optional<std::string> model;
    std::optional<int> year;
    std::optional<std::int64_t> exportedAtUtc;
    std::optional<std::string> exporter;
    std::optional<std::int64_t> declaredFromUtc;
    std::optional<std::int64_t> declaredToUtc;
};

/** Line counts; for a file with a header, total == blank + 1 + accepted + rejected. */
struct LineCounts
{
    std::int64_t total = 0;
    std::int64_t blank = 0;
    std::int64_t accepted = 0;
    std::int64_t rejected = 0;
};

/** What a finished read says about the file itself. */
struct FileFacts
{
    std::string sha256Hex; ///< of the file's bytes as given (compressed or not)
    std::int64_t fileBytes = 0;
    bool gzip = false;
};

/** Why a whole file was refused. */
enum class Refusal : std::uint8_t {
    None,
    CannotOpen,      ///< detail: the system's reason
    ReadError,       ///< detail: the system's reason
    GzipDamaged,     ///< the compressed stream is broken
    NoHeader,        ///< empty, or only blank lines
    HeaderNotObject, ///< line 1 is not a JSON object (or not UTF-8, or too long)
    NotVdfl,         ///< no `vdfl` key
    NewerVersion,    ///< detail: the version number
    BadVersion,      ///< `vdfl` is not the integer 1
    VinMissing,
    VinInvalid,         ///< detail: the value as given (cut)
    HeaderFieldInvalid, ///< detail: the field name, e.g. "vehicle.year"
    NotRegularFile,     ///< a folder, a device or a pipe given by name: no end to read to
};

/** A refusal with where it happened. */
struct RefusalInfo
{
    Refusal code = Refusal::None;
    std::int64_t line = 0; ///< 0 when not about a line
    std::string detail;
};

/** The English message of a refusal (for logs and stderr in English). */
std::string refusalText(const RefusalInfo &info);

/** The message of a refusal in the current UI language, naming the file, line and reason. */
QString refusalMessage(const RefusalInfo &info, const QString &fileName);

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
    using RejectionSink = std::function<void(const RejectedLine &)>;
    using HeaderSink = std::function<void(const VdflHeader &)>;

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

    const RefusalInfo &refusal() const { return m_refusal; }
    const LineCounts &counts() const { return m_counts; }
    const FileFacts &fileFacts() const { return m_file; }

    /** The maximum length of a line's content, line end excluded (1 MiB). */
    static constexpr std::size_t kMaxLineBytes = 1024 * 1024;

private:
    class Impl;
    std::unique_ptr<Impl> m_impl;
    HeaderSink m_header;
    RecordSink m_record;
    RejectionSink m_rejection;
    RefusalInfo m_refusal;
    LineCounts m_counts;
    FileFacts m_file;
};

} // namespace vitrine
