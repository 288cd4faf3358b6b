// SPDX-License-Identifier: GPL-3.0-or-later
// How the wrapper calls SQLCipher: handles owned and closed, the key passed through uncopied,
// and every failure turned into an exception with SQLite's own code and message.

#include "sqlitedb.h"

#include "opensslsetup.h"

#include <sqlcipher/sqlite3.h>

#include <utility>

namespace vitrine {

namespace {

std::string messageFor(sqlite3 *db, int rc)
{
    // Prefer the connection's message: it names the table or the constraint; sqlite3_errstr
    // only knows the code.
    if (db != nullptr && sqlite3_errcode(db) == rc)
        return sqlite3_errmsg(db);
    return sqlite3_errstr(rc);
}

} // namespace

SqliteError::SqliteError(int code, const std::string &message)
    : std::runtime_error(message)
    , m_code(code & 0xff)
{}

SqliteDb::~SqliteDb()
{
    close();
}

SqliteDb::SqliteDb(SqliteDb &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

SqliteDb &SqliteDb::operator=(SqliteDb &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

SqliteDb SqliteDb::open(const QString &path)
{
    // SQLCipher encrypts with OpenSSL: set up before its first use, without its exit clean-up.
    setUpOpenSsl();
    sqlite3 *db = nullptr;
    const QByteArray file = path.toUtf8();
    // No SQLITE_OPEN_CREATE: a missing file is an error here, so SQLite never creates a
    // database with the process umask's permissions behind the store's back.
    const int rc = sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = messageFor(db, rc);
        sqlite3_close(db); // SQLite hands back a handle even on failure; it must be closed.
        throw SqliteError(rc, message);
    }
    sqlite3_extended_result_codes(db, 0);
    // Another process (the CLI beside the kiosk, or a second first start) may hold the lock
    // for a moment: wait for it instead of failing at once with SQLITE_BUSY.
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    return SqliteDb(db);
}

void SqliteDb::setKey(QByteArrayView keySpec)
{
    check(sqlite3_key(m_db, keySpec.data(), static_cast<int>(keySpec.size())));
}

void SqliteDb::exec(const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        std::string message = error != nullptr ? error : sqlite3_errstr(rc);
        sqlite3_free(error);
        throw SqliteError(rc, message);
    }
}

qint64 SqliteDb::queryInt(const char *sql)
{
    SqliteStatement statement(*this, sql);
    if (!statement.step())
        throw SqliteError(SQLITE_ERROR, std::string("no row from: ") + sql);
    return statement.columnInt64(0);
}

qint64 SqliteDb::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDb::changes() const
{
    return sqlite3_changes(m_db);
}

bool SqliteDb::inTransaction() const
{
    return m_db != nullptr && sqlite3_get_autocommit(m_db) == 0;
}

void SqliteDb::close()
{
    if (m_db != nullptr) {
        // sqlite3_close_v2 defers the close until stray statements are finalized instead of
        // failing with SQLITE_BUSY and leaking the handle.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void SqliteDb::check(int rc) const
{
    if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw SqliteError(rc, messageFor(m_db, rc));
}

SqliteStatement::SqliteStatement(SqliteDb &db, const char *sql)
    : m_db(db)
{
    m_db.check(sqlite3_prepare_v2(m_db.handle(), sql, -1, &m_stmt, nullptr));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement &SqliteStatement::bindInt64(int index, qint64 value)
{
    m_db.check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

SqliteStatement &SqliteStatement::bindText(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    m_db.check(sqlite3_bind_text64(m_stmt, index, utf8.constData(),
                                   static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                                   SQLITE_UTF8));
    return *this;
}

SqliteStatement &SqliteStatement::bindBlob(int index, QByteArrayView value)
{
    // A zero-length blob must stay a blob, not NULL: SQLite binds NULL for a null pointer.
    static const char empty = 0;
    const char *data = value.isEmpty() ? &empty : value.data();
    m_db.check(sqlite3_bind_blob64(m_stmt, index, data, static_cast<sqlite3_uint64>(value.size()),
                                   SQLITE_TRANSIENT));
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    m_db.check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

SqliteStatement &SqliteStatement::bindOptionalInt64(int index, std::optional<qint64> value)
{
    return value ? bindInt64(index, *value) : bindNull(index);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db.check(rc);
    return false; // not reached: check() throws for every other code
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString SqliteStatement::columnText(int column) const
{
    if (isNull(column))
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QString::fromUtf8(text, size);
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QByteArray(data, size);
}

Transaction::Transaction(SqliteDb &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done && m_db.inTransaction()) {
        // A failed ROLLBACK cannot be reported from a destructor; SQLite then rolls back when
        // the connection closes, which is still all-or-nothing.
        char *error = nullptr;
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, &error);
        sqlite3_free(error);
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace vitrine
