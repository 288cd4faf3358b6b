// SPDX-License-Identifier: GPL-3.0-or-later
// How a ZIP is walked with libarchive: read as a stream through a callback (so that the bytes
// are fingerprinted as they pass), each entry inflated into memory under the limits, nested
// ZIPs walked from memory, and every name checked before it is shown.

#include "ziparchive.h"

#include "inputtext.h"

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace vitrine {

namespace {

constexpr std::size_t kChunk = 64 * 1024;
// Below this much an entry is never taken for a bomb, whatever its ratio (a small, very
// repetitive JSON file compresses very well).
constexpr std::int64_t kRatioFloorBytes = 1024 * 1024;

struct CallbackReader
{
    ByteStream *stream = nullptr;
    std::vector<char> buffer = std::vector<char>(kChunk);
};

la_ssize_t readCallback(struct archive *a, void *client, const void **buffer)
{
    auto *reader = static_cast<CallbackReader *>(client);
    const std::int64_t n = reader->stream->read(reader->buffer.data(), reader->buffer.size());
    if (n < 0) {
        archive_set_error(a, EIO, "%s", reader->stream->error().c_str());
        return -1;
    }
    *buffer = reader->buffer.data();
    return static_cast<la_ssize_t>(n);
}

struct ArchiveDeleter
{
    void operator()(struct archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<struct archive, ArchiveDeleter>;

ArchivePtr newZipReader()
{
    ArchivePtr a(archive_read_new());
    // Streamable: local headers in order, so that a stream (and a damaged tail) can be read.
    archive_read_support_format_zip_streamable(a.get());
    return a;
}

} // namespace

std::vector<std::string> zipEntryNames(const char *path, std::size_t max)
{
    std::vector<std::string> names;
    ArchivePtr a(archive_read_new());
    // Seekable: the central directory at the end gives the names without reading the data.
    archive_read_support_format_zip_seekable(a.get());
    if (archive_read_open_filename(a.get(), path, 64 * 1024) != ARCHIVE_OK)
        return names;
    struct archive_entry *entry = nullptr;
    while (names.size() < max && archive_read_next_header(a.get(), &entry) == ARCHIVE_OK) {
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        if (const char *name = archive_entry_pathname(entry))
            names.emplace_back(name);
    }
    return names;
}

namespace {

class Walker
{
public:
    Walker(const ArchiveLimits &limits, const std::function<bool(const ArchiveEntry &)> &onEntry,
           ArchiveWalk &result)
        : m_limits(limits)
        , m_onEntry(onEntry)
        , m_result(result)
    {}

    /** Walks one opened archive; false when the whole walk must stop. */
    bool walk(struct archive *a, const std::string &prefix, int depth);

private:
    void skip(std::string name, EntryProblem problem, std::string detail = {})
    {
        ++m_result.skippedCount;
        if (m_result.skipped.size() < ArchiveWalk::kMaxKeptSkipped)
            m_result.skipped.push_back({std::move(name), problem, std::move(detail)});
    }

    const ArchiveLimits &m_limits;
    const std::function<bool(const ArchiveEntry &)> &m_onEntry;
    ArchiveWalk &m_result;
    std::int64_t m_seen = 0;
};

bool Walker::walk(struct archive *a, const std::string &prefix, int depth)
{
    for (;;) {
        struct archive_entry *entry = nullptr;
        const int rc = archive_read_next_header(a, &entry);
        if (rc == ARCHIVE_EOF)
            return true;
        if (rc < ARCHIVE_WARN) {
            const char *why = archive_error_string(a);
            skip(prefix.empty() ? std::string() : displayEntryName(prefix), EntryProblem::Damaged,
                 why ? why : "damaged");
            return true; // what came before is kept; the next archive may be whole
        }
        const char *rawName = archive_entry_pathname_utf8(entry);
        if (!rawName)
            rawName = archive_entry_pathname(entry);
        const std::string_view name = rawName ? rawName : "";
        const std::string shown = displayEntryName(prefix + std::string(name));
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue; // folders, links: nothing to read, nothing to follow

        if (++m_seen > m_limits.maxEntries) {
            skip({}, EntryProblem::TooManyEntries);
            return false;
        }
        if (isUnsafeEntryName(name)) {
            skip(shown, EntryProblem::UnsafeName);
            continue;
        }
        if (archive_entry_is_encrypted(entry)) {
            skip(shown, EntryProblem::Encrypted);
            continue;
        }
        if (archive_entry_size_is_set(entry) &&
            archive_entry_size(entry) > m_limits.maxEntryBytes) {
            skip(shown, EntryProblem::TooLarge);
            continue;
        }

        const la_int64_t compressedAtStart = archive_filter_bytes(a, -1);
        std::string data;
        if (archive_entry_size_is_set(entry))
            data.reserve(static_cast<std::size_t>(archive_entry_size(entry)));
        bool readable = true;
        char chunk[kChunk];
        for (;;) {
            const la_ssize_t n = archive_read_data(a, chunk, kChunk);
            if (n < 0) {
                const char *why = archive_error_string(a);
                skip(shown,
                     archive_entry_is_encrypted(entry) ? EntryProblem::Encrypted
                                                       : EntryProblem::Damaged,
                     why ? why : "damaged");
                readable = false;
                if (n == ARCHIVE_FATAL)
                    return true;
                break;
            }
            if (n == 0)
                break;
            data.append(chunk, static_cast<std::size_t>(n));
            const auto size = static_cast<std::int64_t>(data.size());
            if (size > m_limits.maxEntryBytes) {
                skip(shown, EntryProblem::TooLarge);
                readable = false;
                break;
            }
            const std::int64_t compressed = archive_filter_bytes(a, -1) - compressedAtStart;
            if (size > kRatioFloorBytes && size > m_limits.maxRatio * (compressed + 1)) {
                skip(shown, EntryProblem::RatioTooHigh);
                readable = false;
                break;
            }
            if (m_result.uncompressedBytes + size > m_limits.maxTotalBytes) {
                skip(shown, EntryProblem::TotalTooLarge);
                return false;
            }
        }
        if (!readable)
            continue;
        m_result.uncompressedBytes += static_cast<std::int64_t>(data.size());

        if (looksLikeZip(data)) {
            if (depth >= m_limits.maxDepth) {
                skip(shown, EntryProblem::TooDeep);
                continue;
            }
            ArchivePtr inner = newZipReader();
            if (archive_read_open_memory(inner.get(), data.data(), data.size()) != ARCHIVE_OK) {
                const char *why = archive_error_string(inner.get());
                skip(shown, EntryProblem::Damaged, why ? why : "damaged");
                continue;
            }
            if (!walk(inner.get(), prefix + std::string(name) + '/', depth + 1))
                return false;
            continue;
        }

        ++m_result.entries;
        const ArchiveEntry handed{shown, data, Sha256::of(data), depth};
        if (!m_onEntry(handed))
            return false;
    }
}

} // namespace

bool looksLikeZip(std::string_view head)
{
    return head.starts_with(std::string_view("PK\x03\x04", 4)) ||
           head.starts_with(std::string_view("PK\x05\x06", 4));
}

std::string displayEntryName(std::string_view name)
{
    std::string out;
    out.reserve(name.size());
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        out += (u < 0x20 || u == 0x7F) ? '?' : c;
    }
    return cleanInputText(out, 200);
}

bool isUnsafeEntryName(std::string_view name)
{
    if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos)
        return true;
    if (name.size() >= 2 && name[1] == ':')
        return true; // a drive letter
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F)
            return true;
    }
    std::size_t start = 0;
    while (start <= name.size()) {
        const std::size_t slash = name.find('/', start);
        const std::string_view part = name.substr(
            start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
        if (part == "..")
            return true;
        if (slash == std::string_view::npos)
            break;
        start = slash + 1;
    }
    return false;
}

ArchiveWalk walkZip(ByteStream &raw, const std::function<bool(const ArchiveEntry &)> &onEntry,
                    const ArchiveLimits &limits)
{
    ArchiveWalk result;
    CallbackReader reader;
    reader.stream = &raw;
    ArchivePtr a = newZipReader();
    if (archive_read_open2(a.get(), &reader, nullptr, readCallback, nullptr, nullptr) !=
        ARCHIVE_OK) {
        result.notAnArchive = true;
        return result;
    }
    Walker walker(limits, onEntry, result);
    walker.walk(a.get(), {}, 1);
    return result;
}

} // namespace vitrine
