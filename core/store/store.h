// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's encrypted store: what it keeps of cars, reviews and issued sheets, its settings,
// and an audit trail chained so that a row changed behind its back shows.

#pragma once

#include "clock.h"
#include "keyderivation.h"
#include "sqlitedb.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace vitrine {

/** Why a Store call failed: a code to act on and a message to show (already translated). */
struct StoreError
{
    enum class Code {
        None,
        /** The passphrase (with these KdfParams) does not decrypt the database. */
        WrongPassphrase,
        /** The file is not a Vitrine database (plain SQLite, another program's, or garbage). */
        NotADatabase,
        /** The database was written by a newer Vitrine whose schema this build cannot read. */
        NewerSchema,
        /** The database file could not be created or read from the file system. */
        FileError,
        /** Argon2id could not run (usually: not enough memory for KdfParams::memLimit). */
        KeyDerivationFailed,
        /** The caller passed something the store refuses to keep (e.g. a malformed SHA-256). */
        InvalidInput,
        /** SQLite failed; the message carries SQLite's own words. */
        DatabaseError,
        /** A row with the same unique key is kept already (e.g. a sheet's verification code). */
        AlreadyExists,
        /**
         * The file is the store's but damaged (SQLITE_CORRUPT, a failed integrity check, a
         * zeroed first page, or an empty file): restore the backup. Never a wrong passphrase.
         * A damaged store is refused for writing.
         */
        Damaged,
    };

    Code code = Code::None;
    QString message;
};

/**
 * What the kiosk keeps about one imported log: counts and periods, never a raw record.
 * Times are UTC; an invalid QDateTime means "absent".
 */
struct ImportRecord
{
    qint64 id = -1;
    QString vin, make, model;
    std::optional<int> year;
    /** The imported file's SHA-256 as 64 hex digits (stored lower-case). */
    QString fileSha256;
    QString fileName;
    qint64 fileBytes = 0;
    qint64 linesTotal = 0, linesBlank = 0, linesAccepted = 0, linesRejected = 0, events = 0,
           bytes = 0;
    QDateTime observedFrom, observedTo, declaredFrom, declaredTo /* invalid when absent */;
    /** Set by the store from its clock; ignored on input. */
    QDateTime importedAt;
    /** The review's aggregates as JSON text (UTF-8). */
    QByteArray reportJson;
};

/**
 * One signed sheet the kiosk issued: what lets a printed sheet be matched to the kiosk's
 * records later. Holds no personal data of its own; times are UTC.
 */
struct SheetRecord
{
    qint64 id = -1;
    /** The verification code printed on the sheet, "K7QF-3MZD-9W" (see verificationcode.h). */
    QString code;
    /** SHA-256 of the signed PDF file as 64 hex digits (stored lower-case). */
    QString pdfSha256;
    /** The import (and so the review) the sheet was made from; absent once it was purged. */
    std::optional<qint64> importId;
    /** Set by the store from its clock; ignored on input. */
    QDateTime createdAt;
    /** The sheet's language: "fr", "de", "it" or "en". */
    QString language;
    /** How many times it was printed (markSheetPrinted). */
    int printedCount = 0;
    /** How many times it was saved on a customer's USB stick (markSheetSaved). */
    int savedCount = 0;
};

/** A sheet kept for the advisor to print later (Store::keepSheet), without its PDF. */
struct KeptSheet
{
    SheetRecord sheet;
    /** When it was kept (UTC). */
    QDateTime keptAt;
};

/** The result of walking the audit chain. */
struct AuditCheck
{
    /** True when every row's MAC and link to its predecessor hold. */
    bool ok = true;
    /** Rows read. */
    qint64 rowsChecked = 0;
    /** The first seq whose row was changed, removed or inserted; -1 when the chain is whole. */
    qint64 firstBrokenSeq = -1;
    /** What is wrong, for the log and the advisor (translated); empty when ok. */
    QString message;
};

/**
 * One schema step. Steps are applied in order, each in its own transaction together with
 * `PRAGMA user_version = version`, so a crash leaves the database at a whole version. To change
 * the schema, append a step to the list in store.cpp; never edit a step that has shipped.
 */
struct Migration
{
    int version;
    const char *sql;
};

/** Audit trail action names the kiosk uses. */
struct AuditAction
{
    static constexpr const char *Open = "open";
    static constexpr const char *Import = "import";
    static constexpr const char *View = "view";
    static constexpr const char *Print = "print";
    static constexpr const char *Purge = "purge";
    /** A signed sheet was issued (recordSheet). */
    static constexpr const char *Sheet = "sheet";
    /** A sheet was checked (recordVerification). */
    static constexpr const char *Verify = "verify";
    /** A sheet was saved on the customer's USB stick (markSheetSaved). */
    static constexpr const char *Save = "save";
    /** A sheet was kept for the advisor to print later (keepSheet). */
    static constexpr const char *Keep = "keep";
};

