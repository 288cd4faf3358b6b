// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's sheet step, as the journey drives it: after a demo review signed by both, the
// Preview screen makes a PDF that is signed (the verifier calls it genuine) and recorded only
// once it goes out (printed, saved on the customer's stick, or kept for the advisor); switching
// languages on the preview leaves no code on record that no paper carries; the preview renders
// page 1 of that very file and a blank page for a page that does not exist; the session's
// files are gone once the session ends, by End as by the idle timeout; a real kiosk without a
// certificate tells the advisor how to set one up; printing with no printer reachable says so
// plainly and loses nothing; a kept sheet waits in the store for the advisor, who prints it
// from there; and the advisor's check calls the sheet genuine, a changed copy not, and finds a
// typed code in the records; the USB stick's PDF files are listed for it.
// Each recipient's verdict reads the same on the screen, on the sheet and on the command line.

#include "catalogue.h"
#include "choicemodel.h"
#include "clock.h"
#include "coverage.h"
#include "importmessages.h"
#include "kioskcontroller.h"
#include "languages.h"
#include "logfinder.h"
#include "mediafolder.h"
#include "pdfsigner.h"
#include "plainsummary.h"
#include "readlog.h"
#include "recipientmodel.h"
#include "recipients.h"
#include "reviewsession.h"
#include "sheet.h"
#include "sheetassembly.h"
#include "sheetcontroller.h"
#include "sheetpreview.h"
#include "sheetprinter.h"
#include "signature.h"
#include "store.h"
#include "storecontroller.h"
#include "summary.h"
#include "testsupport.h"
#include "verificationcode.h"
#include "verifycontroller.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QQuickImageResponse>
#include <QQuickTextureFactory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <sys/stat.h>

using namespace vitrine;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

// Pixels of the image that are not the placeholder's colour: ink on a rendered page.
int inkedPixels(const QImage &image)
{
    const QRgb blank = SheetPreview::placeholderColor().rgb();
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int inked = 0;
    for (int y = 0; y < rgb.height(); y += 4) {
        for (int x = 0; x < rgb.width(); x += 4) {
            if ((rgb.pixel(x, y) & 0xffffff) != (blank & 0xffffff))
                ++inked;
        }
    }
    return inked;
}

constexpr qreal kA4 = 297.0 / 210.0;

} // namespace

class TestKioskSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theSignedSheetIsRecordedOnlyWhenItGoesOut();
    void thePreviewRendersPageOneOfTheSignedFile();
    void aPageThatDoesNotExistIsABlankPlaceholder();
    void theAdvisorsCheckCallsTheSheetGenuine();
    void aChangedCopyIsNotGenuine();
    void aTypedCodeIsLookedUpInTheRecords();
    void leavingTheCheckForgetsTheAnswer();
    void switchingLanguagesRecordsNothingAndOnlyThePrintedSheetIsOnRecord();
    void printingWithNoPrinterReachableSaysSoPlainlyAndKeepsTheReview();
    void theSheetIsSavedOnTheCustomersStickNeverOnTheDealerships();
    void noStickPluggedInIsSaidPlainly();
    void aKeptSheetWaitsInTheStoreUntilTheAdvisorPrintsIt();
    void theLettersAreWrittenWhenACopyWasAskedFor();
    void endingTheSessionDeletesTheSheetsFiles();
    void theIdleTimeoutDeletesTheSheetsFilesToo();
    void aRealKioskWithoutACertificateTellsTheAdvisorHowToSetOneUp();
    void theSticksPdfFilesAreListedToCheck();
    void eachVerdictReadsTheSameOnScreenOnPaperAndOnTheCommandLine_data();
    void eachVerdictReadsTheSameOnScreenOnPaperAndOnTheCommandLine();
    // Last: it damages the store the others share.
    void aKeptSheetThatCannotBeReadSaysSoBesideItsPrintButton();

private:
    /** Loads the demo log, starts the review, signs, and shows the preview; true once made. */
    bool makeSheet();
    bool unlockAdvisor();
    /** makeSheet(), then keeps the sheet for the advisor: it is on record. */
    bool makeIssuedSheet();
    /** The advisor's list row of the kept sheet with this code; -1 when it is not listed. */
    int keptRowOf(const QString &code) const;
    Store *store() const { return m_vault->store(); }

    SystemClock m_clock;
    StoreController *m_vault = nullptr;
    ReviewSession *m_review = nullptr;
    KioskController *m_kiosk = nullptr;
    SheetController *m_sheet = nullptr;
    VerifyController *m_checker = nullptr;
};

void TestKioskSheet::initTestCase()
{
    // No printing service: libcups reads this when it first connects.
    qputenv("CUPS_SERVER", QByteArrayLiteral("/nonexistent/vitrine-test/cups.sock"));
    Languages::install(QStringLiteral("en"));
    m_vault = new StoreController(m_clock, this);
    m_vault->setKdfParams(KdfParams::minimum());
    QSignalSpy opened(m_vault, &StoreController::opened);
    QVERIFY(m_vault->useThrowaway(QStringLiteral("2468")));
    QVERIFY(opened.wait(30000));
    m_review = new ReviewSession(this);
    m_kiosk = new KioskController(m_review, nullptr, true, this);
    m_kiosk->setVault(m_vault);
    m_sheet = new SheetController(m_clock, this);
    m_sheet->setReview(m_review);
    m_sheet->setVault(m_vault);
    m_sheet->setKiosk(m_kiosk);
    QVERIFY(m_sheet->useDemoCertificate());
    m_checker = new VerifyController(m_sheet, this);
    m_checker->setVault(m_vault);
    m_checker->setKiosk(m_kiosk);
}

