// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-cli generate: writes a realistic demo car data log, the same one for the same seed.

#include "cli.h"

#include "generator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace vitrine::cli {

int generate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("vitrine::cli", "Writes a realistic demo car data log."));
    const QCommandLineOption events(QStringLiteral("events"),
                                    QCoreApplication::translate("vitrine::cli", "How many events."),
                                    QStringLiteral("N"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("vitrine::cli", "Seed: the same seed gives the same log."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  QCoreApplication::translate("vitrine::cli", "Days covered."),
                                  QStringLiteral("D"), QStringLiteral("183"));
    const QCommandLineOption output(
        QStringLiteral("out"),
        QCoreApplication::translate("vitrine::cli", "Output file; gzip when it ends in .gz."),
        QStringLiteral("FILE"));
    parser.addOptions({events, seed, days, output});
    parser.addHelpOption();
    bool okEvents = false;
    bool okSeed = false;
    bool okDays = false;
    if (!parser.parse(args) || !parser.isSet(events) || !parser.isSet(output)) {
        err() << (parser.errorText().isEmpty() ? parser.helpText() : parser.errorText())
              << Qt::endl;
        return Usage;
    }
    GeneratorOptions options;
    options.events = parser.value(events).toLongLong(&okEvents);
    options.seed = parser.value(seed).toULongLong(&okSeed);
    options.days = parser.value(days).toInt(&okDays);
    options.gzip = parser.value(output).endsWith(QStringLiteral(".gz"));
    if (!okEvents || !okSeed || !okDays || options.events < 1 || options.days < 1) {
        err() << QCoreApplication::translate("vitrine::cli",
                                             "--events and --days take whole numbers of 1 or "
                                             "more; --seed a whole number of 0 or more.")
              << Qt::endl;
        return Usage;
    }
    const GeneratorResult r = generateLog(parser.value(output), options);
    if (!r.ok) {
        err() << QCoreApplication::translate("vitrine::cli", "Cannot write %1: %2")
                     .arg(parser.value(output), r.error)
              << Qt::endl;
        return Failed;
    }
    err() << QCoreApplication::translate("vitrine::cli", "Wrote %1: %2 records, %3 events, VIN %4.")
                 .arg(parser.value(output))
                 .arg(r.records)
                 .arg(r.events)
                 .arg(r.vin)
          << Qt::endl;
    return Ok;
}

} // namespace vitrine::cli
