// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-cli cert init | cert show, and sign: the dealer's signing certificate and signing a
// PDF with it.

#include "cli.h"

#include "clock.h"
#include "dealercertificate.h"
#include "inputtext.h"
#include "pdfsigner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

namespace vitrine::cli {

namespace {

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("nss-dir"),
                      QCoreApplication::translate(
                          "vitrine::cli", "The folder of the kiosk's certificate database (NSS)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("nickname"),
                      QCoreApplication::translate(
                          "vitrine::cli", "The certificate's name in the database (default: %1).")
                          .arg(QString::fromLatin1(DealerCertificate::kDefaultNickname)),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("password-file"),
         QCoreApplication::translate(
             "vitrine::cli", "A file whose first line is the certificate database's password "
                             "(else VITRINE_NSS_PASSWORD; none when neither is set)."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("vitrine::cli", "Language of the messages."),
                      QStringLiteral("fr|de|it|en")});
    parser.addHelpOption();
}

/** Parses; false after printing a usage error. */
bool parse(QCommandLineParser &parser, const QStringList &args, int positionals)
{
    if (!parser.parse(args) || !parser.isSet(QStringLiteral("nss-dir")) ||
        parser.value(QStringLiteral("nss-dir")).isEmpty() ||
        parser.positionalArguments().size() != positionals) {
        err() << (parser.errorText().isEmpty() ? parser.helpText() : parser.errorText())
              << Qt::endl;
        return false;
    }
    return !setLanguage(parser.value(QStringLiteral("lang"))).isEmpty();
}

QString nicknameOf(const QCommandLineParser &parser)
{
    const QString n = parser.value(QStringLiteral("nickname"));
    return n.isEmpty() ? QString::fromLatin1(DealerCertificate::kDefaultNickname) : n;
}

/** The NSS password from --password-file or VITRINE_NSS_PASSWORD; nullopt after an error. */
std::optional<QByteArray> nssPassword(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("password-file")))
        return qgetenv("VITRINE_NSS_PASSWORD");
    QString error;
    QByteArray secret = secretFromFile(parser.value(QStringLiteral("password-file")), &error);
    if (secret.isEmpty()) {
        err() << error << Qt::endl;
        return std::nullopt;
    }
    return secret;
}

QString swissDateTime(const QDateTime &t)
{
    return t.toTimeZone(QTimeZone("Europe/Zurich")).toString(QStringLiteral("dd.MM.yyyy HH:mm"));
}

void printCertificate(const CertificateSummary &c)
{
    out() << QCoreApplication::translate("vitrine::cli", "Nickname: %1").arg(c.nickname)
          << Qt::endl;
    out() << QCoreApplication::translate("vitrine::cli", "Subject: %1").arg(c.subject) << Qt::endl;
    out() << QCoreApplication::translate("vitrine::cli", "Issuer: %1")
                 .arg(c.selfSigned
                          ? QCoreApplication::translate("vitrine::cli", "itself (self-signed)")
                          : c.issuer)
          << Qt::endl;
    out() << QCoreApplication::translate("vitrine::cli", "SHA-256 fingerprint: %1")
                 .arg(c.sha256Fingerprint)
          << Qt::endl;
    out() << QCoreApplication::translate("vitrine::cli", "Valid from %1 to %2 (Swiss time)")
                 .arg(swissDateTime(c.notBefore), swissDateTime(c.notAfter))
          << Qt::endl;
    out() << QCoreApplication::translate("vitrine::cli", "Key: %1").arg(c.keyDescription)
          << Qt::endl;
    const QString key =
        !c.hasPrivateKey.has_value()
            ? QCoreApplication::translate("vitrine::cli",
                                          "locked (give the database's password to check)")
        : *c.hasPrivateKey
            ? QCoreApplication::translate("vitrine::cli", "present: this kiosk can sign with it")
            : QCoreApplication::translate("vitrine::cli",
                                          "missing: this kiosk cannot sign with it");
    out() << QCoreApplication::translate("vitrine::cli", "Private key: %1").arg(key) << Qt::endl;
}

