// SPDX-License-Identifier: GPL-3.0-or-later
// How the store works: a SQLCipher file keyed from the passphrase and its own salt, migrations
// in one transaction each, an HMAC-chained audit trail, and damage told from a wrong passphrase.

#include "store.h"

#include "atomicfile.h"
#include "languages.h"
#include "verificationcode.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStringList>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace vitrine {

namespace {

// "VTRN": marks the file as Vitrine's, so an encrypted database of another program that
// happens to open (same passphrase, same scheme) is still refused.
// Migration 1 writes it as the decimal literal below.
constexpr qint64 kApplicationId = 0x5654524E;
static_assert(kApplicationId == 1448366670);

// SQLITE_NOTADB: SQLCipher's answer when the key does not decrypt page 1. Repeated here so
// that this file does not need the SQLite header.
constexpr int kSqliteNotADb = 26;
// SQLITE_CORRUPT: a page that does not decrypt or does not parse, after page 1 opened.
constexpr int kSqliteCorrupt = 11;

// Smallest SQLite page; every database file is a whole number of pages.
constexpr qint64 kMinPageSize = 512;

// Context for crypto_kdf: keeps the audit MAC key apart from any other key derived later.
constexpr char kAuditKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "VTRAUDIT";
constexpr std::uint64_t kAuditKdfSubkeyId = 1;

constexpr Migration kMigrations[] = {
    {1, R"sql(
PRAGMA application_id = 1448366670;

CREATE TABLE vehicles (
    vin        TEXT PRIMARY KEY NOT NULL,
    make       TEXT NOT NULL DEFAULT '',
    model      TEXT NOT NULL DEFAULT '',
    year       INTEGER,
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL
);

-- AUTOINCREMENT so that an id freed by a purge is never handed out again: an id kept in a
-- printed sheet or a log always means the same import.
CREATE TABLE imports (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    vin            TEXT NOT NULL REFERENCES vehicles(vin),
    file_sha256    TEXT NOT NULL CHECK (length(file_sha256) = 64),
    file_name      TEXT NOT NULL,
    file_bytes     INTEGER NOT NULL,
    imported_at    TEXT NOT NULL,
    lines_total    INTEGER NOT NULL,
    lines_blank    INTEGER NOT NULL,
    lines_accepted INTEGER NOT NULL,
    lines_rejected INTEGER NOT NULL,
    events         INTEGER NOT NULL,
    bytes          INTEGER NOT NULL,
    observed_from  TEXT,
    observed_to    TEXT,
    declared_from  TEXT,
    declared_to    TEXT
);
CREATE INDEX imports_by_vin ON imports(vin, id);
CREATE INDEX imports_by_time ON imports(imported_at);

CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    import_id   INTEGER NOT NULL REFERENCES imports(id),
    vin         TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    report_json TEXT NOT NULL
);
CREATE INDEX reviews_by_import ON reviews(import_id);
CREATE INDEX reviews_by_time ON reviews(created_at);

CREATE TABLE audit (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
)sql"},
    // The kiosk's own settings: the advisor PIN's Argon2id hash and its failed attempts (so
    // the growing delay survives a restart), the retention period, the watched folder.
    {2, R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL
);
)sql"},
    // The signed sheets issued: the verification code printed on each and the SHA-256 of the
    // signed PDF, so a sheet brought back can be matched to the kiosk's records. A purged
    // import leaves its sheets in place, detached (import_id NULL): they hold no personal
    // data, and a customer's sheet stays verifiable after the retention period.
    {3, R"sql(
CREATE TABLE sheets (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    code          TEXT NOT NULL UNIQUE CHECK (length(code) = 12),
    pdf_sha256    TEXT NOT NULL CHECK (length(pdf_sha256) = 64),
    import_id     INTEGER REFERENCES imports(id) ON DELETE SET NULL,
    created_at    TEXT NOT NULL,
    language      TEXT NOT NULL,
    printed_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sheets_by_import ON sheets(import_id);
CREATE INDEX sheets_by_sha256 ON sheets(pdf_sha256);
)sql"},
    // What the kiosk does with a sheet besides printing it: how often it was saved on the
    // customer's USB stick, and the signed PDF of a sheet kept for the advisor to print later
    // (inside the encrypted file, never in clear on disk), until it is printed or
    // Store::kKeptSheetDays have passed. A kept copy goes with its sheet.
    {4, R"sql(
ALTER TABLE sheets ADD COLUMN saved_count INTEGER NOT NULL DEFAULT 0;
CREATE TABLE kept_sheets (
    sheet_id INTEGER PRIMARY KEY REFERENCES sheets(id) ON DELETE CASCADE,
    kept_at  TEXT NOT NULL,
    pdf      BLOB NOT NULL
);
CREATE INDEX kept_sheets_by_time ON kept_sheets(kept_at);
)sql"},
    // Append version 5 here.
};

// SqliteStatement binds a null QString as SQL NULL; NOT NULL text columns get "" instead.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void setError(StoreError *error, StoreError::Code code, const QString &message)
{
    if (error != nullptr) {
        error->code = code;
        error->message = message;
    }
}

// A purge's period: days back from now, never into the future.
bool retentionIsValid(int days, StoreError *error)
{
    setError(error, StoreError::Code::None, {});
    if (days >= 0)
        return true;
    setError(
        error, StoreError::Code::InvalidInput,
        QCoreApplication::translate("vitrine::Store", "The retention period cannot be negative."));
    return false;
}

void setDatabaseError(StoreError *error, const std::exception &e)
{
    setError(error, StoreError::Code::DatabaseError,
             QCoreApplication::translate("vitrine::Store", "The database reported an error: %1")
                 .arg(QString::fromUtf8(e.what())));
}

QString damagedMessage()
{
    return QCoreApplication::translate(
        "vitrine::Store", "The database is damaged, so what it keeps cannot be read. Restore it "
                          "from the backup.");
}

// Once page 1 has opened with the key, SQLITE_NOTADB or SQLITE_CORRUPT means a page of the
// file is not what SQLCipher wrote: damage, never the passphrase. True when it was damage.
bool setStoreError(StoreError *error, const std::exception &e)
{
    const auto *sql = dynamic_cast<const SqliteError *>(&e);
    if (sql != nullptr && (sql->code() == kSqliteCorrupt || sql->code() == kSqliteNotADb)) {
        setError(error, StoreError::Code::Damaged, damagedMessage());
        return true;
    }
    setDatabaseError(error, e);
    return false;
}

// All times are kept as UTC ISO 8601 text with milliseconds: readable in a dump, and in one
// fixed format text order is time order, so SQL can compare them directly.
QString toDbTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromDbTime(const QString &s)
{
    if (s.isEmpty())
        return {};
    return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

QByteArray hexOf(std::span<const unsigned char> bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()),
                      static_cast<qsizetype>(bytes.size()))
        .toHex();
}

