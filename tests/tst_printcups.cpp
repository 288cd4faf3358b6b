// SPDX-License-Identifier: GPL-3.0-or-later
// Printing through a real CUPS server: the test starts its own cupsd (never the system's) in a
// temporary folder, listening on a Unix socket only, with a cups-pdf queue, and prints a signed
// sheet made by `vitrine-cli sheet --db` through SheetPrinter. The PDF that cups-pdf writes must
// carry the sheet's text; no printer, a paused or rejecting queue and a failed job must each
// give a clear message and change nothing, and printing again must then work.
//
// cups-pdf only runs under a cupsd started as root (its backend is root's alone, mode 700), so
// the test skips when not run as root or when cups or printer-driver-cups-pdf is missing. CI
// runs it as root with both installed. cups-pdf reads /etc/cups/cups-pdf.conf only, so its
// output goes where that file says (by default ~/PDF of the job's user); the test removes the
// files it printed, and the folder if it made it.

#include "clock.h"
#include "pdfsigner.h"
#include "plaintext.h"
#include "privatecupsd.h"
#include "sheetprinter.h"
#include "store.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <pwd.h>
#include <unistd.h>

using namespace vitrine;

namespace {

const QString kQueue = QStringLiteral("vitrine-test");
const QString kFailing = QStringLiteral("vitrine-failing");
const QString kStopping = QStringLiteral("vitrine-stopping");
const QByteArray kPassphrase = "kiosk passphrase for the tests";
const QString kVin = QStringLiteral("WVWZZZCYWR0668936"); // the demo log's car
const QString kCupsPdfBackend = QStringLiteral("/usr/lib/cups/backend/cups-pdf");
const QString kCupsPdfPpd = QStringLiteral("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd");

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run run(const QString &program, const QStringList &args)
{
    const test::ProcessRun r = test::runProgram(program, args);
    if (!r.started)
        return {-1, {}, QStringLiteral("%1 did not start").arg(program)};
    return {r.exitCode, r.outText(), r.timedOut ? QStringLiteral("timed out") : r.errText()};
}

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(r.exitCode).arg(r.out, r.err);
}

/** A program of CUPS or Poppler's tools, looked for in sbin too. */
QString tool(const QString &name)
{
    return test::cupsTool(name);
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly)
               ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()
               : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/** The words of a PDF's text (pdftotext), optionally of a part of one page (in points). */