int TestKioskSheet::keptRowOf(const QString &code) const
{
    const KeptSheetModel *kept = m_sheet->kept();
    for (int r = 0; r < kept->rowCount(); ++r) {
        if (kept->at(r)->code == code)
            return r;
    }
    return -1;
}

void TestKioskSheet::cleanupTestCase()
{
    delete m_checker;
    delete m_sheet;
    delete m_kiosk;
    delete m_review;
    delete m_vault;
}

// The Advisor screen, through the PIN pad as at the kiosk.
bool TestKioskSheet::unlockAdvisor()
{
    m_kiosk->toAdvisor();
    if (m_kiosk->screen() == KioskController::Screen::Unlock) {
        QSignalSpy finished(m_kiosk, &KioskController::unlockFinished);
        m_kiosk->unlock(m_kiosk->demoPin());
        if (finished.isEmpty() && !finished.wait(30000))
            return false;
    }
    return m_kiosk->screen() == KioskController::Screen::Advisor;
}

bool TestKioskSheet::makeSheet()
{
    m_kiosk->endSession();
    if (!m_review->load(test::demoLogPath()))
        return false;
    m_kiosk->startReview();
    m_kiosk->toSign();
    m_review->customerSignature()->setSignature(demoSignature(0));
    m_review->advisorSignature()->setSignature(demoSignature(1));
    QSignalSpy prepared(m_sheet, &SheetController::prepared);
    m_kiosk->toPreview();
    if (m_kiosk->screen() != KioskController::Screen::Preview)
        return false;
    if (!prepared.wait(60000)) {
        qWarning("no sheet was made");
        return false;
    }
    if (!m_sheet->ready())
        qWarning("the sheet failed: %s", qPrintable(m_sheet->error()));
    return m_sheet->ready();
}

bool TestKioskSheet::makeIssuedSheet()
{
    if (!makeSheet())
        return false;
    m_sheet->keepForAdvisor();
    return m_sheet->keepState() == SheetController::TakeState::Done && m_sheet->issuedOnShow();
}

void TestKioskSheet::theSignedSheetIsRecordedOnlyWhenItGoesOut()
{
    QVERIFY(makeSheet());
    QVERIFY(!m_sheet->busy());
    QVERIFY(m_sheet->error().isEmpty());
    QVERIFY(m_sheet->pageCount() >= 1);
    QVERIFY(qAbs(m_sheet->pageAspect() - kA4) < 0.01);
    const QString path = m_sheet->sheetPath();
    const QString code = m_sheet->verificationCode();
    QVERIFY(QFileInfo(path).isFile());
    // Private: the folder is the owner's alone, and so is the file.
    QCOMPARE(modeOf(m_sheet->folder()), mode_t(0700));
    QCOMPARE(modeOf(path), mode_t(0600));
    // Only the signed sheet is left: no draft, no temporary file of the signing.
    QCOMPARE(QDir(m_sheet->folder()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QFileInfo(path).fileName()});

    // The digital signature holds, by the kiosk's own certificate, over the whole file.
    SignatureCheck check = m_sheet->checkSignature(path).result();
    QVERIFY2(check.readable, qPrintable(check.readError));
    QVERIFY(check.present);
    QCOMPARE(check.signature, SignatureCheck::SignatureStatus::Valid);
    QCOMPARE(check.certificate, SignatureCheck::CertificateStatus::Trusted);
    QVERIFY(check.coversWholeFile);
    QCOMPARE(check.signerName, QString::fromUtf8(SheetController::kDemoDealerName));
    QCOMPARE(check.verificationCode, code);

    // Only shown so far: no record, nothing in the session's list.
    QVERIFY(!store()->findSheetByCode(code));
    QVERIFY(!store()->findSheetBySha256(fileSha256(path)));
    QCOMPARE(m_sheet->issued()->count(), 0);
    QVERIFY(!m_sheet->issuedOnShow());
    PdfVerifier::matchRecords(check, *store()); // audits the check itself
    QCOMPARE(check.record, SignatureCheck::RecordMatch::NotFound);
    const qint64 auditRows = store()->verifyAudit().rowsChecked;

    // Kept for the advisor: now it is on record, this very file, with one "sheet" row (and
    // the "keep" row).
    m_sheet->keepForAdvisor();
    QCOMPARE(m_sheet->keepState(), SheetController::TakeState::Done);
    const std::optional<SheetRecord> kept = store()->findSheetByCode(code);
    QVERIFY(kept);
    QCOMPARE(kept->pdfSha256, fileSha256(path));
    QCOMPARE(kept->language, QStringLiteral("en"));
    QVERIFY(m_kiosk->importId() >= 0);
    QCOMPARE(kept->importId, std::optional<qint64>(m_kiosk->importId()));
    QCOMPARE(kept->printedCount, 0);
    QCOMPARE(store()->verifyAudit().rowsChecked, auditRows + 2);
    // Kept twice is kept once.
    m_sheet->keepForAdvisor();
    QCOMPARE(store()->verifyAudit().rowsChecked, auditRows + 2);
    check = m_sheet->checkSignature(path).result();
    QVERIFY(PdfVerifier::matchRecords(check, *store()));
    QCOMPARE(check.record, SignatureCheck::RecordMatch::Found);
    QVERIFY2(check.isGenuine(), qPrintable(check.verdict()));

    // The session's list of sheets has it.
    QCOMPARE(m_sheet->issued()->count(), 1);
    QCOMPARE(m_sheet->issued()->at(0)->code, code);
    QVERIFY(m_sheet->issued()->at(0)->kept);
    QCOMPARE(m_kiosk->ending(), KioskController::Ending::Kept);
}

