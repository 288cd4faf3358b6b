// SPDX-License-Identifier: GPL-3.0-or-later
// How a sheet is printed with libcups: the queue checked first, the PDF sent as it is, the job
// followed to its end or cancelled at the timeout, and each outcome explained.

#include "sheetprinter.h"

#include "store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QPrinterInfo>
#include <QThread>

#include <cups/cups.h>

#include <memory>
#include <sys/socket.h>

namespace vitrine {

namespace {

// A sheet is a few hundred kilobytes; anything this large is not one, and is not read whole.
constexpr qint64 kMaxPdfBytes = 64 * 1024 * 1024;
constexpr unsigned long kPollMs = 200;

struct HttpCloser
{
    void operator()(http_t *http) const { httpClose(http); }
};
using Http = std::unique_ptr<http_t, HttpCloser>;

struct IppDeleter
{
    void operator()(ipp_t *ipp) const { ippDelete(ipp); }
};
using Ipp = std::unique_ptr<ipp_t, IppDeleter>;

/** A connection to the CUPS server libcups is configured for (CUPS_SERVER, client.conf). */
Http connectToServer()
{
    return Http(httpConnect2(cupsServer(), ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1,
                             10000, nullptr));
}

/** "queue/instance" (an lpoptions instance, as Qt lists it) names the queue "queue". */
QByteArray queueOf(const QString &name)
{
    return name.section(QLatin1Char('/'), 0, 0).toUtf8();
}

QByteArray printerUri(const QByteArray &queue)
{
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(),
                     "/printers/%s", queue.constData());
    return QByteArray(uri);
}

QString lastCupsError()
{
    return QString::fromUtf8(cupsLastErrorString());
}

QString textAttribute(ipp_t *response, const char *name)
{
    ipp_attribute_t *attr = ippFindAttribute(response, name, IPP_TAG_ZERO);
    const char *value = attr ? ippGetString(attr, 0, nullptr) : nullptr;
    QString text = value ? QString::fromUtf8(value).trimmed() : QString();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    // What cupsdisable and cupsreject say by default repeats the message's own words.
    if (text == u"Paused" || text == u"Rejecting Jobs")
        text.clear();
    return text;
}

int enumAttribute(ipp_t *response, const char *name)
{
    ipp_attribute_t *attr = ippFindAttribute(response, name, IPP_TAG_ENUM);
    return attr ? ippGetInteger(attr, 0) : 0;
}

/** Fills in the advisor's message for the outcome's status. */
PrintOutcome &explain(PrintOutcome &o, const QString &extra = {})
{
    o.detail = extra;
    const QString kept = QCoreApplication::translate(
        "vitrine::Print", "The review is kept: print again once this is solved.");
    QString text;
    switch (o.status) {
    case PrintOutcome::Status::Ready:
        text = QCoreApplication::translate("vitrine::Print", "The printer \"%1\" is ready.")
                   .arg(o.queue);
        break;
    case PrintOutcome::Status::Printed:
        text = QCoreApplication::translate("vitrine::Print", "The sheet was printed on \"%1\".")
                   .arg(o.queue);
        break;
    case PrintOutcome::Status::NoPrinter:
        text = QCoreApplication::translate("vitrine::Print",
                                           "No printer is set up on this computer.") +
               QLatin1Char(' ') + kept;
        break;
    case PrintOutcome::Status::UnknownQueue:
        text = QCoreApplication::translate(
                   "vitrine::Print",
                   "The printer \"%1\" is not set up on this computer. Check the name of the "
                   "printer in the kiosk's settings.")
                   .arg(o.queue) +
               QLatin1Char(' ') + kept;
        break;
    case PrintOutcome::Status::NoDefault:
        text = QCoreApplication::translate(
                   "vitrine::Print",
                   "Several printers are set up and none of them is the default. Choose one in "
                   "the kiosk's settings.") +
               QLatin1Char(' ') + kept;
        break;
    case PrintOutcome::Status::ServiceUnavailable:
        text =
            QCoreApplication::translate(
                "vitrine::Print", "The printing service of this computer (CUPS) does not answer.") +
            QLatin1Char(' ') + kept;
        break;
    case PrintOutcome::Status::Paused:
        text = QCoreApplication::translate("vitrine::Print",
                                           "The printer \"%1\" is paused. Resume it (for "
                                           "example with: cupsenable %1).")
                   .arg(o.queue) +
               QLatin1Char(' ') + kept;
        break;
    case PrintOutcome::Status::NotAccepting:
        text = QCoreApplication::translate(
                   "vitrine::Print",
                   "The printer \"%1\" does not accept print jobs at the moment. Let it accept "
                   "them again (for example with: cupsaccept %1).")
                   .arg(o.queue) +
               QLatin1Char(' ') + kept;
        break;
    case PrintOutcome::Status::BadFile:
        text = extra;
        break;
    case PrintOutcome::Status::NotOnRecord:
        text = QCoreApplication::translate(
                   "vitrine::Print",
                   "The file %1 is not a sheet this kiosk issued, or it was changed since. "
                   "Nothing was printed.")
                   .arg(extra);
        break;
    case PrintOutcome::Status::SubmitFailed:
        text = QCoreApplication::translate("vitrine::Print",
                                           "The printer \"%1\" did not take the sheet (%2).")
                   .arg(o.queue, extra) +
               QLatin1Char(' ') + kept;
        break;
    case PrintOutcome::Status::JobFailed:
        text = QCoreApplication::translate("vitrine::Print",
                                           "Printing on \"%1\" failed: the sheet did not come "
                                           "out.")
                   .arg(o.queue) +
               QLatin1Char(' ') + kept;
        break;
    case PrintOutcome::Status::TimedOut: {
        const int seconds = int(
            std::chrono::ceil<std::chrono::seconds>(std::chrono::milliseconds(extra.toLongLong()))
                .count());
        text = QCoreApplication::translate(
                   "vitrine::Print",
                   "The printer \"%1\" did not finish within %n second(s), so the print was "
                   "cancelled.",
                   nullptr, seconds)
                   .arg(o.queue) +
               QLatin1Char(' ') + kept;
        break;
    }
    }
    if (!o.printerSays.isEmpty() && o.status != PrintOutcome::Status::Printed &&
        o.status != PrintOutcome::Status::Ready) {
        text += QLatin1Char(' ') +
                QCoreApplication::translate("vitrine::Print", "The printer says: \"%1\".")
                    .arg(o.printerSays);
    }
    o.message = text;
    return o;
}

PrintOutcome outcome(PrintOutcome::Status status, const QString &queue)
{
    PrintOutcome o;
    o.status = status;
    o.queue = queue;
    return o;
}

/** A job's state as CUPS reports it. */
struct JobState
{
    int state = 0; ///< ipp_jstate_t; 0 when the server could not be asked
    /** Held because the printer failed it (CUPS holds a job its backend could not print). */
    bool printerFailed = false;
};

/** The job's state and the printer's words about it. */
JobState jobState(http_t *http, int jobId, QString *printerSays)
{
    Ipp request(ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES));
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(),
                     "/jobs/%d", jobId);
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri);
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr,
                 cupsUser());
    static const char *const wanted[] = {"job-state", "job-state-reasons",
                                         "job-printer-state-message"};
    ippAddStrings(request.get(), IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3,
                  nullptr, wanted);
    const Ipp response(cupsDoRequest(http, request.release(), "/"));
    JobState job;
    if (!response || cupsLastError() > IPP_STATUS_OK_CONFLICTING)
        return job;
    const QString says = textAttribute(response.get(), "job-printer-state-message");
    if (!says.isEmpty())
        *printerSays = says;
    job.state = enumAttribute(response.get(), "job-state");
    ipp_attribute_t *reasons = ippFindAttribute(response.get(), "job-state-reasons", IPP_TAG_ZERO);
    for (int i = 0; reasons && i < ippGetCount(reasons); ++i) {
        if (qstrcmp(ippGetString(reasons, i, nullptr), "resources-are-not-ready") == 0)
            job.printerFailed = job.state == IPP_JSTATE_HELD;
    }
    return job;
}

} // namespace

