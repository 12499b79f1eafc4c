// SPDX-License-Identifier: GPL-2.0-or-later
#include "pg.h"

#include "storage/storagelog.h"

#include <QLocale>
#include <QSocketNotifier>

#include <libpq-fe.h>

#include <atomic>
#include <vector>

namespace Parlance::Storage::Postgres {

namespace {
// The server's notices ("extension … already exists, skipping") go to the storage log, not to stderr.
void logNotice(void *, const char *message)
{
    qCDebug(lcStorage, "PostgreSQL: %s", QByteArray(message).trimmed().constData());
}
} // namespace

// ---------------------------------------------------------------------------------------------
// Result

Result::Result(pg_result *result)
    : m_result(result, PQclear)
{
}

Result Result::failure(const QString &message)
{
    Result r;
    r.m_failure = message;
    return r;
}

bool Result::ok() const
{
    if (!m_result)
        return false;
    const ExecStatusType status = PQresultStatus(m_result.get());
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN
        || status == PGRES_EMPTY_QUERY;
}

QString Result::errorMessage() const
{
    if (!m_result)
        return m_failure.isEmpty() ? QStringLiteral("no result from the server") : m_failure;
    if (ok())
        return {};
    // Primary text, detail and hint, without libpq's "ERROR:  " prefix and trailing newline.
    auto field = [&](int code) { return QString::fromUtf8(PQresultErrorField(m_result.get(), code)).trimmed(); };
    QString message = field(PG_DIAG_MESSAGE_PRIMARY);
    if (message.isEmpty())
        message = QString::fromUtf8(PQresultErrorMessage(m_result.get())).trimmed();
    if (message.isEmpty())
        message = QString::fromUtf8(PQresStatus(PQresultStatus(m_result.get())));
    for (const int code : {PG_DIAG_MESSAGE_DETAIL, PG_DIAG_MESSAGE_HINT}) {
        const QString extra = field(code);
        if (!extra.isEmpty())
            message += QLatin1Char('\n') + extra;
    }
    return message;
}

QByteArray Result::sqlState() const
{
    if (!m_result || ok())
        return {};
    return QByteArray(PQresultErrorField(m_result.get(), PG_DIAG_SQLSTATE));
}

int Result::rowCount() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int Result::columnCount() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

int Result::column(const char *name) const
{
    return m_result ? PQfnumber(m_result.get(), name) : -1;
}

QByteArray Result::columnName(int column) const
{
    return m_result ? QByteArray(PQfname(m_result.get(), column)) : QByteArray();
}

unsigned Result::columnType(int column) const
{
    return m_result ? unsigned(PQftype(m_result.get(), column)) : 0;
}

qint64 Result::affectedRows() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result.get())).toLongLong() : 0;
}

bool Result::isNull(int row, int column) const
{
    return !m_result || row >= rowCount() || column >= columnCount() || PQgetisnull(m_result.get(), row, column);
}

