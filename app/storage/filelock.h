// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The lock that lets one Parlance write a project at a time. It is taken on the project file itself
// (an open-file-description lock on one byte SQLite never uses, F_OFD_SETLK), not on a lock file
// named after the path: every name of one file — hard links, symbolic links, a path through another
// mount — shares it, and a process that dies loses it at once. Readers take none: a project open for
// writing elsewhere can still be read.
//
// Closing any descriptor of a file ends all POSIX locks of the process on it, SQLite's included:
// so a second lock on a file this process holds already is refused from a table of held files,
// without opening the file again, and a FileLock is released only after its connection is closed.

#include <QString>
#include <QtGlobal>

namespace Parlance::Storage {

class FileLock final {
public:
    enum class Result {
        Locked,        ///< this FileLock holds it now
        HeldElsewhere, ///< another process (or another FileLock in this one) holds it
        Failed,        ///< the file cannot be opened for writing, or locking is not supported
    };

    FileLock() = default;
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    FileLock(FileLock &&other) noexcept;
    FileLock &operator=(FileLock &&other) noexcept;

    /// Takes the write lock of the file at `path` (which must exist and be a regular file) without
    /// waiting. On Failed, `why` says why (e.g. "Permission denied").
    Result lock(const QString &path, QString *why = nullptr);
    bool isLocked() const { return m_fd >= 0; }
    void unlock();

    /// True if some process holds the write lock of `path` (used by tests and the backup dialog).
    static bool isHeld(const QString &path);

private:
    int m_fd = -1;
    quint64 m_device = 0;
    quint64 m_inode = 0;
};

} // namespace Parlance::Storage
