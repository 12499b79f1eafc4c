// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Rolling, verified backups beside a project: NAME.parlance-backups/NAME-YYYYMMDD-HHMMSSzzz.parlance.
// A copy is made with SQLite's backup API into a temporary file, re-opened and checked, and only
// then renamed into place; older generations are thinned after that (never before). A backup never
// fills the disk: it needs the project's size and a margin free, and the oldest backups (never the
// newest) make room for a new one before it fails.

#include "error/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Parlance::Storage {

namespace Sqlite {
class Database;
}

namespace Backups {

/// The folder that holds the backups of `projectPath`.
QString folderFor(const QString &projectPath);

/// The backups of `projectPath`, newest first.
QStringList list(const QString &projectPath);

/// When a backup file was made (from its name); invalid for a name that is not a backup's.
QDateTime timeOf(const QString &backupPath);

/// Writes a consistent copy of the open database `source` to `target` (replacing it only once the
/// copy has been re-opened, found to be a Parlance project and passed quick_check).
bool copyVerified(Sqlite::Database &source, const QString &target, Error *error);

/// Makes a new backup of `source`, then thins the older ones. Returns the new file, empty on error.
QString make(Sqlite::Database &source, const QString &projectPath, Error *error);

/// True if `path` opens read-only as a Parlance project that passes quick_check.
bool isGood(const QString &path);

/// What the backup dialog shows of one backup.
struct Info {
    QString path;
    QDateTime time;   ///< when it was made (UTC)
    int articles = -1; ///< -1 if it cannot be read
    bool good = false; ///< isGood()
};

/// The backups of `projectPath`, newest first, each opened and checked.
QList<Info> describe(const QString &projectPath);

/// Copies the backup `backupPath` to the new file `target` (which must not exist), checked before
/// it gets its name. Never replaces a file.
bool restoreInto(const QString &backupPath, const QString &target, Error *error);

/// Removes what an interrupted backup left in the backup folder of `projectPath`
/// (NAME-….parlance.partial-PID-… and its -journal). Only the holder of the project's write lock
/// makes backups, so while it is held every such file is a leftover. Returns how many went.
int removeLeftovers(const QString &projectPath);

/// The bytes a copy of `sizeBytes` needs free: the copy, its journal and a margin for the project.
qint64 spaceNeeded(qint64 sizeBytes);

/// The newest backup of `projectPath` that isGood(), or an empty string.
QString newestGood(const QString &projectPath);

/// Which of the backups made at `times` (newest first) thinning removes, as indexes into `times`:
/// the 5 newest are kept, then the newest of each day for a week, then the newest of each week
/// for eight weeks; older ones go. The newest backup is always kept.
QList<int> toThin(const QList<QDateTime> &times, const QDateTime &now);

} // namespace Backups
} // namespace Parlance::Storage
