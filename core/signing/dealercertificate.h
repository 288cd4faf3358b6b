// SPDX-License-Identifier: GPL-3.0-or-later
// The dealer's signing certificate, made for a demo or read for the kiosk, in the NSS database
// that signing and checking the sheets rely on.

#pragma once

#include "clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace vitrine {

/** What the kiosk shows about a certificate in its NSS database. */
struct CertificateSummary
{
    /** The name NSS knows it by (what PdfSigner is told to sign with). */
    QString nickname;
    /** The subject as a distinguished name, e.g. "CN=Garage Example SA,O=Garage Example SA,C=CH".
     */
    QString subject;
    /** The subject's common name: the dealer's name as a reader of the sheet sees it. */
    QString commonName;
    /** The issuer's distinguished name (the subject again for a self-signed certificate). */
    QString issuer;
    /** SHA-256 of the DER certificate, upper-case hex pairs joined by colons. */
    QString sha256Fingerprint;
    QDateTime notBefore, notAfter;
    /** "RSA 3072 bits", "EC 256 bits", ... */
    QString keyDescription;
    bool selfSigned = false;
    /** Whether the database holds the private key; nullopt when it is locked by a password. */
    std::optional<bool> hasPrivateKey;
};

/**
 * The dealer's signing certificate in an NSS certificate database (the `sql:` format that
 * Poppler, pdfsig, certutil and pk12util read), made or read with the NSS C API.
 *
 * NSS keeps one global state per process and Poppler initialises it once, for one folder: call
 * these from a process that does not sign or verify (the command line's `cert` commands), or
 * before any PdfSigner / PdfVerifier is used, never with a folder other than the one they use.
 */
class DealerCertificate
{
public:
    /** The nickname the kiosk signs with unless told otherwise. */
    static constexpr const char *kDefaultNickname = "vitrine-dealer";

    struct Options
    {
        /** The NSS database folder; created (mode 0700) when missing. */
        QString nssDir;
        /** The dealer's name, as it should read on the sheet ("Garage Example SA"). */
        QString name;
        QString nickname = QString::fromLatin1(kDefaultNickname);
        /**
         * The database's password. A new database is protected with it (empty: no password,
         * acceptable for a demo only); an existing one must be opened with it.
         */
        QByteArray password;
        int validityYears = 5;
        /** Replace a certificate of the same nickname (and its key) instead of refusing. */
        bool force = false;
    };

    /** Why create() or read() failed. */
    enum class Error {
        None,
        /** A certificate with this nickname is already there (and force was not set). */
        AlreadyExists,
        /** No certificate with this nickname in the database. */
        NotFound,
        /** The password does not open the database's keys. */
        WrongPassword,
        /** The name, nickname or validity cannot make a certificate. */
        InvalidInput,
        /** The folder or the database could not be created, opened or written. */
        DatabaseError,
        /** NSS failed while making the key or the certificate. */
        CryptoError,
    };

    /**
     * Makes a self-signed certificate for a demo or a test: RSA 3072, SHA-256, subject
     * CN=name, O=name, C=CH, valid from clock's now for validityYears, usable to sign documents
     * (key usage digital signature and non-repudiation; marked as its own authority so NSS can
     * anchor trust in it) and trusted in its own database, so this kiosk verifies its own
     * sheets as trusted. The folder and the database files are owner-only.
     *
     * @return the new certificate, or nullopt with *error / *message set (message translated).
     */
    static std::optional<CertificateSummary> create(const Options &options, const Clock &clock,
                                                    Error *error, QString *message);

    /**
     * Reads the certificate named nickname (password: only to look for its private key in a
     * protected database; without it hasPrivateKey stays unknown there).
     */
    static std::optional<CertificateSummary> read(const QString &nssDir, const QString &nickname,
                                                  const QByteArray &password, Error *error,
                                                  QString *message);

    /** The NSS database specification for a folder: "sql:" and its absolute path. */
    static QString nssSpec(const QString &nssDir);

    /**
     * A name value as NSS and Poppler hand it out, escaped for a distinguished name
     * (`Garage \"Zürich\" AG`), back in plain text (`Garage "Zürich" AG`).
     */
    static QString plainNameValue(const QString &escaped);

    /** True when the folder holds an NSS sql database (cert9.db). */
    static bool hasDatabase(const QString &nssDir);
};

} // namespace vitrine