QStringList pdfWords(const QString &path, int page = 0, const QRectF &area = {})
{
    QStringList args = {QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0) {
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    }
    if (!area.isNull()) {
        args << QStringLiteral("-x") << QString::number(qFloor(area.x())) << QStringLiteral("-y")
             << QString::number(qFloor(area.y())) << QStringLiteral("-W")
             << QString::number(qCeil(area.width())) << QStringLiteral("-H")
             << QString::number(qCeil(area.height()));
    }
    args << path << QStringLiteral("-");
    const Run r = run(tool(QStringLiteral("pdftotext")), args);
    if (r.exitCode != 0)
        return {};
    QString text = r.out;
    text.replace(QChar(0x202F), QLatin1Char(' ')).replace(QChar(0x00A0), QLatin1Char(' '));
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

int pageCount(const QString &path)
{
    const Run r = run(tool(QStringLiteral("pdfinfo")), {path});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(r.out);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

/** \a words less one of each of \a taken (a multiset difference). */
QStringList without(QStringList words, const QStringList &taken)
{
    for (const QString &w : taken)
        words.removeOne(w);
    return words;
}

/** Where cups-pdf writes a job of the user running the test: its "Out" setting. */
QString cupsPdfOutputDir()
{
    QString out = QStringLiteral("${HOME}/PDF"); // cups-pdf's default
    QFile conf(QStringLiteral("/etc/cups/cups-pdf.conf"));
    if (conf.open(QIODevice::ReadOnly)) {
        while (!conf.atEnd()) {
            const QString line = QString::fromUtf8(conf.readLine()).trimmed();
            if (line.startsWith(QLatin1String("Out ")) || line.startsWith(QLatin1String("Out\t")))
                out = line.mid(4).trimmed();
        }
    }
    const passwd *user = ::getpwuid(::geteuid());
    if (!user)
        return {};
    out.replace(QLatin1String("${HOME}"), QString::fromLocal8Bit(user->pw_dir));
    out.replace(QLatin1String("${USER}"), QString::fromLocal8Bit(user->pw_name));
    return out;
}

/** Runs \a f on a thread of its own: libcups reads CUPS_SERVER once per thread. */
template <typename F> void onNewThread(F f)
{
    QThread *thread = QThread::create(f);
    thread->start();
    thread->wait();
    delete thread;
}

} // namespace

class TestPrintCups : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noPrinterIsAClearMessageAndChangesNothing();
    void printingServiceDownIsAClearMessage();
    void queuesAreListedAndTheDefaultIsChosen();
    void unknownQueueIsAClearMessage();
    void printsTheVeryPdfWithTheSameText();
    void pausedQueueChangesNothingAndPrintingAgainWorks();
    void rejectingQueueIsAClearMessage();
    void jobTheBackendAbortsIsReportedAsFailed();
    void jobHeldAfterAFailureIsReportedAndCancelled();
    void fileNotIssuedByTheStoreIsNotPrinted();
    void cleanupTestCase();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool startCupsd(QString *why);
    Run admin(const QString &program, const QStringList &args) const;
    bool addQueue(const QString &name, const QString &deviceUri, const QStringList &options);
    /** The file cups-pdf wrote for \a jobId, waited for; empty after \a ms. */
    QString printedFile(int jobId, int ms = 30000);
    /**
     * cups-pdf's files for the job: named after the job's title, ending in "job_<id>.pdf", and
     * written since this test started (job ids start again at 1 with each new cupsd).
     */
    QStringList outputsOf(int jobId) const;
    int printedCount();
    std::unique_ptr<Store> openStore();
    /** Notes the outcome's job, so that cups-pdf's file for it is removed at the end. */
    PrintOutcome track(const PrintOutcome &outcome)
    {
        if (outcome.jobId > 0)
            m_jobs.append(outcome.jobId);
        return outcome;
    }

    QTemporaryDir m_dir;
    // Its ServerBin: the system's filters and backends, plus a backend that always fails.
    test::PrivateCupsd m_cupsd{m_dir.path(), m_dir.filePath(QStringLiteral("bin"))};
    QString m_socket;
    QString m_outDir;
    bool m_madeOutDir = false;
    QDateTime m_started;
    QList<int> m_jobs; // the jobs printed: cups-pdf's files for them are removed at the end
    QString m_sheet;   // the signed sheet, made by vitrine-cli sheet --db
    QString m_db;
    QString m_code;
    SystemClock m_clock;
};

void TestPrintCups::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("cups-pdf runs only under a cupsd started as root: run this test as root (CI does)");
    if (tool(QStringLiteral("cupsd")).isEmpty() || tool(QStringLiteral("lpadmin")).isEmpty())
        QSKIP("CUPS is not installed (Debian packages cups, cups-client)");
    if (!QFile::exists(kCupsPdfBackend) || !QFile::exists(kCupsPdfPpd))
        QSKIP("cups-pdf is not installed (Debian package printer-driver-cups-pdf)");
    QVERIFY2(!tool(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is needed");
    QVERIFY(m_dir.isValid());
    // cupsd runs the filters as the unprivileged user lp: it must reach the spool inside.
    QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                                    QFileDevice::ExeOther));

    // Every libcups call of this process, and lpadmin & co., talk to the test's own cupsd.
    m_socket = m_cupsd.socket();
    qputenv("CUPS_SERVER", QFile::encodeName(m_socket));
    qunsetenv("PRINTER");
    qunsetenv("LPDEST");

    m_started = QDateTime::currentDateTime().addSecs(-1);
    m_outDir = cupsPdfOutputDir();
    QVERIFY2(!m_outDir.isEmpty(), "cannot tell where cups-pdf writes");
    m_madeOutDir = !QFileInfo::exists(m_outDir);

    // The signed sheet, as the headless path makes it: certificate, store, sheet.
    const QString nss = path(QStringLiteral("nss"));
    const Run cert =
        run(test::cliPath(),
            {QStringLiteral("cert"), QStringLiteral("init"), QStringLiteral("--nss-dir"), nss,
             QStringLiteral("--name"), QStringLiteral("Garage Exemple SA (démo)")});
    QVERIFY2(cert.exitCode == 0, qPrintable(describe(cert)));
    QVERIFY(writeFile(path(QStringLiteral("passphrase")), kPassphrase + '\n'));
    m_db = path(QStringLiteral("kiosk.db"));
    m_sheet = path(QStringLiteral("sheet.pdf"));
    const Run sheet =
        run(test::cliPath(),
            {QStringLiteral("sheet"), QStringLiteral("--log"), test::demoLogPath(),
             QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--nss-dir"), nss,
             QStringLiteral("--db"), m_db, QStringLiteral("--passphrase-file"),
             path(QStringLiteral("passphrase")), QStringLiteral("--out"), m_sheet});
    QVERIFY2(sheet.exitCode == 0, qPrintable(describe(sheet)));
    const QRegularExpressionMatch code =
        // The messages follow --lang; the code's own shape does not.
        QRegularExpression(QStringLiteral("\\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2})\\b"))
            .match(sheet.out);
    QVERIFY2(code.hasMatch(), qPrintable(sheet.out));
    m_code = code.captured(1);

    QString why;
    QVERIFY2(startCupsd(&why), qPrintable(why));
}

