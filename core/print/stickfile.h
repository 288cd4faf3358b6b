// SPDX-License-Identifier: GPL-3.0-or-later
// Saving a signed sheet on the customer's USB stick: whole or not at all, never over a file.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

namespace vitrine {

/** What became of saving a file on a USB stick. */
struct StickSave
{
    enum class Status {
        Saved,
        /** The stick's folder is not there (taken out before or while saving). */
        NoStick,
        /** The stick takes no files (mounted read-only, or write-protected). */
        ReadOnly,
        /** Not enough room left on the stick. */
        Full,
        /** Anything else the stick answered (an input/output error, ...). */
        Failed,
    };

    Status status = Status::Failed;
    /** The name the file was saved under (no folder): what the customer looks for. */
    QString fileName;
    /** Where it was saved. */
    QString path;
    /** The system's own words when it failed (for a log or the advisor), untranslated. */
    QString detail;

    bool isSaved() const { return status == Status::Saved; }
};

/**
 * The name of a sheet on a stick: "vitrine-sheet-2026-11-29-K7QF-3MZD-9W" (no extension), the
 * date first so that a customer's sheets sort by visit.
 */
QString stickSheetName(const QDate &date, const QString &code);

/**
 * Writes \a data into \a folder as "<baseName>.pdf", or "<baseName>-2.pdf", "-3", ... when that
 * name is taken: an existing file is never replaced. The bytes go to a hidden temporary file
 * in the same folder first (owner-only where the file system keeps modes), are flushed to the
 * stick, and only then get their name (rename without replacing), so the stick never shows a
 * half-written sheet; a failure leaves nothing behind. Blocks while the stick writes: run it
 * off the UI thread.
 */
StickSave saveOnStick(const QString &folder, const QByteArray &data, const QString &baseName);

} // namespace vitrine