SheetPrinter::SheetPrinter(QString queue)
    : m_queue(std::move(queue))
{}

QList<PrintQueue> SheetPrinter::queues()
{
    QList<PrintQueue> list;
    for (const QPrinterInfo &info : QPrinterInfo::availablePrinters())
        list.append({info.printerName(), info.description(), info.location(), info.isDefault()});
    return list;
}

QString SheetPrinter::describe(PrintOutcome outcome)
{
    const QString detail = outcome.detail;
    return explain(outcome, detail).message;
}

PrintOutcome SheetPrinter::chooseQueue(const QString &configured)
{
    const QStringList names = QPrinterInfo::availablePrinterNames();
    if (names.isEmpty()) {
        // No queue, or no server to list them: say which, the remedies differ.
        PrintOutcome o = outcome(connectToServer() ? PrintOutcome::Status::NoPrinter
                                                   : PrintOutcome::Status::ServiceUnavailable,
                                 configured);
        return explain(o);
    }
    if (!configured.isEmpty()) {
        PrintOutcome o = outcome(names.contains(configured) ? PrintOutcome::Status::Ready
                                                            : PrintOutcome::Status::UnknownQueue,
                                 configured);
        return explain(o);
    }
    QString chosen = QPrinterInfo::defaultPrinterName();
    if (chosen.isEmpty() && names.size() == 1)
        chosen = names.constFirst();
    PrintOutcome o = outcome(
        chosen.isEmpty() ? PrintOutcome::Status::NoDefault : PrintOutcome::Status::Ready, chosen);
    return explain(o);
}

