// SPDX-License-Identifier: GPL-3.0-or-later
// Why an input was refused or one of its items rejected: stable codes with an English detail,
// the same for every format; their translated texts are in text/importmessages.

#pragma once

#include "logfacts.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace vitrine {

/**
 * Why one item (a VDFL line, a dataset, an entry) was rejected. The English text of each reason
 * (rejectionText) is what the machine-readable report prints; people get it translated
 * (rejectionMessage).
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
    DatasetNotJson, ///< detail: the entry's name
    DatasetNoData,  ///< detail: the entry's name; a JSON object without its `Data` list
    XmlDoctype,     ///< detail: the entry's name; a DTD (and its entities) is never read
    XmlBroken,      ///< detail: the entry's name, a tab, the line; what came before is kept
    XmlTooDeep,     ///< detail: the entry's name; elements nested deeper than any index needs
    FileNotJson,    ///< detail: the entry's name; a JSON file of an archive that is not JSON
};

/** One rejected item: where (in the format's own units), and why. */
struct RejectedItem
{
    std::int64_t position = 0;
    Rejection reason = Rejection::NotJsonObject;
    std::string detail;
};

/** The English reason, as in the machine-readable report, e.g. "t is not an RFC 3339 date-time". */
std::string rejectionText(Rejection reason, const std::string &detail);

/** Why a whole input was refused (the first codes hold for every format, the rest for VDFL). */
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
    UnknownFormat,      ///< no importer recognises the content or the name
    SeveralLogs,        ///< an archive or folder holds more than one log of a one-file format
    SeveralVehicles,    ///< detail: the two VINs; deliveries of two cars are two reviews
    TooLarge,           ///< larger than the format's largest input
};

/** A refusal with where it happened. */
struct RefusalInfo
{
    Refusal code = Refusal::None;
    std::int64_t position = 0; ///< in the format's own units; 0 when not about one item
    std::string detail;
    PositionUnit unit = PositionUnit::Line;
};

/** The English message of a refusal (for logs and stderr in English). */
std::string refusalText(const RefusalInfo &info);

/** Why an entry (or the rest of an archive) was not read. */
enum class EntryProblem : std::uint8_t {
    UnsafeName,     ///< `..`, an absolute path or control characters: listed, never used
    Encrypted,      ///< needs a password
    TooLarge,       ///< over maxEntryBytes uncompressed
    RatioTooHigh,   ///< expands far more than data does (a zip bomb)
    TooManyEntries, ///< maxEntries reached: the rest is not read
    TooDeep,        ///< an archive nested deeper than maxDepth
    TotalTooLarge,  ///< maxTotalBytes reached: the rest is not read
    Damaged,        ///< the archive breaks here: what came before is kept
};

/** The English text of an entry problem, for the machine-readable report. */
std::string_view entryProblemText(EntryProblem problem);

/** An entry not read, with why. */
struct SkippedEntry
{
    std::string name; ///< cleaned for display; empty when the problem is about the rest
    EntryProblem problem = EntryProblem::Damaged;
    std::string detail; ///< libarchive's own words for damage
};

} // namespace vitrine
