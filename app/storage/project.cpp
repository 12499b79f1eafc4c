// SPDX-License-Identifier: GPL-2.0-or-later
#include "project.h"

#include "backups.h"
#include "diskspace.h"
#include "errorhelpers.h"
#include "filelock.h"
#include "identity.h"
#include "model/textanchor.h"
#include "projectopener.h"
#include "schema.h"
#include "postgres/pgschema.h"
#include "postgres/pgsql.h"
#include "sql.h"
#include "sqlite.h"
#include "storagelog.h"
#include "verifiedfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QHash>
#include <QSet>

#include <sqlite3.h>
#include <functional>
#include <set>
#include <tuple>

// Journal mode: WAL with synchronous=FULL from the first change on, back to a rollback journal on close
// (a project opened and closed without a change is not written at all, see projectopener.h).
// - Every user action is its own durable transaction; in WAL a commit is one append and one fsync of
//   the -wal file, where a rollback journal needs three (journal, database, directory). That is what
//   keeps an annotation insert within a couple of milliseconds.
// - A crash (or SIGKILL) never leaves the main file half-written: committed transactions are in the
//   -wal file, which the next open replays; uncommitted ones are ignored.
// - A second Parlance opening the project read-only can read while the first one writes.
// - On close we checkpoint with TRUNCATE and switch to journal_mode=DELETE, so that the file on disk
//   is again one self-contained file (no -wal/-shm) that can be mailed, copied or opened from
//   read-only media, where WAL would need a writable folder.

namespace Parlance::Storage {

using Sqlite::Database;
using Sql::Statement;

namespace {

// A backup is made on close when the project changed and the newest backup is older than this.
constexpr qint64 backupIntervalSecs = 15 * 60;

QString isoDateTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateTimeFromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The annotation columns, in the order bindAnnotation() and readAnnotation() use.
#define ANNOTATION_COLUMNS "id, " ANNOTATION_DATA_COLUMNS
#define ANNOTATION_DATA_COLUMNS                                                                         \
    "article_id, span_start, span_end, exact, prefix, suffix, kind, origin, actor_id, addressee_id, " \
    "quote_kind, content_parts, cue_start, cue_end, source_start, source_end, commitment_type, "         \
    "strength, negated, condition_start, condition_end, time_start, time_end, category_id, note, coder, " \
    "created, modified, uuid, confidence, source_kind"

void bindSpan(Statement &s, int index, Model::Span span)
{
    if (span.isValid()) {
        s.bind(index, span.start);
        s.bind(index + 1, span.end);
    } else {
        s.bindNull(index);
        s.bindNull(index + 1);
    }
}

Model::Span readSpan(const Statement &s, int index)
{
    if (s.isNull(index) || s.isNull(index + 1))
        return {};
    return {s.integer(index), s.integer(index + 1)};
}

QString partsToJson(const QList<Model::Span> &parts)
{
    QString json = QStringLiteral("[");
    for (const Model::Span &p : parts) {
        if (json.size() > 1)
            json += QLatin1Char(',');
        json += QLatin1Char('[') + QString::number(p.start) + QLatin1Char(',') + QString::number(p.end) + QLatin1Char(']');
    }
    return json + QLatin1Char(']');
}

QList<Model::Span> partsFromJson(const QString &json)
{
    QList<Model::Span> parts;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            parts.append({pair.at(0).toInt(), pair.at(1).toInt()});
    }
    return parts;
}

// Binds parameters ?1..?32 in ANNOTATION_COLUMNS order (?1 is the id: NULL for a new row).
void bindAnnotation(Statement &s, const Model::Annotation &a)
{
    s.bindId(1, a.id);
    s.bind(2, a.articleId);
    s.bind(3, a.span.start);
    s.bind(4, a.span.end);
    s.bind(5, nonNull(a.exact));
    s.bind(6, nonNull(a.prefix));
    s.bind(7, nonNull(a.suffix));
    s.bind(8, Model::annotationKindName(a.kind));
    s.bind(9, Model::originName(a.origin));
    s.bindId(10, a.actorId);
    s.bindId(11, a.addresseeId);
    s.bind(12, Model::quoteKindName(a.quoteKind));
    s.bind(13, partsToJson(a.contentParts));
    bindSpan(s, 14, a.cue);
    bindSpan(s, 16, a.source);
    s.bind(18, Model::commitmentTypeName(a.commitmentType));
    if (a.strength < 0)
        s.bindNull(19);
    else
        s.bind(19, a.strength);
    s.bind(20, a.negated);
    bindSpan(s, 21, a.condition);
    bindSpan(s, 23, a.time);
    s.bindId(25, a.categoryId);
    s.bind(26, nonNull(a.note));
    s.bind(27, nonNull(a.coder));
    s.bind(28, isoDateTime(a.created));
    s.bind(29, isoDateTime(a.modified));
    s.bind(30, a.uuid);
    if (a.confidence < 0)
        s.bindNull(31);
    else
        s.bind(31, a.confidence);
    s.bind(32, Model::sourceKindName(a.sourceKind));
}

Model::Annotation readAnnotation(const Statement &s)
{
    Model::Annotation a;
    a.id = s.int64(0);
    a.articleId = s.int64(1);
    a.span = {s.integer(2), s.integer(3)};
    a.exact = s.text(4);
    a.prefix = s.text(5);
    a.suffix = s.text(6);
    a.kind = Model::annotationKindFromName(s.text(7));
    a.origin = Model::originFromName(s.text(8));
    a.actorId = s.int64(9);
    a.addresseeId = s.int64(10);
    a.quoteKind = Model::quoteKindFromName(s.text(11));
    a.contentParts = partsFromJson(s.text(12));
    a.cue = readSpan(s, 13);
    a.source = readSpan(s, 15);
    a.commitmentType = Model::commitmentTypeFromName(s.text(17));
    a.strength = s.isNull(18) ? -1.0 : s.real(18);
    a.negated = s.int64(19) != 0;
    a.condition = readSpan(s, 20);
    a.time = readSpan(s, 22);
    a.categoryId = s.int64(24);
    a.note = s.text(25);
    a.coder = s.text(26);
    a.created = dateTimeFromIso(s.text(27));
    a.modified = dateTimeFromIso(s.text(28));
    a.uuid = s.text(29);
    a.confidence = s.isNull(30) ? -1.0 : s.real(30);
    a.sourceKind = Model::sourceKindFromName(s.text(31));
    return a;
}

#define ANNOTATION_VALUES                                                                                  \
    "?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, " \
    "?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32"
// A new annotation gets its id from the database; a restored one (undo) keeps its own.
constexpr const char *insertAnnotationSql =
    "INSERT INTO annotations (" ANNOTATION_DATA_COLUMNS ") VALUES (" ANNOTATION_VALUES ") RETURNING id";
constexpr const char *insertAnnotationWithIdSql =
    "INSERT INTO annotations (" ANNOTATION_COLUMNS ") VALUES (?1, " ANNOTATION_VALUES ") RETURNING id";

// An FTS5 query from what a person typed: as typed if it parses, else every word quoted (so that
// "U.S." or a stray quote mark still searches), words ANDed either way.
QString quotedQuery(const QString &query)
{
    QStringList words;
    const QStringList parts = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString w : parts) {
        w.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        words.append(QLatin1Char('"') + w + QLatin1Char('"'));
    }
    return words.join(QLatin1Char(' '));
}

// A tsquery (to_tsquery syntax) from what a person typed, for a server: the words ANDed, each cut
// into the tokens the parser makes of it (so that "U.S." or a stray quote mark still searches), a
// trailing * a prefix match, as in the file's FTS5 queries. Empty when nothing searchable is left.
QString tsQuery(const QString &query)
{
    QStringList terms;
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const bool prefix = word.endsWith(QLatin1Char('*'));
        QStringList tokens;
        QString token;
        for (const QChar c : word) {
            if (c.isLetterOrNumber() || c.isMark()) {
                token += c;
            } else if (!token.isEmpty()) {
                tokens.append(token);
                token.clear();
            }
        }
        if (!token.isEmpty())
            tokens.append(token);
        for (qsizetype i = 0; i < tokens.size(); ++i)
            terms.append(QLatin1Char('\'') + tokens.at(i) + QLatin1Char('\'') + (prefix && i == tokens.size() - 1 ? QStringLiteral(":*") : QString()));
    }
    return terms.join(QStringLiteral(" & "));
}

} // namespace

struct Project::Private {
    // The project file, or (server set) a database on a PostgreSQL server; `db` is the one in use.
    // Everything but the file-only steps (lock, checksums, journal, backups) goes through `db`.
    mutable Database file;
    std::unique_ptr<Postgres::SqlConnection> server;
    QString target; // as given (a password in it included): for a second connection, never shown
    Sql::Connection *db = &file;
    bool onServer() const { return server != nullptr; }
    QString path;
    bool readOnly = false;
    QString readOnlyReason;
    int schemaVersion = 0;
    QString notice; // said once: what the first change will do to the file (see openingNotice())
    FileLock lock;
    FirstWrite firstWrite; // what the file needs before its first change
    bool modified = false;
    bool worker = false; // a second connection (openWorkerConnection()): the first one owns the file
    QString coder;
    // The text of the article last annotated: annotations are added to one article at a time.
    mutable qint64 cachedTextId = 0;
    mutable QString cachedText;

    // Every mutator asks first: a read-only project is not written, nor one in which damage was
    // seen (a write could spread it); before the first change the file is prepared (FirstWrite).
    bool writable(Error *error)
    {
        if (readOnly) {
            return fail(error, {Error::ReadOnly, Error::Problem::ReadOnlyProject, path, {}, readOnlyReason});
        }
        if (onServer())
            return true;
        if (file.damageSeen()) {
            return fail(error, {Error::Corrupt, Error::Problem::DamageSeen, path, {}, file.errorMessage()});
        }
        return firstWrite.run(file, path, error);
    }

    // Reports the database's last failure; used after a statement or commit failed. A full disk
    // is named as such, with the space left.
    bool failed(Error *error, Error::Problem what, const QStringList &args = {}) const
    {
        const Error::Code kind = db->constraintFailed() || isConflict() ? Error::Invalid
            : !onServer() && file.damageSeen()                         ? Error::Corrupt
                                                                       : Error::Io;
        const QString why = !onServer() && DiskSpace::isFull(file.errorCode(), file.systemErrno()) ? DiskSpace::noSpaceLeft(path)
                                                                                                  : db->errorMessage();
        qCInfo(lcStorage) << "failed:" << int(what) << args << why;
        return fail(error, {kind, what, path, args, why});
    }

