#include "sheetcontroller.h"

#include "catalogue.h"
#include "clock.h"
#include "dealercertificate.h"
#include "kioskcontroller.h"
#include "languages.h"
#include "pdfsigner.h"
#include "requestletter.h"
#include "reviewsession.h"
#include "sheet.h"
#include "sheetassembly.h"
#include "sheetpreview.h"
#include "store.h"
#include "storecontroller.h"
#include "verificationcode.h"

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

// A code already taken (one chance in 2^50) means drawing again, and so writing again.
constexpr int kMaxAttempts = 3;

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

// Each language named in itself, as the language bar names it: how a person finds theirs.
QString nativeLanguageName(const QString &code)
{
    if (code == u"fr")
        return QStringLiteral("Français");
    if (code == u"de")
        return QStringLiteral("Deutsch");
    if (code == u"it")
        return QStringLiteral("Italiano");
    if (code == u"en")
        return QStringLiteral("English");
    return code;
}

} // namespace

// --- IssuedSheetModel ---------------------------------------------------------------------------

int IssuedSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant IssuedSheetModel::data(const QModelIndex &index, int role) const
{
    const Entry *e = index.isValid() ? at(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case CodeRole:
        return e->code;
    case LanguageRole:
        return nativeLanguageName(e->lang);
    case TimeTextRole:
        return e->createdAt.toTimeZone(QTimeZone("Europe/Zurich"))
            .toString(QStringLiteral("dd.MM.yyyy HH:mm"));
    case PrintedRole:
        return e->printed;
    case PathRole:
        return e->path;
    default:
        return {};
    }
}

QHash<int, QByteArray> IssuedSheetModel::roleNames() const
{
    return {{CodeRole, "code"},
            {LanguageRole, "language"},
            {TimeTextRole, "timeText"},
            {PrintedRole, "printed"},
            {PathRole, "path"}};
}

const IssuedSheetModel::Entry *IssuedSheetModel::at(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void IssuedSheetModel::add(const Entry &entry)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    emit countChanged();
}

void IssuedSheetModel::markPrinted(const QString &code)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).code == code && !m_entries.at(i).printed) {
            m_entries[i].printed = true;
            const QModelIndex changed = index(static_cast<int>(i));
            emit dataChanged(changed, changed, {PrintedRole});
        }
    }
}

void IssuedSheetModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    emit countChanged();
}

// --- SheetController ----------------------------------------------------------------------------

