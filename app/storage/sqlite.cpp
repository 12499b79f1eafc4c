// SPDX-License-Identifier: GPL-2.0-or-later
#include "sqlite.h"

#include "checksumvfs.h"

#include <QUrl>

#include <sqlite3.h>

namespace Parlance::Storage::Sqlite {

Statement::Statement(Database &db, sqlite3_stmt *stmt, bool cached)
    : m_db(db)
    , m_stmt(stmt)
    , m_cached(cached)
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (!m_stmt)
        return *this;
    if (value.isNull())
        return bindNull(index);
    // UTF-16 in, so SQLite stores the text as UTF-8 without a detour through QByteArray.
    sqlite3_bind_text16(m_stmt, index, value.utf16(), int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value, bool asBlob)
{
    if (!m_stmt)
        return *this;
    if (value.isNull())
        return bindNull(index);
    if (asBlob)
        sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    else
        sqlite3_bind_text64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT,
                            SQLITE_UTF8);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindId(int index, qint64 id)
{
    return id == 0 ? bindNull(index) : bind(index, id);
}

bool Statement::step()
{
    if (!m_stmt) {
        m_ok = false;
        return false;
    }
    m_rc = sqlite3_step(m_stmt);
    if (m_rc == SQLITE_ROW)
        return true;
    m_ok = m_rc == SQLITE_DONE;
    if (!m_ok)
        m_db.setError(sqlite3_extended_errcode(m_db.handle()), QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    return false;
}

bool Statement::exec()
{
    while (step()) {
    }
    const bool result = m_ok;
    if (m_cached)
        reset();
    return result;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return {};
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    return data ? QString(reinterpret_cast<const QChar *>(data), bytes / 2) : QStringLiteral("");
}

QByteArray Statement::blob(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return {};
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), bytes) : QByteArray("");
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_ok = true;
    m_rc = 0;
}

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, Mode mode, Options options)
{
    close();
    m_path = path;
    m_damageSeen = false;
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_PRIVATECACHE;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    QByteArray name = path.toUtf8();
    const char *vfs = nullptr;
    if (path != QLatin1StringView(":memory:")) {
        // A file: URI (so that any character in the path is taken literally) through the checksum VFS.
        flags |= SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(path).toEncoded();
        QByteArrayList parameters;
        if (options.immutable)
            parameters.append("immutable=1");
        if (!options.verifyChecksums)
            parameters.append("checksums=0");
        if (!parameters.isEmpty())
            name += '?' + parameters.join('&');
        vfs = ChecksumVfs::name();
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, vfs);
    if (rc != SQLITE_OK) {
        setError(m_db ? sqlite3_extended_errcode(m_db) : rc,
                 QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Hardening, before the first statement reads anything from the file: a project file may come
    // from anyone (see https://www.sqlite.org/security.html).
    int on = 0;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, &on);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &on);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &on);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, &on);
    sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_busy_timeout(m_db, 2000);
    if (!exec("PRAGMA trusted_schema=OFF; PRAGMA cell_size_check=ON; PRAGMA mmap_size=0;")) {
        close();
        return false;
    }
    return true;
}

void Database::close()
{
    m_cache.clear(); // finalizes the statements before the connection goes
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void Database::adopt(Database &other)
{
    close();
    other.m_cache.clear(); // its statements refer to `other`
    m_db = other.m_db;
    m_path = other.m_path;
    other.m_db = nullptr;
}

void Database::resetStatements()
{
    for (auto &[sql, statement] : m_cache)
        statement->reset();
}

Statement &Database::prepare(const char *sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        it->second->reset();
        return *it->second;
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = m_db ? sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) : SQLITE_MISUSE;
    if (rc != SQLITE_OK) {
        setError(m_db ? sqlite3_extended_errcode(m_db) : rc, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "not open"));
        sqlite3_finalize(stmt);
        stmt = nullptr;
        // Not cached, so a later call may succeed; its steps fail and leave this error in place.
        if (!m_invalid)
            m_invalid = std::make_unique<Statement>(*this, nullptr, false);
        m_invalid->m_ok = true;
        return *m_invalid;
    }
    auto &slot = m_cache[sql];
    slot = std::make_unique<Statement>(*this, stmt, true);
    return *slot;
}

