// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A small RAII layer over libpq, in the manner of sqlite.h: a connection opened by URL or service
// name, results that free themselves, text parameters, a transaction that rolls back unless
// committed, COPY FROM STDIN, and LISTEN delivered through a QSocketNotifier on the connection's
// socket. Errors are reported by return values and errorMessage(), never thrown.
//
// Credentials come only from libpq's usual places (~/.pgpass, PGPASSWORD, pg_service.conf, a
// password inside the URL the user typed); this layer never stores or prints them.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;
class QSocketNotifier;

namespace Parlance::Storage::Postgres {

/// One query's result (PGresult), text format. Rows and columns are 0-based.
class Result final {
public:
    Result() = default;
    explicit Result(pg_result *result);
    /// A failed result that carries only a message (the connection was not open, …).
    static Result failure(const QString &message);

    bool ok() const; ///< the command succeeded (with or without rows)
    /// The server's message: primary text, then detail and hint, each on its own line.
    QString errorMessage() const;
    /// The five-character SQLSTATE of a failure, e.g. "23505" (unique violation); empty on success.
    QByteArray sqlState() const;

    int rowCount() const;
    int columnCount() const;
    /// The column's index by name, -1 if there is none.
    int column(const char *name) const;
    QByteArray columnName(int column) const;
    /// The column's type (its pg_type oid: 16 boolean, 17 bytea, 1082 date, 1184 timestamptz, …).
    unsigned columnType(int column) const;
    /// Rows a command changed (UPDATE, DELETE, INSERT, COPY), 0 if it reports none.
    qint64 affectedRows() const;

    bool isNull(int row, int column) const;
    QString text(int row, int column) const; ///< NULL reads as a null QString
    qint64 int64(int row, int column) const;
    int integer(int row, int column) const { return int(int64(row, column)); }
    double real(int row, int column) const;
    bool boolean(int row, int column) const; ///< 't' is true
    QByteArray bytes(int row, int column) const; ///< a bytea column, unescaped
    /// The raw text of a value, as the server sent it.
    QByteArray raw(int row, int column) const;

private:
    friend class Connection;
    friend class Transaction;
    std::shared_ptr<pg_result> m_result;
    QString m_failure;
};

/// Parameters of a query ($1, $2, …), in order. Values travel as text, except bytes (binary).
class Params final {
public:
    Params &add(qint64 value);
    Params &add(int value) { return add(qint64(value)); }
    Params &add(double value);
    Params &add(bool value);
    Params &add(const QString &value); ///< a null QString is NULL
    Params &add(const char *utf8) = delete; // ambiguous: say QString or QByteArray
    Params &addBytes(const QByteArray &value); ///< bytea; a null QByteArray is NULL
    Params &addNull();
    /// NULL for 0, the id otherwise (ids of optional references).
    Params &addId(qint64 id);

    int size() const { return int(m_values.size()); }

private:
    friend class Connection;
    struct Value {
        QByteArray data;
        bool null = false;
        bool binary = false;
    };
    QList<Value> m_values;
};

/// One connection to a server. A QObject only for LISTEN: notifications arrive as `notified`
/// signals from the thread's event loop.
class Connection final : public QObject {
    Q_OBJECT
public:
    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    /// Connects to `target`: a URL (`postgresql://host/db`, `postgres://…`), a libpq connection
    /// string (`service=desk`, `host=… dbname=…`) or a bare service name (`desk`, read from
    /// pg_service.conf). The session speaks UTF-8 and is named "parlance" unless `target` names it.
    bool open(const QString &target);
    void close();
    bool isOpen() const;
    pg_conn *handle() const { return m_conn; }

    /// The libpq connection string `target` stands for (a bare name becomes `service=NAME`).
    static QByteArray connectionString(const QString &target);
    /// Where this connection goes, for messages: database, role, host or socket folder — never
    /// the password.
    QString description() const;
    /// The role the session runs as (current_user at connection time).
    QString userName() const;
    int serverVersion() const; ///< e.g. 170012
    int backendPid() const;

    /// Runs one or more statements without parameters (simple query protocol). Returns the last
    /// statement's result.
    Result exec(const QByteArray &sql);
    /// Runs one statement with parameters $1…$n (extended protocol).
    Result exec(const QByteArray &sql, const Params &params);
    /// Runs a statement and returns whether it succeeded; on failure errorMessage() tells why.
    bool run(const QByteArray &sql);
    bool run(const QByteArray &sql, const Params &params);
    /// The first column of the first row, or nothing on failure or an empty result.
    std::optional<QString> scalar(const QByteArray &sql, const Params &params = {});

    /// The last failure of this connection: open, a query, COPY or LISTEN.
    QString errorMessage() const { return m_errorMessage; }
    QByteArray errorSqlState() const { return m_errorSqlState; }
    /// True inside BEGIN…COMMIT (a Transaction then nests as a savepoint).
    bool inTransaction() const;

    /// Starts COPY … FROM STDIN (text format); then putCopyRow() per row and endCopy().
    bool beginCopy(const QByteArray &sql);
    /// One row of the COPY: each value escaped for the text format (null QString: NULL).
    bool putCopyRow(const QList<QString> &values);
    /// Ends the COPY (or aborts it when `abort`); true when the server accepted every row.
    bool endCopy(bool abort = false);
    /// The text-format encoding of one value, as putCopyRow writes it.
    static QByteArray copyField(const QString &value);

    /// LISTEN on `channel`; from now on each NOTIFY on it is emitted as `notified`.
    bool listen(const QString &channel);
    bool unlisten(const QString &channel);
    /// Reads what the server sent and emits the notifications waiting in libpq (also called by
    /// the socket notifier). Returns how many it emitted.
    int processNotifications();

    /// `name` quoted as an SQL identifier.
    QByteArray quoteIdentifier(const QString &name) const;

Q_SIGNALS:
    void notified(const QString &channel, const QString &payload, int senderPid);
    /// The server went away while we were listening; the connection is closed.
    void connectionLost(const QString &message);

private:
    friend class Transaction;
    Result finish(pg_result *result);
    void setError(const QString &message, const QByteArray &sqlState = {});

    pg_conn *m_conn = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QString m_errorMessage;
    QByteArray m_errorSqlState;
    bool m_copying = false;
};

/// BEGIN on construction (SAVEPOINT inside another transaction); ROLLBACK on destruction unless
/// commit() succeeded.
class Transaction final {
public:
    enum class Isolation { ReadCommitted, RepeatableRead, Serializable };
    explicit Transaction(Connection &connection, Isolation isolation = Isolation::ReadCommitted);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    Connection &m_connection;
    bool m_active = false;
    bool m_nested = false;
    QByteArray m_savepoint;
};

} // namespace Parlance::Storage::Postgres
