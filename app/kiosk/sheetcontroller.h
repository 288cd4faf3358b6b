#pragma once

#include "pdfsigner.h"
#include "sheetprinter.h"

#include <QAbstractListModel>
#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;
class QQuickImageProvider;
class QTemporaryDir;

namespace vitrine {

class Clock;
class KioskController;
class ReviewSession;
class SheetFiles;
class Store;
class StoreController;
struct SheetChoice;

/** The signed sheets made in this customer session, newest first; wiped with the session. */
class IssuedSheetModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by Sheet")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        LanguageRole, ///< the sheet's language, named in itself ("Deutsch")
        TimeTextRole, ///< when it was made, dd.MM.yyyy HH:mm, Swiss time
        PrintedRole,  ///< printed at least once
        PathRole,
    };

    struct Entry
    {
        QString code;
        QString lang;
        QDateTime createdAt;
        QString path;
        bool printed = false;
    };

    using QAbstractListModel::QAbstractListModel;

    int count() const { return rowCount(); }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The sheet at \a row, or nullptr. */
    const Entry *at(int row) const;
    void add(const Entry &entry);
    void markPrinted(const QString &code);
    void clear();

signals:
    void countChanged();

private:
    QList<Entry> m_entries;
};

/**
 * The sheet step of the kiosk: makes the customer's privacy review sheet from the review on
 * screen (its summary, what is new since the last visit, the customer's choices and both
 * signatures), in the language showing, with a new verification code; signs it with the
 * dealer's certificate; keeps it in the store with its fingerprint; shows its pages (the
 * "sheet" image provider renders the signed file itself); and prints it, with the information
 * request letters when the customer asked for copies.
 *
 * The files live in a private temporary folder (owner-only) that is deleted as soon as the
 * review is cleared: at the end of the session, by the idle timeout as by Done. The PDF is
 * written on the UI thread (the sheet's writer installs its language there) once the busy state
 * had a moment to show; signing runs on a worker, as does printing, which waits for the
 * printer.
 */
class SheetController : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sheet)
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /** Why there is no sheet, in the current language; empty when all is well. */
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
    Q_PROPERTY(QString printMessage READ printMessage NOTIFY printChanged)
    /** The customer asked at least one recipient for a copy of their data. */
    Q_PROPERTY(bool lettersWanted READ lettersWanted NOTIFY sheetChanged)
    Q_PROPERTY(int lettersAsked READ lettersAsked NOTIFY sheetChanged)
    Q_PROPERTY(PrintState lettersState READ lettersState NOTIFY lettersChanged)
    Q_PROPERTY(QString lettersMessage READ lettersMessage NOTIFY lettersChanged)
    Q_PROPERTY(vitrine::IssuedSheetModel *issued READ issued CONSTANT)

