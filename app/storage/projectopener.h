// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Opening a project file, step by step, before Project takes the connection:
//   1. sniff: only a regular file (a FIFO, a device, a folder, a dangling link are refused at once);
//   2. the raw header, read without SQLite;
//   3. read-only or read-write, and the write lock (filelock.h);
//   4. what lies beside it: a hot journal or a -wal is played only if it belongs to this file
//      (else it is moved aside, never played), and the file is copied aside before any recovery;
//   5. the checks: page checksums (checksumvfs.h), quick_check, the schema; a refused file is left
//      byte for byte unchanged;
//   6. the connection Project keeps. Nothing is written yet: what an old file needs (a schema
//      migration, the former name's header, page checksums, WAL mode) is done by FirstWrite before
//      the first change, after a verified backup.

#include "checksumvfs.h"
#include "filelock.h"
#include "project.h"
#include "sqlite.h"

#include <future>

namespace Parlance::Storage {

/// What a project opened for writing needs before its first change. Opening writes nothing, so that
/// a project only read stays byte for byte as it was.
class FirstWrite final {
public:
    bool isDone() const { return m_done; }
    /// True once the pages' verification found damage (the file must not be remembered as good).
    bool foundDamage() const { return m_foundDamage; }
    /// Called by the opener for an older schema: the migration runs at once inside a transaction
    /// that stays open (nothing reaches the file; reads see the new schema) until run() commits it.
    bool beginMigration(Sqlite::Database &db, int fromVersion);
    void setLegacyName(bool legacy) { m_legacyName = legacy; }
    void setAddChecksums(bool add) { m_addChecksums = add; }
    void setNothingToDo() { m_done = true; }
    /// Verifies every page's checksum in a thread while the project is read; the first change
    /// waits for the result (so opening a known file is as fast as before, and no change is made to
    /// a file with a damaged page).
    void verifyPagesInBackground(const QString &path);
    /// Before the first change: a verified backup if the file's format changes, then the pending
    /// migration, the new application_id, page checksums, and WAL mode. False, with `error`, if the
    /// project must not be written.
    bool run(Sqlite::Database &db, const QString &path, Error *error);
    /// On close without a change: the pending migration is rolled back, the file is as it was.
    void abandon(Sqlite::Database &db);

private:
    bool m_done = false;
    bool m_migrationPending = false;
    int m_fromVersion = 0;
    bool m_legacyName = false;
    bool m_addChecksums = false;
    bool m_foundDamage = false;
    std::shared_future<ChecksumVfs::FileCheck> m_pageCheck;
};

class ProjectOpener final {
public:
    ProjectOpener(const QString &path, const OpenOptions &options);

    /// Runs the steps above. On failure fills `error`; a refused file is left unchanged.
    bool open(Error *error);

    QString path() const { return m_path; }
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    QString notice() const { return m_notices.join(QStringLiteral("; ")); }
    /// Hands the open connection, the lock and what the first write must do to the Project.
    void handOver(Sqlite::Database &db, FileLock &lock, FirstWrite &firstWrite);

private:
    bool fail(Error::Code code, Error::Problem problem, const QStringList &args = {}, const QString &detail = {});
    bool sniff();
    bool readHeader();
    bool decideAccess();
    bool setAsideStrayWal();
    void adoptWalOfAnotherName();
    bool checkBeforeRecovery(bool *recovered);
    bool recoverHotJournal();
    bool openChecked();
    bool verifyChecked(Sqlite::Database &check, int *version);
    bool classifyDamage(const QString &problem, qint64 faultOffset);
    bool openWriter();
    QString moveAside(const QString &file, const QString &kind);

    QString m_path;
    QString m_shown;
    OpenOptions m_options;
    Error *m_error = nullptr;
    Error m_ownError; // where errors go when the caller passes none
    QByteArray m_header; // the first 100 bytes
    qint64 m_size = 0;
    QString m_readOnlyReason;
    bool m_immutable = false; // read without the journal or WAL beside it (see Sqlite::Database::Options)
    bool m_forceFullCheck = false;
    FileLock m_lock;
    Sqlite::Database m_db;
    FirstWrite m_firstWrite;
    int m_schemaVersion = 0;
    qint64 m_applicationId = 0;
    QStringList m_notices;
};

} // namespace Parlance::Storage