void TestKioskSheet::thePreviewRendersPageOneOfTheSignedFile()
{
    QVERIFY(m_sheet->ready() || makeSheet());
    const std::unique_ptr<QQuickImageProvider> base(m_sheet->createPreviewProvider());
    auto *provider = dynamic_cast<SheetPreview *>(base.get());
    QVERIFY(provider);
    const QString prefix = m_sheet->pagePrefix();
    QVERIFY(prefix.startsWith(QStringLiteral("image://sheet/")));
    const QString id = prefix.mid(QStringLiteral("image://sheet/").size()) + u'1';

    // Synchronously, as a response does on its thread: as wide as asked, shaped like A4.
    const QImage page = provider->render(id, QSize(600, 0));
    QVERIFY(!page.isNull());
    QCOMPARE(page.width(), 600);
    QVERIFY(qAbs(qreal(page.height()) / page.width() - kA4) < 0.01);
    QVERIFY2(inkedPixels(page) > 500, "page 1 should show the sheet's text, not a blank page");
    // Asked by height (a whole page in view), it fits the height.
    QCOMPARE(provider->render(id, QSize(0, 900)).height(), 900);

    // And through the engine's way, on the provider's own thread.
    std::unique_ptr<QQuickImageResponse> response(
        provider->requestImageResponse(id, QSize(400, 0)));
    QSignalSpy finished(response.get(), &QQuickImageResponse::finished);
    QVERIFY(finished.wait(20000));
    const std::unique_ptr<QQuickTextureFactory> texture(response->textureFactory());
    QVERIFY(texture);
    const QImage viaResponse = texture->image();
    QCOMPARE(viaResponse.width(), 400);
    QVERIFY(inkedPixels(viaResponse) > 100);
}

void TestKioskSheet::aPageThatDoesNotExistIsABlankPlaceholder()
{
    QVERIFY(m_sheet->ready() || makeSheet());
    const std::unique_ptr<QQuickImageProvider> base(m_sheet->createPreviewProvider());
    auto *provider = dynamic_cast<SheetPreview *>(base.get());
    QVERIFY(provider);
    const QString revision = m_sheet->pagePrefix().section(u'/', 2, 2);
    const QStringList bad{revision + QStringLiteral("/0"),
                          revision + QStringLiteral("/%1").arg(m_sheet->pageCount() + 1),
                          revision + QStringLiteral("/-3"),
                          QStringLiteral("999/1"),
                          QStringLiteral("nonsense"),
                          QString()};
    for (const QString &id : bad) {
        const QImage image = provider->render(id, QSize(300, 0));
        QVERIFY2(!image.isNull(), qPrintable(id));
        QCOMPARE(image.width(), 300);
        QVERIFY(qAbs(qreal(image.height()) / image.width() - kA4) < 0.01);
        QVERIFY2(inkedPixels(image) == 0, qPrintable(id));
    }
    bool ok = true;
    SheetPreview::renderPage(m_sheet->sheetPath(), 42, QSize(100, 0), &ok);
    QVERIFY(!ok);
    SheetPreview::renderPage(m_sheet->sheetPath(), 1, QSize(100, 0), &ok);
    QVERIFY(ok);
}

void TestKioskSheet::theAdvisorsCheckCallsTheSheetGenuine()
{
    QVERIFY(m_sheet->issuedOnShow() || makeIssuedSheet());
    QVERIFY(unlockAdvisor());
    m_kiosk->toVerify();
    QCOMPARE(m_kiosk->screen(), KioskController::Screen::Verify);
    QSignalSpy finished(m_checker, &VerifyController::finished);
    m_checker->checkIssued(0);
    QVERIFY(m_checker->busy());
    QVERIFY(finished.wait(30000));
    QVERIFY(!m_checker->busy());
    QCOMPARE(m_checker->result(), VerifyController::Result::Genuine);
    QCOMPARE(m_checker->tone(), QStringLiteral("good"));
    QVERIFY(m_checker->fileChecked());
    QVERIFY(m_checker->verdict().contains(m_sheet->verificationCode()));
    QCOMPARE(m_checker->codeText(), m_sheet->verificationCode());
    QCOMPARE(m_checker->signerText(), QString::fromUtf8(SheetController::kDemoDealerName));
    QVERIFY(!m_checker->recordText().isEmpty());
    QVERIFY(!m_checker->coverageText().isEmpty());
}

void TestKioskSheet::aChangedCopyIsNotGenuine()
{
    QVERIFY(m_sheet->ready() || makeSheet());
    QVERIFY(unlockAdvisor());
    m_kiosk->toVerify();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("changed.pdf"));
    QVERIFY(QFile::copy(m_sheet->sheetPath(), copy));
    {
        QFile f(copy);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        // A byte of the signed content (the first range), not of the signature itself.
        const qsizetype at = bytes.indexOf("stream") + 20;
        QVERIFY(at > 20);
        bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
        f.seek(0);
        QCOMPARE(f.write(bytes), bytes.size());
    }
    QSignalSpy finished(m_checker, &VerifyController::finished);
    m_checker->checkFile(copy);
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_checker->result(), VerifyController::Result::NotGenuine);
    QCOMPARE(m_checker->tone(), QStringLiteral("bad"));
    QVERIFY(!m_checker->check()->isGenuine());

    // Not a PDF at all: not genuine either, and no crash.
    const QString garbage = dir.filePath(QStringLiteral("garbage.pdf"));
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("%PDF-1.7 nothing else");
    }
    m_checker->checkFile(garbage);
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_checker->result(), VerifyController::Result::NotGenuine);
    QVERIFY(!m_checker->verdict().isEmpty());
}