// The key spec SQLCipher takes as a raw key plus its file salt: x'<64 hex key><32 hex salt>'.
// Kept in a fixed buffer that wipes itself, so the hex key never lands in a QByteArray.
class KeySpec
{
public:
    KeySpec(const SecretKey &key, std::span<const unsigned char, KeyDerivation::kSaltBytes> salt)
    {
        m_text[0] = 'x';
        m_text[1] = '\'';
        sodium_bin2hex(m_text.data() + 2, kKeyHex + 1, key.bytes().data(), key.bytes().size());
        sodium_bin2hex(m_text.data() + 2 + kKeyHex, kSaltHex + 1, salt.data(), salt.size());
        m_text[kLength - 1] = '\'';
    }
    ~KeySpec() { sodium_memzero(m_text.data(), m_text.size()); }
    KeySpec(const KeySpec &) = delete;
    KeySpec &operator=(const KeySpec &) = delete;

    QByteArrayView view() const { return QByteArrayView(m_text.data(), kLength); }

private:
    static constexpr std::size_t kKeyHex = SecretKey::kBytes * 2;
    static constexpr std::size_t kSaltHex = KeyDerivation::kSaltBytes * 2;
    static constexpr qsizetype kLength = 2 + kKeyHex + kSaltHex + 1;
    // One spare byte: sodium_bin2hex always writes a terminating NUL.
    std::array<char, kLength + 1> m_text{};
};

// Outcome of looking at the file before any key is tried.
enum class FileState { Missing, Existing };

struct FileProbe
{
    FileState state = FileState::Existing;
    std::array<unsigned char, KeyDerivation::kSaltBytes> salt{};
};

