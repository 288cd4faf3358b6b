// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-cli-documents: the commands of vitrine-cli that make, sign, check or print documents;
// vitrine-cli starts it in its own place, so that only these commands load Poppler, NSS and CUPS.

#include "cli.h"
#include "opensslsetup.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

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
    if (args.size() < 2)
        return vitrine::cli::Usage;
    const QString command = args[1];
    args.removeAt(1); // keep argv[0] so QCommandLineParser sees a normal command line
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
    // Only vitrine-cli starts this program, and only for the commands above.
    vitrine::cli::err()
        << QCoreApplication::translate("vitrine::cli", "Unknown command \"%1\".").arg(command)
        << Qt::endl;
    return vitrine::cli::Usage;
}
