// SPDX-License-Identifier: GPL-3.0-or-later
// How the sticks are searched: bounded folder walks that follow only links staying inside the
// root, skip hidden and system folders, and name each file's stick by its mount point.

#include "logfinder.h"

#include "importer.h"
#include "ziparchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStorageInfo>

#include <algorithm>
#include <utility>
#include <vector>

namespace vitrine {

namespace {

// Folders a stick may carry that never hold an export and can be large or unreadable.
bool isSystemFolder(const QString &name)
{
    return name.compare(u"System Volume Information", Qt::CaseInsensitive) == 0 ||
           name.compare(u"$RECYCLE.BIN", Qt::CaseInsensitive) == 0 ||
           name.compare(u"lost+found", Qt::CaseInsensitive) == 0;
}

bool isInside(const QString &path, const QString &root)
{
    if (root == u"/")
        return path.startsWith(u'/');
    return path == root || (path.startsWith(root) && path.at(root.size()) == u'/');
}

bool isStrictlyInside(const QString &path, const QString &root)
{
    return path != root && isInside(path, root);
}

// The mount points below the root, longest first, so the innermost one matches first.
QStringList mountsBelow(const QString &root)
{
    QStringList mounts;
    for (const QStorageInfo &volume : QStorageInfo::mountedVolumes()) {
        const QString mount = QDir::cleanPath(volume.rootPath());
        if (isStrictlyInside(mount, root))
            mounts << mount;
    }
    std::sort(mounts.begin(), mounts.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return mounts;
}

QString volumeOf(const QString &path, const QString &root, const QStringList &mounts,
                 const QString &userName)
{
    for (const QString &mount : mounts) {
        if (isStrictlyInside(path, mount))
            return QFileInfo(mount).fileName();
    }
    // No mount point below the root (a plain folder, or mounts we cannot see): the first folder
    // below the root is the stick, unless it is the user's folder of /media/USER/LABEL.
    const QString relative = QDir(root).relativeFilePath(path);
    const QStringList parts = relative.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    if (!userName.isEmpty() && parts.at(0) == userName && parts.size() >= 3)
        return parts.at(1);
    return parts.at(0);
}

} // namespace

LogFinder::LogFinder(QString root)
    : m_root(std::move(root))
    , m_userName(qEnvironmentVariable("USER"))
{}

QStringList LogFinder::stickFolders(const QString &root, const QString &userName)
{
    const QString canonical = QFileInfo(root).canonicalFilePath();
    if (canonical.isEmpty() || !QFileInfo(canonical).isDir())
        return {};
    const QStringList mounts = mountsBelow(canonical);
    if (!mounts.isEmpty())
        return mounts;
    const auto foldersIn = [](const QString &dir) {
        QStringList out;
        const QFileInfoList entries =
            QDir(dir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &e : entries) {
            if (!e.fileName().startsWith(u'.') && !isSystemFolder(e.fileName()))
                out << e.absoluteFilePath();
        }
        return out;
    };
    const QString user = userName.isEmpty() ? qEnvironmentVariable("USER") : userName;
    const QString userDir = canonical + u'/' + user;
    if (!user.isEmpty() && QFileInfo(userDir).isDir())
        return foldersIn(userDir);
    return foldersIn(canonical);
}

QList<FoundLog> LogFinder::groupDeliveries(QList<FoundLog> logs)
{
    // A customer brings a folder of an export's deliveries: one item, read as one review.
    struct Group
    {
        QList<qsizetype> rows;
        QString format; ///< the importer's id
        const Importer *importer = nullptr;
    };
    QHash<QString, Group> groups;
    for (qsizetype i = 0; i < logs.size(); ++i) {
        const Importer *format = ImporterRegistry::standard().folderFormatOf(logs[i].fileName);
        if (!format)
            continue;
        const QString id =
            QString::fromUtf8(format->id().data(), static_cast<qsizetype>(format->id().size()));
        Group &group = groups[QFileInfo(logs[i].path).path() + u'\n' + id];
        group.rows << i;
        group.format = id;
        group.importer = format;
    }
    QSet<qsizetype> grouped;
    QList<FoundLog> folders;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (it->rows.size() < 2)
            continue;
        FoundLog folder;
        const FoundLog &first = logs[it->rows.front()];
        folder.path = QFileInfo(first.path).path();
        folder.fileName = QFileInfo(folder.path).fileName();
        folder.volume = first.volume;
        folder.files = static_cast<int>(it->rows.size());
        folder.format = it->format;
        // The period shows only when every delivery's name tells its time.
        bool timed = true;
        for (const qsizetype row : it->rows) {
            grouped.insert(row);
            folder.size += logs[row].size;
            if (!folder.modified.isValid() || logs[row].modified > folder.modified)
                folder.modified = logs[row].modified;
            const std::optional<qint64> t = it->importer->memberTimeUtc(logs[row].fileName);
            timed = timed && t.has_value();
            if (t) {
                folder.namedFromUtc = std::min(folder.namedFromUtc.value_or(*t), *t);
                folder.namedToUtc = std::max(folder.namedToUtc.value_or(*t), *t);
            }
        }
        if (!timed)
            folder.namedFromUtc = folder.namedToUtc = std::nullopt;
        folders << folder;
    }
    QList<FoundLog> out;
    for (qsizetype i = 0; i < logs.size(); ++i) {
        if (!grouped.contains(i))
            out << std::move(logs[i]);
    }
    out << folders;
    return out;
}

void LogFinder::describeArchive(FoundLog &log)
{
    if (!log.format.isEmpty() || !log.fileName.endsWith(u".zip", Qt::CaseInsensitive))
        return;
    const ImporterRegistry &registry = ImporterRegistry::standard();
    // The names in the central directory say it; a lone delivery says it by its own name.
    const Importer *format =
        registry.formatOfEntryNames(zipEntryNames(QFile::encodeName(log.path).constData(), 200));
    if (!format)
        format = registry.folderFormatOf(log.fileName);
    if (format)
        log.format =
            QString::fromUtf8(format->id().data(), static_cast<qsizetype>(format->id().size()));
}

bool LogFinder::looksLikeLog(const QString &fileName)
{
    return !fileName.startsWith(u'.') && ImporterRegistry::standard().matchesFileName(fileName);
}

bool LogFinder::looksLikePdf(const QString &fileName)
{
    return fileName.size() > 4 && !fileName.startsWith(u'.') &&
           fileName.endsWith(u".pdf", Qt::CaseInsensitive);
}

LogScan LogFinder::scan(const std::atomic_bool *cancel) const
{
    LogScan result;
    if (m_root.isEmpty())
        return result;
    // Canonical, so "inside the root" can be checked on every link target.
    const QString root = QFileInfo(m_root).canonicalFilePath();
    if (root.isEmpty() || !QFileInfo(root).isDir())
        return result;
    const QStringList mounts = mountsBelow(root);

    struct Pending
    {
        QString path;
        int depth;
    };
    std::vector<Pending> pending{{root, 0}};
    QSet<QString> visited{root};
    QSet<QString> seenFiles;
    // A kiosk watches a handful of mount folders; a root full of folders must not exhaust
    // the system's watches.
    constexpr int maxFolders = 64;
    int entries = 0;

    while (!pending.empty()) {
        if (cancel && cancel->load())
            break;
        const Pending dir = std::move(pending.back());
        pending.pop_back();
        if (dir.depth <= 2 && result.folders.size() < maxFolders)
            result.folders << dir.path;

        // QDir leaves out hidden entries and, without QDir::System, devices, FIFOs and sockets
        // (opening a FIFO named *.jsonl would block). An unreadable folder simply lists nothing.
        QDirIterator it(dir.path, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            if (++entries > m_maxEntries || (cancel && cancel->load())) {
                result.truncated = entries > m_maxEntries;
                pending.clear();
                break;
            }
            it.next();
            const QFileInfo info = it.fileInfo();
            const QString name = info.fileName();
            if (name.startsWith(u'.'))
                continue;
            QString path = info.absoluteFilePath();
            if (info.isSymLink()) {
                // Only links that stay inside the root; a broken link has no canonical path.
                path = info.canonicalFilePath();
                if (path.isEmpty() || !isInside(path, root))
                    continue;
            }
            if (info.isDir()) {
                if (dir.depth + 1 > m_maxDepth || isSystemFolder(name) || visited.contains(path))
                    continue;
                visited.insert(path);
                pending.push_back({path, dir.depth + 1});
                continue;
            }
            // A link is shown under its target's name: the name the review will show.
            const QString fileName = info.isSymLink() ? QFileInfo(path).fileName() : name;
            if (info.isFile() && m_filter(fileName) && !seenFiles.contains(path)) {
                seenFiles.insert(path);
                // A stick pulled out mid-search: the entry no longer answers.
                if (!info.exists())
                    continue;
                FoundLog found;
                found.path = path;
                found.fileName = fileName;
                found.size = info.size();
                found.modified = info.lastModified().toUTC();
                found.volume = volumeOf(path, root, mounts, m_userName);
                result.logs.push_back(std::move(found));
            }
        }
    }

    if (m_filter == &looksLikeLog) {
        result.logs = groupDeliveries(std::move(result.logs));
        for (FoundLog &log : result.logs) {
            if (cancel && cancel->load())
                break;
            describeArchive(log);
        }
    }
    std::sort(result.logs.begin(), result.logs.end(), [](const FoundLog &a, const FoundLog &b) {
        if (a.modified != b.modified)
            return a.modified > b.modified;
        return a.path < b.path;
    });
    if (m_maxResults >= 0 && result.logs.size() > m_maxResults) {
        result.logs.resize(m_maxResults);
        result.truncated = true;
    }
    return result;
}

} // namespace vitrine
