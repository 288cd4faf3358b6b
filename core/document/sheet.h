// SPDX-License-Identifier: GPL-3.0-or-later
// The privacy review sheet: the signed PDF the customer takes home, saying what the car shared,
// with whom, and what the customer chose.

#pragma once

#include "comparison.h"
#include "sheetlayout.h"

#include <QDateTime>
#include <QList>
#include <QPainterPath>
#include <QString>

class QIODevice;

namespace vitrine {

class Catalogue;
class Summary;

/** What the customer chose for one recipient on the "Your choices" card. */
struct SheetChoice
{
    QString recipientId; ///< as RecipientSummary::id ("org:ID" or the host)
    QString recipientName;
    bool switchOff = false;
    bool askDelete = false;
    bool askCopy = false;
};

/**
 * A handwritten signature: the strokes already scaled into a box 1 wide and \a aspect high
 * (y down), as the kiosk's signature pad hands them over. Empty ink leaves the box blank.
 */
struct SheetSignature
{
    QPainterPath ink;
    qreal aspect = 0.35;
};

/** Everything the privacy review sheet shows. */
struct SheetInput
{
    QString lang = QStringLiteral("fr"); ///< "fr", "de", "it" or "en"
    QString dealerName;
    QString dealerAddress; ///< may hold several lines
    QDateTime createdAt;
    const Summary *summary = nullptr;
    const Catalogue *catalogue = nullptr;
    /**
     * Its historyKnown is false when no record of earlier visits was consulted (a sheet made
     * without the kiosk's store, or one it could not read): the sheet then says it cannot tell
     * what changed, instead of "first review".
     */
    Comparison comparison;
    QList<SheetChoice> choices;
    SheetSignature customer;
    SheetSignature advisor;
    QString advisorName;
    /** Printed grouped for reading (formatVerificationCode) and encoded as is in the QR code. */
    QString verificationCode;
};

/**
 * A verification code grouped for reading aloud: letters and digits in groups of four joined
 * by hyphens ("K7QD-M2XA-93FE"). A code that already holds other characters stays as given.
 */
QString formatVerificationCode(const QString &code);

/** A SHA-256 in hex, in groups of four for reading and comparing by eye. */
QString formatFingerprint(const QString &hex);

/**
 * Writes the privacy review sheet as a PDF (A4, in \a in.lang, fonts embedded, vector
 * drawing) to \a out, which must be open for writing. Installs \a in.lang for the time of the
 * writing and puts back the language that was installed, so it runs on the main thread only.
 * Needs a QGuiApplication (the offscreen platform will do). Returns the number of pages, or 0
 * with \a error set. \a report, when given, receives every item placed, for the layout checks.
 */
int writeSheet(const SheetInput &in, QIODevice *out, QString *error,
               SheetLayoutReport *report = nullptr);

/**
 * writeSheet() into the file at \a path, atomically: a temporary file in the same folder
 * (owner read/write only) renamed over \a path once complete.
 */
int writeSheetFile(const SheetInput &in, const QString &path, QString *error,
                   SheetLayoutReport *report = nullptr);

} // namespace vitrine