/**
 * The kiosk's encrypted store: SQLCipher keyed with an Argon2id-derived raw key.
 *
 * The passphrase's key is derived with the database's own salt, which is SQLCipher's file
 * salt (the first 16 bytes of the file), so nothing secret and nothing extra is stored beside
 * the database. Not thread-safe: one Store per thread.
 */
class Store
{
public:
    /**
     * A sheet kept for the advisor and never printed is deleted after this many days
     * (purgeKeptSheets): long enough to print it once the printer is mended, even after a
     * weekend; short, since it carries the customer's car, choices and signature.
     */
    static constexpr int kKeptSheetDays = 7;

    /** Called between the statements of addImport with the step just written. */
    using WriteObserver = std::function<void(const char *step)>;
    /** Called once, on the thread that found it, when the store is first found damaged. */
    using DamageObserver = std::function<void()>;

    /**
     * Opens the database at path, creating it (mode 0600) when missing, and brings its schema
     * up to date. Records an "open" audit row.
     *
     * @param clock stamps every row; must outlive the Store.
     * @param params Argon2id cost. A database must be opened with the parameters it was made
     *        with; others derive another key and read as a wrong passphrase.
     * @return nullptr on failure, with *error (if given) saying why. A wrong passphrase, a
     *         foreign file or a newer schema leave the file untouched.
     */
    static std::unique_ptr<Store> open(const QString &path, QByteArrayView passphrase,
                                       const Clock &clock, StoreError *error,
                                       KdfParams params = KdfParams::moderate());

    /**
     * As open() above, with an explicit migration list instead of the built-in one, so tests
     * can make an older or a newer database. Production code uses the overload above.
     */
    static std::unique_ptr<Store> open(const QString &path, QByteArrayView passphrase,
                                       const Clock &clock, StoreError *error, KdfParams params,
                                       std::span<const Migration> migrations);

    /** The built-in schema steps, oldest first. */
    static std::span<const Migration> migrations();

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /**
     * Keeps one import in a single transaction: upserts the vehicle, inserts the import
     * (importedAt from the clock) and its review, and appends an "import" audit row.
     * @return the new import id, or -1 with *error set; on failure nothing is kept.
     */
    qint64 addImport(ImportRecord rec, StoreError *error);

    /**
     * The car's imports, newest first, each with its file's full SHA-256 and its report.
     *
     * Every reader below (history, findImport, previousReview, findSheetBy*, keptSheets,
     * keptSheetPdf, setting) sets *error when the store could not be read: an empty list or
     * nullopt with error->code == None means "none kept", anything else means "unknown".
     */
    QList<ImportRecord> history(const QString &vin, StoreError *error = nullptr);

    /**
     * The car's import of the file with this SHA-256, if it was imported before: the same
     * file is the same visit, so the CLI and the kiosk keep it only once.
     */
    std::optional<ImportRecord> findImport(const QString &vin, const QString &fileSha256,
                                           StoreError *error = nullptr);

    /**
     * The previous review of a log, for "new since your last visit" (docs/store.md): the car's
     * review whose log ends latest before this log ends (\a observedTo, its last record), made
     * from another file than \a fileSha256. Of reviews whose logs end at the same instant, the
     * one imported last. Reviews of logs without records are never the previous one; a log
     * without records (invalid \a observedTo) compares with the car's latest-ending review.
     * So an old file imported again is compared with what came before it, never with a newer
     * visit, and the same file is never its own previous review. nullopt when there is none.
     */
    std::optional<ImportRecord> previousReview(const QString &vin, const QDateTime &observedTo,
                                               const QString &fileSha256,
                                               StoreError *error = nullptr);

    /**
     * Retention: deletes imports and reviews older than days (per the clock) and vehicles left
     * without an import, then appends a "purge" audit row with the counts.
     * @return the number of imports deleted, or -1 with *error set.
     */
    int purgeOlderThan(int days, StoreError *error = nullptr);

    /**
     * Keeps a signed sheet in a single transaction with a "sheet" audit row (subject: the car's
     * pseudonym; detail: code, language and the PDF's SHA-256).
     * @return the sheet's id, or -1 with *error set: InvalidInput for a code that is not one, a
     *         malformed SHA-256, an unknown language or an import that does not exist;
     *         AlreadyExists when the code is taken (draw a new one and retry).
     */
    qint64 recordSheet(SheetRecord sheet, StoreError *error);

    /** The sheet with this verification code (typed in any case, with or without dashes). */
    std::optional<SheetRecord> findSheetByCode(const QString &code, StoreError *error = nullptr);

    /** The sheet whose signed PDF has this SHA-256 (64 hex digits, any case). */
    std::optional<SheetRecord> findSheetBySha256(const QString &pdfSha256,
                                                 StoreError *error = nullptr);

    /**
     * Counts one more print of the sheet and appends a "print" audit row with its code; a
     * copy kept for printing (keepSheet) is removed in the same step.
     * @return false with *error set when there is no such sheet or the write failed.
     */
    bool markSheetPrinted(const QString &code, StoreError *error = nullptr);

