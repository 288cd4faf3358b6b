// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the dealer's digital signature: a certificate made by `vitrine-cli cert init`, PDFs
// signed with it through Poppler, and checks by our verifier and by pdfsig (poppler-utils), an
// independent client: valid when untouched, invalid when a signed byte changes, "not the whole
// file" when bytes are added, and the command line's exit codes for each.

#include "clock.h"
#include "coverage.h"
#include "dealercertificate.h"
#include "pdfsigner.h"
#include "store.h"
#include "testsupport.h"
#include "verificationcode.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vitrine;

namespace {

const QString kDealer = QStringLiteral("Garage Example SA");
const QString kCode = QStringLiteral("K7QF-3MZD-9W");

struct Run
{
    int exitCode = -1;
    QString out, err;
};

// A wrong NSS password once made NSS ask again forever: a hang fails here, not in ctest.
Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    test::RunOptions options;
    options.input = input;
    options.timeoutMs = 60000;
    const test::ProcessRun r = test::runProgram(program, args, options);
    return {r.exitCode, r.outText(), r.timedOut ? QStringLiteral("timed out") : r.errText()};
}

Run cli(const QStringList &args)
{
    return run(test::cliPath(), args);
}

QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nout: %2\nerr: %3").arg(r.exitCode).arg(r.out, r.err);
}

// A small two-page PDF like a sheet: text, and the verification code on the last page.
bool makePdf(const QString &path, const QString &code = kCode)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(QStringLiteral("Privacy review sheet"));
    writer.setResolution(300);
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    QFont font = painter.font();
    font.setPointSize(12);
    painter.setFont(font);
    painter.drawText(QPointF(200, 300), QStringLiteral("What your car recorded"));
    writer.newPage();
    painter.drawText(QPointF(200, 300), QStringLiteral("Where it went"));
    if (!code.isEmpty())
        painter.drawText(QPointF(200, 600), QStringLiteral("Verification code: %1").arg(code));
    return painter.end();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString sha256Hex(const QString &path)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex());
}

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

QString pdfsigPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("pdfsig"));
}

} // namespace

class TestPdfSigning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void certInitMadeAnOwnerOnlyDatabaseWithTheDealersCertificate();
    void certInitRefusesToReplaceUnlessForced();
    void signedSheetIsValidTrustedAndWhole();
    void pdfsigAgreesTheSignatureIsValid();
    void pdfsigsTextFlagsATamperedSheetWhateverItsExitCode();
    void visibleStampShowsTheDealerAndInvisibleShowsNothing();
    void changedSignedByteIsReportedByBothVerifiers();
    void bytesAddedAfterSigningAreNotCovered();
    void unsignedSheetHasNoSignature();
    void missingOrNonPdfFileIsUnreadable();
    void foreignCertificateIsNotTheDealers();
    void failedSignLeavesNoFileBehind();
    void expiredCertificateIsRefusedForSigning();
    void signingInPlaceReplacesTheFile();
    void passwordProtectedDatabaseNeedsTheRightPassword();
    void verifyMatchesTheCodeAgainstTheStore();
    void recordMismatchWhenTheCodeBelongsToAnotherFile();
    void verificationCodesAreUnambiguous();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString signedSheet(const QString &name, const SignOptions &options = {});

    QTemporaryDir m_dir;
    QString m_nss;
    SystemClock m_clock;
};

void TestPdfSigning::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_nss = path(QStringLiteral("nss"));
    const Run made = cli({QStringLiteral("cert"), QStringLiteral("init"),
                          QStringLiteral("--nss-dir"), m_nss, QStringLiteral("--name"), kDealer});
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));

    // Before anything signs in this process (NSS is set up once per process): a second
    // certificate, valid for one year ten years ago, to show that it cannot sign today.
    DealerCertificate::Options old;
    old.nssDir = m_nss;
    old.name = QStringLiteral("Garage Ancien SA");
    old.nickname = QStringLiteral("expired-dealer");
    old.validityYears = 1;
    const FixedClock past(QDateTime::currentDateTimeUtc().addYears(-10));
    DealerCertificate::Error error = DealerCertificate::Error::None;
    QString message;
    const auto expired = DealerCertificate::create(old, past, &error, &message);
    QVERIFY2(expired, qPrintable(message));
    QVERIFY(expired->notAfter < QDateTime::currentDateTimeUtc());

    QVERIFY(makePdf(path(QStringLiteral("sheet.pdf"))));
}

