// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's sheet step for QML: the customer's signed privacy review sheet, made, shown and
// issued (printed, saved on a stick or kept for the advisor).

#pragma once

#include "issuedsheetmodel.h"
#include "keptsheetmodel.h"
#include "pdfsigner.h"
#include "sheetprinter.h"
#include "stickfile.h"
#include "store.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;
class QQuickImageProvider;
class QTemporaryDir;

namespace vitrine {

class Clock;
class KioskController;
class MediaFolder;
class ReviewSession;
class SheetFiles;
class StartGate;
class Store;
class StoreController;
struct SheetChoice;

/**
 * The sheet step of the kiosk: makes the customer's privacy review sheet from the review on
 * screen (its summary, what is new since the last visit, the customer's choices and both
 * signatures), in the language showing, with a new verification code; signs it with the
 * dealer's certificate; shows its pages (the "sheet" image provider renders the signed file
 * itself); and issues it: prints it, saves it on the customer's USB stick, or keeps it in the
 * store for the advisor to print later, with the information request letters when the customer
 * asked for copies.
 *
 * One code per sheet that goes out: a sheet is recorded in the store (its code and the signed
 * file's fingerprint, with a "sheet" audit row) only when it is printed, saved or kept. A
 * preview in another language is signed (it is the exact file that would print) but recorded
 * nowhere; switching back to a language shows the sheet already made in it. Coming back from
 * the Sign screen makes the sheets afresh (the signatures may have changed).
 *
 * The dealer's certificate is checked as soon as it is set (useCertificate), so the advisor
 * learns at once of a missing, unusable or soon expiring one (certificateStatus); the customer
 * only ever sees a plain sentence.
 *
 * The files live in a private temporary folder (owner-only) that is deleted as soon as the
 * review is cleared: at the end of the session, by the idle timeout as by End. The PDF is
 * written on the UI thread (the sheet's writer installs its language there) once the busy state
 * had a moment to show; signing runs on a worker, as do printing, which waits for the printer,
 * and saving on a stick.
 */
class SheetController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sheet)
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /**
     * Why there is no sheet, for the advisor (it may name a command or a folder), in the
     * current language; empty when all is well. The customer is shown a plain sentence instead.
     */
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY sheetChanged)
    Q_PROPERTY(int pageCount READ pageCount NOTIFY sheetChanged)
    /** The pages' height over their width (A4: 1.414). */
    Q_PROPERTY(qreal pageAspect READ pageAspect NOTIFY sheetChanged)
    /** "image://sheet/REVISION/": append a page number (from 1) for its picture. */
    Q_PROPERTY(QString pagePrefix READ pagePrefix NOTIFY sheetChanged)
    Q_PROPERTY(QString verificationCode READ verificationCode NOTIFY sheetChanged)
    /** Signed with a throwaway certificate made for the demo: not a real dealer's sheet. */
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(PrintState printState READ printState NOTIFY printChanged)
    /** How the print of the sheet on show went, in a plain sentence for the customer. */
    Q_PROPERTY(QString printMessage READ printMessage NOTIFY printChanged)
    /** The last print that failed at this kiosk, in detail, for the advisor; else empty. */
    Q_PROPERTY(QString printProblem READ printProblem NOTIFY printProblemChanged)
    Q_PROPERTY(TakeState saveState READ saveState NOTIFY saveChanged)
    /** Where saving on the customer's stick stands, in a plain sentence. */
    Q_PROPERTY(QString saveMessage READ saveMessage NOTIFY saveChanged)
    Q_PROPERTY(TakeState keepState READ keepState NOTIFY keepChanged)
    Q_PROPERTY(QString keepMessage READ keepMessage NOTIFY keepChanged)
    /** The customer asked at least one recipient for a copy of their data. */
    Q_PROPERTY(bool lettersWanted READ lettersWanted NOTIFY sheetChanged)
    Q_PROPERTY(int lettersAsked READ lettersAsked NOTIFY sheetChanged)
    Q_PROPERTY(PrintState lettersState READ lettersState NOTIFY lettersChanged)
    Q_PROPERTY(QString lettersMessage READ lettersMessage NOTIFY lettersChanged)
    Q_PROPERTY(vitrine::IssuedSheetModel *issued READ issued CONSTANT)

    Q_PROPERTY(CertificateStatus certificateStatus READ certificateStatus NOTIFY certificateChanged)
    /** False when no sheet can be signed today (no usable certificate): the customer is told. */
    Q_PROPERTY(bool canSign READ canSign NOTIFY certificateChanged)
    /** For the advisor: one plain sentence on the certificate; empty while all is well. */
    Q_PROPERTY(QString certificateNotice READ certificateNotice NOTIFY certificateChanged)
    /** For the advisor: what to do about it (may name a command, a folder, a document). */
    Q_PROPERTY(QString certificateHelp READ certificateHelp NOTIFY certificateChanged)
    /** The certificate's last day, dd.MM.yyyy; empty when unknown. */
    Q_PROPERTY(QString certificateExpiry READ certificateExpiry NOTIFY certificateChanged)

    Q_PROPERTY(vitrine::KeptSheetModel *kept READ kept CONSTANT)
    /** How many days a kept sheet waits to be printed before it is deleted. */
    Q_PROPERTY(int keptDays READ keptDays CONSTANT)
    Q_PROPERTY(PrintState keptPrintState READ keptPrintState NOTIFY keptPrintChanged)
    /** How the advisor's last print of a kept sheet went (for the advisor). */
    Q_PROPERTY(QString keptPrintMessage READ keptPrintMessage NOTIFY keptPrintChanged)

