// SPDX-License-Identifier: GPL-3.0-or-later
// Reading ZIP archives the way exports arrive (ZIPs, folders of ZIPs, ZIPs of ZIPs) with
// libarchive, entry by entry in memory, never onto the disk, within limits that a zip bomb or a
// hostile name cannot get past.

#pragma once

#include "bytestream.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

/** How far an archive is followed; past a limit the rest is reported, never read. */
struct ArchiveLimits
{
    int maxDepth = 3;                                      ///< ZIPs inside ZIPs, the outer one is 1
    std::int64_t maxEntries = 100'000;                     ///< entries of all levels together
    std::int64_t maxEntryBytes = 64LL * 1024 * 1024;       ///< one entry, uncompressed
    std::int64_t maxTotalBytes = 4LL * 1024 * 1024 * 1024; ///< all entries, uncompressed
    /** Uncompressed bytes may exceed this many times the compressed ones (plus 1 MiB). */
    std::int64_t maxRatio = 200;
};

/** One file read from an archive (or a folder), whole, in memory. */
struct ArchiveEntry
{
    std::string name;      ///< the path inside the archive(s), cleaned for display ("a.zip/b.json")
    std::string_view data; ///< valid during the callback only
    std::string sha256Hex; ///< of data
    int depth = 1;         ///< 1 inside the outer archive, 2 inside a ZIP in it, ...
};

/** What walking an archive met. */
struct ArchiveWalk
{
    std::int64_t entries = 0; ///< files handed on
    std::int64_t uncompressedBytes = 0;
    std::vector<SkippedEntry> skipped; ///< the first kMaxKeptSkipped
    std::int64_t skippedCount = 0;
    bool notAnArchive = false; ///< the outer bytes are not a ZIP at all
    static constexpr std::size_t kMaxKeptSkipped = 1000;
};

/** True when \a head starts like a ZIP archive (a local file header or an empty archive). */
bool looksLikeZip(std::string_view head);

/**
 * Walks the ZIP archive in \a raw (read once, as a stream), handing on each file entry in
 * archive order; an entry that is itself a ZIP is walked in turn (up to maxDepth). Folders are
 * skipped silently; unsafe names, encrypted entries, oversized entries and damage are reported
 * in the result and the walk goes on where it can. \a onEntry returns false to stop early.
 */
ArchiveWalk walkZip(ByteStream &raw, const std::function<bool(const ArchiveEntry &)> &onEntry,
                    const ArchiveLimits &limits = {});

/**
 * The names of the first \a max file entries of the ZIP at \a path, from its central
 * directory: nothing is unpacked (for the USB finder, to say what an archive is). Empty when it
 * is no readable ZIP.
 */
std::vector<std::string> zipEntryNames(const char *path, std::size_t max);

/** A name from an archive or a folder as it may be shown: controls replaced by `?`, cut. */
std::string displayEntryName(std::string_view name);

/** True for a name that must never be used as a path: `..`, absolute, controls, backslashes. */
bool isUnsafeEntryName(std::string_view name);

} // namespace vitrine
