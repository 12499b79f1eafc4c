// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Free space on the device holding a file, and the words for running out of it: a full disk is
// named as such, with what is left, never as "I/O error" or "folder not writable".

#include "error/error.h"

#include <QString>

#include <functional>

namespace Parlance::Storage::DiskSpace {

/// Bytes available to this user on the device holding `path` (a file or folder), -1 if unknown.
qint64 available(const QString &path);

/// "no space left on the device (12.0 KiB free)", for the device holding `path`.
QString noSpaceLeft(const QString &path);

/// What to say when writing the file `path` failed with Qt's `qtError` (QSaveFile says "Unknown
/// error" for a full disk): the full disk if the device is (nearly) full, else Qt's words.
QString writeFailure(const QString &path, const QString &qtError);
/// The same as an error about `path`: the device nearly full, else Qt's words on the failure.
Error writeError(const QString &path, const QString &qtError);

/// True for an errno or SQLite result code that means the device is full (ENOSPC, EDQUOT, SQLITE_FULL).
bool isFull(int sqliteCode, int systemErrno);

/// Tests only: report this instead of the real free space (an empty function restores it).
void setProbeForTesting(std::function<qint64(const QString &)> probe);

} // namespace Parlance::Storage::DiskSpace