QString TestPdfSigning::signedSheet(const QString &name, const SignOptions &options)
{
    const QString out = path(name);
    QString error;
    const PdfSigner signer(m_nss);
    if (!signer.sign(path(QStringLiteral("sheet.pdf")), out, options, &error)) {
        qWarning("signing failed: %s", qPrintable(error));
        return {};
    }
    return out;
}

void TestPdfSigning::certInitMadeAnOwnerOnlyDatabaseWithTheDealersCertificate()
{
    QCOMPARE(modeOf(m_nss), mode_t(0700));
    for (const QString &file : QDir(m_nss).entryList(QDir::Files | QDir::Hidden))
        QCOMPARE(modeOf(QDir(m_nss).filePath(file)), mode_t(0600));
    QVERIFY(DealerCertificate::hasDatabase(m_nss));

    const Run shown =
        cli({QStringLiteral("cert"), QStringLiteral("show"), QStringLiteral("--nss-dir"), m_nss});
    QVERIFY2(shown.exitCode == 0, qPrintable(describe(shown)));
    QVERIFY2(shown.out.contains(
                 QStringLiteral("Subject: CN=Garage Example SA,O=Garage Example SA,C=CH")),
             qPrintable(shown.out));
    QVERIFY(shown.out.contains(QStringLiteral("itself (self-signed)")));
    QVERIFY(shown.out.contains(QStringLiteral("RSA 3072 bits")));
    QVERIFY(shown.out.contains(QStringLiteral("present: this kiosk can sign with it")));
    static const QRegularExpression kFingerprint(
        QStringLiteral("SHA-256 fingerprint: ([0-9A-F]{2}:){31}[0-9A-F]{2}\\n"));
    QVERIFY2(kFingerprint.match(shown.out).hasMatch(), qPrintable(shown.out));
    // Five years from today, in Swiss dates.
    const QDate today = swissDay(QDateTime::currentSecsSinceEpoch());
    const QString from = today.toString(QStringLiteral("dd.MM.yyyy"));
    const QString to = today.addYears(5).toString(QStringLiteral("dd.MM.yyyy"));
    QVERIFY2(shown.out.contains(QStringLiteral("Valid from %1").arg(from)) &&
                 shown.out.contains(QStringLiteral(" to %1").arg(to)),
             qPrintable(shown.out));

    const Run missing =
        cli({QStringLiteral("cert"), QStringLiteral("show"), QStringLiteral("--nss-dir"), m_nss,
             QStringLiteral("--nickname"), QStringLiteral("nobody")});
    QCOMPARE(missing.exitCode, 2);
    const Run noDb = cli({QStringLiteral("cert"), QStringLiteral("show"),
                          QStringLiteral("--nss-dir"), path(QStringLiteral("empty"))});
    QCOMPARE(noDb.exitCode, 3);
    QCOMPARE(cli({QStringLiteral("cert"), QStringLiteral("init"), QStringLiteral("--nss-dir"),
                  path(QStringLiteral("x"))})
                 .exitCode,
             1); // no --name
}

void TestPdfSigning::certInitRefusesToReplaceUnlessForced()
{
    const QString dir = path(QStringLiteral("replace"));
    const QStringList init = {QStringLiteral("cert"),      QStringLiteral("init"),
                              QStringLiteral("--nss-dir"), dir,
                              QStringLiteral("--name"),    kDealer};
    QCOMPARE(cli(init).exitCode, 0);
    const QStringList show = {QStringLiteral("cert"), QStringLiteral("show"),
                              QStringLiteral("--nss-dir"), dir};
    const QString before = cli(show).out;
    QVERIFY(before.contains(QStringLiteral("SHA-256 fingerprint")));

    const Run again = cli(init);
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.err.contains(QStringLiteral("already has a certificate")),
             qPrintable(again.err));
    QCOMPARE(cli(show).out, before); // untouched

    const Run forced = cli(init + QStringList{QStringLiteral("--force")});
    QVERIFY2(forced.exitCode == 0, qPrintable(describe(forced)));
    const QString after = cli(show).out;
    QVERIFY(after.contains(QStringLiteral("SHA-256 fingerprint")));
    QVERIFY(after != before); // a new key, a new fingerprint
}

