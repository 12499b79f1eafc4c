// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Which project files this user's Parlance left in a known-good state, so that re-opening one of them
// need not read the whole file again with quick_check (3 s for an 800 MB project; opening should
// take a fraction of a second). A file counts as unchanged only if its size, modification time and
// first bytes (the SQLite header with its change counter) are exactly as remembered and no -wal
// file lies beside it. Anything else (a file from elsewhere, an edit with another tool, a crash)
// gets the full check. Kept per user, outside the project, so a file cannot vouch for itself.

#include <QString>

namespace Parlance::Storage::VerifiedFiles {

/// Remembers `path` as it is now: it passed quick_check, or Parlance itself closed it cleanly.
void remember(const QString &path);

/// True if `path` is exactly as last remembered.
bool isUnchanged(const QString &path);

/// Forgets `path` (e.g. when a check failed).
void forget(const QString &path);

} // namespace Parlance::Storage::VerifiedFiles