void TestKioskSheet::aTypedCodeIsLookedUpInTheRecords()
{
    QVERIFY(m_sheet->issuedOnShow() || makeIssuedSheet());
    QVERIFY(unlockAdvisor());
    m_kiosk->toVerify();
    // As typed from paper: lower case, no dashes.
    m_checker->lookUpCode(m_sheet->verificationCode().toLower().remove(u'-'));
    QCOMPARE(m_checker->result(), VerifyController::Result::CodeOnRecord);
    QCOMPARE(m_checker->tone(), QStringLiteral("good"));
    QVERIFY(m_checker->verdict().contains(m_sheet->verificationCode()));
    QVERIFY(!m_checker->fileChecked());

    m_checker->lookUpCode(QStringLiteral("ZZZZ-ZZZZ-ZZ"));
    QCOMPARE(m_checker->result(), VerifyController::Result::CodeUnknown);
    QCOMPARE(m_checker->tone(), QStringLiteral("bad"));
    QVERIFY(m_checker->verdict().contains(QStringLiteral("ZZZZ-ZZZZ-ZZ")));

    m_checker->lookUpCode(QStringLiteral("hello"));
    QCOMPARE(m_checker->result(), VerifyController::Result::CodeUnknown);
    QVERIFY(m_checker->verdict().contains(QStringLiteral("\"hello\"")));
}

void TestKioskSheet::leavingTheCheckForgetsTheAnswer()
{
    QVERIFY(m_sheet->issuedOnShow() || makeIssuedSheet());
    QVERIFY(unlockAdvisor());
    m_kiosk->toVerify();
    m_checker->lookUpCode(m_sheet->verificationCode());
    QCOMPARE(m_checker->result(), VerifyController::Result::CodeOnRecord);
    // The advisor's screen locks (or the advisor goes back): nothing of it stays.
    m_kiosk->toAdvisor();
    QCOMPARE(m_checker->result(), VerifyController::Result::None);
    QVERIFY(m_checker->verdict().isEmpty());
    QVERIFY(m_checker->subject().isEmpty());
}

