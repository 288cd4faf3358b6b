// SPDX-License-Identifier: GPL-3.0-or-later
// How a review becomes a sheet's input and a signed sheet a record: the dealer read from the
// settings, the signatures scaled, the PDF fingerprinted.

#include "sheetassembly.h"

#include "catalogue.h"
#include "signature.h"

namespace vitrine {

namespace {

// The setting's text; empty when absent, or when an earlier read of this call failed.
QString settingText(Store &store, const char *key, StoreError &error)
{
    if (error.code != StoreError::Code::None)
        return {};
    const std::optional<QByteArray> value = store.setting(QString::fromLatin1(key), &error);
    return value ? QString::fromUtf8(*value).trimmed() : QString();
}

} // namespace

SheetDealer dealerFromSettings(Store &store, const QString &fallbackName, StoreError *error)
{
    StoreError readError;
    SheetDealer dealer;
    dealer.name = settingText(store, SheetSettings::DealerName, readError);
    dealer.address = settingText(store, SheetSettings::DealerAddress, readError);
    if (readError.code != StoreError::Code::None)
        dealer = SheetDealer{};
    if (dealer.name.isEmpty())
        dealer.name = fallbackName.trimmed();
    if (error)
        *error = readError;
    return dealer;
}

SheetSignature sheetSignature(const Signature &signature)
{
    SheetSignature out;
    out.aspect = signature.aspect();
    out.ink = signature.path(QRectF(0, 0, 1, signature.aspect()));
    return out;
}

SheetInput assembleSheetInput(const SheetReview &review, const SheetDealer &dealer,
                              const QString &advisorName, const QString &lang,
                              const QDateTime &createdAt, const QString &verificationCode)
{
    SheetInput in;
    in.lang = lang;
    in.dealerName = dealer.name;
    in.dealerAddress = dealer.address;
    in.createdAt = createdAt;
    in.summary = review.summary;
    in.catalogue = review.catalogue ? review.catalogue : &Catalogue::builtIn();
    in.comparison = review.comparison;
    in.choices = review.choices;
    if (review.customer)
        in.customer = sheetSignature(*review.customer);
    if (review.advisor)
        in.advisor = sheetSignature(*review.advisor);
    in.advisorName = advisorName;
    in.verificationCode = verificationCode;
    return in;
}

qint64 recordIssuedSheet(Store &store, const QString &code, const QString &signedPdf,
                         std::optional<qint64> importId, const QString &lang, StoreError *error)
{
    SheetRecord record;
    record.code = code;
    // Store::recordSheet refuses an empty or malformed fingerprint, so a file that cannot be
    // read is reported by the store rather than kept with a wrong one.
    record.pdfSha256 = fileSha256(signedPdf);
    record.importId = importId;
    record.language = lang;
    return store.recordSheet(record, error);
}

} // namespace vitrine
