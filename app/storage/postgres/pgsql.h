// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The statement-level interface (storage/sql.h) over a libpq connection, so that Storage::Project
// runs its queries unchanged on a server. The SQL is translated once per statement: `?N`
// parameters become `$1…` (numbered in order of appearance, as the extended protocol wants every
// number used), and an INSERT that gives `id` explicitly says OVERRIDING SYSTEM VALUE (the ids are
// identity columns). Values come back as the file gives them: booleans as 0/1, timestamps as ISO
// 8601 UTC with milliseconds, bytea as bytes.

#include "pg.h"
#include "storage/sql.h"

#include <map>
#include <memory>

namespace Parlance::Storage::Postgres {

class SqlConnection;

class SqlStatement final : public Sql::Statement {
public:
    SqlStatement(SqlConnection &connection, const char *sql);

    SqlStatement &bind(int index, qint64 value) override;
    SqlStatement &bind(int index, double value) override;
    SqlStatement &bind(int index, const QString &value) override;
    SqlStatement &bind(int index, const QByteArray &value, bool asBlob = false) override;
    SqlStatement &bindNull(int index) override;
    using Sql::Statement::bind;

    bool step() override;
    bool exec() override;
    bool ok() const override { return m_ok; }

    bool isNull(int column) const override;
    qint64 int64(int column) const override;
    double real(int column) const override;
    QString text(int column) const override;
    QByteArray blob(int column) const override;

    void reset() override;

    /// The SQL as sent to the server.
    QByteArray translated() const { return m_sql; }
    /// `sql` in PostgreSQL's terms; `order` gets, for $1, $2, …, the `?N` each stands for.
    static QByteArray translate(const char *sql, QList<int> *order);

private:
    struct Value {
        enum Kind { Null, Integer, Real, Text, Bytes } kind = Null;
        qint64 integer = 0;
        double real = 0;
        QString text;
        QByteArray bytes;
    };
    Value &slot(int index);
    Result run();

    SqlConnection &m_connection;
    QList<int> m_order; // before m_sql: translate() fills it
    QByteArray m_sql;
    std::map<int, Value> m_values;
    Result m_result;
    int m_row = -1;
    bool m_started = false;
    bool m_ok = true;
};

/// A libpq connection as an Sql::Connection; connection() is the underlying one (LISTEN, COPY).
class SqlConnection final : public Sql::Connection {
public:
    SqlConnection();
    ~SqlConnection() override;

    Postgres::Connection &connection() { return m_connection; }

    /// Whether a project's "path" names a server rather than a file: a `postgresql://` or
    /// `postgres://` URL, or a libpq connection string that starts with a keyword (`service=desk`,
    /// `host=… dbname=…`). A bare word is a file name here.
    static bool isServerTarget(const QString &path);
    /// `target` without a password (a URL's user:password@, a `password=` keyword): what may be
    /// shown and kept; libpq finds the password again in ~/.pgpass, PGPASSWORD or the service file.
    static QString withoutPassword(const QString &target);

    Sql::Dialect dialect() const override { return Sql::Dialect::Postgres; }
    SqlStatement &prepare(const char *sql) override;
    bool exec(const QByteArray &sql) override;
    std::unique_ptr<Sql::Transaction> begin() override;
    bool inTransaction() const override { return m_connection.inTransaction(); }
    QString errorMessage() const override { return m_errorMessage; }
    bool constraintFailed() const override { return m_sqlState.startsWith("23"); }
    /// The SQLSTATE of the last failure (e.g. "PA001", an edit refused as stale).
    QByteArray sqlState() const { return m_sqlState; }
    /// Records a failure for errorMessage() and sqlState().
    void noteFailure(const QString &message, const QByteArray &sqlState);

private:
    friend class SqlStatement;

    Postgres::Connection m_connection;
    std::map<const char *, std::unique_ptr<SqlStatement>> m_cache; // keyed by the literal's address
    QString m_errorMessage;
    QByteArray m_sqlState;
};

} // namespace Parlance::Storage::Postgres