std::unique_ptr<Statement> Database::prepareUncached(const QByteArray &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = m_db ? sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &stmt, nullptr) : SQLITE_MISUSE;
    if (rc != SQLITE_OK) {
        setError(m_db ? sqlite3_extended_errcode(m_db) : rc, QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "not open"));
        sqlite3_finalize(stmt);
        stmt = nullptr;
    }
    return std::make_unique<Statement>(*this, stmt, false);
}

bool Database::exec(const QByteArray &sql)
{
    if (!m_db) {
        setError(SQLITE_MISUSE, QStringLiteral("not open"));
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        setError(sqlite3_extended_errcode(m_db), QString::fromUtf8(message ? message : sqlite3_errstr(rc)));
        sqlite3_free(message);
        return false;
    }
    return true;
}

QVariant Database::scalar(const QByteArray &sql)
{
    auto stmt = prepareUncached(sql);
    if (!stmt->step())
        return {};
    switch (sqlite3_column_type(stmt->m_stmt, 0)) {
    case SQLITE_INTEGER:
        return stmt->int64(0);
    case SQLITE_FLOAT:
        return stmt->real(0);
    case SQLITE_NULL:
        return {};
    default:
        return stmt->text(0);
    }
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::errorCode() const
{
    return m_errorCode;
}

QString Database::errorMessage() const
{
    return m_errorMessage;
}

int Database::systemErrno() const
{
    return m_systemErrno;
}

void Database::setError(int code, const QString &message, int systemErrno)
{
    m_errorCode = code;
    // One line: SQLite quotes SQL in some messages (e.g. a damaged schema), line breaks and all.
    m_errorMessage = message.simplified();
    m_systemErrno = systemErrno >= 0 ? systemErrno : m_db && code != 0 ? sqlite3_system_errno(m_db) : 0;
    if (code == SQLITE_IOERR_DATA || (code & 0xff) == SQLITE_CORRUPT)
        m_damageSeen = true;
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

QString Database::check(bool full)
{
    auto stmt = prepareUncached(full ? QByteArray("PRAGMA integrity_check(1)") : QByteArray("PRAGMA quick_check(1)"));
    if (!stmt->step())
        return m_errorMessage.isEmpty() ? QStringLiteral("the check could not run") : m_errorMessage;
    // One line: SQLite prefixes "*** in database main ***" and a newline.
    QString result = stmt->text(0);
    result.remove(QStringLiteral("*** in database main ***"));
    return result.simplified();
}

std::unique_ptr<Sql::Transaction> Database::begin()
{
    return std::make_unique<Transaction>(*this);
}

bool Database::constraintFailed() const
{
    return (m_errorCode & 0xff) == SQLITE_CONSTRAINT;
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_nested = m_db.inTransaction();
    m_active = m_db.exec(m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_active || !m_db.isOpen())
        return;
    // Keep the error that made us roll back, not ROLLBACK's own.
    const int code = m_db.errorCode();
    const QString message = m_db.errorMessage();
    const int systemErrno = m_db.systemErrno();
    m_db.exec(m_nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK");
    m_db.setError(code, message, systemErrno);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (m_nested) {
        m_active = !m_db.exec("RELEASE nested");
        return !m_active;
    }
    if (!m_db.exec("COMMIT")) {
        // A failed COMMIT (disk full, I/O error) may leave the transaction open: roll it back.
        if (m_db.inTransaction()) {
            const int code = m_db.errorCode();
            const QString message = m_db.errorMessage();
            const int systemErrno = m_db.systemErrno();
            m_db.exec("ROLLBACK");
            m_db.setError(code, message, systemErrno);
        }
        m_active = false;
        return false;
    }
    m_active = false;
    return true;
}

bool isIoError(int code)
{
    switch (code & 0xff) {
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_NOLFS:
    case SQLITE_CORRUPT:
        return true;
    default:
        return false;
    }
}

} // namespace Parlance::Storage::Sqlite
