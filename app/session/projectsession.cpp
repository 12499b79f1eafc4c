// SPDX-License-Identifier: GPL-2.0-or-later
#include "projectsession.h"

#include "analysisservice.h"
#include "commands/actorcommands.h"
#include "commands/annotationcommands.h"
#include "commands/codebookcommands.h"
#include "commands/comparisoncommands.h"
#include "commands/curationcommands.h"
#include "export/exportjob.h"
#include "export/reportdata.h"
#include "import/samples.h"
#include "jobs/housekeeping.h"
#include "models/actormodel.h"
#include "models/annotationmodel.h"
#include "models/articlelistmodel.h"
#include "models/categorymodel.h"
#include "openarticles.h"
#include "suggestionqueue.h"

#include <QDir>
#include <QPointer>

#include <cmath>

namespace Parlance::Session {

using Model::Annotation;
using Model::AnnotationKind;
using Model::Origin;

ProjectSession::ProjectSession(QObject *parent)
    : QObject(parent)
    , m_analysis(new AnalysisService(this))
    , m_open(new OpenArticles(m_analysis, this))
    , m_articleModel(new Models::ArticleListModel(this))
    , m_annotationModel(new Models::AnnotationModel(this))
    , m_actorModel(new Models::ActorModel(this))
    , m_categoryModel(new Models::CategoryModel(this))
{
    // Edits made in the panels' tables are undo steps like any other.
    m_actorModel->setEditor([this](const Model::Actor &before, const Model::Actor &after) { return editActor(before, after); });
    m_categoryModel->setEditor(
        [this](const Model::CodebookCategory &before, const Model::CodebookCategory &after) { return editCategory(before, after); });
}

ProjectSession::~ProjectSession()
{
    // Quietly: whoever listens may be going away too.
    blockSignals(true);
    close();
}

// ---- The project ----------------------------------------------------------------------------------

bool ProjectSession::open(const QString &path, const Storage::OpenOptions &options, Storage::Error *error)
{
    std::unique_ptr<Storage::Project> project = Storage::Project::open(path, options, error);
    if (!project)
        return false;
    const bool signalsWereBlocked = blockSignals(true);
    close();
    blockSignals(signalsWereBlocked);
    m_project = std::move(project);
    const Storage::Project *p = m_project.get();
    m_articleModel->setProject(p);
    m_annotationModel->setProject(p);
    m_actorModel->setProject(p);
    m_categoryModel->setProject(p);
    m_open->setProject(p);
    Q_EMIT projectChanged();
    return true;
}

void ProjectSession::close()
{
    // The import's writer has a connection to the file: it goes first (finishing the article it is
    // storing), then the commands and models that refer to the project.
    m_waitingImports.clear();
    m_import.reset();
    m_undo.clear();
    m_open->setProject(nullptr);
    m_articleModel->setProject(nullptr);
    m_annotationModel->setProject(nullptr);
    m_actorModel->setProject(nullptr);
    m_categoryModel->setProject(nullptr);
    m_analysis->clear();
    if (!m_project)
        return;
    m_project.reset();
    Q_EMIT projectChanged();
}

Storage::Project *ProjectSession::writable()
{
    if (!m_project) {
        fail(tr("No project is open."));
        return nullptr;
    }
    if (m_project->isReadOnly()) {
        Q_EMIT failed({Storage::Error::ReadOnly, Storage::Error::Problem::ReadOnlyProject, m_project->path(), {}, m_project->readOnlyReason()});
        return nullptr;
    }
    return m_project.get();
}

bool ProjectSession::push(Commands::ProjectCommand *command)
{
    return Commands::push(&m_undo, command, [session = QPointer(this)](const Storage::Error &e) {
        if (session)
            Q_EMIT session->failed(e);
    });
}

bool ProjectSession::fail(const QString &message)
{
    Q_EMIT failed(Storage::Error::told(Storage::Error::Invalid, message));
    return false;
}

std::optional<Annotation> ProjectSession::annotation(qint64 id) const
{
    if (!m_project || !id)
        return std::nullopt;
    return m_project->annotation(id);
}

// ---- Reading --------------------------------------------------------------------------------------

void ProjectSession::showArticles(const QList<qint64> &articleIds)
{
    m_open->open(articleIds);
    if (m_open->count() > 0)
        m_annotationModel->setArticle(m_open->at(0).article.id);
}

bool ProjectSession::openComparison(const QList<qint64> &articleIds)
{
    if (articleIds.size() < 2) {
        Q_EMIT message(tr("Select two to four articles in the list to compare them."));
        return false;
    }
    showArticles(articleIds);
    if (!m_project || m_project->isReadOnly() || m_open->count() < 2)
        return m_open->count() >= 2;
    // Kept so that the same columns come back (`--compare` names them), once per set.
    Storage::ComparisonSet set;
    set.articleIds = m_open->articleIds();
    for (const Storage::ComparisonSet &known : m_project->comparisonSets())
        if (known.articleIds == set.articleIds)
            return true;
    QStringList titles;
    for (int c = 0; c < m_open->count(); ++c)
        titles << m_open->at(c).article.displayTitle().left(40);
    set.name = titles.join(QStringLiteral(" | "));
    return push(new Commands::SaveComparisonSetCommand(m_project.get(), set));
}

// ---- Annotating ---------------------------------------------------------------------------------------

qint64 ProjectSession::annotate(qint64 articleId, Model::Span span, AnnotationKind kind, qint64 categoryId)
{
    Storage::Project *p = writable();
    if (!p)
        return 0;
    const int column = m_open->columnOf(articleId);
    std::optional<Model::Article> article = column >= 0 ? m_open->at(column).article : p->article(articleId);
    if (!article) {
        fail(tr("There is no article %1.").arg(articleId));
        return 0;
    }
    const QString &text = article->text;
    const Model::Span selected = span;
    span = SpanEditing::trimmed(text, span);
    if (!span.isValid() || span.isEmpty() || !span.fitsIn(text.size())) {
        Q_EMIT message(tr("Select some text first."));
        return 0;
    }
    if (kind != AnnotationKind::Category) {
        if (const qint64 confirmed = confirmSuggestionOn(*article, {selected, span}, kind))
            return confirmed;
    }
    Annotation a;
    a.articleId = articleId;
    a.span = span;
    a.kind = kind;
    a.origin = Origin::Manual;
    a.coder = p->currentCoder();
    a.categoryId = categoryId;
    if (kind == AnnotationKind::Quote)
        a.contentParts = {SpanEditing::withoutQuoteMarks(text, span)};
    if (kind == AnnotationKind::ActorMention) {
        const QString name = span.textIn(text).toString().simplified();
        a.actorId = p->actorIdForName(name);
        if (!a.actorId) {
            // A name the project does not know: the actor comes with its mention, in one undo step.
            auto *command = new Commands::AddActorMentionCommand(p, Model::Actor{0, name, Model::ActorType::Other, {}, {}}, a);
            return push(command) ? command->annotationId() : 0;
        }
    }
    auto *command = new Commands::AddAnnotationCommand(p, a);
    return push(command) ? command->annotationId() : 0;
}

qint64 ProjectSession::confirmSuggestionOn(const Model::Article &article, const QList<Model::Span> &spans, AnnotationKind kind)
{
    // Marking words the analysis already suggests confirms that suggestion, in the kind asked for,
    // instead of adding a second annotation on the same words. One of this kind first.
    std::optional<Annotation> found;
    for (const Annotation &a : articleAnnotations(article.id)) {
        if (a.origin != Origin::Suggested || a.kind == AnnotationKind::Category || !spans.contains(a.span))
            continue;
        if (!found || (a.kind == kind && found->kind != kind))
            found = a;
    }
    Storage::Project *p = writable();
    if (!found || !p)
        return 0;
    if (found->kind == kind)
        return push(new Commands::AcceptSuggestionCommand(p, *found)) ? found->id : 0;
    Annotation after = Commands::withOrigin(*found, Origin::Accepted, p->currentCoder());
    after.kind = kind;
    // A speaker becomes a holder and back; the actor a mention names is another thing.
    if (kind == AnnotationKind::ActorMention || found->kind == AnnotationKind::ActorMention) {
        after.actorId = kind == AnnotationKind::ActorMention ? p->actorIdForName(found->span.textIn(article.text).toString().simplified()) : 0;
        after.addresseeId = 0;
    }
    if (kind == AnnotationKind::Quote && after.contentParts.isEmpty())
        after.contentParts = {SpanEditing::withoutQuoteMarks(article.text, after.span)};
    return edit(*found, after) ? found->id : 0;
}

bool ProjectSession::setSpan(qint64 annotationId, Model::Span span)
{
    const std::optional<Annotation> before = annotation(annotationId);
    const std::optional<Model::Article> article = before && m_project ? m_project->article(before->articleId) : std::nullopt;
    if (!before || !article || span == before->span || span.isEmpty())
        return false;
    Annotation after = *before;
    after.span = span;
    // A quote's words follow its span, unless a person split them into parts.
    if (after.kind == AnnotationKind::Quote && after.contentParts.size() <= 1)
        after.contentParts = {SpanEditing::withoutQuoteMarks(article->text, span)};
    return edit(*before, after);
}

bool ProjectSession::resizeByWord(qint64 annotationId, SpanEditing::Edge edge, SpanEditing::Step step)
{
    const std::optional<Annotation> before = annotation(annotationId);
    if (!before)
        return false;
    const int column = m_open->columnOf(before->articleId);
    const std::optional<Model::Article> article = column >= 0 ? m_open->at(column).article : m_project->article(before->articleId);
    if (!article)
        return false;
    return setSpan(annotationId, SpanEditing::movedByWord(article->text, before->span, edge, step));
}

bool ProjectSession::edit(const Annotation &before, const Annotation &after)
{
    Storage::Project *p = writable();
    return p && push(new Commands::EditAnnotationCommand(p, before, after));
}

bool ProjectSession::accept(qint64 annotationId)
{
    const std::optional<Annotation> a = annotation(annotationId);
    if (!a || a->origin != Origin::Suggested) {
        Q_EMIT message(tr("Select a suggestion first (N and P step through them)."));
        return false;
    }
    Storage::Project *p = writable();
    return p && push(new Commands::AcceptSuggestionCommand(p, *a));
}

bool ProjectSession::reject(qint64 annotationId)
{
    const std::optional<Annotation> a = annotation(annotationId);
    if (!a || a->origin != Origin::Suggested) {
        Q_EMIT message(tr("Select a suggestion first (N and P step through them)."));
        return false;
    }
    Storage::Project *p = writable();
    return p && push(new Commands::RejectSuggestionCommand(p, *a));
}

bool ProjectSession::remove(qint64 annotationId)
{
    const std::optional<Annotation> a = annotation(annotationId);
    if (!a) {
        Q_EMIT message(tr("Select an annotation first."));
        return false;
    }
    Storage::Project *p = writable();
    return p && push(new Commands::RemoveAnnotationCommand(p, *a));
}

int ProjectSession::acceptAll(qint64 articleId)
{
    Storage::Project *p = writable();
    if (!p)
        return -1;
    auto *command = new Commands::AcceptAllSuggestionsCommand(p, articleId);
    const int n = command->count();
    if (n == 0) {
        delete command;
        Q_EMIT message(tr("No suggestions left in this article."));
        return 0;
    }
    if (!push(command))
        return -1;
    Q_EMIT message(tr("Suggestions accepted: %1.").arg(n));
    return n;
}

QList<Annotation> ProjectSession::articleAnnotations(qint64 articleId) const
{
    const int column = m_open->columnOf(articleId);
    return column >= 0 ? m_open->at(column).annotations : (m_project ? m_project->annotations(articleId) : QList<Annotation>());
}

qint64 ProjectSession::nextSuggestion(qint64 articleId, int position, qint64 currentId, int direction) const
{
    return SuggestionQueue::step(articleAnnotations(articleId), position, currentId, direction, m_review);
}

SuggestionQueue::Progress ProjectSession::reviewProgress(qint64 articleId) const
{
    return SuggestionQueue::progress(articleAnnotations(articleId), m_review);
}

int ProjectSession::acceptAllOfActor(qint64 annotationId)
{
    const std::optional<Annotation> chosen = annotation(annotationId);
    if (!chosen || chosen->origin != Origin::Suggested) {
        Q_EMIT message(tr("Select a suggestion first (N and P step through them)."));
        return 0;
    }
    QList<Annotation> batch;
    for (const Annotation &a : articleAnnotations(chosen->articleId)) {
        const bool same = a.id == chosen->id || (chosen->actorId && a.actorId == chosen->actorId);
        if (same && a.origin == Origin::Suggested && SuggestionQueue::queues(a, m_review))
            batch.append(a);
    }
    Storage::Project *p = writable();
    if (!p)
        return -1;
    const int n = int(batch.size());
    if (!push(new Commands::DecideSuggestionsCommand(p, batch, Origin::Accepted)))
        return -1;
    Q_EMIT message(n == 1 ? tr("Accepted the suggestion.") : tr("Accepted %1 suggestions of this speaker or holder.").arg(n));
    return n;
}

// ---- Actors and the codebook -----------------------------------------------------------------------

int ProjectSession::decideActors(const QList<qint64> &actorIds, Model::Origin decision)
{
    Storage::Project *p = writable();
    if (!p || actorIds.isEmpty())
        return -1;
    // Every pending mention of the actors, in every article: an actor is reviewed once.
    QList<Annotation> mentions;
    for (const Storage::ArticleSummary &article : p->articles())
        for (const Annotation &a : p->annotations(article.id))
            if (a.kind == AnnotationKind::ActorMention && a.origin == Origin::Suggested && actorIds.contains(a.actorId))
                mentions.append(a);
    if (mentions.isEmpty()) {
        Q_EMIT message(tr("No pending mentions of this actor."));
        return 0;
    }
    const int n = int(mentions.size());
    if (!push(new Commands::DecideSuggestionsCommand(p, mentions, decision)))
        return -1;
    Q_EMIT message(decision == Origin::Accepted ? tr("Mentions accepted: %1.").arg(n) : tr("Mentions rejected: %1.").arg(n));
    return n;
}

qint64 ProjectSession::assignNewActor(qint64 annotationId, const QString &name, bool asAddressee)
{
    const QString simplified = name.simplified();
    Storage::Project *p = writable();
    if (!p || simplified.isEmpty())
        return 0;
    if (const qint64 known = p->actorIdForName(simplified))
        return known;
    const std::optional<Annotation> a = annotation(annotationId);
    if (!a)
        return 0;
    auto *command = new Commands::AssignNewActorCommand(p, Model::Actor{0, simplified, Model::ActorType::Person, {}, {}}, *a, asAddressee);
    return push(command) ? command->actorId() : 0;
}

bool ProjectSession::editActor(const Model::Actor &before, const Model::Actor &after)
{
    Storage::Project *p = writable();
    return p && push(new Commands::EditActorCommand(p, before, after));
}

bool ProjectSession::setReportTitle(const QString &title)
{
    Storage::Project *p = writable();
    const QString key = QString::fromLatin1(Export::ReportData::TitleSetting);
    if (!p || title == p->setting(key).toString())
        return p != nullptr;
    Storage::Error error;
    if (!Jobs::Housekeeping(*p).remember(key, title, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    return true;
}

bool ProjectSession::curate(const QString &text, const QList<Model::Annotation> &remove, const QList<Model::Annotation> &add)
{
    Storage::Project *p = writable();
    return p && push(new Commands::CurateCommand(p, text, remove, add));
}

bool ProjectSession::mergeActors(qint64 kept, qint64 merged)
{
    Storage::Project *p = writable();
    const std::optional<Model::Actor> keep = p ? p->actor(kept) : std::nullopt;
    const std::optional<Model::Actor> drop = p ? p->actor(merged) : std::nullopt;
    if (!keep || !drop)
        return false;
    // Undoable (Undo separates them again), so nobody is asked to confirm.
    if (!push(new Commands::MergeActorsCommand(p, *keep, *drop)))
        return false;
    Q_EMIT message(tr("Merged \u201c%1\u201d into \u201c%2\u201d; Undo separates them again.").arg(drop->canonicalName, keep->canonicalName));
    return true;
}

qint64 ProjectSession::addCategory()
{
    Storage::Project *p = writable();
    if (!p)
        return 0;
    const QList<Model::CodebookCategory> existing = p->categories();
    Model::CodebookCategory c;
    c.name = tr("New category %1").arg(existing.size() + 1);
    // Hues a golden-ish step apart, so that neighbours differ.
    const float hue = float(existing.size()) * 0.17f;
    c.color = QColor::fromHslF(hue - std::floor(hue), 0.6f, 0.5f);
    if (existing.size() < 9)
        c.shortcut = QString::number(existing.size() + 1);
    auto *command = new Commands::AddCategoryCommand(p, c);
    return push(command) ? command->categoryId() : 0;
}

bool ProjectSession::editCategory(const Model::CodebookCategory &before, const Model::CodebookCategory &after)
{
    Storage::Project *p = writable();
    return p && push(new Commands::EditCategoryCommand(p, before, after));
}

bool ProjectSession::removeCategory(qint64 categoryId)
{
    Storage::Project *p = writable();
    if (!p)
        return false;
    for (const Model::CodebookCategory &c : p->categories())
        if (c.id == categoryId)
            return push(new Commands::RemoveCategoryCommand(p, c));
    return false;
}

// ---- Articles in ------------------------------------------------------------------------------------

void ProjectSession::importFiles(const QStringList &paths)
{
    QList<Import::ImportSource> sources;
    for (const QString &path : paths)
        sources.append(Import::ImportSource::file(path));
    import(sources, {});
}

void ProjectSession::addArticles(const QList<Model::Article> &articles)
{
    QList<Import::ImportSource> sources;
    for (const Model::Article &a : articles)
        sources.append(Import::ImportSource::text(a));
    import(sources, {});
}

void ProjectSession::reanalyse(const QList<qint64> &articleIds)
{
    QList<Import::ImportSource> sources;
    for (qint64 id : articleIds)
        sources.append(Import::ImportSource::analysisOf(id));
    import(sources, {});
}

void ProjectSession::import(const QList<Import::ImportSource> &sources, Import::ImportJob::Options options)
{
    if (sources.isEmpty() || !writable())
        return;
    m_waitingImports.append({sources, options});
    if (!m_import)
        startNextImport();
}

void ProjectSession::startNextImport()
{
    if (m_waitingImports.isEmpty() || !m_project)
        return;
    auto [sources, options] = m_waitingImports.takeFirst();
    m_import = std::make_unique<Import::ImportJob>(*m_project, options.analyse ? m_analysis->analyzer() : nullptr, options);
    connect(m_import.get(), &Import::ImportJob::progress, this, &ProjectSession::importProgress);
    connect(m_import.get(), &Import::ImportJob::finished, this, [this](const Import::ImportReport &report) {
        // The job is done with; it goes once its signal has returned.
        if (Import::ImportJob *done = m_import.release())
            done->deleteLater();
        Q_EMIT importFinished(report);
        startNextImport();
    });
    Q_EMIT importStarted(int(sources.size()));
    m_import->start(sources);
}

void ProjectSession::cancelImport()
{
    m_waitingImports.clear();
    if (m_import)
        m_import->cancel();
}

bool ProjectSession::isImporting() const
{
    return m_import && m_import->isRunning();
}

bool ProjectSession::addSampleContent()
{
    Storage::Project *p = writable();
    if (!p)
        return false;
    // Setting up a new project, not an edit to undo.
    QList<Model::CodebookCategory> categories{
        {0, tr("Security"), QColor(0xd9, 0x5f, 0x0e), QStringLiteral("1"), tr("Troops, weapons, ceasefires")},
        {0, tr("Economy"), QColor(0x1b, 0x9e, 0x77), QStringLiteral("2"), tr("Sanctions, trade, aid")},
        {0, tr("Process"), QColor(0x75, 0x70, 0xb3), QStringLiteral("3"), tr("Meetings, talks, schedules")},
    };
    Storage::Error error;
    if (!Jobs::Housekeeping(*p).seedCodebook(categories, &error)) {
        Q_EMIT failed(error);
        return false;
    }
    addArticles(Import::bundledSamples());
    return true;
}

// ---- Out --------------------------------------------------------------------------------------------

bool ProjectSession::exportTo(const Export::Exporter &exporter, const Export::ExportOptions &options, const QString &path,
                              Error *error) const
{
    if (!m_project) {
        if (error)
            *error = Error::told(Error::Invalid, tr("No project is open."));
        return false;
    }
    return Export::exportProject(*m_project, exporter, options, path, error);
}

} // namespace Parlance::Session