bool TestPrintCups::startCupsd(QString *why)
{
    const QString bin = path(QStringLiteral("bin"));
    QDir().mkpath(bin + QStringLiteral("/backend"));
    const QDir system(QStringLiteral("/usr/lib/cups"));
    for (const QString &entry : system.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (entry != u"backend")
            QFile::link(system.filePath(entry), QDir(bin).filePath(entry));
    }
    const QDir backends(system.filePath(QStringLiteral("backend")));
    for (const QString &entry : backends.entryList(QDir::Files | QDir::System))
        QFile::link(backends.filePath(entry), bin + QStringLiteral("/backend/") + entry);
    const QString failing = bin + QStringLiteral("/backend/vitrine-fail");
    if (!writeFile(failing, "#!/bin/sh\n"
                            "# Device discovery (no arguments): list nothing.\n"
                            "[ $# -eq 0 ] && exit 0\n"
                            "cat > /dev/null\n"
                            "echo 'ERROR: Out of paper (test printer)' >&2\n"
                            "exit 1\n") ||
        !QFile::setPermissions(failing, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                            QFileDevice::ExeOwner)) {
        *why = QStringLiteral("cannot write the failing backend");
        return false;
    }
    return m_cupsd.start(why);
}

Run TestPrintCups::admin(const QString &program, const QStringList &args) const
{
    return run(tool(program), args);
}

bool TestPrintCups::addQueue(const QString &name, const QString &deviceUri,
                             const QStringList &options)
{
    const Run r = admin(QStringLiteral("lpadmin"),
                        QStringList{QStringLiteral("-p"), name, QStringLiteral("-E"),
                                    QStringLiteral("-v"), deviceUri} +
                            options);
    if (r.exitCode != 0)
        qWarning("lpadmin: %s", qPrintable(describe(r)));
    return r.exitCode == 0;
}

QString TestPrintCups::printedFile(int jobId, int ms)
{
    const QDeadlineTimer deadline(ms);
    do {
        const QStringList files = outputsOf(jobId);
        if (!files.isEmpty())
            return files.constFirst();
        QThread::msleep(200);
    } while (!deadline.hasExpired());
    return {};
}

QStringList TestPrintCups::outputsOf(int jobId) const
{
    QStringList found;
    const QString suffix = QStringLiteral("job_%1.pdf").arg(jobId);
    const QDir dir(m_outDir);
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files)) {
        if (info.fileName().endsWith(suffix) && info.lastModified() >= m_started)
            found.append(info.absoluteFilePath());
    }
    return found;
}

std::unique_ptr<Store> TestPrintCups::openStore()
{
    StoreError error;
    auto store = Store::open(m_db, kPassphrase, m_clock, &error);
    if (!store)
        qWarning("store: %s", qPrintable(error.message));
    return store;
}

int TestPrintCups::printedCount()
{
    const auto store = openStore();
    const auto sheet = store ? store->findSheetByCode(m_code) : std::nullopt;
    return sheet ? sheet->printedCount : -1;
}

