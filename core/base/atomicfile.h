// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a file so that it appears whole or not at all, owner-only, and never through a link.

#pragma once

#include <QString>
#include <QTemporaryFile>

namespace vitrine {

/**
 * A file written in a temporary file beside its place (owner-only from its creation) and
 * renamed into place on commit(). Unlike QSaveFile, it does not follow a symbolic link at the
 * path: the link itself is replaced, and the file it points to is neither overwritten nor
 * made owner-only. A write that is cancelled, fails or is never committed leaves nothing; a
 * committed one is on disk, its name too.
 */
/**
 * Makes a rename or a link to \a path durable: an fsync on the folder that holds it, so that
 * the new name survives a power cut together with the file's bytes.
 */
void syncFolderOf(const QString &path);

class AtomicFile
{
public:
    explicit AtomicFile(const QString &path);

    bool open();
    /** Where to write, once open. */
    QIODevice *device() { return &m_temp; }
    qint64 write(const char *data, qint64 size) { return m_temp.write(data, size); }
    /** Flushes, syncs to disk and renames into place. */
    bool commit();
    /** Drops what was written. */
    void cancelWriting();
    QString errorString() const;

private:
    QString m_path;
    QTemporaryFile m_temp;
    QString m_error;
};

} // namespace vitrine