PrintOutcome SheetPrinter::resolve() const
{
    if (m_queue.isEmpty())
        return chooseQueue({});
    PrintOutcome o = outcome(PrintOutcome::Status::Ready, m_queue);
    return o;
}

PrintOutcome SheetPrinter::check() const
{
    PrintOutcome o = resolve();
    if (!o.isReady())
        return o;
    const Http http = connectToServer();
    if (!http) {
        o.status = PrintOutcome::Status::ServiceUnavailable;
        return explain(o);
    }
    Ipp request(ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES));
    const QByteArray uri = printerUri(queueOf(o.queue));
    ippAddString(request.get(), IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
                 uri.constData());
    static const char *const wanted[] = {"printer-state", "printer-is-accepting-jobs",
                                         "printer-state-message"};
    ippAddStrings(request.get(), IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 3,
                  nullptr, wanted);
    const Ipp response(cupsDoRequest(http.get(), request.release(), "/"));
    if (!response || cupsLastError() > IPP_STATUS_OK_CONFLICTING) {
        if (cupsLastError() == IPP_STATUS_ERROR_NOT_FOUND) {
            o.status = PrintOutcome::Status::UnknownQueue;
        } else {
            o.status = PrintOutcome::Status::ServiceUnavailable;
            o.printerSays = lastCupsError();
        }
        return explain(o);
    }
    o.printerSays = textAttribute(response.get(), "printer-state-message");
    ipp_attribute_t *accepting =
        ippFindAttribute(response.get(), "printer-is-accepting-jobs", IPP_TAG_BOOLEAN);
    if (enumAttribute(response.get(), "printer-state") == IPP_PSTATE_STOPPED)
        o.status = PrintOutcome::Status::Paused;
    else if (accepting && !ippGetBoolean(accepting, 0))
        o.status = PrintOutcome::Status::NotAccepting;
    else
        o.printerSays.clear(); // a ready printer's last words are news of an older job
    return explain(o);
}

PrintOutcome SheetPrinter::print(const QString &pdfPath, Store *store) const
{
    PrintOutcome o = resolve();
    if (!o.isReady())
        return o;

    // Read the file once: what is hashed (and matched with the store) is what is sent.
    const QString fileName = QFileInfo(pdfPath).fileName();
    QFile file(pdfPath);
    if (!file.open(QIODevice::ReadOnly)) {
        o.status = PrintOutcome::Status::BadFile;
        return explain(o, QCoreApplication::translate(
                              "vitrine::Print", "The sheet %1 cannot be read (%2). Nothing was "
                                                "printed.")
                              .arg(pdfPath, file.errorString()));
    }
    const QByteArray pdf = file.size() <= kMaxPdfBytes ? file.read(kMaxPdfBytes) : QByteArray();
    if (!pdf.startsWith("%PDF-")) {
        o.status = PrintOutcome::Status::BadFile;
        return explain(o, QCoreApplication::translate(
                              "vitrine::Print", "The file %1 is not a sheet (not a PDF file). "
                                                "Nothing was printed.")
                              .arg(pdfPath));
    }
    QString code;
    if (store) {
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        const std::optional<SheetRecord> sheet = store->findSheetBySha256(sha);
        if (!sheet) {
            o.status = PrintOutcome::Status::NotOnRecord;
            return explain(o, pdfPath);
        }
        code = sheet->code;
    }
    o = send(o.queue, pdf, fileName);
    if (o.isPrinted() && store) {
        StoreError error;
        if (!store->markSheetPrinted(code, &error))
            o.storeWarning = error.message;
    }
    return o;
}

