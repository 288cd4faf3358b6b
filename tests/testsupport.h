// SPDX-License-Identifier: GPL-3.0-or-later
// What many tests need: the paths of the test data, the built vitrine-cli and the sources, and
// damaging a store file as a failing disk would.

#pragma once

#include <QFile>
#include <QFileInfo>
#include <QString>

namespace vitrine::test {

/**
 * The time zone every test program runs in (set before main() by testsupport.cpp, which each
 * test program is built with; chosen in tests/CMakeLists.txt): far from Zurich, so that a date
 * or time the code takes in the machine's zone rather than in Swiss time comes out wrong.
 */
inline constexpr char kTimeZone[] = VITRINE_TEST_TIME_ZONE;

/** Path of a file under tests/data. */
inline QString dataPath(const QString &relative)
{
    return QStringLiteral(VITRINE_TEST_DATA "/") + relative;
}

/** Path of the vitrine-cli built beside the tests. */
inline QString cliPath()
{
    return QStringLiteral(VITRINE_CLI);
}

/** Path of a file in the source tree. */
inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(VITRINE_SOURCE_DIR "/") + relative;
}

/** SQLCipher 3's default page size: page 1 of a store is its first 1024 bytes. */
constexpr qint64 kStorePage = 1024;

/** Flips one bit of the byte at offset in the file; false when it could not. */
inline bool flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    char c = 0;
    if (!f.getChar(&c) || !f.seek(offset))
        return false;
    return f.putChar(static_cast<char>(c ^ 0x01));
}

/**
 * Damages every page after the first while a store has the file open, as a failing disk would.
 * Byte 30 lies in what SQLite reads raw to see whether another process changed the file, so
 * the pages cached since opening are read again, from the damaged file.
 */
inline bool damageStoreWhileOpen(const QString &path)
{
    const qint64 size = QFileInfo(path).size();
    if (!flipByte(path, 30))
        return false;
    for (qint64 page = 1; page * kStorePage < size; ++page) {
        if (!flipByte(path, page * kStorePage + 100))
            return false;
    }
    return true;
}

} // namespace vitrine::test