void TestPdfSigning::signedSheetIsValidTrustedAndWhole()
{
    SignOptions options;
    options.reason = QStringLiteral("Privacy review sheet");
    options.location = QStringLiteral("Lausanne");
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString signedPath = signedSheet(QStringLiteral("signed.pdf"), options);
    QVERIFY(!signedPath.isEmpty());
    QCOMPARE(modeOf(signedPath), mode_t(0600));

    const SignatureCheck check = PdfVerifier(m_nss).check(signedPath);
    QVERIFY2(check.readable, qPrintable(check.readError));
    QVERIFY(check.present);
    QCOMPARE(check.signatureCount, 1);
    QCOMPARE(check.signature, SignatureCheck::SignatureStatus::Valid);
    QCOMPARE(check.certificate, SignatureCheck::CertificateStatus::Trusted);
    QCOMPARE(check.signerName, kDealer);
    QCOMPARE(check.signerSubject, QStringLiteral("CN=Garage Example SA,O=Garage Example SA,C=CH"));
    QCOMPARE(check.reason, options.reason);
    QCOMPARE(check.location, options.location);
    QVERIFY(check.signingTime >= before.addSecs(-1));
    QVERIFY(check.signingTime <= QDateTime::currentDateTimeUtc().addSecs(1));
    QVERIFY(check.coversWholeFile);
    QCOMPARE(check.signedRanges.size(), 4);
    QCOMPARE(check.signedRanges.last(), QFileInfo(signedPath).size());
    QCOMPARE(check.fileSha256, sha256Hex(signedPath));
    QCOMPARE(check.verificationCode, kCode);
    QVERIFY(check.isGenuine());
    QVERIFY2(check.verdict().startsWith(QStringLiteral("This sheet is genuine.")),
             qPrintable(check.verdict()));

    const Run verified =
        cli({QStringLiteral("verify"), QStringLiteral("--nss-dir"), m_nss, signedPath});
    QVERIFY2(verified.exitCode == 0, qPrintable(describe(verified)));
    QVERIFY(verified.out.contains(QStringLiteral("Signature: The signature is valid.")));
    QVERIFY(verified.out.contains(QStringLiteral("Signer: Garage Example SA")));
    QVERIFY(verified.out.contains(QStringLiteral("The signature covers the whole file.")));
    QVERIFY(verified.out.contains(QStringLiteral("The certificate is trusted by this kiosk.")));
    QVERIFY(verified.out.contains(QStringLiteral("Verification code: K7QF-3MZD-9W, not checked")));
}

void TestPdfSigning::pdfsigAgreesTheSignatureIsValid()
{
    const QString pdfsig = pdfsigPath();
    QVERIFY2(!pdfsig.isEmpty(), "pdfsig (poppler-utils) is needed for this test");
    const QString signedPath = signedSheet(QStringLiteral("for-pdfsig.pdf"));
    QVERIFY(!signedPath.isEmpty());
    const Run r =
        run(pdfsig, {QStringLiteral("-nssdir"), DealerCertificate::nssSpec(m_nss), signedPath});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QStringLiteral("Signer Certificate Common Name: Garage Example SA")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Signature Validation: Signature is Valid.")));
    QVERIFY(r.out.contains(QStringLiteral("Certificate Validation: Certificate is Trusted.")));
    QVERIFY(r.out.contains(QStringLiteral("Total document signed")));
    QVERIFY(r.out.contains(QStringLiteral("Signing Hash Algorithm: SHA-256")));
}

