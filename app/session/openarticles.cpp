// SPDX-License-Identifier: GPL-2.0-or-later
#include "openarticles.h"

#include "analysisservice.h"
#include "storage/project.h"

#include <algorithm>

namespace Parlance::Session {

OpenArticles::OpenArticles(AnalysisService *analysis, QObject *parent)
    : QObject(parent)
    , m_analysis(analysis)
{
    connect(m_analysis, &AnalysisService::analysed, this, &OpenArticles::onAnalysed);
}

void OpenArticles::setProject(const Storage::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_columns.clear();
    m_links.clear();
    reloadNames();
    reloadColors();
    if (project) {
        connect(project, &Storage::Project::annotationAdded, this, &OpenArticles::onAdded);
        connect(project, &Storage::Project::annotationChanged, this, &OpenArticles::onChanged);
        connect(project, &Storage::Project::annotationRemoved, this, &OpenArticles::onRemoved);
        connect(project, &Storage::Project::suggestionsReplaced, this, &OpenArticles::reloadAnnotations);
        connect(project, &Storage::Project::actorsChanged, this, [this] {
            reloadNames();
            for (int c = 0; c < count(); ++c)
                Q_EMIT annotationsChanged(c);
        });
        connect(project, &Storage::Project::categoriesChanged, this, [this] {
            reloadColors();
            for (int c = 0; c < count(); ++c)
                Q_EMIT annotationsChanged(c);
        });
    }
    Q_EMIT opened();
}

void OpenArticles::open(const QList<qint64> &articleIds)
{
    m_columns.clear();
    if (m_project) {
        for (qint64 id : articleIds) {
            if (m_columns.size() == MaximumColumns)
                break;
            std::optional<Model::Article> article = m_project->article(id);
            if (!article)
                continue;
            OpenArticle column{std::move(*article), m_project->annotations(id), {}, false};
            // Site text comes from the analysis; a long article's takes a while, on the thread pool.
            if (const Analysis::AnalysisResult *analysis = m_analysis->request(id, column.article.text)) {
                column.boilerplate = analysis->boilerplate;
                column.analysed = true;
            }
            m_columns.append(std::move(column));
        }
    }
    // The links go with the columns: opened() is the one signal, and the views read them with it.
    m_links = findLinks();
    Q_EMIT opened();
}

QList<qint64> OpenArticles::articleIds() const
{
    QList<qint64> ids;
    for (const OpenArticle &c : m_columns)
        ids.append(c.article.id);
    return ids;
}

bool OpenArticles::isAnalysed() const
{
    return std::all_of(m_columns.cbegin(), m_columns.cend(), [](const OpenArticle &c) { return c.analysed; });
}

int OpenArticles::columnOf(qint64 articleId) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].article.id == articleId)
            return int(i);
    return -1;
}

std::optional<Model::Annotation> OpenArticles::annotation(qint64 annotationId) const
{
    for (const OpenArticle &c : m_columns)
        for (const Model::Annotation &a : c.annotations)
            if (a.id == annotationId)
                return a;
    return std::nullopt;
}

bool OpenArticles::readingOrder(const Model::Annotation &a, const Model::Annotation &b)
{
    if (a.span.start != b.span.start)
        return a.span.start < b.span.start;
    if (a.span.end != b.span.end)
        return a.span.end > b.span.end;
    return a.id < b.id;
}

void OpenArticles::onAdded(const Model::Annotation &a)
{
    const int column = columnOf(a.articleId);
    if (column < 0)
        return;
    QList<Model::Annotation> &list = m_columns[column].annotations;
    list.insert(std::upper_bound(list.begin(), list.end(), a, readingOrder), a);
    Q_EMIT annotationsChanged(column);
    if (a.kind == Model::AnnotationKind::Quote)
        relink();
}

void OpenArticles::onChanged(const Model::Annotation &a)
{
    const int column = columnOf(a.articleId);
    if (column < 0)
        return;
    QList<Model::Annotation> &list = m_columns[column].annotations;
    const auto old = std::find_if(list.begin(), list.end(), [&](const Model::Annotation &o) { return o.id == a.id; });
    const bool quote = a.kind == Model::AnnotationKind::Quote || (old != list.end() && old->kind == Model::AnnotationKind::Quote);
    if (old != list.end())
        list.erase(old);
    list.insert(std::upper_bound(list.begin(), list.end(), a, readingOrder), a);
    Q_EMIT annotationsChanged(column);
    if (quote)
        relink();
}

void OpenArticles::onRemoved(qint64 annotationId, qint64 articleId)
{
    const int column = columnOf(articleId);
    if (column < 0)
        return;
    QList<Model::Annotation> &list = m_columns[column].annotations;
    const auto old = std::find_if(list.begin(), list.end(), [&](const Model::Annotation &o) { return o.id == annotationId; });
    if (old == list.end())
        return;
    const bool quote = old->kind == Model::AnnotationKind::Quote;
    list.erase(old);
    Q_EMIT annotationsChanged(column);
    if (quote)
        relink();
}

void OpenArticles::reloadAnnotations(qint64 articleId)
{
    const int column = columnOf(articleId);
    if (column < 0 || !m_project)
        return;
    m_columns[column].annotations = m_project->annotations(articleId);
    Q_EMIT annotationsChanged(column);
    relink();
}

void OpenArticles::reloadNames()
{
    m_actorNames.clear();
    if (m_project) {
        for (const Model::Actor &a : m_project->actors())
            m_actorNames.insert(a.id, a.canonicalName);
    }
}

void OpenArticles::reloadColors()
{
    m_categoryColors.clear();
    if (m_project) {
        for (const Model::CodebookCategory &c : m_project->categories())
            m_categoryColors.insert(c.id, c.color);
    }
}

void OpenArticles::onAnalysed(qint64 articleId)
{
    const int column = columnOf(articleId);
    if (column < 0)
        return;
    if (const Analysis::AnalysisResult *analysis = m_analysis->request(articleId, m_columns[column].article.text)) {
        m_columns[column].boilerplate = analysis->boilerplate;
        m_columns[column].analysed = true;
        Q_EMIT boilerplateChanged(column);
    }
}

QList<Analysis::QuoteLink> OpenArticles::findLinks() const
{
    if (m_columns.size() < 2)
        return {};
    QList<Analysis::QuoteMatcher::Document> documents;
    for (const OpenArticle &column : std::as_const(m_columns)) {
        Analysis::QuoteMatcher::Document doc;
        doc.text = column.article.text;
        for (const Model::Annotation &a : column.annotations) {
            if (a.kind != Model::AnnotationKind::Quote || a.origin == Model::Origin::Rejected)
                continue;
            doc.quotes.append({a.id, a.contentParts.isEmpty() ? QList<Model::Span>{a.span} : a.contentParts, a.actorId});
        }
        documents.append(doc);
    }
    return Analysis::QuoteMatcher().match(documents);
}

void OpenArticles::relink()
{
    QList<Analysis::QuoteLink> links = findLinks();
    if (links.isEmpty() && m_links.isEmpty())
        return;
    m_links = std::move(links);
    Q_EMIT linksChanged();
}

} // namespace Parlance::Session
