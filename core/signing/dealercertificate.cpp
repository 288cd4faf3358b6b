// SPDX-License-Identifier: GPL-3.0-or-later
// How the dealer's certificate is made and read with the NSS C API: the key, the self-signed
// certificate and its trust, owner-only files, and a plain reason for every failure.

#include "dealercertificate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

// NSS names a struct member "slots", which Qt defines as a keyword.
#pragma push_macro("slots")
#undef slots
#include <cert.h>
#include <certdb.h>
#include <cryptohi.h>
#include <keyhi.h>
#include <nss.h>
#include <pk11pub.h>
#include <prerror.h>
#include <secder.h>
#include <secerr.h>
#include <secoid.h>
#pragma pop_macro("slots")

#include <cerrno>
#include <cstring>
#include <memory>
#include <sys/stat.h>

namespace vitrine {

namespace {

// RSA 3072 with SHA-256: what Poppler 22.12 signs with through NSS and every PDF reader checks.
constexpr int kRsaBits = 3072;
constexpr unsigned long kRsaExponent = 0x10001;
// X.520's upper bound for a common name or an organisation name.
constexpr qsizetype kMaxNameLength = 64;
// C (CA for TLS), T (CA for client auth) and C for e-mail / object signing: the self-signed
// certificate is its own trust anchor, which is what lets NSS (and so Poppler and pdfsig) call
// a signature made with it trusted in this database. Same flags as `certutil -t "CT,C,C"`.
constexpr const char *kSelfTrust = "CT,C,C";

QString nssReason()
{
    const PRErrorCode code = PORT_GetError();
    const char *text = PR_ErrorToString(code, PR_LANGUAGE_I_DEFAULT);
    return text != nullptr && *text != '\0' ? QString::fromUtf8(text)
                                            : QStringLiteral("NSS error %1").arg(code);
}

void fail(DealerCertificate::Error *error, QString *message, DealerCertificate::Error code,
          const QString &text)
{
    if (error != nullptr)
        *error = code;
    if (message != nullptr)
        *message = text;
}

// One NSS context on one database, shut down when it goes out of scope.
class NssContext
{
public:
    NssContext(const QString &nssDir, bool readOnly)
    {
        const QByteArray spec = DealerCertificate::nssSpec(nssDir).toUtf8();
        // "secmod.db" is what certutil passes; for an sql: database NSS keeps its module list
        // in pkcs11.txt. No root certificates module: this database only holds the dealer's.
        PRUint32 flags = NSS_INIT_NOROOTINIT | NSS_INIT_OPTIMIZESPACE;
        if (readOnly)
            flags |= NSS_INIT_READONLY;
        m_context = NSS_InitContext(spec.constData(), "", "", "secmod.db", nullptr, flags);
    }
    ~NssContext()
    {
        if (m_context != nullptr)
            NSS_ShutdownContext(m_context);
    }
    NssContext(const NssContext &) = delete;
    NssContext &operator=(const NssContext &) = delete;