void TestPrintCups::noPrinterIsAClearMessageAndChangesNothing()
{
    const QByteArray before = sha256Of(m_sheet);
    QVERIFY(SheetPrinter::queues().isEmpty());
    const PrintOutcome chosen = SheetPrinter::chooseQueue({});
    QCOMPARE(chosen.status, PrintOutcome::Status::NoPrinter);

    const auto store = openStore();
    QVERIFY(store);
    const PrintOutcome printed = track(SheetPrinter().print(m_sheet, store.get()));
    QCOMPARE(printed.status, PrintOutcome::Status::NoPrinter);
    QVERIFY2(printed.message.contains(QStringLiteral("No printer is set up")),
             qPrintable(printed.message));
    QVERIFY(printed.message.contains(QStringLiteral("print again")));
    QCOMPARE(printed.jobId, 0);
    QCOMPARE(sha256Of(m_sheet), before);
    QCOMPARE(store->findSheetByCode(m_code)->printedCount, 0);
}

void TestPrintCups::printingServiceDownIsAClearMessage()
{
    const QByteArray own = qgetenv("CUPS_SERVER");
    qputenv("CUPS_SERVER", QFile::encodeName(path(QStringLiteral("no-cupsd-here.sock"))));
    PrintOutcome checked;
    onNewThread([&checked] { checked = SheetPrinter(kQueue).check(); });
    qputenv("CUPS_SERVER", own);
    QCOMPARE(checked.status, PrintOutcome::Status::ServiceUnavailable);
    QVERIFY2(checked.message.contains(QStringLiteral("printing service")),
             qPrintable(checked.message));
}

void TestPrintCups::queuesAreListedAndTheDefaultIsChosen()
{
    // The measured choice: cups-pdf turns the PDF into PostScript and back. With CUPS's
    // default renderer (Ghostscript) the text comes back as Type 3 glyphs pdftotext cannot
    // read; with pdftocairo it stays text. A real printer is sent the same PDF either way.
    QVERIFY(addQueue(kQueue, QStringLiteral("cups-pdf:/"),
                     {QStringLiteral("-P"), kCupsPdfPpd, QStringLiteral("-o"),
                      QStringLiteral("pdftops-renderer-default=pdftocairo")}));
    QVERIFY(addQueue(kFailing, QStringLiteral("vitrine-fail:/"),
                     {QStringLiteral("-o"), QStringLiteral("printer-error-policy=abort-job")}));

    QStringList names;
    for (const PrintQueue &q : SheetPrinter::queues())
        names << q.name;
    names.sort();
    QCOMPARE(names, (QStringList{kFailing, kQueue}));
    // Two queues, no default: the kiosk cannot guess.
    QCOMPARE(SheetPrinter::chooseQueue({}).status, PrintOutcome::Status::NoDefault);
    QVERIFY(SheetPrinter::chooseQueue({}).message.contains(QStringLiteral("default")));

    QCOMPARE(admin(QStringLiteral("lpadmin"), {QStringLiteral("-d"), kQueue}).exitCode, 0);
    const PrintOutcome chosen = SheetPrinter::chooseQueue({});
    QCOMPARE(chosen.status, PrintOutcome::Status::Ready);
    QCOMPARE(chosen.queue, kQueue);
    QCOMPARE(SheetPrinter::chooseQueue(kFailing).queue, kFailing);
    QCOMPARE(SheetPrinter().check().status, PrintOutcome::Status::Ready);
}

void TestPrintCups::unknownQueueIsAClearMessage()
{
    const PrintOutcome chosen = SheetPrinter::chooseQueue(QStringLiteral("Atelier_HP"));
    QCOMPARE(chosen.status, PrintOutcome::Status::UnknownQueue);
    QVERIFY2(chosen.message.contains(QStringLiteral("\"Atelier_HP\" is not set up")),
             qPrintable(chosen.message));
    // Asked by name, without QPrinterInfo: CUPS itself says it does not know it.
    const PrintOutcome printed = track(SheetPrinter(QStringLiteral("Atelier_HP")).print(m_sheet));
    QCOMPARE(printed.status, PrintOutcome::Status::UnknownQueue);
    QCOMPARE(printed.jobId, 0);
}

