// SPDX-License-Identifier: GPL-3.0-or-later
// Signing a privacy review sheet with the dealer's certificate, and checking later that a sheet
// someone holds is genuine, unchanged and one the kiosk issued.

#pragma once

#include "store.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

namespace vitrine {

/** How PdfSigner signs a sheet. */
struct SignOptions
{
    /**
     * Draw a small stamp on the page ("Digitally signed by <the certificate's name>" and the
     * date and time). False gives an invisible signature: the same protection, nothing drawn.
     */
    bool visible = true;
    /** The stamp's text; empty for the default above, in the current language. */
    QString stampText;
    /** The page for the stamp, from 0; -1 for the last page. */
    int page = -1;
    /**
     * Where the stamp goes, as fractions of the page (0 to 1, from the top left corner). The
     * default sits below the sheet's footer lines, at the bottom right.
     */
    QRectF stampArea{0.55, 0.957, 0.40, 0.028};
    /** The signature's Reason and Location entries, as a PDF reader shows them (translated). */
    QString reason;
    QString location;
};

/** The certificate a PdfSigner signs with, as the kiosk checks it when it opens. */
struct SignerInfo
{
    /** Its common name: the dealer's name as the sheet's reader sees it. */
    QString commonName;
    /** Its validity (UTC). */
    QDateTime notBefore, notAfter;
};

/**
 * Signs PDF files with the dealer's certificate through Poppler (PDFConverter::sign), from an
 * NSS certificate database (see DealerCertificate).
 *
 * NSS is set up once per process, for one folder: every PdfSigner and PdfVerifier in a
 * process must use the same folder (a second folder is refused with an error, not ignored).
 */
class PdfSigner
{
public:
    /**
     * @param nssDir the NSS database folder (cert9.db, key4.db).
     * @param nickname the certificate to sign with (DealerCertificate::kDefaultNickname).
     * @param password the database's password; empty when it has none.
     */
    explicit PdfSigner(QString nssDir, QString nickname = {}, QByteArray password = {});

    /**
     * Signs inPdf into outPdf (which may be the same file). The signed file is written to a
     * temporary file (mode 0600) in outPdf's folder and renamed into place, so outPdf is
     * either the whole signed file or untouched; a failure leaves no temporary file.
     * Refuses a certificate that is missing, has no private key here, or is outside its
     * validity.
     * @return false with *error set (translated) when nothing was written.
     */
    bool sign(const QString &inPdf, const QString &outPdf, const SignOptions &options,
              QString *error) const;

    /** The signing certificate's common name (the dealer's name); empty with *error set. */
    QString signerName(QString *error) const;

    /**
     * The signing certificate, when it can sign now (found, with its private key, within its
     * validity); nullopt with *error set (translated) otherwise.
     */
    std::optional<SignerInfo> signer(QString *error) const;

private:
    QString m_nssDir;
    QString m_nickname;
    QByteArray m_password;
};

/** What a check of a sheet's digital signature found. */
struct SignatureCheck
{
    /** The signature itself (Poppler's SignatureValidationInfo::SignatureStatus). */
    enum class SignatureStatus {
        Valid,
        /** The signature does not match the signed bytes or the signer's key. */
        Invalid,
        /** The signed bytes were changed after signing. */
        DigestMismatch,
        /** The signature's data is damaged. */
        DecodingError,
        GenericError,
        NotVerified,
    };
    /** The signer's certificate (Poppler's SignatureValidationInfo::CertificateStatus). */
    enum class CertificateStatus {
        /** Chains to a certificate this kiosk's database trusts (the dealer's own). */
        Trusted,
        UntrustedIssuer,
        /** Unknown to this kiosk: someone else's certificate, or one not imported here. */
        UnknownIssuer,
        Revoked,
        /** Not valid at the signing time. */
        Expired,
        GenericError,
        NotVerified,
    };
    /** How the file compares with the kiosk's records (when matched against a store). */
    enum class RecordMatch {
        NotChecked,
        /** A sheet with this code (or this file's fingerprint) was issued, and it is this file. */
        Found,
        /** No sheet with this code (or, without a code, with this fingerprint) was issued. */
        NotFound,
        /** The code was issued, but for a file with another fingerprint. */
        Mismatch,
    };
    /** The overall answer, most serious first. */
    enum class Outcome {
        Genuine,
        /** Missing, unreadable, or not a PDF. */
        Unreadable,
        NoSignature,
        /** The signed part was changed. */
        Altered,
        /** The signature is damaged or could not be checked. */
        BrokenSignature,
        /** The signed part is intact but something was added after it. */
        AddedAfterSigning,
        /** Signed, but not with a certificate this kiosk trusts (or can confirm). */
        UnknownSigner,
        /** The signer's certificate was expired or revoked at the signing time. */
        CertificateProblem,
        NotInRecords,
        RecordMismatch,
    };

    /** The file could be opened as a PDF. */
    bool readable = false;
    /** Why not (translated), when !readable. */
    QString readError;
    /** At least one signature is present. */
    bool present = false;
    int signatureCount = 0;
    /** Of the signature that reaches furthest into the file (the last one made). */
    SignatureStatus signature = SignatureStatus::NotVerified;
    CertificateStatus certificate = CertificateStatus::NotVerified;
    /** The signer's common name, and full distinguished name. */
    QString signerName, signerSubject;
    QString reason, location;
    /** When the signer's computer says it signed (UTC); invalid when absent. */
    QDateTime signingTime;
    /** The byte ranges the signature covers: start, end, start, end. */
    QList<qint64> signedRanges;
    qint64 fileSize = 0;
    /** The signature covers the whole file but its own value (nothing added after it). */
    bool coversWholeFile = false;
    /** SHA-256 of the whole file, 64 lower-case hex digits (empty when unreadable). */
    QString fileSha256;
    /** The verification code printed in the sheet's text ("K7QF-3MZD-9W"); empty if none. */
    QString verificationCode;
    RecordMatch record = RecordMatch::NotChecked;
    /** The kiosk's record of the sheet, when matched (Found or Mismatch). */
    std::optional<SheetRecord> sheet;

    Outcome outcome() const;
    /** A present, valid, trusted signature over the whole file, and (if checked) on record. */
    bool isGenuine() const { return outcome() == Outcome::Genuine; }
    /** The verdict for the person holding the sheet, in plain words (current language). */
    QString verdict() const;
    /** One line each for the signature, the certificate and the coverage (current language). */
    QString signatureText() const;
    QString certificateText() const;
    QString coverageText() const;
    /** A short fixed word for the outcome ("genuine", "altered", ...), for the audit trail. */
    static QString outcomeId(Outcome outcome);
};

/**
 * Checks the digital signature of a PDF with Poppler, against the certificates of an NSS
 * database (the kiosk's own: its dealer certificate is trusted there). Never throws or
 * crashes on a bad file: it reports it.
 */
class PdfVerifier
{
public:
    explicit PdfVerifier(QString nssDir);

    /** Checks the file. The certificate is checked at the signing time. */
    SignatureCheck check(const QString &pdfPath) const;

    /**
     * Matches a check against the store's sheets and records a "verify" audit row. The code
     * is typedCode when given (typed from the paper), else the one found in the file; without
     * either, the file's fingerprint is looked up.
     * @return false with *error set when the audit row could not be written (the match is
     *         still set), or when the records cannot be read (the match is then NotChecked:
     *         a damaged store must not make a genuine sheet read as "not issued here").
     */
    static bool matchRecords(SignatureCheck &check, Store &store, const QString &typedCode = {},
                             StoreError *error = nullptr);

private:
    QString m_nssDir;
};

} // namespace vitrine
