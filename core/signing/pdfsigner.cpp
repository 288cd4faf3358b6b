// SPDX-License-Identifier: GPL-3.0-or-later
// How sheets are signed and checked through Poppler and NSS: one NSS folder per process, the
// signed file renamed into place whole, and each check turned into a verdict in plain words.

#include "pdfsigner.h"

#include "atomicfile.h"
#include "dealercertificate.h"
#include "filehash.h"
#include "inputtext.h"
#include "languages.h"
#include "verificationcode.h"

#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QTemporaryFile>

#include <poppler-form.h>
#include <poppler-qt6.h>

// NSS names a struct member "slots", which Qt defines as a keyword.
#pragma push_macro("slots")
#undef slots
#include <cert.h>
#include <keyhi.h>
#include <pk11pub.h>
#pragma pop_macro("slots")

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <unistd.h>

namespace vitrine {

namespace {

// Poppler's own messages (syntax errors in a damaged file, ...): for a developer, not for the
// person checking a sheet. Enable with QT_LOGGING_RULES="vitrine.poppler.debug=true".
Q_LOGGING_CATEGORY(lcPoppler, "vitrine.poppler", QtWarningMsg)

void popplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPoppler) << message;
}

QMutex g_nssMutex;
QString g_nssSpec; // the folder NSS was set up with in this process; empty until then

// Sets NSS up for nssDir through Poppler, once per process (Poppler's and NSS's rule).
bool useNssDir(const QString &nssDir, QString *error)
{
    const QMutexLocker lock(&g_nssMutex);
    const QString spec = DealerCertificate::nssSpec(nssDir);
    if (g_nssSpec == spec)
        return true;
    if (!g_nssSpec.isEmpty()) {
        *error = QCoreApplication::translate(
                     "vitrine::Verify",
                     "This program already uses the certificate folder %1 and cannot switch to %2 "
                     "without restarting.")
                     .arg(g_nssSpec.mid(4), spec.mid(4));
        return false;
    }
    if (!DealerCertificate::hasDatabase(nssDir)) {
        *error = QCoreApplication::translate("vitrine::Verify",
                                             "There is no certificate database in %1.")
                     .arg(nssDir);
        return false;
    }
    Poppler::setDebugErrorFunction(popplerMessage, QVariant());
    Poppler::setNSSDir(spec);
    if (Poppler::getNSSDir() != spec) {
        *error = QCoreApplication::translate("vitrine::Verify",
                                             "The certificate database in %1 could not be opened.")
                     .arg(nssDir);
        return false;
    }
    g_nssSpec = spec;
    return true;
}

// Poppler 22.12 keeps an NSS reference after signing, so its exit handler's NSS_Shutdown fails
// and prints "NSS_Shutdown failed: ... Objects are still in use." on every run that signed. The
// process is ending and nothing is lost; the line would only worry whoever reads it. This
// handler, registered after Poppler's and so run before it, closes standard error first.
void quietNssShutdown()
{
    std::fflush(stderr);
    const int devNull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (devNull >= 0) {
        ::dup2(devNull, STDERR_FILENO);
        ::close(devNull);
    }
}

struct CertDeleter
{
    void operator()(CERTCertificate *cert) const { CERT_DestroyCertificate(cert); }
};
struct SlotDeleter
{
    void operator()(PK11SlotInfo *slot) const { PK11_FreeSlot(slot); }
};
struct PrivateKeyDeleter
{
    void operator()(SECKEYPrivateKey *key) const { SECKEY_DestroyPrivateKey(key); }
};
using Cert = std::unique_ptr<CERTCertificate, CertDeleter>;

QDateTime fromPrTime(PRTime t)
{
    return QDateTime::fromMSecsSinceEpoch(t / PR_USEC_PER_MSEC, Qt::UTC);
}

// What NSS says about the signing certificate, checked before Poppler is asked to sign: Poppler
// 22.12 only says "it failed", and with a wrong password its NSS callback would be asked again
// and again. Uses the NSS state Poppler set up (same process, same database).
struct SigningCertificate
{
    QString commonName;
    QDateTime notBefore, notAfter;
};