void TestKioskSheet::switchingLanguagesRecordsNothingAndOnlyThePrintedSheetIsOnRecord()
{
    QVERIFY(makeSheet());
    QTemporaryDir copies;
    QVERIFY(copies.isValid());
    QStringList codes;
    QStringList files;
    // Each sheet shown, copied as a customer could have photographed or kept it.
    const auto keepCopy = [&] {
        const QString copy = copies.filePath(m_sheet->verificationCode() + QStringLiteral(".pdf"));
        QVERIFY(QFile::copy(m_sheet->sheetPath(), copy));
        codes << m_sheet->verificationCode();
        files << copy;
    };
    keepCopy();
    const qint64 auditRows = store()->verifyAudit().rowsChecked;
    QSignalSpy prepared(m_sheet, &SheetController::prepared);
    for (const char *lang : {"de", "fr", "it"}) {
        Languages::install(QString::fromLatin1(lang));
        m_sheet->retranslate();
        QVERIFY(prepared.wait(60000));
        QVERIFY(m_sheet->ready());
        QVERIFY(!codes.contains(m_sheet->verificationCode()));
        keepCopy();
    }
    // Back to German: the German sheet made a moment ago, not another one.
    Languages::install(QStringLiteral("de"));
    m_sheet->retranslate();
    QVERIFY(!m_sheet->busy());
    QCOMPARE(m_sheet->verificationCode(), codes.at(1));

    // Four languages looked at: not one code on record, not one audit row, nothing issued.
    for (const QString &code : std::as_const(codes))
        QVERIFY2(!store()->findSheetByCode(code), qPrintable(code));
    QCOMPARE(store()->verifyAudit().rowsChecked, auditRows);
    QCOMPARE(m_sheet->issued()->count(), 0);

    // The German one is printed (a printer that takes the bytes it is given).
    QByteArray printedBytes;
    m_sheet->setPrintService([&printedBytes](const QByteArray &pdf, const QString &) {
        printedBytes = pdf;
        PrintOutcome o;
        o.status = PrintOutcome::Status::Printed;
        o.queue = QStringLiteral("test");
        return o;
    });
    QSignalSpy finished(m_sheet, &SheetController::printFinished);
    m_sheet->print();
    QVERIFY(finished.wait(30000));
    m_sheet->setPrintService({});
    Languages::install(QStringLiteral("en"));
    QCOMPARE(m_sheet->printState(), SheetController::PrintState::Printed);

    // Exactly one sheet on record: the printed file's code and fingerprint, printed once.
    const std::optional<SheetRecord> record = store()->findSheetByCode(codes.at(1));
    QVERIFY(record);
    QCOMPARE(record->pdfSha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(printedBytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(record->pdfSha256, fileSha256(files.at(1)));
    QCOMPARE(record->language, QStringLiteral("de"));
    QCOMPARE(record->printedCount, 1);
    for (int i = 0; i < codes.size(); ++i) {
        if (i != 1)
            QVERIFY2(!store()->findSheetByCode(codes.at(i)), qPrintable(codes.at(i)));
    }
    QCOMPARE(store()->verifyAudit().rowsChecked, auditRows + 2); // "sheet", then "print"
    QCOMPARE(m_sheet->issued()->count(), 1);
    QCOMPARE(m_kiosk->ending(), KioskController::Ending::Printed);

    // As `verify --db` checks: every copy is signed by the dealer, but only the printed one is
    // a sheet the kiosk issued.
    for (int i = 0; i < files.size(); ++i) {
        SignatureCheck check = m_sheet->checkSignature(files.at(i)).result();
        QCOMPARE(check.signature, SignatureCheck::SignatureStatus::Valid);
        PdfVerifier::matchRecords(check, *store());
        if (i == 1) {
            QCOMPARE(check.record, SignatureCheck::RecordMatch::Found);
            QVERIFY2(check.isGenuine(), qPrintable(check.verdict()));
        } else {
            QCOMPARE(check.record, SignatureCheck::RecordMatch::NotFound);
            QVERIFY(!check.isGenuine());
        }
    }
}

void TestKioskSheet::printingWithNoPrinterReachableSaysSoPlainlyAndKeepsTheReview()
{
    QVERIFY(makeSheet());
    const PrintOutcome expected = SheetPrinter::chooseQueue({});
    QVERIFY2(expected.status == PrintOutcome::Status::NoPrinter ||
                 expected.status == PrintOutcome::Status::ServiceUnavailable,
             qPrintable(expected.message));
    const QString code = m_sheet->verificationCode();
    const QString path = m_sheet->sheetPath();
    QSignalSpy finished(m_sheet, &SheetController::printFinished);
    m_sheet->print();
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(m_sheet->printState(), SheetController::PrintState::Failed);
    // The customer reads a plain sentence: no service's name, no command, no promise that
    // nothing in the kiosk keeps.
    QCOMPARE(m_sheet->printMessage(),
             QStringLiteral("The printer cannot be reached at the moment."));
    // The advisor gets the details.
    QVERIFY2(m_sheet->printProblem().contains(expected.message),
             qPrintable(m_sheet->printProblem()));
    // Nothing is lost: the review, the sheet on show and its file; nothing was issued.
    QVERIFY(m_review->loaded());
    QVERIFY(m_sheet->ready());
    QCOMPARE(m_sheet->verificationCode(), code);
    QVERIFY(QFileInfo(path).isFile());
    QVERIFY(!store()->findSheetByCode(code));
    QCOMPARE(m_kiosk->screen(), KioskController::Screen::Preview);
    QCOMPARE(m_kiosk->ending(), KioskController::Ending::NoSheet);
    // Trying again says the same, no more.
    m_sheet->print();
    QVERIFY(finished.count() == 2 || finished.wait(30000));
    QCOMPARE(m_sheet->printState(), SheetController::PrintState::Failed);
}

void TestKioskSheet::theSheetIsSavedOnTheCustomersStickNeverOnTheDealerships()
{
    QTemporaryDir media;
    QVERIFY(media.isValid());
    const QDir root(media.path());
    // The dealership's stick, with the car's log, is in when the review is handed over.
    QVERIFY(root.mkpath(QStringLiteral("DEALER")));
    MediaFolder folder(nullptr);
    QSignalSpy scanned(&folder, &MediaFolder::scanned);
    folder.setRoot(media.path());
    QVERIFY(scanned.wait(10000));
    m_sheet->setMedia(&folder);
    QVERIFY(makeSheet());
    const QString code = m_sheet->verificationCode();
    QSignalSpy finished(m_sheet, &SheetController::saveFinished);

    m_sheet->saveToStick();
    QCOMPARE(m_sheet->saveState(), SheetController::TakeState::Waiting);
    QVERIFY(m_sheet->saveMessage().contains(QStringLiteral("plug your USB stick")));
    QTest::qWait(200);
    QCOMPARE(m_sheet->saveState(), SheetController::TakeState::Waiting);
    QVERIFY(QDir(root.filePath(QStringLiteral("DEALER"))).isEmpty());
    QVERIFY(!store()->findSheetByCode(code));

    // The customer's stick comes: the sheet goes there.
    QVERIFY(root.mkpath(QStringLiteral("CUSTOMER")));
    folder.rescan();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_sheet->saveState(), SheetController::TakeState::Done);
    const QString today =
        swissDay(QDateTime::currentSecsSinceEpoch()).toString(QStringLiteral("yyyy-MM-dd"));
    const QString name = QStringLiteral("vitrine-sheet-%1-%2.pdf").arg(today, code);
    const QDir stick(root.filePath(QStringLiteral("CUSTOMER")));
    QCOMPARE(stick.entryList(QDir::Files | QDir::Hidden), QStringList{name});
    const QString saved = stick.filePath(name);
    QCOMPARE(modeOf(saved), mode_t(0600));
    QCOMPARE(fileSha256(saved), fileSha256(m_sheet->sheetPath()));
    QVERIFY(QDir(root.filePath(QStringLiteral("DEALER"))).isEmpty());
    // Said with the file's name, never a folder.
    QVERIFY(m_sheet->saveMessage().contains(name));
    QVERIFY(!m_sheet->saveMessage().contains(media.path()));
    // On record, counted, audited.
    const std::optional<SheetRecord> record = store()->findSheetByCode(code);
    QVERIFY(record);
    QCOMPARE(record->savedCount, 1);
    QCOMPARE(record->pdfSha256, fileSha256(saved));
    QCOMPARE(m_kiosk->ending(), KioskController::Ending::Saved);

    // Saved again: a second file beside the first, which stays as it was.
    m_sheet->saveToStick();
    QVERIFY(finished.count() == 2 || finished.wait(10000));
    QCOMPARE(m_sheet->saveState(), SheetController::TakeState::Done);
    QCOMPARE(stick.entryList(QDir::Files | QDir::Hidden).size(), 2);
    QVERIFY(stick.exists(QStringLiteral("vitrine-sheet-%1-%2-2.pdf").arg(today, code)));
    QCOMPARE(fileSha256(saved), record->pdfSha256);
    QCOMPARE(store()->findSheetByCode(code)->savedCount, 2);
    m_sheet->setMedia(nullptr);
}

void TestKioskSheet::noStickPluggedInIsSaidPlainly()
{
    QTemporaryDir media;
    QVERIFY(media.isValid());
    MediaFolder folder(nullptr);
    folder.setRoot(media.path());
    m_sheet->setMedia(&folder);
    QVERIFY(makeSheet());
    m_sheet->setStickWaitMs(100);
    QSignalSpy finished(m_sheet, &SheetController::saveFinished);
    m_sheet->saveToStick();
    QVERIFY(finished.wait(10000));
    m_sheet->setStickWaitMs(SheetController::kStickWaitMs);
    QCOMPARE(m_sheet->saveState(), SheetController::TakeState::NotDone);
    QCOMPARE(m_sheet->saveMessage(), QStringLiteral("No USB stick was found."));
    QVERIFY(!store()->findSheetByCode(m_sheet->verificationCode()));
    // Cancelling while it waits puts it back as it was.
    m_sheet->saveToStick();
    QCOMPARE(m_sheet->saveState(), SheetController::TakeState::Waiting);
    m_sheet->cancelSave();
    QCOMPARE(m_sheet->saveState(), SheetController::TakeState::NotYet);
    m_sheet->setMedia(nullptr);
}

void TestKioskSheet::aKeptSheetWaitsInTheStoreUntilTheAdvisorPrintsIt()
{
    QVERIFY(makeIssuedSheet());
    const QString code = m_sheet->verificationCode();
    QByteArray bytes;
    {
        QFile f(m_sheet->sheetPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    }
    QCOMPARE(store()->keptSheetPdf(code), std::optional<QByteArray>(bytes));
    QVERIFY(!m_sheet->keepMessage().isEmpty());

    // The advisor's list has it, marked as this session's, with its time and language.
    QVERIFY(unlockAdvisor());
    KeptSheetModel *kept = m_sheet->kept();
    const int row = keptRowOf(code);
    QVERIFY(row >= 0);
    QVERIFY(kept->index(row).data(KeptSheetModel::ThisSessionRole).toBool());
    QCOMPARE(kept->index(row).data(KeptSheetModel::LanguageRole).toString(),
             QStringLiteral("English"));
    QVERIFY(kept->index(row).data(KeptSheetModel::TimeTextRole).toString().contains(u'.'));

    // The advisor prints it: the bytes kept are the bytes printed, from memory.
    QByteArray printedBytes;
    m_sheet->setPrintService([&printedBytes](const QByteArray &pdf, const QString &) {
        printedBytes = pdf;
        PrintOutcome o;
        o.status = PrintOutcome::Status::Printed;
        o.queue = QStringLiteral("test");
        return o;
    });
    QSignalSpy finished(m_sheet, &SheetController::keptPrintFinished);
    m_sheet->printKept(row);
    QVERIFY(finished.wait(30000));
    m_sheet->setPrintService({});
    QCOMPARE(m_sheet->keptPrintState(), SheetController::PrintState::Printed);
    QCOMPARE(printedBytes, bytes);
    // Printed: counted, and gone from the store and from the list.
    QCOMPARE(store()->findSheetByCode(code)->printedCount, 1);
    QVERIFY(!store()->keptSheetPdf(code));
    for (int r = 0; r < kept->rowCount(); ++r)
        QVERIFY(kept->at(r)->code != code);
    QCOMPARE(m_kiosk->ending(), KioskController::Ending::Printed);
}

void TestKioskSheet::theLettersAreWrittenWhenACopyWasAskedFor()
{
    QVERIFY(makeSheet());
    QVERIFY(!m_sheet->lettersWanted());
    // The customer asks the first recipient of the catalogue for a copy of their data.
    ChoiceModel *choices = m_review->choices();
    int row = -1;
    for (int r = 0; r < choices->rowCount() && row < 0; ++r) {
        if (choices->index(r).data(ChoiceModel::RecipientIdRole).toString().startsWith(u"org:"))
            row = r;
    }
    QVERIFY(row >= 0);
    choices->toggle(row, QStringLiteral("askCopy"));
    QVERIFY(m_sheet->lettersWanted());
    QCOMPARE(m_sheet->lettersAsked(), 1);
    QSignalSpy finished(m_sheet, &SheetController::lettersFinished);
    m_sheet->printLetters();
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    // Written into the session's folder, then refused by the missing printer, with the reason.
    const QStringList letters =
        QDir(m_sheet->folder()).entryList({QStringLiteral("letters-*.pdf")}, QDir::Files);
    QCOMPARE(letters.size(), 1);
    QVERIFY(QFileInfo(QDir(m_sheet->folder()).filePath(letters.at(0))).size() > 1000);
    QCOMPARE(m_sheet->lettersState(), SheetController::PrintState::Failed);
    QCOMPARE(m_sheet->lettersMessage(),
             QStringLiteral("The letters could not be printed: the printer cannot be used at the "
                            "moment."));
}

void TestKioskSheet::endingTheSessionDeletesTheSheetsFiles()
{
    QVERIFY(makeSheet());
    const QString folder = m_sheet->folder();
    const QString path = m_sheet->sheetPath();
    const QString id = m_sheet->pagePrefix().section(u'/', 2, 2) + QStringLiteral("/1");
    QVERIFY(QFileInfo(path).isFile());
    const std::unique_ptr<QQuickImageProvider> base(m_sheet->createPreviewProvider());
    auto *provider = dynamic_cast<SheetPreview *>(base.get());

    // Done, as the Preview screen's button does.
    m_kiosk->endSession();
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(m_sheet->folder().isEmpty());
    QVERIFY(!m_sheet->ready());
    QCOMPARE(m_sheet->pageCount(), 0);
    QVERIFY(m_sheet->pagePrefix().isEmpty());
    QVERIFY(m_sheet->verificationCode().isEmpty());
    QCOMPARE(m_sheet->issued()->count(), 0);
    // The address of a page shown a moment ago gives a blank page now.
    QCOMPARE(inkedPixels(provider->render(id, QSize(200, 0))), 0);
}

void TestKioskSheet::theIdleTimeoutDeletesTheSheetsFilesToo()
{
    QVERIFY(makeSheet());
    const QString folder = m_sheet->folder();
    QVERIFY(QFileInfo(folder).isDir());
    const int timeout = m_kiosk->idle()->timeout();
    const int warning = m_kiosk->idle()->warning();
    m_kiosk->idle()->setTimeout(40);
    m_kiosk->idle()->setWarning(40);
    QSignalSpy expired(m_kiosk->idle(), &IdleMonitor::expired);
    QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 10000);
    m_kiosk->idle()->setTimeout(timeout);
    m_kiosk->idle()->setWarning(warning);
    QCOMPARE(m_kiosk->screen(), KioskController::Screen::Attract);
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(!m_sheet->ready());
}

void TestKioskSheet::aRealKioskWithoutACertificateTellsTheAdvisorHowToSetOneUp()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QString nss = config.filePath(QStringLiteral("nss"));
    SheetController real(m_clock, nullptr);
    real.setReview(m_review);
    real.setVault(m_vault);
    real.useCertificate(nss);
    QVERIFY(!real.demo());
    // Known as soon as the kiosk opens, before any customer signs.
    QCOMPARE(real.certificateStatus(), SheetController::CertificateStatus::Unusable);
    QVERIFY(!real.canSign());
    QVERIFY(!real.certificateNotice().isEmpty());
    QVERIFY(!real.certificateNotice().contains(u'/'));
    QVERIFY(real.certificateHelp().contains(QStringLiteral("vitrine-cli cert init")));
    QVERIFY(real.certificateHelp().contains(QDir(nss).absolutePath()));

    m_kiosk->endSession();
    QVERIFY(m_review->load(test::demoLogPath()));
    m_review->customerSignature()->setSignature(demoSignature(0));
    m_review->advisorSignature()->setSignature(demoSignature(1));
    real.prepare();
    QVERIFY(!real.busy());
    QVERIFY(!real.ready());
    // The advisor is told what is missing, where, and what to run.
    QVERIFY2(real.error().contains(QStringLiteral("no dealer certificate")),
             qPrintable(real.error()));
    QVERIFY(real.error().contains(QStringLiteral("vitrine-cli cert init")));
    QVERIFY(real.error().contains(QStringLiteral("packaging/dealer-certificate.md")));
    QVERIFY(real.error().contains(QDir(nss).absolutePath()));
    // Nothing was written or kept meanwhile.
    QVERIFY(real.folder().isEmpty());
    QVERIFY(!QFileInfo::exists(nss));
    m_kiosk->endSession();
}