public:
    /** Where a print stands. */
    enum class PrintState { Idle, Printing, Printed, Failed };
    Q_ENUM(PrintState)
    /**
     * Where saving on a stick, or keeping for the advisor, stands. (Names of their own: QML
     * sees every enum of the class in one namespace, beside PrintState's.)
     */
    enum class TakeState { NotYet, Waiting, Working, Done, NotDone };
    Q_ENUM(TakeState)
    /** The dealer's certificate, as checked when the kiosk opens. */
    enum class CertificateStatus { Checking, Ready, ExpiresSoon, Unusable };
    Q_ENUM(CertificateStatus)

    /** The demo's dealer, as its throwaway certificate and its sheets name it. */
    static constexpr const char *kDemoDealerName = "Garage Exemple SA (demo)";
    /** The busy state gets this long on screen before the UI thread writes the sheet. */
    static constexpr int kBusyFrameMs = 60;
    /** The advisor is warned this many days before the certificate's last day. */
    static constexpr int kCertificateWarningDays = 30;
    /** How long the kiosk waits for the customer's stick to be plugged in. */
    static constexpr int kStickWaitMs = 2 * 60 * 1000;

    /**
     * Stands in for the printing service (the queue's choice, then the job) in tests: gets the
     * PDF's bytes and the job's title, on a worker thread.
     */
    using PrintService =
        std::function<PrintOutcome(const QByteArray &pdf, const QString &documentName)>;

    /** @param clock dates the sheets and tells the certificate's days left; must outlive this. */
    SheetController(const Clock &clock, QObject *parent);
    /** Waits for a signature being made, then deletes the session's files. */
    ~SheetController() override;

    static SheetController *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(SheetController *instance);

    /** The review the sheet is made from; its clearing wipes the sheet. */
    void setReview(ReviewSession *review);
    /** The store (recording, printing, kept sheets, the dealer's settings), once open. */
    void setVault(StoreController *vault);
    /**
     * The certificate's making (demo) or check waits behind this gate while it is closed; the
     * certificate reads as being checked meanwhile. The gate must outlive this object.
     */
    void setGate(StartGate *gate) { m_gate = gate; }
    /** Entering the Preview screen makes the sheet (afresh when coming from signing). */
    void setKiosk(KioskController *kiosk);
    /**
     * Where the customer's USB stick appears. A stick already plugged in when the review was
     * handed to the customer is the dealership's (it may hold the car's log): a sheet is only
     * saved on one plugged in since (or taken out and plugged in again).
     */
    void setMedia(MediaFolder *media);

    /**
     * A real kiosk's certificate: the NSS database in \a nssDir (see
     * packaging/dealer-certificate.md), checked on the worker at once (certificateStatus).
     * Without one, error() and certificateHelp() tell the advisor how to set it up, and a
     * sheet asked for later looks for it again.
     */
    void useCertificate(const QString &nssDir, const QString &nickname = {},
                        const QByteArray &password = {});
    /**
     * The demo: a self-signed certificate for kDemoDealerName in a throwaway folder, made on
     * the worker (about a second), deleted with this object. False when no folder could be
     * made.
     */
    bool useDemoCertificate();
    /** The certificate folder in use (PdfVerifier needs the same one). */
    QString nssDir() const { return m_nssDir; }
    /**
     * Checks the PDF at \a path against the certificate folder in use (PdfVerifier), on the
     * thread every NSS call of the kiosk runs on, one after the other (making the certificate,
     * signing, checking).
     */
    QFuture<SignatureCheck> checkSignature(const QString &path);

    /** The CUPS queue to print on; empty for the store's setting, else the default queue. */
    void setPrinterQueue(const QString &queue) { m_printerQueue = queue; }
    /** How long saveToStick() waits for a stick (kStickWaitMs unless a test says). */
    void setStickWaitMs(int ms) { m_stickWait.setInterval(ms); }
    /** Tests: prints through \a service instead of CUPS (null: CUPS again). */
    void setPrintService(PrintService service) { m_printService = std::move(service); }

    /** The image provider for "image://sheet/...", for the engine (which takes it). */
    QQuickImageProvider *createPreviewProvider() const;

    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    bool ready() const { return shown() != nullptr; }
    int pageCount() const;
    qreal pageAspect() const;
    QString pagePrefix() const;
    QString verificationCode() const;
    /** The signed sheet on show; empty when there is none. */
    QString sheetPath() const;
    /** The folder holding the session's files; empty when there is none. */
    QString folder() const;
    bool demo() const { return m_demo; }
    PrintState printState() const;
    QString printMessage() const;
    QString printProblem() const;
    TakeState saveState() const;
    QString saveMessage() const;
    TakeState keepState() const;
    QString keepMessage() const;
    bool lettersWanted() const { return lettersAsked() > 0; }
    int lettersAsked() const;
    PrintState lettersState() const { return m_lettersState; }
    QString lettersMessage() const { return m_lettersMessage; }
    IssuedSheetModel *issued() { return &m_issued; }
    /** The sheet on show went out (printed, saved or kept) and is on record. */
    bool issuedOnShow() const;

    CertificateStatus certificateStatus() const;
    bool canSign() const { return certificateStatus() != CertificateStatus::Unusable; }
    QString certificateNotice() const;
    QString certificateHelp() const;
    QString certificateExpiry() const;
    /** Days from today (Swiss time, by the clock) to the certificate's last day; -1: unknown. */
    int certificateDaysLeft() const;

    KeptSheetModel *kept() { return &m_kept; }
    int keptDays() const { return Store::kKeptSheetDays; }
    PrintState keptPrintState() const { return m_keptPrintState; }
    QString keptPrintMessage() const { return m_keptPrintMessage; }

    /**
     * Shows the sheet of the review on screen in the current language: the one made already
     * in this language, else a new one, written and signed (busy meanwhile; then ready, or
     * error). Nothing is recorded. Asked again while busy, it runs once more when done.
     */
    Q_INVOKABLE void prepare();
    /**
     * Prints the sheet on show (on the worker); printState and printMessage say how it went.
     * Once printed it is recorded (if it was not yet) and the print counted.
     */
    Q_INVOKABLE void print();
    /**
     * Saves the sheet on show on the customer's USB stick: at once when it is plugged in,
     * else as soon as it is (Waiting), for kStickWaitMs. Recorded and counted once saved.
     */
    Q_INVOKABLE void saveToStick();
    /** Stops waiting for the stick. */
    Q_INVOKABLE void cancelSave();
    /**
     * Keeps the sheet on show in the (encrypted) store for the advisor to print later; recorded
     * with it. The advisor's list (kept) has it until it is printed or purged.
     */
    Q_INVOKABLE void keepForAdvisor();
    /** Writes the information request letters the customer asked for and prints them. */
    Q_INVOKABLE void printLetters();
    /** Forgets the sheet and deletes the session's files (the review is cleared). */
    Q_INVOKABLE void clear();

    /**
     * Reads the kept sheets from the store again, first deleting those older than
     * Store::kKeptSheetDays (the Advisor screen does so whenever it comes up).
     */
    Q_INVOKABLE void refreshKept();
    /** The advisor prints the kept sheet at \a row; once printed it leaves the store. */
    Q_INVOKABLE void printKept(int row);
    /** Checks the certificate again (the advisor has set it up). */
    Q_INVOKABLE void recheckCertificate();

    /** The language changed: the sheet on show is shown in it (made if need be). */
    void retranslate();

    /**
     * The screenshot tour only: shows the certificate as missing (\a missing) or as expiring
     * on \a notAfter, whatever it is; endTourCertificate() puts the real one back.
     */
    void showCertificateForTour(bool missing, const QDateTime &notAfter);
    void endTourCertificate();