std::optional<SigningCertificate> findSigningCertificate(const QString &nssDir,
                                                         const QString &nickname,
                                                         const QByteArray &password, QString *error)
{
    const std::unique_ptr<PK11SlotInfo, SlotDeleter> slot{PK11_GetInternalKeySlot()};
    if (!slot) {
        *error = QCoreApplication::translate("vitrine::Verify",
                                             "The certificate database in %1 could not be opened.")
                     .arg(nssDir);
        return std::nullopt;
    }
    if (PK11_NeedLogin(slot.get()) && !PK11_IsLoggedIn(slot.get(), nullptr)) {
        if (password.isEmpty()) {
            *error = QCoreApplication::translate(
                         "vitrine::Sign",
                         "The certificate database in %1 is protected by a password: please "
                         "give it.")
                         .arg(nssDir);
            return std::nullopt;
        }
        if (PK11_CheckUserPassword(slot.get(), password.constData()) != SECSuccess) {
            *error =
                QCoreApplication::translate(
                    "vitrine::Sign", "The password does not open the certificate database in %1.")
                    .arg(nssDir);
            return std::nullopt;
        }
    }
    const QByteArray nick = nickname.toUtf8();
    const Cert cert{CERT_FindCertByNickname(CERT_GetDefaultCertDB(), nick.constData())};
    if (!cert) {
        *error = QCoreApplication::translate(
                     "vitrine::Sign", "The certificate folder %1 has no certificate named \"%2\".")
                     .arg(nssDir, nickname);
        return std::nullopt;
    }
    const std::unique_ptr<SECKEYPrivateKey, PrivateKeyDeleter> key{
        PK11_FindKeyByAnyCert(cert.get(), nullptr)};
    if (!key) {
        *error = QCoreApplication::translate(
                     "vitrine::Sign",
                     "The certificate \"%1\" in %2 has no private key there, so it cannot "
                     "sign.")
                     .arg(nickname, nssDir);
        return std::nullopt;
    }
    PRTime notBefore = 0;
    PRTime notAfter = 0;
    if (CERT_GetCertTimes(cert.get(), &notBefore, &notAfter) != SECSuccess ||
        CERT_CheckCertValidTimes(cert.get(), PR_Now(), PR_FALSE) != secCertTimeValid) {
        *error = QCoreApplication::translate(
                     "vitrine::Sign",
                     "The certificate \"%1\" is valid from %2 to %3 only: it cannot sign today.")
                     .arg(nickname, Languages::swissDate(fromPrTime(notBefore)),
                          Languages::swissDate(fromPrTime(notAfter)));
        return std::nullopt;
    }
    SigningCertificate found;
    found.notBefore = fromPrTime(notBefore);
    found.notAfter = fromPrTime(notAfter);
    if (char *cn = CERT_GetCommonName(&cert->subject)) {
        found.commonName = DealerCertificate::plainNameValue(QString::fromUtf8(cn));
        PORT_Free(cn);
    }
    return found;
}

// Flushes a file's bytes to the disk before it is renamed into place.
bool syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    return ::fsync(file.handle()) == 0;
}

SignatureCheck::SignatureStatus fromPoppler(Poppler::SignatureValidationInfo::SignatureStatus s)
{
    using P = Poppler::SignatureValidationInfo;
    using S = SignatureCheck::SignatureStatus;
    switch (s) {
    case P::SignatureValid:
        return S::Valid;
    case P::SignatureInvalid:
        return S::Invalid;
    case P::SignatureDigestMismatch:
        return S::DigestMismatch;
    case P::SignatureDecodingError:
        return S::DecodingError;
    case P::SignatureGenericError:
    case P::SignatureNotFound:
        return S::GenericError;
    case P::SignatureNotVerified:
        return S::NotVerified;
    }
    return S::GenericError;
}

SignatureCheck::CertificateStatus fromPoppler(Poppler::SignatureValidationInfo::CertificateStatus s)
{
    using P = Poppler::SignatureValidationInfo;
    using C = SignatureCheck::CertificateStatus;
    switch (s) {
    case P::CertificateTrusted:
        return C::Trusted;
    case P::CertificateUntrustedIssuer:
        return C::UntrustedIssuer;
    case P::CertificateUnknownIssuer:
        return C::UnknownIssuer;
    case P::CertificateRevoked:
        return C::Revoked;
    case P::CertificateExpired:
        return C::Expired;
    case P::CertificateGenericError:
        return C::GenericError;
    case P::CertificateNotVerified:
        return C::NotVerified;
    }
    return C::GenericError;
}

// The furthest a signature's ranges reach into the file: the last signature made covers the
// most, and it is the one that has to cover everything.
qint64 reach(const Poppler::SignatureValidationInfo &info)
{
    const QList<qint64> bounds = info.signedRangeBounds();
    return bounds.isEmpty() ? -1 : bounds.last();
}

} // namespace

