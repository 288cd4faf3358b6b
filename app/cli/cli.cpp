// SPDX-License-Identifier: GPL-3.0-or-later
// What every vitrine-cli command shares: its output streams, its language, and opening the
// kiosk's encrypted store with a passphrase that is never echoed.

#include "cli.h"

#include "inputtext.h"
#include "languages.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace vitrine::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString setLanguage(const QString &requested)
{
    // A C/POSIX locale names no human language (scripts, CI, service shells): English then,
    // rather than the kiosk's French default.
    const bool cLocale = QLocale::system().language() == QLocale::C;
    const QString code = !requested.isEmpty() ? requested
                         : cLocale            ? QStringLiteral("en")
                                              : Languages::fromSystem();
    if (!Languages::isSupported(code)) {
        err() << QCoreApplication::translate("vitrine::cli",
                                             "Unknown language \"%1\": use fr, de, it or en.")
                     .arg(code)
              << Qt::endl;
        return {};
    }
    Languages::install(code);
    return code;
}

QByteArray passphrase(QString *error)
{
    const QByteArray env = qgetenv("VITRINE_PASSPHRASE");
    if (!env.isEmpty())
        return env;
    if (!isatty(STDIN_FILENO)) {
        *error = QCoreApplication::translate(
            "vitrine::cli",
            "No passphrase: set VITRINE_PASSPHRASE or run from a terminal to be asked.");
        return {};
    }
    err() << QCoreApplication::translate("vitrine::cli", "Passphrase of the kiosk's store: ")
          << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(static_cast<char>(c));
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err() << Qt::endl;
    if (line.isEmpty())
        *error = QCoreApplication::translate("vitrine::cli", "No passphrase given.");
    return line;
}

QByteArray secretFromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("vitrine::cli", "Cannot read %1: %2")
                     .arg(displayFileName(path), file.errorString());
        return {};
    }
    QByteArray line = file.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        *error = QCoreApplication::translate(
                     "vitrine::cli", "The file %1 is empty: its first line should be the secret.")
                     .arg(displayFileName(path));
    }
    return line;
}

std::unique_ptr<Store> openKioskStore(const QString &path, const QString &passphraseFile,
                                      const Clock &clock)
{
    QString why;
    QByteArray secret =
        passphraseFile.isEmpty() ? passphrase(&why) : secretFromFile(passphraseFile, &why);
    if (secret.isEmpty()) {
        err() << why << Qt::endl;
        return nullptr;
    }
    StoreError error;
    auto store = Store::open(path, secret, clock, &error);
    secret.fill('\0');
    if (!store)
        err() << QCoreApplication::translate("vitrine::cli", "%1: %2")
                     .arg(displayFileName(path), error.message)
              << Qt::endl;
    return store;
}

} // namespace vitrine::cli
