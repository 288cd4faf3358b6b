// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-cli: the command line of Vitrine. It reads, classifies and keeps logs itself, and
// hands the commands that make, sign, check or print documents to vitrine-cli-documents.

#include "cli.h"
#include "opensslsetup.h"

#include <QCoreApplication>

#include <climits>
#include <cstring>
#include <string>
#include <unistd.h>

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

// The commands vitrine-cli-documents runs.
bool isDocumentCommand(const char *command)
{
    for (const char *document : {"sheet", "print", "letters", "cert", "sign", "verify"}) {
        if (std::strcmp(command, document) == 0)
            return true;
    }
    return false;
}

// Beside this program in the build tree, in libexec once installed; empty when not found.
std::string documentsProgram()
{
    char self[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self);
    if (n <= 0 || static_cast<std::size_t>(n) >= sizeof self)
        return {}; // no /proc, or a path cut short

    std::string dir(self, static_cast<std::size_t>(n));
    dir.erase(dir.rfind('/') + 1);
    for (const std::string &candidate :
         {dir + "vitrine-cli-documents", dir + VITRINE_LIBEXEC_FROM_BIN "/vitrine-cli-documents"}) {
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // Reading a log must not wait for Poppler, NSS, CUPS and Qt's GUI to load (two thirds of
    // the start of this program when they were linked in): documents are made by another one.
    const bool documents = argc > 1 && isDocumentCommand(argv[1]);
    if (documents) {
        const std::string program = documentsProgram();
        if (!program.empty())
            ::execv(program.c_str(), argv);
    }
    // Before anything uses OpenSSL, as in the kiosk (see opensslsetup.h).
    vitrine::setUpOpenSsl();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vitrine-cli"));
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h" || args[1] == u"help")
        return args.size() < 2 ? (help(vitrine::cli::err()), vitrine::cli::Usage)
                               : help(vitrine::cli::out());
    const QString command = args[1];
    if (documents) {
        vitrine::cli::setLanguage({}); // the system's language, as the commands use by default
        vitrine::cli::err() << QCoreApplication::translate(
                                   "vitrine::cli",
                                   "This installation lacks vitrine-cli-documents, which makes, "
                                   "signs, checks and prints documents. Install Vitrine again.")
                            << Qt::endl;
        return vitrine::cli::Failed;
    }
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
    vitrine::cli::err()
        << QCoreApplication::translate("vitrine::cli", "Unknown command \"%1\".").arg(command)
        << Qt::endl;
    help(vitrine::cli::err());
    return vitrine::cli::Usage;
}