signals:
    void busyChanged();
    void errorChanged();
    void sheetChanged();
    void printChanged();
    void printProblemChanged();
    void saveChanged();
    void keepChanged();
    void lettersChanged();
    void certificateChanged();
    void keptPrintChanged();
    /** A sheet is on show (ready), or could not be made (error). */
    void prepared(bool ok);
    /** A print of the sheet ended (printState says how). */
    void printFinished();
    /** Saving on the stick ended (saveState says how). */
    void saveFinished();
    void lettersFinished();
    /** The advisor's print of a kept sheet ended. */
    void keptPrintFinished();

private:
    /** One signed sheet of this session, in one language: what the customer may take. */
    struct Made
    {
        QString path, code, lang, sha;
        int pages = 0;
        qreal aspect = 0;
        int revision = 0;
        QDateTime madeAt;
        /** On record in the store (it went out at least once). */
        bool recorded = false;
        PrintState print = PrintState::Idle;
        int printStatus = 0; ///< PrintOutcome::Status of the last print
        TakeState save = TakeState::NotYet;
        int saveStatus = 0; ///< StickSave::Status of the last save
        QString savedName;
        TakeState keep = TakeState::NotYet;
    };
    struct Signed
    {
        bool ok = false;
        QString error;
        int pages = 0;
        qreal aspect = 0;
    };
    struct CertificateCheck
    {
        bool ok = false;
        QString signerName;
        QDateTime notAfter;
        QString problem;
    };
    enum class Certificate { Unset, Checking, Ready, Missing };

    void setBusy(bool busy);
    void setError(const QString &error);
    /** No sheet can be made now: says why. */
    void refuse(const QString &error);
    /** The sheet being made failed: its files go, and the error says why. */
    void fail(const QString &error);
    bool ensureFolder();
    void checkCertificate();
    void startCertificateWork(std::function<QFuture<CertificateCheck>()> start);
    void certificateChecked();
    void writeAndSign(int generation);
    void signedDraft();
    /** Puts \a made on show (its pages, its states). */
    void show(const Made &made);
    /** Forgets this visit's sheets (entering Preview from Sign): unissued files are deleted. */
    void forgetSheets();
    const Made *shown() const;
    Made *byCode(const QString &code);
    const Made *byLang(const QString &lang) const;
    /** A new code: not on record, not used in this session. */
    QString drawCode();
    /** What recording \a made in the store keeps. */
    SheetRecord recordOf(const Made &made) const;
    /**
     * Records the sheet when it first goes out (the store and the session's list); false with
     * *problem set (for the advisor) when the store refused.
     */
    bool issue(const SheetRecord &record, const Made *made, QString *problem);
    QList<SheetChoice> choices() const;
    Store *store() const;
    QString configuredQueue() const;
    QString missingCertificateMessage() const;
    void printFile(const QString &path, const QString &title, bool letters);
    void printed(const PrintOutcome &outcome, const SheetRecord &record, int generation,
                 bool letters);
    void setPrintProblem(const PrintOutcome &outcome);
    void clearPrintProblem();
    /** Runs a print (CUPS, or the print service of a test) on the print pool. */
    QFuture<PrintOutcome> runPrint(const QString &queue, const QByteArray &pdf,
                                   const QString &documentName, const QString &title);
    void lookForStick();
    void sticksChanged();
    void saved(const StickSave &result, const SheetRecord &record);
    void noteEnding(int ending);

    const Clock &m_clock;
    ReviewSession *m_review = nullptr;
    StoreController *m_vault = nullptr;
    StartGate *m_gate = nullptr;
    bool m_certificateWaiting = false;
    KioskController *m_kiosk = nullptr;
    MediaFolder *m_media = nullptr;
    bool m_demo = false;

    QString m_nssDir;
    QString m_nickname;
    QByteArray m_password;
    Certificate m_certificate = Certificate::Unset;
    QString m_signerName;
    QString m_certificateProblem;
    QDateTime m_certificateNotAfter;
    /** The folder has no certificate database at all (not merely an unusable certificate). */
    bool m_noDatabase = false;
    struct TourCertificate
    {
        Certificate certificate;
        QString problem;
        QDateTime notAfter;
        bool noDatabase;
    };
    std::optional<TourCertificate> m_realCertificate;
    std::unique_ptr<QTemporaryDir> m_demoCertificate;
    QFutureWatcher<CertificateCheck> m_certificateWork;
    QString m_printerQueue;
    PrintService m_printService;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::shared_ptr<SheetFiles> m_files;
    bool m_busy = false;
    QString m_error;
    /** Counts sessions and sheets: work begun for an older one is dropped when it ends. */
    int m_generation = 0;
    bool m_again = false;
    bool m_waitingForCertificate = false;
    int m_revision = 0;
    /** This visit of the Preview screen's sheets, one per language made. */
    QList<Made> m_sheets;
    QString m_shownCode;
    Made m_pending;
    QString m_pendingDraft;
    QFutureWatcher<Signed> m_signWork;
    int m_lastScreen = -1;

    /** The last print that failed (said again in the language on show), and when. */
    std::optional<PrintOutcome> m_printFailure;
    QDateTime m_printFailedAt;
    /** A sheet printed but not counted: its code and the store's words. */
    QString m_uncountedCode, m_uncountedWhy;
    PrintState m_lettersState = PrintState::Idle;
    QString m_lettersMessage;
    IssuedSheetModel m_issued;

    /** The sticks that are not the customer's: plugged in before the review was handed over. */
    QStringList m_sticksBefore;
    /** The code of the sheet waiting for the customer's stick; empty when none is. */
    QString m_waitingForStick;
    QTimer m_stickWait;

    KeptSheetModel m_kept;
    PrintState m_keptPrintState = PrintState::Idle;
    QString m_keptPrintMessage;

    // Declared last, so they are gone first: their work ends before the rest goes.
    QThreadPool m_printPool;
    QThreadPool m_nssPool;
};

} // namespace vitrine
