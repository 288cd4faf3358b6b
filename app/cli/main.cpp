// vitrine-cli: the command line of Vitrine (inspect, classify, import, history, generate).

#include "cli.h"

#include <QCoreApplication>

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
                  "  generate --events N --seed S --out FILE      write a realistic demo log\n")
           << Qt::flush;
    return vitrine::cli::Ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    vitrine::cli::err()
        << QCoreApplication::translate("vitrine::cli", "Unknown command \"%1\".").arg(command)
        << Qt::endl;
    help(vitrine::cli::err());
    return vitrine::cli::Usage;
}
