// SPDX-License-Identifier: GPL-3.0-or-later
// vitrine-cli verify: is a sheet genuine? Its digital signature, signer, time and coverage,
// and (with --db) its verification code against the kiosk's records.

#include "cli.h"

#include "clock.h"
#include "dealercertificate.h"
#include "pdfsigner.h"
#include "store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimeZone>

namespace vitrine::cli {

namespace {

void line(const QString &label, const QString &value)
{
    out() << label << QStringLiteral(" ") << value << Qt::endl;
}

QString recordText(const SignatureCheck &check)
{
    switch (check.record) {
    case SignatureCheck::RecordMatch::NotChecked:
        return QCoreApplication::translate(
            "vitrine::cli", "not checked (give --db to look it up in the kiosk's records)");
    case SignatureCheck::RecordMatch::Found:
        return QCoreApplication::translate("vitrine::cli", "found in the kiosk's records");
    case SignatureCheck::RecordMatch::NotFound:
        return QCoreApplication::translate("vitrine::cli", "not found in the kiosk's records");
    case SignatureCheck::RecordMatch::Mismatch:
        return QCoreApplication::translate("vitrine::cli", "issued for another file");
    }
    return {};
}

} // namespace

int verify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "vitrine::cli", "Checks that a privacy review sheet is genuine."));
    parser.addOption({QStringLiteral("nss-dir"),
                      QCoreApplication::translate(
                          "vitrine::cli", "The folder of the kiosk's certificate database (NSS)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate(
                          "vitrine::cli", "The encrypted store's file, to match the sheet's "
                                          "verification code against its records."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("passphrase-file"),
                      QCoreApplication::translate(
                          "vitrine::cli", "A file whose first line is the store's passphrase (else "
                                          "VITRINE_PASSPHRASE, or asked)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("code"),
         QCoreApplication::translate(
             "vitrine::cli", "The verification code as printed on the paper sheet (else the one "
                             "in the file)."),
         QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("vitrine::cli", "Language of the messages."),
                      QStringLiteral("fr|de|it|en")});
    parser.addPositionalArgument(
        QStringLiteral("SHEET.pdf"),
        QCoreApplication::translate("vitrine::cli", "The sheet to check."));
    parser.addHelpOption();
    if (!parser.parse(args) || parser.value(QStringLiteral("nss-dir")).isEmpty() ||
        parser.positionalArguments().size() != 1 ||
        (parser.isSet(QStringLiteral("passphrase-file")) && !parser.isSet(QStringLiteral("db")))) {
        err() << (parser.errorText().isEmpty() ? parser.helpText() : parser.errorText())
              << Qt::endl;
        return Usage;
    }
    if (setLanguage(parser.value(QStringLiteral("lang"))).isEmpty())
        return Usage;
    const QString path = parser.positionalArguments().constFirst();
    const QString nssDir = parser.value(QStringLiteral("nss-dir"));
    if (!DealerCertificate::hasDatabase(nssDir)) {
        err() << QCoreApplication::translate("vitrine::cli",
                                             "There is no certificate database in %1.")
                     .arg(nssDir)
              << Qt::endl;
        return Failed;
    }

    // The store first: a wrong passphrase is found before the sheet is looked at.
    SystemClock clock;
    std::unique_ptr<Store> store;
    if (parser.isSet(QStringLiteral("db"))) {
        QString why;
        QByteArray secret =
            parser.isSet(QStringLiteral("passphrase-file"))
                ? secretFromFile(parser.value(QStringLiteral("passphrase-file")), &why)
                : passphrase(&why);
        if (secret.isEmpty()) {
            err() << why << Qt::endl;
            return Failed;
        }
        StoreError error;
        store = Store::open(parser.value(QStringLiteral("db")), secret, clock, &error);
        secret.fill('\0');
        if (!store) {
            err() << QCoreApplication::translate("vitrine::cli", "%1: %2")
                         .arg(parser.value(QStringLiteral("db")), error.message)
                  << Qt::endl;
            return Failed;
        }
    }

    const PdfVerifier verifier(nssDir);
    SignatureCheck check = verifier.check(path);
    if (store) {
        StoreError error;
        if (!PdfVerifier::matchRecords(check, *store, parser.value(QStringLiteral("code")), &error))
            err() << (check.record == SignatureCheck::RecordMatch::NotChecked
                          ? QCoreApplication::translate("vitrine::cli",
                                                        "The kiosk's records could not be read: %1")
                          : QCoreApplication::translate(
                                "vitrine::cli",
                                "The check could not be written to the audit trail: %1"))
                         .arg(error.message)
                  << Qt::endl;
    }

    line(QCoreApplication::translate("vitrine::cli", "Sheet:"), path);
    if (!check.readable) {
        err() << check.readError << Qt::endl;
        line(QCoreApplication::translate("vitrine::cli", "Verdict:"), check.verdict());
        return Failed;
    }
    line(QCoreApplication::translate("vitrine::cli", "Signature:"), check.signatureText());
    if (check.present) {
        line(QCoreApplication::translate("vitrine::cli", "Signer:"),
             check.signerName.isEmpty() ? QCoreApplication::translate("vitrine::cli", "unknown")
                                        : QCoreApplication::translate("vitrine::cli", "%1 (%2)")
                                              .arg(check.signerName, check.signerSubject));
        line(QCoreApplication::translate("vitrine::cli", "Signed on:"),
             check.signingTime.isValid()
                 ? QCoreApplication::translate("vitrine::cli", "%1 (Swiss time)")
                       .arg(check.signingTime.toTimeZone(QTimeZone("Europe/Zurich"))
                                .toString(QStringLiteral("dd.MM.yyyy HH:mm")))
                 : QCoreApplication::translate("vitrine::cli", "unknown"));
        line(QCoreApplication::translate("vitrine::cli", "Certificate:"), check.certificateText());
        line(QCoreApplication::translate("vitrine::cli", "Coverage:"), check.coverageText());
    }
    if (!check.verificationCode.isEmpty()) {
        line(QCoreApplication::translate("vitrine::cli", "Verification code:"),
             QCoreApplication::translate("vitrine::cli", "%1, %2")
                 .arg(check.verificationCode, recordText(check)));
    } else if (check.sheet) {
        line(QCoreApplication::translate("vitrine::cli", "Verification code:"),
             QCoreApplication::translate(
                 "vitrine::cli",
                 "none on the sheet; the file is the sheet %1 in the kiosk's records")
                 .arg(check.sheet->code));
    } else {
        line(QCoreApplication::translate("vitrine::cli", "Verification code:"),
             QCoreApplication::translate("vitrine::cli", "none found on the sheet"));
    }
    out() << Qt::endl;
    line(QCoreApplication::translate("vitrine::cli", "Verdict:"), check.verdict());
    return check.isGenuine() ? Ok : Refused;
}

} // namespace vitrine::cli