QByteArray Result::raw(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QByteArray(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

QString Result::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

qint64 Result::int64(int row, int column) const
{
    return raw(row, column).toLongLong();
}

double Result::real(int row, int column) const
{
    return raw(row, column).toDouble();
}

bool Result::boolean(int row, int column) const
{
    return raw(row, column) == "t";
}

QByteArray Result::bytes(int row, int column) const
{
    if (isNull(row, column))
        return {};
    size_t length = 0;
    unsigned char *data = PQunescapeBytea(reinterpret_cast<const unsigned char *>(PQgetvalue(m_result.get(), row, column)),
                                          &length);
    if (!data)
        return {};
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(length));
    PQfreemem(data);
    return bytes;
}

// ---------------------------------------------------------------------------------------------
// Params

Params &Params::add(qint64 value)
{
    m_values.append({QByteArray::number(value)});
    return *this;
}

Params &Params::add(double value)
{
    // Shortest text that reads back as the same double.
    m_values.append({QByteArray::number(value, 'g', QLocale::FloatingPointShortest)});
    return *this;
}

Params &Params::add(bool value)
{
    m_values.append({value ? QByteArray("t") : QByteArray("f")});
    return *this;
}

Params &Params::add(const QString &value)
{
    if (value.isNull())
        return addNull();
    m_values.append({value.toUtf8()});
    return *this;
}

Params &Params::addBytes(const QByteArray &value)
{
    if (value.isNull())
        return addNull();
    m_values.append({value, false, true});
    return *this;
}

Params &Params::addNull()
{
    m_values.append({{}, true});
    return *this;
}

Params &Params::addId(qint64 id)
{
    return id == 0 ? addNull() : add(id);
}

// ---------------------------------------------------------------------------------------------
// Connection

Connection::Connection(QObject *parent)
    : QObject(parent)
{
}

Connection::~Connection()
{
    close();
}

QByteArray Connection::connectionString(const QString &target)
{
    const QString t = target.trimmed();
    if (t.startsWith(QLatin1StringView("postgresql://")) || t.startsWith(QLatin1StringView("postgres://"))
        || t.contains(QLatin1Char('=')))
        return t.toUtf8();
    // A bare word names a service of pg_service.conf; quoted so that spaces stay in the name.
    QString quoted = t;
    quoted.replace(QLatin1Char('\\'), QLatin1StringView("\\\\")).replace(QLatin1Char('\''), QLatin1StringView("\\'"));
    return "service='" + quoted.toUtf8() + '\'';
}

bool Connection::open(const QString &target)
{
    close();
    m_errorMessage.clear();
    m_errorSqlState.clear();
    if (target.trimmed().isEmpty()) {
        setError(QStringLiteral("no server given: expected a URL such as postgresql://host/database or a service name"));
        return false;
    }
    const QByteArray dbname = connectionString(target);
    // Later keywords override earlier ones, and the expanded dbname overrides what comes before
    // it: the timeout is a default the target may change; the encoding is ours to choose.
    const char *keywords[] = {"connect_timeout", "fallback_application_name", "dbname", "client_encoding", nullptr};
    const char *values[] = {"10", "parlance", dbname.constData(), "UTF8", nullptr};
    m_conn = PQconnectdbParams(keywords, values, 1);
    if (!m_conn) {
        setError(QStringLiteral("cannot connect: out of memory"));
        return false;
    }
    if (PQstatus(m_conn) != CONNECTION_OK) {
        // libpq's message names host and socket but never the password.
        setError(QStringLiteral("cannot connect: ") + QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        PQfinish(m_conn);
        m_conn = nullptr;
        return false;
    }
    PQsetNoticeProcessor(m_conn, logNotice, nullptr);
    return true;
}

void Connection::close()
{
    if (m_copying)
        endCopy(true);
    delete m_notifier;
    m_notifier = nullptr;
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

bool Connection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

QString Connection::description() const
{
    if (!m_conn)
        return QStringLiteral("(not connected)");
    const QString host = QString::fromUtf8(PQhost(m_conn));
    const QString where = host.startsWith(QLatin1Char('/')) ? QStringLiteral("the socket in %1").arg(host) : host;
    return QStringLiteral("database \u201c%1\u201d as \u201c%2\u201d on %3")
        .arg(QString::fromUtf8(PQdb(m_conn)), QString::fromUtf8(PQuser(m_conn)), where);
}

QString Connection::userName() const
{
    return m_conn ? QString::fromUtf8(PQuser(m_conn)) : QString();
}

int Connection::serverVersion() const
{
    return m_conn ? PQserverVersion(m_conn) : 0;
}

int Connection::backendPid() const
{
    return m_conn ? PQbackendPID(m_conn) : 0;
}

void Connection::setError(const QString &message, const QByteArray &sqlState)
{
    m_errorMessage = message;
    m_errorSqlState = sqlState;
}

Result Connection::finish(pg_result *raw)
{
    Result result(raw);
    if (!raw) {
        setError(m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QStringLiteral("not connected"));
        result = Result::failure(m_errorMessage);
    } else if (!result.ok()) {
        setError(result.errorMessage(), result.sqlState());
    }
    // Notifications that came in with the answer were read by libpq, and the socket then has
    // nothing new to say: hand them on from the event loop, never from inside this call.
    if (m_notifier)
        QMetaObject::invokeMethod(this, &Connection::processNotifications, Qt::QueuedConnection);
    return result;
}

Result Connection::exec(const QByteArray &sql)
{
    if (!m_conn) {
        setError(QStringLiteral("not connected"));
        return Result::failure(m_errorMessage);
    }
    return finish(PQexec(m_conn, sql.constData()));
}

Result Connection::exec(const QByteArray &sql, const Params &params)
{
    if (!m_conn) {
        setError(QStringLiteral("not connected"));
        return Result::failure(m_errorMessage);
    }
    const int n = params.size();
    std::vector<const char *> values(static_cast<size_t>(n));
    std::vector<int> lengths(static_cast<size_t>(n));
    std::vector<int> formats(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        const Params::Value &v = params.m_values.at(i);
        values[size_t(i)] = v.null ? nullptr : v.data.constData();
        lengths[size_t(i)] = int(v.data.size());
        formats[size_t(i)] = v.binary ? 1 : 0;
    }
    return finish(PQexecParams(m_conn, sql.constData(), n, nullptr, values.data(), lengths.data(), formats.data(), 0));
}

bool Connection::run(const QByteArray &sql)
{
    return exec(sql).ok();
}

bool Connection::run(const QByteArray &sql, const Params &params)
{
    return exec(sql, params).ok();
}

std::optional<QString> Connection::scalar(const QByteArray &sql, const Params &params)
{
    const Result r = params.size() ? exec(sql, params) : exec(sql);
    if (!r.ok() || r.rowCount() == 0 || r.columnCount() == 0)
        return std::nullopt;
    return r.text(0, 0);
}

bool Connection::inTransaction() const
{
    return m_conn && PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

bool Connection::beginCopy(const QByteArray &sql)
{
    if (!m_conn) {
        setError(QStringLiteral("not connected"));
        return false;
    }
    Result r(PQexec(m_conn, sql.constData()));
    if (!r.ok()) {
        setError(r.errorMessage(), r.sqlState());
        return false;
    }
    if (PQresultStatus(r.m_result.get()) != PGRES_COPY_IN) {
        setError(QStringLiteral("not a COPY FROM STDIN: ") + QString::fromUtf8(sql));
        return false;
    }
    m_copying = true;
    return true;
}

QByteArray Connection::copyField(const QString &value)
{
    if (value.isNull())
        return QByteArrayLiteral("\\N");
    const QByteArray utf8 = value.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 8);
    for (const char c : utf8) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
    return out;
}

bool Connection::putCopyRow(const QList<QString> &values)
{
    if (!m_copying) {
        setError(QStringLiteral("no COPY in progress"));
        return false;
    }
    QByteArray line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            line += '\t';
        line += copyField(values.at(i));
    }
    line += '\n';
    if (PQputCopyData(m_conn, line.constData(), int(line.size())) != 1) {
        setError(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        return false;
    }
    return true;
}

bool Connection::endCopy(bool abort)
{
    if (!m_copying)
        return false;
    m_copying = false;
    if (PQputCopyEnd(m_conn, abort ? "aborted by Parlance" : nullptr) != 1) {
        setError(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
        return false;
    }
    bool ok = !abort;
    while (pg_result *raw = PQgetResult(m_conn)) {
        Result r(raw);
        if (!r.ok()) {
            ok = false;
            if (!abort)
                setError(r.errorMessage(), r.sqlState());
        }
    }
    return ok;
}

QByteArray Connection::quoteIdentifier(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    if (!m_conn) {
        QByteArray quoted = utf8;
        return '"' + quoted.replace('"', "\"\"") + '"';
    }
    char *escaped = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    const QByteArray result(escaped ? escaped : "");
    PQfreemem(escaped);
    return result;
}

bool Connection::listen(const QString &channel)
{
    if (!run("LISTEN " + quoteIdentifier(channel)))
        return false;
    if (!m_notifier) {
        m_notifier = new QSocketNotifier(qintptr(PQsocket(m_conn)), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &Connection::processNotifications);
    }
    return true;
}

bool Connection::unlisten(const QString &channel)
{
    return run("UNLISTEN " + quoteIdentifier(channel));
}

int Connection::processNotifications()
{
    if (!m_conn)
        return 0;
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) == CONNECTION_BAD) {
        if (m_notifier && !m_notifier->isEnabled())
            return 0; // reported already
        const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        setError(QStringLiteral("the connection to the server was lost: ") + message);
        if (m_notifier)
            m_notifier->setEnabled(false);
        Q_EMIT connectionLost(m_errorMessage);
        return 0;
    }
    int count = 0;
    while (PGnotify *n = PQnotifies(m_conn)) {
        const QString channel = QString::fromUtf8(n->relname);
        const QString payload = QString::fromUtf8(n->extra);
        const int pid = n->be_pid;
        PQfreemem(n);
        ++count;
        Q_EMIT notified(channel, payload, pid);
    }
    return count;
}

// ---------------------------------------------------------------------------------------------
// Transaction

namespace {
std::atomic<int> savepointCounter{0};
}

Transaction::Transaction(Connection &connection, Isolation isolation)
    : m_connection(connection)
{
    if (!connection.isOpen())
        return;
    if (connection.inTransaction()) {
        m_nested = true;
        m_savepoint = "parlance_sp_" + QByteArray::number(++savepointCounter);
        m_active = connection.run("SAVEPOINT " + m_savepoint);
        return;
    }
    const char *begin = isolation == Isolation::Serializable ? "BEGIN ISOLATION LEVEL SERIALIZABLE"
        : isolation == Isolation::RepeatableRead           ? "BEGIN ISOLATION LEVEL REPEATABLE READ"
                                                            : "BEGIN";
    m_active = connection.run(begin);
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    // Keep the error that made us roll back, not the rollback's own message.
    const QString message = m_connection.errorMessage();
    const QByteArray state = m_connection.errorSqlState();
    if (m_nested)
        m_connection.run("ROLLBACK TO SAVEPOINT " + m_savepoint + "; RELEASE SAVEPOINT " + m_savepoint);
    else
        m_connection.run("ROLLBACK");
    m_connection.setError(message, state);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_nested)
        return m_connection.run("RELEASE SAVEPOINT " + m_savepoint);
    // A COMMIT of a failed transaction answers "ROLLBACK" without an error: check what it did.
    const Result r = m_connection.exec("COMMIT");
    if (!r.ok())
        return false;
    if (qstrcmp(PQcmdStatus(r.m_result.get()), "COMMIT") != 0) {
        m_connection.setError(QStringLiteral("the transaction failed earlier and was rolled back"));
        return false;
    }
    return true;
}

} // namespace Parlance::Storage::Postgres
