// SPDX-License-Identifier: GPL-3.0-or-later
// How an input is opened safely (no blocking on a pipe, no end-less device), its head kept to
// recognise the format, and every byte hashed on the way to the importer.

#include "readlog.h"

#include "bytestream.h"
#include "inputtext.h"
#include "ziparchive.h"

#include <QDir>
#include <QDirIterator>

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <mutex>
#include <optional>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace vitrine {

namespace {

LogRead finish(LogSink &sink, LogRead read)
{
    sink.onFinish(read);
    return read;
}

LogRead refused(LogSink &sink, Refusal code, std::string detail = {})
{
    LogRead read;
    read.refusal = {code, 0, std::move(detail)};
    return finish(sink, std::move(read));
}

/** Keeps the fingerprints and the problems of the entries handed on, within their caps. */
class EntryLedger
{
public:
    explicit EntryLedger(LogRead &read)
        : m_read(read)
    {}
    /** A file of a folder as given: its line in the folder's fingerprint, as sha256sum writes it.
     */
    void file(const std::string &name, const std::string &sha256Hex, std::int64_t bytes)
    {
        m_folder.update(sha256Hex);
        m_folder.update("  ");
        m_folder.update(name);
        m_folder.update("\n");
        m_folderBytes += bytes;
    }
    /** The folder's fingerprint: SHA-256 of its files' sha256sum lines, in name order. */
    std::string folderSha256Hex() { return m_folder.hex(); }
    std::int64_t folderBytes() const { return m_folderBytes; }

    void entry(std::string name, std::string sha256Hex, std::int64_t bytes)
    {
        ++m_read.source.entryCount;
        if (m_read.source.entries.size() < SourceFacts::kMaxKeptEntries)
            m_read.source.entries.push_back({std::move(name), std::move(sha256Hex), bytes});
    }
    void skipped(const ArchiveWalk &walk, const std::string &prefix)
    {
        m_read.skippedCount += walk.skippedCount;
        for (const SkippedEntry &s : walk.skipped) {
            if (m_read.skipped.size() >= LogRead::kMaxKeptSkipped)
                break;
            SkippedEntry named = s;
            if (!prefix.empty())
                named.name = s.name.empty() ? prefix : prefix + '/' + s.name;
            m_read.skipped.push_back(std::move(named));
        }
    }
    void skipped(SkippedEntry s)
    {
        ++m_read.skippedCount;
        if (m_read.skipped.size() < LogRead::kMaxKeptSkipped)
            m_read.skipped.push_back(std::move(s));
    }

private:
    LogRead &m_read;
    Sha256 m_folder;
    std::int64_t m_folderBytes = 0;
};

/**
 * Walks the ZIP in \a raw, handing on its entries named below \a prefix (an archive's own name
 * in a folder; empty for the ZIP given), with each entry and what was skipped kept in \a ledger
 * (null for a detection pass, which records nothing).
 */
ArchiveWalk walkZipInto(ByteStream &raw, const std::string &prefix, EntryLedger *ledger,
                        const std::function<bool(const ArchiveEntry &)> &onEntry)
{
    const ArchiveWalk walk = walkZip(raw, [&](const ArchiveEntry &entry) {
        ArchiveEntry named = entry;
        if (!prefix.empty())
            named.name = prefix + '/' + entry.name;
        if (ledger)
            ledger->entry(named.name, entry.sha256Hex,
                          static_cast<std::int64_t>(entry.data.size()));
        return onEntry(named);
    });
    if (ledger)
        ledger->skipped(walk, prefix);
    return walk;
}

/** A ZIP file's entries (and those of the ZIPs in it), the file hashed as it is read. */
class ZipFileEntries final : public EntrySource
{
public:
    ZipFileEntries(int fd, LogRead *read)
        : m_fd(fd)
        , m_read(read)
    {}
    void forEach(const std::function<bool(const ArchiveEntry &)> &onEntry) override
    {
        ::lseek(m_fd, 0, SEEK_SET);
        FdStream file(m_fd);
        HashingStream hashed(file);
        std::optional<EntryLedger> ledger;
        if (m_read)
            ledger.emplace(*m_read);
        walkZipInto(hashed, {}, ledger ? &*ledger : nullptr, onEntry);
        if (!m_read)
            return;
        if (hashed.drain()) {
            m_read->source.fileBytes = hashed.bytes();
            m_read->source.sha256Hex = hashed.sha256Hex();
        }
    }

private:
    int m_fd;
    LogRead *m_read; ///< null for the detection pass, which records nothing
};

/**
 * A folder's files in name order (hidden ones and links left out, two levels deep at most),
 * each ZIP walked, each other file one entry, within the archive limits.
 */
class FolderEntries final : public EntrySource
{
public:
    FolderEntries(QString path, LogRead *read)
        : m_path(std::move(path))
        , m_read(read)
    {}
    void forEach(const std::function<bool(const ArchiveEntry &)> &onEntry) override;

private:
    /** The walk itself, on the reading thread; \a ledger is null for the detection pass. */
    void walkFiles(const std::function<bool(const ArchiveEntry &)> &onEntry, EntryLedger *ledger);