    bool isOpen() const { return m_context != nullptr; }

private:
    NSSInitContext *m_context = nullptr;
};

struct SlotDeleter
{
    void operator()(PK11SlotInfo *slot) const { PK11_FreeSlot(slot); }
};
struct CertDeleter
{
    void operator()(CERTCertificate *cert) const { CERT_DestroyCertificate(cert); }
};
struct PrivateKeyDeleter
{
    void operator()(SECKEYPrivateKey *key) const { SECKEY_DestroyPrivateKey(key); }
};
struct PublicKeyDeleter
{
    void operator()(SECKEYPublicKey *key) const { SECKEY_DestroyPublicKey(key); }
};
struct NameDeleter
{
    void operator()(CERTName *name) const { CERT_DestroyName(name); }
};
struct SpkiDeleter
{
    void operator()(CERTSubjectPublicKeyInfo *spki) const
    {
        SECKEY_DestroySubjectPublicKeyInfo(spki);
    }
};
struct RequestDeleter
{
    void operator()(CERTCertificateRequest *req) const { CERT_DestroyCertificateRequest(req); }
};
struct ValidityDeleter
{
    void operator()(CERTValidity *v) const { CERT_DestroyValidity(v); }
};
struct ArenaDeleter
{
    void operator()(PLArenaPool *arena) const { PORT_FreeArena(arena, PR_FALSE); }
};
struct PortDeleter
{
    void operator()(char *p) const { PORT_Free(p); }
};

using Slot = std::unique_ptr<PK11SlotInfo, SlotDeleter>;
using Cert = std::unique_ptr<CERTCertificate, CertDeleter>;
using PrivateKey = std::unique_ptr<SECKEYPrivateKey, PrivateKeyDeleter>;
using PublicKey = std::unique_ptr<SECKEYPublicKey, PublicKeyDeleter>;
using PortString = std::unique_ptr<char, PortDeleter>;

QString takeString(char *s)
{
    const PortString owned(s);
    return owned ? QString::fromUtf8(owned.get()) : QString();
}

QDateTime fromPrTime(PRTime t)
{
    return QDateTime::fromMSecsSinceEpoch(t / PR_USEC_PER_MSEC, Qt::UTC);
}

PRTime toPrTime(const QDateTime &t)
{
    return static_cast<PRTime>(t.toMSecsSinceEpoch()) * PR_USEC_PER_MSEC;
}

// CN=name, O=name, C=CH, built attribute by attribute (not parsed from text), so commas,
// quotes and accents in a dealer's name stay exactly as given. The attributes live in arena,
// which must outlive the name.
CERTName *dealerName(PLArenaPool *arena, const QString &name)
{
    QByteArray utf8 = name.toUtf8();
    QByteArray country = "CH";
    CERTAVA *c =
        CERT_CreateAVA(arena, SEC_OID_AVA_COUNTRY_NAME, SEC_ASN1_PRINTABLE_STRING, country.data());
    CERTAVA *o =
        CERT_CreateAVA(arena, SEC_OID_AVA_ORGANIZATION_NAME, SEC_ASN1_UTF8_STRING, utf8.data());
    CERTAVA *cn = CERT_CreateAVA(arena, SEC_OID_AVA_COMMON_NAME, SEC_ASN1_UTF8_STRING, utf8.data());
    if (c == nullptr || o == nullptr || cn == nullptr)
        return nullptr;
    CERTRDN *rc = CERT_CreateRDN(arena, c, nullptr);
    CERTRDN *ro = CERT_CreateRDN(arena, o, nullptr);
    CERTRDN *rcn = CERT_CreateRDN(arena, cn, nullptr);
    if (rc == nullptr || ro == nullptr || rcn == nullptr)
        return nullptr;
    return CERT_CreateName(rc, ro, rcn, nullptr);
}

// The dealer's name as it may go into a certificate: trimmed, 1 to 64 characters, no control
// characters. Empty when it cannot.
QString cleanName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed.size() > kMaxNameLength)
        return {};
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return {};
    }
    return trimmed;
}

