// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The project schema: the statements that build each version, forward migrations, and the check
// that a file's schema is exactly ours.

#include <QString>

namespace Parlance::Storage {

namespace Sqlite {
class Database;
}

namespace Schema {

/// `PRAGMA application_id` of every Parlance project: 'Prlc'.
constexpr int applicationId = 0x50726C63;

/// The `application_id` of projects made before the rename (the app was called Parley): 'Prly'.
/// Such a file opens; its header is rewritten to `applicationId` on the first write, after a backup.
constexpr int legacyApplicationId = 0x50726C79;

/// True for the application_id of a Parlance project, old name or new.
constexpr bool isProjectApplicationId(qint64 id)
{
    return id == applicationId || id == legacyApplicationId;
}

/// The schema version this Parlance writes (`PRAGMA user_version`).
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
} // namespace Parlance::Storage
