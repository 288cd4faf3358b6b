// SPDX-License-Identifier: GPL-3.0-or-later
// Every file of the source tree says its licence: code, QML, CMake, scripts and documents carry
// an SPDX line and, for code, a sentence saying what the file is for; data is listed in
// .reuse/dep5.

#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace vitrine;

namespace {

const QString kSpdx = QStringLiteral("SPDX-License-Identifier: GPL-3.0-or-later");

/** How a file shows its licence, from its name. */
enum class Kind { Code, Document, Data, Unknown };

struct FileKind
{
    Kind kind = Kind::Unknown;
    QString comment; // what starts a comment line in this file
};

FileKind kindOf(const QString &relative, const QByteArray &head)
{
    static const QRegularExpression slashCode(QStringLiteral("\\.(cpp|h|qml)$"));
    static const QRegularExpression hashCode(QStringLiteral("(\\.(sh|py|jq)|CMakeLists\\.txt)$"));
    static const QRegularExpression hashDocument(
        QStringLiteral("(^|/)(\\.clang-format|\\.gitignore|\\.gitattributes|[^/]*\\.txt)$"));
    if (slashCode.match(relative).hasMatch())
        return {Kind::Code, QStringLiteral("//")};
    if (hashCode.match(relative).hasMatch() || head.startsWith("#!"))
        return {Kind::Code, QStringLiteral("#")};
    if (relative.endsWith(QLatin1String(".md")))
        return {Kind::Document, QStringLiteral("<!--")};
    if (hashDocument.match(relative).hasMatch())
        return {Kind::Document, QStringLiteral("#")};
    return {};
}

/** The Files: patterns of a Debian copyright-format file (`*` matches across folders too). */
QList<QRegularExpression> dep5Patterns(const QString &path)
{
    QFile f(path);
    QList<QRegularExpression> patterns;
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return patterns;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("Files:")))
            continue;
        const QStringList globs = line.mid(6).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &glob : globs) {
            QString re = QRegularExpression::escape(glob);
            re.replace(QLatin1String("\\*"), QLatin1String(".*"));
            re.replace(QLatin1String("\\?"), QLatin1String("."));
            patterns.append(QRegularExpression(QLatin1Char('^') + re + QLatin1Char('$')));
        }
    }
    return patterns;
}

/** The files of a source tree, relative to it, without build folders and Git's own. */
QStringList sourceFiles(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(root).relativeFilePath(it.next());
        const QString top = relative.section(QLatin1Char('/'), 0, 0);
        if (top == QLatin1String(".git") || top.startsWith(QLatin1String("build")) ||
            top == QLatin1String(".cache") || relative.contains(QLatin1String("__pycache__")) ||
            relative.endsWith(QLatin1String(".user")) ||
            relative == QLatin1String("compile_commands.json"))
            continue;
        files.append(relative);
    }
    files.sort();
    return files;
}

/** What is wrong with one file's licence, or an empty string when nothing is. */
QString licenceProblem(const QString &root, const QString &relative,
                       const QList<QRegularExpression> &listed)
{
    if (relative == QLatin1String("LICENSE") || relative == QLatin1String(".reuse/dep5"))
        return {};
    for (const QRegularExpression &pattern : listed)
        if (pattern.match(relative).hasMatch())
            return {};
    QFile f(root + QLatin1Char('/') + relative);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot be read");
    const QByteArray head = f.read(4096);
    const FileKind kind = kindOf(relative, head);
    if (kind.kind == Kind::Unknown)
        return QStringLiteral("has no SPDX line and is not listed in .reuse/dep5");
    QStringList lines = QString::fromUtf8(head).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.first().startsWith(QLatin1String("#!")))
        lines.removeFirst();
    if (lines.isEmpty() ||
        lines.first().trimmed() !=
            kind.comment + QLatin1Char(' ') + kSpdx +
                (kind.comment == QLatin1String("<!--") ? QStringLiteral(" -->") : QString()))
        return QStringLiteral("does not start with \"%1 %2\"").arg(kind.comment, kSpdx);
    if (kind.kind == Kind::Code) {
        const QString purpose = lines.size() > 1 ? lines.at(1) : QString();
        static const QRegularExpression sentence(QStringLiteral("^\\s*\\S+ [A-Za-z`\"'(]"));
        if (!purpose.startsWith(kind.comment) || !sentence.match(purpose).hasMatch())
            return QStringLiteral("has no sentence saying what it is for under its SPDX line");
    }
    return {};
}

} // namespace

class TestLicence : public QObject
{
    Q_OBJECT

private slots:
    void everyFileSaysItsLicence_data();
    void everyFileSaysItsLicence();
    void theCheckFindsAFileWithoutLicence();
};

void TestLicence::everyFileSaysItsLicence_data()
{
    QTest::addColumn<QString>("file");
    const QStringList files = sourceFiles(test::sourcePath(QString()));
    QVERIFY2(files.size() > 100, "the source tree was not found");
    for (const QString &file : files)
        QTest::addRow("%s", qPrintable(file)) << file;
}

void TestLicence::everyFileSaysItsLicence()
{
    QFETCH(QString, file);
    static const QList<QRegularExpression> listed =
        dep5Patterns(test::sourcePath(QStringLiteral(".reuse/dep5")));
    QVERIFY2(!listed.isEmpty(), ".reuse/dep5 lists no files");
    const QString problem = licenceProblem(test::sourcePath(QString()), file, listed);
    QVERIFY2(problem.isEmpty(), qPrintable(file + QLatin1Char(' ') + problem));
}

void TestLicence::theCheckFindsAFileWithoutLicence()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &text) {
        QDir(dir.path()).mkpath(QFileInfo(name).path());
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(QStringLiteral("good.cpp"),
          "// SPDX-License-Identifier: GPL-3.0-or-later\n// What this file is for.\n");
    write(QStringLiteral("bare.cpp"), "#include <x>\n");
    write(QStringLiteral("no-purpose.h"),
          "// SPDX-License-Identifier: GPL-3.0-or-later\n#pragma once\n");
    write(QStringLiteral("run"),
          "#!/bin/sh\n# SPDX-License-Identifier: GPL-3.0-or-later\n# Runs.\n");
    write(QStringLiteral("notes.md"), "# Notes\n");
    write(QStringLiteral("data/listed.json"), "{}");
    write(QStringLiteral("unlisted.json"), "{}");
    const QList<QRegularExpression> listed = {QRegularExpression(QStringLiteral("^data/.*$"))};

    QCOMPARE(licenceProblem(dir.path(), QStringLiteral("good.cpp"), listed), QString());
    QCOMPARE(licenceProblem(dir.path(), QStringLiteral("run"), listed), QString());
    QCOMPARE(licenceProblem(dir.path(), QStringLiteral("data/listed.json"), listed), QString());
    QVERIFY(licenceProblem(dir.path(), QStringLiteral("bare.cpp"), listed).startsWith("does not"));
    QVERIFY(licenceProblem(dir.path(), QStringLiteral("no-purpose.h"), listed).contains("for"));
    QVERIFY(licenceProblem(dir.path(), QStringLiteral("notes.md"), listed).contains("<!--"));
    QVERIFY(licenceProblem(dir.path(), QStringLiteral("unlisted.json"), listed)
                .contains(".reuse/dep5"));
}

QTEST_GUILESS_MAIN(TestLicence)
#include "tst_licence.moc"
