// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The project schema: the statements that build each version, forward migrations, and the check
// that a file's schema is exactly ours.

#include <QString>

namespace Parley::Storage {

namespace Sqlite {
class Database;
}

namespace Schema {

/// `PRAGMA application_id` of every Parley project: 'Prly'.
constexpr int applicationId = 0x50726C79;

/// The schema version this Parley writes (`PRAGMA user_version`).
int currentVersion();

/// Builds an empty project of `version` (default: current) in a database with no tables, in one
/// transaction, and sets application_id and user_version. False on error (see db.errorMessage()).
bool create(Sqlite::Database &db, int version = -1);

/// Migrates a project of an earlier version to the current one, one version per transaction.
/// The caller makes a verified backup first.
bool migrate(Sqlite::Database &db, int fromVersion);

/// Compares the file's sqlite_schema with the one `create(version)` makes: every table, index,
/// FTS shadow table and their SQL must match, and there must be nothing else (no trigger or view).
/// Returns an empty string if it matches, else a short description of the first difference.
QString verify(Sqlite::Database &db, int version);

} // namespace Schema
} // namespace Parley::Storage
