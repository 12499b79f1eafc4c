// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Page checksums for project files: an SQLite VFS shim that keeps an 8-byte checksum in the
// reserved bytes at the end of every page of a database whose header reserves exactly 8 bytes
// (byte 20). Every full page written to the main file gets its checksum; every page read from it
// is verified, and a mismatch fails the read with SQLITE_IOERR_DATA. SQLite's own checks
// (quick_check) see the structure of the b-trees only; a flipped byte inside a row, where
// the structure stays valid, is found by nothing else.
//
// The idea is that of SQLite's ext/misc/cksumvfs.c, which Debian's libsqlite3 does not ship; the
// checksum here also covers the page's number, so a page written to the wrong place is found too.
// Pages in a -wal file are not checksummed (the WAL has its own frame checksums); they get theirs
// when a checkpoint writes them into the main file.

#include <QString>
#include <QtGlobal>

namespace Parlance::Storage::ChecksumVfs {

/// The reserved bytes per page that hold the checksum (PRAGMA/SQLITE_FCNTL_RESERVE_BYTES).
constexpr int reserveBytes = 8;

/// The name of the VFS (registered, not as the default, on the first call).
const char *name();

/// Computes the checksum of page `pageNumber` (1-based) of `pageSize` bytes into its last 8 bytes.
void seal(uchar *page, int pageSize, quint32 pageNumber);

/// True if the last 8 bytes of the page are its checksum.
bool isSealed(const uchar *page, int pageSize, quint32 pageNumber);

/// The byte offset of the last page whose checksum did not match in this thread, or -1; reading
/// it resets it. Lets a message name the damaged page.
qint64 takeLastFault();

/// The result of reading a whole file's pages (see verifyFile()).
struct FileCheck {
    bool hasChecksums = false; ///< the header reserves our 8 bytes
    quint32 pages = 0;         ///< pages checked
    quint32 badPage = 0;       ///< the first page whose checksum does not match, 0 if none
    QString error;             ///< the file could not be read
    bool ok() const { return error.isEmpty() && badPage == 0; }
};

/// Reads every page of the (closed, or only read) database file at `path` and verifies its
/// checksum, without SQLite: pages SQLite never reads (free-list leaves, the lock-byte page) are
/// skipped. About as fast as reading the file; what a re-open of a known file does instead of quick_check.
FileCheck verifyFile(const QString &path);

} // namespace Parlance::Storage::ChecksumVfs
