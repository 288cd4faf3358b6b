// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-cli inspect: what a car data log holds, as a plain report in the chosen language or
// as JSON for machines.

#include "cli.h"

#include "catalogue.h"
#include "importmessages.h"
#include "inputtext.h"
#include "plainsummary.h"
#include "readlog.h"
#include "reportjson.h"
#include "summary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace vitrine::cli {

int inspect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("vitrine::cli", "Shows what a car data log holds."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("vitrine::cli", "The machine-readable report."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("vitrine::cli", "Language of the plain report."),
        QStringLiteral("fr|de|it|en"));
    parser.addOption(json);
    parser.addOption(lang);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("vitrine::cli", "The log file."));
    parser.addHelpOption();
    if (!parser.parse(args) || parser.positionalArguments().size() != 1 ||
        (parser.isSet(json) && parser.isSet(lang))) {
        err() << (parser.errorText().isEmpty() ? parser.helpText() : parser.errorText())
              << Qt::endl;
        return Usage;
    }
    const QString code = setLanguage(parser.value(lang));
    if (code.isEmpty())
        return Usage;

    const QString path = parser.positionalArguments().constFirst();
    Summary summary;
    const LogRead read = readLog(path, summary);
    if (!read.ok()) {
        if (parser.isSet(json))
            err() << QString::fromStdString(refusalText(read.refusal)) << Qt::endl;
        else
            err() << refusalMessage(read.refusal, displayFileName(QFileInfo(path).fileName()))
                  << Qt::endl;
        return Refused;
    }
    const Catalogue &catalogue = Catalogue::builtIn();
    if (parser.isSet(json)) {
        const QByteArray report = inspectionJson(summary, catalogue);
        std::fwrite(report.constData(), 1, static_cast<std::size_t>(report.size()), stdout);
        return Ok;
    }
    out() << plainSummary(summary, catalogue, code) << Qt::flush;
    return Ok;
}

} // namespace vitrine::cli
