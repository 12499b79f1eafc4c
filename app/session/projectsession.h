// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// One open project and everything that works on it, without a widget: the project file, its undo
// stack, the item models the panels show, the analysis (off the GUI thread), the articles open in
// the reading area, imports. It offers the verbs a person's actions map to (annotate, resize,
// step through and decide suggestions, edit actors and the codebook, import, compare, export);
// each edit is a command on the undo stack (redo()/undo() call the write primitives), the rest a named
// job (import, housekeeping). The window maps its actions to these verbs and sees a const project.
// Like Okular's Document (public verbs push commands) and Kate's document (owns content and undo).

#include "import/importjob.h"
#include "session/spanediting.h"
#include "session/suggestionqueue.h"
#include "storage/project.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace Parlance::Commands {
class ProjectCommand;
}

namespace Parlance::Export {
class Exporter;
struct ExportOptions;
} // namespace Parlance::Export

namespace Parlance::Models {
class ActorModel;
class AnnotationModel;
class ArticleListModel;
class CategoryModel;
} // namespace Parlance::Models

namespace Parlance::Session {

class AnalysisService;
class OpenArticles;

class ProjectSession final : public QObject {
    Q_OBJECT
public:
    explicit ProjectSession(QObject *parent = nullptr);
    ~ProjectSession() override;

    // ---- The project
    /// Opens a project file in place of the current one; on failure fills `error` and keeps the
    /// current one. Opening writes nothing the person did not ask for.
    bool open(const QString &path, const Storage::OpenOptions &options, Storage::Error *error);
    /// Closes the project (an import under way is cancelled first).
    void close();
    const Storage::Project *project() const { return m_project.get(); }
    bool isOpen() const { return m_project != nullptr; }
    bool isWritable() const { return m_project && !m_project->isReadOnly(); }
    QUndoStack *undoStack() { return &m_undo; }

    Models::ArticleListModel *articleModel() const { return m_articleModel; }
    Models::AnnotationModel *annotationModel() const { return m_annotationModel; }
    Models::ActorModel *actorModel() const { return m_actorModel; }
    Models::CategoryModel *categoryModel() const { return m_categoryModel; }
    OpenArticles *openArticles() const { return m_open; }
    AnalysisService *analysis() const { return m_analysis; }

    // ---- Reading (writes nothing)
    /// Opens these articles in the reading area, one per column (at most four).
    void showArticles(const QList<qint64> &articleIds);
    /// Opens two to four articles side by side and keeps the set in the project (an undo step), so
    /// that the same columns come back (`--compare` names them). Merely showing articles saves nothing.
    bool openComparison(const QList<qint64> &articleIds);

    // ---- Annotating: each an undo step; false (and failed()) when the project refused it
    /// Marks a span of an article as a quote, an actor (the actor found by that name, or a new one
    /// in the same step), a commitment or a codebook category. Returns the new annotation's id, or 0.
    /// On the words of a pending suggestion (not a category), that suggestion is accepted instead,
    /// its kind changed to `kind` if need be; its id is returned.
    qint64 annotate(qint64 articleId, Model::Span span, Model::AnnotationKind kind, qint64 categoryId = 0);
    /// Moves one end of an annotation by a word (see SpanEditing::movedByWord).
    bool resizeByWord(qint64 annotationId, SpanEditing::Edge edge, SpanEditing::Step step);
    /// Gives an annotation a new span (an end dragged with the mouse).
    bool setSpan(qint64 annotationId, Model::Span span);
    bool edit(const Model::Annotation &before, const Model::Annotation &after);
    bool accept(qint64 annotationId);
    /// Rejects a suggestion (kept, so that analysing again does not bring it back).
    bool reject(qint64 annotationId);
    bool remove(qint64 annotationId);
    /// Accepts every pending suggestion of an article as one step; how many, or -1 on failure.
    int acceptAll(qint64 articleId);
    /// The pending suggestion of an article after (+1) or before (-1) a place (see SuggestionQueue).
    qint64 nextSuggestion(qint64 articleId, int position, qint64 currentId, int direction) const;
    /// Which suggestions nextSuggestion() steps through, and in what order.
    void setReviewOptions(const SuggestionQueue::Options &options) { m_review = options; }
    const SuggestionQueue::Options &reviewOptions() const { return m_review; }
    SuggestionQueue::Progress reviewProgress(qint64 articleId) const;
    /// Accepts, as one step, the pending suggestions in the review queue of the suggestion's article
    /// that have its speaker or holder; how many, or -1 on failure.
    int acceptAllOfActor(qint64 annotationId);

