// SPDX-License-Identifier: GPL-3.0-or-later
// The letters a customer may send to recipients to ask what data they hold (art. 25 FADP),
// ready to print, sign and post after the review.

#pragma once

#include "sheetlayout.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

class QIODevice;

namespace vitrine {

class Catalogue;
class Summary;
struct SheetChoice;

/** What the information request letters (art. 25 FADP) are written from. */
struct LetterInput
{
    QString lang = QStringLiteral("fr"); ///< "fr", "de", "it" or "en"
    const Summary *summary = nullptr;
    const Catalogue *catalogue = nullptr; ///< the built-in catalogue when null
    /**
     * The recipients to write to: "org:ID" (as SheetChoice::recipientId), a catalogue id, or a
     * host the catalogue knows. Only organisations of the catalogue that the log names get a
     * letter; the others are reported as skipped.
     */
    QStringList recipients;
    /** Every organisation of the catalogue that the log names, besides those listed. */
    bool all = false;
    /**
     * The VIN in full. By default the letter shows it masked, with a line for the customer to
     * write it in by hand: the sheet of paper may lie about before it is sent.
     */
    bool fullVin = false;
};

/** Why a recipient that was asked for gets no letter. */
enum class LetterSkip {
    UnknownRecipient, ///< not an organisation of the catalogue: no addressee known
    NotInLog,         ///< an organisation of the catalogue, but the log names no data with it
};

struct SkippedRecipient
{
    QString id; ///< as asked for, or the host of an unknown recipient of the log
    LetterSkip reason = LetterSkip::UnknownRecipient;
};

/** What writeRequestLetters() wrote. */
struct LetterResult
{
    int pages = 0;
    QStringList written;         ///< "org:ID" of each letter, in the order of the PDF
    std::vector<int> firstPages; ///< the page (from 0) each letter starts on
    std::vector<SkippedRecipient> skipped;
};

/** The recipients the customer ticked "Ask for a copy" for on the Choices card. */
QStringList copyRequests(const QList<SheetChoice> &choices);

/** Why a recipient got no letter, in a few words of the installed language. */
QString skipReason(LetterSkip reason);

/**
 * Writes one information request letter (art. 25 FADP) per chosen recipient into one PDF (A4,
 * in \a in.lang, the sheet's fonts embedded), each letter starting on a new page. The
 * customer's name, address, place, date and signature are left blank to fill in by hand: the
 * kiosk does not know them. Installs \a in.lang for the time of the writing and puts back the
 * language that was installed, so it runs on the main thread only; needs a QGuiApplication.
 * Returns the number of pages, or 0 with \a error set (also when no recipient gets a letter:
 * \a result then still lists the skipped ones). \a report receives every item placed.
 */
int writeRequestLetters(const LetterInput &in, QIODevice *out, QString *error,
                        LetterResult *result = nullptr, SheetLayoutReport *report = nullptr);

/**
 * writeRequestLetters() into the file at \a path, atomically and owner read/write only, like
 * writeSheetFile().
 */
int writeRequestLettersFile(const LetterInput &in, const QString &path, QString *error,
                            LetterResult *result = nullptr, SheetLayoutReport *report = nullptr);

} // namespace vitrine
