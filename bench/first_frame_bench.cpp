// SPDX-License-Identifier: GPL-3.0-or-later
// first_frame_bench: how long the kiosk takes from its start to its first frame, beside a bare
// Qt Quick Controls window started the same way, a few runs each; prints the figures and the ratio.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcess>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

struct Case
{
    QString name;
    QString program;
    QStringList arguments;
    std::vector<double> ms;
};

// One start: the clock is read just before the program is started, and the program prints the
// same clock at its first frame; what lies between is what a person in front of it waits.
std::optional<double> runOnce(const Case &c, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 started = QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
    process.start(c.program, c.arguments);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(c.program, process.errorString());
        return std::nullopt;
    }
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("%1 showed no frame within 60 s").arg(c.name);
        return std::nullopt;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("first-frame-ns ")) {
            bool ok = false;
            const qint64 at = line.mid(15).trimmed().toLongLong(&ok);
            if (ok)
                return double(at - started) / 1e6;
        }
    }
    *error = QStringLiteral("%1 printed no first-frame line (exit %2): %3")
                 .arg(c.name)
                 .arg(process.exitCode())
                 .arg(QString::fromLocal8Bit(process.readAllStandardError().right(600)));
    return std::nullopt;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 7;
    if (args.size() >= 2 && args.first() == QLatin1String("--runs")) {
        runs = std::max(1, args.at(1).toInt());
        args = args.mid(2);
    }
    QTextStream out(stdout);
    if (args.size() < 2 || args.size() > 3) {
        out << "usage: first_frame_bench [--runs N] KIOSK BARE [DATA-DIR]\n"
               "  KIOSK     the kiosk (build/app/vitrine)\n"
               "  BARE      the bare Qt Quick Controls window (build/bench/first_frame_bare)\n"
               "  DATA-DIR  a kiosk data folder holding a store (the kiosk opens on its "
               "passphrase screen)\n";
        return 2;
    }
    std::vector<Case> cases;
    cases.push_back({QStringLiteral("bare Qt Quick Controls window"), args.at(1), {}, {}});
    cases.push_back(
        {QStringLiteral("kiosk, demo (--demo)"),
         args.at(0),
         {QStringLiteral("--demo"), QStringLiteral("--windowed"), QStringLiteral("--first-frame")},
         {}});
    if (args.size() == 3)
        cases.push_back({QStringLiteral("kiosk, real data folder"),
                         args.at(0),
                         {QStringLiteral("--data-dir"), args.at(2), QStringLiteral("--windowed"),
                          QStringLiteral("--first-frame")},
                         {}});

    // One warm-up start each (the page cache, the QML disk cache), not counted; then the cases
    // take turns, so that a slow moment of the machine falls on all of them alike.
    QString error;
    for (Case &c : cases) {
        if (!runOnce(c, &error)) {
            out << "first_frame_bench: " << error << Qt::endl;
            return 1;
        }
    }
    for (int i = 0; i < runs; ++i) {
        for (Case &c : cases) {
            const std::optional<double> ms = runOnce(c, &error);
            if (!ms) {
                out << "first_frame_bench: " << error << Qt::endl;
                return 1;
            }
            c.ms.push_back(*ms);
        }
    }

    const double bare = median(cases.front().ms);
    out << "platform: " << qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("(default)"))
        << ", " << runs << " runs each\n\n";
    out << "| what | median ms | min ms | max ms | vs bare |\n|---|---:|---:|---:|---:|\n";
    for (const Case &c : cases) {
        const double m = median(c.ms);
        out << "| " << c.name << " | " << QString::number(m, 'f', 0) << " | "
            << QString::number(*std::min_element(c.ms.begin(), c.ms.end()), 'f', 0) << " | "
            << QString::number(*std::max_element(c.ms.begin(), c.ms.end()), 'f', 0) << " | "
            << QString::number(m / bare, 'f', 1) << "× |\n";
    }
    bool met = true;
    for (size_t i = 1; i < cases.size(); ++i)
        met = met && median(cases[i].ms) <= 4 * bare;
    out << "\naim (kiosk at most 4× the bare window): " << (met ? "met" : "not met") << Qt::endl;
    return 0;
}
