// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The project file API that the rest of Parlance uses (the session, exporters, command line).
// Implemented over SQLite in this folder. Its public part reads; the writes are private primitives
// (Okular's DocumentPrivate::perform*), each committing at once in its own transaction (or joining
// the one atomically() opened) and then emitting the matching change signal: there is no unsaved
// state. They are reached through ProjectWriter (projectwriter.h) only: by the commands
// (app/commands/) that Session::ProjectSession pushes for a person's edits, and by the named jobs
// that write outside undo (import, housekeeping). The window only ever sees a const Project.

#include "commitmentthreadrecord.h"
#include "error/error.h"
#include "model/actor.h"
#include "model/annotation.h"
#include "model/article.h"

#include <QHash>
#include <QSet>
#include <QDateTime>
#include <QObject>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace Parlance::Storage {

namespace Sqlite {
class Database;
}
namespace Sql {
class Connection;
}

/// Why a project could not be opened or written (see error/error.h): a code for programs, the
/// file, and a message() for people composed in their language.
using Error = Parlance::Error;

/// One row of the article list: enough to show and sort without loading texts.
struct ArticleSummary {
    qint64 id = 0;
    int number = 0; ///< 1-based, in import order: the numbers `parlance info` and `--compare` use
    QString title;
    QString outlet;
    QDate published;
    int quoteCount = 0;      ///< confirmed and suggested, not rejected
    int commitmentCount = 0; ///< confirmed and suggested, not rejected
    int annotationCount = 0;
};

/// Articles opened side by side, saved with the project.
struct ComparisonSet {
    qint64 id = 0;
    QString name;
    QList<qint64> articleIds; ///< in column order
    QString uuid = {}; ///< stable identity across copies of a project; assigned when first saved
};

struct SearchHit {
    qint64 articleId = 0;
    QString snippet; ///< a short excerpt around the match
};

/// One backup of a project (see Project::backupInfo()).
struct BackupInfo {
    QString path;
    QDateTime time;    ///< when it was made (UTC)
    int articles = -1; ///< -1 if it cannot be read
    bool good = false; ///< opens and passes its checks
};

struct OpenOptions {
    bool readOnly = false;        ///< open read-only even if writable
    bool createIfMissing = false; ///< make a new, empty project when the file does not exist
};

class Project final : public QObject {
    Q_OBJECT
public:
    ~Project() override;

    /// Opens (or creates) a project file, or opens a project on a PostgreSQL server when `path` is a
    /// `postgresql://` URL or a libpq connection string (`service=desk`; see doc/postgresql.md).
    /// On failure returns null and fills `error`; a file that is
    /// refused is left byte for byte unchanged, and so is a file opened and closed without a change
    /// (see storage/projectopener.h for the steps).
    static std::unique_ptr<Project> open(const QString &path, const OpenOptions &options, Error *error);

    QString path() const;
    bool isReadOnly() const;
    QString readOnlyReason() const; ///< why it was opened read-only (empty if writable)
    static int currentSchemaVersion();

    // Articles (the text is never altered after import).
    QList<ArticleSummary> articles() const;
    std::optional<Model::Article> article(qint64 id) const;

    // Annotations
    QList<Model::Annotation> annotations(qint64 articleId) const;
    std::optional<Model::Annotation> annotation(qint64 id) const;
    int annotationCount() const;

    // Actors, shared by all articles of the project
    QList<Model::Actor> actors() const;
    std::optional<Model::Actor> actor(qint64 id) const;
    /// What a merge changed: enough to undo it exactly (unmergeActors()).
    struct ActorMerge {
        Model::Actor kept;         ///< as it was before the merge
        Model::Actor merged;       ///< as it was, with its id
        QList<qint64> asActor;     ///< annotations whose actor (speaker, holder, mention) it was
        QList<qint64> asAddressee; ///< annotations addressed to it
    };
    /// The actor known by this name (canonical or alias), 0 if none: a lookup that writes nothing.
    qint64 actorIdForName(const QString &name) const;
    /// Per article, per actor: how many annotations name the actor (as speaker, holder, mention or
    /// addressee; rejected suggestions not counted), for one article or (0) for all.
    QHash<qint64, QHash<qint64, int>> actorMentions(qint64 articleId = 0) const;
    /// Actors that annotations name only in rejected suggestions (as speaker, holder or mention):
    /// the analysis' mistakes, once a person has said so.
    QSet<qint64> actorsOnlyRejected() const;

    // Codebook
    QList<Model::CodebookCategory> categories() const;

    // Coders (the person annotating; stored with each annotation)
    QStringList coders() const;
    QString currentCoder() const;