// --- PdfSigner -------------------------------------------------------------------------------

PdfSigner::PdfSigner(QString nssDir, QString nickname, QByteArray password)
    : m_nssDir(std::move(nssDir))
    , m_nickname(nickname.isEmpty() ? QString::fromLatin1(DealerCertificate::kDefaultNickname)
                                    : std::move(nickname))
    , m_password(std::move(password))
{}

QString PdfSigner::signerName(QString *error) const
{
    const auto found = signer(error);
    return found ? found->commonName : QString();
}

std::optional<SignerInfo> PdfSigner::signer(QString *error) const
{
    QString ignored;
    if (error == nullptr)
        error = &ignored;
    if (!useNssDir(m_nssDir, error))
        return std::nullopt;
    const auto cert = findSigningCertificate(m_nssDir, m_nickname, m_password, error);
    if (!cert)
        return std::nullopt;
    return SignerInfo{cert->commonName, cert->notBefore, cert->notAfter};
}

bool PdfSigner::sign(const QString &inPdf, const QString &outPdf, const SignOptions &options,
                     QString *error) const
{
    QString ignored;
    if (error == nullptr)
        error = &ignored;
    if (!useNssDir(m_nssDir, error))
        return false;
    const auto cert = findSigningCertificate(m_nssDir, m_nickname, m_password, error);
    if (!cert)
        return false;

    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(inPdf);
    if (!doc || doc->isLocked() || doc->numPages() < 1) {
        *error =
            QCoreApplication::translate("vitrine::Sign", "%1 cannot be read as a PDF.").arg(inPdf);
        return false;
    }

    const QFileInfo target(outPdf);
    QTemporaryFile temp(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                        QStringLiteral(".XXXXXX"));
    // QTemporaryFile creates it 0600; Poppler then rewrites its content, not its mode.
    if (!temp.open()) {
        *error = QCoreApplication::translate("vitrine::Sign", "Cannot write in the folder %1: %2")
                     .arg(target.absolutePath(), temp.errorString());
        return false;
    }
    temp.close();

    Poppler::PDFConverter::NewSignatureData data;
    data.setCertNickname(m_nickname);
    data.setPassword(QString::fromUtf8(m_password));
    data.setReason(options.reason);
    data.setLocation(options.location);
    data.setPage(options.page >= 0 && options.page < doc->numPages() ? options.page
                                                                     : doc->numPages() - 1);
    // Poppler 22.12 refuses to sign without a text, even for a stamp that is not drawn.
    data.setSignatureText(
        options.stampText.isEmpty()
            ? QCoreApplication::translate("vitrine::Sign", "Digitally signed by %1\n%2",
                                          "stamp on the sheet: two lines, the dealer's name "
                                          "then the date")
                  .arg(cert->commonName, Languages::swissDate(QDateTime::currentDateTimeUtc()))
            : options.stampText);
    // Invisible: a widget of no size, so nothing is drawn.
    data.setBoundingRectangle(options.visible ? options.stampArea : QRectF());
    data.setFontSize(7);
    data.setFontColor(QColor(0x33, 0x33, 0x33));
    data.setBorderColor(QColor(0x88, 0x88, 0x88));
    data.setBorderWidth(0.5);
    data.setBackgroundColor(QColor(Qt::white));

    static std::once_flag quietExit;
    std::call_once(quietExit, [] { std::atexit(quietNssShutdown); });

    std::unique_ptr<Poppler::PDFConverter> converter = doc->pdfConverter();
    converter->setOutputFileName(temp.fileName());
    if (!converter->sign(data)) {
        *error = QCoreApplication::translate(
                     "vitrine::Sign", "Poppler could not sign %1 with the certificate \"%2\".")
                     .arg(inPdf, m_nickname);
        return false;
    }
    converter.reset();
    doc.reset();

    if (QFileInfo(temp.fileName()).size() <= QFileInfo(inPdf).size() ||
        !syncFile(temp.fileName())) {
        *error = QCoreApplication::translate(
                     "vitrine::Sign", "The signed file could not be written completely in %1.")
                     .arg(target.absolutePath());
        return false;
    }
    if (::rename(QFile::encodeName(temp.fileName()).constData(),
                 QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        *error = QCoreApplication::translate("vitrine::Sign",
                                             "Cannot put the signed file in place as %1.")
                     .arg(outPdf);
        return false;
    }
    temp.setAutoRemove(false); // renamed: nothing left to remove
    syncFolderOf(target.absoluteFilePath());
    return true;
}

// --- SignatureCheck --------------------------------------------------------------------------

SignatureCheck::Outcome SignatureCheck::outcome() const
{
    if (!readable)
        return Outcome::Unreadable;
    if (!present)
        return Outcome::NoSignature;
    if (signature == SignatureStatus::Invalid || signature == SignatureStatus::DigestMismatch)
        return Outcome::Altered;
    if (signature != SignatureStatus::Valid)
        return Outcome::BrokenSignature;
    if (!coversWholeFile)
        return Outcome::AddedAfterSigning;
    // A certificate that merely copies the dealer's name fails NSS's chain check with a generic
    // error, not "unknown issuer": both mean the signer is not the certificate this kiosk has.
    if (certificate == CertificateStatus::Expired || certificate == CertificateStatus::Revoked)
        return Outcome::CertificateProblem;
    if (certificate != CertificateStatus::Trusted)
        return Outcome::UnknownSigner;
    if (record == RecordMatch::NotFound)
        return Outcome::NotInRecords;
    if (record == RecordMatch::Mismatch)
        return Outcome::RecordMismatch;
    return Outcome::Genuine;
}

QString SignatureCheck::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Genuine:
        return QStringLiteral("genuine");
    case Outcome::Unreadable:
        return QStringLiteral("unreadable");
    case Outcome::NoSignature:
        return QStringLiteral("no-signature");
    case Outcome::Altered:
        return QStringLiteral("altered");
    case Outcome::BrokenSignature:
        return QStringLiteral("broken-signature");
    case Outcome::AddedAfterSigning:
        return QStringLiteral("added-after-signing");
    case Outcome::UnknownSigner:
        return QStringLiteral("unknown-signer");
    case Outcome::CertificateProblem:
        return QStringLiteral("certificate-problem");
    case Outcome::NotInRecords:
        return QStringLiteral("not-in-records");
    case Outcome::RecordMismatch:
        return QStringLiteral("record-mismatch");
    }
    return QStringLiteral("unknown");
}

