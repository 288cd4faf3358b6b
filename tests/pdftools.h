// SPDX-License-Identifier: GPL-3.0-or-later
// Checks of a written PDF with Poppler's and qpdf's command-line tools, shared by the tests of
// the documents the kiosk prints (the sheet, the request letters).

#pragma once

#include "testsupport.h"

#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

namespace vitrine::test {

/** What a command-line tool printed; found is false when it is not installed. */
struct ToolRun
{
    bool found = false;
    int exitCode = -1;
    QString out;
};

/** Runs \a tool with \a args (no shell), waiting at most a minute. */
inline ToolRun runTool(const QString &tool, const QStringList &args)
{
    ToolRun r;
    const QString path = QStandardPaths::findExecutable(tool);
    if (path.isEmpty())
        return r;
    r.found = true;
    RunOptions options;
    options.timeoutMs = 60000;
    const ProcessRun run = runProgram(path, args, options);
    r.exitCode = run.exitCode;
    r.out = run.outText();
    return r;
}

/** pdffonts lists every font of \a path as embedded DejaVu (fails the current test if not). */
inline void verifyFontsEmbedded(const QString &path)
{
    const ToolRun fonts = runTool(QStringLiteral("pdffonts"), {path});
    QVERIFY(fonts.found);
    QCOMPARE(fonts.exitCode, 0);
    const QStringList lines = fonts.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 3, qPrintable(fonts.out)); // the header, its rule, a font
    for (qsizetype i = 2; i < lines.size(); ++i) {
        // name type... encoding emb sub uni object-id generation: emb is 5th from the end.
        const QStringList f = lines[i].simplified().split(u' ');
        QVERIFY2(f.size() >= 6, qPrintable(lines[i]));
        QVERIFY2(f[f.size() - 5] == u"yes",
                 qPrintable(QStringLiteral("not embedded: ") + lines[i]));
        QVERIFY2(f.first().contains(QStringLiteral("DejaVu")), qPrintable(lines[i]));
    }
}

/** qpdf --check finds no error in \a path; only warns when qpdf is not installed. */
inline void verifyQpdfCheck(const QString &path)
{
    const ToolRun qpdf = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    if (!qpdf.found) {
        qWarning("qpdf is not installed: the PDF's structure is not checked");
        return;
    }
    QVERIFY2(qpdf.exitCode == 0, qPrintable(qpdf.out));
    QVERIFY2(qpdf.out.contains(QStringLiteral("No syntax or stream encoding errors")),
             qPrintable(qpdf.out));
}

} // namespace vitrine::test