    // The server refused an edit of a row that another person changed since it was read.
    bool isConflict() const { return onServer() && server->sqlState() == Postgres::Schema::conflictSqlState; }

    // A coder may read another's annotation (in an open project) but not change it.
    bool notYours(Error *error, qint64 id) const
    {
        return fail(error, Error::told(Error::Invalid, QStringLiteral("annotation %1 is another coder's: you may read it but not change it; "
                                                                      "your change was not saved").arg(id)));
    }

    bool invalid(Error *error, Error::Problem what, const QStringList &args = {}) const
    {
        return fail(error, {Error::Invalid, what, path, args});
    }

    std::optional<QString> articleText(qint64 id) const
    {
        if (id != 0 && id == cachedTextId)
            return cachedText;
        Statement &s = db->prepare("SELECT text FROM article_texts WHERE article_id = ?1");
        s.bind(1, id);
        if (!s.step())
            return std::nullopt;
        cachedTextId = id;
        cachedText = s.text(0);
        s.reset();
        return cachedText;
    }

    bool exists(const char *sql, qint64 id) const
    {
        Statement &s = db->prepare(sql);
        s.bind(1, id);
        const bool found = s.step();
        s.reset();
        return found;
    }

    // The FTS5 tables of a file are written by hand; a server's tsvector columns follow by themselves.
    bool addNoteToIndex(qint64 annotationId, const QString &note)
    {
        if (note.isEmpty() || onServer())
            return true;
        return db->prepare("INSERT INTO note_fts (rowid, note) VALUES (?1, ?2)").bind(1, annotationId).bind(2, note).exec();
    }

    bool removeNoteFromIndex(qint64 annotationId, const QString &note)
    {
        if (note.isEmpty() || onServer())
            return true;
        return db->prepare("INSERT INTO note_fts (note_fts, rowid, note) VALUES ('delete', ?1, ?2)")
            .bind(1, annotationId)
            .bind(2, note)
            .exec();
    }

    bool ensureCoder(const QString &name)
    {
        if (name.isEmpty())
            return true;
        return db->prepare("INSERT INTO coders (name, uuid) VALUES (?1, ?2) ON CONFLICT DO NOTHING").bind(1, name).bind(2, Identity::newUuid()).exec();
    }

    // Checks an annotation against its article and fills the text anchor.
    bool prepareAnnotation(Model::Annotation &a, Error *error) const
    {
        const std::optional<QString> text = articleText(a.articleId);
        if (!text)
            return invalid(error, Error::Problem::NoSuchArticle, {QString::number(a.articleId)});
        const qsizetype length = text->size();
        auto fits = [length](Model::Span s) { return !s.isValid() || s.fitsIn(length); };
        if (!a.span.fitsIn(length))
            return invalid(error, Error::Problem::SpanOutsideText, {QString::number(a.span.start), QString::number(a.span.end)});
        bool partsFit = std::all_of(a.contentParts.cbegin(), a.contentParts.cend(), fits);
        if (!partsFit || !fits(a.cue) || !fits(a.source) || !fits(a.condition) || !fits(a.time))
            return invalid(error, Error::Problem::PartOutsideText);
        // SQLite stores text as UTF-8, which cannot hold half a surrogate pair: a span must not cut
        // a character in two (the anchor's context is whole characters, see TextAnchor::capture).
        auto splitsPair = [&](int at) { return at > 0 && at < length && text->at(at).isLowSurrogate() && text->at(at - 1).isHighSurrogate(); };
        if (splitsPair(a.span.start) || splitsPair(a.span.end))
            return invalid(error, Error::Problem::SpanCutsCharacter, {QString::number(a.span.start), QString::number(a.span.end)});
        const Model::TextAnchor anchor = Model::TextAnchor::capture(*text, a.span);
        a.exact = anchor.exact;
        a.prefix = anchor.prefix;
        a.suffix = anchor.suffix;
        return true;
    }

    // Inserts a prepared annotation inside the caller's transaction; sets its id.
    bool insertAnnotation(Model::Annotation &a)
    {
        if (a.uuid.isEmpty())
            a.uuid = Identity::newUuid();
        Statement &s = db->prepare(a.id == 0 ? insertAnnotationSql : insertAnnotationWithIdSql);
        bindAnnotation(s, a);
        if (!s.step())
            return false;
        a.id = s.int64(0);
        s.reset();
        if (onServer()) // a new row starts at version 1, also one restored under its old id
            afterCommit([this, id = a.id] { seenVersions.insert(id, 1); });
        return addNoteToIndex(a.id, a.note) && ensureCoder(a.coder);
    }

    // On a server the version of each annotation the app was given (row_version, after the 32
    // columns of `serverSql`): an edit says which version it is based on, and the server refuses
    // it when another person's change came first. Reads inside a write do not count: the edit is
    // based on what the app had, not on what the write looks up.
    mutable QHash<qint64, qint64> seenVersions;

    QList<Model::Annotation> selectAnnotations(const char *fileSql, const char *serverSql, qint64 key) const
    {
        QList<Model::Annotation> result;
        Statement &s = db->prepare(onServer() ? serverSql : fileSql);
        s.bind(1, key);
        while (s.step()) {
            result.append(readAnnotation(s));
            if (onServer() && depth == 0)
                seenVersions.insert(result.last().id, s.int64(32));
        }
        s.reset();
        return result;
    }

    // A notification of the server (NOTIFY parlance, see resources/postgres/schema-7.sql): "TABLE
    // OP IDS [PARENT IDS]", ids only. The rows are read again, through row-level security, and the
    // change goes out as the signal our own write would have sent.
    QSet<int> ownBackends; // our connection and our workers': their changes were announced already
    void takeNotification(Project *q, const QString &payload)
    {
        const QStringList parts = payload.split(QLatin1Char(' '));
        const QString table = parts.value(0);
        const QString op = parts.value(1);
        auto idsOf = [](const QString &list) {
            QList<qint64> ids;
            for (const QString &id : list.split(QLatin1Char(',')))
                if (const qint64 n = id.toLongLong())
                    ids.append(n);
            return ids;
        };
        if (table == QLatin1StringView("annotations")) {
            const QList<qint64> articles = idsOf(parts.value(4));
            if (parts.value(2) == QLatin1StringView("*") || parts.value(4) == QLatin1StringView("*")) {
                const QList<ArticleSummary> all = q->articles();
                for (const ArticleSummary &a : all)
                    if (parts.value(4) == QLatin1StringView("*") || articles.contains(a.id))
                        Q_EMIT q->suggestionsReplaced(a.id);
                return;
            }
            for (const qint64 id : idsOf(parts.value(2))) {
                const std::optional<Model::Annotation> a = q->annotation(id);
                if (a && op == QLatin1StringView("INSERT"))
                    Q_EMIT q->annotationAdded(*a);
                else if (a)
                    Q_EMIT q->annotationChanged(*a);
                else if (articles.size() == 1) { // deleted, or no longer visible to this coder
                    seenVersions.remove(id);
                    Q_EMIT q->annotationRemoved(id, articles.first());
                }
            }
        } else if (table == QLatin1StringView("articles") || table == QLatin1StringView("article_texts")) {
            cachedTextId = 0;
            Q_EMIT q->articlesChanged();
        } else if (table == QLatin1StringView("actors") || table == QLatin1StringView("actor_aliases")) {
            Q_EMIT q->actorsChanged();
        } else if (table == QLatin1StringView("categories")) {
            Q_EMIT q->categoriesChanged();
        } else if (table.startsWith(QLatin1StringView("comparison_set"))) {
            Q_EMIT q->comparisonSetsChanged();
        } else if (table.startsWith(QLatin1StringView("commitment_thread"))) {
            Q_EMIT q->commitmentThreadsChanged();
        }
    }

    /// An existing actor's row and names, as given.
    bool updateActorRow(const Model::Actor &actor)
    {
        Statement &s = db->prepare("UPDATE actors SET canonical_name = ?2, name_key = ?3, type = ?4, role = ?5, modified = ?6 WHERE id = ?1");
        s.bind(1, actor.id).bind(2, actor.canonicalName).bind(3, Model::normalizedName(actor.canonicalName));
        s.bind(4, Model::actorTypeName(actor.type)).bind(5, nonNull(actor.role)).bind(6, isoDateTime(QDateTime::currentDateTimeUtc()));
        return s.exec() && writeAliases(actor.id, actor.aliases);
    }