void TestPdfSigning::pdfsigsTextFlagsATamperedSheetWhateverItsExitCode()
{
    const QString pdfsig = pdfsigPath();
    QVERIFY2(!pdfsig.isEmpty(), "pdfsig (poppler-utils) is needed for this test");
    const QString signedPath = signedSheet(QStringLiteral("to-tamper.pdf"));
    QVERIFY(!signedPath.isEmpty());
    QFile file(signedPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();

    // Bytes added after the signed range (an incremental update), and a byte changed inside it.
    QByteArray appended = original;
    appended += "\n% added after signing\n";
    QByteArray changed = original;
    changed[changed.size() / 3] = char(changed.at(changed.size() / 3) ^ 0x01);
    const QList<std::pair<QString, QByteArray>> tampered{{QStringLiteral("appended.pdf"), appended},
                                                         {QStringLiteral("changed.pdf"), changed}};
    for (const auto &[name, bytes] : tampered) {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(out.write(bytes) == bytes.size());
        out.close();
        const Run r =
            run(pdfsig, {QStringLiteral("-nssdir"), DealerCertificate::nssSpec(m_nss), path});
        // pdfsig's exit code is not read: it is 0 for most tampered files. Its text tells.
        const bool whole = r.out.contains(QStringLiteral("Total document signed"));
        const bool valid =
            r.out.contains(QStringLiteral("Signature Validation: Signature is Valid."));
        QVERIFY2(!(whole && valid), qPrintable(name + u'\n' + describe(r)));
        // Our verifier says so in its result.
        const SignatureCheck check = PdfVerifier(m_nss).check(path);
        QVERIFY2(!check.isGenuine(), qPrintable(name));
    }
}

void TestPdfSigning::visibleStampShowsTheDealerAndInvisibleShowsNothing()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed for this test");
    const QString visible = signedSheet(QStringLiteral("visible.pdf"));
    SignOptions hidden;
    hidden.visible = false;
    const QString invisible = signedSheet(QStringLiteral("invisible.pdf"), hidden);
    QVERIFY(!visible.isEmpty() && !invisible.isEmpty());

    // pdftotext reads the stamp's appearance too: it is on the last page of the visible one.
    const Run shown =
        run(pdftotext, {QStringLiteral("-f"), QStringLiteral("2"), visible, QStringLiteral("-")});
    QVERIFY2(shown.out.contains(QStringLiteral("Digitally signed by Garage Example SA")),
             qPrintable(shown.out));
    const Run firstPage =
        run(pdftotext, {QStringLiteral("-l"), QStringLiteral("1"), visible, QStringLiteral("-")});
    QVERIFY(!firstPage.out.contains(QStringLiteral("Digitally signed")));
    const Run none = run(pdftotext, {invisible, QStringLiteral("-")});
    QVERIFY(none.out.contains(QStringLiteral("Where it went")));
    QVERIFY2(!none.out.contains(QStringLiteral("Digitally signed")), qPrintable(none.out));

    const SignatureCheck check = PdfVerifier(m_nss).check(invisible);
    QVERIFY(check.isGenuine());
}

void TestPdfSigning::changedSignedByteIsReportedByBothVerifiers()
{
    const QString signedPath = signedSheet(QStringLiteral("to-alter.pdf"));
    QVERIFY(!signedPath.isEmpty());
    const SignatureCheck good = PdfVerifier(m_nss).check(signedPath);
    QVERIFY(good.isGenuine());

    // One letter of the document's title (UTF-16 in the info dictionary): inside the first
    // signed range, far from the signature's own /Contents.
    QByteArray bytes = readAll(signedPath);
    const qsizetype title = bytes.indexOf("/Title (");
    QVERIFY(title > 0);
    const qsizetype letter = bytes.indexOf('P', title + 8); // "Privacy"
    QVERIFY(letter > title && letter < good.signedRanges[1]);
    bytes[letter] = 'Q';
    const QString altered = path(QStringLiteral("altered.pdf"));
    QVERIFY(writeAll(altered, bytes));

    const SignatureCheck check = PdfVerifier(m_nss).check(altered);
    QVERIFY(check.readable && check.present);
    QCOMPARE(check.signature, SignatureCheck::SignatureStatus::DigestMismatch);
    QCOMPARE(check.outcome(), SignatureCheck::Outcome::Altered);
    QVERIFY(!check.isGenuine());
    QVERIFY(check.verdict().contains(QStringLiteral("changed after it was signed")));

    const Run r =
        run(pdfsigPath(), {QStringLiteral("-nssdir"), DealerCertificate::nssSpec(m_nss), altered});
    QVERIFY2(r.out.contains(QStringLiteral("Signature Validation: Digest Mismatch.")),
             qPrintable(describe(r)));
    QVERIFY(!r.out.contains(QStringLiteral("Signature is Valid")));

    const Run verified =
        cli({QStringLiteral("verify"), QStringLiteral("--nss-dir"), m_nss, altered});
    QCOMPARE(verified.exitCode, 2);
    QVERIFY(verified.out.contains(QStringLiteral("changed after it was signed")));
}