public:
    /** Where a print stands. */
    enum class PrintState { Idle, Printing, Printed, Failed };
    Q_ENUM(PrintState)

    /** The demo's dealer, as its throwaway certificate and its sheets name it. */
    static constexpr const char *kDemoDealerName = "Garage Exemple SA (demo)";
    /** The busy state gets this long on screen before the UI thread writes the sheet. */
    static constexpr int kBusyFrameMs = 60;

    /** @param clock dates the sheets; must outlive this object. */
    SheetController(const Clock &clock, QObject *parent);
    /** Waits for a signature being made, then deletes the session's files. */
    ~SheetController() override;

    static SheetController *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(SheetController *instance);

    /** The review the sheet is made from; its clearing wipes the sheet. */
    void setReview(ReviewSession *review);
    /** The store (recording, printing, the dealer's settings), once open. */
    void setVault(StoreController *vault) { m_vault = vault; }
    /** Entering the Preview screen makes the sheet afresh (the signatures may have changed). */
    void setKiosk(KioskController *kiosk);

    /**
     * A real kiosk's certificate: the NSS database in \a nssDir (see
     * packaging/dealer-certificate.md), checked on the worker. Without one, error() tells the
     * advisor how to set it up, and a sheet asked for later looks for it again.
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

    /** The image provider for "image://sheet/...", for the engine (which takes it). */
    QQuickImageProvider *createPreviewProvider() const;

    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    bool ready() const { return !m_current.path.isEmpty(); }
    int pageCount() const { return ready() ? m_current.pages : 0; }
    qreal pageAspect() const;
    QString pagePrefix() const;
    QString verificationCode() const { return m_current.code; }
    /** The signed sheet on show; empty when there is none. */
    QString sheetPath() const { return m_current.path; }
    /** The folder holding the session's files; empty when there is none. */
    QString folder() const;
    bool demo() const { return m_demo; }
    PrintState printState() const { return m_printState; }
    QString printMessage() const { return m_printMessage; }
    bool lettersWanted() const { return lettersAsked() > 0; }
    int lettersAsked() const;
    PrintState lettersState() const { return m_lettersState; }
    QString lettersMessage() const { return m_lettersMessage; }
    IssuedSheetModel *issued() { return &m_issued; }

    /**
     * Makes the sheet of the review on screen, in the current language: written, signed and
     * kept in the store (busy meanwhile; then ready, or error). Asked again while busy, it
     * makes it once more when done.
     */
    Q_INVOKABLE void prepare();
    /** Prints the sheet on show (on the worker); printState and printMessage say how it went. */
    Q_INVOKABLE void print();
    /** Writes the information request letters the customer asked for and prints them. */
    Q_INVOKABLE void printLetters();
    /** Forgets the sheet and deletes the session's files (the review is cleared). */
    Q_INVOKABLE void clear();

    /** The language changed: a sheet on show is made again in it. */
    void retranslate();

signals:
    void busyChanged();
    void errorChanged();
    void sheetChanged();
    void printChanged();
    void lettersChanged();
    /** A sheet was made and kept (ready), or could not be (error). */
    void prepared(bool ok);
    /** A print of the sheet ended (printState says how). */
    void printFinished();
    void lettersFinished();

private:
    struct Current
    {
        QString path, code, lang, sha;
        int pages = 0;
        qreal aspect = 0;
        int revision = 0;
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
    void certificateChecked();
    void writeAndSign(int generation);
    void signedDraft();
    QList<SheetChoice> choices() const;
    Store *store() const;
    QString configuredQueue() const;
    QString missingCertificateMessage() const;
    void printFile(const QString &path, const QString &title, bool letters);
    void printed(const PrintOutcome &outcome, const QString &code, int generation, bool letters);

    const Clock &m_clock;
    ReviewSession *m_review = nullptr;
    StoreController *m_vault = nullptr;
    KioskController *m_kiosk = nullptr;
    bool m_demo = false;

    QString m_nssDir;
    QString m_nickname;
    QByteArray m_password;
    Certificate m_certificate = Certificate::Unset;
    QString m_signerName;
    QString m_certificateProblem;
    std::unique_ptr<QTemporaryDir> m_demoCertificate;
    QFutureWatcher<CertificateCheck> m_certificateWork;
    QString m_printerQueue;

    std::unique_ptr<QTemporaryDir> m_folder;
    std::shared_ptr<SheetFiles> m_files;
    bool m_busy = false;
    QString m_error;
    /** Counts sessions and sheets: work begun for an older one is dropped when it ends. */
    int m_generation = 0;
    bool m_again = false;
    bool m_waitingForCertificate = false;
    int m_attempt = 0;
    int m_revision = 0;
    Current m_current;
    Current m_pending;
    QString m_pendingDraft;
    QFutureWatcher<Signed> m_signWork;

    PrintState m_printState = PrintState::Idle;
    QString m_printMessage;
    PrintState m_lettersState = PrintState::Idle;
    QString m_lettersMessage;
    IssuedSheetModel m_issued;

    // Declared last, so they are gone first: their work ends before the rest goes.
    QThreadPool m_printPool;
    QThreadPool m_nssPool;
};

} // namespace vitrine