SheetController::SheetController(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_files(std::make_shared<SheetFiles>())
{
    // NSS is one state per process, set up by Poppler for one folder: its calls go one by one.
    m_nssPool.setMaxThreadCount(1);
    // A sheet and its letters may print side by side; each waits for its own printer job.
    m_printPool.setMaxThreadCount(2);
    connect(&m_certificateWork, &QFutureWatcher<CertificateCheck>::finished, this,
            &SheetController::certificateChecked);
    connect(&m_signWork, &QFutureWatcher<Signed>::finished, this, &SheetController::signedDraft);
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

void SheetController::setKiosk(KioskController *kiosk)
{
    if (m_kiosk)
        disconnect(m_kiosk, nullptr, this, nullptr);
    m_kiosk = kiosk;
    if (!m_kiosk)
        return;
    connect(m_kiosk, &KioskController::screenChanged, this, [this] {
        if (m_kiosk->screen() == KioskController::Screen::Preview)
            prepare();
    });
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
        return false;
    }
    m_nssDir = m_demoCertificate->filePath(QStringLiteral("nss"));
    m_nickname.clear();
    m_password.clear();
    m_demo = true;
    m_certificate = Certificate::Checking;
    // Before anything else in the process uses NSS: making the database is the first NSS call.
    m_certificateWork.setFuture(
        runIn<CertificateCheck>(m_nssPool, [nssDir = m_nssDir, clock = &m_clock] {
            CertificateCheck check;
            DealerCertificate::Options options;
            options.nssDir = nssDir;
            options.name = QString::fromUtf8(kDemoDealerName);
            DealerCertificate::Error error = DealerCertificate::Error::None;
            const auto made = DealerCertificate::create(options, *clock, &error, &check.problem);
            check.ok = made.has_value();
            if (made)
                check.signerName = made->commonName;
            return check;
        }));
    return true;
}

void SheetController::checkCertificate()
{
    if (m_certificateWork.isRunning())
        return;
    // No database at all: say so without waking NSS, which could then only ever use this
    // folder (Poppler sets NSS up once per process).
    if (!DealerCertificate::hasDatabase(m_nssDir)) {
        m_certificate = Certificate::Missing;
        m_certificateProblem = missingCertificateMessage();
        return;
    }
    m_certificate = Certificate::Checking;
    m_certificateWork.setFuture(runIn<CertificateCheck>(
        m_nssPool, [nssDir = m_nssDir, nickname = m_nickname, password = m_password] {
            CertificateCheck check;
            const PdfSigner signer(nssDir, nickname, password);
            check.signerName = signer.signerName(&check.problem);
            check.ok = !check.signerName.isEmpty();
            return check;
        }));
}

void SheetController::certificateChecked()
{
    const CertificateCheck check = m_certificateWork.result();
    if (check.ok) {
        m_certificate = Certificate::Ready;
        m_signerName = check.signerName;
        m_certificateProblem.clear();
    } else {
        m_certificate = Certificate::Missing;
        m_certificateProblem =
            QCoreApplication::translate("vitrine::Sheet",
                                        "The sheet cannot be signed: %1 See "
                                        "packaging/dealer-certificate.md to set up the dealer's "
                                        "certificate.")
                .arg(check.problem);
    }
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

qreal SheetController::pageAspect() const
{
    // A4 until a sheet tells otherwise, so that a view can lay out its pages beforehand.
    return m_current.aspect > 0 ? m_current.aspect : 297.0 / 210.0;
}

QString SheetController::pagePrefix() const
{
    return ready() ? QStringLiteral("image://sheet/%1/").arg(m_current.revision) : QString();
}

QString SheetController::folder() const
{
    return m_folder ? m_folder->path() : QString();
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
        if (const auto queue = s->setting(QString::fromLatin1(SheetSettings::PrinterQueue)))
            return QString::fromUtf8(*queue).trimmed();
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
    // The advisor may have set the certificate up since the last attempt.
    if (m_certificate == Certificate::Missing && !m_demo)
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

    // A new sheet replaces the one on show: its print state and its pages go.
    m_current = {};
    m_printState = PrintState::Idle;
    m_printMessage.clear();
    m_lettersState = PrintState::Idle;
    m_lettersMessage.clear();
    emit sheetChanged();
    emit printChanged();
    emit lettersChanged();
    setError({});
    setBusy(true);
    m_attempt = 0;
    const int generation = ++m_generation;
    // Writing holds the UI thread for a moment: let the busy state reach the screen first.
    QTimer::singleShot(kBusyFrameMs, this, [this, generation] { writeAndSign(generation); });
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
    ++m_attempt;
    const int revision = ++m_revision;
    const QDir dir(m_folder->path());
    m_pending = {};
    m_pending.code = newVerificationCode();
    m_pending.lang = Languages::current();
    m_pending.revision = revision;
    m_pending.path = dir.filePath(QStringLiteral("sheet-%1.pdf").arg(revision));
    m_pendingDraft = dir.filePath(QStringLiteral("draft-%1.pdf").arg(revision));

    SheetReview review;
    review.summary = m_review->summary();
    review.catalogue = &Catalogue::builtIn();
    review.comparison = m_review->lastVisitComparison();
    review.choices = choices();
    review.customer = &m_review->customerSignature()->signature();
    review.advisor = &m_review->advisorSignature()->signature();
    SheetDealer dealer = dealerFromSettings(*store(), m_signerName);
    if (m_demo) {
        // The demo's own name, whatever a setting says: its certificate signs in that name.
        dealer.name = QString::fromUtf8(kDemoDealerName);
        dealer.address.clear();
    }
    const SheetInput in =
        assembleSheetInput(review, dealer, {}, m_pending.lang, m_clock.nowUtc(), m_pending.code);
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
    Store *s = store();
    if (!s) {
        fail(QCoreApplication::translate(
            "vitrine::Sheet", "The kiosk's records are not open, so the sheet cannot be kept."));
        return;
    }
    StoreError error;
    const qint64 importId = m_kiosk ? m_kiosk->importId() : -1;
    const qint64 id = recordIssuedSheet(
        *s, m_pending.code, m_pending.path,
        importId >= 0 ? std::optional<qint64>(importId) : std::nullopt, m_pending.lang, &error);
    if (id < 0) {
        if (error.code == StoreError::Code::AlreadyExists && m_attempt < kMaxAttempts) {
            QFile::remove(m_pending.path);
            writeAndSign(m_generation);
            return;
        }
        fail(QCoreApplication::translate("vitrine::Sheet", "The sheet could not be kept: %1")
                 .arg(error.message));
        return;
    }
    m_pending.sha = fileSha256(m_pending.path);
    if (result.pages > 0)
        m_pending.pages = result.pages;
    m_pending.aspect = result.aspect;
    m_current = std::exchange(m_pending, Current{});
    m_files->publish(m_current.revision, m_current.path);
    m_issued.add({m_current.code, m_current.lang, m_clock.nowUtc(), m_current.path, false});
    emit sheetChanged();
    setBusy(false);
    emit prepared(true);
    if (std::exchange(m_again, false))
        prepare();
}

void SheetController::retranslate()
{
    // The sheet on show follows the language, as the screen does; one printed already stays
    // as it was (and kept), and the new one can be printed too.
    if (m_kiosk && m_kiosk->screen() == KioskController::Screen::Preview &&
        (ready() || m_busy || !m_error.isEmpty()))
        prepare();
}

void SheetController::print()
{
    if (!ready() || m_printState == PrintState::Printing)
        return;
    printFile(m_current.path, QCoreApplication::translate("vitrine::Sheet", "Privacy review sheet"),
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
    LetterInput in;
    in.lang = m_current.lang;
    in.summary = m_review->summary();
    in.catalogue = &Catalogue::builtIn();
    in.recipients = copyRequests(choices());
    const QString path =
        QDir(m_folder->path()).filePath(QStringLiteral("letters-%1.pdf").arg(m_current.revision));
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
    // The queue is chosen here: Qt's printer list belongs on the UI thread.
    const PrintOutcome chosen = SheetPrinter::chooseQueue(configuredQueue());
    const QString code = letters ? QString() : m_current.code;
    const int generation = m_generation;
    if (!chosen.isReady()) {
        printed(chosen, code, generation, letters);
        return;
    }
    if (letters) {
        m_lettersState = PrintState::Printing;
        m_lettersMessage.clear();
        emit lettersChanged();
    } else {
        m_printState = PrintState::Printing;
        m_printMessage.clear();
        emit printChanged();
    }
    // The printer is given the file without the store: the sheet was just kept, and the store
    // stays on this thread, which counts the print once it is out.
    whenDone(this,
             runIn<PrintOutcome>(m_printPool,
                                 [queue = chosen.queue, path, title] {
                                     SheetPrinter printer(queue);
                                     printer.setJobTitle(title);
                                     return printer.print(path);
                                 }),
             [this, code, generation, letters](const PrintOutcome &outcome) {
                 printed(outcome, code, generation, letters);
             });
}

void SheetController::printed(const PrintOutcome &outcome, const QString &code, int generation,
                              bool letters)
{
    QString message = outcome.message;
    if (outcome.isPrinted() && !letters) {
        // Counted even when the session ended meanwhile: the sheet did come out.
        StoreError error;
        Store *s = store();
        if (!s || !s->markSheetPrinted(code, &error)) {
            message += QLatin1Char(' ') +
                       QCoreApplication::translate("vitrine::Sheet",
                                                   "(The print could not be counted in the "
                                                   "kiosk's records: %1)")
                           .arg(error.message);
        }
        m_issued.markPrinted(code);
    }
    if (outcome.isPrinted() && letters) {
        message =
            QCoreApplication::translate("vitrine::Sheet", "The letters were printed on \"%1\".")
                .arg(outcome.queue);
    }
    if (generation != m_generation)
        return;
    const PrintState state = outcome.isPrinted() ? PrintState::Printed : PrintState::Failed;
    if (letters) {
        m_lettersState = state;
        m_lettersMessage = message;
        emit lettersChanged();
        emit lettersFinished();
    } else {
        m_printState = state;
        m_printMessage = message;
        emit printChanged();
        emit printFinished();
    }
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
    m_current = {};
    m_pending = {};
    m_pendingDraft.clear();
    m_folder.reset(); // deletes the folder and every file in it
    m_issued.clear();
    const bool wasBusy = m_busy;
    m_busy = false;
    m_printState = PrintState::Idle;
    m_printMessage.clear();
    m_lettersState = PrintState::Idle;
    m_lettersMessage.clear();
    m_error.clear();
    emit sheetChanged();
    emit printChanged();
    emit lettersChanged();
    emit errorChanged();
    if (wasBusy)
        emit busyChanged();
}

} // namespace vitrine