PrintOutcome SheetPrinter::printData(const QByteArray &pdf, const QString &documentName) const
{
    PrintOutcome o = resolve();
    if (!o.isReady())
        return o;
    if (!pdf.startsWith("%PDF-") || pdf.size() > kMaxPdfBytes) {
        o.status = PrintOutcome::Status::BadFile;
        return explain(o, QCoreApplication::translate(
                              "vitrine::Print", "The file %1 is not a sheet (not a PDF file). "
                                                "Nothing was printed.")
                              .arg(documentName));
    }
    return send(o.queue, pdf, documentName);
}

PrintOutcome SheetPrinter::send(const QString &chosenQueue, const QByteArray &pdf,
                                const QString &fileName) const
{
    PrintOutcome o =
        SheetPrinter(chosenQueue).check(); // the queue is chosen: no second look at QPrinterInfo
    if (!o.isReady())
        return o;

    const Http http = connectToServer();
    if (!http) {
        o.status = PrintOutcome::Status::ServiceUnavailable;
        return explain(o);
    }
    const QByteArray queue = queueOf(o.queue);
    const QByteArray title =
        (m_title.isEmpty() ? QCoreApplication::translate("vitrine::Print", "Privacy review sheet")
                           : m_title)
            .toUtf8();
    o.jobId = cupsCreateJob(http.get(), queue.constData(), title.constData(), 0, nullptr);
    if (o.jobId <= 0) {
        o.jobId = 0;
        o.status = PrintOutcome::Status::SubmitFailed;
        return explain(o, lastCupsError());
    }
    bool sent = cupsStartDocument(http.get(), queue.constData(), o.jobId,
                                  QFile::encodeName(fileName).constData(), CUPS_FORMAT_PDF,
                                  1) == HTTP_STATUS_CONTINUE;
    constexpr qsizetype chunk = 64 * 1024;
    for (qsizetype at = 0; sent && at < pdf.size(); at += chunk) {
        sent = cupsWriteRequestData(http.get(), pdf.constData() + at,
                                    size_t(qMin(chunk, pdf.size() - at))) == HTTP_STATUS_CONTINUE;
    }
    const ipp_status_t finished = cupsFinishDocument(http.get(), queue.constData());
    if (!sent || finished > IPP_STATUS_OK_CONFLICTING) {
        const QString why = lastCupsError();
        cupsCancelJob2(http.get(), queue.constData(), o.jobId, 0);
        o.status = PrintOutcome::Status::SubmitFailed;
        return explain(o, why);
    }

    // Wait for the job to end, so that a job the printer aborts is reported, not assumed done.
    const QDeadlineTimer deadline(m_timeout);
    for (;;) {
        const JobState job = jobState(http.get(), o.jobId, &o.printerSays);
        const int state = job.state;
        if (state == IPP_JSTATE_COMPLETED) {
            o.status = PrintOutcome::Status::Printed;
            break;
        }
        // A job the printer could not print and CUPS holds (or stops) will not come out until
        // someone acts, and then beside the sheet printed again meanwhile: cancel it.
        if (state == IPP_JSTATE_ABORTED || state == IPP_JSTATE_CANCELED ||
            state == IPP_JSTATE_STOPPED || job.printerFailed) {
            if (state == IPP_JSTATE_STOPPED || job.printerFailed)
                cupsCancelJob2(http.get(), queue.constData(), o.jobId, 0);
            o.status = PrintOutcome::Status::JobFailed;
            return explain(o);
        }
        if (state == IPP_JSTATE_PENDING || state == IPP_JSTATE_HELD) {
            // Likewise a queue stopped by an error, which keeps its jobs pending. A job held
            // for another reason (a printer that releases jobs at the device) may still come.
            const PrintOutcome now = SheetPrinter(o.queue).check();
            if (now.status == PrintOutcome::Status::Paused) {
                cupsCancelJob2(http.get(), queue.constData(), o.jobId, 0);
                o.status = PrintOutcome::Status::JobFailed;
                if (!now.printerSays.isEmpty())
                    o.printerSays = now.printerSays;
                return explain(o);
            }
        }
        if (deadline.hasExpired()) {
            cupsCancelJob2(http.get(), queue.constData(), o.jobId, 0);
            o.status = PrintOutcome::Status::TimedOut;
            return explain(o, QString::number(m_timeout.count()));
        }
        QThread::msleep(kPollMs);
    }

    o.printerSays.clear();
    explain(o);
    return o;
}

} // namespace vitrine