void TestPdfSigning::bytesAddedAfterSigningAreNotCovered()
{
    const QString signedPath = signedSheet(QStringLiteral("to-extend.pdf"));
    QVERIFY(!signedPath.isEmpty());
    const QString extended = path(QStringLiteral("extended.pdf"));
    QVERIFY(writeAll(extended, readAll(signedPath) + "\n% added after signing\n"));

    const SignatureCheck check = PdfVerifier(m_nss).check(extended);
    QCOMPARE(check.signature, SignatureCheck::SignatureStatus::Valid); // the signed part holds
    QVERIFY(!check.coversWholeFile);
    QCOMPARE(check.outcome(), SignatureCheck::Outcome::AddedAfterSigning);
    QVERIFY(check.coverageText().contains(QStringLiteral("does not cover the whole file")));

    const Run r =
        run(pdfsigPath(), {QStringLiteral("-nssdir"), DealerCertificate::nssSpec(m_nss), extended});
    QVERIFY2(r.out.contains(QStringLiteral("Not total document signed")), qPrintable(r.out));

    const Run verified =
        cli({QStringLiteral("verify"), QStringLiteral("--nss-dir"), m_nss, extended});
    QCOMPARE(verified.exitCode, 2);
    QVERIFY(verified.out.contains(QStringLiteral("added to this sheet after it was signed")));
}

void TestPdfSigning::unsignedSheetHasNoSignature()
{
    const QString unsignedPath = path(QStringLiteral("sheet.pdf"));
    const SignatureCheck check = PdfVerifier(m_nss).check(unsignedPath);
    QVERIFY(check.readable);
    QVERIFY(!check.present);
    QCOMPARE(check.outcome(), SignatureCheck::Outcome::NoSignature);
    QCOMPARE(check.verificationCode, kCode);

    const Run verified =
        cli({QStringLiteral("verify"), QStringLiteral("--nss-dir"), m_nss, unsignedPath});
    QCOMPARE(verified.exitCode, 2);
    QVERIFY2(verified.out.contains(QStringLiteral("This sheet has no digital signature")),
             qPrintable(verified.out));
}

void TestPdfSigning::missingOrNonPdfFileIsUnreadable()
{
    const QString missing = path(QStringLiteral("no-such-sheet.pdf"));
    const SignatureCheck check = PdfVerifier(m_nss).check(missing);
    QVERIFY(!check.readable);
    QCOMPARE(check.outcome(), SignatureCheck::Outcome::Unreadable);
    const Run r = cli({QStringLiteral("verify"), QStringLiteral("--nss-dir"), m_nss, missing});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains(QStringLiteral("does not exist")));

    const QString garbage = path(QStringLiteral("garbage.pdf"));
    QVERIFY(writeAll(garbage, QByteArray("%PDF-1.7\n") + QByteArray(5000, '\x07')));
    QCOMPARE(PdfVerifier(m_nss).check(garbage).outcome(), SignatureCheck::Outcome::Unreadable);
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--nss-dir"), m_nss, garbage}).exitCode,
             3);
    QCOMPARE(cli({QStringLiteral("verify"), garbage}).exitCode, 1); // no --nss-dir
    const Run noDatabase = cli({QStringLiteral("verify"), QStringLiteral("--nss-dir"),
                                path(QStringLiteral("no-nss")), path(QStringLiteral("sheet.pdf"))});
    QCOMPARE(noDatabase.exitCode, 3);
    QVERIFY(noDatabase.err.contains(QStringLiteral("no certificate database")));
}

