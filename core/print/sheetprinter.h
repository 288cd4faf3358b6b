// SPDX-License-Identifier: GPL-3.0-or-later
// Printing a signed sheet on the dealer's printer through CUPS, sending the very bytes that were
// signed, and saying in plain words why a print did not happen.

#pragma once

#include <QList>
#include <QString>

#include <chrono>

namespace vitrine {

class Store;

/** One print queue of the CUPS server this computer prints through. */
struct PrintQueue
{
    /** The queue's name in CUPS ("Brother_HL_L2350DW"), what a configuration names. */
    QString name;
    /** What the printer calls itself, for a person; may be empty. */
    QString description;
    QString location;
    bool isDefault = false;
};

/** What became of a print (or of a check before printing). */
struct PrintOutcome
{
    enum class Status {
        /** check(): the queue takes jobs now. */
        Ready,
        /** print(): the printing service says the job completed. */
        Printed,
        /** Not a single queue is set up. */
        NoPrinter,
        /** The queue asked for does not exist. */
        UnknownQueue,
        /** Several queues, none of them the default, and none asked for. */
        NoDefault,
        /** The CUPS server does not answer. */
        ServiceUnavailable,
        /** The queue is stopped (paused by someone, or stopped by an error). */
        Paused,
        /** The queue refuses new jobs. */
        NotAccepting,
        /** The file is missing, unreadable or not a PDF. */
        BadFile,
        /** A store was given and the file is not a sheet it issued (or it was changed since). */
        NotOnRecord,
        /** The server refused the job. */
        SubmitFailed,
        /** The job was aborted or cancelled, or the queue stopped while it waited. */
        JobFailed,
        /** No end within the timeout: the job was cancelled, so a retry cannot print twice. */
        TimedOut,
    };

    Status status = Status::NoPrinter;
    /** The queue used or asked for. */
    QString queue;
    /** The CUPS job id, once a job was created; 0 before. */
    int jobId = 0;
    /** For the advisor, in the current language (context "vitrine::Print"), success included. */
    QString message;
    /** What the message was made from beyond the status (a file, an error), to say it again. */
    QString detail;
    /** The printer's own words (printer-state-message), untranslated; often empty. */
    QString printerSays;
    /**
     * Printed, but the print could not be counted in the store (its message, translated);
     * empty otherwise. The sheet itself is fine.
     */
    QString storeWarning;

    bool isReady() const { return status == Status::Ready; }
    bool isPrinted() const { return status == Status::Printed; }
};

/**
 * Prints a signed sheet through the system's CUPS server: the PDF file itself is sent (libcups,
 * document format application/pdf), so the printer receives the very bytes that were signed
 * and recorded, text as text. Qt Print Support (QPrinterInfo) lists the queues and names the
 * default one. Never deletes or changes the sheet or the review: a failed print is retried by
 * calling print() again.
 *
 * Before it sends anything, print() checks the queue (there, started, accepting jobs) and says
 * in plain words what is wrong; then it waits for the job to end, so that a job the printer
 * aborts is reported as failed. It blocks for up to timeout(): run it off the GUI thread.
 * queues() and chooseQueue() use QPrinterInfo and belong on the GUI thread; everything else
 * talks to CUPS through libcups, which keeps one connection per thread.
 */
class SheetPrinter
{
public:
    /** @param queue the CUPS queue to print to; empty for the system's default queue. */
    explicit SheetPrinter(QString queue = {});

    /** The queues this computer can print to (QPrinterInfo), the default one marked. */
    static QList<PrintQueue> queues();

    /**
     * The queue to use for \a configured (empty: the system's default; with no default and a
     * single queue, that one). Status Ready with the queue's name, or NoPrinter, UnknownQueue
     * or NoDefault with a message.
     */
    static PrintOutcome chooseQueue(const QString &configured);

    /** The outcome's message again, in the language installed now (the advisor's words). */
    static QString describe(PrintOutcome outcome);

    /** Whether the queue would take a job now: Ready, or why not (CUPS asked directly). */
    PrintOutcome check() const;

    /**
     * Sends the signed PDF at \a pdfPath to the queue and waits until the job ends.
     * @param store when given (it must belong to the calling thread), the file must be a sheet
     *        the store issued (looked up by its SHA-256), and a completed print is counted with
     *        Store::markSheetPrinted.
     */
    PrintOutcome print(const QString &pdfPath, Store *store = nullptr) const;

    /**
     * Sends a signed PDF held in memory (a sheet kept in the encrypted store, which is never
     * written out in clear to be printed) and waits until the job ends, as print() does.
     * @param documentName the document's name for the printing service ("sheet-K7QF.pdf").
     */
    PrintOutcome printData(const QByteArray &pdf, const QString &documentName) const;

    /** The job's name in the queue; by default "Privacy review sheet" (translated). */
    void setJobTitle(const QString &title) { m_title = title; }
    /** How long print() waits for the job to end (default two minutes). */
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

private:
    PrintOutcome resolve() const;
    /** Checks the chosen queue, sends the bytes and waits for the job's end. */
    PrintOutcome send(const QString &chosenQueue, const QByteArray &pdf,
                      const QString &fileName) const;

    QString m_queue;
    QString m_title;
    std::chrono::milliseconds m_timeout{120000};
};

} // namespace vitrine
