// SPDX-License-Identifier: GPL-2.0-or-later
#include "transfer.h"

#include "pg.h"
#include "storage/project.h"
#include "storage/schema.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace Parlance::Storage::Postgres::Transfer {

namespace {

// How a server column's values are converted; from its type.
enum class Kind { Text, Integer, Real, Boolean, Date, Timestamp, Bytes };

struct ServerColumn {
    QString name;
    Kind kind = Kind::Text;
    bool generated = false;
};

Kind kindOf(const QString &type)
{
    if (type == u"boolean")
        return Kind::Boolean;
    if (type == u"bigint" || type == u"integer" || type == u"smallint")
        return Kind::Integer;
    if (type == u"double precision" || type == u"real")
        return Kind::Real;
    if (type == u"date")
        return Kind::Date;
    if (type.startsWith(u"timestamp"))
        return Kind::Timestamp;
    if (type == u"bytea")
        return Kind::Bytes;
    return Kind::Text;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QList<ServerColumn> serverColumns(Connection &c, const QString &table)
{
    QList<ServerColumn> columns;
    const Result r = c.exec("SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attgenerated <> '' "
                            "FROM pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped "
                            "ORDER BY a.attnum",
                            Params().add(QString::fromUtf8(c.quoteIdentifier(table))));
    for (int row = 0; row < r.rowCount(); ++row)
        columns.append({r.text(row, 0), kindOf(r.text(row, 1)), r.boolean(row, 2)});
    return columns;
}

const ServerColumn *findColumn(const QList<ServerColumn> &columns, const QString &name)
{
    for (const ServerColumn &c : columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

// Timestamps and dates as the file writes them (Project: ISO 8601, UTC, milliseconds).
bool prepareSession(Connection &c)
{
    return c.run("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET extra_float_digits = 1");
}

QString shortest(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// The column names of a table of the file, in order.
QStringList fileColumns(sqlite3 *db, const QString &table)
{
    QStringList names;
    sqlite3_stmt *s = nullptr;
    const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\" LIMIT 0";
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) == SQLITE_OK) {
        for (int i = 0; i < sqlite3_column_count(s); ++i)
            names << QString::fromUtf8(sqlite3_column_name(s, i));
    }
    sqlite3_finalize(s);
    return names;
}

QString sqliteText(sqlite3_stmt *s, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, column)), sqlite3_column_bytes(s, column));
}

// One value of the file, in COPY's text form for a server column of `kind`.
QString copyValue(sqlite3_stmt *s, int column, Kind kind)
{
    const int type = sqlite3_column_type(s, column);
    if (type == SQLITE_NULL)
        return {};
    switch (kind) {
    case Kind::Boolean:
        return sqlite3_column_int64(s, column) != 0 ? QStringLiteral("t") : QStringLiteral("f");
    case Kind::Real:
        return shortest(sqlite3_column_double(s, column));
    case Kind::Bytes: {
        const QByteArray bytes(static_cast<const char *>(sqlite3_column_blob(s, column)), sqlite3_column_bytes(s, column));
        return QStringLiteral("\\x") + QString::fromLatin1(bytes.toHex());
    }
    default:
        return type == SQLITE_FLOAT ? shortest(sqlite3_column_double(s, column)) : sqliteText(s, column);
    }
}

qint64 fileSequence(sqlite3 *db, const QString &table)
{
    sqlite3_stmt *s = nullptr;
    qint64 value = 0;
    if (sqlite3_prepare_v2(db, "SELECT seq FROM sqlite_sequence WHERE name = ?1", -1, &s, nullptr) == SQLITE_OK) {
        const QByteArray name = table.toUtf8();
        sqlite3_bind_text(s, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(s) == SQLITE_ROW)
            value = sqlite3_column_int64(s, 0);
    }
    sqlite3_finalize(s);
    return value;
}