void TestPrintCups::printsTheVeryPdfWithTheSameText()
{
    const QByteArray before = sha256Of(m_sheet);
    const auto store = openStore();
    QVERIFY(store);
    SheetPrinter printer; // the default queue: vitrine-test
    printer.setJobTitle(QStringLiteral("vitrine sheet"));
    const PrintOutcome printed = track(printer.print(m_sheet, store.get()));
    QVERIFY2(printed.isPrinted(), qPrintable(printed.message));
    QCOMPARE(printed.queue, kQueue);
    QVERIFY(printed.jobId > 0);
    QVERIFY(printed.storeWarning.isEmpty());
    QCOMPARE(store->findSheetByCode(m_code)->printedCount, 1);
    QCOMPARE(sha256Of(m_sheet), before);

    const QString out = printedFile(printed.jobId);
    QVERIFY2(!out.isEmpty(),
             qPrintable(QStringLiteral("no job_%1.pdf in %2").arg(printed.jobId).arg(m_outDir)));
    QCOMPARE(pageCount(out), pageCount(m_sheet));

    // The key facts, on paper as in the file.
    const QStringList sent = pdfWords(m_sheet);
    const QStringList arrived = pdfWords(out);
    QVERIFY(sent.size() > 500);
    const QString arrivedText = arrived.join(QLatin1Char(' '));
    QVERIFY(arrivedText.contains(plain::maskVin(kVin)));
    QVERIFY(!arrivedText.contains(kVin));
    QVERIFY(arrivedText.contains(m_code));
    QVERIFY(arrivedText.contains(QStringLiteral("Garage Exemple SA (démo)")));
    for (const char *recipient : {"Swisscom", "Volkswagen"})
        QVERIFY2(arrivedText.contains(QLatin1String(recipient)), recipient);

    // And every word: what arrived is the sheet's text, all of it but the signature's stamp (a
    // form field's appearance, which CUPS's pdftopdf filter does not print).
    const QRectF stampArea = SignOptions().stampArea;
    const QSizeF a4(595.0, 842.0);
    const QStringList stamp =
        pdfWords(m_sheet, pageCount(m_sheet),
                 QRectF(stampArea.x() * a4.width(), stampArea.y() * a4.height(),
                        stampArea.width() * a4.width(), stampArea.height() * a4.height()));
    QVERIFY(!stamp.isEmpty());
    QCOMPARE(without(arrived, sent), QStringList()); // nothing that was not sent
    const QStringList missing = without(sent, arrived);
    QCOMPARE(without(missing, stamp), QStringList()); // nothing lost but the stamp
}

void TestPrintCups::pausedQueueChangesNothingAndPrintingAgainWorks()
{
    const QByteArray before = sha256Of(m_sheet);
    const int count = printedCount();
    QCOMPARE(admin(QStringLiteral("cupsdisable"), {kQueue}).exitCode, 0);
    QCOMPARE(SheetPrinter(kQueue).check().status, PrintOutcome::Status::Paused);
    {
        const auto store = openStore();
        const PrintOutcome paused = track(SheetPrinter(kQueue).print(m_sheet, store.get()));
        QCOMPARE(paused.status, PrintOutcome::Status::Paused);
        QVERIFY2(paused.message.contains(QStringLiteral("\"vitrine-test\" is paused")),
                 qPrintable(paused.message));
        QVERIFY(paused.message.contains(QStringLiteral("print again")));
        QCOMPARE(paused.jobId, 0); // nothing was queued to come out later
    }
    QCOMPARE(admin(QStringLiteral("lpstat"), {QStringLiteral("-o"), kQueue}).out, QString());
    QCOMPARE(sha256Of(m_sheet), before);
    QCOMPARE(printedCount(), count);

    // Resumed, the same call prints.
    QCOMPARE(admin(QStringLiteral("cupsenable"), {kQueue}).exitCode, 0);
    const auto store = openStore();
    const PrintOutcome again = track(SheetPrinter(kQueue).print(m_sheet, store.get()));
    QVERIFY2(again.isPrinted(), qPrintable(again.message));
    QCOMPARE(store->findSheetByCode(m_code)->printedCount, count + 1);
    const QString out = printedFile(again.jobId);
    QVERIFY(!out.isEmpty());
    QVERIFY(pdfWords(out).contains(m_code));
}