void TestPdfSigning::foreignCertificateIsNotTheDealers()
{
    // Someone else's database, with a certificate that claims the same name.
    const QString other = path(QStringLiteral("other-nss"));
    QCOMPARE(cli({QStringLiteral("cert"), QStringLiteral("init"), QStringLiteral("--nss-dir"),
                  other, QStringLiteral("--name"), kDealer})
                 .exitCode,
             0);
    const QString forged = path(QStringLiteral("forged.pdf"));
    const Run signedRun = cli({QStringLiteral("sign"), QStringLiteral("--nss-dir"), other,
                               path(QStringLiteral("sheet.pdf")), forged});
    QVERIFY2(signedRun.exitCode == 0, qPrintable(describe(signedRun)));
    QVERIFY2(!signedRun.err.contains(QStringLiteral("NSS_Shutdown")), qPrintable(signedRun.err));

    const SignatureCheck check = PdfVerifier(m_nss).check(forged);
    QCOMPARE(check.signature, SignatureCheck::SignatureStatus::Valid);
    QVERIFY(check.coversWholeFile);
    QCOMPARE(check.signerName, kDealer);
    QVERIFY(check.certificate != SignatureCheck::CertificateStatus::Trusted);
    QCOMPARE(check.outcome(), SignatureCheck::Outcome::UnknownSigner);
    QVERIFY(check.verdict().contains(QStringLiteral("not with the certificate this kiosk knows")));
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--nss-dir"), m_nss, forged}).exitCode,
             2);
    // In its own database it is trusted: trust comes from the database, not from the name.
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--nss-dir"), other, forged}).exitCode,
             0);
}

void TestPdfSigning::failedSignLeavesNoFileBehind()
{
    const QString folder = path(QStringLiteral("failed"));
    QVERIFY(QDir().mkpath(folder));
    const QString out = QDir(folder).filePath(QStringLiteral("signed.pdf"));
    QString error;
    const PdfSigner signer(m_nss, QStringLiteral("no-such-certificate"));
    QVERIFY(!signer.sign(path(QStringLiteral("sheet.pdf")), out, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("no-such-certificate")), qPrintable(error));
    QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());

    // Not a PDF: Poppler is never reached, and the folder stays empty too.
    const QString garbage = QDir(folder).filePath(QStringLiteral("garbage.bin"));
    QVERIFY(writeAll(garbage, QByteArray(300, 'x')));
    QVERIFY(!PdfSigner(m_nss).sign(garbage, out, {}, &error));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("garbage.bin")});

    // An existing file keeps its bytes when signing fails.
    QVERIFY(writeAll(out, "earlier"));
    QVERIFY(!signer.sign(path(QStringLiteral("sheet.pdf")), out, {}, &error));
    QCOMPARE(readAll(out), QByteArray("earlier"));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 2);
}