// Owner-only folder and files: the database holds the dealer's private key.
bool restrictPermissions(const QString &nssDir)
{
    bool ok = QFile::setPermissions(nssDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QDir dir(nssDir);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        ok = QFile::setPermissions(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner) && ok;
    return ok;
}

// Logs in to the key slot when the database has a password. False with the error set when the
// password is wrong or missing.
bool logIn(PK11SlotInfo *slot, const QByteArray &password, DealerCertificate::Error *error,
           QString *message)
{
    if (!PK11_NeedLogin(slot) || PK11_IsLoggedIn(slot, nullptr))
        return true;
    if (password.isEmpty() || PK11_CheckUserPassword(slot, password.constData()) != SECSuccess) {
        fail(error, message, DealerCertificate::Error::WrongPassword,
             password.isEmpty()
                 ? QCoreApplication::translate(
                       "vitrine::DealerCertificate",
                       "The certificate database is protected by a password: please give it.")
                 : QCoreApplication::translate(
                       "vitrine::DealerCertificate",
                       "The password does not open the certificate database."));
        return false;
    }
    return true;
}

CertificateSummary summaryOf(CERTCertificate *cert, const QString &nickname)
{
    CertificateSummary s;
    s.nickname = nickname;
    s.subject = takeString(CERT_NameToAscii(&cert->subject));
    s.issuer = takeString(CERT_NameToAscii(&cert->issuer));
    s.commonName =
        DealerCertificate::plainNameValue(takeString(CERT_GetCommonName(&cert->subject)));
    const QByteArray der(reinterpret_cast<const char *>(cert->derCert.data),
                         static_cast<qsizetype>(cert->derCert.len));
    s.sha256Fingerprint = QString::fromLatin1(
        QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex(':').toUpper());
    PRTime notBefore = 0;
    PRTime notAfter = 0;
    if (CERT_GetCertTimes(cert, &notBefore, &notAfter) == SECSuccess) {
        s.notBefore = fromPrTime(notBefore);
        s.notAfter = fromPrTime(notAfter);
    }
    if (const PublicKey key{CERT_ExtractPublicKey(cert)}) {
        const unsigned bits = SECKEY_PublicKeyStrengthInBits(key.get());
        switch (SECKEY_GetPublicKeyType(key.get())) {
        case rsaKey:
            s.keyDescription = QStringLiteral("RSA %1 bits").arg(bits);
            break;
        case ecKey:
            s.keyDescription = QStringLiteral("EC %1 bits").arg(bits);
            break;
        default:
            s.keyDescription = QStringLiteral("%1 bits").arg(bits);
            break;
        }
    }
    s.selfSigned = SECITEM_CompareItem(&cert->derIssuer, &cert->derSubject) == SECEqual;
    return s;
}

std::optional<bool> privateKeyPresent(PK11SlotInfo *slot, CERTCertificate *cert)
{
    if (PK11_NeedLogin(slot) && !PK11_IsLoggedIn(slot, nullptr))
        return std::nullopt;
    const PrivateKey key{PK11_FindPrivateKeyFromCert(slot, cert, nullptr)};
    return key != nullptr;
}

// The self-signed certificate for the key pair, DER-encoded and signed, in cert->arena.
bool buildCertificate(CERTCertificate *cert, SECKEYPrivateKey *key, SECItem *signedDer)
{
    PLArenaPool *arena = cert->arena;
    if (DER_SetUInteger(arena, &cert->version, SEC_CERTIFICATE_VERSION_3) != SECSuccess)
        return false;
    // A random positive 128-bit serial number: unique without keeping a counter.
    constexpr unsigned kSerialBytes = 16;
    auto *serial = static_cast<unsigned char *>(PORT_ArenaAlloc(arena, kSerialBytes));
    if (serial == nullptr || PK11_GenerateRandom(serial, kSerialBytes) != SECSuccess)
        return false;
    serial[0] = static_cast<unsigned char>((serial[0] & 0x7f) | 0x40);
    cert->serialNumber.type = siUnsignedInteger;
    cert->serialNumber.data = serial;
    cert->serialNumber.len = kSerialBytes;

    void *extensions = CERT_StartCertExtensions(cert);
    if (extensions == nullptr)
        return false;
    // Its own authority (path length 0): NSS only anchors trust in a CA certificate, and with
    // no room below it, it cannot vouch for any other certificate.
    CERTBasicConstraints constraints{};
    constraints.isCA = PR_TRUE;
    constraints.pathLenConstraint = 0;
    SECItem encodedConstraints{};
    unsigned char usage = KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION | KU_KEY_CERT_SIGN;
    SECItem usageBits{siBuffer, &usage, 1};
    const bool extensionsOk =
        CERT_EncodeBasicConstraintValue(arena, &constraints, &encodedConstraints) == SECSuccess &&
        CERT_AddExtension(extensions, SEC_OID_X509_BASIC_CONSTRAINTS, &encodedConstraints, PR_TRUE,
                          PR_TRUE) == SECSuccess &&
        CERT_EncodeAndAddBitStrExtension(extensions, SEC_OID_X509_KEY_USAGE, &usageBits, PR_TRUE) ==
            SECSuccess;
    if (CERT_FinishExtensions(extensions) != SECSuccess || !extensionsOk)
        return false;

    const SECOidTag algorithm = SEC_GetSignatureAlgorithmOidTag(key->keyType, SEC_OID_SHA256);
    if (algorithm == SEC_OID_UNKNOWN ||
        SECOID_SetAlgorithmID(arena, &cert->signature, algorithm, nullptr) != SECSuccess)
        return false;
    SECItem tbs{};
    if (SEC_ASN1EncodeItem(arena, &tbs, cert, SEC_ASN1_GET(CERT_CertificateTemplate)) == nullptr)
        return false;
    return SEC_DerSignData(arena, signedDer, tbs.data, static_cast<int>(tbs.len), key, algorithm) ==
           SECSuccess;
}

} // namespace

