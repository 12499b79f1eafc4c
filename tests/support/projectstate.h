// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The whole state of a project file, for tests that compare states ("Ctrl+Z leaves the project as
// before", "a window that only reads writes nothing"): the schema, then every row of every table,
// read through a connection of its own (the project may be open elsewhere: WAL lets us read).
// Tests that include it link SQLite::SQLite3.

#include <QSet>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <functional>

namespace Parlance::Test {

/// Columns that change on every write by design: the modification times of annotations, actors
/// and categories (an undone edit is a new write of the old values; a team's merge keeps the newer).
/// Leave them out when comparing an undo with the state before; compare everything when nothing
/// should have been written at all.
inline const QSet<QString> &volatileColumns()
{
    static const QSet<QString> columns{QStringLiteral("annotations.modified"), QStringLiteral("actors.modified"),
                                       QStringLiteral("categories.modified")};
    return columns;
}

/// `sqlite_schema` and every row of every table, one line each, tables in name order and rows in
/// primary key order. Left out: `sqlite_sequence` (ids are never reused, so an undone insert still
/// moves the counter on) and the FTS5 index tables, whose segments are laid out anew by any insert
/// and delete (they index the tables that are compared).
inline QStringList projectState(const QString &path, const QSet<QString> &ignored = {})
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return {QStringLiteral("cannot open %1: %2").arg(path, why)};
    }
    auto rows = [db](const QByteArray &sql, const std::function<void(sqlite3_stmt *)> &row) {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &s, nullptr) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(db));
        while (sqlite3_step(s) == SQLITE_ROW)
            row(s);
        sqlite3_finalize(s);
        return QString();
    };
    auto text = [](sqlite3_stmt *s, int c) {
        return sqlite3_column_type(s, c) == SQLITE_NULL
            ? QStringLiteral("NULL")
            : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, c)), sqlite3_column_bytes(s, c));
    };
    QStringList state;
    QStringList tables;
    QStringList virtualTables;
    const QString failed = rows("SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name", [&](sqlite3_stmt *s) {
        state << QStringLiteral("schema %1 %2 on %3: %4").arg(text(s, 0), text(s, 1), text(s, 2), text(s, 3));
        if (text(s, 0) == QLatin1StringView("table"))
            tables << text(s, 1);
        if (text(s, 3).startsWith(QLatin1StringView("CREATE VIRTUAL TABLE")))
            virtualTables << text(s, 1);
    });
    if (!failed.isEmpty())
        state << QStringLiteral("cannot read the schema: ") + failed;
    auto isIndexTable = [&](const QString &table) {
        for (const QString &v : std::as_const(virtualTables))
            if (table == v || table.startsWith(v + QLatin1Char('_')))
                return true;
        return false;
    };
    for (const QString &table : std::as_const(tables)) {
        if (table.startsWith(QLatin1StringView("sqlite_")) || isIndexTable(table))
            continue;
        const QString error = rows("SELECT * FROM \"" + table.toUtf8() + "\" ORDER BY 1, 2", [&](sqlite3_stmt *s) {
            QStringList cells;
            for (int c = 0; c < sqlite3_column_count(s); ++c) {
                if (!ignored.contains(table + QLatin1Char('.') + QString::fromUtf8(sqlite3_column_name(s, c))))
                    cells << text(s, c);
            }
            state << table + QStringLiteral(": ") + cells.join(QStringLiteral(" | "));
        });
        if (!error.isEmpty())
            state << table + QStringLiteral(": cannot read: ") + error;
    }
    sqlite3_close(db);
    return state;
}

} // namespace Parlance::Test