void TestPdfSigning::expiredCertificateIsRefusedForSigning()
{
    const QString out = path(QStringLiteral("expired.pdf"));
    QString error;
    const PdfSigner signer(m_nss, QStringLiteral("expired-dealer"));
    QVERIFY(!signer.sign(path(QStringLiteral("sheet.pdf")), out, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot sign today")), qPrintable(error));
    QVERIFY(!QFile::exists(out));
}

void TestPdfSigning::signingInPlaceReplacesTheFile()
{
    const QString sheet = path(QStringLiteral("in-place.pdf"));
    QVERIFY(QFile::copy(path(QStringLiteral("sheet.pdf")), sheet));
    const qint64 before = QFileInfo(sheet).size();
    QString error;
    QVERIFY2(PdfSigner(m_nss).sign(sheet, sheet, {}, &error), qPrintable(error));
    QVERIFY(QFileInfo(sheet).size() > before);
    QVERIFY(PdfVerifier(m_nss).check(sheet).isGenuine());
    QCOMPARE(
        QDir(m_dir.path()).entryList({QStringLiteral(".in-place*")}, QDir::Files | QDir::Hidden),
        QStringList());
}

void TestPdfSigning::passwordProtectedDatabaseNeedsTheRightPassword()
{
    const QString dir = path(QStringLiteral("locked-nss"));
    const QString good = path(QStringLiteral("nss-password"));
    const QString bad = path(QStringLiteral("nss-wrong"));
    QVERIFY(writeAll(good, "s3cret dealer pass\n"));
    QVERIFY(writeAll(bad, "not it\n"));
    const Run made =
        cli({QStringLiteral("cert"), QStringLiteral("init"), QStringLiteral("--nss-dir"), dir,
             QStringLiteral("--name"), kDealer, QStringLiteral("--password-file"), good});
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
    QVERIFY(!made.out.contains(QStringLiteral("has no password")));

    const QString in = path(QStringLiteral("sheet.pdf"));
    const QString out = path(QStringLiteral("locked-signed.pdf"));
    const QStringList sign = {QStringLiteral("sign"), QStringLiteral("--nss-dir"), dir};
    const Run none = cli(sign + QStringList{in, out});
    QCOMPARE(none.exitCode, 3);
    QVERIFY2(none.err.contains(QStringLiteral("protected by a password")), qPrintable(none.err));
    const Run wrong = cli(sign + QStringList{QStringLiteral("--password-file"), bad, in, out});
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains(QStringLiteral("password does not open")), qPrintable(wrong.err));
    QVERIFY(!QFile::exists(out));
    const Run right = cli(sign + QStringList{QStringLiteral("--password-file"), good, in, out});
    QVERIFY2(right.exitCode == 0, qPrintable(describe(right)));

    // Checking needs no password: only public certificates are read.
    QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--nss-dir"), dir, out}).exitCode, 0);
    const Run shown =
        cli({QStringLiteral("cert"), QStringLiteral("show"), QStringLiteral("--nss-dir"), dir});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY2(shown.out.contains(QStringLiteral("Private key: locked")), qPrintable(shown.out));
    const Run unlocked =
        cli({QStringLiteral("cert"), QStringLiteral("show"), QStringLiteral("--nss-dir"), dir,
             QStringLiteral("--password-file"), good});
    QVERIFY2(unlocked.out.contains(QStringLiteral("Private key: present")),
             qPrintable(unlocked.out));
}

void TestPdfSigning::verifyMatchesTheCodeAgainstTheStore()
{
    // The command line opens the store with the production key derivation, so this does too.
    const QString db = path(QStringLiteral("kiosk.db"));
    const QString passFile = path(QStringLiteral("passphrase"));
    const QByteArray passphrase = "kiosk passphrase for the test";
    QVERIFY(writeAll(passFile, passphrase + "\n"));

    const QString code = newVerificationCode();
    const QString sheetPdf = path(QStringLiteral("coded.pdf"));
    QVERIFY(makePdf(sheetPdf, code));
    QString error;
    QVERIFY2(PdfSigner(m_nss).sign(sheetPdf, sheetPdf, {}, &error), qPrintable(error));
    const QString unrecorded = path(QStringLiteral("unrecorded.pdf"));
    QVERIFY(makePdf(unrecorded, newVerificationCode()));
    QVERIFY2(PdfSigner(m_nss).sign(unrecorded, unrecorded, {}, &error), qPrintable(error));
    {
        StoreError storeError;
        auto store = Store::open(db, passphrase, m_clock, &storeError);
        QVERIFY2(store, qPrintable(storeError.message));
        SheetRecord sheet;
        sheet.code = code;
        sheet.pdfSha256 = sha256Hex(sheetPdf);
        sheet.language = QStringLiteral("fr");
        QVERIFY2(store->recordSheet(sheet, &storeError) > 0, qPrintable(storeError.message));
    }

    const QStringList verify = {QStringLiteral("verify"),
                                QStringLiteral("--nss-dir"),
                                m_nss,
                                QStringLiteral("--db"),
                                db,
                                QStringLiteral("--passphrase-file"),
                                passFile};
    const Run found = cli(verify + QStringList{sheetPdf});
    QVERIFY2(found.exitCode == 0, qPrintable(describe(found)));
    QVERIFY(found.out.contains(code + QStringLiteral(", found in the kiosk's records")));
    QVERIFY(found.out.contains(QStringLiteral("It matches the sheet %1").arg(code)));

    // The code typed from paper, sloppily: lower case, O for 0, I for 1, no dashes.
    QString typed = code.toLower().remove(u'-');
    typed.replace(u'0', u'o').replace(u'1', u'i');
    QCOMPARE(cli(verify + QStringList{QStringLiteral("--code"), typed, sheetPdf}).exitCode, 0);

    const Run notFound = cli(verify + QStringList{unrecorded});
    QCOMPARE(notFound.exitCode, 2);
    QVERIFY2(notFound.out.contains(QStringLiteral("has no record of the verification code")),
             qPrintable(notFound.out));
    const Run wrongCode = cli(
        verify + QStringList{QStringLiteral("--code"), QStringLiteral("0000-0000-00"), sheetPdf});
    QCOMPARE(wrongCode.exitCode, 2);

    // A wrong passphrase cannot check against the records.
    QVERIFY(writeAll(passFile, "wrong\n"));
    QCOMPARE(cli(verify + QStringList{sheetPdf}).exitCode, 3);

    // Each check left an audit row, and the chain still holds.
    StoreError storeError;
    auto store = Store::open(db, passphrase, m_clock, &storeError);
    QVERIFY2(store, qPrintable(storeError.message));
    QVERIFY(store->verifyAudit().ok);
    QCOMPARE(store->verifyAudit().rowsChecked, 11); // 6 opens, sheet, 4 verifies
}

void TestPdfSigning::recordMismatchWhenTheCodeBelongsToAnotherFile()
{
    const QString db = path(QStringLiteral("mismatch.db"));
    StoreError error;
    auto store = Store::open(db, "pass", m_clock, &error, KdfParams::minimum());
    QVERIFY2(store, qPrintable(error.message));
    const QString signedPath = signedSheet(QStringLiteral("mismatch.pdf"));
    QVERIFY(!signedPath.isEmpty());
    SheetRecord other;
    other.code = kCode;
    other.pdfSha256 = QString(64, u'a');
    other.language = QStringLiteral("de");
    QVERIFY(store->recordSheet(other, &error) > 0);

    SignatureCheck check = PdfVerifier(m_nss).check(signedPath);
    QVERIFY(check.isGenuine()); // by its signature alone
    QVERIFY(PdfVerifier::matchRecords(check, *store, {}, &error));
    QCOMPARE(check.record, SignatureCheck::RecordMatch::Mismatch);
    QCOMPARE(check.outcome(), SignatureCheck::Outcome::RecordMismatch);
    QVERIFY(check.verdict().contains(QStringLiteral("not the sheet this kiosk issued")));

    // Without any code, the file's fingerprint is looked up.
    SignatureCheck byHash = PdfVerifier(m_nss).check(signedPath);
    byHash.verificationCode.clear();
    QVERIFY(PdfVerifier::matchRecords(byHash, *store, {}, &error));
    QCOMPARE(byHash.record, SignatureCheck::RecordMatch::NotFound);
}

void TestPdfSigning::verificationCodesAreUnambiguous()
{
    static const QRegularExpression kShape(
        QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$"));
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString code = newVerificationCode();
        QVERIFY2(kShape.match(code).hasMatch(), qPrintable(code));
        seen.insert(code);
        QCOMPARE(normalizeVerificationCode(code), code);
    }
    QCOMPARE(seen.size(), 2000); // 50 random bits: no repeat in a few thousand
    QCOMPARE(normalizeVerificationCode(QStringLiteral(" k7qf 3mzd 9w ")), kCode);
    QCOMPARE(normalizeVerificationCode(QStringLiteral("OIL0-0000-00")),
             QStringLiteral("0110-0000-00"));
    QVERIFY(normalizeVerificationCode(QStringLiteral("K7QF-3MZD-9U")).isEmpty()); // no U
    QVERIFY(normalizeVerificationCode(QStringLiteral("K7QF-3MZD-9")).isEmpty());
    QVERIFY(normalizeVerificationCode(QStringLiteral("K7QF-3MZD-9WX")).isEmpty());
    QVERIFY(normalizeVerificationCode(QStringLiteral("K7QF-3MZD-9é")).isEmpty());
    QCOMPARE(findVerificationCode(QStringLiteral("Code: K7QF-3MZD-9W\nThanks")), kCode);
    QVERIFY(findVerificationCode(QStringLiteral("VIN WVWZZZ1KZ8W123456")).isEmpty());
}

QTEST_MAIN(TestPdfSigning)
#include "tst_pdfsigning.moc"
