// SPDX-License-Identifier: GPL-3.0-or-later
// A thin C++ wrapper over SQLite (SQLCipher) that throws on failure, so that a failed statement
// inside a transaction rolls it back without a check at every call.

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

struct sqlite3;
struct sqlite3_stmt;

namespace vitrine {

/**
 * A failed SQLite call. Carries SQLite's own result code and message so that the caller can
 * tell "wrong key" (SQLITE_NOTADB) from "disk full" and the log says what SQLite said.
 *
 * The wrapper throws so that a failed statement inside a Transaction unwinds and rolls back
 * without every call site checking a return code; Store catches at its public boundary.
 */
class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const std::string &message);
    /** SQLite's primary result code (extended codes are reduced to the primary one). */
    int code() const { return m_code; }
    /** SQLite's message, as text. */
    QString message() const { return QString::fromUtf8(what()); }

private:
    int m_code;
};

/**
 * An open SQLite (SQLCipher) connection. Owns the sqlite3 handle and closes it on destruction.
 * Move-only: a connection has exactly one owner.
 */
class SqliteDb
{
public:
    /** How long a connection waits for another process's lock before SQLITE_BUSY. */
    static constexpr int kBusyTimeoutMs = 10000;

    SqliteDb() = default;
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;
    SqliteDb(SqliteDb &&other) noexcept;
    SqliteDb &operator=(SqliteDb &&other) noexcept;

    /**
     * Opens an existing database file. Never creates one: the store creates the file itself,
     * with owner-only permissions, before SQLite touches it.
     * @throws SqliteError when SQLite cannot open the file.
     */
    static SqliteDb open(const QString &path);

    /**
     * Gives SQLCipher its key (sqlite3_key). Takes the key text as bytes so the caller can wipe
     * its buffer afterwards; this wrapper keeps no copy.
     * @throws SqliteError when SQLCipher refuses the key.
     */
    void setKey(QByteArrayView keySpec);

    /**
     * Runs one or more SQL statements that return no rows worth reading.
     * @throws SqliteError with SQLite's message on the first failing statement.
     */
    void exec(const char *sql);

    /** Runs a query that returns one integer (e.g. a PRAGMA) and returns it. */
    qint64 queryInt(const char *sql);

    /** The rowid of the last successful INSERT on this connection. */
    qint64 lastInsertRowId() const;

    /** Rows changed by the last INSERT, UPDATE or DELETE. */
    int changes() const;

    /** True while a transaction is open on this connection. */
    bool inTransaction() const;

    /** The raw handle, for the statement class and for calls this wrapper does not cover. */
    sqlite3 *handle() const { return m_db; }

    /** True when a connection is open. */
    bool isOpen() const { return m_db != nullptr; }

    /** Closes the connection now (the destructor does the same). */
    void close();

    /** Throws SqliteError built from this connection's last error when rc is not OK/ROW/DONE. */
    void check(int rc) const;

private:
    explicit SqliteDb(sqlite3 *db)
        : m_db(db)
    {}
    sqlite3 *m_db = nullptr;
};

/**
 * A prepared statement. Finalized on destruction. Parameter indexes are 1-based and column
 * indexes 0-based, as in SQLite's C API, so that the SQL text and the code read the same.
 */
class SqliteStatement
{
public:
    /**
     * Prepares one statement.
     * @throws SqliteError with SQLite's message when the SQL does not compile.
     */
    SqliteStatement(SqliteDb &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /** Binds a 64-bit integer. */
    SqliteStatement &bindInt64(int index, qint64 value);
    /** Binds text as UTF-8; a null QString binds SQL NULL. */
    SqliteStatement &bindText(int index, const QString &value);
    /** Binds a blob; the bytes are copied by SQLite. */
    SqliteStatement &bindBlob(int index, QByteArrayView value);
    /** Binds SQL NULL. */
    SqliteStatement &bindNull(int index);
    /** Binds an optional integer: NULL when empty. */
    SqliteStatement &bindOptionalInt64(int index, std::optional<qint64> value);

    /**
     * Steps once.
     * @return true when a row is available, false when the statement is done.
     * @throws SqliteError on any other result.
     */
    bool step();

    /** Resets the statement for another run and clears its bindings. */
    void reset();

    /** Number of columns in the result. */
    int columnCount() const;
    /** True when the column holds SQL NULL. */
    bool isNull(int column) const;
    /** The column as a 64-bit integer. */
    qint64 columnInt64(int column) const;
    /** The column as text (UTF-8 decoded); a null QString for SQL NULL. */
    QString columnText(int column) const;
    /** The column as bytes (a deep copy). */
    QByteArray columnBlob(int column) const;

private:
    SqliteDb &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/**
 * A write transaction guard. Begins with BEGIN IMMEDIATE so the write lock is taken up front
 * (a later lock upgrade could fail half-way); rolls back in the destructor unless commit()
 * succeeded, so an exception or an early return never leaves half a change behind.
 */
class Transaction
{
public:
    /** Begins the transaction. @throws SqliteError when the lock cannot be taken. */
    explicit Transaction(SqliteDb &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** Commits. @throws SqliteError when the commit fails (the destructor then rolls back). */
    void commit();

private:
    SqliteDb &m_db;
    bool m_done = false;
};

} // namespace vitrine
