// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A commitment thread as the project stores it: only threads a person confirmed, split or joined are
// stored (proposed threads are computed, see Timeline::ThreadBuilder), and only which commitments
// they hold. The tables are in schema version 5; Project reads and changes them (commitmentThreads(),
// changeCommitmentThreads()) through the functions below.

#include <QDateTime>
#include <QList>
#include <QString>

namespace Parlance::Storage {

namespace Sql {
class Connection;
}

struct CommitmentThreadRecord final {
    qint64 id = 0;                ///< 0 until stored
    QList<qint64> commitmentIds;  ///< annotation ids of the thread's commitments, in no particular order
    QString label;                ///< a name a person gave the thread; empty: none
    QString coder;                ///< who made the last change
    QDateTime modified;

    friend bool operator==(const CommitmentThreadRecord &, const CommitmentThreadRecord &) = default;
};

namespace CommitmentThreadTables {

/// Every stored thread, by id, with the members whose commitment still exists (not rejected ones
/// left out: the caller decides). False in `ok` on a database error.
QList<CommitmentThreadRecord> read(Sql::Connection &db, bool *ok);

/// Inside the caller's transaction: removes the threads `ids` (their members with them).
bool remove(Sql::Connection &db, const QList<qint64> &ids);

/// Inside the caller's transaction: writes a thread and its members, under its id if it has one
/// (undo and redo bring a thread back as it was), else under a new one that is set in `record`.
/// Fails on a constraint when a member is already in another thread.
bool write(Sql::Connection &db, CommitmentThreadRecord &record);

/// The first of `ids` that is not a stored commitment annotation, or 0.
qint64 firstNonCommitment(Sql::Connection &db, const QList<qint64> &ids);

} // namespace CommitmentThreadTables
} // namespace Parlance::Storage