void TestPrintCups::rejectingQueueIsAClearMessage()
{
    QCOMPARE(admin(QStringLiteral("cupsreject"), {kQueue}).exitCode, 0);
    const PrintOutcome refused = track(SheetPrinter(kQueue).print(m_sheet));
    QCOMPARE(admin(QStringLiteral("cupsaccept"), {kQueue}).exitCode, 0);
    QCOMPARE(refused.status, PrintOutcome::Status::NotAccepting);
    QVERIFY2(refused.message.contains(QStringLiteral("does not accept print jobs")),
             qPrintable(refused.message));
    QCOMPARE(refused.jobId, 0);
}

void TestPrintCups::jobTheBackendAbortsIsReportedAsFailed()
{
    const int count = printedCount();
    const auto store = openStore();
    const PrintOutcome failed = track(SheetPrinter(kFailing).print(m_sheet, store.get()));
    QCOMPARE(failed.status, PrintOutcome::Status::JobFailed);
    QVERIFY(failed.jobId > 0);
    QVERIFY2(failed.message.contains(QStringLiteral("failed")), qPrintable(failed.message));
    QVERIFY2(failed.printerSays.contains(QStringLiteral("Out of paper")),
             qPrintable(failed.printerSays));
    QVERIFY(failed.message.contains(QStringLiteral("Out of paper")));
    QCOMPARE(store->findSheetByCode(m_code)->printedCount, count);
}

void TestPrintCups::jobHeldAfterAFailureIsReportedAndCancelled()
{
    // With CUPS's default error policy a job the backend failed is held ("resources are not
    // ready"), not aborted: it must not come out later, once someone releases it, beside the
    // sheet printed again meanwhile.
    QVERIFY(addQueue(kStopping, QStringLiteral("vitrine-fail:/"), {}));
    SheetPrinter printer(kStopping);
    printer.setTimeout(std::chrono::seconds(60));
    QDeadlineTimer quick(30000);
    const PrintOutcome failed = track(printer.print(m_sheet));
    QVERIFY2(!quick.hasExpired(), "the failure was found only by waiting for the timeout");
    QCOMPARE(failed.status, PrintOutcome::Status::JobFailed);
    QVERIFY(failed.jobId > 0);
    QVERIFY2(failed.printerSays.contains(QStringLiteral("Out of paper")),
             qPrintable(failed.message));
    QCOMPARE(admin(QStringLiteral("lpstat"), {QStringLiteral("-o"), kStopping}).out, QString());
}

void TestPrintCups::fileNotIssuedByTheStoreIsNotPrinted()
{
    const auto store = openStore();
    // One byte added: a file the store never issued.
    QFile sheet(m_sheet);
    QVERIFY(sheet.open(QIODevice::ReadOnly));
    const QString changed = path(QStringLiteral("changed.pdf"));
    QVERIFY(writeFile(changed, sheet.readAll() + "\n"));
    const PrintOutcome refused = track(SheetPrinter(kQueue).print(changed, store.get()));
    QCOMPARE(refused.status, PrintOutcome::Status::NotOnRecord);
    QCOMPARE(refused.jobId, 0);

    QVERIFY(writeFile(path(QStringLiteral("not-a.pdf")), "{\"vdfl\":1}\n"));
    const PrintOutcome notPdf =
        track(SheetPrinter(kQueue).print(path(QStringLiteral("not-a.pdf"))));
    QCOMPARE(notPdf.status, PrintOutcome::Status::BadFile);
    QCOMPARE(SheetPrinter(kQueue).print(path(QStringLiteral("missing.pdf"))).status,
             PrintOutcome::Status::BadFile);
}

void TestPrintCups::cleanupTestCase()
{
    m_cupsd.stop();
    for (const int job : std::as_const(m_jobs)) {
        for (const QString &file : outputsOf(job))
            QFile::remove(file);
    }
    if (m_madeOutDir && QDir(m_outDir).isEmpty())
        QDir().rmdir(m_outDir);
}

QTEST_MAIN(TestPrintCups)
#include "tst_printcups.moc"
