// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a signed sheet on the customer's USB stick: temporary file, flush, rename.

#include "stickfile.h"

#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vitrine {

namespace {

// How many "-N" names are tried before giving up: a customer saves a sheet once or twice.
constexpr int kMaxNames = 99;

StickSave::Status statusOf(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return StickSave::Status::Full;
    case EROFS:
    case EACCES:
    case EPERM:
        return StickSave::Status::ReadOnly;
    case ENOENT:
    case ENODEV:
    case ENXIO:
    case ENOTDIR:
        return StickSave::Status::NoStick;
    default:
        return StickSave::Status::Failed;
    }
}

StickSave failure(int error)
{
    StickSave s;
    s.status = statusOf(error);
    s.detail = QString::fromLocal8Bit(std::strerror(error));
    return s;
}

// Writes every byte, across short writes and interruptions; false with errno set.
bool writeAll(int fd, const QByteArray &data)
{
    const char *at = data.constData();
    auto left = static_cast<size_t>(data.size());
    while (left > 0) {
        const ssize_t n = ::write(fd, at, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        at += n;
        left -= static_cast<size_t>(n);
    }
    return true;
}

// Gives the temporary file its name unless that name is taken; errno EEXIST when it is.
bool renameNoReplace(const QByteArray &from, const QByteArray &to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS)
        return false;
    // A file system without the flag: link() never replaces either (FAT has no links, but
    // Linux's vfat and exfat do support the flag).
    if (::link(from.constData(), to.constData()) != 0)
        return false;
    ::unlink(from.constData());
    return true;
}

} // namespace

QString stickSheetName(const QDate &date, const QString &code)
{
    return QStringLiteral("vitrine-sheet-%1-%2")
        .arg(date.toString(QStringLiteral("yyyy-MM-dd")), code);
}

StickSave saveOnStick(const QString &folder, const QByteArray &data, const QString &baseName)
{
    const QFileInfo info(folder);
    if (!info.isDir())
        return failure(ENOENT);
    const QStorageInfo volume(folder);
    if (volume.isValid() && volume.isReadOnly())
        return failure(EROFS);
    // Said before a byte is written: a stick that is nearly full is told at once.
    if (volume.isValid() && volume.bytesAvailable() >= 0 && volume.bytesAvailable() < data.size())
        return failure(ENOSPC);

    const QString dir = info.absoluteFilePath();
    QByteArray temp = QFile::encodeName(dir + QStringLiteral("/.vitrine-sheet-XXXXXX"));
    // mkstemp makes it 0600 and O_EXCL: nobody else's file, nobody else can read it.
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0)
        return failure(errno);
    int error = 0;
    if (!writeAll(fd, data) || ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    if (error != 0) {
        ::unlink(temp.constData());
        return failure(error);
    }

    for (int n = 1; n <= kMaxNames; ++n) {
        const QString name = (n == 1 ? baseName : QStringLiteral("%1-%2").arg(baseName).arg(n)) +
                             QStringLiteral(".pdf");
        const QString target = dir + u'/' + name;
        if (renameNoReplace(temp, QFile::encodeName(target))) {
            syncFolderOf(target);
            StickSave saved;
            saved.status = StickSave::Status::Saved;
            saved.fileName = name;
            saved.path = target;
            return saved;
        }
        if (errno != EEXIST) {
            error = errno;
            break;
        }
        error = EEXIST;
    }
    ::unlink(temp.constData());
    return failure(error);
}

} // namespace vitrine
