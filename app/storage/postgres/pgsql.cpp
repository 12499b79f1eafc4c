// SPDX-License-Identifier: GPL-2.0-or-later
#include "pgsql.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Parlance::Storage::Postgres {

namespace {

// pg_type oids of the columns whose text differs from the file's.
constexpr unsigned boolOid = 16;
constexpr unsigned byteaOid = 17;
constexpr unsigned timestamptzOid = 1184;

class SqlTransaction final : public Sql::Transaction {
public:
    explicit SqlTransaction(SqlConnection &c)
        : m_connection(c)
        , m_transaction(c.connection())
    {
    }
    bool isActive() const override { return m_transaction.isActive(); }
    bool commit() override
    {
        if (m_transaction.commit())
            return true;
        m_connection.noteFailure(m_connection.connection().errorMessage(), m_connection.connection().errorSqlState());
        return false;
    }

private:
    SqlConnection &m_connection;
    Postgres::Transaction m_transaction;
};

} // namespace

QByteArray SqlStatement::translate(const char *sql, QList<int> *order)
{
    const QByteArray in(sql);
    QByteArray out;
    out.reserve(in.size() + 16);
    bool quoted = false;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '\'')
            quoted = !quoted;
        if (quoted || c != '?' || i + 1 >= in.size() || !std::isdigit(static_cast<unsigned char>(in.at(i + 1)))) {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        while (end < in.size() && std::isdigit(static_cast<unsigned char>(in.at(end))))
            ++end;
        const int index = in.mid(i + 1, end - i - 1).toInt();
        qsizetype position = order->indexOf(index);
        if (position < 0) {
            order->append(index);
            position = order->size() - 1;
        }
        out += '$' + QByteArray::number(position + 1);
        i = end - 1;
    }
    // An explicit id goes into an identity column only when asked to (undo restores rows by id).
    static const QRegularExpression explicitId(QStringLiteral("^\\s*INSERT INTO \\w+ \\(id,[^)]*\\)\\s*(?=VALUES)"));
    const QString text = QString::fromUtf8(out);
    const QRegularExpressionMatch m = explicitId.match(text);
    if (m.hasMatch())
        out = (text.left(m.capturedEnd()) + QStringLiteral("OVERRIDING SYSTEM VALUE ") + text.mid(m.capturedEnd())).toUtf8();
    return out;
}

SqlStatement::SqlStatement(SqlConnection &connection, const char *sql)
    : m_connection(connection)
    , m_order()
    , m_sql(translate(sql, &m_order))
{
}

SqlStatement::Value &SqlStatement::slot(int index)
{
    return m_values[index];
}

SqlStatement &SqlStatement::bind(int index, qint64 value)
{
    Value &v = slot(index);
    v = {};
    v.kind = Value::Integer;
    v.integer = value;
    return *this;
}

SqlStatement &SqlStatement::bind(int index, double value)
{
    Value &v = slot(index);
    v = {};
    v.kind = Value::Real;
    v.real = value;
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QString &value)
{
    Value &v = slot(index);
    v = {};
    v.kind = value.isNull() ? Value::Null : Value::Text;
    v.text = value;
    return *this;
}

SqlStatement &SqlStatement::bind(int index, const QByteArray &value, bool asBlob)
{
    Value &v = slot(index);
    v = {};
    if (value.isNull())
        return *this;
    v.kind = asBlob ? Value::Bytes : Value::Text;
    if (asBlob)
        v.bytes = value;
    else
        v.text = QString::fromUtf8(value);
    return *this;
}

SqlStatement &SqlStatement::bindNull(int index)
{
    slot(index) = {};
    return *this;
}

Result SqlStatement::run()
{
    Params params;
    for (int index : std::as_const(m_order)) {
        const auto it = m_values.find(index);
        const Value v = it == m_values.end() ? Value() : it->second;
        switch (v.kind) {
        case Value::Null:
            params.addNull();
            break;
        case Value::Integer:
            params.add(v.integer);
            break;
        case Value::Real:
            params.add(v.real);
            break;
        case Value::Text:
            params.add(v.text);
            break;
        case Value::Bytes:
            params.addBytes(v.bytes);
            break;
        }
    }
    Result result = m_connection.m_connection.exec(m_sql, params);
    m_ok = result.ok();
    if (!m_ok)
        m_connection.noteFailure(result.errorMessage().isEmpty() ? m_connection.m_connection.errorMessage() : result.errorMessage(),
                                 result.sqlState());
    return result;
}