    /// An actor's row and names under its own id (restoring an undone removal or merge).
    bool insertActorWithId(const Model::Actor &actor)
    {
        Statement &s = db->prepare("INSERT INTO actors (id, canonical_name, name_key, type, role, uuid, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        s.bind(1, actor.id).bind(2, actor.canonicalName).bind(3, Model::normalizedName(actor.canonicalName));
        s.bind(4, Model::actorTypeName(actor.type)).bind(5, nonNull(actor.role));
        s.bind(6, actor.uuid.isEmpty() ? Identity::newUuid() : actor.uuid).bind(7, isoDateTime(QDateTime::currentDateTimeUtc()));
        return s.exec() && writeAliases(actor.id, actor.aliases);
    }

    /// The ids a query (one bound value, the id in column 0) returns.
    QList<qint64> annotationIdsWhere(const char *sql, qint64 value)
    {
        QList<qint64> ids;
        Statement &s = db->prepare(sql);
        s.bind(1, value);
        while (s.step())
            ids.append(s.int64(0));
        s.reset();
        return ids;
    }

    bool writeAliases(qint64 actorId, const QStringList &aliases)
    {
        if (!db->prepare("DELETE FROM actor_aliases WHERE actor_id = ?1").bind(1, actorId).exec())
            return false;
        int position = 0;
        for (const QString &alias : aliases) {
            Statement &s = db->prepare("INSERT INTO actor_aliases (actor_id, position, alias, name_key) VALUES (?1, ?2, ?3, ?4)");
            if (!s.bind(1, actorId).bind(2, position++).bind(3, alias).bind(4, Model::normalizedName(alias)).exec())
                return false;
        }
        return true;
    }

    // Recomputes an article's counts from its annotations (inside the caller's transaction): cheap
    // through the (article_id, kind, origin) index, and never drifts the way +1/-1 could.
    bool refreshCounts(qint64 articleId)
    {
        return db->prepare("UPDATE articles SET "
                          "quote_count = (SELECT count(*) FROM annotations WHERE article_id = ?1 AND kind = 'quote' AND origin <> 'rejected'), "
                          "commitment_count = (SELECT count(*) FROM annotations WHERE article_id = ?1 AND kind = 'commitment' AND origin <> 'rejected'), "
                          "annotation_count = (SELECT count(*) FROM annotations WHERE article_id = ?1 AND origin <> 'rejected') "
                          "WHERE id = ?1")
            .bind(1, articleId)
            .exec();
    }

    // The writes under way: how deep atomically() calls nest, and what to do once they are committed.
    int depth = 0;
    QList<std::function<void()>> afterCommitQueue;

    /// Runs `step` once the transaction now being written is committed (a change signal, a cache to
    /// update); never if it is rolled back.
    void afterCommit(std::function<void()> step) { afterCommitQueue.append(std::move(step)); }

    /// The one way a primitive writes. Refused on a read-only project; `writes` runs in a transaction
    /// of its own, or inside Project::atomically() in a savepoint of the caller's; the afterCommit()
    /// steps it queued run once the outermost transaction is committed. `writes` returns false on
    /// failure, having set the error itself for a refusal (Invalid); else the database's error is
    /// reported as `what` having failed, and everything it wrote is rolled back.
    bool write(Error *error, Error::Problem what, const std::function<bool(Error *)> &writes, const QStringList &args = {})
    {
        if (!writable(error))
            return false;
        Error failure;
        const qsizetype queued = afterCommitQueue.size();
        auto fail = [&] {
            if (!failure)
                failed(&failure, what, args);
            afterCommitQueue.resize(queued);
            cachedTextId = 0; // the text may be of an article that was rolled back
            if (error)
                *error = failure;
            return false;
        };
        if (depth > 0) {
            const QByteArray savepoint = "SAVEPOINT w" + QByteArray::number(depth);
            if (!db->exec(savepoint))
                return fail();
            ++depth;
            const bool ok = writes(&failure);
            --depth;
            const QByteArray name = "w" + QByteArray::number(depth);
            if (ok && db->exec("RELEASE " + name))
                return true;
            fail();
            if (onServer()) {
                db->exec("ROLLBACK TO " + name + "; RELEASE " + name);
                return false;
            }
            const int code = file.errorCode();
            const QString message = file.errorMessage();
            file.exec("ROLLBACK TO " + name + "; RELEASE " + name);
            file.setError(code, message);
            return false;
        }
        const std::unique_ptr<Sql::Transaction> transaction = db->begin();
        if (!transaction->isActive())
            return fail();
        ++depth;
        const bool ok = writes(&failure);
        --depth;
        if (!ok || !transaction->commit())
            return fail();
        modified = true;
        // Writes that rewrite annotations in bulk (a merge, a category's removal setting NULLs)
        // move their row_version on: the versions the app was given are forgotten, not mistaken
        // for another person's change; rows read again are checked again.
        using P = Error::Problem;
        if (onServer() && (what == P::MergeActors || what == P::UnmergeActors || what == P::RemoveActor || what == P::RestoreActor
                           || what == P::RemoveCategory || what == P::RestoreCategory || what == P::SaveChanges))
            seenVersions.clear();
        const QList<std::function<void()>> steps = std::exchange(afterCommitQueue, {});
        for (const std::function<void()> &step : steps)
            step();
        return true;
    }
};

Project::Project()
    : d(std::make_unique<Private>())
{
}

Project::~Project()
{
    if (d->onServer()) {
        d->server->connection().close();
        return;
    }
    if (!d->file.isOpen())
        return;
    if (d->worker) {
        d->file.close();
        return;
    }
    if (!d->readOnly) {
        d->firstWrite.abandon(d->file); // never changed: a pending migration leaves no trace
        if (d->modified) {
            const QStringList backups = Backups::list(d->path);
            const QDateTime newest = backups.isEmpty() ? QDateTime() : Backups::timeOf(backups.first());
            if (!newest.isValid() || newest.secsTo(QDateTime::currentDateTimeUtc()) > backupIntervalSecs) {
                Error failure;
                if (Backups::make(d->file, d->path, &failure).isEmpty())
                    qCWarning(lcStorage) << "backup on close failed:" << failure.message();
            }
        }
        d->file.resetStatements();
        // Only a file in WAL mode (written in this session, or left so by a crash) is written on close.
        if (d->file.scalar("PRAGMA journal_mode").toString() == QLatin1StringView("wal")) {
            d->file.exec("PRAGMA wal_checkpoint(TRUNCATE)");
            // Fails harmlessly (SQLITE_BUSY) while another process has the file open read-only.
            d->file.exec("PRAGMA journal_mode=DELETE");
        }
    }
    const bool damaged = d->file.damageSeen() || d->firstWrite.foundDamage();
    d->file.close();
    // Checked on open, written only by us since: remembered as good (unless a -wal file remains).
    if (!d->readOnly && !damaged)
        VerifiedFiles::remember(d->path);
    else if (damaged)
        VerifiedFiles::forget(d->path);
    d->lock.unlock(); // after the connection: closing the lock's descriptor ends this process's POSIX locks
}

std::unique_ptr<Project> Project::open(const QString &path, const OpenOptions &options, Error *error)
{
    if (Postgres::SqlConnection::isServerTarget(path))
        return openOnServer(path, options, error);
    ProjectOpener opener(path, options);
    if (!opener.open(error))
        return nullptr;
    std::unique_ptr<Project> project(new Project);
    Private &p = *project->d;
    p.path = opener.path();
    p.readOnlyReason = opener.readOnlyReason();
    p.readOnly = opener.isReadOnly();
    p.schemaVersion = opener.schemaVersion();
    p.notice = opener.notice();
    opener.handOver(p.file, p.lock, p.firstWrite);
    p.coder = project->setting(QStringLiteral("coder/current")).toString();
    return project;
}

// A project on a PostgreSQL server (doc/postgresql.md): connect as the person's role, find the
// project's schema, check its version and catalog; nothing is written. File-only steps (lock,
// checksums, journal, backups, recovery) have no counterpart: the server keeps its own pages.
std::unique_ptr<Project> Project::openOnServer(const QString &target, const OpenOptions &options, Error *error, bool live)
{
    const QString shown = Postgres::SqlConnection::withoutPassword(target);
    auto server = std::make_unique<Postgres::SqlConnection>();
    Postgres::Connection &c = server->connection();
    auto refuse = [&](Error::Code code, Error::Problem problem, const QStringList &args, const QString &detail = {}) {
        fail(error, {code, problem, shown, args, detail});
        return nullptr;
    };
    if (!c.open(target))
        return refuse(Error::NotFound, Error::Problem::CannotOpen, {c.errorMessage()});
    // Timestamps and dates as a file writes them (ISO 8601, UTC); a read-only project stays so.
    if (!c.run("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'")
        || (options.readOnly && !c.run("SET default_transaction_read_only = on")))
        return refuse(Error::Io, Error::Problem::CannotOpen, {c.errorMessage()});
    // The project's schema: the one the target's search_path names, else "parlance" (push's default).
    const bool inPath = c.scalar("SELECT to_regclass('parlance_meta') IS NOT NULL").value_or(QString()) == QLatin1StringView("t");
    if (!inPath && !Postgres::Schema::use(c))
        return refuse(Error::Io, Error::Problem::CannotOpen, {c.errorMessage()});
    QString why;
    const std::optional<int> version = Postgres::Schema::version(c, &why);
    if (!version)
        return refuse(Error::NotParlance, Error::Problem::CannotOpen, {why});
    if (*version > Postgres::Schema::currentVersion())
        return refuse(Error::TooNew, Error::Problem::TooNew, {QString::number(*version), QString::number(Postgres::Schema::currentVersion())});
    if (*version < Postgres::Schema::currentVersion())
        return refuse(Error::Invalid, Error::Problem::CannotUpgradeFrom, {QString::number(*version)});
    const QString altered = Postgres::Schema::verify(c, *version);
    if (!altered.isEmpty())
        return refuse(Error::Tampered, Error::Problem::Tampered, {altered});
    std::unique_ptr<Project> project(new Project);
    Private &p = *project->d;
    p.path = shown;
    p.readOnly = options.readOnly;
    if (p.readOnly)
        p.readOnlyReason = QStringLiteral("opened read-only");
    p.schemaVersion = *version;
    p.target = target;
    p.server = std::move(server);
    p.db = p.server.get();
    // Live updates: another person's change arrives as the signal of our own.
    p.ownBackends.insert(c.backendPid());
    if (!live)
        return project;
    Project *self = project.get();
    QObject::connect(&c, &Postgres::Connection::notified, self, [self](const QString &, const QString &payload, int sender) {
        if (!self->d->ownBackends.contains(sender))
            self->d->takeNotification(self, payload);
    });
    if (!c.listen(QStringLiteral("parlance")))
        qCWarning(lcStorage) << "no live updates:" << c.errorMessage();
    p.coder = project->setting(QStringLiteral("coder/current")).toString();
    if (p.coder.isEmpty())
        p.coder = c.userName(); // on a desk each coder is a role
    return project;
}

QString Project::path() const
{
    return d->path;
}

bool Project::isReadOnly() const
{
    return d->readOnly;
}

QString Project::readOnlyReason() const
{
    return d->readOnlyReason;
}

int Project::currentSchemaVersion()
{
    return Schema::currentVersion();
}

QString Project::openingNotice() const
{
    return d->notice;
}

int Project::schemaVersion() const
{
    return d->schemaVersion;
}

Sqlite::Database &Project::database() const
{
    return d->file;
}

Sql::Connection &Project::connection() const
{
    return *d->db;
}

QString Project::integrityCheck() const
{
    // A server checks its own pages; what can be checked from here is that opening verified the schema.
    return d->onServer() ? QStringLiteral("ok") : d->file.check(true);
}

// ---- Articles ---------------------------------------------------------------------------------

QList<ArticleSummary> Project::articles() const
{
    QList<ArticleSummary> result;
    Statement &s = d->db->prepare(
        "SELECT a.id, a.title, a.outlet, a.published, "
        "  CASE WHEN a.title = '' THEN (SELECT substr(text, 1, 200) FROM article_texts WHERE article_id = a.id) END, "
        "  a.quote_count, a.commitment_count, a.annotation_count "
        "FROM articles a ORDER BY a.id");
    int number = 0;
    while (s.step()) {
        ArticleSummary summary;
        summary.id = s.int64(0);
        summary.number = ++number;
        summary.title = s.text(1);
        if (summary.title.trimmed().isEmpty()) {
            Model::Article shown;
            shown.text = s.text(4);
            summary.title = shown.displayTitle();
        }
        summary.outlet = s.text(2);
        summary.published = QDate::fromString(s.text(3), Qt::ISODate);
        summary.quoteCount = s.integer(5);
        summary.commitmentCount = s.integer(6);
        summary.annotationCount = s.integer(7);
        result.append(summary);
    }
    s.reset();
    return result;
}

std::optional<Model::Article> Project::article(qint64 id) const
{
    Statement &s = d->db->prepare(
        "SELECT a.id, a.title, a.outlet, a.author, a.url, a.published, a.language, a.content_hash, a.imported_at, t.text, a.uuid "
        "FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    Model::Article a;
    a.id = s.int64(0);
    a.title = s.text(1);
    a.outlet = s.text(2);
    a.author = s.text(3);
    a.url = s.text(4);
    a.published = QDate::fromString(s.text(5), Qt::ISODate);
    a.language = s.text(6);
    a.contentHash = s.text(7).toLatin1();
    a.importedAt = dateTimeFromIso(s.text(8));
    a.text = s.text(9);
    a.uuid = s.text(10);
    s.reset();
    return a;
}

qint64 Project::articleIdForHash(const QByteArray &contentHash) const
{
    Statement &s = d->db->prepare("SELECT id FROM articles WHERE content_hash = ?1 ORDER BY id LIMIT 1");
    s.bind(1, QString::fromLatin1(contentHash));
    const qint64 id = s.step() ? s.int64(0) : 0;
    s.reset();
    return id;
}

bool Project::addArticles(QList<Model::Article> &articles, Error *error)
{
    if (articles.isEmpty())
        return d->writable(error);
    QList<Model::Article> stored = articles;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool ok = d->write(error, Error::Problem::SaveArticles, [&](Error *e) {
        for (Model::Article &a : stored) {
            if (a.contentHash.isEmpty())
                a.contentHash = Model::Article::hashText(a.text);
            if (!a.importedAt.isValid())
                a.importedAt = now;
            if (a.uuid.isEmpty())
                a.uuid = Identity::newUuid();
            Statement &s = d->db->prepare(
                "INSERT INTO articles (title, outlet, author, url, published, language, content_hash, imported_at, uuid) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id");
            s.bind(1, nonNull(a.title)).bind(2, nonNull(a.outlet)).bind(3, nonNull(a.author)).bind(4, nonNull(a.url));
            s.bind(5, isoDate(a.published)).bind(6, nonNull(a.language)).bind(7, QString::fromLatin1(a.contentHash));
            s.bind(8, isoDateTime(a.importedAt)).bind(9, a.uuid);
            if (!s.step())
                return d->failed(e, Error::Problem::AddArticle, {a.displayTitle()});
            a.id = s.int64(0);
            s.reset();
            if (!d->db->prepare("INSERT INTO article_texts (article_id, text) VALUES (?1, ?2)").bind(1, a.id).bind(2, nonNull(a.text)).exec()
                || (!d->onServer()
                    && !d->db->prepare("INSERT INTO article_fts (rowid, text) VALUES (?1, ?2)").bind(1, a.id).bind(2, nonNull(a.text)).exec()))
                return d->failed(e, Error::Problem::AddArticle, {a.displayTitle()});
        }
        if (!stored.isEmpty())
            d->afterCommit([this] { Q_EMIT articlesChanged(); });
        return true;
    });
    if (ok)
        articles = stored;
    return ok;
}

bool Project::addArticle(Model::Article &article, Error *error)
{
    QList<Model::Article> one{article};
    if (!addArticles(one, error))
        return false;
    article = one.first();
    return true;
}

bool Project::removeArticle(qint64 id, Error *error)
{
    return d->write(error, Error::Problem::RemoveArticle, [&](Error *e) {
        const std::optional<QString> text = d->articleText(id);
        if (!text)
            return d->invalid(e, Error::Problem::NoSuchArticle, {QString::number(id)});
        const bool inSet = d->exists("SELECT 1 FROM comparison_set_members WHERE article_id = ?1", id);
        Statement &notes = d->db->prepare("SELECT id, note FROM annotations WHERE article_id = ?1 AND note <> ''");
        notes.bind(1, id);
        QList<std::pair<qint64, QString>> indexed;
        while (notes.step())
            indexed.append({notes.int64(0), notes.text(1)});
        notes.reset();
        for (const auto &[annotationId, note] : indexed) {
            if (!d->removeNoteFromIndex(annotationId, note))
                return false;
        }
        if ((!d->onServer()
             && !d->db->prepare("INSERT INTO article_fts (article_fts, rowid, text) VALUES ('delete', ?1, ?2)").bind(1, id).bind(2, *text).exec())
            || !d->db->prepare("DELETE FROM articles WHERE id = ?1").bind(1, id).exec())
            return false;
        d->cachedTextId = 0;
        d->afterCommit([this, inSet] {
            Q_EMIT articlesChanged();
            if (inSet)
                Q_EMIT comparisonSetsChanged();
        });
        return true;
    });
}

// ---- Annotations ------------------------------------------------------------------------------

QList<Model::Annotation> Project::annotations(qint64 articleId) const
{
    return d->selectAnnotations("SELECT " ANNOTATION_COLUMNS " FROM annotations WHERE article_id = ?1 "
                                "ORDER BY span_start, span_end DESC, id",
                                "SELECT " ANNOTATION_COLUMNS ", row_version FROM annotations WHERE article_id = ?1 "
                                "ORDER BY span_start, span_end DESC, id",
                                articleId);
}

std::optional<Model::Annotation> Project::annotation(qint64 id) const
{
    const QList<Model::Annotation> found = d->selectAnnotations("SELECT " ANNOTATION_COLUMNS " FROM annotations WHERE id = ?1",
                                                                "SELECT " ANNOTATION_COLUMNS ", row_version FROM annotations WHERE id = ?1", id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

int Project::annotationCount() const
{
    Statement &s = d->db->prepare("SELECT count(*) FROM annotations WHERE origin <> 'rejected'");
    const int count = s.step() ? s.integer(0) : 0;
    s.reset();
    return count;
}

bool Project::addAnnotation(Model::Annotation &annotation, Error *error)
{
    Model::Annotation a = annotation;
    const bool ok = d->write(error, Error::Problem::SaveAnnotation, [&](Error *e) {
        a.id = 0;
        if (!d->prepareAnnotation(a, e))
            return false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!a.created.isValid())
            a.created = now;
        a.modified = now;
        if (a.coder.isEmpty())
            a.coder = d->coder;
        if (!d->insertAnnotation(a) || !d->refreshCounts(a.articleId))
            return false;
        d->afterCommit([this, a] { Q_EMIT annotationAdded(a); });
        return true;
    });
    if (ok)
        annotation = a;
    return ok;
}

bool Project::restoreAnnotation(const Model::Annotation &annotation, Error *error)
{
    return d->write(error, Error::Problem::RestoreAnnotation, [&](Error *e) {
        if (annotation.id <= 0)
            return d->invalid(e, Error::Problem::RestoreNeedsId);
        if (d->exists("SELECT 1 FROM annotations WHERE id = ?1", annotation.id))
            return d->invalid(e, Error::Problem::AnnotationExists, {QString::number(annotation.id)});
        Model::Annotation a = annotation;
        if (!d->prepareAnnotation(a, e) || !d->insertAnnotation(a) || !d->refreshCounts(a.articleId))
            return false;
        d->afterCommit([this, a] { Q_EMIT annotationAdded(a); });
        return true;
    });
}

bool Project::updateAnnotation(Model::Annotation &annotation, Error *error)
{
    Model::Annotation a = annotation;
    const bool ok = d->write(error, Error::Problem::SaveAnnotation, [&](Error *e) {
        const std::optional<Model::Annotation> old = this->annotation(a.id);
        if (!old)
            return d->invalid(e, Error::Problem::NoSuchAnnotation, {QString::number(a.id)});
        if (!d->prepareAnnotation(a, e))
            return false;
        a.created = old->created;
        a.modified = QDateTime::currentDateTimeUtc();
        a.uuid = old->uuid; // an annotation keeps its identity
        // On a server, based on the version the app was given: refused (PA001) if the row moved on.
        // Without a version read by the app the edit is not checked (row_version stays as it is).
        const bool versioned = d->onServer();
        Statement &s = d->db->prepare(versioned ?
            "UPDATE annotations SET article_id = ?2, span_start = ?3, span_end = ?4, exact = ?5, prefix = ?6, suffix = ?7, "
            "kind = ?8, origin = ?9, actor_id = ?10, addressee_id = ?11, quote_kind = ?12, content_parts = ?13, "
            "cue_start = ?14, cue_end = ?15, source_start = ?16, source_end = ?17, commitment_type = ?18, strength = ?19, "
            "negated = ?20, condition_start = ?21, condition_end = ?22, time_start = ?23, time_end = ?24, category_id = ?25, "
            "note = ?26, coder = ?27, created = ?28, modified = ?29, uuid = ?30, confidence = ?31, source_kind = ?32, "
            "row_version = coalesce(?33, row_version) WHERE id = ?1 RETURNING row_version" :
            "UPDATE annotations SET article_id = ?2, span_start = ?3, span_end = ?4, exact = ?5, prefix = ?6, suffix = ?7, "
            "kind = ?8, origin = ?9, actor_id = ?10, addressee_id = ?11, quote_kind = ?12, content_parts = ?13, "
            "cue_start = ?14, cue_end = ?15, source_start = ?16, source_end = ?17, commitment_type = ?18, strength = ?19, "
            "negated = ?20, condition_start = ?21, condition_end = ?22, time_start = ?23, time_end = ?24, category_id = ?25, "
            "note = ?26, coder = ?27, created = ?28, modified = ?29, uuid = ?30, confidence = ?31, source_kind = ?32 WHERE id = ?1");
        bindAnnotation(s, a);
        if (versioned && d->seenVersions.contains(a.id))
            s.bind(33, d->seenVersions.value(a.id));
        if (!d->removeNoteFromIndex(a.id, old->note))
            return false;
        const bool returned = s.step(); // a row only from the server's versioned UPDATE
        if (!s.ok())
            return false;
        if (versioned && !returned) // row-level security hid the row from the UPDATE
            return d->notYours(e, a.id);
        if (versioned)
            d->afterCommit([this, id = a.id, version = s.int64(0)] { d->seenVersions.insert(id, version); });
        s.reset();
        if (!d->addNoteToIndex(a.id, a.note) || !d->ensureCoder(a.coder)
            || !d->refreshCounts(a.articleId) || (old->articleId != a.articleId && !d->refreshCounts(old->articleId)))
            return false;
        d->afterCommit([this, a] { Q_EMIT annotationChanged(a); });
        return true;
    });
    if (ok)
        annotation = a;
    return ok;
}

bool Project::removeAnnotation(qint64 id, Error *error)
{
    return d->write(error, Error::Problem::RemoveAnnotation, [&](Error *e) {
        const std::optional<Model::Annotation> old = annotation(id);
        if (!old)
            return d->invalid(e, Error::Problem::NoSuchAnnotation, {QString::number(id)});
        if (!d->removeNoteFromIndex(id, old->note))
            return false;
        Statement &s = d->db->prepare("DELETE FROM annotations WHERE id = ?1 RETURNING id");
        const bool removed = s.bind(1, id).step();
        if (!s.ok())
            return false;
        s.reset();
        if (!removed) // on a server: another coder's row, which row-level security keeps
            return d->notYours(e, id);
        if (!d->refreshCounts(old->articleId))
            return false;
        d->afterCommit([this, id, articleId = old->articleId] {
            d->seenVersions.remove(id);
            Q_EMIT annotationRemoved(id, articleId);
        });
        return true;
    });
}

bool Project::replaceSuggestions(qint64 articleId, QList<Model::Annotation> &suggestions, Error *error)
{
    QList<Model::Annotation> stored;
    const bool ok = d->write(error, Error::Problem::ReplaceSuggestions, [&](Error *e) {
        if (!d->articleText(articleId))
            return d->invalid(e, Error::Problem::NoSuchArticle, {QString::number(articleId)});
        const QList<Model::Annotation> existing = annotations(articleId);
        // A suggestion is dropped when a person already decided on the same kind and span: rejected it,
        // or confirmed it (an accepted suggestion must not come back as a second, pending one).
        std::set<std::tuple<int, int, int>> decided;
        for (const Model::Annotation &a : existing) {
            if (a.origin != Model::Origin::Suggested)
                decided.insert({int(a.kind), a.span.start, a.span.end});
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (Model::Annotation a : suggestions) {
            if (a.articleId == 0)
                a.articleId = articleId;
            if (a.articleId != articleId)
                return d->invalid(e, Error::Problem::SuggestionForOtherArticle, {QString::number(a.articleId), QString::number(articleId)});
            if (decided.count({int(a.kind), a.span.start, a.span.end}) > 0)
                continue;
            a.id = 0;
            a.origin = Model::Origin::Suggested;
            if (!d->prepareAnnotation(a, e))
                return false;
            if (!a.created.isValid())
                a.created = now;
            a.modified = now;
            stored.append(a);
        }
        for (const Model::Annotation &a : existing) {
            if (a.origin == Model::Origin::Suggested && !d->removeNoteFromIndex(a.id, a.note))
                return false;
        }
        if (!d->db->prepare("DELETE FROM annotations WHERE article_id = ?1 AND origin = 'suggested'").bind(1, articleId).exec())
            return false;
        for (Model::Annotation &a : stored) {
            if (!d->insertAnnotation(a))
                return false;
        }
        if (!d->refreshCounts(articleId))
            return false;
        d->afterCommit([this, articleId] { Q_EMIT suggestionsReplaced(articleId); });
        return true;
    });
    if (ok)
        suggestions = stored;
    return ok;
}

// ---- Actors -----------------------------------------------------------------------------------

QList<Model::Actor> Project::actors() const
{
    QList<Model::Actor> result;
    QHash<qint64, qsizetype> index;
    Statement &s = d->db->prepare(d->onServer() ? "SELECT id, canonical_name, type, role, uuid FROM actors ORDER BY lower(canonical_name) COLLATE \"C\", id"
                                                 : "SELECT id, canonical_name, type, role, uuid FROM actors ORDER BY canonical_name COLLATE NOCASE, id");
    while (s.step()) {
        Model::Actor actor;
        actor.id = s.int64(0);
        actor.canonicalName = s.text(1);
        actor.type = Model::actorTypeFromName(s.text(2));
        actor.role = s.text(3);
        actor.uuid = s.text(4);
        index.insert(actor.id, result.size());
        result.append(actor);
    }
    s.reset();
    Statement &aliases = d->db->prepare("SELECT actor_id, alias FROM actor_aliases ORDER BY actor_id, position");
    while (aliases.step()) {
        const auto it = index.constFind(aliases.int64(0));
        if (it != index.cend())
            result[*it].aliases.append(aliases.text(1));
    }
    aliases.reset();
    return result;
}

std::optional<Model::Actor> Project::actor(qint64 id) const
{
    Statement &s = d->db->prepare("SELECT id, canonical_name, type, role, uuid FROM actors WHERE id = ?1");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    Model::Actor actor;
    actor.id = s.int64(0);
    actor.canonicalName = s.text(1);
    actor.type = Model::actorTypeFromName(s.text(2));
    actor.role = s.text(3);
    actor.uuid = s.text(4);
    s.reset();
    Statement &aliases = d->db->prepare("SELECT alias FROM actor_aliases WHERE actor_id = ?1 ORDER BY position");
    aliases.bind(1, id);
    while (aliases.step())
        actor.aliases.append(aliases.text(0));
    aliases.reset();
    return actor;
}

bool Project::addActor(Model::Actor &actor, Error *error)
{
    qint64 id = 0;
    const QString uuid = actor.uuid.isEmpty() ? Identity::newUuid() : actor.uuid;
    const bool ok = d->write(error, Error::Problem::AddActor, [&](Error *e) {
        if (actor.canonicalName.trimmed().isEmpty())
            return d->invalid(e, Error::Problem::ActorNeedsName);
        Statement &s = d->db->prepare("INSERT INTO actors (canonical_name, name_key, type, role, uuid, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id");
        s.bind(1, actor.canonicalName).bind(2, Model::normalizedName(actor.canonicalName));
        s.bind(3, Model::actorTypeName(actor.type)).bind(4, nonNull(actor.role));
        s.bind(5, uuid).bind(6, isoDateTime(QDateTime::currentDateTimeUtc()));
        if (!s.step())
            return false;
        id = s.int64(0);
        s.reset();
        if (!d->writeAliases(id, actor.aliases))
            return false;
        d->afterCommit([this] { Q_EMIT actorsChanged(); });
        return true;
    });
    if (ok) {
        actor.id = id;
        actor.uuid = uuid;
    }
    return ok;
}

bool Project::updateActor(const Model::Actor &actor, Error *error)
{
    return d->write(error, Error::Problem::SaveActor, [&](Error *e) {
        if (!d->exists("SELECT 1 FROM actors WHERE id = ?1", actor.id))
            return d->invalid(e, Error::Problem::NoSuchActor, {QString::number(actor.id)});
        if (actor.canonicalName.trimmed().isEmpty())
            return d->invalid(e, Error::Problem::ActorNeedsName);
        if (!d->updateActorRow(actor))
            return false;
        d->afterCommit([this] { Q_EMIT actorsChanged(); });
        return true;
    });
}

bool Project::removeActor(qint64 id, Error *error)
{
    return d->write(error, Error::Problem::RemoveActor, [&](Error *e) {
        if (!d->exists("SELECT 1 FROM actors WHERE id = ?1", id))
            return d->invalid(e, Error::Problem::NoSuchActor, {QString::number(id)});
        // The annotations stay; their speaker/addressee becomes "none" (ON DELETE SET NULL).
        if (!d->db->prepare("DELETE FROM actors WHERE id = ?1").bind(1, id).exec())
            return false;
        d->afterCommit([this] { Q_EMIT actorsChanged(); });
        return true;
    });
}

void Project::announceChanged(QList<qint64> annotationIds)
{
    std::sort(annotationIds.begin(), annotationIds.end());
    annotationIds.erase(std::unique(annotationIds.begin(), annotationIds.end()), annotationIds.end());
    for (qint64 id : std::as_const(annotationIds)) {
        if (const std::optional<Model::Annotation> a = annotation(id))
            Q_EMIT annotationChanged(*a);
    }
}

bool Project::restoreActor(const Model::Actor &actor, Error *error)
{
    return d->write(error, Error::Problem::RestoreActor, [&](Error *e) {
        if (actor.id <= 0)
            return d->invalid(e, Error::Problem::RestoreNeedsId);
        if (d->exists("SELECT 1 FROM actors WHERE id = ?1", actor.id))
            return d->invalid(e, Error::Problem::ActorExists, {QString::number(actor.id)});
        if (actor.canonicalName.trimmed().isEmpty())
            return d->invalid(e, Error::Problem::ActorNeedsName);
        if (!d->insertActorWithId(actor))
            return false;
        d->afterCommit([this] { Q_EMIT actorsChanged(); });
        return true;
    });
}

bool Project::mergeActors(qint64 kept, qint64 merged, Error *error, ActorMerge *record)
{
    ActorMerge done;
    const bool ok = d->write(error, Error::Problem::MergeActors, [&](Error *e) {
        if (kept == merged)
            return d->invalid(e, Error::Problem::MergeIntoItself);
        std::optional<Model::Actor> keptActor = actor(kept);
        const std::optional<Model::Actor> mergedActor = actor(merged);
        if (!keptActor || !mergedActor)
            return d->invalid(e, Error::Problem::NoSuchActor, {QString::number(keptActor ? merged : kept)});
        done = {*keptActor, *mergedActor, {}, {}};
        keptActor->addAlias(mergedActor->canonicalName);
        for (const QString &alias : mergedActor->aliases)
            keptActor->addAlias(alias);
        if (keptActor->role.isEmpty())
            keptActor->role = mergedActor->role;
        done.asActor = d->annotationIdsWhere("SELECT id FROM annotations WHERE actor_id = ?1 ORDER BY id", merged);
        done.asAddressee = d->annotationIdsWhere("SELECT id FROM annotations WHERE addressee_id = ?1 ORDER BY id", merged);
        if (!d->db->prepare("UPDATE annotations SET actor_id = ?1 WHERE actor_id = ?2").bind(1, kept).bind(2, merged).exec()
            || !d->db->prepare("UPDATE annotations SET addressee_id = ?1 WHERE addressee_id = ?2").bind(1, kept).bind(2, merged).exec()
            || !d->writeAliases(kept, keptActor->aliases)
            || !d->db->prepare("UPDATE actors SET role = ?2, modified = ?3 WHERE id = ?1").bind(1, kept).bind(2, nonNull(keptActor->role))
                    .bind(3, isoDateTime(QDateTime::currentDateTimeUtc())).exec()
            || !d->db->prepare("DELETE FROM actors WHERE id = ?1").bind(1, merged).exec())
            return false;
        d->afterCommit([this, changed = done.asActor + done.asAddressee] {
            Q_EMIT actorsChanged();
            announceChanged(changed);
        });
        return true;
    });
    if (ok && record)
        *record = std::move(done);
    return ok;
}

bool Project::unmergeActors(const ActorMerge &record, Error *error)
{
    return d->write(error, Error::Problem::UnmergeActors, [&](Error *e) {
        if (!d->exists("SELECT 1 FROM actors WHERE id = ?1", record.kept.id))
            return d->invalid(e, Error::Problem::NoSuchActor, {QString::number(record.kept.id)});
        if (record.merged.id <= 0 || d->exists("SELECT 1 FROM actors WHERE id = ?1", record.merged.id))
            return d->invalid(e, Error::Problem::ActorExists, {QString::number(record.merged.id)});
        bool ok = d->insertActorWithId(record.merged) && d->updateActorRow(record.kept);
        // Only annotations still pointing at the kept actor go back: anything changed since was undone first.
        for (qint64 id : record.asActor) {
            ok = ok && d->db->prepare("UPDATE annotations SET actor_id = ?2 WHERE id = ?1 AND actor_id = ?3")
                           .bind(1, id).bind(2, record.merged.id).bind(3, record.kept.id).exec();
        }
        for (qint64 id : record.asAddressee) {
            ok = ok && d->db->prepare("UPDATE annotations SET addressee_id = ?2 WHERE id = ?1 AND addressee_id = ?3")
                           .bind(1, id).bind(2, record.merged.id).bind(3, record.kept.id).exec();
        }
        if (!ok)
            return false;
        d->afterCommit([this, changed = record.asActor + record.asAddressee] {
            Q_EMIT actorsChanged();
            announceChanged(changed);
        });
        return true;
    });
}

qint64 Project::actorIdFor(const QString &name, Model::ActorType type, Error *error)
{
    if (Model::normalizedName(name).isEmpty()) {
        d->invalid(error, Error::Problem::ActorNeedsName);
        return 0;
    }
    if (const qint64 known = actorIdForName(name))
        return known;
    Model::Actor actor;
    actor.canonicalName = name.simplified();
    actor.type = type;
    return addActor(actor, error) ? actor.id : 0;
}

qint64 Project::actorIdForName(const QString &name) const
{
    const QString key = Model::normalizedName(name);
    if (key.isEmpty())
        return 0;
    for (const char *sql : {"SELECT id FROM actors WHERE name_key = ?1 ORDER BY id LIMIT 1",
                            "SELECT actor_id FROM actor_aliases WHERE name_key = ?1 ORDER BY actor_id LIMIT 1"}) {
        Statement &s = d->db->prepare(sql);
        s.bind(1, key);
        if (s.step()) {
            const qint64 id = s.int64(0);
            s.reset();
            return id;
        }
    }
    return 0;
}

QSet<qint64> Project::actorsOnlyRejected() const
{
    // From the index annotations_mentions alone.
    Statement &s = d->db->prepare("SELECT actor_id FROM annotations WHERE actor_id IS NOT NULL "
                                 "GROUP BY actor_id HAVING max(origin <> 'rejected') = 0");
    QSet<qint64> ids;
    while (s.step())
        ids.insert(s.int64(0));
    s.reset();
    return ids;
}

QHash<qint64, QHash<qint64, int>> Project::actorMentions(qint64 articleId) const
{
    // From the index annotations_mentions alone, in one pass: reading the rows themselves to count
    // them takes a second for an article of 20 MB.
    constexpr const char *all = "SELECT article_id, actor_id, addressee_id, count(*) FROM annotations "
                                "WHERE origin <> 'rejected' AND (actor_id IS NOT NULL OR addressee_id IS NOT NULL) "
                                "GROUP BY article_id, actor_id, addressee_id";
    constexpr const char *one = "SELECT article_id, actor_id, addressee_id, count(*) FROM annotations "
                                "WHERE article_id = ?1 AND origin <> 'rejected' AND (actor_id IS NOT NULL OR addressee_id IS NOT NULL) "
                                "GROUP BY article_id, actor_id, addressee_id";
    QHash<qint64, QHash<qint64, int>> counts;
    Statement &s = d->db->prepare(articleId ? one : all);
    if (articleId)
        s.bind(1, articleId);
    while (s.step()) {
        QHash<qint64, int> &perActor = counts[s.int64(0)];
        const qint64 actor = s.int64(1);
        const qint64 addressee = s.int64(2);
        const int n = s.integer(3);
        if (actor)
            perActor[actor] += n;
        if (addressee && addressee != actor)
            perActor[addressee] += n;
    }
    s.reset();
    return counts;
}

// ---- Codebook, coders, comparison sets, settings -----------------------------------------------

QList<Model::CodebookCategory> Project::categories() const
{
    QList<Model::CodebookCategory> result;
    Statement &s = d->db->prepare("SELECT id, name, color, shortcut, description, uuid FROM categories ORDER BY id");
    while (s.step()) {
        Model::CodebookCategory c;
        c.id = s.int64(0);
        c.name = s.text(1);
        const QString color = s.text(2);
        if (!color.isEmpty())
            c.color = QColor::fromString(color);
        c.shortcut = s.text(3);
        c.description = s.text(4);
        c.uuid = s.text(5);
        result.append(c);
    }
    s.reset();
    return result;
}

namespace {
QString colorText(const QColor &color)
{
    return color.isValid() ? color.name(color.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb) : QStringLiteral("");
}
} // namespace

bool Project::addCategory(Model::CodebookCategory &category, Error *error)
{
    qint64 id = 0;
    const QString uuid = category.uuid.isEmpty() ? Identity::newUuid() : category.uuid;
    const bool ok = d->write(error, Error::Problem::AddCategory, [&](Error *e) {
        if (category.name.trimmed().isEmpty())
            return d->invalid(e, Error::Problem::CategoryNeedsName);
        Statement &s = d->db->prepare("INSERT INTO categories (name, color, shortcut, description, uuid, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id");
        s.bind(1, category.name).bind(2, colorText(category.color)).bind(3, nonNull(category.shortcut)).bind(4, nonNull(category.description));
        s.bind(5, uuid).bind(6, isoDateTime(QDateTime::currentDateTimeUtc()));
        if (!s.step())
            return false;
        id = s.int64(0);
        s.reset();
        d->afterCommit([this] { Q_EMIT categoriesChanged(); });
        return true;
    });
    if (ok) {
        category.id = id;
        category.uuid = uuid;
    }
    return ok;
}

bool Project::updateCategory(const Model::CodebookCategory &category, Error *error)
{
    return d->write(error, Error::Problem::SaveCategory, [&](Error *e) {
        if (!d->exists("SELECT 1 FROM categories WHERE id = ?1", category.id))
            return d->invalid(e, Error::Problem::NoSuchCategory, {QString::number(category.id)});
        if (category.name.trimmed().isEmpty())
            return d->invalid(e, Error::Problem::CategoryNeedsName);
        Statement &s = d->db->prepare("UPDATE categories SET name = ?2, color = ?3, shortcut = ?4, description = ?5, modified = ?6 WHERE id = ?1");
        s.bind(1, category.id).bind(2, category.name).bind(3, colorText(category.color));
        s.bind(4, nonNull(category.shortcut)).bind(5, nonNull(category.description)).bind(6, isoDateTime(QDateTime::currentDateTimeUtc()));
        if (!s.exec())
            return false;
        d->afterCommit([this] { Q_EMIT categoriesChanged(); });
        return true;
    });
}

bool Project::removeCategory(qint64 id, Error *error, QList<qint64> *uncategorized)
{
    QList<qint64> members;
    const bool ok = d->write(error, Error::Problem::RemoveCategory, [&](Error *e) {
        if (!d->exists("SELECT 1 FROM categories WHERE id = ?1", id))
            return d->invalid(e, Error::Problem::NoSuchCategory, {QString::number(id)});
        members = d->annotationIdsWhere("SELECT id FROM annotations WHERE category_id = ?1 ORDER BY id", id);
        // The annotations stay, without a category (ON DELETE SET NULL).
        if (!d->db->prepare("DELETE FROM categories WHERE id = ?1").bind(1, id).exec())
            return false;
        d->afterCommit([this, members] {
            Q_EMIT categoriesChanged();
            announceChanged(members);
        });
        return true;
    });
    if (ok && uncategorized)
        *uncategorized = members;
    return ok;
}

bool Project::restoreCategory(const Model::CodebookCategory &category, const QList<qint64> &annotationIds, Error *error)
{
    return d->write(error, Error::Problem::RestoreCategory, [&](Error *e) {
        if (category.id <= 0)
            return d->invalid(e, Error::Problem::RestoreNeedsId);
        if (d->exists("SELECT 1 FROM categories WHERE id = ?1", category.id))
            return d->invalid(e, Error::Problem::CategoryExists, {QString::number(category.id)});
        if (category.name.trimmed().isEmpty())
            return d->invalid(e, Error::Problem::CategoryNeedsName);
        Statement &s = d->db->prepare("INSERT INTO categories (id, name, color, shortcut, description, uuid, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        s.bind(1, category.id).bind(2, category.name).bind(3, colorText(category.color));
        s.bind(4, nonNull(category.shortcut)).bind(5, nonNull(category.description));
        s.bind(6, category.uuid.isEmpty() ? Identity::newUuid() : category.uuid).bind(7, isoDateTime(QDateTime::currentDateTimeUtc()));
        bool ok = s.exec();
        for (qint64 id : annotationIds) {
            ok = ok && d->db->prepare("UPDATE annotations SET category_id = ?2 WHERE id = ?1 AND category_id IS NULL")
                           .bind(1, id).bind(2, category.id).exec();
        }
        if (!ok)
            return false;
        d->afterCommit([this, annotationIds] {
            Q_EMIT categoriesChanged();
            announceChanged(annotationIds);
        });
        return true;
    });
}

QStringList Project::coders() const
{
    QStringList result;
    Statement &s = d->db->prepare(d->onServer() ? "SELECT name FROM coders ORDER BY lower(name) COLLATE \"C\"" : "SELECT name FROM coders ORDER BY name COLLATE NOCASE");
    while (s.step())
        result.append(s.text(0));
    s.reset();
    return result;
}

QString Project::currentCoder() const
{
    return d->coder;
}

bool Project::setCurrentCoder(const QString &name, Error *error)
{
    const QString coder = name.simplified();
    return d->write(error, Error::Problem::SaveCoder, [&](Error *) {
        if (!d->ensureCoder(coder)
            || !d->db->prepare("INSERT INTO settings (key, type, value) VALUES ('coder/current', 'string', ?1) "
                               "ON CONFLICT (key) DO UPDATE SET type = excluded.type, value = excluded.value")
                    .bind(1, nonNull(coder))
                    .exec())
            return false;
        d->afterCommit([this, coder] { d->coder = coder; });
        return true;
    });
}

QList<ComparisonSet> Project::comparisonSets() const
{
    QList<ComparisonSet> result;
    QHash<qint64, qsizetype> index;
    Statement &s = d->db->prepare("SELECT id, name, uuid FROM comparison_sets ORDER BY id");
    while (s.step()) {
        index.insert(s.int64(0), result.size());
        result.append({s.int64(0), s.text(1), {}, s.text(2)});
    }
    s.reset();
    Statement &m = d->db->prepare("SELECT set_id, article_id FROM comparison_set_members ORDER BY set_id, position");
    while (m.step()) {
        const auto it = index.constFind(m.int64(0));
        if (it != index.cend())
            result[*it].articleIds.append(m.int64(1));
    }
    m.reset();
    return result;
}

bool Project::saveComparisonSet(ComparisonSet &set, Error *error)
{
    qint64 id = set.id;
    QString uuid = set.uuid;
    const bool ok = d->write(error, Error::Problem::SaveComparison, [&](Error *e) {
        for (qint64 articleId : std::as_const(set.articleIds)) {
            if (!d->exists("SELECT 1 FROM articles WHERE id = ?1", articleId))
                return d->invalid(e, Error::Problem::NoSuchArticle, {QString::number(articleId)});
        }
        if (id != 0 && !d->exists("SELECT 1 FROM comparison_sets WHERE id = ?1", id))
            return d->invalid(e, Error::Problem::NoSuchComparison, {QString::number(id)});
        if (id == 0) {
            if (uuid.isEmpty())
                uuid = Identity::newUuid();
            Statement &s = d->db->prepare("INSERT INTO comparison_sets (name, uuid) VALUES (?1, ?2) RETURNING id");
            if (!s.bind(1, nonNull(set.name)).bind(2, uuid).step())
                return false;
            id = s.int64(0);
            s.reset();
        } else if (!d->db->prepare("UPDATE comparison_sets SET name = ?2 WHERE id = ?1").bind(1, id).bind(2, nonNull(set.name)).exec()
                   || !d->db->prepare("DELETE FROM comparison_set_members WHERE set_id = ?1").bind(1, id).exec()) {
            return false;
        }
        int position = 0;
        for (qint64 articleId : std::as_const(set.articleIds)) {
            if (!d->db->prepare("INSERT INTO comparison_set_members (set_id, position, article_id) VALUES (?1, ?2, ?3)")
                     .bind(1, id)
                     .bind(2, position++)
                     .bind(3, articleId)
                     .exec())
                return false;
        }
        d->afterCommit([this] { Q_EMIT comparisonSetsChanged(); });
        return true;
    });
    if (ok) {
        set.id = id;
        set.uuid = uuid;
    }
    return ok;
}

bool Project::removeComparisonSet(qint64 id, Error *error)
{
    return d->write(error, Error::Problem::RemoveComparison, [&](Error *e) {
        if (!d->exists("SELECT 1 FROM comparison_sets WHERE id = ?1", id))
            return d->invalid(e, Error::Problem::NoSuchComparison, {QString::number(id)});
        if (!d->db->prepare("DELETE FROM comparison_sets WHERE id = ?1").bind(1, id).exec())
            return false;
        d->afterCommit([this] { Q_EMIT comparisonSetsChanged(); });
        return true;
    });
}

// Settings keep their type: a value read back is of the type it was written with (for the types
// below; anything else is stored as its string form).
QVariant Project::setting(const QString &key, const QVariant &defaultValue) const
{
    // A server keeps bytes apart (value_bytes, bytea); a file's untyped column holds them as a blob.
    Statement &s = d->db->prepare(d->onServer() ? "SELECT type, value, value_bytes FROM settings WHERE key = ?1"
                                                : "SELECT type, value, value FROM settings WHERE key = ?1");
    s.bind(1, key);
    if (!s.step())
        return defaultValue;
    const QString type = s.text(0);
    QVariant value;
    if (type == QLatin1StringView("bool"))
        value = s.int64(1) != 0;
    else if (type == QLatin1StringView("int"))
        value = s.int64(1);
    else if (type == QLatin1StringView("double"))
        value = s.real(1);
    else if (type == QLatin1StringView("bytes"))
        value = s.blob(2);
    else if (type == QLatin1StringView("date"))
        value = QDate::fromString(s.text(1), Qt::ISODate);
    else if (type == QLatin1StringView("datetime"))
        value = dateTimeFromIso(s.text(1));
    else if (type == QLatin1StringView("json"))
        value = QJsonDocument::fromJson(s.text(1).toUtf8()).toVariant();
    else if (type == QLatin1StringView("stringlist"))
        value = QJsonDocument::fromJson(s.text(1).toUtf8()).toVariant().toStringList();
    else
        value = s.text(1);
    s.reset();
    return value;
}

bool Project::setSetting(const QString &key, const QVariant &value, Error *error)
{
    return d->write(error, Error::Problem::SaveSetting, [&](Error *) {
        bool ok = true;
        if (!value.isValid()) {
            ok = d->db->prepare("DELETE FROM settings WHERE key = ?1").bind(1, key).exec();
        } else {
            const bool bytes = value.typeId() == QMetaType::QByteArray && d->onServer();
            Statement &s = d->db->prepare(bytes ? "INSERT INTO settings (key, type, value, value_bytes) VALUES (?1, ?2, NULL, ?3) "
                                                  "ON CONFLICT (key) DO UPDATE SET type = excluded.type, value = NULL, value_bytes = excluded.value_bytes"
                                                : "INSERT INTO settings (key, type, value) VALUES (?1, ?2, ?3) "
                                                  "ON CONFLICT (key) DO UPDATE SET type = excluded.type, value = excluded.value");
            s.bind(1, key);
            switch (value.typeId()) {
            case QMetaType::Bool:
                s.bind(2, QStringLiteral("bool")).bind(3, value.toBool());
                break;
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
                s.bind(2, QStringLiteral("int")).bind(3, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                s.bind(2, QStringLiteral("double")).bind(3, value.toDouble());
                break;
            case QMetaType::QByteArray:
                s.bind(2, QStringLiteral("bytes")).bind(3, value.toByteArray(), true);
                break;
            case QMetaType::QDate:
                s.bind(2, QStringLiteral("date")).bind(3, isoDate(value.toDate()));
                break;
            case QMetaType::QDateTime:
                s.bind(2, QStringLiteral("datetime")).bind(3, isoDateTime(value.toDateTime()));
                break;
            case QMetaType::QStringList:
                s.bind(2, QStringLiteral("stringlist"))
                    .bind(3, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(value.toStringList())).toJson(QJsonDocument::Compact)));
                break;
            case QMetaType::QVariantMap:
            case QMetaType::QVariantList:
            case QMetaType::QVariantHash:
                s.bind(2, QStringLiteral("json")).bind(3, QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact)));
                break;
            default:
                s.bind(2, QStringLiteral("string")).bind(3, nonNull(value.toString()));
                break;
            }
            ok = s.exec();
        }
        if (!ok)
            return false;
        if (key == QLatin1StringView("coder/current"))
            d->afterCommit([this, coder = value.toString()] { d->coder = coder; });
        return true;
    }, {key});
}

std::unique_ptr<Project> Project::openWorkerConnection(Error *error) const
{
    if (!d->writable(error))
        return nullptr;
    if (d->onServer()) {
        std::unique_ptr<Project> other = openOnServer(d->target, {}, error, false);
        if (other) {
            other->d->coder = d->coder;
            other->d->worker = true;
            d->ownBackends.insert(other->d->server->connection().backendPid());
        }
        return other;
    }
    std::unique_ptr<Project> other(new Project);
    Private &p = *other->d;
    // The file is open and checked already: the same pragmas as opening gave the first connection.
    if (!p.file.open(d->path, Database::Mode::ReadWrite) || !p.file.exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL")) {
        fail(error, {Error::Io, Error::Problem::SecondConnection, d->path, {}, p.file.errorMessage()});
        return nullptr;
    }
    p.path = d->path;
    p.schemaVersion = d->schemaVersion;
    p.coder = d->coder;
    p.worker = true;
    p.firstWrite.setNothingToDo(); // the first connection prepared the file (writable() above)
    return other;
}

void Project::announceWrittenElsewhere(const QList<qint64> &articleIds)
{
    if (articleIds.isEmpty())
        return;
    d->modified = true;
    Q_EMIT articlesChanged();
    Q_EMIT actorsChanged();
    for (qint64 id : articleIds)
        Q_EMIT suggestionsReplaced(id);
}

bool Project::atomically(const std::function<bool(Error *)> &writes, Error *error)
{
    return d->write(error, Error::Problem::SaveChanges, writes);
}

// ---- Search, copies, backups ------------------------------------------------------------------

QList<SearchHit> Project::search(const QString &query) const
{
    return search(query, -1);
}

QList<SearchHit> Project::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    if (query.trimmed().isEmpty())
        return hits;
    QSet<qint64> seen;
    auto run = [&](const char *sql, const QString &match) {
        Statement &s = d->db->prepare(sql);
        s.bind(1, match);
        if (limit < 0 && d->onServer())
            s.bindNull(2); // LIMIT NULL: no limit (a file takes -1)
        else
            s.bind(2, qint64(limit));
        while (s.step()) {
            if (limit >= 0 && hits.size() >= limit)
                break;
            const qint64 articleId = s.int64(0);
            if (seen.contains(articleId))
                continue;
            seen.insert(articleId);
            hits.append({articleId, s.text(1)});
        }
        const bool ok = s.ok();
        s.reset();
        return ok;
    };
    // Articles whose text matches first, then those that match only in a note.
    // In article order, not by rank: ranking must score every match first (160 ms for a word in
    // all of 10,000 articles), while article order lets a limited query stop at the limit.
    const char *textSql = "SELECT rowid, snippet(article_fts, 0, '', '', '\u2026', 16) FROM article_fts "
                          "WHERE article_fts MATCH ?1 ORDER BY rowid LIMIT ?2";
    const char *noteSql = "SELECT a.article_id, snippet(note_fts, 0, '', '', '\u2026', 16) FROM note_fts "
                          "JOIN annotations a ON a.id = note_fts.rowid WHERE note_fts MATCH ?1 ORDER BY note_fts.rowid LIMIT ?2";
    if (d->onServer()) {
        // The tsvector columns through their GIN indexes; snippets by ts_headline, without marks.
        textSql = "SELECT t.article_id, ts_headline('parlance_text', t.text, to_tsquery('parlance_text', ?1), "
                  "'MaxWords=16, MinWords=6, StartSel=\"\", StopSel=\"\"') FROM article_texts t "
                  "WHERE t.text_search @@ to_tsquery('parlance_text', ?1) ORDER BY t.article_id LIMIT ?2";
        noteSql = "SELECT a.article_id, ts_headline('parlance_text', a.note, to_tsquery('parlance_text', ?1), "
                  "'MaxWords=16, MinWords=6, StartSel=\"\", StopSel=\"\"') FROM annotations a "
                  "WHERE a.note_search @@ to_tsquery('parlance_text', ?1) ORDER BY a.id LIMIT ?2";
        const QString match = tsQuery(query);
        if (match.isEmpty() || !run(textSql, match))
            return {};
        if (limit < 0 || hits.size() < limit)
            run(noteSql, match);
        return hits;
    }
    QString match = query;
    if (!run(textSql, match)) {
        hits.clear();
        seen.clear();
        match = quotedQuery(query);
        if (!run(textSql, match))
            return {};
    }
    if (limit < 0 || hits.size() < limit)
        run(noteSql, match);
    return hits;
}

QList<qint64> Project::searchArticleIds(const QString &query) const
{
    if (query.trimmed().isEmpty())
        return {};
    auto run = [&](const QString &match, QList<qint64> *ids) {
        Statement &s = d->db->prepare(d->onServer()
                                          ? "SELECT article_id FROM article_texts WHERE text_search @@ to_tsquery('parlance_text', ?1) "
                                            "UNION SELECT article_id FROM annotations WHERE note_search @@ to_tsquery('parlance_text', ?1) ORDER BY 1"
                                          : "SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 "
                                     "UNION SELECT a.article_id FROM note_fts JOIN annotations a ON a.id = note_fts.rowid "
                                     "WHERE note_fts MATCH ?1 ORDER BY 1");
        s.bind(1, match);
        while (s.step())
            ids->append(s.int64(0));
        const bool ok = s.ok();
        s.reset();
        return ok;
    };
    QList<qint64> ids;
    if (d->onServer()) {
        const QString match = tsQuery(query);
        if (!match.isEmpty())
            run(match, &ids);
        return ids;
    }
    if (run(query, &ids))
        return ids;
    ids.clear();
    run(quotedQuery(query), &ids);
    return ids;
}

bool Project::saveCopyAs(const QString &path, Error *error) const
{
    if (d->onServer()) // file-only, like backups: the server's own dumps and `parlance pull` copy it
        return fail(error, Error::told(Error::Invalid, QStringLiteral("a project on a server is copied with “parlance pull URL FILE”, not saved as a file")));
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == d->path)
        return d->invalid(error, Error::Problem::CopyOverItself);
    return Backups::copyVerified(d->file, target, error);
}

