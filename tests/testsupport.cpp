// SPDX-License-Identifier: GPL-3.0-or-later
// Pins every test program's environment before main() runs (a plain UTF-8 locale, and a time
// zone far from Zurich, so that a time shown in the machine's zone instead of Swiss time fails),
// and runs the programs the tests start.

#include "testsupport.h"

#include <QProcess>
#include <QtGlobal>

#include <ctime>

namespace {

[[maybe_unused]] const bool g_environmentPinned = [] {
    qputenv("LC_ALL", "C.UTF-8");
    qputenv("LANG", "C.UTF-8");
    qputenv("TZ", vitrine::test::kTimeZone);
    tzset();
    return true;
}();

} // namespace

namespace vitrine::test {

QString ProcessRun::describe() const
{
    return QStringLiteral("exit %1%2\nout: %3\nerr: %4")
        .arg(exitCode)
        .arg(timedOut   ? QStringLiteral(" (timed out)")
             : crashed  ? QStringLiteral(" (crashed)")
             : !started ? QStringLiteral(" (did not start)")
                        : QString())
        .arg(outText(), errText());
}

ProcessRun runProgram(const QString &program, const QStringList &args, const RunOptions &options)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (options.pinned) {
        env = QProcessEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TZ"), QString::fromLatin1(kTimeZone));
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    env.insert(options.environment);
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessRun r;
    if (!p.waitForStarted(10000))
        return r;
    r.started = true;
    if (!options.input.isEmpty())
        p.write(options.input);
    p.closeWriteChannel();
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = r.timedOut = true;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = r.crashed ? -1 : p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace vitrine::test
