// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A small RAII layer over the SQLite C API: a connection, prepared statements (cached and reused
// by the connection), and a transaction that rolls back unless committed. Errors are reported by
// return values and errorMessage(), never thrown.

#include "sql.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <map>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Parlance::Storage::Sqlite {

class Database;

/// One prepared statement. Obtained from Database::prepare() (cached, reset on every fetch) or
/// Database::prepareUncached().
class Statement final : public Sql::Statement {
public:
    Statement(Database &db, sqlite3_stmt *stmt, bool cached);
    ~Statement() override;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, like SQLite's.
    Statement &bind(int index, qint64 value) override;
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value) override;
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, const QString &value) override; ///< a null QString binds NULL
    Statement &bind(int index, const QByteArray &value, bool asBlob = false) override; ///< null binds NULL
    Statement &bind(int index, const char *utf8) = delete; // ambiguous: say QString or QByteArray
    Statement &bindNull(int index) override;
    /// Binds NULL for 0, the id otherwise (ids of optional references).
    Statement &bindId(int index, qint64 id);

    /// Executes one step: true while a row is available. Check ok() after the loop.
    bool step() override;
    /// Runs a statement that returns no rows; false on error.
    bool exec() override;
    bool ok() const override { return m_ok; }
    /// SQLite's (extended) result code of the last step.
    int resultCode() const { return m_rc; }

    int columnCount() const;
    bool isNull(int column) const override;
    qint64 int64(int column) const override;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const override;
    QString text(int column) const override; ///< NULL reads as a null QString
    QByteArray blob(int column) const override;

    void reset() override;

private:
    friend class Database;
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_cached = false;
    bool m_ok = true;
    int m_rc = 0;
};

class Database final : public Sql::Connection {
public:
    enum class Mode { ReadOnly, ReadWrite, ReadWriteCreate };
    /// How a file is read, beyond the mode.
    struct Options {
        /// Trust that nothing changes the file: no locks, and no journal or WAL beside it is read
        /// (a WAL-mode file on read-only media; reading a file whose journal is set aside).
        bool immutable = false;
        /// Verify page checksums (see checksumvfs.h); off only to tell damage from tampering.
        bool verifyChecksums = true;
    };

    Database() = default;
    ~Database() override;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens `path` through the page-checksum VFS (checksumvfs.h). Before anything reads the file
    /// the connection is hardened: defensive mode, trusted_schema OFF, cell_size_check ON, no memory
    /// mapping, no extension loading.
    bool open(const QString &path, Mode mode, Options options);
    bool open(const QString &path, Mode mode) { return open(path, mode, Options()); }
    void close();
    bool isOpen() const { return m_db != nullptr; }
    /// Takes over `other`'s connection (e.g. the checked read-only one), which is left closed.
    void adopt(Database &other);
    /// Resets every cached statement, so that none holds a read transaction open.
    void resetStatements();
    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    /// A cached statement, reset and with cleared bindings; it stays owned by the connection.
    Statement &prepare(const char *sql) override;
    /// A statement for SQL that runs once (DDL, PRAGMAs with values).
    std::unique_ptr<Statement> prepareUncached(const QByteArray &sql);
    /// Runs one or more statements without results (sqlite3_exec).
    bool exec(const QByteArray &sql) override;
    /// The first column of the first row of a query, or an invalid QVariant.
    QVariant scalar(const QByteArray &sql);

    qint64 lastInsertId() const;
    int changes() const;
    int errorCode() const; ///< extended code of the last failure
    QString errorMessage() const override;
    /// The operating system's errno behind the last failure (e.g. ENOSPC), 0 if none.
    int systemErrno() const;
    /// Records a failure; `systemErrno` -1 asks SQLite for the errno behind it.
    void setError(int code, const QString &message, int systemErrno = -1);
    /// True once any statement met a damaged page (a checksum mismatch or SQLITE_CORRUPT): a
    /// connection that saw damage must not write again.
    bool damageSeen() const { return m_damageSeen; }
    /// True inside BEGIN…COMMIT (a Transaction then nests as a savepoint).
    bool inTransaction() const override;
    Sql::Dialect dialect() const override { return Sql::Dialect::Sqlite; }
    std::unique_ptr<Sql::Transaction> begin() override;
    bool constraintFailed() const override;

    /// "ok", or the first problem quick_check/integrity_check reports (checks the whole file).
    QString check(bool full = false);

private:
    friend class Statement;
    sqlite3 *m_db = nullptr;
    QString m_path;
    std::map<const char *, std::unique_ptr<Statement>> m_cache; // keyed by the literal's address
    std::unique_ptr<Statement> m_invalid; // what prepare() returns for SQL that does not compile
    int m_errorCode = 0;
    int m_systemErrno = 0;
    QString m_errorMessage;
    bool m_damageSeen = false;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded. Inside
/// another transaction it is a savepoint: committing releases it into the outer transaction, and
/// failing rolls back its own changes only.
class Transaction final : public Sql::Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction() override;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const override { return m_active; }
    bool commit() override;

private:
    Database &m_db;
    bool m_active = false;
    bool m_nested = false;
};

/// True for result codes that mean the medium failed (disk full, I/O error, read-only medium…).
bool isIoError(int code);

} // namespace Parlance::Storage::Sqlite
