// SPDX-License-Identifier: GPL-2.0-or-later
#include "projectsnapshot.h"

#include "errorhelpers.h"
#include "identity.h"
#include "schema.h"
#include "sqlite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <map>

namespace Parlance::Storage {

using Sqlite::Database;
using Sqlite::Statement;

namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QString isoOrNull(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString colorText(const QColor &color)
{
    return color.isValid() ? color.name(color.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb) : QStringLiteral("");
}

QString partsJson(const QList<Model::Span> &parts)
{
    QJsonArray array;
    for (const Model::Span &p : parts)
        array.append(QJsonArray{p.start, p.end});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void bindSpan(Statement &s, int index, Model::Span span)
{
    if (span.isValid()) {
        s.bind(index, span.start).bind(index + 1, span.end);
    } else {
        s.bindNull(index).bindNull(index + 1);
    }
}

QVariant settingValue(const Sql::Statement &s, const QString &type, int column)
{
    if (type == u"bytes") // a file's untyped column, or a server's value_bytes (then `column` is NULL)
        return s.isNull(column + 1) ? QVariant() : QVariant(s.blob(column + 1));
    if (s.isNull(column))
        return {};
    if (type == u"bool" || type == u"int")
        return s.int64(column);
    if (type == u"double")
        return s.real(column);
    return s.text(column);
}

void bindSetting(Statement &s, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
        s.bind(index, value.toLongLong());
        break;
    case QMetaType::Double:
        s.bind(index, value.toDouble());
        break;
    case QMetaType::QByteArray:
        s.bind(index, value.toByteArray(), true);
        break;
    case QMetaType::UnknownType:
        s.bindNull(index);
        break;
    default:
        s.bind(index, text(value.toString()));
        break;
    }
}

} // namespace

ProjectSnapshot ProjectSnapshot::read(const Project &project)
{
    ProjectSnapshot snap;
    // Through the connection in use: the project file, or a shared project on a server.
    Sql::Connection &db = project.connection();
    QHash<qint64, QString> articleUuid, actorUuid, categoryUuid;

    const QList<ArticleSummary> summaries = project.articles();
    for (const ArticleSummary &summary : summaries) {
        if (std::optional<Model::Article> article = project.article(summary.id)) {
            articleUuid.insert(article->id, article->uuid);
            snap.articles.append(*article);
        }
    }

    QHash<qint64, QDateTime> modified;
    Sql::Statement &am = db.prepare("SELECT id, modified FROM actors");
    while (am.step())
        modified.insert(am.int64(0), fromIso(am.text(1)));
    am.reset();
    const QList<Model::Actor> actors = project.actors();
    for (const Model::Actor &actor : actors) {
        actorUuid.insert(actor.id, actor.uuid);
        snap.actors.append({actor, modified.value(actor.id)});
    }

    modified.clear();
    Sql::Statement &cm = db.prepare("SELECT id, modified FROM categories");
    while (cm.step())
        modified.insert(cm.int64(0), fromIso(cm.text(1)));
    cm.reset();
    const QList<Model::CodebookCategory> categories = project.categories();
    for (const Model::CodebookCategory &category : categories) {
        categoryUuid.insert(category.id, category.uuid);
        snap.categories.append({category, modified.value(category.id)});
    }

    Sql::Statement &coders = db.prepare("SELECT name, uuid FROM coders ORDER BY name");
    while (coders.step())
        snap.coders.append({coders.text(0), coders.text(1)});
    coders.reset();

    QHash<qint64, QString> annotationUuid;
    for (const Model::Article &article : std::as_const(snap.articles)) {
        const QList<Model::Annotation> annotations = project.annotations(article.id);
        for (const Model::Annotation &a : annotations) {
            annotationUuid.insert(a.id, a.uuid);
            snap.annotations.append({a, article.uuid, actorUuid.value(a.actorId), actorUuid.value(a.addresseeId),
                                     categoryUuid.value(a.categoryId)});
        }
    }

    const QList<ComparisonSet> sets = project.comparisonSets();
    for (const ComparisonSet &set : sets) {
        SnapshotComparisonSet s{set.uuid, set.name, {}};
        for (qint64 id : set.articleIds)
            s.articleUuids.append(articleUuid.value(id));
        snap.comparisonSets.append(s);
    }

    Sql::Statement &conflicts = db.prepare(
        "SELECT entity, uuid, field, kept_value, lost_value, kept_modified, lost_modified FROM merge_conflicts ORDER BY id");
    while (conflicts.step()) {
        snap.conflicts.append({conflicts.text(0), conflicts.text(1), conflicts.text(2), conflicts.text(3), conflicts.text(4),
                               fromIso(conflicts.text(5)), fromIso(conflicts.text(6))});
    }
    conflicts.reset();
    Sql::Statement &merged = db.prepare("SELECT entity, uuid, merged_into FROM merged_identities ORDER BY entity, uuid");
    while (merged.step())
        snap.mergedIdentities.append({merged.text(0), merged.text(1), merged.text(2)});
    merged.reset();
    Sql::Statement &settings = db.prepare(db.dialect() == Sql::Dialect::Postgres
                                              ? "SELECT key, type, value, value_bytes FROM settings ORDER BY key"
                                              : "SELECT key, type, value, value FROM settings ORDER BY key");
    while (settings.step()) {
        const QString type = settings.text(1);
        snap.settings.append({settings.text(0), type, settingValue(settings, type, 2)});
    }
    settings.reset();

    // Members whose annotation is gone are ignored, as the timeline does on reading.
    std::map<qint64, SnapshotThread> threads;
    Sql::Statement &members = db.prepare("SELECT t.id, t.label, t.coder, t.modified, m.annotation_id FROM commitment_threads t "
                                    "JOIN commitment_thread_members m ON m.thread_id = t.id ORDER BY t.id");
    while (members.step()) {
        const QString uuid = annotationUuid.value(members.int64(4));
        if (uuid.isEmpty())
            continue;
        SnapshotThread &thread = threads[members.int64(0)];
        thread.label = members.text(1);
        thread.coder = members.text(2);
        thread.modified = fromIso(members.text(3));
        thread.annotationUuids.append(uuid);
    }
    members.reset();
    for (auto &[id, thread] : threads) {
        thread.annotationUuids.sort();
        snap.commitmentThreads.append(thread);
    }
    return snap;
}

std::unique_ptr<Project> openWithoutChanging(const QString &path, const QTemporaryDir &scratch, Error *error)
{
    Error openError;
    if (auto project = Project::open(path, {.readOnly = true, .createIfMissing = false}, &openError))
        return project;
    if (openError.code != Error::ReadOnly || !QFileInfo(path).isFile()) {
        if (error)
            *error = openError;
        return nullptr;
    }
    // An earlier version needs upgrading, which writes: do that to a copy, never to the file itself.
    const QString copy = scratch.filePath(QStringLiteral("upgraded-") + QFileInfo(path).fileName());
    if (!scratch.isValid() || !QFile::copy(path, copy)) {
        fail(error, {Error::Io, Error::Problem::CopyToUpgrade, path, {}, scratch.errorString()});
        return nullptr;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    auto project = Project::open(copy, {}, &openError);
    if (!project)
        fail(error, retold(openError, copy, path));
    return project;
}

std::optional<ProjectSnapshot> ProjectSnapshot::readFile(const QString &path, Error *error)
{
    QTemporaryDir scratch;
    const auto project = openWithoutChanging(path, scratch, error);
    if (!project)
        return std::nullopt;
    return read(*project);
}

namespace {

// Every row of the snapshot, in one transaction; an empty string, or why it failed.
QString writeRows(const ProjectSnapshot &snap, Database &db)
{
    const auto &[articles, actors, categories, coders, annotations, comparisonSets, conflicts, mergedIdentities, settings,
                 commitmentThreads] = snap;
    Sqlite::Transaction transaction(db);
    bool ok = transaction.isActive();
    QHash<QString, qint64> articleId, actorId, categoryId, annotationId;

    for (const Model::Article &a : articles) {
        if (!ok)
            break;
        Statement &s = db.prepare("INSERT INTO articles (title, outlet, author, url, published, language, content_hash, "
                                  "imported_at, uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
        s.bind(1, text(a.title)).bind(2, text(a.outlet)).bind(3, text(a.author)).bind(4, text(a.url));
        s.bind(5, a.published.isValid() ? a.published.toString(Qt::ISODate) : QString()).bind(6, text(a.language));
        s.bind(7, QString::fromLatin1(a.contentHash.isEmpty() ? Model::Article::hashText(a.text) : a.contentHash));
        s.bind(8, iso(a.importedAt.isValid() ? a.importedAt : QDateTime::currentDateTimeUtc())).bind(9, a.uuid);
        ok = s.exec();
        const qint64 id = db.lastInsertId();
        articleId.insert(a.uuid, id);
        ok = ok && db.prepare("INSERT INTO article_texts (article_id, text) VALUES (?1, ?2)").bind(1, id).bind(2, text(a.text)).exec()
            && db.prepare("INSERT INTO article_fts (rowid, text) VALUES (?1, ?2)").bind(1, id).bind(2, text(a.text)).exec();
    }
    for (const SnapshotActor &entry : actors) {
        if (!ok)
            break;
        const Model::Actor &actor = entry.actor;
        Statement &s = db.prepare("INSERT INTO actors (canonical_name, name_key, type, role, uuid, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        s.bind(1, actor.canonicalName).bind(2, Model::normalizedName(actor.canonicalName)).bind(3, Model::actorTypeName(actor.type));
        s.bind(4, text(actor.role)).bind(5, actor.uuid).bind(6, isoOrNull(entry.modified));
        ok = s.exec();
        const qint64 id = db.lastInsertId();
        actorId.insert(actor.uuid, id);
        int position = 0;
        for (const QString &alias : actor.aliases) {
            ok = ok && db.prepare("INSERT INTO actor_aliases (actor_id, position, alias, name_key) VALUES (?1, ?2, ?3, ?4)")
                           .bind(1, id).bind(2, position++).bind(3, alias).bind(4, Model::normalizedName(alias)).exec();
        }
    }
    for (const SnapshotCategory &entry : categories) {
        if (!ok)
            break;
        const Model::CodebookCategory &c = entry.category;
        Statement &s = db.prepare("INSERT INTO categories (name, color, shortcut, description, uuid, modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        s.bind(1, c.name).bind(2, colorText(c.color)).bind(3, text(c.shortcut)).bind(4, text(c.description));
        s.bind(5, c.uuid).bind(6, isoOrNull(entry.modified));
        ok = s.exec();
        categoryId.insert(c.uuid, db.lastInsertId());
    }
    for (const SnapshotCoder &coder : coders) {
        ok = ok && db.prepare("INSERT INTO coders (name, uuid) VALUES (?1, ?2)").bind(1, coder.name).bind(2, coder.uuid).exec();
    }
    for (const SnapshotAnnotation &entry : annotations) {
        if (!ok)
            break;
        const Model::Annotation &a = entry.annotation;
        Statement &s = db.prepare(
            "INSERT INTO annotations (article_id, span_start, span_end, exact, prefix, suffix, kind, origin, actor_id, "
            "addressee_id, quote_kind, content_parts, cue_start, cue_end, source_start, source_end, commitment_type, "
            "strength, negated, condition_start, condition_end, time_start, time_end, category_id, note, coder, created, "
            "modified, uuid, confidence, source_kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
            "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31)");
        s.bind(1, articleId.value(entry.articleUuid)).bind(2, a.span.start).bind(3, a.span.end);
        s.bind(4, text(a.exact)).bind(5, text(a.prefix)).bind(6, text(a.suffix));
        s.bind(7, Model::annotationKindName(a.kind)).bind(8, Model::originName(a.origin));
        s.bindId(9, actorId.value(entry.actorUuid)).bindId(10, actorId.value(entry.addresseeUuid));
        s.bind(11, Model::quoteKindName(a.quoteKind)).bind(12, partsJson(a.contentParts));
        bindSpan(s, 13, a.cue);
        bindSpan(s, 15, a.source);
        s.bind(17, Model::commitmentTypeName(a.commitmentType));
        if (a.strength < 0)
            s.bindNull(18);
        else
            s.bind(18, a.strength);
        s.bind(19, a.negated);
        bindSpan(s, 20, a.condition);
        bindSpan(s, 22, a.time);
        s.bindId(24, categoryId.value(entry.categoryUuid)).bind(25, text(a.note)).bind(26, text(a.coder));
        s.bind(27, iso(a.created)).bind(28, iso(a.modified)).bind(29, a.uuid);
        if (a.confidence < 0) // the analysis's certainty and source kind travel with a suggestion
            s.bindNull(30);
        else
            s.bind(30, a.confidence);
        s.bind(31, Model::sourceKindName(a.sourceKind));
        ok = s.exec();
        annotationId.insert(a.uuid, db.lastInsertId());
        if (ok && !a.note.isEmpty())
            ok = db.prepare("INSERT INTO note_fts (rowid, note) VALUES (?1, ?2)").bind(1, db.lastInsertId()).bind(2, a.note).exec();
    }
    ok = ok && db.exec(
        "UPDATE articles SET "
        "quote_count = (SELECT count(*) FROM annotations WHERE article_id = articles.id AND kind = 'quote' AND origin <> 'rejected'), "
        "commitment_count = (SELECT count(*) FROM annotations WHERE article_id = articles.id AND kind = 'commitment' AND origin <> 'rejected'), "
        "annotation_count = (SELECT count(*) FROM annotations WHERE article_id = articles.id AND origin <> 'rejected')");
    for (const SnapshotComparisonSet &set : comparisonSets) {
        ok = ok && db.prepare("INSERT INTO comparison_sets (name, uuid) VALUES (?1, ?2)").bind(1, text(set.name)).bind(2, set.uuid).exec();
        const qint64 id = db.lastInsertId();
        int position = 0;
        for (const QString &uuid : set.articleUuids) {
            if (!articleId.contains(uuid))
                continue;
            ok = ok && db.prepare("INSERT INTO comparison_set_members (set_id, position, article_id) VALUES (?1, ?2, ?3)")
                           .bind(1, id).bind(2, position++).bind(3, articleId.value(uuid)).exec();
        }
    }
    for (const MergeConflict &c : conflicts) {
        ok = ok && db.prepare("INSERT OR IGNORE INTO merge_conflicts (entity, uuid, field, kept_value, lost_value, kept_modified, "
                              "lost_modified) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                       .bind(1, c.entity).bind(2, c.uuid).bind(3, c.field).bind(4, text(c.keptValue)).bind(5, text(c.lostValue))
                       .bind(6, isoOrNull(c.keptModified)).bind(7, isoOrNull(c.lostModified)).exec();
    }
    for (const MergedIdentity &m : mergedIdentities) {
        ok = ok && db.prepare("INSERT OR REPLACE INTO merged_identities (entity, uuid, merged_into) VALUES (?1, ?2, ?3)")
                       .bind(1, m.entity).bind(2, m.uuid).bind(3, m.mergedInto).exec();
    }
    for (const SnapshotSetting &setting : settings) {
        Statement &s = db.prepare("INSERT OR REPLACE INTO settings (key, type, value) VALUES (?1, ?2, ?3)");
        s.bind(1, setting.key).bind(2, setting.type);
        bindSetting(s, 3, setting.value);
        ok = ok && s.exec();
    }
    for (const SnapshotThread &thread : commitmentThreads) {
        ok = ok && db.prepare("INSERT INTO commitment_threads (label, coder, modified) VALUES (?1, ?2, ?3)")
                       .bind(1, text(thread.label)).bind(2, text(thread.coder)).bind(3, isoOrNull(thread.modified)).exec();
        const qint64 id = db.lastInsertId();
        for (const QString &uuid : thread.annotationUuids) {
            if (!annotationId.contains(uuid))
                continue; // not in this project (a blind copy keeps one coder's annotations)
            ok = ok && db.prepare("INSERT OR IGNORE INTO commitment_thread_members (annotation_id, thread_id) VALUES (?1, ?2)")
                           .bind(1, annotationId.value(uuid)).bind(2, id).exec();
        }
    }
    if (!ok || !transaction.commit())
        return db.errorMessage();
    return {};
}

} // namespace

bool ProjectSnapshot::write(const QString &path, Error *error) const
{
    const QFileInfo target(path);
    const QString absolute = target.absoluteFilePath();
    if (target.exists()) {
        return fail(error, {Error::Invalid, Error::Problem::ExistsAlready, absolute});
    }
    const QString partial = target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".writing-")
        + Identity::newUuid().left(8) + QStringLiteral(".parlance");
    QString why;
    {
        Error openError;
        auto project = Project::open(partial, {.readOnly = false, .createIfMissing = true}, &openError);
        if (!project) {
            return fail(error, retold(openError, partial, absolute));
        }
        why = writeRows(*this, project->database());
    }
    const bool moved = why.isEmpty() && QFile::rename(partial, absolute);
    if (!moved) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(partial + suffix);
        if (why.isEmpty())
            return fail(error, {Error::Io, Error::Problem::CannotMoveNewFile, absolute});
        return fail(error, {Error::Io, Error::Problem::CannotWriteProject, absolute, {}, why});
    }
    return true;
}

} // namespace Parlance::Storage