    QString m_path;
    LogRead *m_read;
};

void FolderEntries::walkFiles(const std::function<bool(const ArchiveEntry &)> &onEntry,
                              EntryLedger *ledger)
{
    const ArchiveLimits limits;
    QStringList files;
    // From the absolute path, so that "." or "stick/../vw" name the files the same way.
    const QString absolute = QDir(m_path).absolutePath();
    const QString root = absolute + u'/';
    QDirIterator it(absolute, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = file.mid(root.size());
        if (relative.count(u'/') > 1 || relative.startsWith(u'.') || relative.contains(u"/."))
            continue;
        if (files.size() >= limits.maxEntries) {
            if (ledger)
                ledger->skipped({{}, EntryProblem::TooManyEntries, {}});
            break;
        }
        files.push_back(relative);
    }
    files.sort();
    for (const QString &relative : files) {
        const std::string shown = displayEntryName(relative.toStdString());
        std::string error;
        const int fd = openForReading(root + relative, error);
        if (fd < 0 || !isRegularFile(fd)) {
            if (fd >= 0)
                ::close(fd);
            if (ledger)
                ledger->skipped({shown, EntryProblem::Damaged, error});
            continue;
        }
        FdStream file(fd);
        HashingStream hashed(file);
        std::string head;
        bool go = true;
        if (!readHead(hashed, 4, head)) {
            if (ledger)
                ledger->skipped({shown, EntryProblem::Damaged, hashed.error()});
        } else if (looksLikeZip(head)) {
            ReplayStream replay(head, hashed);
            walkZipInto(replay, shown, ledger, [&](const ArchiveEntry &entry) {
                go = onEntry(entry);
                return go;
            });
            if (ledger) {
                if (hashed.drain()) {
                    const std::string sha = hashed.sha256Hex();
                    ledger->file(shown, sha, hashed.bytes());
                    ledger->entry(shown, sha, hashed.bytes());
                }
            }
        } else {
            // A file beside the ZIPs (a dataset, an empty delivery): one entry, whole.
            std::string data = head;
            std::string rest;
            if (!readHead(hashed, static_cast<std::size_t>(limits.maxEntryBytes) + 1, rest)) {
                if (ledger)
                    ledger->skipped({shown, EntryProblem::Damaged, hashed.error()});
            } else if (static_cast<std::int64_t>(data.size() + rest.size()) >
                       limits.maxEntryBytes) {
                if (ledger)
                    ledger->skipped({shown, EntryProblem::TooLarge, {}});
            } else {
                data += rest;
                const std::string sha = hashed.sha256Hex();
                if (ledger) {
                    ledger->file(shown, sha, static_cast<std::int64_t>(data.size()));
                    ledger->entry(shown, sha, static_cast<std::int64_t>(data.size()));
                }
                go = onEntry(ArchiveEntry{shown, data, sha, 0});
            }
        }
        ::close(fd);
        if (!go)
            break;
    }
}

/**
 * Entries handed from the reading thread to the parsing one, bounded by their bytes, in
 * batches: a delivery is a few kilobytes, and waking the other thread for each one cost more
 * than reading it (two context switches per delivery).
 */
class EntryQueue
{
public:
    struct Item
    {
        std::string name;
        std::string data;
        std::string sha256Hex;
        int depth = 0;
    };
    /** False once the queue is closed: the consumer wants no more. */
    bool push(Item item)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_closed || m_items.empty() || m_bytes < kMaxBytes; });
        if (m_closed)
            return false;
        m_bytes += item.data.size();
        m_items.push_back(std::move(item));
        const bool batch = batchReady();
        lock.unlock();
        if (batch)
            m_ready.notify_one();
        return true;
    }
    std::optional<Item> pop()
    {
        if (m_taken.empty()) {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [this] { return m_closed || m_done || batchReady(); });
            if (m_items.empty())
                return std::nullopt;
            const bool producerWaits = m_bytes >= kMaxBytes;
            m_tookAny = true;
            m_taken.swap(m_items);
            m_bytes = 0;
            lock.unlock();
            if (producerWaits)
                m_space.notify_one();
        }
        Item item = std::move(m_taken.front());
        m_taken.pop_front();
        return item;
    }
    /** The producer has no more. */
    void done()
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
        m_ready.notify_all();
    }
    /** The consumer wants no more. */
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_items.clear();
        m_taken.clear();
        m_space.notify_all();
        m_ready.notify_all();
    }