    // Side-by-side sets and settings
    QList<ComparisonSet> comparisonSets() const;
    QVariant setting(const QString &key, const QVariant &defaultValue = {}) const;

    /// Full-text search over article texts and notes (FTS5 query syntax, words are ANDed).
    QList<SearchHit> search(const QString &query) const;

    /// A second connection to this project's file, for one worker thread (an import storing while
    /// the window stays responsive). It writes through the same primitives, in transactions of its
    /// own that this connection sees once committed (WAL); tell this project with
    /// announceWrittenElsewhere(). Null, with `error`, for a read-only project. Destroy it first.
    std::unique_ptr<Project> openWorkerConnection(Error *error = nullptr) const;
    /// What a worker connection committed: these articles were added or got new suggestions, and
    /// actors may have changed. Emits the change signals, as if the writes had been made here.
    void announceWrittenElsewhere(const QList<qint64> &articleIds);

    /// Writes a consistent copy of the project to `path` (Save As); this project stays open.
    bool saveCopyAs(const QString &path, Error *error = nullptr) const;

    // Added by the storage implementation (issue 3).
    /// The article whose text has this content hash (see Model::Article::hashText()), 0 if none:
    /// importing the same text twice is noticed.
    qint64 articleIdForHash(const QByteArray &contentHash) const;
    /// Like search(query), but at most `limit` hits; a list view wants a page, not all. Hits come in
    /// article order (text matches, then articles that match in a note only).
    QList<SearchHit> search(const QString &query, int limit) const;
    /// The ids of the articles that search(query) would return, in article order, without making
    /// snippets: what a filter needs, and fast even when a word is in every article.
    QList<qint64> searchArticleIds(const QString &query) const;
    /// The schema version of the open file (after any migration: currentSchemaVersion()).
    int schemaVersion() const;
    /// What opening did to the file that its user should be told once (e.g. a project of the app's
    /// former name converted, naming the backup), or empty.
    QString openingNotice() const;
    /// "ok", or the first problem SQLite's integrity_check finds (reads the whole file).
    QString integrityCheck() const;
    /// The backups of the project at `path`, newest first (in `path`-backups/ beside it).
    static QStringList backupsFor(const QString &path);
    /// The newest backup of `path` that opens and passes quick_check, or empty: what to offer
    /// when `path` cannot be opened. The damaged file itself is never deleted.
    static QString newestGoodBackup(const QString &path);
    /// Puts the backup `backupPath` in the place of the project at `projectPath` (which must not be
    /// open). The damaged file is kept, renamed to NAME.damaged-YYYYMMDD-HHMMSS.parlance with its
    /// -wal/-journal files, and its new path is put in `keptAs`. Changes nothing on failure.
    static bool restoreBackup(const QString &backupPath, const QString &projectPath, QString *keptAs = nullptr,
                              Error *error = nullptr);
    /// The backups of the project at `path`, newest first, with their dates and article counts.
    static QList<BackupInfo> backupInfo(const QString &path);
    /// Copies the backup `backupPath` into the new file `newPath` (which must not exist), checked:
    /// what a damaged project's owner is offered; the damaged file is left as it is.
    static bool restoreBackupAs(const QString &backupPath, const QString &newPath, Error *error = nullptr);

    /// The file's connection, for this folder's bulk writers (ProjectSnapshot into a new file);
    /// everything else goes through the methods above.
    Sqlite::Database &database() const;
    /// The connection in use (the file's, or a shared project's on a server), for this folder's
    /// bulk readers (ProjectSnapshot::read).
    Sql::Connection &connection() const;