QString SignatureCheck::verdict() const
{
    const QString signer = signerName.isEmpty()
                               ? QCoreApplication::translate("vitrine::Verify", "an unknown signer")
                               : signerName;
    const QString when = Languages::swissDate(signingTime);
    switch (outcome()) {
    case Outcome::Genuine:
        if (record == RecordMatch::Found && sheet) {
            return QCoreApplication::translate(
                       "vitrine::Verify",
                       "This sheet is genuine. It was signed by %1 on %2 and has not been changed "
                       "since. It matches the sheet %3 that this kiosk issued on %4.")
                .arg(signer, when, sheet->code, Languages::swissDate(sheet->createdAt));
        }
        return QCoreApplication::translate(
                   "vitrine::Verify",
                   "This sheet is genuine. It was signed by %1 on %2 and has not been changed "
                   "since.")
            .arg(signer, when);
    case Outcome::Unreadable:
        return QCoreApplication::translate(
            "vitrine::Verify", "This file cannot be read as a PDF sheet, so it cannot be checked.");
    case Outcome::NoSignature:
        return QCoreApplication::translate(
            "vitrine::Verify",
            "This sheet has no digital signature, so nothing shows that it is genuine. "
            "Please ask the dealer for a signed copy.");
    case Outcome::Altered:
        return QCoreApplication::translate(
            "vitrine::Verify",
            "This sheet was changed after it was signed. Do not rely on it; please ask "
            "the dealer for a new copy.");
    case Outcome::BrokenSignature:
        return QCoreApplication::translate(
            "vitrine::Verify",
            "The signature of this sheet is damaged and could not be checked. Do not rely "
            "on it; please ask the dealer for a new copy.");
    case Outcome::AddedAfterSigning:
        return QCoreApplication::translate(
            "vitrine::Verify",
            "Something was added to this sheet after it was signed. The signed part is "
            "intact, but the file as a whole is not the one that was signed.");
    case Outcome::UnknownSigner:
        return QCoreApplication::translate(
                   "vitrine::Verify",
                   "This sheet is signed in the name of %1, but not with the certificate this "
                   "kiosk knows. It may not come from this dealer.")
            .arg(signer);
    case Outcome::CertificateProblem:
        return QCoreApplication::translate(
                   "vitrine::Verify",
                   "This sheet is signed by %1, but the certificate it was signed with was expired "
                   "or withdrawn at the time. Do not rely on it.")
            .arg(signer);
    case Outcome::NotInRecords:
        return verificationCode.isEmpty()
                   ? QCoreApplication::translate(
                         "vitrine::Verify",
                         "The signature is in order, but this kiosk has no record of this sheet.")
                   : QCoreApplication::translate(
                         "vitrine::Verify",
                         "The signature is in order, but this kiosk has no record of the "
                         "verification code %1. Please check the code.")
                         .arg(verificationCode);
    case Outcome::RecordMismatch:
        return QCoreApplication::translate(
                   "vitrine::Verify",
                   "The signature is in order, but this file is not the sheet this kiosk issued "
                   "with the verification code %1.")
            .arg(sheet ? sheet->code : verificationCode);
    }
    return {};
}