private:
    // A batch in the queue and one being parsed: at most twice kMaxBytes (and one entry) held.
    static constexpr std::size_t kMaxBytes = 32 * 1024 * 1024;
    static constexpr std::size_t kBatchItems = 64;
    static constexpr std::size_t kBatchBytes = 4 * 1024 * 1024;

    // The first entry goes over at once: finding the format needs only it.
    bool batchReady() const
    {
        return m_items.size() >= kBatchItems || m_bytes >= kBatchBytes ||
               (!m_items.empty() && (m_bytes >= kMaxBytes || !m_tookAny));
    }

    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Item> m_items;
    std::deque<Item> m_taken; ///< the consumer's batch, touched by the consumer only
    std::size_t m_bytes = 0;
    bool m_done = false;
    bool m_closed = false;
    bool m_tookAny = false; ///< the consumer has had its first batch
};

void FolderEntries::forEach(const std::function<bool(const ArchiveEntry &)> &onEntry)
{
    // The files are read, inflated and fingerprinted on a second thread while this one parses:
    // the two halves take about as long, and a kiosk PC has two cores. What the reading thread
    // records goes to its own LogRead, merged once it has ended.
    LogRead collected;
    EntryLedger ledger(collected);
    EntryQueue queue;
    std::thread reader([&] {
        walkFiles(
            [&queue](const ArchiveEntry &e) {
                return queue.push({e.name, std::string(e.data), e.sha256Hex, e.depth});
            },
            m_read ? &ledger : nullptr);
        queue.done();
    });
    while (std::optional<EntryQueue::Item> item = queue.pop()) {
        if (!onEntry(ArchiveEntry{item->name, item->data, item->sha256Hex, item->depth}))
            break;
    }
    queue.close();
    reader.join();
    if (!m_read)
        return;
    m_read->source.sha256Hex = ledger.folderSha256Hex();
    m_read->source.fileBytes = ledger.folderBytes();
    m_read->source.entryCount += collected.source.entryCount;
    for (EntryFingerprint &e : collected.source.entries) {
        if (m_read->source.entries.size() >= SourceFacts::kMaxKeptEntries)
            break;
        m_read->source.entries.push_back(std::move(e));
    }
    m_read->skippedCount += collected.skippedCount;
    for (SkippedEntry &s : collected.skipped) {
        if (m_read->skipped.size() >= LogRead::kMaxKeptSkipped)
            break;
        m_read->skipped.push_back(std::move(s));
    }
}

