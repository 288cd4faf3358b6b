// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a sheet on a USB stick: a plain name with the date and the code, never over another
// file, owner-only, whole or not at all (no temporary file left behind), and a plain status
// for a stick that is gone, read-only or full.

#include "stickfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace vitrine;

namespace {

unsigned modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777U;
}

QByteArray pdfOf(qsizetype size)
{
    QByteArray bytes = "%PDF-1.7\n";
    bytes.append(QByteArray(size, 'x'));
    return bytes;
}

// A small file system of our own at \a dir, in a mount namespace of this process only (gone
// when the test ends); false where the test may not mount (not root, or no such right).
bool mountTmpfs(const QString &dir, const char *options)
{
    static const bool privateNamespace = [] {
        return ::unshare(CLONE_NEWNS) == 0 &&
               ::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
    }();
    if (!privateNamespace)
        return false;
    return ::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options) == 0;
}

} // namespace

class TestStickFile : public QObject
{
    Q_OBJECT

private slots:
    void theNameHasTheDateAndTheCode();
    void aSheetIsSavedWholeAndOwnerOnly();
    void anExistingFileIsNeverReplaced();
    void aStickThatIsGoneIsSaidSo();
    void aReadOnlyStickIsSaidSoAndKeepsNothing();
    void aFullStickIsSaidSoAndKeepsNothing();
};

void TestStickFile::theNameHasTheDateAndTheCode()
{
    QCOMPARE(stickSheetName(QDate(2026, 11, 29), QStringLiteral("K7QF-3MZD-9W")),
             QStringLiteral("vitrine-sheet-2026-11-29-K7QF-3MZD-9W"));
}

void TestStickFile::aSheetIsSavedWholeAndOwnerOnly()
{
    QTemporaryDir stick;
    QVERIFY(stick.isValid());
    const QByteArray pdf = pdfOf(300'000);
    const StickSave saved = saveOnStick(stick.path(), pdf, QStringLiteral("vitrine-sheet-x"));
    QVERIFY2(saved.isSaved(), qPrintable(saved.detail));
    QCOMPARE(saved.fileName, QStringLiteral("vitrine-sheet-x.pdf"));
    QCOMPARE(saved.path, QDir(stick.path()).filePath(saved.fileName));
    QFile file(saved.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), pdf);
    QCOMPARE(modeOf(saved.path), 0600U);
    // The temporary file became the sheet: nothing else is on the stick.
    QCOMPARE(QDir(stick.path()).entryList(QDir::Files | QDir::Hidden), QStringList{saved.fileName});
}

void TestStickFile::anExistingFileIsNeverReplaced()
{
    QTemporaryDir stick;
    QVERIFY(stick.isValid());
    const QString taken = QDir(stick.path()).filePath(QStringLiteral("sheet.pdf"));
    {
        QFile f(taken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the customer's own file");
    }
    const StickSave second = saveOnStick(stick.path(), pdfOf(10), QStringLiteral("sheet"));
    QVERIFY(second.isSaved());
    QCOMPARE(second.fileName, QStringLiteral("sheet-2.pdf"));
    const StickSave third = saveOnStick(stick.path(), pdfOf(10), QStringLiteral("sheet"));
    QCOMPARE(third.fileName, QStringLiteral("sheet-3.pdf"));
    QFile f(taken);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("the customer's own file"));
    QCOMPARE(QDir(stick.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
}

void TestStickFile::aStickThatIsGoneIsSaidSo()
{
    QTemporaryDir media;
    const StickSave s = saveOnStick(QDir(media.path()).filePath(QStringLiteral("GONE")), pdfOf(10),
                                    QStringLiteral("x"));
    QCOMPARE(s.status, StickSave::Status::NoStick);
    QVERIFY(s.fileName.isEmpty());
}

void TestStickFile::aReadOnlyStickIsSaidSoAndKeepsNothing()
{
    QTemporaryDir media;
    QVERIFY(media.isValid());
    const QString stick = QDir(media.path()).filePath(QStringLiteral("LOCKED"));
    QVERIFY(QDir().mkpath(stick));
    if (::geteuid() == 0) {
        // Root writes through any mode: a stick mounted read-only, as a locked one is.
        if (!mountTmpfs(stick, "size=1m,mode=0755") ||
            ::mount(nullptr, QFile::encodeName(stick).constData(), nullptr, MS_REMOUNT | MS_RDONLY,
                    nullptr) != 0)
            QSKIP("cannot mount a read-only file system here");
    } else {
        QVERIFY(QFile::setPermissions(stick, QFile::ReadOwner | QFile::ExeOwner));
    }
    const StickSave s = saveOnStick(stick, pdfOf(10), QStringLiteral("sheet"));
    QCOMPARE(s.status, StickSave::Status::ReadOnly);
    QVERIFY(QDir(stick).entryList(QDir::Files | QDir::Hidden).isEmpty());
    if (::geteuid() == 0)
        ::umount(QFile::encodeName(stick).constData());
    else
        QFile::setPermissions(stick, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestStickFile::aFullStickIsSaidSoAndKeepsNothing()
{
    QTemporaryDir media;
    QVERIFY(media.isValid());
    const QString stick = QDir(media.path()).filePath(QStringLiteral("FULL"));
    QVERIFY(QDir().mkpath(stick));
    if (!mountTmpfs(stick, "size=64k"))
        QSKIP("cannot mount a small file system here (needs root)");
    const StickSave s = saveOnStick(stick, pdfOf(200'000), QStringLiteral("sheet"));
    QCOMPARE(s.status, StickSave::Status::Full);
    QVERIFY(QDir(stick).entryList(QDir::Files | QDir::Hidden).isEmpty());
    ::umount(QFile::encodeName(stick).constData());
}

QTEST_GUILESS_MAIN(TestStickFile)
#include "tst_stickfile.moc"