    // Commitment threads (issue 18): only those a person confirmed, split or joined are stored.
    /// Every stored thread with its commitments (those still in the project; rejected ones included).
    QList<CommitmentThreadRecord> commitmentThreads() const;
    /// Every annotation of one kind in the whole project, rejected ones left out, by article and
    /// position: what cross-article analyses read (e.g. every commitment for the threads).
    QList<Model::Annotation> annotationsOfKind(Model::AnnotationKind kind) const;

Q_SIGNALS:
    void articlesChanged();
    void annotationAdded(const Parlance::Model::Annotation &annotation);
    void annotationChanged(const Parlance::Model::Annotation &annotation);
    void annotationRemoved(qint64 annotationId, qint64 articleId);
    void suggestionsReplaced(qint64 articleId);
    void actorsChanged();
    void categoriesChanged();
    void comparisonSetsChanged();
    void commitmentThreadsChanged();

private:
    // The write primitives: reached through ProjectWriter only (projectwriter.h), i.e. by the
    // commands (undo steps) and the named jobs that write outside undo (import, housekeeping).
    friend class ProjectWriter;
    // Articles (an import job's, a test's; the text is never altered after import).
    /// Adds articles in one transaction; sets their ids. Returns false (and adds none) on error.
    bool addArticles(QList<Model::Article> &articles, Error *error = nullptr);
    bool addArticle(Model::Article &article, Error *error = nullptr);
    bool removeArticle(qint64 id, Error *error = nullptr);
    // The codebook (the codebook commands; a new project's sample codebook).
    bool addCategory(Model::CodebookCategory &category, Error *error = nullptr);
    bool updateCategory(const Model::CodebookCategory &category, Error *error = nullptr);
    /// Removes a category; its annotations stay, without a category (their ids in `uncategorized`).
    bool removeCategory(qint64 id, Error *error = nullptr, QList<qint64> *uncategorized = nullptr);
    /// Re-adds a category under its former id and puts these annotations back in it (undo).
    bool restoreCategory(const Model::CodebookCategory &category, const QList<qint64> &annotationIds = {},
                         Error *error = nullptr);
    // The coder, settings and backups (housekeeping jobs, not undo steps).
    bool setCurrentCoder(const QString &name, Error *error = nullptr);
    bool setSetting(const QString &key, const QVariant &value, Error *error = nullptr);
    /// Makes a verified backup now (beside the project, see backupsFor()); thins older ones.
    bool backupNow(Error *error = nullptr);
    // Side-by-side sets (the comparison command) and commitment threads (the thread commands).
    bool saveComparisonSet(ComparisonSet &set, Error *error = nullptr);
    bool removeComparisonSet(qint64 id, Error *error = nullptr);
    /// In one transaction: removes the stored threads `removeIds`, then writes `write` (a record with
    /// an id is written under it, a new one gets its id set). A commitment is in one thread at most.
    bool changeCommitmentThreads(const QList<qint64> &removeIds, QList<CommitmentThreadRecord> &write,
                                 Error *error = nullptr);
    /// Runs several writes as one transaction: all are saved, or none (an imported article with its
    /// suggestions and the actors they name; a new actor with its first mention). The primitives
    /// called inside join it, and their change signals follow its commit. `writes` gets the error
    /// to pass on to them and returns false to roll everything back.
    bool atomically(const std::function<bool(Error *)> &writes, Error *error = nullptr);
    /// Adds an annotation (sets id, created/modified, and the text anchor from the article's text).
    bool addAnnotation(Model::Annotation &annotation, Error *error = nullptr);
    /// Re-adds an annotation under its former id (undo of a removal).
    bool restoreAnnotation(const Model::Annotation &annotation, Error *error = nullptr);
    bool updateAnnotation(Model::Annotation &annotation, Error *error = nullptr);
    bool removeAnnotation(qint64 id, Error *error = nullptr);
    /// Replaces an article's pending suggestions (origin Suggested) with new ones in one transaction;
    /// confirmed and rejected annotations are kept, and a suggestion equal to a rejected one is dropped.
    bool replaceSuggestions(qint64 articleId, QList<Model::Annotation> &suggestions, Error *error = nullptr);
    bool addActor(Model::Actor &actor, Error *error = nullptr);
    bool updateActor(const Model::Actor &actor, Error *error = nullptr);
    bool removeActor(qint64 id, Error *error = nullptr);
    /// Re-adds an actor under its former id, with its names (undo of an addition or a removal).
    bool restoreActor(const Model::Actor &actor, Error *error = nullptr);
    /// Moves every annotation of `merged` to `kept`, adds its names as aliases, removes it.
    bool mergeActors(qint64 kept, qint64 merged, Error *error = nullptr, ActorMerge *record = nullptr);
    /// Undoes a merge: the merged actor is back under its id with its names and its annotations,
    /// and the kept actor is as it was.
    bool unmergeActors(const ActorMerge &record, Error *error = nullptr);
    /// The actor known by this name (canonical or alias), created if absent; 0 on error. A write
    /// outside any undo step: for imports and analysis, never for a person's edit.
    qint64 actorIdFor(const QString &name, Model::ActorType type, Error *error = nullptr);

    Project();
    /// `live`: LISTEN for other people's changes (not on a worker connection, which runs elsewhere).
    static std::unique_ptr<Project> openOnServer(const QString &target, const OpenOptions &options, Error *error, bool live = true);
    /// Tells the views of annotations rewritten by a bulk change (a merge, a removed category).
    void announceChanged(QList<qint64> annotationIds);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Parlance::Storage