QString SignatureCheck::signatureText() const
{
    if (!readable)
        return QCoreApplication::translate("vitrine::Verify",
                                           "Not checked: the file cannot be read.");
    if (!present)
        return QCoreApplication::translate("vitrine::Verify", "No digital signature.");
    switch (signature) {
    case SignatureStatus::Valid:
        return QCoreApplication::translate("vitrine::Verify", "The signature is valid.");
    case SignatureStatus::Invalid:
        return QCoreApplication::translate("vitrine::Verify", "The signature is not valid.");
    case SignatureStatus::DigestMismatch:
        return QCoreApplication::translate("vitrine::Verify",
                                           "The signed content was changed after signing.");
    case SignatureStatus::DecodingError:
        return QCoreApplication::translate("vitrine::Verify", "The signature is damaged.");
    case SignatureStatus::GenericError:
        return QCoreApplication::translate("vitrine::Verify",
                                           "The signature could not be checked.");
    case SignatureStatus::NotVerified:
        return QCoreApplication::translate("vitrine::Verify", "The signature was not checked.");
    }
    return {};
}

QString SignatureCheck::certificateText() const
{
    if (!present)
        return QCoreApplication::translate("vitrine::Verify", "No certificate.");
    switch (certificate) {
    case CertificateStatus::Trusted:
        return QCoreApplication::translate("vitrine::Verify",
                                           "The certificate is trusted by this kiosk.");
    case CertificateStatus::UntrustedIssuer:
        return QCoreApplication::translate(
            "vitrine::Verify", "The certificate comes from an issuer this kiosk does not trust.");
    case CertificateStatus::UnknownIssuer:
        return QCoreApplication::translate("vitrine::Verify",
                                           "The certificate is not one this kiosk knows.");
    case CertificateStatus::Revoked:
        return QCoreApplication::translate("vitrine::Verify", "The certificate was revoked.");
    case CertificateStatus::Expired:
        return QCoreApplication::translate("vitrine::Verify",
                                           "The certificate was not valid at the signing time.");
    case CertificateStatus::GenericError:
        return QCoreApplication::translate("vitrine::Verify",
                                           "The certificate could not be checked.");
    case CertificateStatus::NotVerified:
        return QCoreApplication::translate("vitrine::Verify", "The certificate was not checked.");
    }
    return {};
}

QString SignatureCheck::coverageText() const
{
    if (!present)
        return QCoreApplication::translate("vitrine::Verify", "Nothing is signed.");
    return coversWholeFile ? QCoreApplication::translate("vitrine::Verify",
                                                         "The signature covers the whole file.")
                           : QCoreApplication::translate(
                                 "vitrine::Verify",
                                 "The signature does not cover the whole file: something was "
                                 "added after signing.");
}

// --- PdfVerifier -----------------------------------------------------------------------------

PdfVerifier::PdfVerifier(QString nssDir)
    : m_nssDir(std::move(nssDir))
{}

