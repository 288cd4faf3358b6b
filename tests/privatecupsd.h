// SPDX-License-Identifier: GPL-3.0-or-later
// A cupsd of a test's own (never the system's), configured in a folder the test owns and
// listening on a Unix socket only; when it does not come up, the test is told why, in cupsd's
// own words from the end of its error log.
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <csignal>
#include <sys/prctl.h>
#include <utility>

namespace vitrine::test {

/** A CUPS program, looked for where Debian puts them (sbin is not always on PATH). */
inline QString cupsTool(const QString &name)
{
    return QStandardPaths::findExecutable(name,
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                           QStringLiteral("/sbin"), QStringLiteral("/bin")});
}

/**
 * The last \a count lines of the text file at \a path, without their line ends and without
 * the empty line after the last line end; empty when the file cannot be read.
 */
inline QStringList lastLines(const QString &path, int count)
{
    QFile file(path);
    if (count <= 0 || !file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.mid(std::max<qsizetype>(0, lines.size() - count));
}

class PrivateCupsd
{
public:
    /** How many lines of cupsd's error log a failure quotes. */
    static constexpr int kQuotedLines = 10;

    /**
     * A cupsd whose configuration, spool, cache, state and logs all live in \a root (which must
     * exist), running the filters and backends of \a serverBin.
     */
    explicit PrivateCupsd(QString root, QString serverBin = QStringLiteral("/usr/lib/cups"))
        : m_root(std::move(root))
        , m_serverBin(std::move(serverBin))
    {}
    ~PrivateCupsd() { stop(); }
    PrivateCupsd(const PrivateCupsd &) = delete;
    PrivateCupsd &operator=(const PrivateCupsd &) = delete;

    /** The socket it listens on: CUPS_SERVER for whatever should talk to it. */
    QString socket() const { return path("cups.sock"); }
    QString errorLog() const { return path("log/error_log"); }
    QString cupsdConfPath() const { return path("cupsd.conf"); }
    QString cupsFilesConfPath() const { return path("cups-files.conf"); }

    /** Lines added at the end of cupsd.conf. */
    void setExtraConfig(const QByteArray &lines) { m_extra = lines; }

    QByteArray cupsdConf() const
    {
        return "Listen " + QFile::encodeName(socket()) +
               "\n"
               "LogLevel warn\n"
               "Browsing No\n"
               "BrowseLocalProtocols none\n"
               "DefaultAuthType None\n"
               "WebInterface No\n"
               "<Location />\n  Order allow,deny\n  Allow localhost\n</Location>\n" +
               m_extra;
    }

    QByteArray cupsFilesConf() const
    {
        const QByteArray root = QFile::encodeName(m_root);
        // ErrorLog first: cupsd reports a bad line of this file in the log it has by then.
        // Printcap names a file in the test's folder: cupsd then leaves /etc/printcap alone. An
        // empty Printcap (no file at all) was accepted by Debian 12's CUPS until its security
        // update 2.4.2-3+deb12u10, which stops at it ("Missing value for Printcap").
        return "ErrorLog " + root + "/log/error_log\nServerRoot " + root + "\nServerBin " +
               QFile::encodeName(m_serverBin) + "\nRequestRoot " + root + "/spool\nTempDir " +
               root + "/spool/tmp\nCacheDir " + root + "/cache\nStateDir " + root +
               "/state\nAccessLog " + root + "/log/access_log\nPageLog " + root +
               "/log/page_log\nPrintcap " + root + "/printcap\n";
    }

    /**
     * Writes the configuration, starts cupsd and waits until it answers, at most \a timeoutMs.
     * False when it does not, with in \a why what went wrong and the last lines of cupsd's
     * error log, which says why it stopped.
     */
    bool start(QString *why, int timeoutMs = 20000)
    {
        for (const char *dir : {"spool/tmp", "cache", "state", "log"})
            QDir().mkpath(path(dir));
        if (!write(cupsdConfPath(), cupsdConf()) || !write(cupsFilesConfPath(), cupsFilesConf())) {
            *why = QStringLiteral("cannot write cupsd's configuration in %1").arg(m_root);
            return false;
        }
        const QString cupsd = cupsTool(QStringLiteral("cupsd"));
        if (cupsd.isEmpty()) {
            *why = QStringLiteral("cupsd is not installed (Debian package cups-daemon)");
            return false;
        }
        m_cupsd.setProgram(cupsd);
        m_cupsd.setArguments({QStringLiteral("-f"), QStringLiteral("-c"), cupsdConfPath(),
                              QStringLiteral("-s"), cupsFilesConfPath()});
        m_cupsd.setProcessChannelMode(QProcess::MergedChannels);
        // Should the test die, cupsd goes with it.
        m_cupsd.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_cupsd.start();
        if (!m_cupsd.waitForStarted(10000)) {
            *why = QStringLiteral("cupsd did not start: %1").arg(m_cupsd.errorString());
            return false;
        }
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            if (answers())
                return true;
            // Waiting on the process (not sleeping) is what notices that it ended: a QProcess
            // learns it only in an event loop or a wait.
            if (m_cupsd.state() == QProcess::NotRunning || m_cupsd.waitForFinished(100)) {
                *why = failure(
                    m_cupsd.exitStatus() == QProcess::NormalExit
                        ? QStringLiteral("cupsd stopped (exit code %1) before it answered on %2.")
                              .arg(m_cupsd.exitCode())
                              .arg(socket())
                        : QStringLiteral("cupsd crashed before it answered on %1.").arg(socket()));
                return false;
            }
            if (deadline.hasExpired()) {
                stop();
                *why = failure(QStringLiteral("cupsd did not answer on %1 within %2 ms.")
                                   .arg(socket())
                                   .arg(timeoutMs));
                return false;
            }
        }
    }

    void stop()
    {
        if (m_cupsd.state() == QProcess::NotRunning)
            return;
        m_cupsd.terminate();
        if (!m_cupsd.waitForFinished(10000)) {
            m_cupsd.kill();
            m_cupsd.waitForFinished();
        }
    }

    bool isRunning() const { return m_cupsd.state() == QProcess::Running; }

private:
    QString path(const char *relative) const
    {
        return QDir(m_root).filePath(QString::fromLatin1(relative));
    }

    static bool write(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

    /** Whether the scheduler answers on its socket (lpstat -r says so, and exits 0 either way). */
    bool answers() const
    {
        if (!QFileInfo::exists(socket()))
            return false;
        QProcess lpstat;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CUPS_SERVER"), socket());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // its words, not translated
        lpstat.setProcessEnvironment(env);
        lpstat.start(cupsTool(QStringLiteral("lpstat")), {QStringLiteral("-r")});
        if (!lpstat.waitForFinished(10000)) {
            lpstat.kill();
            lpstat.waitForFinished();
            return false;
        }
        return lpstat.exitCode() == 0 &&
               QString::fromUtf8(lpstat.readAllStandardOutput()).trimmed() ==
                   u"scheduler is running";
    }

    /** \a what, then what cupsd printed and the last lines of its error log. */
    QString failure(const QString &what)
    {
        QString text = what;
        const QString said = QString::fromLocal8Bit(m_cupsd.readAll()).trimmed();
        if (!said.isEmpty())
            text += QStringLiteral("\ncupsd said: ") + said;
        const QStringList log = lastLines(errorLog(), kQuotedLines);
        if (log.isEmpty()) {
            text += QStringLiteral("\ncupsd wrote nothing in its error log %1.").arg(errorLog());
        } else {
            text += QStringLiteral("\nThe end of cupsd's error log %1:\n  ").arg(errorLog()) +
                    log.join(QStringLiteral("\n  "));
        }
        return text;
    }

    QString m_root;
    QString m_serverBin;
    QByteArray m_extra;
    QProcess m_cupsd;
};

} // namespace vitrine::test
