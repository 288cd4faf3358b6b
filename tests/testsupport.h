// SPDX-License-Identifier: GPL-3.0-or-later
// What many tests need: the paths of the test data, the demo log, the built vitrine-cli and the
// sources, the one way to run a program, and damaging a store file as a failing disk would.

#pragma once

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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

/** The demo log bundled with the kiosk (resources/demo/demo.vdfl.jsonl). */
inline QString demoLogPath()
{
    return sourcePath(QStringLiteral("resources/demo/demo.vdfl.jsonl"));
}

/** How runProgram() runs a program. */
struct RunOptions
{
    QByteArray input; ///< written to standard input, which is then closed
    /**
     * A pinned environment (C.UTF-8, the tests' time zone, PATH=/usr/bin:/bin, offscreen Qt)
     * instead of this program's, with \a environment's variables over it.
     */
    bool pinned = false;
    QProcessEnvironment environment; ///< added to the one the program gets
    int timeoutMs = 120000;          ///< past it, the program is killed: a hang fails the test
};

/** What a program did. */
struct ProcessRun
{
    bool started = false;
    bool crashed = false; ///< ended by a signal, or killed after the timeout
    bool timedOut = false;
    int exitCode = -1; ///< -1 unless it started and exited normally
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    /** Exit code, output and errors, for a failing test's message. */
    QString describe() const;
};

/** Runs \a program with \a args (no shell) and waits for it, at most options.timeoutMs. */
ProcessRun runProgram(const QString &program, const QStringList &args,
                      const RunOptions &options = {});

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