int certInit(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vitrine::cli", "Makes a self-signed dealer certificate, for a demo or a test."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("name"),
                      QCoreApplication::translate(
                          "vitrine::cli", "The dealer's name, as the sheet's signature shows it."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("years"),
         QCoreApplication::translate("vitrine::cli", "How many years it is valid (default: 5)."),
         QStringLiteral("N")});
    parser.addOption({QStringLiteral("force"),
                      QCoreApplication::translate(
                          "vitrine::cli", "Replace a certificate that has the same nickname.")});
    if (!parse(parser, args, 0))
        return Usage;
    if (parser.value(QStringLiteral("name")).trimmed().isEmpty()) {
        err() << QCoreApplication::translate("vitrine::cli", "Give the dealer's name with --name.")
              << Qt::endl;
        return Usage;
    }
    DealerCertificate::Options options;
    options.nssDir = parser.value(QStringLiteral("nss-dir"));
    options.name = parser.value(QStringLiteral("name"));
    options.nickname = nicknameOf(parser);
    options.force = parser.isSet(QStringLiteral("force"));
    if (parser.isSet(QStringLiteral("years"))) {
        bool ok = false;
        options.validityYears = parser.value(QStringLiteral("years")).toInt(&ok);
        if (!ok) {
            err() << QCoreApplication::translate("vitrine::cli",
                                                 "--years needs a whole number of years.")
                  << Qt::endl;
            return Usage;
        }
    }
    const std::optional<QByteArray> password = nssPassword(parser);
    if (!password)
        return Usage;
    options.password = *password;

    SystemClock clock;
    DealerCertificate::Error error = DealerCertificate::Error::None;
    QString message;
    const auto made = DealerCertificate::create(options, clock, &error, &message);
    if (!made) {
        err() << message << Qt::endl;
        switch (error) {
        case DealerCertificate::Error::AlreadyExists:
        case DealerCertificate::Error::WrongPassword:
            return Refused;
        case DealerCertificate::Error::InvalidInput:
            return Usage;
        default:
            return Failed;
        }
    }
    out() << QCoreApplication::translate("vitrine::cli",
                                         "Made a self-signed certificate for \"%1\" in %2.")
                 .arg(made->commonName, options.nssDir)
          << Qt::endl;
    out() << QCoreApplication::translate(
                 "vitrine::cli",
                 "It is meant for a demo or a test: a dealer imports its real certificate "
                 "instead (see packaging/dealer-certificate.md).")
          << Qt::endl;
    if (options.password.isEmpty()) {
        out() << QCoreApplication::translate(
                     "vitrine::cli",
                     "The certificate database has no password: anyone who can read the folder "
                     "can sign as this dealer.")
              << Qt::endl;
    }
    out() << Qt::endl;
    printCertificate(*made);
    return Ok;
}

int certShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vitrine::cli", "Shows the dealer certificate the kiosk signs with."));
    addCommonOptions(parser);
    if (!parse(parser, args, 0))
        return Usage;
    const std::optional<QByteArray> password = nssPassword(parser);
    if (!password)
        return Usage;
    DealerCertificate::Error error = DealerCertificate::Error::None;
    QString message;
    const auto found = DealerCertificate::read(parser.value(QStringLiteral("nss-dir")),
                                               nicknameOf(parser), *password, &error, &message);
    if (!found) {
        err() << message << Qt::endl;
        return error == DealerCertificate::Error::DatabaseError ? Failed : Refused;
    }
    printCertificate(*found);
    return Ok;
}

} // namespace

int cert(const QStringList &args)
{
    // args: program, subcommand, options...
    const QString sub = args.size() > 1 ? args[1] : QString();
    QStringList rest = args;
    if (rest.size() > 1)
        rest.removeAt(1);
    if (sub == u"init")
        return certInit(rest);
    if (sub == u"show")
        return certShow(rest);
    err() << QCoreApplication::translate(
                 "vitrine::cli",
                 "Usage: vitrine-cli cert init --nss-dir DIR --name NAME [--force]\n"
                 "       vitrine-cli cert show --nss-dir DIR")
          << Qt::endl;
    return Usage;
}

int sign(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("vitrine::cli", "Signs a PDF with the dealer's certificate."));
    addCommonOptions(parser);
    parser.addOption(
        {QStringLiteral("invisible"),
         QCoreApplication::translate("vitrine::cli", "Sign without drawing a stamp.")});
    parser.addOption({QStringLiteral("reason"),
                      QCoreApplication::translate("vitrine::cli", "The signature's reason."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("location"),
                      QCoreApplication::translate("vitrine::cli", "The signature's location."),
                      QStringLiteral("TEXT")});
    parser.addPositionalArgument(QStringLiteral("IN.pdf"),
                                 QCoreApplication::translate("vitrine::cli", "The PDF to sign."));
    parser.addPositionalArgument(
        QStringLiteral("OUT.pdf"),
        QCoreApplication::translate("vitrine::cli", "The signed PDF to write."));
    if (!parse(parser, args, 2))
        return Usage;
    const std::optional<QByteArray> password = nssPassword(parser);
    if (!password)
        return Usage;
    const QString in = parser.positionalArguments().at(0);
    const QString outPath = parser.positionalArguments().at(1);
    if (!QFile::exists(in)) {
        err() << QCoreApplication::translate("vitrine::cli", "The file %1 does not exist.").arg(in)
              << Qt::endl;
        return Failed;
    }
    SignOptions options;
    options.visible = !parser.isSet(QStringLiteral("invisible"));
    options.reason = parser.value(QStringLiteral("reason"));
    options.location = parser.value(QStringLiteral("location"));
    const PdfSigner signer(parser.value(QStringLiteral("nss-dir")), nicknameOf(parser), *password);
    QString error;
    if (!signer.sign(in, outPath, options, &error)) {
        err() << error << Qt::endl;
        return Failed;
    }
    out() << QCoreApplication::translate("vitrine::cli", "Signed %1 as %2.")
                 .arg(displayFileName(in), displayFileName(outPath))
          << Qt::endl;
    return Ok;
}

} // namespace vitrine::cli
