// SPDX-License-Identifier: GPL-3.0-or-later
// How an input is opened safely (no blocking on a pipe, no end-less device), its head kept to
// recognise the format, and every byte hashed on the way to the importer.

#include "readlog.h"

#include "bytestream.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
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

} // namespace

LogRead readLogFd(int fd, const QString &name, LogSink &sink, const ImporterRegistry &registry)
{
    FdStream file(fd);
    HashingStream hashed(file);
    std::string head;
    if (!readHead(hashed, Importer::kSniffBytes, head))
        return refused(sink, Refusal::ReadError, hashed.error());
    const std::string content = isGzip(head) ? inflateHead(head, Importer::kSniffBytes) : head;
    const Importer *importer = registry.detect(content, QFileInfo(name).fileName());
    if (!importer)
        return refused(sink, Refusal::UnknownFormat);

    ReplayStream replay(std::move(head), hashed);
    LogRead read;
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
    const QByteArray native = QFile::encodeName(path);
    int fd;
    // Non-blocking to open: a pipe with no writer would otherwise hang here for ever.
    do {
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return refused(sink, Refusal::CannotOpen, std::strerror(errno));
    // A device (/dev/zero), a pipe or a folder has no end to read to: only files are read by
    // name (standard input goes through readLogFd).
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return refused(sink, Refusal::NotRegularFile);
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    LogRead read = readLogFd(fd, path, sink, registry);
    ::close(fd);
    return read;
}

} // namespace vitrine
