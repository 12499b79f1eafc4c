// SPDX-License-Identifier: GPL-2.0-or-later
#include "commitmentthreadrecord.h"

#include "sql.h"

#include <QHash>

namespace Parlance::Storage::CommitmentThreadTables {

using Sql::Statement;

namespace {
// A null QString binds NULL; the text columns are NOT NULL.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

QList<CommitmentThreadRecord> read(Sql::Connection &db, bool *ok)
{
    QList<CommitmentThreadRecord> records;
    QHash<qint64, qsizetype> index;
    Statement &threads = db.prepare("SELECT id, label, coder, modified FROM commitment_threads ORDER BY id");
    while (threads.step()) {
        CommitmentThreadRecord r;
        r.id = threads.int64(0);
        r.label = threads.text(1);
        r.coder = threads.text(2);
        r.modified = QDateTime::fromString(threads.text(3), Qt::ISODateWithMs);
        index.insert(r.id, records.size());
        records.append(r);
    }
    bool good = threads.ok();
    threads.reset();
    // Members whose annotation is gone (removed, its article removed) are left out; their rows stay
    // so that an undone removal brings the commitment back into its thread.
    Statement &members = db.prepare("SELECT m.thread_id, m.annotation_id FROM commitment_thread_members m "
                                    "JOIN annotations a ON a.id = m.annotation_id ORDER BY m.thread_id, m.annotation_id");
    while (members.step()) {
        const auto at = index.constFind(members.int64(0));
        if (at != index.cend())
            records[*at].commitmentIds.append(members.int64(1));
    }
    good = good && members.ok();
    members.reset();
    if (ok)
        *ok = good;
    return records;
}

bool remove(Sql::Connection &db, const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        // Members go with their thread (ON DELETE CASCADE), also those of commitments now gone.
        if (!db.prepare("DELETE FROM commitment_threads WHERE id = ?1").bind(1, id).exec())
            return false;
    }
    return true;
}

bool write(Sql::Connection &db, CommitmentThreadRecord &record)
{
    const QString modified = record.modified.isValid() ? record.modified.toUTC().toString(Qt::ISODateWithMs) : QString();
    if (record.id) {
        Statement &s = db.prepare("INSERT INTO commitment_threads (id, label, coder, modified) VALUES (?1, ?2, ?3, ?4) "
                                  "ON CONFLICT (id) DO UPDATE SET label = ?2, coder = ?3, modified = ?4");
        if (!s.bind(1, record.id).bind(2, nonNull(record.label)).bind(3, nonNull(record.coder)).bind(4, modified).exec())
            return false;
        if (!db.prepare("DELETE FROM commitment_thread_members WHERE thread_id = ?1").bind(1, record.id).exec())
            return false;
    } else {
        Statement &s = db.prepare("INSERT INTO commitment_threads (label, coder, modified) VALUES (?1, ?2, ?3) RETURNING id");
        if (!s.bind(1, nonNull(record.label)).bind(2, nonNull(record.coder)).bind(3, modified).step())
            return false;
        record.id = s.int64(0);
        s.reset();
    }
    for (const qint64 member : std::as_const(record.commitmentIds)) {
        // A member row left by a commitment that was removed (see read()) gives way: the thread
        // written now is the person's latest word on it.
        if (!db.prepare("DELETE FROM commitment_thread_members WHERE annotation_id = ?1 AND NOT EXISTS "
                        "(SELECT 1 FROM annotations WHERE id = ?1)")
                 .bind(1, member)
                 .exec())
            return false;
        if (!db.prepare("INSERT INTO commitment_thread_members (annotation_id, thread_id) VALUES (?1, ?2)")
                 .bind(1, member)
                 .bind(2, record.id)
                 .exec())
            return false;
    }
    return true;
}

qint64 firstNonCommitment(Sql::Connection &db, const QList<qint64> &ids)
{
    for (const qint64 id : ids) {
        Statement &s = db.prepare("SELECT kind FROM annotations WHERE id = ?1");
        s.bind(1, id);
        const bool isCommitment = s.step() && s.text(0) == QLatin1StringView("commitment");
        s.reset();
        if (!isCommitment)
            return id;
    }
    return 0;
}

} // namespace Parlance::Storage::CommitmentThreadTables
