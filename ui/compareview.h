// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "analysis/quotematcher.h"
#include "model/article.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QTabWidget;

namespace Parlance::Ui {

class ArticleView;
class ScrollSynchronizer;

/// The reading area: one to four articles in columns. Scrolling can be linked; quotations that
/// appear in more than one column are linked (selecting one selects its counterparts) and their
/// wording differences are marked word by word. A column keeps lines of at least
/// MinimumLineLength characters: when the width does not allow every article its own column,
/// neighbouring articles share one as tabs.
class CompareView final : public QWidget {
    Q_OBJECT
public:
    static constexpr int MaximumColumns = 4;
    /// The characters a line of a column holds at least (a few more are left for word wrapping).
    static constexpr int MinimumLineLength = 40;

    explicit CompareView(QWidget *parent = nullptr);

    /// Shows these articles, one per column (at most four); reuses existing columns.
    void setArticles(const QList<Model::Article> &articles);
    int count() const { return int(m_views.size()); }
    /// The columns on screen: count() when each article has its own, fewer when some share one as tabs.
    int visibleColumnCount() const { return int(m_panes.size()); }
    /// The width a column needs for MinimumLineLength characters a line.
    int readableColumnWidth() const;
    ArticleView *view(int column) const { return m_views.value(column); }
    QList<ArticleView *> views() const { return m_views; }
    /// The column that last had the focus (the one annotation keys act on).
    ArticleView *currentView() const;
    int indexOf(const ArticleView *view) const;

    void setScrollLinked(bool linked);
    bool isScrollLinked() const;

    /// Shows the quotations linked across columns (found by Session::OpenArticles): their wording
    /// differences marked, scrolling lined up on them.
    void setLinks(const QList<Analysis::QuoteLink> &links);
    const QList<Analysis::QuoteLink> &links() const { return m_links; }
    /// The counterparts of a quote in the other columns: (column, annotation id).
    QList<QPair<int, qint64>> counterparts(int column, qint64 quoteId) const;
    /// Selects an annotation in a column and its linked counterparts in the others.
    void selectAnnotation(ArticleView *view, qint64 annotationId);

Q_SIGNALS:
    void currentViewChanged(Parlance::Ui::ArticleView *view);
    /// A person activated an annotation in a column.
    void annotationActivated(Parlance::Ui::ArticleView *view, qint64 annotationId);
    /// A person dragged an end of an annotation in a column.
    void resizeRequested(Parlance::Ui::ArticleView *view, qint64 annotationId, Parlance::Model::Span span);

private:
    void setCurrent(ArticleView *view);
    void onActivated(ArticleView *view, qint64 annotationId);
    void updateHeader(int column);
    void alignColumns();
    void arrangeColumns();
    void resizeEvent(QResizeEvent *event) override;

    QSplitter *m_splitter = nullptr;
    QList<QTabWidget *> m_panes; // the columns on screen, each with one article or several as tabs
    QList<QWidget *> m_columns;  // one per article: its header and view
    QList<QLabel *> m_headers;
    QList<ArticleView *> m_views;
    ArticleView *m_current = nullptr;
    ScrollSynchronizer *m_sync = nullptr;
    QList<Analysis::QuoteLink> m_links;
};

} // namespace Parlance::Ui
