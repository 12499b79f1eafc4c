// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The project schema on PostgreSQL: building it (resources/postgres/schema-N.sql), the version
// table in place of SQLite's user_version, forward migrations, and the check against pg_catalog
// that the project's schema holds exactly what Parlance made (resources/postgres/catalog-N.txt).
// The schema numbers are the SQLite project's (app/storage/schema.h): version 7 here has the same
// tables and columns as version 7 of a file.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parlance::Storage::Postgres {

class Connection;

namespace Schema {

/// The SQLSTATE of an edit refused because the annotation changed since it was read.
inline constexpr char conflictSqlState[] = "PA001";

/// The schema version this Parlance writes (the same number as a project file's).
int currentVersion();
/// The first version that exists on PostgreSQL (the back end began at the file's version 7).
int baseVersion();

struct Options {
    /// The PostgreSQL schema (namespace) holding the project; one database may hold several.
    QString schema = QStringLiteral("parlance");
    /// The group role whose members are the coders: they may read and write the tables.
    QString coderRole = QStringLiteral("parlance_coder");
    /// The group role whose members see and change every coder's annotations in a blind project.
    QString curatorRole = QStringLiteral("parlance_curator");
    /// In a blind project a coder sees only their own annotations.
    bool blind = false;
};

/// One table of the project: its name, the column that names its rows in change notifications,
/// and the column of the parent its rows belong to (or empty). From resources/postgres/tables.txt.
struct Table {
    QString name;
    QString key;
    QString parent;
};
/// Every table of a project, parents before children: the order in which rows are copied.
const QList<Table> &tables();

/// Makes `options.schema` and builds the current schema in it, in one transaction, as the
/// connection's role, which then owns the tables (the app should connect as another role). Both
/// group roles must exist. False on error (see connection.errorMessage()).
bool create(Connection &connection, const Options &options = {});

/// Sets the session's search_path to `schema`, so that the project's tables are found by name.
bool use(Connection &connection, const QString &schema = QStringLiteral("parlance"));

/// The schema version recorded in parlance_meta; nothing when the schema holds no Parlance project
/// (`why` then says what is there instead).
std::optional<int> version(Connection &connection, QString *why = nullptr);

/// A value of parlance_meta ("blind", "curator_role", …), or a null QString.
QString meta(Connection &connection, const QString &key);

/// Brings a project of an earlier version to the current one, one version per transaction.
bool migrate(Connection &connection, int fromVersion);

/// The catalog of the schema in use as sorted text lines (tables, columns, constraints, indexes,
/// triggers, policies, functions, sequences, types, views), leaving out what extensions own.
QStringList catalog(Connection &connection, bool *ok = nullptr);

/// Compares catalog() with the one Parlance makes for `version`: returns an empty string if it
/// matches, else a short description of the first difference ("… is missing", "… that Parlance did
/// not create", "… has been altered").
QString verify(Connection &connection, int version);

} // namespace Schema
} // namespace Parlance::Storage::Postgres
