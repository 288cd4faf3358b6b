// SPDX-License-Identifier: GPL-3.0-or-later
// Making, signing and issuing the sheet, with the slow work (signing, printing, saving on a
// stick) on workers and each sheet recorded only once it goes out.

#include "sheetcontroller.h"

#include "catalogue.h"
#include "clock.h"
#include "dealercertificate.h"
#include "kioskcontroller.h"
#include "languages.h"
#include "mediafolder.h"
#include "pdfsigner.h"
#include "requestletter.h"
#include "reviewsession.h"
#include "sheet.h"
#include "sheetassembly.h"
#include "sheetpreview.h"
#include "startgate.h"
#include "store.h"
#include "storecontroller.h"
#include "verificationcode.h"

#include "logfinder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFuture>
#include <QPromise>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>

#include <poppler-qt6.h>

namespace vitrine {

namespace {

SheetController *g_instance = nullptr;

// A code already taken (one chance in 2^50) means drawing again.
constexpr int kMaxAttempts = 8;

const QTimeZone &swissZone()
{
    static const QTimeZone zone("Europe/Zurich");
    return zone;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** Runs work on \a pool and returns the future of its result (runOffThread, on one pool). */
template <typename Result, typename Work> QFuture<Result> runIn(QThreadPool &pool, Work work)
{
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    pool.start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

/** Watches \a future and hands its result to \a done on \a owner's thread, once. */
template <typename Result, typename Done>
void whenDone(QObject *owner, const QFuture<Result> &future, Done done)
{
    auto *watcher = new QFutureWatcher<Result>(owner);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, owner,
                     [watcher, done = std::move(done)]() mutable {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(future);
}

} // namespace

// --- SheetController ----------------------------------------------------------------------------

SheetController::SheetController(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_files(std::make_shared<SheetFiles>())
{
    // NSS is one state per process, set up by Poppler for one folder: its calls go one by one.
    m_nssPool.setMaxThreadCount(1);
    // A sheet and its letters may print side by side (and a kept one, or a save on a stick);
    // each waits for its own job.
    m_printPool.setMaxThreadCount(3);
    connect(&m_certificateWork, &QFutureWatcher<CertificateCheck>::finished, this,
            &SheetController::certificateChecked);
    connect(&m_signWork, &QFutureWatcher<Signed>::finished, this, &SheetController::signedDraft);
    m_stickWait.setSingleShot(true);
    m_stickWait.setInterval(kStickWaitMs);
    connect(&m_stickWait, &QTimer::timeout, this, [this] {
        Made *m = byCode(m_waitingForStick);
        m_waitingForStick.clear();
        if (m && m->save == TakeState::Waiting) {
            m->save = TakeState::NotDone;
            m->saveStatus = static_cast<int>(StickSave::Status::NoStick);
            emit saveChanged();
            emit saveFinished();
        }
    });
}

SheetController::~SheetController()
{
    m_certificateWork.waitForFinished();
    clear();
}

SheetController *SheetController::create(QQmlEngine *, QJSEngine *)
{
    if (!g_instance) {
        // An engine without the kiosk's composition root (a test of the views): a controller
        // of its own, without a review or a certificate, which the engine owns.
        static const SystemClock clock;
        return new SheetController(clock, nullptr);
    }
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void SheetController::setInstance(SheetController *instance)
{
    g_instance = instance;
}

void SheetController::setReview(ReviewSession *review)
{
    if (m_review)
        disconnect(m_review, nullptr, this, nullptr);
    m_review = review;
    if (!m_review)
        return;
    // The sheet is part of the review: when the review is wiped (end of session, idle timeout,
    // another log), the sheet and its files go with it.
    connect(m_review, &ReviewSession::changed, this, [this] {
        if (!m_review->loaded())
            clear();
        else
            emit sheetChanged(); // the choices behind lettersWanted may differ
    });
    connect(m_review->choices(), &ChoiceModel::choicesChanged, this,
            &SheetController::sheetChanged);
}

void SheetController::setVault(StoreController *vault)
{
    if (m_vault)
        disconnect(m_vault, nullptr, this, nullptr);
    m_vault = vault;
    if (!m_vault)
        return;
    connect(m_vault, &StoreController::opened, this, &SheetController::refreshKept);
    if (m_vault->isOpen())
        refreshKept();
}

void SheetController::setKiosk(KioskController *kiosk)
{
    if (m_kiosk)
        disconnect(m_kiosk, nullptr, this, nullptr);
    m_kiosk = kiosk;
    if (!m_kiosk)
        return;
    m_lastScreen = static_cast<int>(m_kiosk->screen());
    connect(m_kiosk, &KioskController::screenChanged, this, [this] {
        const auto screen = m_kiosk->screen();
        const auto from = static_cast<KioskController::Screen>(m_lastScreen);
        m_lastScreen = static_cast<int>(screen);
        switch (screen) {
        case KioskController::Screen::Preview:
            // From signing, the signatures may have changed: new sheets. From the PIN pad or
            // the advisor's screen, the same ones.
            if (from == KioskController::Screen::Sign)
                forgetSheets();
            prepare();
            break;
        case KioskController::Screen::Review:
            // The advisor hands over: the sticks in now are the dealership's. (Back from
            // signing, or from the PIN pad, is the same customer.)
            if (from == KioskController::Screen::Advisor ||
                from == KioskController::Screen::Attract)
                m_sticksBefore = m_media ? LogFinder::stickFolders(m_media->root()) : QStringList();
            break;
        case KioskController::Screen::Advisor:
            refreshKept();
            // The days left are counted from today, and the kiosk may run for weeks.
            emit certificateChanged();
            break;
        default:
            break;
        }
    });
}

void SheetController::setMedia(MediaFolder *media)
{
    if (m_media)
        disconnect(m_media, nullptr, this, nullptr);
    m_media = media;
    if (m_media)
        connect(m_media, &MediaFolder::scanned, this, &SheetController::sticksChanged);
}

void SheetController::useCertificate(const QString &nssDir, const QString &nickname,
                                     const QByteArray &password)
{
    m_nssDir = QDir(nssDir).absolutePath();
    m_nickname = nickname;
    m_password = password;
    m_demo = false;
    checkCertificate();
}

bool SheetController::useDemoCertificate()
{
    m_demoCertificate = std::make_unique<QTemporaryDir>(
        QDir::temp().filePath(QStringLiteral("vitrine-certificate-XXXXXX")));
    if (!m_demoCertificate->isValid()) {
        m_demoCertificate.reset();
        m_certificate = Certificate::Missing;
        m_certificateProblem = QCoreApplication::translate(
            "vitrine::Sheet", "The demo's certificate could not be made: no "
                              "temporary folder.");
        emit certificateChanged();
        return false;
    }
    m_nssDir = m_demoCertificate->filePath(QStringLiteral("nss"));
    m_nickname.clear();
    m_password.clear();
    m_demo = true;
    m_certificate = Certificate::Checking;
    emit certificateChanged();
    // Before anything else in the process uses NSS: making the database is the first NSS call.
    startCertificateWork([this] {
        return runIn<CertificateCheck>(m_nssPool, [nssDir = m_nssDir, clock = &m_clock] {
            CertificateCheck check;
            DealerCertificate::Options options;
            options.nssDir = nssDir;
            options.name = QString::fromUtf8(kDemoDealerName);
            DealerCertificate::Error error = DealerCertificate::Error::None;
            const auto made = DealerCertificate::create(options, *clock, &error, &check.problem);
            check.ok = made.has_value();
            if (made) {
                check.signerName = made->commonName;
                check.notAfter = made->notAfter;
            }
            return check;
        });
    });
    return true;
}

void SheetController::checkCertificate()
{
    if (m_certificateWork.isRunning() || m_certificateWaiting)
        return;
    // No database at all: say so without waking NSS, which could then only ever use this
    // folder (Poppler sets NSS up once per process).
    if (!DealerCertificate::hasDatabase(m_nssDir)) {
        m_certificate = Certificate::Missing;
        m_noDatabase = true;
        m_certificateNotAfter = {};
        m_certificateProblem = missingCertificateMessage();
        emit certificateChanged();
        return;
    }
    m_noDatabase = false;
    m_certificate = Certificate::Checking;
    emit certificateChanged();
    startCertificateWork([this] {
        return runIn<CertificateCheck>(
            m_nssPool, [nssDir = m_nssDir, nickname = m_nickname, password = m_password] {
                CertificateCheck check;
                const PdfSigner signer(nssDir, nickname, password);
                if (const auto found = signer.signer(&check.problem)) {
                    check.ok = true;
                    check.signerName = found->commonName;
                    check.notAfter = found->notAfter;
                }
                return check;
            });
    });
}

void SheetController::startCertificateWork(std::function<QFuture<CertificateCheck>()> start)
{
    if (!m_gate) {
        m_certificateWork.setFuture(start());
        return;
    }
    // Checking until the gate opens: nothing signs before the certificate is known.
    m_certificateWaiting = true;
    m_gate->whenOpen(this, [this, start = std::move(start)] {
        m_certificateWaiting = false;
        m_certificateWork.setFuture(start());
    });
}

void SheetController::recheckCertificate()
{
    if (!m_demo && m_certificate != Certificate::Checking && !m_realCertificate)
        checkCertificate();
}

void SheetController::certificateChecked()
{
    const CertificateCheck check = m_certificateWork.result();
    if (check.ok) {
        m_certificate = Certificate::Ready;
        m_signerName = check.signerName;
        m_certificateNotAfter = check.notAfter;
        m_certificateProblem.clear();
    } else {
        m_certificate = Certificate::Missing;
        m_certificateNotAfter = {};
        m_certificateProblem =
            QCoreApplication::translate("vitrine::Sheet",
                                        "The sheet cannot be signed: %1 See "
                                        "packaging/dealer-certificate.md to set up the dealer's "
                                        "certificate.")
                .arg(check.problem);
    }
    emit certificateChanged();
    if (std::exchange(m_waitingForCertificate, false)) {
        // The sheet asked for meanwhile is made now (once, however often it was asked); a
        // certificate that still fails is reported, and tried again only when asked again.
        m_again = false;
        setBusy(false);
        if (check.ok)
            prepare();
        else
            refuse(m_certificateProblem);
    }
}

SheetController::CertificateStatus SheetController::certificateStatus() const
{
    switch (m_certificate) {
    case Certificate::Unset:
    case Certificate::Checking:
        return CertificateStatus::Checking;
    case Certificate::Missing:
        return CertificateStatus::Unusable;
    case Certificate::Ready:
        break;
    }
    const int days = certificateDaysLeft();
    return days >= 0 && days <= kCertificateWarningDays ? CertificateStatus::ExpiresSoon
                                                        : CertificateStatus::Ready;
}

int SheetController::certificateDaysLeft() const
{
    if (!m_certificateNotAfter.isValid())
        return -1;
    // Calendar days as a Swiss reader counts them: "expires on the 9th" is 10 days from the
    // 30th, whatever the hour.
    const QDate today = m_clock.nowUtc().toTimeZone(swissZone()).date();
    const QDate last = m_certificateNotAfter.toTimeZone(swissZone()).date();
    return static_cast<int>(std::max<qint64>(0, today.daysTo(last)));
}

QString SheetController::certificateExpiry() const
{
    return m_certificateNotAfter.isValid() ? Languages::swissDate(m_certificateNotAfter)
                                           : QString();
}

QString SheetController::certificateNotice() const
{
    switch (certificateStatus()) {
    case CertificateStatus::Checking:
    case CertificateStatus::Ready:
        return {};
    case CertificateStatus::Unusable:
        return m_noDatabase ? QCoreApplication::translate(
                                  "vitrine::Sheet",
                                  "This kiosk has no dealer certificate, so it cannot sign sheets.")
                            : QCoreApplication::translate(
                                  "vitrine::Sheet",
                                  "This kiosk cannot sign sheets with its dealer certificate.");
    case CertificateStatus::ExpiresSoon:
        break;
    }
    const int days = certificateDaysLeft();
    if (days == 0)
        return QCoreApplication::translate("vitrine::Sheet",
                                           "The dealer certificate expires today, %1.")
            .arg(certificateExpiry());
    return QCoreApplication::translate("vitrine::Sheet",
                                       "The dealer certificate expires on %1, in %n day(s).",
                                       nullptr, days)
        .arg(certificateExpiry());
}

QString SheetController::certificateHelp() const
{
    switch (certificateStatus()) {
    case CertificateStatus::Checking:
    case CertificateStatus::Ready:
        return {};
    case CertificateStatus::Unusable:
        if (!m_noDatabase && !m_certificateProblem.isEmpty())
            return m_certificateProblem;
        return QCoreApplication::translate(
                   "vitrine::Sheet",
                   "For a trial, make one with \"vitrine-cli cert init --nss-dir %1 --name "
                   "NAME\". For the dealership, import its PKCS#12 file into %1 as "
                   "packaging/dealer-certificate.md explains. Then tap Check again.")
            .arg(m_nssDir);
    case CertificateStatus::ExpiresSoon:
        break;
    }
    return QCoreApplication::translate(
               "vitrine::Sheet",
               "After that day the kiosk cannot sign sheets. Renew the certificate in %1 before "
               "then, as packaging/dealer-certificate.md explains.")
        .arg(m_nssDir);
}

void SheetController::showCertificateForTour(bool missing, const QDateTime &notAfter)
{
    if (!m_realCertificate)
        m_realCertificate = TourCertificate{m_certificate, m_certificateProblem,
                                            m_certificateNotAfter, m_noDatabase};
    m_certificate = missing ? Certificate::Missing : Certificate::Ready;
    m_noDatabase = missing;
    m_certificateProblem = missing ? missingCertificateMessage() : QString();
    m_certificateNotAfter = missing ? QDateTime() : notAfter;
    emit certificateChanged();
}

void SheetController::endTourCertificate()
{
    if (!m_realCertificate)
        return;
    m_certificate = m_realCertificate->certificate;
    m_certificateProblem = m_realCertificate->problem;
    m_certificateNotAfter = m_realCertificate->notAfter;
    m_noDatabase = m_realCertificate->noDatabase;
    m_realCertificate.reset();
    emit certificateChanged();
}

QString SheetController::missingCertificateMessage() const
{
    return QCoreApplication::translate(
               "vitrine::Sheet",
               "This kiosk has no dealer certificate yet, so it cannot sign the sheet. Advisor: "
               "for a trial, make one with \"vitrine-cli cert init --nss-dir %1 --name "
               "NAME\". For the dealership, import its PKCS#12 file into %1, as "
               "packaging/dealer-certificate.md explains. Then try again.")
        .arg(m_nssDir);
}

QFuture<SignatureCheck> SheetController::checkSignature(const QString &path)
{
    return runIn<SignatureCheck>(
        m_nssPool, [nssDir = m_nssDir, path] { return PdfVerifier(nssDir).check(path); });
}

QQuickImageProvider *SheetController::createPreviewProvider() const
{
    return new SheetPreview(m_files);
}

const SheetController::Made *SheetController::shown() const
{
    if (m_shownCode.isEmpty())
        return nullptr;
    for (const Made &m : m_sheets) {
        if (m.code == m_shownCode)
            return &m;
    }
    return nullptr;
}

SheetController::Made *SheetController::byCode(const QString &code)
{
    if (code.isEmpty())
        return nullptr;
    for (Made &m : m_sheets) {
        if (m.code == code)
            return &m;
    }
    return nullptr;
}

const SheetController::Made *SheetController::byLang(const QString &lang) const
{
    for (const Made &m : m_sheets) {
        if (m.lang == lang)
            return &m;
    }
    return nullptr;
}

int SheetController::pageCount() const
{
    const Made *m = shown();
    return m ? m->pages : 0;
}

qreal SheetController::pageAspect() const
{
    // A4 until a sheet tells otherwise, so that a view can lay out its pages beforehand.
    const Made *m = shown();
    return m && m->aspect > 0 ? m->aspect : 297.0 / 210.0;
}

QString SheetController::pagePrefix() const
{
    const Made *m = shown();
    return m ? QStringLiteral("image://sheet/%1/").arg(m->revision) : QString();
}

QString SheetController::verificationCode() const
{
    const Made *m = shown();
    return m ? m->code : QString();
}

QString SheetController::sheetPath() const
{
    const Made *m = shown();
    return m ? m->path : QString();
}

QString SheetController::folder() const
{
    return m_folder ? m_folder->path() : QString();
}

bool SheetController::issuedOnShow() const
{
    const Made *m = shown();
    return m && m->recorded;
}

SheetController::PrintState SheetController::printState() const
{
    const Made *m = shown();
    return m ? m->print : PrintState::Idle;
}

QString SheetController::printMessage() const
{
    const Made *m = shown();
    if (!m)
        return {};
    using S = PrintOutcome::Status;
    switch (m->print) {
    case PrintState::Idle:
    case PrintState::Printing:
        return {};
    case PrintState::Printed:
        return QCoreApplication::translate("vitrine::Sheet",
                                           "Your sheet is printed. Please take it from the "
                                           "printer.");
    case PrintState::Failed:
        break;
    }
    switch (static_cast<S>(m->printStatus)) {
    case S::NoPrinter:
    case S::UnknownQueue:
    case S::NoDefault:
    case S::ServiceUnavailable:
        return QCoreApplication::translate("vitrine::Sheet",
                                           "The printer cannot be reached at the moment.");
    case S::Paused:
    case S::NotAccepting:
        return QCoreApplication::translate("vitrine::Sheet",
                                           "The printer is not taking sheets at the moment.");
    case S::SubmitFailed:
    case S::JobFailed:
    case S::TimedOut:
        return QCoreApplication::translate("vitrine::Sheet",
                                           "The printer did not print your sheet.");
    default:
        return QCoreApplication::translate("vitrine::Sheet",
                                           "Your sheet could not be sent to the printer.");
    }
}

SheetController::TakeState SheetController::saveState() const
{
    const Made *m = shown();
    return m ? m->save : TakeState::NotYet;
}

QString SheetController::saveMessage() const
{
    const Made *m = shown();
    if (!m)
        return {};
    switch (m->save) {
    case TakeState::NotYet:
        return {};
    case TakeState::Waiting:
        return QCoreApplication::translate("vitrine::Sheet",
                                           "Please plug your USB stick into the kiosk now. If it "
                                           "is in already, take it out and plug it in again.");
    case TakeState::Working:
        return QCoreApplication::translate("vitrine::Sheet",
                                           "Saving your sheet on your USB stick.");
    case TakeState::Done:
        return QCoreApplication::translate("vitrine::Sheet",
                                           "Saved on your USB stick as %1. You can take the "
                                           "stick out now.")
            .arg(m->savedName);
    case TakeState::NotDone:
        break;
    }
    switch (static_cast<StickSave::Status>(m->saveStatus)) {
    case StickSave::Status::NoStick:
        return QCoreApplication::translate("vitrine::Sheet", "No USB stick was found.");
    case StickSave::Status::ReadOnly:
        return QCoreApplication::translate("vitrine::Sheet",
                                           "Your USB stick does not take new files. It may be "
                                           "locked.");
    case StickSave::Status::Full:
        return QCoreApplication::translate("vitrine::Sheet",
                                           "Your USB stick is full. Free some space, or use "
                                           "another one.");
    default:
        return QCoreApplication::translate("vitrine::Sheet",
                                           "Your sheet could not be saved on the USB stick.");
    }
}

SheetController::TakeState SheetController::keepState() const
{
    const Made *m = shown();
    return m ? m->keep : TakeState::NotYet;
}

QString SheetController::keepMessage() const
{
    switch (keepState()) {
    case TakeState::Done:
        return QCoreApplication::translate("vitrine::Sheet",
                                           "Your advisor keeps your sheet and will print it for "
                                           "you.");
    case TakeState::NotDone:
        return QCoreApplication::translate("vitrine::Sheet",
                                           "Your sheet could not be kept. Please call your "
                                           "advisor.");
    default:
        return {};
    }
}

int SheetController::lettersAsked() const
{
    return m_review && m_review->loaded() ? static_cast<int>(copyRequests(choices()).size()) : 0;
}

QList<SheetChoice> SheetController::choices() const
{
    QList<SheetChoice> out;
    if (!m_review)
        return out;
    const ChoiceModel *model = m_review->choices();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row);
        SheetChoice c;
        c.recipientId = i.data(ChoiceModel::RecipientIdRole).toString();
        c.recipientName = i.data(ChoiceModel::NameRole).toString();
        c.switchOff = i.data(ChoiceModel::SwitchOffRole).toBool();
        c.askDelete = i.data(ChoiceModel::AskDeleteRole).toBool();
        c.askCopy = i.data(ChoiceModel::AskCopyRole).toBool();
        out << c;
    }
    return out;
}

Store *SheetController::store() const
{
    return m_vault ? m_vault->store() : nullptr;
}

QString SheetController::configuredQueue() const
{
    if (!m_printerQueue.isEmpty())
        return m_printerQueue;
    if (Store *s = store()) {
        StoreError error;
        if (const auto queue = s->setting(QString::fromLatin1(SheetSettings::PrinterQueue), &error))
            return QString::fromUtf8(*queue).trimmed();
        // The system's default printer, as with no queue set: the sheet still gets printed.
        if (error.code != StoreError::Code::None)
            qWarning("The printer setting could not be read: %s", qPrintable(error.message));
    }
    return {};
}

void SheetController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void SheetController::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

void SheetController::refuse(const QString &error)
{
    setError(error);
    emit prepared(false);
}

void SheetController::fail(const QString &error)
{
    if (!m_pendingDraft.isEmpty())
        QFile::remove(std::exchange(m_pendingDraft, QString()));
    if (!m_pending.path.isEmpty())
        QFile::remove(m_pending.path);
    m_pending = {};
    setError(error);
    setBusy(false);
    emit prepared(false);
    if (std::exchange(m_again, false))
        prepare();
}

bool SheetController::ensureFolder()
{
    if (m_folder && m_folder->isValid() && QDir(m_folder->path()).exists())
        return true;
    // QTemporaryDir makes it owner-only (0700); the files in it are 0600.
    m_folder = std::make_unique<QTemporaryDir>(
        QDir::temp().filePath(QStringLiteral("vitrine-sheet-XXXXXX")));
    if (m_folder->isValid())
        return true;
    m_folder.reset();
    return false;
}

void SheetController::show(const Made &made)
{
    m_shownCode = made.code;
    m_files->publish(made.revision, made.path);
    setError({});
    emit sheetChanged();
    emit printChanged();
    emit saveChanged();
    emit keepChanged();
}

void SheetController::forgetSheets()
{
    // What went out stays in the session's list (and its file, for the advisor's check, until
    // the session ends); a sheet only looked at goes now.
    for (const Made &m : std::as_const(m_sheets)) {
        if (!m.recorded && !m.path.isEmpty())
            QFile::remove(m.path);
    }
    m_sheets.clear();
    m_shownCode.clear();
    m_waitingForStick.clear();
    m_stickWait.stop();
    emit sheetChanged();
    emit printChanged();
    emit saveChanged();
    emit keepChanged();
}

void SheetController::prepare()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    if (!m_review || !m_review->loaded()) {
        refuse(QCoreApplication::translate("vitrine::Sheet",
                                           "There is no review to make a sheet of."));
        return;
    }
    if (!store()) {
        refuse(QCoreApplication::translate(
            "vitrine::Sheet", "The kiosk's records are not open, so the sheet cannot be kept."));
        return;
    }
    // The one made already in this language: the same sheet, the same code.
    if (const Made *made = byLang(Languages::current())) {
        show(*made);
        emit prepared(true);
        return;
    }
    // The advisor may have set the certificate up since the last attempt.
    if (m_certificate == Certificate::Missing && !m_demo && !m_realCertificate)
        checkCertificate();
    if (m_certificate == Certificate::Checking) {
        m_waitingForCertificate = true;
        setError({});
        setBusy(true);
        return;
    }
    if (m_certificate != Certificate::Ready) {
        refuse(m_certificateProblem.isEmpty() ? missingCertificateMessage() : m_certificateProblem);
        return;
    }

    // The sheet being made replaces the one on show; the one on show stays made.
    m_shownCode.clear();
    m_lettersState = PrintState::Idle;
    m_lettersMessage.clear();
    emit sheetChanged();
    emit printChanged();
    emit saveChanged();
    emit keepChanged();
    emit lettersChanged();
    setError({});
    setBusy(true);
    const int generation = ++m_generation;
    // Writing holds the UI thread for a moment: let the busy state reach the screen first.
    QTimer::singleShot(kBusyFrameMs, this, [this, generation] { writeAndSign(generation); });
}

QString SheetController::drawCode()
{
    Store *s = store();
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        const QString code = newVerificationCode();
        if (byCode(code) || m_issued.contains(code) || (s && s->findSheetByCode(code)))
            continue;
        return code;
    }
    return {};
}

void SheetController::writeAndSign(int generation)
{
    if (generation != m_generation)
        return;
    if (!m_review || !m_review->loaded() || !store()) {
        fail(QCoreApplication::translate("vitrine::Sheet",
                                         "There is no review to make a sheet of."));
        return;
    }
    if (!ensureFolder()) {
        fail(QCoreApplication::translate("vitrine::Sheet",
                                         "The sheet cannot be written: the kiosk has no "
                                         "temporary folder."));
        return;
    }
    const int revision = ++m_revision;
    const QDir dir(m_folder->path());
    m_pending = {};
    // Drawn against the records now: the code is printed into the sheet before it is recorded.
    m_pending.code = drawCode();
    if (m_pending.code.isEmpty()) {
        fail(QCoreApplication::translate("vitrine::Sheet",
                                         "No free verification code could be drawn."));
        return;
    }
    m_pending.lang = Languages::current();
    m_pending.revision = revision;
    m_pending.madeAt = m_clock.nowUtc();
    m_pending.path = dir.filePath(QStringLiteral("sheet-%1.pdf").arg(revision));
    m_pendingDraft = dir.filePath(QStringLiteral("draft-%1.pdf").arg(revision));

    SheetReview review;
    review.summary = m_review->summary();
    review.catalogue = &Catalogue::builtIn();
    review.comparison = m_review->lastVisitComparison();
    review.choices = choices();
    review.customer = &m_review->customerSignature()->signature();
    review.advisor = &m_review->advisorSignature()->signature();
    StoreError settingsError;
    SheetDealer dealer = dealerFromSettings(*store(), m_signerName, &settingsError);
    if (settingsError.code != StoreError::Code::None) {
        // The certificate's name still says who issues the sheet; only the address is missing.
        qWarning("The dealer's settings could not be read: %s", qPrintable(settingsError.message));
    }
    if (m_demo) {
        // The demo's own name, whatever a setting says: its certificate signs in that name.
        dealer.name = QString::fromUtf8(kDemoDealerName);
        dealer.address.clear();
    }
    const SheetInput in =
        assembleSheetInput(review, dealer, {}, m_pending.lang, m_pending.madeAt, m_pending.code);
    QString error;
    const int pages = writeSheetFile(in, m_pendingDraft, &error);
    if (pages == 0) {
        fail(QCoreApplication::translate("vitrine::Sheet", "The sheet could not be written: %1")
                 .arg(error));
        return;
    }
    m_pending.pages = pages;

    SignOptions options;
    options.reason = QCoreApplication::translate("vitrine::Sheet", "Privacy review sheet");
    m_signWork.setFuture(
        runIn<Signed>(m_nssPool, [nssDir = m_nssDir, nickname = m_nickname, password = m_password,
                                  draft = m_pendingDraft, out = m_pending.path, options] {
            Signed result;
            const PdfSigner signer(nssDir, nickname, password);
            result.ok = signer.sign(draft, out, options, &result.error);
            QFile::remove(draft);
            if (!result.ok)
                return result;
            // The shape of the pages as the signed file has them, for the preview's layout.
            if (const auto doc = Poppler::Document::load(out)) {
                result.pages = doc->numPages();
                if (const auto first = result.pages > 0 ? doc->page(0) : nullptr) {
                    const QSizeF size = first->pageSizeF();
                    if (size.width() > 0)
                        result.aspect = size.height() / size.width();
                }
            }
            return result;
        }));
}

void SheetController::signedDraft()
{
    const Signed result = m_signWork.result();
    m_pendingDraft.clear();
    // The session ended (or another sheet was asked for) while it was being signed.
    if (m_pending.path.isEmpty() || !m_folder)
        return;
    if (!result.ok) {
        fail(QCoreApplication::translate("vitrine::Sheet", "The sheet could not be signed: %1")
                 .arg(result.error));
        return;
    }
    // Nothing is recorded yet: the store learns of the sheet when it goes out.
    m_pending.sha = fileSha256(m_pending.path);
    if (result.pages > 0)
        m_pending.pages = result.pages;
    m_pending.aspect = result.aspect;
    m_sheets.append(std::exchange(m_pending, Made{}));
    show(m_sheets.constLast());
    setBusy(false);
    emit prepared(true);
    if (std::exchange(m_again, false))
        prepare();
}

void SheetController::retranslate()
{
    m_issued.retranslate();
    emit printChanged();
    emit saveChanged();
    emit keepChanged();
    emit certificateChanged();
    emit printProblemChanged();
    // The sheet on show follows the language, as the screen does: the one made in it already,
    // else a new one (recorded only if it goes out).
    if (m_kiosk && m_kiosk->screen() == KioskController::Screen::Preview &&
        (ready() || m_busy || !m_error.isEmpty()))
        prepare();
}

SheetRecord SheetController::recordOf(const Made &made) const
{
    SheetRecord record;
    record.code = made.code;
    record.pdfSha256 = made.sha;
    record.language = made.lang;
    const qint64 importId = m_kiosk ? m_kiosk->importId() : -1;
    if (importId >= 0)
        record.importId = importId;
    record.createdAt = made.madeAt;
    return record;
}

bool SheetController::issue(const SheetRecord &record, const Made *made, QString *problem)
{
    if ((made && made->recorded) || m_issued.contains(record.code))
        return true;
    Store *s = store();
    StoreError error;
    if (!s || s->recordSheet(record, &error) < 0) {
        *problem =
            s ? error.message
              : QCoreApplication::translate("vitrine::Sheet", "The kiosk's records are not open.");
        return false;
    }
    if (Made *m = byCode(record.code))
        m->recorded = true;
    m_issued.add({record.code, record.language, record.createdAt, made ? made->path : QString()});
    return true;
}

void SheetController::noteEnding(int ending)
{
    if (m_kiosk)
        m_kiosk->noteEnding(static_cast<KioskController::Ending>(ending));
}

QFuture<PrintOutcome> SheetController::runPrint(const QString &queue, const QByteArray &pdf,
                                                const QString &documentName, const QString &title)
{
    if (m_printService)
        return runIn<PrintOutcome>(m_printPool, [service = m_printService, pdf, documentName] {
            return service(pdf, documentName);
        });
    return runIn<PrintOutcome>(m_printPool, [queue, pdf, documentName, title] {
        SheetPrinter printer(queue);
        printer.setJobTitle(title);
        return printer.printData(pdf, documentName);
    });
}

void SheetController::print()
{
    Made *m = byCode(m_shownCode);
    if (!m || m->print == PrintState::Printing)
        return;
    printFile(m->path, QCoreApplication::translate("vitrine::Sheet", "Privacy review sheet"),
              false);
}

void SheetController::printLetters()
{
    if (!ready() || m_lettersState == PrintState::Printing || !m_review || !m_review->loaded())
        return;
    const auto failLetters = [this](const QString &message) {
        m_lettersState = PrintState::Failed;
        m_lettersMessage = message;
        emit lettersChanged();
        emit lettersFinished();
    };
    if (!ensureFolder()) {
        failLetters(QCoreApplication::translate(
            "vitrine::Sheet", "The letters cannot be written: the kiosk has no temporary folder."));
        return;
    }
    const Made *m = shown();
    LetterInput in;
    in.lang = m->lang;
    in.summary = m_review->summary();
    in.catalogue = &Catalogue::builtIn();
    in.recipients = copyRequests(choices());
    const QString path =
        QDir(m_folder->path()).filePath(QStringLiteral("letters-%1.pdf").arg(m->revision));
    QString error;
    LetterResult result;
    if (writeRequestLettersFile(in, path, &error, &result) == 0) {
        failLetters(error);
        return;
    }
    printFile(path, QCoreApplication::translate("vitrine::Sheet", "Information request letters"),
              true);
}

void SheetController::printFile(const QString &path, const QString &title, bool letters)
{
    SheetRecord record;
    if (!letters) {
        if (const Made *m = shown())
            record = recordOf(*m);
    }
    const int generation = m_generation;
    // The queue is chosen here: Qt's printer list belongs on the UI thread.
    PrintOutcome chosen;
    if (!m_printService) {
        chosen = SheetPrinter::chooseQueue(configuredQueue());
        if (!chosen.isReady()) {
            printed(chosen, record, generation, letters);
            return;
        }
    }
    if (letters) {
        m_lettersState = PrintState::Printing;
        m_lettersMessage.clear();
        emit lettersChanged();
    } else if (Made *m = byCode(record.code)) {
        m->print = PrintState::Printing;
        emit printChanged();
    }
    // The bytes read now are the bytes printed, and (for the sheet) those recorded once out.
    whenDone(this, runPrint(chosen.queue, readAll(path), QFileInfo(path).fileName(), title),
             [this, record, generation, letters](const PrintOutcome &outcome) {
                 printed(outcome, record, generation, letters);
             });
}

void SheetController::setPrintProblem(const PrintOutcome &outcome)
{
    m_printFailure = outcome;
    m_printFailedAt = m_clock.nowUtc();
    emit printProblemChanged();
}

void SheetController::clearPrintProblem()
{
    if (!m_printFailure && m_uncountedCode.isEmpty())
        return;
    m_printFailure.reset();
    m_uncountedCode.clear();
    m_uncountedWhy.clear();
    emit printProblemChanged();
}

QString SheetController::printProblem() const
{
    if (!m_uncountedCode.isEmpty())
        return QCoreApplication::translate("vitrine::Sheet",
                                           "The sheet %1 was printed, but the kiosk's records "
                                           "could not count it: %2")
            .arg(m_uncountedCode, m_uncountedWhy);
    if (!m_printFailure)
        return {};
    return QCoreApplication::translate("vitrine::Sheet", "At %1: %2", "when a print failed, why")
        .arg(m_printFailedAt.toTimeZone(swissZone()).toString(QStringLiteral("HH:mm")),
             SheetPrinter::describe(*m_printFailure));
}

void SheetController::printed(const PrintOutcome &outcome, const SheetRecord &record,
                              int generation, bool letters)
{
    if (!outcome.isPrinted())
        setPrintProblem(outcome);
    if (letters) {
        if (generation != m_generation)
            return;
        m_lettersState = outcome.isPrinted() ? PrintState::Printed : PrintState::Failed;
        m_lettersMessage =
            outcome.isPrinted()
                ? QCoreApplication::translate("vitrine::Sheet", "The letters are printed.")
                : QCoreApplication::translate("vitrine::Sheet",
                                              "The letters could not be printed: the printer "
                                              "cannot be used at the moment.");
        emit lettersChanged();
        emit lettersFinished();
        return;
    }
    if (outcome.isPrinted()) {
        // The printer works again: the last failure is no longer news.
        clearPrintProblem();
        // Recorded and counted even when the session ended meanwhile: the sheet did come out.
        QString problem;
        StoreError error;
        Store *s = store();
        if (!issue(record, byCode(record.code), &problem) ||
            !s->markSheetPrinted(record.code, &error)) {
            if (problem.isEmpty())
                problem = error.message;
            m_uncountedCode = record.code;
            m_uncountedWhy = problem;
            emit printProblemChanged();
        }
        m_issued.markPrinted(record.code);
        if (generation == m_generation)
            noteEnding(static_cast<int>(KioskController::Ending::Printed));
    }
    Made *m = generation == m_generation ? byCode(record.code) : nullptr;
    if (!m)
        return;
    m->print = outcome.isPrinted() ? PrintState::Printed : PrintState::Failed;
    m->printStatus = static_cast<int>(outcome.status);
    emit printChanged();
    emit printFinished();
}

void SheetController::saveToStick()
{
    Made *m = byCode(m_shownCode);
    if (!m || m->save == TakeState::Waiting || m->save == TakeState::Working)
        return;
    m->save = TakeState::Waiting;
    m_waitingForStick = m->code;
    m_stickWait.start();
    emit saveChanged();
    lookForStick();
    // A stick plugged in a moment ago may not have been searched yet.
    if (m_media && !m_waitingForStick.isEmpty())
        m_media->rescan();
}

void SheetController::cancelSave()
{
    Made *m = byCode(m_waitingForStick);
    m_waitingForStick.clear();
    m_stickWait.stop();
    if (m && m->save == TakeState::Waiting) {
        m->save = TakeState::NotYet;
        emit saveChanged();
    }
}

void SheetController::sticksChanged()
{
    if (!m_media)
        return;
    // A dealership's stick taken out no longer counts as one: plugged in again, it may be
    // the customer's (who handed it over with the car's log).
    const QStringList now = LogFinder::stickFolders(m_media->root());
    m_sticksBefore.removeIf([&](const QString &stick) { return !now.contains(stick); });
    lookForStick();
}

void SheetController::lookForStick()
{
    Made *m = byCode(m_waitingForStick);
    if (!m || m->save != TakeState::Waiting || !m_media)
        return;
    QString stick;
    for (const QString &folder : LogFinder::stickFolders(m_media->root())) {
        if (!m_sticksBefore.contains(folder))
            stick = folder;
    }
    if (stick.isEmpty())
        return;
    m_waitingForStick.clear();
    m_stickWait.stop();
    m->save = TakeState::Working;
    emit saveChanged();
    const SheetRecord record = recordOf(*m);
    const QString name = stickSheetName(m_clock.nowUtc().toTimeZone(swissZone()).date(), m->code);
    whenDone(this,
             runIn<StickSave>(m_printPool, [stick, bytes = readAll(m->path),
                                            name] { return saveOnStick(stick, bytes, name); }),
             [this, record, generation = m_generation](const StickSave &result) {
                 if (generation == m_generation)
                     saved(result, record);
                 else if (result.isSaved())
                     saved(result, record); // counted: the file is on the stick
             });
}

void SheetController::saved(const StickSave &result, const SheetRecord &record)
{
    if (result.isSaved()) {
        QString problem;
        StoreError error;
        Store *s = store();
        if (!issue(record, byCode(record.code), &problem) ||
            !s->markSheetSaved(record.code, &error)) {
            if (problem.isEmpty())
                problem = error.message;
            qWarning("A sheet saved on a stick could not be counted: %s", qPrintable(problem));
        }
        m_issued.markSaved(record.code);
        noteEnding(static_cast<int>(KioskController::Ending::Saved));
    } else {
        qWarning("The sheet could not be saved on the stick: %s", qPrintable(result.detail));
    }
    Made *m = byCode(record.code);
    if (!m)
        return;
    m->save = result.isSaved() ? TakeState::Done : TakeState::NotDone;
    m->saveStatus = static_cast<int>(result.status);
    m->savedName = result.fileName;
    emit saveChanged();
    emit saveFinished();
}

void SheetController::keepForAdvisor()
{
    Made *m = byCode(m_shownCode);
    if (!m || m->keep == TakeState::Done)
        return;
    const SheetRecord record = recordOf(*m);
    QString problem;
    StoreError error;
    const QByteArray pdf = readAll(m->path);
    bool ok = issue(record, m, &problem);
    m = byCode(record.code);
    if (ok && !store()->keepSheet(record.code, pdf, &error)) {
        problem = error.message;
        ok = false;
    }
    if (ok) {
        m_issued.markKept(record.code);
        noteEnding(static_cast<int>(KioskController::Ending::Kept));
    } else {
        qWarning("The sheet could not be kept for the advisor: %s", qPrintable(problem));
    }
    if (m)
        m->keep = ok ? TakeState::Done : TakeState::NotDone;
    emit keepChanged();
    refreshKept();
}

void SheetController::refreshKept()
{
    Store *s = store();
    if (!s) {
        m_kept.reset({});
        return;
    }
    StoreError error;
    if (s->purgeKeptSheets(Store::kKeptSheetDays, &error) < 0)
        qWarning("Old kept sheets could not be purged: %s", qPrintable(error.message));
    QList<KeptSheetModel::Entry> entries;
    const QList<KeptSheet> kept = s->keptSheets(&error);
    if (error.code != StoreError::Code::None)
        qWarning("The kept sheets could not be read: %s", qPrintable(error.message));
    for (const KeptSheet &k : kept)
        entries.append({k.sheet.code, k.sheet.language, k.keptAt, m_issued.contains(k.sheet.code)});
    m_kept.reset(entries);
}

void SheetController::printKept(int row)
{
    const KeptSheetModel::Entry *entry = m_kept.at(row);
    Store *s = store();
    if (!entry || !s || m_keptPrintState == PrintState::Printing)
        return;
    const QString code = entry->code;
    StoreError readError;
    const std::optional<QByteArray> pdf = s->keptSheetPdf(code, &readError);
    if (readError.code != StoreError::Code::None) {
        // Said beside the sheet's Print button, where the advisor looks (a damaged store is
        // also said at the top of the screen).
        qWarning("The kept sheet could not be read: %s", qPrintable(readError.message));
        m_keptPrintState = PrintState::Failed;
        m_keptPrintMessage =
            QCoreApplication::translate("vitrine::Sheet",
                                        "This sheet could not be read from the kiosk's records. %1")
                .arg(readError.message);
        emit keptPrintChanged();
        emit keptPrintFinished();
        return;
    }
    if (!pdf) {
        refreshKept();
        return;
    }
    PrintOutcome chosen;
    if (!m_printService) {
        chosen = SheetPrinter::chooseQueue(configuredQueue());
        if (!chosen.isReady()) {
            m_keptPrintState = PrintState::Failed;
            m_keptPrintMessage = chosen.message;
            setPrintProblem(chosen);
            emit keptPrintChanged();
            emit keptPrintFinished();
            return;
        }
    }
    m_keptPrintState = PrintState::Printing;
    m_keptPrintMessage.clear();
    m_kept.setPrinting(code);
    emit keptPrintChanged();
    // Sent from memory: a kept sheet is never written out in clear to be printed.
    whenDone(this,
             runPrint(chosen.queue, *pdf, QStringLiteral("sheet-%1.pdf").arg(code),
                      QCoreApplication::translate("vitrine::Sheet", "Privacy review sheet")),
             [this, code](const PrintOutcome &outcome) {
                 m_kept.setPrinting({});
                 m_keptPrintState = outcome.isPrinted() ? PrintState::Printed : PrintState::Failed;
                 m_keptPrintMessage = outcome.message;
                 if (outcome.isPrinted()) {
                     clearPrintProblem();
                     StoreError error;
                     Store *st = store();
                     if (!st || !st->markSheetPrinted(code, &error))
                         m_keptPrintMessage +=
                             u' ' + QCoreApplication::translate(
                                        "vitrine::Sheet",
                                        "(The print could not be counted in the kiosk's "
                                        "records: %1)")
                                        .arg(error.message);
                     m_issued.markPrinted(code);
                     if (m_issued.contains(code))
                         noteEnding(static_cast<int>(KioskController::Ending::Printed));
                 } else {
                     setPrintProblem(outcome);
                 }
                 refreshKept();
                 emit keptPrintChanged();
                 emit keptPrintFinished();
             });
}

void SheetController::clear()
{
    ++m_generation;
    m_again = false;
    m_waitingForCertificate = false;
    // A signature being made writes into the folder about to go: let it end first (a fraction
    // of a second), so that nothing is left behind.
    m_signWork.waitForFinished();
    m_files->clear();
    m_sheets.clear();
    m_shownCode.clear();
    m_pending = {};
    m_pendingDraft.clear();
    m_waitingForStick.clear();
    m_stickWait.stop();
    m_folder.reset(); // deletes the folder and every file in it
    const bool hadIssued = m_issued.count() > 0;
    m_issued.clear();
    const bool wasBusy = m_busy;
    m_busy = false;
    m_lettersState = PrintState::Idle;
    m_lettersMessage.clear();
    m_error.clear();
    emit sheetChanged();
    emit printChanged();
    emit saveChanged();
    emit keepChanged();
    emit lettersChanged();
    emit errorChanged();
    if (wasBusy)
        emit busyChanged();
    // The advisor's list no longer marks them as this session's.
    if (hadIssued)
        refreshKept();
}

} // namespace vitrine