SignatureCheck PdfVerifier::check(const QString &pdfPath) const
{
    SignatureCheck result;
    const QFileInfo info(pdfPath);
    if (!info.exists()) {
        result.readError =
            QCoreApplication::translate("vitrine::Verify", "The file %1 does not exist.")
                .arg(displayFileName(pdfPath));
        return result;
    }
    if (!info.isFile() || !info.isReadable()) {
        result.readError =
            QCoreApplication::translate("vitrine::Verify", "The file %1 cannot be read.")
                .arg(displayFileName(pdfPath));
        return result;
    }
    QString nssError;
    if (!useNssDir(m_nssDir, &nssError)) {
        result.readError = nssError;
        return result;
    }
    result.fileSha256 = fileSha256(pdfPath);
    result.fileSize = info.size();
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdfPath);
    if (result.fileSha256.isEmpty() || !doc || doc->isLocked()) {
        result.readError = QCoreApplication::translate("vitrine::Verify",
                                                       "The file %1 is not a PDF that can be read.")
                               .arg(displayFileName(pdfPath));
        return result;
    }
    result.readable = true;

    // The code printed on the sheet, looked for from the last page (where the sheet has it).
    for (int i = doc->numPages() - 1; i >= 0 && result.verificationCode.isEmpty(); --i) {
        if (const std::unique_ptr<Poppler::Page> page = doc->page(i))
            result.verificationCode = findVerificationCode(page->text(QRectF()));
    }

    const std::vector<std::unique_ptr<Poppler::FormFieldSignature>> signatures = doc->signatures();
    const Poppler::FormFieldSignature *last = nullptr;
    qint64 furthest = -1;
    for (const auto &field : signatures) {
        if (field->signatureType() == Poppler::FormFieldSignature::UnsignedSignature)
            continue;
        ++result.signatureCount;
        const qint64 r = reach(field->validate(0, QDateTime()));
        if (r > furthest) {
            furthest = r;
            last = field.get();
        }
    }
    if (last == nullptr)
        return result;
    result.present = true;

    const Poppler::SignatureValidationInfo first = last->validate(0, QDateTime());
    result.signature = fromPoppler(first.signatureStatus());
    result.signerName = DealerCertificate::plainNameValue(first.signerName());
    result.signerSubject = first.signerSubjectDN();
    result.reason = first.reason();
    result.location = first.location();
    if (first.signingTime() > 0)
        result.signingTime = QDateTime::fromSecsSinceEpoch(first.signingTime(), Qt::UTC);
    result.signedRanges = first.signedRangeBounds();
    const QList<qint64> &r = result.signedRanges;
    // Poppler's own test, and ours: two ranges, from the first byte to the last, the gap
    // between them being the signature's value.
    result.coversWholeFile = first.signsTotalDocument() && r.size() == 4 && r[0] == 0 &&
                             r[1] < r[2] && r[3] == result.fileSize;

    // The certificate at the signing time: a sheet signed while the certificate was valid
    // stays genuine after it expires. The signing time is the signer's own claim, but it sits
    // inside the signature, so only the dealer's key could have set it. Poppler 22.12 reports
    // every certificate as a generic error when OCSP is switched off, so the default (OCSP
    // allowed, soft failure) is kept: a certificate without an OCSP address fetches nothing.
    const Poppler::SignatureValidationInfo full =
        last->validate(Poppler::FormFieldSignature::ValidateVerifyCertificate |
                           Poppler::FormFieldSignature::ValidateForceRevalidation,
                       result.signingTime);
    result.certificate = fromPoppler(full.certificateStatus());
    return result;
}

bool PdfVerifier::matchRecords(SignatureCheck &check, Store &store, const QString &typedCode,
                               StoreError *error)
{
    const QString code =
        normalizeVerificationCode(typedCode.isEmpty() ? check.verificationCode : typedCode);
    if (!typedCode.isEmpty())
        check.verificationCode = code.isEmpty() ? typedCode.trimmed() : code;
    check.sheet.reset();
    check.record = SignatureCheck::RecordMatch::NotChecked;
    StoreError lookup;
    if (!code.isEmpty()) {
        check.sheet = store.findSheetByCode(code, &lookup);
        check.record = !check.sheet ? SignatureCheck::RecordMatch::NotFound
                       : check.sheet->pdfSha256 == check.fileSha256
                           ? SignatureCheck::RecordMatch::Found
                           : SignatureCheck::RecordMatch::Mismatch;
    } else if (!typedCode.isEmpty()) {
        check.record = SignatureCheck::RecordMatch::NotFound; // not even a code
    } else {
        check.sheet = store.findSheetBySha256(check.fileSha256, &lookup);
        check.record = check.sheet ? SignatureCheck::RecordMatch::Found
                                   : SignatureCheck::RecordMatch::NotFound;
    }
    // Records that cannot be read say nothing about the sheet: "not issued here" would be a
    // false verdict on a genuine sheet. The match stays unchecked and the caller is told.
    if (lookup.code != StoreError::Code::None) {
        check.sheet.reset();
        check.record = SignatureCheck::RecordMatch::NotChecked;
        if (error)
            *error = lookup;
        return false;
    }
    return store.recordVerification(check.sheet ? check.sheet->code : code,
                                    SignatureCheck::outcomeId(check.outcome()), check.fileSha256,
                                    error);
}

} // namespace vitrine