bool pushTable(sqlite3 *file, Connection &server, const Schema::Table &table, const QSet<QString> &roles,
               qint64 *count, QString *error)
{
    const QList<ServerColumn> columns = serverColumns(server, table.name);
    if (columns.isEmpty())
        return fail(error, QStringLiteral("the server has no table \u201c%1\u201d: %2").arg(table.name, server.errorMessage()));
    const QStringList names = fileColumns(file, table.name);
    if (names.isEmpty())
        return fail(error, QStringLiteral("the file has no table \u201c%1\u201d").arg(table.name));
    const bool isSettings = table.name == u"settings";
    const bool isAnnotations = table.name == u"annotations";
    QList<Kind> kinds;
    QByteArray columnList;
    for (const QString &name : names) {
        const ServerColumn *column = findColumn(columns, name);
        if (!column || column->generated)
            return fail(error, QStringLiteral("the server's table \u201c%1\u201d has no column \u201c%2\u201d").arg(table.name, name));
        kinds << column->kind;
        columnList += (columnList.isEmpty() ? "" : ", ") + server.quoteIdentifier(name);
    }
    const int typeColumn = names.indexOf(QStringLiteral("type"));
    const int valueColumn = names.indexOf(QStringLiteral("value"));
    const int coderColumn = names.indexOf(QStringLiteral("coder"));
    if (isSettings)
        columnList += ", value_bytes";
    if (isAnnotations)
        columnList += ", coder_role";

    if (!server.beginCopy("COPY " + server.quoteIdentifier(table.name) + " (" + columnList + ") FROM STDIN"))
        return fail(error, QStringLiteral("cannot copy into \u201c%1\u201d: %2").arg(table.name, server.errorMessage()));
    sqlite3_stmt *s = nullptr;
    const QByteArray sql = "SELECT * FROM \"" + table.name.toUtf8() + '"';
    if (sqlite3_prepare_v2(file, sql.constData(), -1, &s, nullptr) != SQLITE_OK) {
        server.endCopy(true);
        return fail(error, QStringLiteral("cannot read \u201c%1\u201d: %2").arg(table.name, QString::fromUtf8(sqlite3_errmsg(file))));
    }
    const QString me = server.userName();
    QList<QString> values;
    bool ok = true;
    int rc = SQLITE_OK;
    while (ok && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        values.clear();
        for (int i = 0; i < names.size(); ++i)
            values << copyValue(s, i, kinds.at(i));
        if (isSettings) {
            // A setting of type "bytes" is a blob in the file; on the server it has a column of its own.
            const bool bytes = sqliteText(s, typeColumn) == u"bytes" && sqlite3_column_type(s, valueColumn) != SQLITE_NULL;
            values << (bytes ? copyValue(s, valueColumn, Kind::Bytes) : QString());
            if (bytes)
                values[valueColumn] = QString();
        }
        if (isAnnotations) {
            const QString coder = sqliteText(s, coderColumn);
            values << (roles.contains(coder) ? coder : me);
        }
        ok = server.putCopyRow(values);
        ++*count;
    }
    const QString fileError = rc == SQLITE_DONE || rc == SQLITE_ROW ? QString() : QString::fromUtf8(sqlite3_errmsg(file));
    sqlite3_finalize(s);
    if (!fileError.isEmpty()) {
        server.endCopy(true);
        return fail(error, QStringLiteral("cannot read \u201c%1\u201d: %2").arg(table.name, fileError));
    }
    if (!ok || !server.endCopy())
        return fail(error, QStringLiteral("cannot copy into \u201c%1\u201d: %2").arg(table.name, server.errorMessage()));

    // The identity continues after the highest id the file ever gave (SQLite never reuses one).
    if (findColumn(columns, QStringLiteral("id"))) {
        const std::optional<QString> sequence = server.scalar("SELECT pg_get_serial_sequence($1, 'id')",
                                                              Params().add(QString::fromUtf8(server.quoteIdentifier(table.name))));
        if (sequence && !sequence->isNull()) {
            const qint64 highest = qMax(server.scalar("SELECT coalesce(max(id), 0) FROM " + server.quoteIdentifier(table.name))
                                            .value_or(QStringLiteral("0"))
                                            .toLongLong(),
                                        fileSequence(file, table.name));
            if (highest > 0 && !server.run("SELECT setval($1::regclass, $2, true)", Params().add(*sequence).add(highest)))
                return fail(error, QStringLiteral("cannot set the next id of \u201c%1\u201d: %2").arg(table.name, server.errorMessage()));
        }
    }
    return true;
}

} // namespace

