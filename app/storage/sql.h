// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The statement-level interface that Storage::Project is written against, so that one copy of its
// queries runs over either back end: a project file (Sqlite::Database, sqlite.h) or a database on
// a PostgreSQL server (Postgres::SqlConnection, postgres/pgsql.h). SQL is written once, in the
// dialect both accept (`?N` parameters, `RETURNING`, `ON CONFLICT`); the few statements that
// differ (full-text search, the FTS5 index tables) ask dialect(). Errors are return values.

#include <QByteArray>
#include <QString>

#include <memory>

namespace Parlance::Storage::Sql {

enum class Dialect { Sqlite, Postgres };

/// One prepared statement, owned by its connection (prepare() caches it) and reset on every fetch.
/// Parameters are 1-based (`?1`, `?2`, …), columns 0-based.
class Statement {
public:
    virtual ~Statement() = default;

    virtual Statement &bind(int index, qint64 value) = 0;
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    virtual Statement &bind(int index, double value) = 0;
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    virtual Statement &bind(int index, const QString &value) = 0; ///< a null QString binds NULL
    virtual Statement &bind(int index, const QByteArray &value, bool asBlob = false) = 0;
    Statement &bind(int index, const char *utf8) = delete; // ambiguous: say QString or QByteArray
    virtual Statement &bindNull(int index) = 0;
    /// Binds NULL for 0, the id otherwise (ids of optional references).
    Statement &bindId(int index, qint64 id) { return id == 0 ? bindNull(index) : bind(index, id); }

    /// Executes one step: true while a row is available. Check ok() after the loop.
    virtual bool step() = 0;
    /// Runs a statement that returns no rows; false on error.
    virtual bool exec() = 0;
    virtual bool ok() const = 0;

    virtual bool isNull(int column) const = 0;
    virtual qint64 int64(int column) const = 0; ///< a boolean reads as 0 or 1
    int integer(int column) const { return int(int64(column)); }
    virtual double real(int column) const = 0;
    /// NULL reads as a null QString; a timestamp as ISO 8601 in UTC with milliseconds.
    virtual QString text(int column) const = 0;
    virtual QByteArray blob(int column) const = 0;

    virtual void reset() = 0;
};

/// BEGIN on construction (a savepoint inside another transaction); rolls back when destroyed
/// uncommitted.
class Transaction {
public:
    virtual ~Transaction() = default;
    virtual bool isActive() const = 0;
    virtual bool commit() = 0;
};

class Connection {
public:
    virtual ~Connection() = default;
    virtual Dialect dialect() const = 0;
    /// A cached statement for this literal, reset and with cleared bindings.
    virtual Statement &prepare(const char *sql) = 0;
    /// Runs one or more statements without parameters or results.
    virtual bool exec(const QByteArray &sql) = 0;
    virtual std::unique_ptr<Transaction> begin() = 0;
    virtual bool inTransaction() const = 0;
    virtual QString errorMessage() const = 0;
    /// The last failure broke a constraint (a foreign key, a unique key, a check).
    virtual bool constraintFailed() const = 0;
};

} // namespace Parlance::Storage::Sql