void TestKioskSheet::theSticksPdfFilesAreListedToCheck()
{
    QTemporaryDir media;
    QVERIFY(media.isValid());
    QVERIFY(QDir(media.path()).mkpath(QStringLiteral("STICK/sheets")));
    for (const char *name : {"STICK/sheets/Sheet.PDF", "STICK/car.vdfl.jsonl", "STICK/notes.txt",
                             "STICK/.hidden.pdf"}) {
        QFile f(QDir(media.path()).filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    QVERIFY(LogFinder::looksLikePdf(QStringLiteral("a.pdf")));
    QVERIFY(!LogFinder::looksLikePdf(QStringLiteral(".pdf")));
    QVERIFY(!LogFinder::looksLikePdf(QStringLiteral("a.pdf.txt")));

    LogFinder finder(media.path());
    finder.setNameFilter(&LogFinder::looksLikePdf);
    const LogScan pdfs = finder.scan();
    QCOMPARE(pdfs.logs.size(), 1);
    QCOMPARE(pdfs.logs.at(0).fileName, QStringLiteral("Sheet.PDF"));
    // Logs are still what the finder looks for unless told otherwise.
    QCOMPARE(LogFinder(media.path()).scan().logs.size(), 1);

    // The advisor's Media lists the logs to import and, apart, the PDFs to check.
    MediaFolder folder(nullptr);
    QSignalSpy scanned(&folder, &MediaFolder::scanned);
    folder.setRoot(media.path());
    QVERIFY(scanned.wait(10000));
    QCOMPARE(folder.logs()->count(), 1);
    QCOMPARE(folder.logs()->at(0)->fileName, QStringLiteral("car.vdfl.jsonl"));
    QCOMPARE(folder.sheets()->count(), 1);
    QCOMPARE(folder.sheets()->at(0)->fileName, QStringLiteral("Sheet.PDF"));
    QCOMPARE(folder.sheets()->at(0)->volume, QStringLiteral("STICK"));
}

void TestKioskSheet::eachVerdictReadsTheSameOnScreenOnPaperAndOnTheCommandLine_data()
{
    QTest::addColumn<QString>("lang");
    for (const QString &lang : Languages::codes())
        QTest::newRow(qPrintable(lang)) << lang;
}

void TestKioskSheet::eachVerdictReadsTheSameOnScreenOnPaperAndOnTheCommandLine()
{
    // One fact, one wording: a US company with no DPF certification known is "not adequate"
    // on the screen's badge as in the sheet's table, on the command line and in the In short
    // count, never "protected if certified" on one and "not adequate" on the other.
    QFETCH(QString, lang);
    const auto restore = qScopeGuard([] { Languages::install(QStringLiteral("en")); });
    QVERIFY(Languages::install(lang));
    Summary demo;
    QVERIFY(readLog(test::demoLogPath(), demo).ok());
    const Catalogue &catalogue = Catalogue::builtIn();

    // On screen: the recipients' model, which the badge shows.
    RecipientModel model;
    model.reset(groupRecipients(demo, catalogue));
    const int labelRole = model.roleNames().key("adequacyLabel", -1);
    const int nameRole = model.roleNames().key("name", -1);
    const int adequateRole = model.roleNames().key("adequate", -1);
    const int knownRole = model.roleNames().key("known", -1);
    QVERIFY2(labelRole >= 0, "the screen gets no verdict in words from the core");

    // On paper: the sheet's text blocks (a table cell is one block, its lines joined).
    SheetInput in;
    in.lang = lang;
    in.createdAt = QDateTime(QDate(2026, 10, 12), QTime(9, 30), QTimeZone("Europe/Zurich"));
    in.summary = &demo;
    in.catalogue = &catalogue;
    QTemporaryDir dir;
    QString error;
    SheetLayoutReport report;
    QVERIFY2(writeSheetFile(in, dir.filePath(QStringLiteral("sheet.pdf")), &error, &report) > 0,
             qPrintable(error));
    QHash<int, QString> blocks;
    for (const SheetItem &item : report.items) {
        if (!item.isText)
            continue;
        QString &b = blocks[item.page * 100000 + item.block];
        b += (b.isEmpty() ? QString() : QStringLiteral(" ")) + item.text;
    }
    QSet<QString> cells;
    for (const QString &b : blocks)
        cells.insert(b.simplified());

    // On the command line: each recipient's entry of the plain summary.
    const QString cli = plainSummary(demo, catalogue, lang);
    const auto entryOf = [&cli](const QString &name) {
        const qsizetype start = cli.indexOf(QStringLiteral("  - ") + name);
        const qsizetype end = cli.indexOf(QStringLiteral("\n  - "), start + 1);
        return start < 0 ? QString() : cli.mid(start, end < 0 ? -1 : end - start);
    };

    int notAdequate = 0;
    int dpfOnly = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const QString name = model.data(index, nameRole).toString();
        const QString label = model.data(index, labelRole).toString();
        const QString where = lang + QStringLiteral(", ") + name + QStringLiteral(": ") + label;
        QVERIFY2(!label.isEmpty(), qPrintable(where));
        QVERIFY2(cells.contains(label), qPrintable(where + QStringLiteral(" is not on the sheet")));
        QVERIFY2(entryOf(name).contains(label),
                 qPrintable(where + QStringLiteral(" is not in:\n") + entryOf(name)));
        const bool adequate = model.data(index, adequateRole).toBool();
        if (!adequate && model.data(index, knownRole).toBool())
            ++notAdequate;
        if (model.recipients()[static_cast<std::size_t>(row)].adequacy == Adequacy::DpfOnly) {
            ++dpfOnly;
            QVERIFY2(!adequate, qPrintable(where));
        }
    }
    QVERIFY(dpfOnly >= 2); // the demo sends data to US companies without certification
    // The In short count counts exactly the recipients whose badge says "not adequate".
    const QString count = QCoreApplication::translate(
        "vitrine::summary",
        "%Ln recipient(s) are in countries whose data protection Switzerland does not "
        "consider adequate.",
        nullptr, notAdequate);
    QVERIFY2(inShort(demo, catalogue).contains(count), qPrintable(count));
}

void TestKioskSheet::aKeptSheetThatCannotBeReadSaysSoBesideItsPrintButton()
{
    QVERIFY(makeIssuedSheet());
    const QString code = m_sheet->verificationCode();
    QVERIFY(unlockAdvisor());
    const int row = keptRowOf(code);
    QVERIFY(row >= 0);

    QVERIFY(test::damageStoreWhileOpen(store()->path()));
    QSignalSpy finished(m_sheet, &SheetController::keptPrintFinished);
    m_sheet->printKept(row);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(m_sheet->keptPrintState(), SheetController::PrintState::Failed);
    QVERIFY2(m_sheet->keptPrintMessage().contains(QStringLiteral("could not be read")),
             qPrintable(m_sheet->keptPrintMessage()));
    QTRY_VERIFY(m_vault->damaged());
}

QTEST_MAIN(TestKioskSheet)

#include "tst_kiosksheet.moc"