bool push(const QString &path, Connection &server, const Schema::Options &options, QString *error, RowCounts *counts)
{
    // An older file is upgraded by opening it in Parlance; push reads files as they are.
    {
        Sqlite::Database probe;
        if (probe.open(path, Sqlite::Database::Mode::ReadOnly)
            && Storage::Schema::isProjectApplicationId(probe.scalar("PRAGMA application_id").toLongLong())) {
            const int version = probe.scalar("PRAGMA user_version").toInt();
            if (version > 0 && version < Schema::currentVersion())
                return fail(error, QStringLiteral("%1 is at schema version %2; open it once in this Parlance to bring it to "
                                                  "version %3 before pushing it")
                                       .arg(QDir::toNativeSeparators(path))
                                       .arg(version)
                                       .arg(Schema::currentVersion()));
        }
    }
    // The file passes every check of opening (a project, not damaged, not tampered with) first.
    {
        Storage::Error openError;
        auto project = Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, &openError);
        if (!project)
            return fail(error, openError.message());
        if (project->schemaVersion() != Schema::currentVersion())
            return fail(error, QStringLiteral("%1 is at schema version %2; open it once in this Parlance to bring it to "
                                              "version %3 before pushing it")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(project->schemaVersion())
                                   .arg(Schema::currentVersion()));
    }
    Sqlite::Database file;
    if (!file.open(path, Sqlite::Database::Mode::ReadOnly))
        return fail(error, QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorMessage()));
    // One read transaction on the file, so that the copy is of one moment.
    if (!file.exec("BEGIN"))
        return fail(error, QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorMessage()));

    if (!prepareSession(server))
        return fail(error, server.errorMessage());
    Transaction transaction(server);
    if (!transaction.isActive())
        return fail(error, server.errorMessage());
    const bool exists = server.scalar("SELECT to_regnamespace($1) IS NOT NULL", Params().add(QString::fromUtf8(server.quoteIdentifier(options.schema))))
                        == std::optional<QString>(QStringLiteral("t"));
    if (!exists) {
        if (!Schema::create(server, options)) {
            QString message = QStringLiteral("cannot make the project on the server: %1").arg(server.errorMessage());
            if (server.errorSqlState() == "42704") // undefined object: a group role is missing
                message += QStringLiteral(" (create the coders' and curators' group roles first, see doc/postgresql.md, "
                                          "or name others with --coders and --curators)");
            return fail(error, message);
        }
    } else {
        QString why;
        if (!Schema::use(server, options.schema))
            return fail(error, server.errorMessage());
        const std::optional<int> version = Schema::version(server, &why);
        if (!version)
            return fail(error, why);
        if (*version != Schema::currentVersion())
            return fail(error, QStringLiteral("the project on the server is at schema version %1, this Parlance writes %2").arg(*version).arg(Schema::currentVersion()));
        const QString difference = Schema::verify(server, *version);
        if (!difference.isEmpty())
            return fail(error, QStringLiteral("the project on the server does not have Parlance's schema: %1").arg(difference));
        for (const Schema::Table &t : Schema::tables()) {
            const std::optional<QString> any = server.scalar("SELECT EXISTS (SELECT FROM " + server.quoteIdentifier(t.name) + ')');
            if (!any)
                return fail(error, server.errorMessage());
            if (*any == u"t")
                return fail(error, QStringLiteral("the project \u201c%1\u201d on the server is not empty (its table \u201c%2\u201d has rows); "
                                                  "push copies a file into an empty project only")
                                       .arg(options.schema, t.name));
        }
    }
    QSet<QString> roles;
    const Result r = server.exec("SELECT rolname FROM pg_roles");
    for (int row = 0; row < r.rowCount(); ++row)
        roles.insert(r.text(row, 0));

    RowCounts copied;
    for (const Schema::Table &t : Schema::tables()) {
        qint64 count = 0;
        if (!pushTable(file.handle(), server, t, roles, &count, error))
            return false;
        copied.append({t.name, count});
    }
    if (!transaction.commit())
        return fail(error, QStringLiteral("the server did not keep the copy: %1").arg(server.errorMessage()));
    file.exec("COMMIT");
    if (counts)
        *counts = copied;
    return true;
}

