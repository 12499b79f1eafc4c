// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// What the reading area shows, kept in step with the project without the views reading it: the
// articles open side by side (one to four columns), each with its annotations, the actor names
// and category colours they are drawn with, its site text (from the analysis, computed off the
// GUI thread), and the quotations linked across columns. Like a KTextEditor document with its
// views: the columns observe this and draw; they never hold the project or write to it.

#include "analysis/quotematcher.h"
#include "model/annotation.h"
#include "model/article.h"

#include <QColor>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace Parlance::Storage {
class Project;
}

namespace Parlance::Session {

class AnalysisService;

/// One column's content.
struct OpenArticle {
    Model::Article article;
    QList<Model::Annotation> annotations; ///< in reading order (start, longer first, id)
    QList<Model::Span> boilerplate;       ///< site text to fold; empty until the analysis is in
    bool analysed = false;                ///< the analysis is in (boilerplate is final)
};

class OpenArticles final : public QObject {
    Q_OBJECT
public:
    static constexpr int MaximumColumns = 4;

    explicit OpenArticles(AnalysisService *analysis, QObject *parent = nullptr);

    /// Follows this project (null: none); closes every column.
    void setProject(const Storage::Project *project);
    /// Opens these articles, one per column (at most four; unknown ids are left out).
    void open(const QList<qint64> &articleIds);

    int count() const { return int(m_columns.size()); }
    const OpenArticle &at(int column) const { return m_columns.at(column); }
    QList<qint64> articleIds() const;
    /// The column showing an article, or -1.
    int columnOf(qint64 articleId) const;
    /// An annotation shown in any column.
    std::optional<Model::Annotation> annotation(qint64 annotationId) const;
    const QHash<qint64, QString> &actorNames() const { return m_actorNames; }
    const QHash<qint64, QColor> &categoryColors() const { return m_categoryColors; }
    /// Every column's analysis is in (a screenshot waits for it: site text is folded by then).
    bool isAnalysed() const;
    /// Quotations found in two columns, with their wording differences (QuoteMatcher).
    const QList<Analysis::QuoteLink> &links() const { return m_links; }

Q_SIGNALS:
    /// Other articles are open: all columns changed, and their links.
    void opened();
    /// A column's annotations, or the names and colours they are drawn with, changed.
    void annotationsChanged(int column);
    void boilerplateChanged(int column);
    void linksChanged();

private:
    void onAdded(const Model::Annotation &a);
    void onChanged(const Model::Annotation &a);
    void onRemoved(qint64 annotationId, qint64 articleId);
    void reloadAnnotations(qint64 articleId);
    void reloadNames();
    void reloadColors();
    void onAnalysed(qint64 articleId);
    QList<Analysis::QuoteLink> findLinks() const;
    /// Links the columns' quotations again, when a quotation changed.
    void relink();
    static bool readingOrder(const Model::Annotation &a, const Model::Annotation &b);

    AnalysisService *m_analysis = nullptr;
    QPointer<const Storage::Project> m_project;
    QList<OpenArticle> m_columns;
    QHash<qint64, QString> m_actorNames;
    QHash<qint64, QColor> m_categoryColors;
    QList<Analysis::QuoteLink> m_links;
};

} // namespace Parlance::Session
