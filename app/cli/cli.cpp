#include "cli.h"

#include "languages.h"

#include <QCoreApplication>

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
    const QString code = requested.isEmpty() ? Languages::fromSystem() : requested;
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

} // namespace vitrine::cli