    // ---- Actors and the codebook
    /// Accepts or rejects, as one step, every pending mention of the actors in every article; how
    /// many, or -1 on failure. A rejected actor is no longer drawn.
    int decideActors(const QList<qint64> &actorIds, Model::Origin decision);
    /// Makes a new actor of that name the speaker or holder (or addressee) of an annotation, as one
    /// step. A name the project knows is not added again: its actor id is returned, unassigned, for
    /// the caller to apply as any other choice. 0 on failure.
    qint64 assignNewActor(qint64 annotationId, const QString &name, bool asAddressee);
    bool editActor(const Model::Actor &before, const Model::Actor &after);
    bool mergeActors(qint64 kept, qint64 merged);
    /// A curator's decision (see Agreement::curationOf): the curator's annotations `remove` go and
    /// `add` come in, as one step.
    bool curate(const QString &text, const QList<Model::Annotation> &remove, const QList<Model::Annotation> &add);
    /// The title this project's reports carry (Export::ReportData::TitleSetting), as typed in the
    /// export dialog; a setting (Jobs::Housekeeping), so not an undo step.
    bool setReportTitle(const QString &title);
    /// A new category named and coloured after those already there; its id, or 0.
    qint64 addCategory();
    bool editCategory(const Model::CodebookCategory &before, const Model::CodebookCategory &after);
    bool removeCategory(qint64 categoryId);

    // ---- Articles in: through one Import::ImportJob at a time (others wait their turn)
    void importFiles(const QStringList &paths);
    void addArticles(const QList<Model::Article> &articles);
    /// Analyses articles again and replaces their pending suggestions (decisions are kept).
    void reanalyse(const QList<qint64> &articleIds);
    void cancelImport();
    bool isImporting() const;
    /// Fills a new, empty project with the sample codebook and the bundled articles (imported
    /// with their suggestions; importFinished() follows).
    bool addSampleContent();

    // ---- Out
    /// Writes articles of the project with `exporter` (see Export::exportProject).
    bool exportTo(const Export::Exporter &exporter, const Export::ExportOptions &options, const QString &path,
                  Error *error) const;

Q_SIGNALS:
    /// Another project is open (or none).
    void projectChanged();
    /// A verb failed: the project refused or the disk did. Nothing was half-done.
    void failed(const Storage::Error &error);
    /// A line for the status bar.
    void message(const QString &text);
    void importStarted(int sources);
    void importProgress(int done, int total, const QString &current);
    void importFinished(const Parlance::Import::ImportReport &report);

private:
    bool push(Commands::ProjectCommand *command);
    bool fail(const QString &message);
    std::optional<Model::Annotation> annotation(qint64 id) const;
    void import(const QList<Import::ImportSource> &sources, Import::ImportJob::Options options);
    void startNextImport();
    Storage::Project *writable();

    QList<Model::Annotation> articleAnnotations(qint64 articleId) const;
    /// Accepts a pending suggestion on one of `spans` as `kind` (see annotate()); its id, or 0.
    qint64 confirmSuggestionOn(const Model::Article &article, const QList<Model::Span> &spans, Model::AnnotationKind kind);

    std::unique_ptr<Storage::Project> m_project;
    QUndoStack m_undo;
    SuggestionQueue::Options m_review;
    AnalysisService *m_analysis = nullptr;
    OpenArticles *m_open = nullptr;
    Models::ArticleListModel *m_articleModel = nullptr;
    Models::AnnotationModel *m_annotationModel = nullptr;
    Models::ActorModel *m_actorModel = nullptr;
    Models::CategoryModel *m_categoryModel = nullptr;
    std::unique_ptr<Import::ImportJob> m_import;
    QList<std::pair<QList<Import::ImportSource>, Import::ImportJob::Options>> m_waitingImports;
};

} // namespace Parlance::Session