    /**
     * Counts one more copy of the sheet saved on a customer's USB stick and appends a "save"
     * audit row with its code.
     * @return false with *error set when there is no such sheet or the write failed.
     */
    bool markSheetSaved(const QString &code, StoreError *error = nullptr);

    /**
     * Keeps the signed PDF of a recorded sheet in the (encrypted) store for the advisor to
     * print later, with a "keep" audit row. \a pdf must be the very file recorded (its
     * SHA-256 is checked). Keeping a kept sheet again changes nothing. markSheetPrinted
     * removes the copy; purgeKeptSheets removes those never printed.
     * @return false with *error set (InvalidInput: no such sheet, or not its file).
     */
    bool keepSheet(const QString &code, const QByteArray &pdf, StoreError *error = nullptr);

    /** The sheets kept for printing, newest first (without their PDFs). */
    QList<KeptSheet> keptSheets(StoreError *error = nullptr);

    /** The kept PDF of the sheet with this code; nullopt when none is kept. */
    std::optional<QByteArray> keptSheetPdf(const QString &code, StoreError *error = nullptr);

    /**
     * Deletes the kept PDFs older than \a days (per the clock; see kKeptSheetDays), their
     * sheets' records staying; appends a "purge" audit row when it deleted any.
     * @return how many were deleted, or -1 with *error set.
     */
    int purgeKeptSheets(int days, StoreError *error = nullptr);

    /**
     * Appends a "verify" audit row: the code checked (empty when the sheet carried none), the
     * outcome in a word (e.g. "genuine", "altered") and the checked file's SHA-256.
     */
    bool recordVerification(const QString &code, const QString &outcome, const QString &fileSha256,
                            StoreError *error = nullptr);

    /**
     * Appends one row to the audit trail (see AuditAction for the names used).
     * @return false with *error set when the row could not be written.
     */
    bool appendAudit(const QString &action, const QString &subject, const QString &detail,
                     StoreError *error = nullptr);

    /** A setting of the kiosk (e.g. "advisor_pin_hash"); nullopt when never set. */
    std::optional<QByteArray> setting(const QString &key, StoreError *error = nullptr);

    /** Sets a setting in its own transaction; false with *error set on failure. */
    bool setSetting(const QString &key, const QByteArray &value, StoreError *error = nullptr);

    /**
     * The audit trail's name for a car: a keyed pseudonym of the VIN (16 hex digits), so the
     * trail, which outlives the retention period, never keeps a VIN in any form one could read
     * without the kiosk's passphrase.
     */
    QString auditSubjectFor(const QString &vin) const;

    /** Walks the audit chain and reports the first row that does not verify. */
    AuditCheck verifyAudit();

    /** The schema version (PRAGMA user_version); -1 on error. */
    int schemaVersion();

    /** SQLite's PRAGMA integrity_check: "ok" when the file is sound, else its findings. */
    QString integrityCheck();

    /**
     * Testing seam: observer is called inside addImport's transaction after each statement,
     * with "vehicle", "import", "review" and "audit" in that order, so a test can kill the
     * process mid-write. Pass nullptr to remove it. Production code does not set one.
     */
    void setWriteObserver(WriteObserver observer);

    /**
     * Tells observer when a read or a write first finds the store damaged after it opened, so
     * the kiosk can tell the advisor whichever screen met the damage. Pass nullptr to remove it.
     */
    void setDamageObserver(DamageObserver observer);

    /** True once the store was found damaged: it is then only read, never written again. */
    bool isDamaged() const { return m_damaged; }

    /** The database file's path. */
    QString path() const { return m_path; }

private:
    Store(SqliteDb db, const Clock &clock, QString path);

    void appendAuditInTransaction(const QString &action, const QString &subject,
                                  const QString &detail);
    /** HMAC-SHA-256 with the audit key, as hex: the one MAC behind the chain and the pseudonyms. */
    QByteArray auditHmacHex(const QByteArray &message) const;
    QByteArray auditMac(const QByteArray &prevHash, qint64 seq, const QString &at,
                        const QString &action, const QString &subject, const QString &detail) const;
    void notify(const char *step);
    /** Sets *error from a caught exception; SQLITE_CORRUPT marks the store damaged. */
    void fail(StoreError *error, const std::exception &e);
    /** False with *error = Damaged once the store was found damaged: nothing more is written. */
    bool writable(StoreError *error) const;

    SqliteDb m_db;
    const Clock &m_clock;
    QString m_path;
    /** Derived from the database key, never stored: the MAC key of the audit chain. */
    SecretKey m_auditKey;
    WriteObserver m_observer;
    DamageObserver m_damageObserver;
    /** Set on the first SQLITE_CORRUPT: a damaged file is only read, never written again. */
    std::atomic_bool m_damaged = false;
};

} // namespace vitrine