bool Project::backupNow(Error *error)
{
    if (d->onServer())
        return fail(error, Error::told(Error::Invalid, QStringLiteral("a project on a server is backed up by the server (pg_dump), not by Parlance")));
    return !Backups::make(d->file, d->path, error).isEmpty();
}

QStringList Project::backupsFor(const QString &path)
{
    return Backups::list(QFileInfo(path).absoluteFilePath());
}

QList<BackupInfo> Project::backupInfo(const QString &path)
{
    QList<BackupInfo> result;
    const QList<Backups::Info> infos = Backups::describe(QFileInfo(path).absoluteFilePath());
    for (const Backups::Info &info : infos)
        result.append({info.path, info.time, info.articles, info.good});
    return result;
}

bool Project::restoreBackupAs(const QString &backupPath, const QString &newPath, Error *error)
{
    return Backups::restoreInto(backupPath, QFileInfo(newPath).absoluteFilePath(), error);
}

QString Project::newestGoodBackup(const QString &path)
{
    return Backups::newestGood(QFileInfo(path).absoluteFilePath());
}

bool Project::restoreBackup(const QString &backupPath, const QString &projectPath, QString *keptAs, Error *error)
{
    const QString project = QFileInfo(projectPath).absoluteFilePath();
    const QFileInfo info(project);
    auto fail = [&](Error::Code code, Error::Problem problem, const QStringList &args = {}, const QString &detail = {}) {
        return Storage::fail(error, {code, problem, project, args, detail});
    };
    if (!Backups::isGood(backupPath))
        return fail(Error::Corrupt, Error::Problem::BackupNotGood, {native(backupPath)});
    FileLock lock;
    if (info.exists()) {
        QString why;
        switch (lock.lock(project, &why)) {
        case FileLock::Result::Locked:
            break;
        case FileLock::Result::HeldElsewhere:
            return fail(Error::Locked, Error::Problem::OpenElsewhere);
        case FileLock::Result::Failed:
            return fail(Error::Io, Error::Problem::CannotLock, {}, why);
        }
    }

    // The copy first, under a temporary name: until the renames, nothing has changed.
    const QString partial = project + QStringLiteral(".restoring");
    QFile::remove(partial);
    if (!QFile::copy(backupPath, partial))
        return fail(Error::Io, Error::Problem::CannotCopyBackup);
    QString kept;
    if (info.exists()) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        kept = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".damaged-") + stamp
            + QStringLiteral(".parlance");
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".damaged-") + stamp
                + QLatin1Char('-') + QString::number(n) + QStringLiteral(".parlance");
        if (!QFile::rename(project, kept)) {
            QFile::remove(partial);
            return fail(Error::Io, Error::Problem::CannotMoveDamagedAside);
        }
        // Its journal files belong to it: left here, SQLite would apply them to the restored file.
        for (const QLatin1StringView suffix : {QLatin1StringView("-wal"), QLatin1StringView("-shm"), QLatin1StringView("-journal")}) {
            if (QFileInfo::exists(project + suffix))
                QFile::rename(project + suffix, kept + suffix);
        }
    }
    if (!QFile::rename(partial, project)) {
        if (!kept.isEmpty())
            QFile::rename(kept, project);
        QFile::remove(partial);
        return fail(Error::Io, Error::Problem::CannotMoveRestored);
    }
    VerifiedFiles::forget(project);
    if (keptAs)
        *keptAs = kept;
    return true;
}

