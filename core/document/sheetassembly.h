// SPDX-License-Identifier: GPL-3.0-or-later
// The one place where the kiosk and the command line gather a review, the dealer and the
// signatures into a sheet, and record the sheet once it is issued.

#pragma once

#include "comparison.h"
#include "filehash.h"
#include "sheet.h"
#include "store.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vitrine {

class Catalogue;
class Signature;
class Summary;

/** The store settings that name the dealer on the sheet and the printer it goes to. */
struct SheetSettings
{
    /** The dealer's name as the sheet prints it (UTF-8); else the certificate's name. */
    static constexpr const char *DealerName = "dealer_name";
    /** The dealer's address, lines separated by "\n" (UTF-8); none when absent. */
    static constexpr const char *DealerAddress = "dealer_address";
    /** The CUPS queue sheets are printed on (UTF-8); the system's default when absent. */
    static constexpr const char *PrinterQueue = "printer_queue";
};

/** Who issues the sheet: printed at its top. */
struct SheetDealer
{
    QString name;
    QString address;
};

/**
 * The dealer as the store's settings name it (SheetSettings), each part empty when unset;
 * \a fallbackName (the signing certificate's name) stands in for a missing name. When the
 * settings cannot be read, *error says why and only the fallback name is given.
 */
SheetDealer dealerFromSettings(Store &store, const QString &fallbackName = {},
                               StoreError *error = nullptr);

/** One review, as the kiosk or the command line holds it, for its sheet. */
struct SheetReview
{
    const Summary *summary = nullptr;
    const Catalogue *catalogue = nullptr; ///< the built-in catalogue when null
    /**
     * What is new since the previous review of the car (compareWithPreviousReview; empty: first
     * visit or not known).
     */
    Comparison comparison;
    QList<SheetChoice> choices;
    /** The handwritten signatures; null leaves the box blank (a draft, the command line). */
    const Signature *customer = nullptr;
    const Signature *advisor = nullptr;
};

/** A signature pad's strokes as the sheet draws them: in a box 1 wide, aspect() high. */
SheetSignature sheetSignature(const Signature &signature);

/**
 * Everything the sheet shows, from a review: the one place where the kiosk and the command
 * line put a SheetInput together. The summary, the catalogue and the comparison are only
 * pointed at or copied; \a review's summary must outlive the returned input.
 */
SheetInput assembleSheetInput(const SheetReview &review, const SheetDealer &dealer,
                              const QString &advisorName, const QString &lang,
                              const QDateTime &createdAt, const QString &verificationCode);

/**
 * Keeps a signed sheet in the store (Store::recordSheet) with its file's fingerprint, so a
 * printed or checked copy can be matched to it later.
 * @return the sheet's id, or -1 with *error set (AlreadyExists: draw a new code, write again).
 */
qint64 recordIssuedSheet(Store &store, const QString &code, const QString &signedPdf,
                         std::optional<qint64> importId, const QString &lang, StoreError *error);

} // namespace vitrine