QString DealerCertificate::nssSpec(const QString &nssDir)
{
    return QStringLiteral("sql:") + QFileInfo(nssDir).absoluteFilePath();
}

QString DealerCertificate::plainNameValue(const QString &escaped)
{
    QString plain;
    plain.reserve(escaped.size());
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (escaped[i] == u'\\' && i + 1 < escaped.size())
            ++i;
        plain += escaped[i];
    }
    return plain;
}

bool DealerCertificate::hasDatabase(const QString &nssDir)
{
    return QFileInfo(QDir(nssDir).filePath(QStringLiteral("cert9.db"))).isFile();
}

std::optional<CertificateSummary> DealerCertificate::create(const Options &options,
                                                            const Clock &clock, Error *error,
                                                            QString *message)
{
    fail(error, message, Error::None, {});
    const QString name = cleanName(options.name);
    if (name.isEmpty()) {
        fail(error, message, Error::InvalidInput,
             QCoreApplication::translate(
                 "vitrine::DealerCertificate",
                 "The dealer's name must have 1 to 64 characters, without control characters."));
        return std::nullopt;
    }
    const QString nickname = options.nickname.trimmed();
    if (nickname.isEmpty() || nickname.contains(u':')) {
        fail(error, message, Error::InvalidInput,
             QCoreApplication::translate(
                 "vitrine::DealerCertificate",
                 "The certificate's nickname must not be empty or contain a colon."));
        return std::nullopt;
    }
    if (options.validityYears < 1 || options.validityYears > 30) {
        fail(error, message, Error::InvalidInput,
             QCoreApplication::translate("vitrine::DealerCertificate",
                                         "The certificate's validity must be 1 to 30 years."));
        return std::nullopt;
    }
    if (options.nssDir.isEmpty()) {
        fail(error, message, Error::InvalidInput,
             QCoreApplication::translate("vitrine::DealerCertificate",
                                         "No certificate folder was given."));
        return std::nullopt;
    }

    const QFileInfo dirInfo(options.nssDir);
    if (!dirInfo.exists()) {
        if (::mkdir(QFile::encodeName(options.nssDir).constData(), S_IRWXU) != 0) {
            fail(error, message, Error::DatabaseError,
                 QCoreApplication::translate("vitrine::DealerCertificate",
                                             "Cannot create the certificate folder %1: %2.")
                     .arg(options.nssDir, QString::fromLocal8Bit(std::strerror(errno))));
            return std::nullopt;
        }
    } else if (!dirInfo.isDir()) {
        fail(error, message, Error::DatabaseError,
             QCoreApplication::translate("vitrine::DealerCertificate", "%1 is not a folder.")
                 .arg(options.nssDir));
        return std::nullopt;
    }

    std::optional<CertificateSummary> made;
    {
        const NssContext context(options.nssDir, false);
        if (!context.isOpen()) {
            fail(error, message, Error::DatabaseError,
                 QCoreApplication::translate("vitrine::DealerCertificate",
                                             "Cannot open the certificate database in %1: %2")
                     .arg(options.nssDir, nssReason()));
            return std::nullopt;
        }
        const Slot slot{PK11_GetInternalKeySlot()};
        if (!slot) {
            fail(error, message, Error::DatabaseError,
                 QCoreApplication::translate("vitrine::DealerCertificate",
                                             "Cannot open the certificate database in %1: %2")
                     .arg(options.nssDir, nssReason()));
            return std::nullopt;
        }
        if (PK11_NeedUserInit(slot.get())) {
            // A new database: its keys are protected with the password from now on (none when
            // empty, for a demo).
            if (PK11_InitPin(slot.get(), nullptr, options.password.constData()) != SECSuccess) {
                fail(error, message, Error::DatabaseError,
                     QCoreApplication::translate(
                         "vitrine::DealerCertificate",
                         "Cannot set the certificate database's password: %1")
                         .arg(nssReason()));
                return std::nullopt;
            }
        }
        if (!logIn(slot.get(), options.password, error, message))
            return std::nullopt;

        QByteArray nick = nickname.toUtf8();
        CERTCertDBHandle *db = CERT_GetDefaultCertDB();
        if (const Cert existing{CERT_FindCertByNickname(db, nick.constData())}) {
            if (!options.force) {
                fail(error, message, Error::AlreadyExists,
                     QCoreApplication::translate(
                         "vitrine::DealerCertificate",
                         "The certificate folder %1 already has a certificate named \"%2\". "
                         "Nothing was changed (use --force to replace it).")
                         .arg(options.nssDir, nickname));
                return std::nullopt;
            }
            if (PK11_DeleteTokenCertAndKey(existing.get(), nullptr) != SECSuccess) {
                fail(error, message, Error::DatabaseError,
                     QCoreApplication::translate("vitrine::DealerCertificate",
                                                 "Cannot remove the old certificate: %1")
                         .arg(nssReason()));
                return std::nullopt;
            }
        }

        PK11RSAGenParams rsaParams{kRsaBits, kRsaExponent};
        SECKEYPublicKey *rawPublic = nullptr;
        const PrivateKey privateKey{PK11_GenerateKeyPair(slot.get(), CKM_RSA_PKCS_KEY_PAIR_GEN,
                                                         &rsaParams, &rawPublic, PR_TRUE, PR_TRUE,
                                                         nullptr)};
        const PublicKey publicKey{rawPublic};
        if (!privateKey || !publicKey) {
            fail(error, message, Error::CryptoError,
                 QCoreApplication::translate("vitrine::DealerCertificate",
                                             "Cannot make the key pair: %1")
                     .arg(nssReason()));
            return std::nullopt;
        }
        PK11_SetPrivateKeyNickname(privateKey.get(), nick.constData());

        const std::unique_ptr<PLArenaPool, ArenaDeleter> nameArena{
            PORT_NewArena(DER_DEFAULT_CHUNKSIZE)};
        const std::unique_ptr<CERTName, NameDeleter> subject{
            nameArena ? dealerName(nameArena.get(), name) : nullptr};
        const std::unique_ptr<CERTSubjectPublicKeyInfo, SpkiDeleter> spki{
            SECKEY_CreateSubjectPublicKeyInfo(publicKey.get())};
        if (!subject || !spki) {
            fail(error, message, Error::InvalidInput,
                 QCoreApplication::translate("vitrine::DealerCertificate",
                                             "Cannot make a certificate for the name \"%1\": %2")
                     .arg(name, nssReason()));
            return std::nullopt;
        }
        const std::unique_ptr<CERTCertificateRequest, RequestDeleter> request{
            CERT_CreateCertificateRequest(subject.get(), spki.get(), nullptr)};
        // Whole seconds: a certificate's times have no fractions.
        const QDateTime now =
            QDateTime::fromSecsSinceEpoch(clock.nowUtc().toSecsSinceEpoch(), Qt::UTC);
        const std::unique_ptr<CERTValidity, ValidityDeleter> validity{
            CERT_CreateValidity(toPrTime(now), toPrTime(now.addYears(options.validityYears)))};
        const Cert unsignedCert{
            request && validity
                ? CERT_CreateCertificate(1, subject.get(), validity.get(), request.get())
                : nullptr};
        SECItem signedDer{};
        if (!unsignedCert || !buildCertificate(unsignedCert.get(), privateKey.get(), &signedDer)) {
            fail(error, message, Error::CryptoError,
                 QCoreApplication::translate("vitrine::DealerCertificate",
                                             "Cannot make the certificate: %1")
                     .arg(nssReason()));
            return std::nullopt;
        }
        if (PK11_ImportDERCert(slot.get(), &signedDer, CK_INVALID_HANDLE,
                               nick.data() /* NSS does not change it */, PR_FALSE) != SECSuccess) {
            fail(error, message, Error::DatabaseError,
                 QCoreApplication::translate("vitrine::DealerCertificate",
                                             "Cannot store the certificate: %1")
                     .arg(nssReason()));
            return std::nullopt;
        }
        const Cert stored{CERT_FindCertByDERCert(db, &signedDer)};
        CERTCertTrust trust{};
        if (!stored || CERT_DecodeTrustString(&trust, kSelfTrust) != SECSuccess ||
            CERT_ChangeCertTrust(db, stored.get(), &trust) != SECSuccess) {
            fail(error, message, Error::DatabaseError,
                 QCoreApplication::translate("vitrine::DealerCertificate",
                                             "Cannot mark the certificate as trusted: %1")
                     .arg(nssReason()));
            return std::nullopt;
        }
        made = summaryOf(stored.get(), nickname);
        made->hasPrivateKey = privateKeyPresent(slot.get(), stored.get());
    }
    restrictPermissions(options.nssDir);
    return made;
}