/** The format of an archive's or folder's entries: the first entry an importer recognises. */
const Importer *detectEntries(EntrySource &entries, const ImporterRegistry &registry)
{
    const Importer *found = nullptr;
    int looked = 0;
    entries.forEach([&](const ArchiveEntry &entry) {
        found = registry.detectEntry(entry.name, entry.data.substr(0, Importer::kSniffBytes));
        // Empty deliveries may come first; past a few hundred entries it is not an export.
        return !found && ++looked < 500;
    });
    return found;
}

// \a read is the object \a reading records into: it is filled in place, then handed on.
LogRead readEntries(EntrySource &detection, EntrySource &reading, LogRead &read, LogSink &sink,
                    const ImporterRegistry &registry)
{
    const Importer *importer = detectEntries(detection, registry);
    if (!importer) {
        read.refusal = {Refusal::UnknownFormat, 0, {}};
        return finish(sink, std::move(read));
    }
    read.source.format = std::string(importer->id());
    importer->readEntries(reading, sink, read);
    return finish(sink, std::move(read));
}

} // namespace

LogRead readLogFd(int fd, const QString &name, LogSink &sink, const ImporterRegistry &registry)
{
    FdStream file(fd);
    HashingStream hashed(file);
    std::string head;
    if (!readHead(hashed, Importer::kSniffBytes, head))
        return refused(sink, Refusal::ReadError, hashed.error());
    if (looksLikeZip(head)) {
        if (::lseek(fd, 0, SEEK_SET) != 0)
            return refused(sink, Refusal::ReadError, "a ZIP is read from a file, not a pipe");
        LogRead read;
        read.source.archive = true;
        read.source.name = displayEntryName(QFileInfo(name).fileName().toStdString());
        ZipFileEntries detection(fd, nullptr);
        ZipFileEntries reading(fd, &read);
        return readEntries(detection, reading, read, sink, registry);
    }
    const std::string content = isGzip(head) ? inflateHead(head, Importer::kSniffBytes) : head;
    const Importer *importer = registry.detect(content, QFileInfo(name).fileName());
    if (!importer)
        return refused(sink, Refusal::UnknownFormat);

    ReplayStream replay(std::move(head), hashed);
    LogRead read;
    read.source.name = displayEntryName(QFileInfo(name).fileName().toStdString());
    importer->read(replay, sink, read);
    read.source.format = std::string(importer->id());
    if (read.ok()) {
        // The fingerprint covers the whole input, whatever the importer needed of it.
        if (!hashed.drain()) {
            read.refusal = {Refusal::ReadError, 0, hashed.error()};
            return finish(sink, std::move(read));
        }
        read.source.fileBytes = hashed.bytes();
        read.source.sha256Hex = hashed.sha256Hex();
    }
    return finish(sink, std::move(read));
}

LogRead readLog(const QString &path, LogSink &sink, const ImporterRegistry &registry)
{
    std::string error;
    const int fd = openForReading(path, error);
    if (fd < 0)
        return refused(sink, Refusal::CannotOpen, error);
    // A device (/dev/zero) or a pipe has no end to read to: only files (and folders of them)
    // are read by name (standard input goes through readLogFd).
    struct stat info = {};
    if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode) && registry.readsFolders()) {
        ::close(fd);
        LogRead read;
        read.source.folder = true;
        read.source.name = displayEntryName(QFileInfo(path).fileName().toStdString());
        FolderEntries detection(path, nullptr);
        FolderEntries reading(path, &read);
        return readEntries(detection, reading, read, sink, registry);
    }
    if (!isRegularFile(fd)) {
        ::close(fd);
        return refused(sink, Refusal::NotRegularFile);
    }
    LogRead read = readLogFd(fd, path, sink, registry);
    ::close(fd);
    return read;
}

} // namespace vitrine
