// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the data logs (or the sheets) on the USB sticks a customer brings, without letting a
// large, looping or failing stick hold up the kiosk.

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace vitrine {

/** A data log found on removable media. */
struct FoundLog
{
    QString path;       ///< absolute (and canonical) path
    QString fileName;   ///< the name alone, as the advisor sees it
    qint64 size = 0;    ///< bytes
    QDateTime modified; ///< last modified, in UTC
    /** The stick's name: its mount folder (usually its label); empty for a file in the root. */
    QString volume;
    /** How many files the item stands for: more than one for a folder of deliveries. */
    int files = 1;
    /**
     * The format of a folder of deliveries ("vw-data-act") or of a ZIP whose entries' names
     * say it ("bmw-cardata"); empty when only reading it will tell.
     */
    QString format;
    /** The first and last time the members' names carry (a folder of deliveries), if they do. */
    std::optional<qint64> namedFromUtc;
    std::optional<qint64> namedToUtc;

    friend bool operator==(const FoundLog &, const FoundLog &) = default;
};

/** What one search found. */
struct LogScan
{
    QList<FoundLog> logs; ///< newest first, at most LogFinder::maxResults()
    /** More logs were found than kept, or the search stopped at its entry limit. */
    bool truncated = false;
    /**
     * The root and the folders one and two levels below it (where sticks get mounted:
     * /media/LABEL, /media/USER/LABEL), for a file system watcher.
     */
    QStringList folders;
};

/**
 * Finds candidate inputs (by the file patterns of every format the registry knows: `*.jsonl`,
 * `*.jsonl.gz`, ..., any case) below a folder such as /media
 * (or, with setNameFilter(), other files: the PDF sheets the advisor checks).
 * The search is bounded, so a large or failing stick cannot hold the kiosk: at most maxDepth()
 * folder levels, maxEntries() directory entries and maxResults() logs. Hidden files and folders
 * are skipped; a symbolic link is followed only when it points inside the root (each folder is
 * visited once, so a link loop ends). Unreadable folders and media pulled out mid-search just
 * give fewer results. scan() only reads, so it may run on any thread.
 */
class LogFinder
{
public:
    explicit LogFinder(QString root);

    /** Folder levels below the root that are searched (files in the root are level 0). */
    int maxDepth() const { return m_maxDepth; }
    void setMaxDepth(int depth) { m_maxDepth = depth; }
    int maxResults() const { return m_maxResults; }
    void setMaxResults(int count) { m_maxResults = count; }
    int maxEntries() const { return m_maxEntries; }
    void setMaxEntries(int count) { m_maxEntries = count; }

    /**
     * The login name whose folder holds the mounts (/media/USER/LABEL); the USER environment
     * variable unless set. Only used when no mount point lies below the root.
     */
    void setUserName(const QString &name) { m_userName = name; }

    /** Searches now; \a cancel, when set to true by another thread, ends the search early. */
    LogScan scan(const std::atomic_bool *cancel = nullptr) const;

    /**
     * The sticks plugged in below \a root: the mount points below it, or, where none can be
     * seen (a plain folder, a test), its first-level folders (those of root/USER for
     * /media/USER/LABEL). Hidden and system folders are left out; only reads, so any thread.
     */
    static QStringList stickFolders(const QString &root, const QString &userName = {});

    /** True for a name some format Vitrine reads is exported under (`*.jsonl`, ...), any case. */
    static bool looksLikeLog(const QString &fileName);
    /**
     * Puts the deliveries of one export found in one folder together as one item (its path the
     * folder's), so that the advisor imports them as the one review they make.
     */
    static QList<FoundLog> groupDeliveries(QList<FoundLog> logs);
    /** Sets the format of a lone ZIP from its entries' names (or its own), for the advisor. */
    static void describeArchive(FoundLog &log);

    /** True for a PDF's name (`*.pdf`, any case): a sheet the advisor may want to check. */
    static bool looksLikePdf(const QString &fileName);

    /** Which files a search keeps, by name: looksLikeLog unless set (null puts it back). */
    using NameFilter = bool (*)(const QString &fileName);
    void setNameFilter(NameFilter filter) { m_filter = filter ? filter : &looksLikeLog; }

private:
    QString m_root;
    QString m_userName;
    int m_maxDepth = 4;
    int m_maxResults = 100;
    int m_maxEntries = 20000;
    NameFilter m_filter = &looksLikeLog;
};

} // namespace vitrine
