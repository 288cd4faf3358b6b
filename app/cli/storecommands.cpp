// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-cli import and history: keeping a log's summary in the kiosk's encrypted store, and
// listing the earlier imports of a car.

#include "cli.h"

#include "catalogue.h"
#include "clock.h"
#include "importmessages.h"
#include "importrecord.h"
#include "inputtext.h"
#include "languages.h"
#include "plaintext.h"
#include "readlog.h"
#include "store.h"
#include "summary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTimeZone>

namespace vitrine::cli {

namespace {

/** Parses the options shared by import and history; false after printing a usage error. */
bool parseStoreArgs(QCommandLineParser &parser, const QStringList &args, const QString &what,
                    const QString &positional)
{
    parser.setApplicationDescription(what);
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("vitrine::cli", "The encrypted store's file."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("vitrine::cli", "Language of the messages."),
                      QStringLiteral("fr|de|it|en")});
    parser.addPositionalArgument(positional, positional);
    parser.addHelpOption();
    if (!parser.parse(args) || !parser.isSet(QStringLiteral("db")) ||
        parser.positionalArguments().size() != 1) {
        err() << (parser.errorText().isEmpty() ? parser.helpText() : parser.errorText())
              << Qt::endl;
        return false;
    }
    return !setLanguage(parser.value(QStringLiteral("lang"))).isEmpty();
}

} // namespace

int import(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseStoreArgs(parser, args,
                        QCoreApplication::translate(
                            "vitrine::cli", "Keeps a log's summary in the encrypted store."),
                        QStringLiteral("FILE")))
        return Usage;
    const QString path = parser.positionalArguments().constFirst();
    const QString fileName = displayFileName(QFileInfo(path).fileName());

    // Read first: a refused file never touches the store.
    Summary summary;
    const LogRead read = readLog(path, summary);
    if (!read.ok()) {
        err() << refusalMessage(read.refusal, fileName) << Qt::endl;
        return Refused;
    }

    SystemClock clock;
    auto store = openKioskStore(parser.value(QStringLiteral("db")), QString(), clock);
    if (!store)
        return Failed;

    const LogHeader &h = summary.header();
    const QString vin = QString::fromStdString(h.vin);
    const QString sha = QString::fromStdString(summary.source().sha256Hex);
    StoreError lookup;
    const auto earlier = store->findImport(vin, sha, &lookup);
    if (lookup.code != StoreError::Code::None) {
        // Not knowing whether the file is kept is not "new": nothing is written.
        err() << QCoreApplication::translate("vitrine::cli", "Nothing was kept: %1")
                     .arg(lookup.message)
              << Qt::endl;
        return Failed;
    }
    if (earlier) {
        out() << QCoreApplication::translate("vitrine::cli",
                                             "%1 was already imported on %2 (import %3): "
                                             "nothing new kept.")
                     .arg(fileName, Languages::swissDate(earlier->importedAt))
                     .arg(earlier->id)
              << Qt::endl;
        return Ok;
    }

    const ImportRecord rec = importRecordOf(summary, fileName, Catalogue::builtIn());

    StoreError error;
    const qint64 id = store->addImport(rec, &error);
    if (id < 0) {
        err() << QCoreApplication::translate("vitrine::cli", "Nothing was kept: %1")
                     .arg(error.message)
              << Qt::endl;
        return Failed;
    }
    out() << QCoreApplication::translate("vitrine::cli", "Imported %1 for the car %2 (import %3).")
                 .arg(fileName, plain::maskVin(vin))
                 .arg(id)
          << Qt::endl;
    const int total = plain::pluralCount(summary.counts().total);
    const int rejected = plain::pluralCount(summary.counts().rejected);
    out() << QCoreApplication::translate("vitrine::cli", "%Ln line(s) read", nullptr, total)
          << QStringLiteral(", ")
          << QCoreApplication::translate("vitrine::cli", "%Ln rejected", nullptr, rejected)
          << QStringLiteral(". ")
          << QCoreApplication::translate("vitrine::cli",
                                         "Only the summary was kept, not the records.")
          << Qt::endl;
    out() << QCoreApplication::translate("vitrine::cli", "SHA-256: %1").arg(sha) << Qt::endl;
    // A log cut short is kept all the same, but not without a word.
    if (summary.coverage().incomplete())
        out() << plain::coverageSentence(summary.coverage()) << Qt::endl;
    return Ok;
}

int history(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parseStoreArgs(
            parser, args,
            QCoreApplication::translate("vitrine::cli", "Lists the earlier imports of a car."),
            QStringLiteral("VIN")))
        return Usage;
    const QString vin = parser.positionalArguments().constFirst().toUpper();
    SystemClock clock;
    auto store = openKioskStore(parser.value(QStringLiteral("db")), QString(), clock);
    if (!store)
        return Failed;
    StoreError error;
    const QList<ImportRecord> imports = store->history(vin, &error);
    if (error.code != StoreError::Code::None) {
        err() << QCoreApplication::translate("vitrine::cli", "%1: %2")
                     .arg(parser.value(QStringLiteral("db")), error.message)
              << Qt::endl;
        return Failed;
    }
    if (imports.isEmpty()) {
        out() << QCoreApplication::translate("vitrine::cli", "No import of the car %1 is kept.")
                     .arg(vin)
              << Qt::endl;
        return Ok;
    }
    const int count = plain::pluralCount(imports.size());
    out() << QCoreApplication::translate(
                 "vitrine::cli", "%Ln import(s) of the car %1, newest first:", nullptr, count)
                 .arg(vin)
          << Qt::endl;
    for (const ImportRecord &r : imports) {
        out() << Qt::endl
              << QCoreApplication::translate("vitrine::cli", "Import %1 on %2: %3")
                     .arg(r.id)
                     .arg(Languages::swissDate(r.importedAt), displayFileName(r.fileName))
              << Qt::endl;
        out() << QStringLiteral("  ")
              << QCoreApplication::translate("vitrine::cli", "Events from %1 to %2: %3")
                     .arg(Languages::swissDate(r.observedFrom), Languages::swissDate(r.observedTo),
                          QLocale().toString(r.events))
              << Qt::endl;
        out() << QStringLiteral("  ")
              << QCoreApplication::translate("vitrine::cli", "Lines: %1 read, %2 rejected")
                     .arg(QLocale().toString(r.linesTotal), QLocale().toString(r.linesRejected))
              << Qt::endl;
        out() << QStringLiteral("  ")
              << QCoreApplication::translate("vitrine::cli", "SHA-256: %1").arg(r.fileSha256)
              << Qt::endl;
    }
    return Ok;
}

} // namespace vitrine::cli
