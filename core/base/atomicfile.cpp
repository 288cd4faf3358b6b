// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a file whole or not at all, owner-only, and never through a link.

#include "atomicfile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace vitrine {

void syncFolderOf(const QString &path)
{
    // QFile refuses to open a folder, hence open(2).
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

AtomicFile::AtomicFile(const QString &path)
    : m_path(path)
{
    const QFileInfo info(path);
    // Hidden, beside its place (a rename does not cross file systems), removed if not committed.
    m_temp.setFileTemplate(
        info.dir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    m_temp.setAutoRemove(true);
}

bool AtomicFile::open()
{
    // QTemporaryFile creates the file with O_EXCL and mode 0600.
    if (!m_temp.open()) {
        m_error = m_temp.errorString();
        return false;
    }
    return true;
}

bool AtomicFile::commit()
{
    if (!m_temp.isOpen()) {
        m_error = QStringLiteral("not open");
        return false;
    }
    if (!m_temp.flush() || ::fsync(m_temp.handle()) != 0) {
        m_error = m_temp.errorString();
        return false;
    }
    m_temp.close();
    // rename(2) replaces whatever is at the path, a link included, and never writes through it.
    if (::rename(QFile::encodeName(m_temp.fileName()).constData(),
                 QFile::encodeName(m_path).constData()) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    m_temp.setAutoRemove(false);
    syncFolderOf(m_path);
    return true;
}

void AtomicFile::cancelWriting()
{
    m_temp.close();
    m_temp.remove();
}

QString AtomicFile::errorString() const
{
    return m_error.isEmpty() ? m_temp.errorString() : m_error;
}

} // namespace vitrine