namespace {

// The select list that reads a server column as the file stores it.
QByteArray selectExpression(const Connection &c, const ServerColumn &column)
{
    const QByteArray name = c.quoteIdentifier(column.name);
    switch (column.kind) {
    case Kind::Timestamp:
        return "to_char(" + name + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
    case Kind::Date:
        return "to_char(" + name + ", 'YYYY-MM-DD')";
    case Kind::Boolean:
        return name + "::integer";
    default:
        return name;
    }
}

void bindValue(sqlite3_stmt *s, int index, const Result &r, int row, int column, Kind kind)
{
    if (r.isNull(row, column)) {
        sqlite3_bind_null(s, index);
        return;
    }
    switch (kind) {
    case Kind::Integer:
    case Kind::Boolean:
        sqlite3_bind_int64(s, index, r.int64(row, column));
        break;
    case Kind::Real:
        sqlite3_bind_double(s, index, r.real(row, column));
        break;
    case Kind::Bytes: {
        const QByteArray bytes = r.bytes(row, column);
        sqlite3_bind_blob64(s, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    default: {
        const QByteArray text = r.raw(row, column);
        sqlite3_bind_text64(s, index, text.constData(), sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    }
}

bool pullTable(Connection &server, sqlite3 *file, const Schema::Table &table, qint64 *count, QString *error)
{
    const QList<ServerColumn> columns = serverColumns(server, table.name);
    const QStringList names = fileColumns(file, table.name);
    if (columns.isEmpty() || names.isEmpty())
        return fail(error, QStringLiteral("the table \u201c%1\u201d is missing").arg(table.name));
    const bool isSettings = table.name == u"settings";
    QByteArray select;
    QByteArray insert = "INSERT INTO \"" + table.name.toUtf8() + "\" (";
    QList<Kind> kinds;
    for (int i = 0; i < names.size(); ++i) {
        const ServerColumn *column = findColumn(columns, names.at(i));
        if (!column)
            return fail(error, QStringLiteral("the server's table \u201c%1\u201d has no column \u201c%2\u201d").arg(table.name, names.at(i)));
        select += (i ? ", " : "") + selectExpression(server, *column);
        insert += (i ? ", \"" : "\"") + names.at(i).toUtf8() + '"';
        kinds << column->kind;
    }
    if (isSettings)
        select += ", value_bytes";
    insert += ") VALUES (";
    for (int i = 0; i < names.size(); ++i)
        insert += (i ? ", ?" : "?") + QByteArray::number(i + 1);
    insert += ')';
    const int typeColumn = names.indexOf(QStringLiteral("type"));
    const int valueColumn = names.indexOf(QStringLiteral("value"));

    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v2(file, insert.constData(), -1, &s, nullptr) != SQLITE_OK)
        return fail(error, QString::fromUtf8(sqlite3_errmsg(file)));
    // Read in batches through a cursor: a table of millions of rows never sits in memory at once.
    bool ok = server.run("DECLARE parlance_pull NO SCROLL CURSOR FOR SELECT " + select + " FROM " + server.quoteIdentifier(table.name));
    while (ok) {
        const Result r = server.exec("FETCH 5000 FROM parlance_pull");
        if (!r.ok()) {
            ok = false;
            break;
        }
        if (r.rowCount() == 0)
            break;
        for (int row = 0; row < r.rowCount() && ok; ++row) {
            sqlite3_reset(s);
            for (int i = 0; i < names.size(); ++i)
                bindValue(s, i + 1, r, row, i, kinds.at(i));
            if (isSettings) {
                // The value keeps the type it was written with (see Project::setSetting).
                const QString type = r.text(row, typeColumn);
                Kind kind = Kind::Text;
                if (type == u"bool" || type == u"int")
                    kind = Kind::Integer;
                else if (type == u"double")
                    kind = Kind::Real;
                if (type == u"bytes")
                    bindValue(s, valueColumn + 1, r, row, int(names.size()), Kind::Bytes);
                else
                    bindValue(s, valueColumn + 1, r, row, valueColumn, kind);
            }
            ok = sqlite3_step(s) == SQLITE_DONE;
            if (!ok) {
                sqlite3_finalize(s);
                server.run("CLOSE parlance_pull");
                return fail(error, QStringLiteral("cannot write \u201c%1\u201d: %2").arg(table.name, QString::fromUtf8(sqlite3_errmsg(file))));
            }
            ++*count;
        }
    }
    sqlite3_finalize(s);
    if (!ok)
        return fail(error, QStringLiteral("cannot read \u201c%1\u201d from the server: %2").arg(table.name, server.errorMessage()));
    if (!server.run("CLOSE parlance_pull"))
        return fail(error, server.errorMessage());

    // Ids the server gave stay given: the file's AUTOINCREMENT counter continues after the sequence.
    if (!findColumn(columns, QStringLiteral("id")))
        return true;
    const std::optional<QString> next = server.scalar(
        "SELECT coalesce(s.last_value, 0) FROM pg_sequences s WHERE format('%I.%I', s.schemaname, s.sequencename)::regclass "
        "= pg_get_serial_sequence($1, 'id')::regclass",
        Params().add(QString::fromUtf8(server.quoteIdentifier(table.name))));
    if (next && next->toLongLong() > 0) {
        sqlite3_stmt *q = nullptr;
        const QByteArray name = table.name.toUtf8();
        if (sqlite3_prepare_v2(file, "UPDATE sqlite_sequence SET seq = max(seq, ?2) WHERE name = ?1", -1, &q, nullptr) == SQLITE_OK) {
            sqlite3_bind_text(q, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(q, 2, next->toLongLong());
            sqlite3_step(q);
        }
        sqlite3_finalize(q);
    }
    return true;
}

} // namespace

bool pull(Connection &server, const QString &schema, const QString &path, QString *error, RowCounts *counts)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).exists() || QFileInfo(path).isSymLink())
        return fail(error, QStringLiteral("%1 already exists; pull writes a new project file only").arg(shown));
    if (!prepareSession(server) || !Schema::use(server, schema))
        return fail(error, server.errorMessage());
    QString why;
    const std::optional<int> version = Schema::version(server, &why);
    if (!version)
        return fail(error, why);
    if (*version != Schema::currentVersion())
        return fail(error, QStringLiteral("the project on the server is at schema version %1, this Parlance reads %2").arg(*version).arg(Schema::currentVersion()));
    const QString difference = Schema::verify(server, *version);
    if (!difference.isEmpty())
        return fail(error, QStringLiteral("the project on the server does not have Parlance's schema: %1").arg(difference));

    // Written beside the target and moved into place when complete and checked.
    const QString partial = path + QStringLiteral(".pulling-%1").arg(QCoreApplication::applicationPid());
    auto removePartial = [&] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(partial + QLatin1StringView(suffix));
    };
    removePartial();
    {
        Storage::Error openError;
        auto project = Storage::Project::open(partial, {.readOnly = false, .createIfMissing = true}, &openError);
        if (!project)
            return fail(error, QStringLiteral("cannot create %1: %2").arg(shown, openError.message()));
    }
    RowCounts copied;
    {
        Sqlite::Database file;
        if (!file.open(partial, Sqlite::Database::Mode::ReadWrite)) {
            removePartial();
            return fail(error, QStringLiteral("cannot write %1: %2").arg(shown, file.errorMessage()));
        }
        // A snapshot of the server: every table as of one moment.
        Transaction snapshot(server, Transaction::Isolation::RepeatableRead);
        Sqlite::Transaction writing(file);
        bool ok = snapshot.isActive() && writing.isActive();
        if (!ok)
            why = snapshot.isActive() ? file.errorMessage() : server.errorMessage();
        for (const Schema::Table &t : Schema::tables()) {
            if (!ok)
                break;
            qint64 count = 0;
            ok = pullTable(server, file.handle(), t, &count, &why);
            copied.append({t.name, count});
        }
        // The full-text indexes are built from the copied texts and notes.
        if (ok && !file.exec("INSERT INTO article_fts(article_fts) VALUES('rebuild'); INSERT INTO note_fts(note_fts) VALUES('rebuild')")) {
            ok = false;
            why = QStringLiteral("cannot build the search index: ") + file.errorMessage();
        }
        if (ok && !writing.commit()) {
            ok = false;
            why = QStringLiteral("cannot write %1: %2").arg(shown, file.errorMessage());
        }
        if (!ok) {
            file.close();
            removePartial();
            return fail(error, why);
        }
    }
    {
        // The new file passes every check of opening before it takes the name.
        Storage::Error openError;
        auto project = Storage::Project::open(partial, {.readOnly = true, .createIfMissing = false}, &openError);
        if (!project) {
            removePartial();
            return fail(error, QStringLiteral("the copy does not open: %1").arg(openError.message()));
        }
    }
    // link() fails rather than replace a file that appeared at `path` meanwhile.
    if (::link(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        removePartial();
        return fail(error, QStringLiteral("cannot create %1: %2").arg(shown, reason));
    }
    removePartial();
    if (counts)
        *counts = copied;
    return true;
}

} // namespace Parlance::Storage::Postgres::Transfer