std::optional<CertificateSummary> DealerCertificate::read(const QString &nssDir,
                                                          const QString &nickname,
                                                          const QByteArray &password, Error *error,
                                                          QString *message)
{
    fail(error, message, Error::None, {});
    if (!hasDatabase(nssDir)) {
        fail(error, message, Error::DatabaseError,
             QCoreApplication::translate("vitrine::DealerCertificate",
                                         "There is no certificate database in %1.")
                 .arg(nssDir));
        return std::nullopt;
    }
    const NssContext context(nssDir, true);
    if (!context.isOpen()) {
        fail(error, message, Error::DatabaseError,
             QCoreApplication::translate("vitrine::DealerCertificate",
                                         "Cannot open the certificate database in %1: %2")
                 .arg(nssDir, nssReason()));
        return std::nullopt;
    }
    const Slot slot{PK11_GetInternalKeySlot()};
    const QByteArray nick = nickname.toUtf8();
    const Cert cert{CERT_FindCertByNickname(CERT_GetDefaultCertDB(), nick.constData())};
    if (!slot || !cert) {
        fail(error, message, Error::NotFound,
             QCoreApplication::translate(
                 "vitrine::DealerCertificate",
                 "The certificate folder %1 has no certificate named \"%2\".")
                 .arg(nssDir, nickname));
        return std::nullopt;
    }
    if (!password.isEmpty() && !logIn(slot.get(), password, error, message))
        return std::nullopt;
    CertificateSummary summary = summaryOf(cert.get(), nickname);
    summary.hasPrivateKey = privateKeyPresent(slot.get(), cert.get());
    return summary;
}

} // namespace vitrine
