// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-cli: the command line of Vitrine (inspect, classify, import, history, generate).

#include "cli.h"
#include "opensslsetup.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

int help(QTextStream &stream)
{
    stream << QCoreApplication::translate(
                  "vitrine::cli",
                  "Usage: vitrine-cli COMMAND [OPTIONS]\n"
                  "\n"
                  "Commands:\n"
                  "  inspect [--json | --lang fr|de|it|en] FILE   what a car data log holds\n"
                  "  classify                                     category of each VSS path on "
                  "standard input\n"
                  "  import --db PATH FILE                        keep a log's summary in the "
                  "encrypted store\n"
                  "  history --db PATH VIN                        earlier imports of a car\n"
                  "  generate --events N --seed S --out FILE      write a realistic demo log\n"
                  "  sheet --log FILE --lang fr|de|it|en --nss-dir DIR --out SHEET.pdf\n"
                  "        [--db PATH] [--dealer NAME]            write the signed privacy "
                  "review sheet\n"
                  "  print [--queue NAME] [--db PATH] SHEET.pdf   print a signed sheet (CUPS); "
                  "--list: the printers\n"
                  "  letters --log FILE --lang fr|de|it|en --out LETTERS.pdf\n"
                  "          (--recipient ID ... | --all) [--full-vin]\n"
                  "                                               write information request "
                  "letters (art. 25 FADP)\n"
                  "  cert init --nss-dir DIR --name NAME [--force] make a self-signed dealer "
                  "certificate (demo, test)\n"
                  "  cert show --nss-dir DIR                      the dealer certificate the "
                  "kiosk signs with\n"
                  "  sign --nss-dir DIR IN.pdf OUT.pdf            sign a PDF with the dealer's "
                  "certificate\n"
                  "  verify --nss-dir DIR [--db PATH] SHEET.pdf   is a sheet genuine?\n")
           << Qt::flush;
    return vitrine::cli::Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything uses OpenSSL, as in the kiosk (see opensslsetup.h).
    vitrine::setUpOpenSsl();
    // Drawing the sheet needs a QGuiApplication, offscreen when no platform is set; the other
    // commands start without any platform plugin.
    const bool draws =
        argc > 1 && (std::strcmp(argv[1], "sheet") == 0 || std::strcmp(argv[1], "letters") == 0);
    if (draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        draws ? std::make_unique<QGuiApplication>(argc, argv)
              : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vitrine-cli"));
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h" || args[1] == u"help")
        return args.size() < 2 ? (help(vitrine::cli::err()), vitrine::cli::Usage)
                               : help(vitrine::cli::out());
    const QString command = args[1];
    args.removeAt(1); // keep argv[0] so QCommandLineParser sees a normal command line
    if (command == u"inspect")
        return vitrine::cli::inspect(args);
    if (command == u"classify")
        return vitrine::cli::classify(args);
    if (command == u"import")
        return vitrine::cli::import(args);
    if (command == u"history")
        return vitrine::cli::history(args);
    if (command == u"generate")
        return vitrine::cli::generate(args);
    if (command == u"sheet")
        return vitrine::cli::sheet(args);
    if (command == u"print")
        return vitrine::cli::print(args);
    if (command == u"letters")
        return vitrine::cli::letters(args);
    if (command == u"cert")
        return vitrine::cli::cert(args);
    if (command == u"sign")
        return vitrine::cli::sign(args);
    if (command == u"verify")
        return vitrine::cli::verify(args);
    vitrine::cli::err()
        << QCoreApplication::translate("vitrine::cli", "Unknown command \"%1\".").arg(command)
        << Qt::endl;
    help(vitrine::cli::err());
    return vitrine::cli::Usage;
}
