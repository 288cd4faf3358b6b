// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-cli letters: the information request letters (art. 25 FADP) to the recipients of a
// car data log, as one PDF.

#include "cli.h"

#include "catalogue.h"
#include "importmessages.h"
#include "inputtext.h"
#include "readlog.h"
#include "requestletter.h"
#include "summary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace vitrine::cli {

namespace {

/** "host (reason), host (reason)": the recipients that got no letter, and why. */
QString skippedList(const std::vector<SkippedRecipient> &skipped)
{
    QStringList parts;
    for (const SkippedRecipient &s : skipped) {
        parts << QCoreApplication::translate("vitrine::cli", "%1 (%2)",
                                             "a recipient without a letter (the reason)")
                     .arg(s.id, skipReason(s.reason));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

int letters(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vitrine::cli", "Writes an information request letter (art. 25 FADP) to each chosen "
                        "recipient of a car data log, as one PDF."));
    const QCommandLineOption log(QStringLiteral("log"),
                                 QCoreApplication::translate("vitrine::cli", "The log file."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("vitrine::cli", "Language of the letters."),
        QStringLiteral("fr|de|it|en"));
    const QCommandLineOption outPath(
        QStringLiteral("out"), QCoreApplication::translate("vitrine::cli", "The PDF to write."),
        QStringLiteral("LETTERS.pdf"));
    const QCommandLineOption recipient(
        QStringLiteral("recipient"),
        QCoreApplication::translate("vitrine::cli",
                                    "A recipient to write to: org:ID, a catalogue id or a host "
                                    "(may be given several times)."),
        QStringLiteral("ID"));
    const QCommandLineOption all(
        QStringLiteral("all"),
        QCoreApplication::translate("vitrine::cli",
                                    "Write to every known organisation that the log names."));
    const QCommandLineOption fullVin(
        QStringLiteral("full-vin"),
        QCoreApplication::translate("vitrine::cli",
                                    "Print the VIN in full (by default it is masked, with a line "
                                    "to write it in by hand)."));
    parser.addOptions({log, lang, outPath, recipient, all, fullVin});
    parser.addHelpOption();
    if (!parser.parse(args) || !parser.isSet(log) || !parser.isSet(outPath) ||
        !parser.positionalArguments().isEmpty()) {
        err() << (parser.errorText().isEmpty() ? parser.helpText() : parser.errorText())
              << Qt::endl;
        return Usage;
    }
    const QString language = setLanguage(parser.value(lang));
    if (language.isEmpty())
        return Usage;
    if (!parser.isSet(all) && parser.values(recipient).isEmpty()) {
        err() << QCoreApplication::translate(
                     "vitrine::cli",
                     "Say whom to write to: --recipient ID (once or more) or --all.")
              << Qt::endl;
        return Usage;
    }

    const QString path = parser.value(log);
    Summary summary;
    const LogRead read = readLog(path, summary);
    if (!read.ok()) {
        err() << refusalMessage(read.refusal, QFileInfo(path).fileName()) << Qt::endl;
        return Refused;
    }
    LetterInput in;
    in.lang = language;
    in.summary = &summary;
    in.catalogue = &Catalogue::builtIn();
    in.recipients = parser.values(recipient);
    in.all = parser.isSet(all);
    in.fullVin = parser.isSet(fullVin);
    QString error;
    LetterResult result;
    const int pages = writeRequestLettersFile(in, parser.value(outPath), &error, &result);
    if (pages == 0) {
        err() << error;
        if (!result.skipped.empty()) {
            err() << u' '
                  << QCoreApplication::translate("vitrine::cli", "No letter for: %1.")
                         .arg(skippedList(result.skipped));
        }
        err() << Qt::endl;
        return Failed;
    }
    const int count = static_cast<int>(result.written.size());
    QString line =
        QCoreApplication::translate("vitrine::cli", "Wrote %n letter(s) to %1.", nullptr, count)
            .arg(displayFileName(parser.value(outPath)));
    if (!result.skipped.empty()) {
        line += u' ' + QCoreApplication::translate("vitrine::cli", "No letter for: %1.")
                           .arg(skippedList(result.skipped));
    }
    out() << line << Qt::endl;
    return Ok;
}

} // namespace vitrine::cli