bool SqlStatement::step()
{
    if (!m_started) {
        m_started = true;
        m_result = run();
        m_row = -1;
        if (!m_ok)
            return false;
    }
    if (!m_ok || m_row + 1 >= m_result.rowCount())
        return false;
    ++m_row;
    return true;
}

bool SqlStatement::exec()
{
    m_result = run();
    m_started = false;
    m_values.clear();
    m_result = {};
    return m_ok;
}

bool SqlStatement::isNull(int column) const
{
    return m_result.isNull(m_row, column);
}

qint64 SqlStatement::int64(int column) const
{
    if (m_result.columnType(column) == boolOid)
        return m_result.boolean(m_row, column) ? 1 : 0;
    return m_result.int64(m_row, column);
}

double SqlStatement::real(int column) const
{
    return m_result.real(m_row, column);
}

QString SqlStatement::text(int column) const
{
    if (m_result.isNull(m_row, column))
        return {};
    if (m_result.columnType(column) == timestamptzOid) {
        // "2026-12-01 02:47:28.123+00" (the session's time zone is UTC) as the file writes it.
        QString raw = m_result.text(m_row, column);
        const qsizetype zone = raw.lastIndexOf(QLatin1Char('+'));
        if (zone > 10)
            raw.truncate(zone);
        raw.replace(10, 1, QLatin1Char('T'));
        const QDateTime time = QDateTime::fromString(raw + QLatin1Char('Z'), Qt::ISODateWithMs);
        return time.isValid() ? time.toString(Qt::ISODateWithMs) : m_result.text(m_row, column);
    }
    if (m_result.columnType(column) == boolOid)
        return m_result.boolean(m_row, column) ? QStringLiteral("1") : QStringLiteral("0");
    return m_result.text(m_row, column);
}

QByteArray SqlStatement::blob(int column) const
{
    if (m_result.columnType(column) == byteaOid)
        return m_result.bytes(m_row, column);
    return m_result.raw(m_row, column);
}

void SqlStatement::reset()
{
    m_result = {};
    m_started = false;
    m_row = -1;
    m_ok = true;
    m_values.clear();
}

bool SqlConnection::isServerTarget(const QString &path)
{
    static const QRegularExpression keyword(QStringLiteral("^\\s*(service|host|hostaddr|port|dbname|user)\\s*="));
    return path.startsWith(QLatin1StringView("postgresql://")) || path.startsWith(QLatin1StringView("postgres://"))
        || keyword.match(path).hasMatch();
}

QString SqlConnection::withoutPassword(const QString &target)
{
    if (target.startsWith(QLatin1StringView("postgresql://")) || target.startsWith(QLatin1StringView("postgres://"))) {
        static const QRegularExpression userInfo(QStringLiteral("^(postgres(?:ql)?://[^:@/]*):[^@/]*@"));
        static const QRegularExpression query(QStringLiteral("([?&])password=[^&]*&?"));
        QString t = target;
        t.replace(userInfo, QStringLiteral("\\1@"));
        t.replace(query, QStringLiteral("\\1"));
        if (t.endsWith(QLatin1Char('?')) || t.endsWith(QLatin1Char('&')))
            t.chop(1);
        return t;
    }
    static const QRegularExpression keyword(QStringLiteral("\\s*password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S*)"));
    return QString(target).remove(keyword).trimmed();
}

SqlConnection::SqlConnection() = default;
SqlConnection::~SqlConnection() = default;

SqlStatement &SqlConnection::prepare(const char *sql)
{
    std::unique_ptr<SqlStatement> &statement = m_cache[sql];
    if (!statement)
        statement = std::make_unique<SqlStatement>(*this, sql);
    statement->reset();
    return *statement;
}

bool SqlConnection::exec(const QByteArray &sql)
{
    const Result result = m_connection.exec(sql);
    if (!result.ok()) {
        noteFailure(result.errorMessage().isEmpty() ? m_connection.errorMessage() : result.errorMessage(), result.sqlState());
        return false;
    }
    return true;
}

std::unique_ptr<Sql::Transaction> SqlConnection::begin()
{
    auto transaction = std::make_unique<SqlTransaction>(*this);
    if (!transaction->isActive())
        noteFailure(m_connection.errorMessage(), m_connection.errorSqlState());
    return transaction;
}

void SqlConnection::noteFailure(const QString &message, const QByteArray &sqlState)
{
    m_errorMessage = message;
    m_sqlState = sqlState;
}

} // namespace Parlance::Storage::Postgres