// ---- Commitment threads (issue 18; the tables are in commitmentthreadrecord.cpp) ----------------

QList<CommitmentThreadRecord> Project::commitmentThreads() const
{
    bool ok = false;
    QList<CommitmentThreadRecord> records = CommitmentThreadTables::read(*d->db, &ok);
    if (!ok)
        qCWarning(lcStorage) << "cannot read the commitment threads:" << d->db->errorMessage();
    return records;
}

bool Project::changeCommitmentThreads(const QList<qint64> &removeIds, QList<CommitmentThreadRecord> &write, Error *error)
{
    QList<CommitmentThreadRecord> written = write;
    const bool ok = d->write(error, Error::Problem::ChangeThreads, [&](Error *e) {
        for (const CommitmentThreadRecord &r : std::as_const(written)) {
            if (const qint64 id = CommitmentThreadTables::firstNonCommitment(*d->db, r.commitmentIds))
                return d->invalid(e, Error::Problem::NotACommitment, {QString::number(id)});
        }
        if (!CommitmentThreadTables::remove(*d->db, removeIds))
            return false;
        for (CommitmentThreadRecord &r : written) {
            if (!CommitmentThreadTables::write(*d->db, r))
                return false;
        }
        d->afterCommit([this] { Q_EMIT commitmentThreadsChanged(); });
        return true;
    });
    if (ok)
        write = written; // new ids only once the change is in the file
    return ok;
}

QList<Model::Annotation> Project::annotationsOfKind(Model::AnnotationKind kind) const
{
    QList<Model::Annotation> result;
    Statement &s = d->db->prepare("SELECT " ANNOTATION_COLUMNS " FROM annotations WHERE kind = ?1 AND origin <> 'rejected' "
                                 "ORDER BY article_id, span_start, span_end DESC, id");
    s.bind(1, Model::annotationKindName(kind));
    while (s.step())
        result.append(readAnnotation(s));
    s.reset();
    return result;
}

} // namespace Parlance::Storage
