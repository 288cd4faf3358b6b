// SPDX-License-Identifier: GPL-3.0-or-later
// The one interface every input format is read through, and the registry of the formats
// Vitrine knows: what the USB finder looks for, how a format is recognised, how it is read.

#pragma once

#include "logsink.h"

#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace vitrine {

class ByteStream;
struct ArchiveEntry;

/** The entries of an archive or a folder, handed on one by one (readLog makes them). */
class EntrySource
{
public:
    virtual ~EntrySource() = default;
    /** Hands on each readable entry in order until \a onEntry returns false. */
    virtual void forEach(const std::function<bool(const ArchiveEntry &)> &onEntry) = 0;
};

/** One input format, behind the seam: VDFL, and every car export after it. */
class Importer
{
public:
    virtual ~Importer() = default;

    /** The format's stable id, as in the machine-readable report ("vdfl"). */
    virtual std::string_view id() const = 0;

    /** File name patterns the USB finder lists for this format ("*.jsonl"), any case. */
    virtual QStringList filePatterns() const = 0;

    /**
     * A cheap look at the start of the content (gzip already inflated, at most kSniffBytes):
     * true when it is surely this format.
     */
    virtual bool sniff(std::string_view head) const = 0;

    /**
     * Reads \a raw (the input's bytes as given) into \a sink, filling \a read's refusal, counts
     * and what the format knows of its source (not the fingerprint: the caller's). Never throws
     * on bad input; calls the sink's onFinish itself only through the caller (readLog).
     */
    virtual void read(ByteStream &raw, LogSink &sink, LogRead &read) const = 0;

    /**
     * True when an entry of an archive or folder (its name and its first bytes) is surely this
     * format; the same as sniff() unless the format says more.
     */
    virtual bool sniffEntry(std::string_view name, std::string_view head) const;

    /**
     * Reads an archive's or a folder's entries. A one-file format (the default) reads the one
     * entry it recognises and refuses an input that holds several (Refusal::SeveralLogs).
     */
    virtual void readEntries(EntrySource &entries, LogSink &sink, LogRead &read) const;

    /**
     * True when the name of an archive's entry alone says the archive is this format (BMW's
     * `…KeyList….xml` index): the USB finder says what a ZIP is without unpacking it.
     */
    virtual bool namesArchiveEntry(std::string_view entryName) const
    {
        (void)entryName;
        return false;
    }

    /** True for a format that comes as a folder of files (a stick of ZIPs): readLog reads it. */
    virtual bool readsFolders() const { return false; }

    /**
     * True for a file name that is one piece of such a folder (a delivery,
     * `<timestamp>_<VIN>.zip`): the USB finder shows a folder of them as one item.
     */
    virtual bool isFolderMember(const QString &fileName) const
    {
        (void)fileName;
        return false;
    }
    /** When a folder member's name carries the time it was made, that time (seconds, UTC). */
    virtual std::optional<qint64> memberTimeUtc(const QString &fileName) const
    {
        (void)fileName;
        return std::nullopt;
    }

    /** How much of an input's content sniff() sees. */
    static constexpr std::size_t kSniffBytes = 64 * 1024;
};

/** The formats Vitrine reads, in the order they are tried. */
class ImporterRegistry
{
public:
    ImporterRegistry();
    ~ImporterRegistry();
    ImporterRegistry(ImporterRegistry &&) noexcept;
    ImporterRegistry &operator=(ImporterRegistry &&) noexcept;

    /** Every format Vitrine ships, built once. */
    static const ImporterRegistry &standard();

    void add(std::unique_ptr<Importer> importer);

    /** The importer with this id, or nullptr. */
    const Importer *find(std::string_view id) const;

    /**
     * The format of an input: the first whose sniff() recognises \a head; else the first whose
     * file patterns match \a fileName (so a damaged file still meets its own format's
     * precise refusal); nullptr when neither says anything.
     */
    const Importer *detect(std::string_view head, const QString &fileName) const;

    /** The format of an archive's or folder's entry, by its name and first bytes; or nullptr. */
    const Importer *detectEntry(std::string_view name, std::string_view head) const;

    /** True when \a fileName matches a pattern of some format (what the USB finder lists). */
    bool matchesFileName(const QString &fileName) const;

    /** The format a file name is one piece of a folder of (Importer::isFolderMember), or null. */
    const Importer *folderFormatOf(const QString &fileName) const;

    /** The format whose entry names (namesArchiveEntry) one of \a names is, or nullptr. */
    const Importer *formatOfEntryNames(const std::vector<std::string> &names) const;

    /** True when some format comes as a folder (Importer::readsFolders). */
    bool readsFolders() const;

    /** Every format's file patterns. */
    QStringList filePatterns() const;

    const std::vector<std::unique_ptr<Importer>> &importers() const { return m_importers; }

private:
    struct Pattern
    {
        QRegularExpression re;
        const Importer *importer;
    };
    std::vector<std::unique_ptr<Importer>> m_importers;
    std::vector<Pattern> m_patterns;
};

} // namespace vitrine