// Reads the salt of an existing file, or says it is missing. Nothing is created here: a new
// store is made whole in a file of its own and put in place by createStore().
bool probeFile(const QString &path, FileProbe &probe, StoreError *error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat named = {};
    if (::lstat(native.constData(), &named) != 0) {
        if (errno == ENOENT) {
            probe.state = FileState::Missing;
            KeyDerivation::randomSalt(probe.salt);
            return true;
        }
        setError(
            error, StoreError::Code::FileError,
            QCoreApplication::translate("vitrine::Store", "Cannot read the database file %1: %2.")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }

    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        setError(
            error, StoreError::Code::FileError,
            QCoreApplication::translate("vitrine::Store", "Cannot read the database file %1: %2.")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    struct stat info = {};
    std::array<char, 16> header{};
    const bool statOk = ::fstat(fd, &info) == 0;
    const ssize_t got =
        statOk && S_ISREG(info.st_mode) ? ::read(fd, header.data(), header.size()) : ssize_t(-1);
    ::close(fd);

    const QString notOurs =
        QCoreApplication::translate("vitrine::Store", "The file %1 is not a Vitrine database.")
            .arg(path);
    if (!statOk || !S_ISREG(info.st_mode)) {
        setError(error, StoreError::Code::NotADatabase, notOurs);
        return false;
    }
    if (info.st_size == 0) {
        // A store is only ever put in place whole (createStore), so an empty file is one that
        // lost its content: starting afresh would open it with any passphrase and hide the loss.
        setError(error, StoreError::Code::Damaged,
                 QCoreApplication::translate("vitrine::Store",
                                             "The database file is empty: what it kept is lost. "
                                             "Restore it from the backup."));
        return false;
    }
    // Every SQLite file is whole pages; a plain SQLite file starts with its magic in clear.
    // Both tell a foreign file apart from an encrypted one without trying a key.
    static constexpr char kPlainMagic[] = "SQLite format 3";
    if (got != static_cast<ssize_t>(header.size()) || info.st_size % kMinPageSize != 0 ||
        std::memcmp(header.data(), kPlainMagic, sizeof kPlainMagic) == 0) {
        setError(error, StoreError::Code::NotADatabase, notOurs);
        return false;
    }
    std::memcpy(probe.salt.data(), header.data(), probe.salt.size());
    // SQLCipher's salt is random: sixteen zero bytes are a wiped first page, not a salt. Any
    // key would fail on it, and "wrong passphrase" would send the advisor the wrong way.
    if (std::all_of(probe.salt.begin(), probe.salt.end(), [](unsigned char b) { return b == 0; })) {
        setError(error, StoreError::Code::Damaged, damagedMessage());
        return false;
    }
    probe.state = FileState::Existing;
    return true;
}

// The connection settings every store connection runs with. Not file changes. secure_delete
// overwrites purged rows, so retention really forgets; temp_store keeps sort and temp tables
// out of plain files.
void configure(SqliteDb &db)
{
    db.exec("PRAGMA foreign_keys = ON;"
            "PRAGMA secure_delete = ON;"
            "PRAGMA temp_store = MEMORY;"
            "PRAGMA journal_mode = DELETE;"
            "PRAGMA synchronous = FULL;");
}

void applyMigrations(SqliteDb &db, int from, std::span<const Migration> migrations);

enum class Creation { Placed, AnotherWon, Failed };

// Makes a whole new store (keyed, every migration applied) in a temporary file of the same
// folder, then gives it the store's name with link(2), which never replaces a file: when two
// processes start the first time together, exactly one store is placed and the other process
// opens it. Nobody ever deletes the store's name, so no process can lose another's data.
Creation createStore(const QString &path, const KeySpec &spec,
                     std::span<const Migration> migrations, StoreError *error)
{
    const QByteArray native = QFile::encodeName(path);
    QByteArray temp = native + ".new-XXXXXX";
    // mkstemp opens with O_EXCL and mode 0600, so the database and (since SQLite copies the
    // database file's mode) its journal are owner-only whatever the umask.
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) {
        setError(
            error, StoreError::Code::FileError,
            QCoreApplication::translate("vitrine::Store", "Cannot create the database file %1: %2.")
                .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        return Creation::Failed;
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    ::close(fd);
    const QString tempPath = QFile::decodeName(temp);
    try {
        SqliteDb db = SqliteDb::open(tempPath);
        db.setKey(spec.view());
        configure(db);
        applyMigrations(db, 0, migrations);
        db.close();
    } catch (const std::exception &e) {
        ::unlink(temp.constData());
        setStoreError(error, e);
        return Creation::Failed;
    }
    const int linked = ::link(temp.constData(), native.constData());
    const int linkErrno = errno;
    ::unlink(temp.constData());
    if (linked == 0) {
        syncFolderOf(path);
        return Creation::Placed;
    }
    if (linkErrno == EEXIST)
        return Creation::AnotherWon;
    setError(
        error, StoreError::Code::FileError,
        QCoreApplication::translate("vitrine::Store", "Cannot create the database file %1: %2.")
            .arg(path, QString::fromLocal8Bit(std::strerror(linkErrno))));
    return Creation::Failed;
}

void applyMigrations(SqliteDb &db, int from, std::span<const Migration> migrations)
{
    for (const Migration &step : migrations) {
        if (step.version <= from)
            continue;
        Transaction tx(db);
        db.exec(step.sql);
        db.exec(
            QByteArray("PRAGMA user_version = " + QByteArray::number(step.version)).constData());
        tx.commit();
    }
}

ImportRecord readImport(const SqliteStatement &q)
{
    ImportRecord r;
    r.id = q.columnInt64(0);
    r.vin = q.columnText(1);
    r.make = q.columnText(2);
    r.model = q.columnText(3);
    if (!q.isNull(4))
        r.year = static_cast<int>(q.columnInt64(4));
    r.fileSha256 = q.columnText(5);
    r.fileName = q.columnText(6);
    r.fileBytes = q.columnInt64(7);
    r.linesTotal = q.columnInt64(8);
    r.linesBlank = q.columnInt64(9);
    r.linesAccepted = q.columnInt64(10);
    r.linesRejected = q.columnInt64(11);
    r.events = q.columnInt64(12);
    r.bytes = q.columnInt64(13);
    r.observedFrom = fromDbTime(q.columnText(14));
    r.observedTo = fromDbTime(q.columnText(15));
    r.declaredFrom = fromDbTime(q.columnText(16));
    r.declaredTo = fromDbTime(q.columnText(17));
    r.importedAt = fromDbTime(q.columnText(18));
    r.reportJson = q.columnText(19).toUtf8();
    return r;
}

constexpr const char *kSheetSelect =
    "SELECT id, code, pdf_sha256, import_id, created_at, language, printed_count, saved_count"
    " FROM sheets";

SheetRecord readSheet(const SqliteStatement &q)
{
    SheetRecord r;
    r.id = q.columnInt64(0);
    r.code = q.columnText(1);
    r.pdfSha256 = q.columnText(2);
    if (!q.isNull(3))
        r.importId = q.columnInt64(3);
    r.createdAt = fromDbTime(q.columnText(4));
    r.language = q.columnText(5);
    r.printedCount = static_cast<int>(q.columnInt64(6));
    r.savedCount = static_cast<int>(q.columnInt64(7));
    return r;
}

bool isSha256Hex(const QString &s)
{
    static const QRegularExpression kSha256(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return kSha256.match(s).hasMatch();
}

constexpr const char *kImportSelect =
    "SELECT i.id, i.vin, v.make, v.model, v.year, i.file_sha256, i.file_name, i.file_bytes,"
    " i.lines_total, i.lines_blank, i.lines_accepted, i.lines_rejected, i.events, i.bytes,"
    " i.observed_from, i.observed_to, i.declared_from, i.declared_to, i.imported_at,"
    " (SELECT r.report_json FROM reviews r WHERE r.import_id = i.id ORDER BY r.id DESC LIMIT 1)"
    " FROM imports i JOIN vehicles v ON v.vin = i.vin";

void appendLengthPrefixed(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const auto n = static_cast<quint32>(utf8.size());
    const char length[4] = {static_cast<char>(n >> 24), static_cast<char>(n >> 16),
                            static_cast<char>(n >> 8), static_cast<char>(n)};
    out.append(length, 4);
    out.append(utf8);
}

} // namespace

std::span<const Migration> Store::migrations()
{
    return kMigrations;
}

std::unique_ptr<Store> Store::open(const QString &path, QByteArrayView passphrase,
                                   const Clock &clock, StoreError *error, KdfParams params)
{
    return open(path, passphrase, clock, error, params, migrations());
}

std::unique_ptr<Store> Store::open(const QString &path, QByteArrayView passphrase,
                                   const Clock &clock, StoreError *error, KdfParams params,
                                   std::span<const Migration> migrationList)
{
    setError(error, StoreError::Code::None, {});
    if (passphrase.isEmpty()) {
        setError(
            error, StoreError::Code::InvalidInput,
            QCoreApplication::translate(
                "vitrine::Store", "The passphrase is empty. The database needs a passphrase."));
        return nullptr;
    }
    if (!KeyDerivation::ensureSodium()) {
        setError(error, StoreError::Code::KeyDerivationFailed,
                 QCoreApplication::translate("vitrine::Store",
                                             "The encryption library could not start."));
        return nullptr;
    }

    FileProbe probe;
    if (!probeFile(path, probe, error))
        return nullptr;

    SecretKey key;
    auto derive = [&]() {
        if (KeyDerivation::deriveKey(passphrase, probe.salt, params, key))
            return true;
        setError(error, StoreError::Code::KeyDerivationFailed,
                 QCoreApplication::translate(
                     "vitrine::Store",
                     "The database key could not be derived: not enough memory, or "
                     "invalid key derivation settings."));
        return false;
    };
    if (!derive())
        return nullptr;

    if (probe.state == FileState::Missing) {
        Creation made = Creation::Failed;
        {
            const KeySpec spec(key, probe.salt);
            made = createStore(path, spec, migrationList, error);
        }
        if (made == Creation::Failed)
            return nullptr;
        if (made == Creation::AnotherWon) {
            // Another process placed its store first: open that one, with its own salt.
            if (!probeFile(path, probe, error) || probe.state != FileState::Existing || !derive())
                return nullptr;
        }
    }

    try {
        SqliteDb db = SqliteDb::open(path);
        {
            const KeySpec spec(key, probe.salt);
            db.setKey(spec.view());
        }

        // The first read decrypts page 1: this is where a wrong key shows. It only reads, so a
        // refused passphrase writes nothing and leaves no journal. (After a crash, a wrong key
        // leaves the hot journal alone for the right key to replay; the kill test checks this.)
        qint64 objects = 0;
        try {
            objects = db.queryInt("SELECT count(*) FROM sqlite_master");
        } catch (const SqliteError &e) {
            if (e.code() == kSqliteNotADb) {
                setError(error, StoreError::Code::WrongPassphrase,
                         QCoreApplication::translate(
                             "vitrine::Store", "The passphrase does not open this database."));
                return nullptr;
            }
            throw;
        }

        configure(db);

        const qint64 version = db.queryInt("PRAGMA user_version");
        const qint64 appId = db.queryInt("PRAGMA application_id");
        const int latest = migrationList.empty() ? 0 : migrationList.back().version;
        if ((version == 0 && objects != 0) || (version != 0 && appId != kApplicationId)) {
            setError(error, StoreError::Code::NotADatabase,
                     QCoreApplication::translate("vitrine::Store",
                                                 "The file %1 is not a Vitrine database.")
                         .arg(path));
            return nullptr;
        }
        if (version > latest) {
            setError(error, StoreError::Code::NewerSchema,
                     QCoreApplication::translate(
                         "vitrine::Store",
                         "This database was made by a newer version of Vitrine (data format "
                         "%1; this version reads up to %2). Update Vitrine to open it.")
                         .arg(version)
                         .arg(latest));
            return nullptr;
        }
        // Every page is read once before anything is written: a damaged page found later would
        // have let an import land beside records that can no longer be read. quick_check reads
        // (and so decrypts and authenticates) every page without the slow index cross-check.
        {
            SqliteStatement check(db, "PRAGMA quick_check");
            if (!check.step() || check.columnText(0) != QLatin1String("ok")) {
                setError(error, StoreError::Code::Damaged, damagedMessage());
                return nullptr;
            }
        }
        applyMigrations(db, static_cast<int>(version), migrationList);

        std::unique_ptr<Store> store(new Store(std::move(db), clock, path));
        // The audit MAC key is a subkey of the database key, so it needs no storage of its
        // own and is exactly as secret as the database.
        crypto_kdf_derive_from_key(store->m_auditKey.bytes().data(), SecretKey::kBytes,
                                   kAuditKdfSubkeyId, kAuditKdfContext, key.bytes().data());
        key.wipe();

        StoreError auditError;
        if (!store->appendAudit(QString::fromLatin1(AuditAction::Open), QString(),
                                QStringLiteral("schema %1").arg(store->schemaVersion()),
                                &auditError)) {
            if (error != nullptr)
                *error = auditError;
            return nullptr;
        }
        return store;
    } catch (const std::exception &e) {
        setStoreError(error, e);
        return nullptr;
    }
}

Store::Store(SqliteDb db, const Clock &clock, QString path)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_path(std::move(path))
{}

Store::~Store() = default;

void Store::setWriteObserver(WriteObserver observer)
{
    m_observer = std::move(observer);
}

void Store::notify(const char *step)
{
    if (m_observer)
        m_observer(step);
}

void Store::fail(StoreError *error, const std::exception &e)
{
    // exchange: two threads meeting the damage together tell the observer once.
    if (!setStoreError(error, e) || m_damaged.exchange(true))
        return;
    if (m_damageObserver)
        m_damageObserver();
}

void Store::setDamageObserver(DamageObserver observer)
{
    m_damageObserver = std::move(observer);
}

bool Store::writable(StoreError *error) const
{
    if (!m_damaged)
        return true;
    setError(error, StoreError::Code::Damaged, damagedMessage());
    return false;
}

qint64 Store::addImport(ImportRecord rec, StoreError *error)
{
    setError(error, StoreError::Code::None, {});
    rec.vin = rec.vin.trimmed();
    if (rec.vin.isEmpty()) {
        setError(error, StoreError::Code::InvalidInput,
                 QCoreApplication::translate(
                     "vitrine::Store", "The import has no vehicle identification number (VIN)."));
        return -1;
    }
    if (!isSha256Hex(rec.fileSha256)) {
        setError(error, StoreError::Code::InvalidInput,
                 QCoreApplication::translate(
                     "vitrine::Store",
                     "The file fingerprint is not a SHA-256 (64 hexadecimal digits)."));
        return -1;
    }
    rec.fileSha256 = rec.fileSha256.toLower();
    QJsonParseError parse{};
    QJsonDocument::fromJson(rec.reportJson, &parse);
    if (parse.error != QJsonParseError::NoError) {
        setError(
            error, StoreError::Code::InvalidInput,
            QCoreApplication::translate("vitrine::Store", "The review report is not valid JSON: %1")
                .arg(parse.errorString()));
        return -1;
    }

    if (!writable(error))
        return -1;
    try {
        const QString now = toDbTime(m_clock.nowUtc());
        Transaction tx(m_db);

        // SQLite 3.15 (under SQLCipher 3.4.1) has no ON CONFLICT DO UPDATE: insert if new,
        // then refresh what the newer log says.
        SqliteStatement insertVehicle(m_db, "INSERT OR IGNORE INTO vehicles"
                                            " (vin, make, model, year, first_seen, last_seen)"
                                            " VALUES (?1, ?2, ?3, ?4, ?5, ?5)");
        insertVehicle.bindText(1, rec.vin)
            .bindText(2, nonNull(rec.make))
            .bindText(3, nonNull(rec.model))
            .bindOptionalInt64(4, rec.year ? std::optional<qint64>(*rec.year) : std::nullopt)
            .bindText(5, now);
        insertVehicle.step();
        SqliteStatement updateVehicle(m_db, "UPDATE vehicles SET"
                                            " make = COALESCE(NULLIF(?2, ''), make),"
                                            " model = COALESCE(NULLIF(?3, ''), model),"
                                            " year = COALESCE(?4, year), last_seen = ?5"
                                            " WHERE vin = ?1");
        updateVehicle.bindText(1, rec.vin)
            .bindText(2, rec.make)
            .bindText(3, rec.model)
            .bindOptionalInt64(4, rec.year ? std::optional<qint64>(*rec.year) : std::nullopt)
            .bindText(5, now);
        updateVehicle.step();
        notify("vehicle");

        SqliteStatement insertImport(
            m_db, "INSERT INTO imports (vin, file_sha256, file_name, file_bytes, imported_at,"
                  " lines_total, lines_blank, lines_accepted, lines_rejected, events, bytes,"
                  " observed_from, observed_to, declared_from, declared_to)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
        insertImport.bindText(1, rec.vin)
            .bindText(2, rec.fileSha256)
            .bindText(3, nonNull(rec.fileName))
            .bindInt64(4, rec.fileBytes)
            .bindText(5, now)
            .bindInt64(6, rec.linesTotal)
            .bindInt64(7, rec.linesBlank)
            .bindInt64(8, rec.linesAccepted)
            .bindInt64(9, rec.linesRejected)
            .bindInt64(10, rec.events)
            .bindInt64(11, rec.bytes)
            .bindText(12, toDbTime(rec.observedFrom))
            .bindText(13, toDbTime(rec.observedTo))
            .bindText(14, toDbTime(rec.declaredFrom))
            .bindText(15, toDbTime(rec.declaredTo));
        insertImport.step();
        const qint64 importId = m_db.lastInsertRowId();
        notify("import");

        SqliteStatement insertReview(m_db, "INSERT INTO reviews"
                                           " (import_id, vin, created_at, report_json)"
                                           " VALUES (?1, ?2, ?3, ?4)");
        insertReview.bindInt64(1, importId)
            .bindText(2, rec.vin)
            .bindText(3, now)
            .bindText(4, QString::fromUtf8(rec.reportJson));
        insertReview.step();
        notify("review");

        appendAuditInTransaction(QString::fromLatin1(AuditAction::Import), auditSubjectFor(rec.vin),
                                 rec.fileSha256);
        notify("audit");

        tx.commit();
        return importId;
    } catch (const std::exception &e) {
        fail(error, e);
        return -1;
    }
}

std::optional<ImportRecord> Store::findImport(const QString &vin, const QString &fileSha256,
                                              StoreError *error)
{
    for (const ImportRecord &earlier : history(vin, error)) {
        if (earlier.fileSha256 == fileSha256)
            return earlier;
    }
    return std::nullopt;
}

QList<ImportRecord> Store::history(const QString &vin, StoreError *error)
{
    setError(error, StoreError::Code::None, {});
    QList<ImportRecord> out;
    try {
        const QByteArray sql =
            QByteArray(kImportSelect) + " WHERE i.vin = ?1 ORDER BY i.imported_at DESC, i.id DESC";
        SqliteStatement q(m_db, sql.constData());
        q.bindText(1, vin.trimmed());
        while (q.step())
            out.append(readImport(q));
    } catch (const std::exception &e) {
        // An unreadable history is never shown as none: the caller hears why.
        fail(error, e);
        out.clear();
    }
    return out;
}

std::optional<ImportRecord> Store::previousReview(const QString &vin, const QDateTime &observedTo,
                                                  const QString &fileSha256, StoreError *error)
{
    setError(error, StoreError::Code::None, {});
    try {
        // By the end of each log, not by when it was imported: importing an old file after a
        // newer one must not make the newer one its "last visit". The times are kept in one
        // fixed UTC format, so text order is time order.
        const QByteArray sql =
            QByteArray(kImportSelect) +
            " WHERE i.vin = ?1 AND i.file_sha256 <> ?2 AND i.observed_to IS NOT NULL"
            " AND (?3 IS NULL OR i.observed_to < ?3)"
            " ORDER BY i.observed_to DESC, i.imported_at DESC, i.id DESC LIMIT 1";
        SqliteStatement q(m_db, sql.constData());
        q.bindText(1, vin.trimmed())
            .bindText(2, fileSha256.toLower())
            .bindText(3, toDbTime(observedTo));
        if (q.step())
            return readImport(q);
    } catch (const std::exception &e) {
        // Never a first visit: the caller hears that the comparison could not be read.
        fail(error, e);
    }
    return std::nullopt;
}

int Store::purgeOlderThan(int days, StoreError *error)
{
    if (!retentionIsValid(days, error))
        return -1;
    if (!writable(error))
        return -1;
    try {
        const QString cutoff = toDbTime(m_clock.nowUtc().addDays(-days));
        Transaction tx(m_db);

        SqliteStatement reviews(m_db, "DELETE FROM reviews WHERE created_at < ?1 OR import_id IN"
                                      " (SELECT id FROM imports WHERE imported_at < ?1)");
        reviews.bindText(1, cutoff);
        reviews.step();
        const int reviewCount = m_db.changes();

        SqliteStatement imports(m_db, "DELETE FROM imports WHERE imported_at < ?1");
        imports.bindText(1, cutoff);
        imports.step();
        const int importCount = m_db.changes();

        m_db.exec("DELETE FROM vehicles WHERE vin NOT IN (SELECT vin FROM imports)");
        const int vehicleCount = m_db.changes();

        appendAuditInTransaction(QString::fromLatin1(AuditAction::Purge), QString(),
                                 QStringLiteral("older than %1 days: %2 imports, %3 reviews, "
                                                "%4 vehicles")
                                     .arg(days)
                                     .arg(importCount)
                                     .arg(reviewCount)
                                     .arg(vehicleCount));
        tx.commit();
        return importCount;
    } catch (const std::exception &e) {
        fail(error, e);
        return -1;
    }
}

qint64 Store::recordSheet(SheetRecord sheet, StoreError *error)
{
    setError(error, StoreError::Code::None, {});
    const QString code = normalizeVerificationCode(sheet.code);
    if (code.isEmpty()) {
        setError(error, StoreError::Code::InvalidInput,
                 QCoreApplication::translate("vitrine::Store", "\"%1\" is not a verification code.")
                     .arg(sheet.code));
        return -1;
    }
    if (!isSha256Hex(sheet.pdfSha256)) {
        setError(error, StoreError::Code::InvalidInput,
                 QCoreApplication::translate(
                     "vitrine::Store",
                     "The sheet's fingerprint is not a SHA-256 (64 hexadecimal digits)."));
        return -1;
    }
    if (!Languages::isSupported(sheet.language)) {
        setError(error, StoreError::Code::InvalidInput,
                 QCoreApplication::translate("vitrine::Store",
                                             "The sheet's language \"%1\" is not one the kiosk "
                                             "speaks.")
                     .arg(sheet.language));
        return -1;
    }
    if (!writable(error))
        return -1;
    try {
        Transaction tx(m_db);
        QString subject;
        if (sheet.importId) {
            SqliteStatement owner(m_db, "SELECT vin FROM imports WHERE id = ?1");
            owner.bindInt64(1, *sheet.importId);
            if (!owner.step()) {
                setError(error, StoreError::Code::InvalidInput,
                         QCoreApplication::translate("vitrine::Store",
                                                     "There is no import %1 for this sheet.")
                             .arg(*sheet.importId));
                return -1;
            }
            subject = auditSubjectFor(owner.columnText(0));
        }
        {
            SqliteStatement taken(m_db, "SELECT 1 FROM sheets WHERE code = ?1");
            taken.bindText(1, code);
            if (taken.step()) {
                setError(error, StoreError::Code::AlreadyExists,
                         QCoreApplication::translate("vitrine::Store",
                                                     "The verification code %1 is already used.")
                             .arg(code));
                return -1;
            }
        }
        const QString sha = sheet.pdfSha256.toLower();
        SqliteStatement insert(m_db, "INSERT INTO sheets (code, pdf_sha256, import_id, created_at,"
                                     " language, printed_count) VALUES (?1, ?2, ?3, ?4, ?5, 0)");
        insert.bindText(1, code)
            .bindText(2, sha)
            .bindOptionalInt64(3, sheet.importId)
            .bindText(4, toDbTime(m_clock.nowUtc()))
            .bindText(5, sheet.language);
        insert.step();
        const qint64 id = m_db.lastInsertRowId();
        appendAuditInTransaction(
            QString::fromLatin1(AuditAction::Sheet), subject,
            QStringLiteral("code %1, %2, pdf %3").arg(code, sheet.language, sha));
        tx.commit();
        return id;
    } catch (const std::exception &e) {
        fail(error, e);
        return -1;
    }
}

std::optional<SheetRecord> Store::findSheetByCode(const QString &code, StoreError *error)
{
    setError(error, StoreError::Code::None, {});
    const QString normalized = normalizeVerificationCode(code);
    if (normalized.isEmpty())
        return std::nullopt;
    try {
        const QByteArray sql = QByteArray(kSheetSelect) + " WHERE code = ?1";
        SqliteStatement q(m_db, sql.constData());
        q.bindText(1, normalized);
        if (q.step())
            return readSheet(q);
    } catch (const std::exception &e) {
        fail(error, e);
    }
    return std::nullopt;
}

std::optional<SheetRecord> Store::findSheetBySha256(const QString &pdfSha256, StoreError *error)
{
    setError(error, StoreError::Code::None, {});
    if (!isSha256Hex(pdfSha256))
        return std::nullopt;
    try {
        const QByteArray sql = QByteArray(kSheetSelect) + " WHERE pdf_sha256 = ?1";
        SqliteStatement q(m_db, sql.constData());
        q.bindText(1, pdfSha256.toLower());
        if (q.step())
            return readSheet(q);
    } catch (const std::exception &e) {
        fail(error, e);
    }
    return std::nullopt;
}

bool Store::markSheetPrinted(const QString &code, StoreError *error)
{
    setError(error, StoreError::Code::None, {});
    const QString normalized = normalizeVerificationCode(code);
    if (!writable(error))
        return false;
    try {
        Transaction tx(m_db);
        SqliteStatement update(
            m_db, "UPDATE sheets SET printed_count = printed_count + 1 WHERE code = ?1");
        update.bindText(1, normalized);
        update.step();
        if (normalized.isEmpty() || m_db.changes() != 1) {
            setError(error, StoreError::Code::InvalidInput,
                     QCoreApplication::translate("vitrine::Store",
                                                 "No sheet has the verification code %1.")
                         .arg(code));
            return false;
        }
        // A kept copy has done its job once the sheet is on paper.
        SqliteStatement unkeep(m_db, "DELETE FROM kept_sheets WHERE sheet_id ="
                                     " (SELECT id FROM sheets WHERE code = ?1)");
        unkeep.bindText(1, normalized);
        unkeep.step();
        const bool wasKept = m_db.changes() > 0;
        appendAuditInTransaction(QString::fromLatin1(AuditAction::Print), QString(),
                                 wasKept
                                     ? QStringLiteral("code %1, kept copy removed").arg(normalized)
                                     : QStringLiteral("code %1").arg(normalized));
        tx.commit();
        return true;
    } catch (const std::exception &e) {
        fail(error, e);
        return false;
    }
}

bool Store::markSheetSaved(const QString &code, StoreError *error)
{
    setError(error, StoreError::Code::None, {});
    const QString normalized = normalizeVerificationCode(code);
    if (!writable(error))
        return false;
    try {
        Transaction tx(m_db);
        SqliteStatement update(m_db,
                               "UPDATE sheets SET saved_count = saved_count + 1 WHERE code = ?1");
        update.bindText(1, normalized);
        update.step();
        if (normalized.isEmpty() || m_db.changes() != 1) {
            setError(error, StoreError::Code::InvalidInput,
                     QCoreApplication::translate("vitrine::Store",
                                                 "No sheet has the verification code %1.")
                         .arg(code));
            return false;
        }
        appendAuditInTransaction(QString::fromLatin1(AuditAction::Save), QString(),
                                 QStringLiteral("code %1").arg(normalized));
        tx.commit();
        return true;
    } catch (const std::exception &e) {
        fail(error, e);
        return false;
    }
}

bool Store::keepSheet(const QString &code, const QByteArray &pdf, StoreError *error)
{
    setError(error, StoreError::Code::None, {});
    const QString normalized = normalizeVerificationCode(code);
    if (!writable(error))
        return false;
    try {
        StoreError lookup;
        const std::optional<SheetRecord> sheet = findSheetByCode(normalized, &lookup);
        if (lookup.code != StoreError::Code::None) {
            if (error != nullptr)
                *error = lookup;
            return false;
        }
        if (!sheet) {
            setError(error, StoreError::Code::InvalidInput,
                     QCoreApplication::translate("vitrine::Store",
                                                 "No sheet has the verification code %1.")
                         .arg(code));
            return false;
        }
        // Only the very file that was recorded: what the advisor prints later is what the
        // code stands for.
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
        if (sha != sheet->pdfSha256) {
            setError(error, StoreError::Code::InvalidInput,
                     QCoreApplication::translate("vitrine::Store",
                                                 "The file to keep is not the sheet %1.")
                         .arg(normalized));
            return false;
        }
        Transaction tx(m_db);
        SqliteStatement insert(m_db, "INSERT OR IGNORE INTO kept_sheets (sheet_id, kept_at, pdf)"
                                     " VALUES (?1, ?2, ?3)");
        insert.bindInt64(1, sheet->id).bindText(2, toDbTime(m_clock.nowUtc())).bindBlob(3, pdf);
        insert.step();
        // Kept already: nothing new happened, so nothing new is audited.
        if (m_db.changes() == 1)
            appendAuditInTransaction(QString::fromLatin1(AuditAction::Keep), QString(),
                                     QStringLiteral("code %1").arg(normalized));
        tx.commit();
        return true;
    } catch (const std::exception &e) {
        fail(error, e);
        return false;
    }
}

QList<KeptSheet> Store::keptSheets(StoreError *error)
{
    setError(error, StoreError::Code::None, {});
    QList<KeptSheet> out;
    try {
        const QByteArray sql = "SELECT s.id, s.code, s.pdf_sha256, s.import_id, s.created_at,"
                               " s.language, s.printed_count, s.saved_count, k.kept_at"
                               " FROM kept_sheets k JOIN sheets s ON s.id = k.sheet_id"
                               " ORDER BY k.kept_at DESC, s.id DESC";
        SqliteStatement q(m_db, sql.constData());
        while (q.step())
            out.append({readSheet(q), fromDbTime(q.columnText(8))});
    } catch (const std::exception &e) {
        fail(error, e);
    }
    return out;
}

std::optional<QByteArray> Store::keptSheetPdf(const QString &code, StoreError *error)
{
    setError(error, StoreError::Code::None, {});
    const QString normalized = normalizeVerificationCode(code);
    if (normalized.isEmpty())
        return std::nullopt;
    try {
        SqliteStatement q(m_db, "SELECT k.pdf FROM kept_sheets k JOIN sheets s"
                                " ON s.id = k.sheet_id WHERE s.code = ?1");
        q.bindText(1, normalized);
        if (q.step())
            return q.columnBlob(0);
    } catch (const std::exception &e) {
        fail(error, e);
    }
    return std::nullopt;
}

int Store::purgeKeptSheets(int days, StoreError *error)
{
    if (!retentionIsValid(days, error))
        return -1;
    if (!writable(error))
        return -1;
    try {
        Transaction tx(m_db);
        SqliteStatement purge(m_db, "DELETE FROM kept_sheets WHERE kept_at < ?1");
        purge.bindText(1, toDbTime(m_clock.nowUtc().addDays(-days)));
        purge.step();
        const int count = m_db.changes();
        // Looked at every time the advisor's list comes up: only a purge that did something
        // is worth a row of the trail.
        if (count > 0)
            appendAuditInTransaction(
                QString::fromLatin1(AuditAction::Purge), QString(),
                QStringLiteral("kept sheets older than %1 days: %2").arg(days).arg(count));
        tx.commit();
        return count;
    } catch (const std::exception &e) {
        fail(error, e);
        return -1;
    }
}

bool Store::recordVerification(const QString &code, const QString &outcome,
                               const QString &fileSha256, StoreError *error)
{
    const QString normalized = normalizeVerificationCode(code);
    return appendAudit(
        QString::fromLatin1(AuditAction::Verify), normalized,
        QStringLiteral("%1, file %2")
            .arg(outcome.isEmpty() ? QStringLiteral("unknown") : outcome,
                 isSha256Hex(fileSha256) ? fileSha256.toLower() : QStringLiteral("unreadable")),
        error);
}

bool Store::appendAudit(const QString &action, const QString &subject, const QString &detail,
                        StoreError *error)
{
    setError(error, StoreError::Code::None, {});
    if (action.trimmed().isEmpty()) {
        setError(error, StoreError::Code::InvalidInput,
                 QCoreApplication::translate("vitrine::Store", "An audit entry needs an action."));
        return false;
    }
    if (!writable(error))
        return false;
    try {
        Transaction tx(m_db);
        appendAuditInTransaction(action, subject, detail);
        tx.commit();
        return true;
    } catch (const std::exception &e) {
        fail(error, e);
        return false;
    }
}

QByteArray Store::auditMac(const QByteArray &prevHash, qint64 seq, const QString &at,
                           const QString &action, const QString &subject,
                           const QString &detail) const
{
    // Fixed-width and length-prefixed fields, so no two different rows give the same input
    // (e.g. subject "ab" + detail "c" versus "a" + "bc").
    QByteArray message = QByteArray::fromHex(prevHash);
    const auto s = static_cast<quint64>(seq);
    for (int shift = 56; shift >= 0; shift -= 8)
        message.append(static_cast<char>((s >> shift) & 0xff));
    appendLengthPrefixed(message, at);
    appendLengthPrefixed(message, action);
    appendLengthPrefixed(message, subject);
    appendLengthPrefixed(message, detail);
    return auditHmacHex(message);
}

QByteArray Store::auditHmacHex(const QByteArray &message) const
{
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
    crypto_auth_hmacsha256(mac.data(), reinterpret_cast<const unsigned char *>(message.constData()),
                           static_cast<unsigned long long>(message.size()),
                           m_auditKey.bytes().data());
    return hexOf(mac);
}

std::optional<QByteArray> Store::setting(const QString &key, StoreError *error)
{
    setError(error, StoreError::Code::None, {});
    try {
        SqliteStatement q(m_db, "SELECT value FROM settings WHERE key = ?");
        q.bindText(1, key);
        if (q.step())
            return q.columnBlob(0);
    } catch (const std::exception &e) {
        fail(error, e);
    }
    return std::nullopt;
}

bool Store::setSetting(const QString &key, const QByteArray &value, StoreError *error)
{
    if (!writable(error))
        return false;
    try {
        Transaction tx(m_db);
        SqliteStatement q(m_db, "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)");
        q.bindText(1, key);
        q.bindBlob(2, value);
        q.step();
        tx.commit();
        return true;
    } catch (const SqliteError &e) {
        fail(error, e);
        return false;
    }
}

QString Store::auditSubjectFor(const QString &vin) const
{
    // Domain-separated from the chain's MACs by its prefix.
    return QString::fromLatin1(
        auditHmacHex(QByteArrayLiteral("vehicle:") + vin.toUpper().toUtf8()).left(16));
}

void Store::appendAuditInTransaction(const QString &action, const QString &subject,
                                     const QString &detail)
{
    qint64 lastSeq = 0;
    QByteArray prevHash(crypto_auth_hmacsha256_BYTES * 2, '0');
    {
        SqliteStatement last(m_db, "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (last.step()) {
            lastSeq = last.columnInt64(0);
            prevHash = last.columnText(1).toLatin1();
        }
    }
    const qint64 seq = lastSeq + 1;
    const QString at = toDbTime(m_clock.nowUtc());
    const QByteArray hash = auditMac(prevHash, seq, at, action, subject, detail);

    SqliteStatement insert(m_db, "INSERT INTO audit (seq, at, action, subject, detail, prev_hash,"
                                 " hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bindInt64(1, seq)
        .bindText(2, at)
        .bindText(3, action)
        .bindText(4, nonNull(subject))
        .bindText(5, nonNull(detail))
        .bindText(6, QString::fromLatin1(prevHash))
        .bindText(7, QString::fromLatin1(hash));
    insert.step();
}

AuditCheck Store::verifyAudit()
{
    AuditCheck check;
    auto broken = [&check](qint64 seq) {
        check.ok = false;
        check.firstBrokenSeq = seq;
        check.message =
            QCoreApplication::translate(
                "vitrine::Store", "The audit trail has been altered: entry %1 was changed, removed "
                                  "or inserted.")
                .arg(seq);
        return check;
    };
    try {
        SqliteStatement q(m_db, "SELECT seq, at, action, subject, detail, prev_hash, hash"
                                " FROM audit ORDER BY seq");
        qint64 expectedSeq = 1;
        QByteArray prevHash(crypto_auth_hmacsha256_BYTES * 2, '0');
        while (q.step()) {
            ++check.rowsChecked;
            const qint64 seq = q.columnInt64(0);
            if (seq != expectedSeq)
                return broken(std::min(seq, expectedSeq)); // a gap: rows removed
            const QByteArray storedPrev = q.columnText(5).toLatin1();
            const QByteArray storedHash = q.columnText(6).toLatin1();
            const QByteArray expected = auditMac(prevHash, seq, q.columnText(1), q.columnText(2),
                                                 q.columnText(3), q.columnText(4));
            // Constant-time compare is not needed for a check the owner runs, but costs nothing.
            if (storedPrev != prevHash || storedHash.size() != expected.size() ||
                sodium_memcmp(storedHash.constData(), expected.constData(),
                              static_cast<std::size_t>(expected.size())) != 0)
                return broken(seq);
            prevHash = storedHash;
            ++expectedSeq;
        }
    } catch (const std::exception &e) {
        check.ok = false;
        check.message =
            QCoreApplication::translate("vitrine::Store", "The database reported an error: %1")
                .arg(QString::fromUtf8(e.what()));
    }
    return check;
}

int Store::schemaVersion()
{
    try {
        return static_cast<int>(m_db.queryInt("PRAGMA user_version"));
    } catch (const std::exception &) {
        return -1;
    }
}

QString Store::integrityCheck()
{
    try {
        QStringList findings;
        SqliteStatement q(m_db, "PRAGMA integrity_check");
        while (q.step())
            findings.append(q.columnText(0));
        return findings.join(u'\n');
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
}

} // namespace vitrine
