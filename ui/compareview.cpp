// SPDX-License-Identifier: GPL-2.0-or-later
#include "compareview.h"

#include "export/exportutil.h"

#include "articleview.h"
#include "scrollsynchronizer.h"

#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtMath>

namespace Parlance::Ui {

CompareView::CompareView(QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sync(new ScrollSynchronizer(this))
{
    setObjectName(QStringLiteral("CompareView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter);
    setArticles({Model::Article()});
}

void CompareView::setArticles(const QList<Model::Article> &articles)
{
    const int wanted = std::clamp(int(articles.size()), 1, MaximumColumns);
    while (m_views.size() > wanted) {
        QWidget *column = m_columns.takeLast();
        m_headers.removeLast();
        ArticleView *view = m_views.takeLast();
        if (m_current == view)
            m_current = nullptr;
        delete column;
    }
    while (m_views.size() < wanted) {
        auto *column = new QWidget(this); // placed in a pane by arrangeColumns
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        auto *header = new QLabel(column);
        header->setObjectName(QStringLiteral("ColumnHeader"));
        header->setTextFormat(Qt::PlainText);
        header->setMargin(4);
        // A long title wraps rather than widening the column (and the window) to fit it.
        header->setWordWrap(true);
        auto *view = new ArticleView(column);
        // Lines break between words only: a word too long for the line overflows rather than
        // being split ("recommend|ed"); columns are kept wide enough that this does not happen.
        view->setWordWrapMode(QTextOption::WordWrap);
        header->setBuddy(view);
        layout->addWidget(header);
        layout->addWidget(view);
        m_columns.append(column);
        m_headers.append(header);
        m_views.append(view);
        connect(view, &ArticleView::focusedIn, this, [this, view] { setCurrent(view); });
        connect(view, &ArticleView::annotationActivated, this, [this, view](qint64 id) { onActivated(view, id); });
        connect(view, &ArticleView::resizeRequested, this,
                [this, view](qint64 id, Model::Span span) { Q_EMIT resizeRequested(view, id, span); });
    }
    for (int i = 0; i < wanted; ++i) {
        const Model::Article article = articles.value(i);
        if (m_views[i]->article().id != article.id || m_views[i]->article().text != article.text)
            m_views[i]->setArticle(article);
        updateHeader(i);
        // One header only makes sense with several columns; the window title names a single article.
        m_headers[i]->setVisible(wanted > 1);
        // Side by side, the margin around the text goes to the text.
        constexpr int columnMargin = 10, singleMargin = 24;
        m_views[i]->document()->setDocumentMargin(wanted > 1 ? columnMargin : singleMargin);
    }
    arrangeColumns();
    m_sync->setViews({m_views.begin(), m_views.end()});
    m_links.clear();
    if (!m_current)
        setCurrent(m_views.first());
}

int CompareView::readableColumnWidth() const
{
    const ArticleView *view = m_views.first();
    // The average advance of running text, and a few characters more than the minimum because
    // wrapping at word boundaries leaves the end of most lines short.
    constexpr int wrapSlack = 4;
    const QString sample = tr("the quick brown fox jumps over the lazy dog");
    const qreal perCharacter = QFontMetricsF(view->font()).horizontalAdvance(sample) / qreal(sample.size());
    const qreal text = perCharacter * (MinimumLineLength + wrapSlack);
    return qCeil(text + 2 * view->document()->documentMargin() + view->verticalScrollBar()->sizeHint().width()
                 + 2 * view->frameWidth())
        + m_splitter->handleWidth();
}

void CompareView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeColumns();
}

void CompareView::arrangeColumns()
{
    const int n = int(m_columns.size());
    const int fitting = std::clamp(width() / std::max(1, readableColumnWidth()), 1, n);
    // Neighbours share a pane: with four articles in two panes, 1 and 2 left, 3 and 4 right.
    auto paneOf = [&](int column) { return column * fitting / n; };
    bool unchanged = m_panes.size() == fitting;
    for (int i = 0; unchanged && i < n; ++i)
        unchanged = m_panes[paneOf(i)]->indexOf(m_columns[i]) >= 0;
    if (unchanged)
        return;
    while (m_panes.size() < fitting) {
        auto *pane = new QTabWidget(m_splitter);
        pane->setObjectName(QStringLiteral("ColumnPane"));
        pane->setDocumentMode(true);
        pane->setTabBarAutoHide(true);
        m_splitter->addWidget(pane);
        m_panes.append(pane);
    }
    for (QTabWidget *pane : std::as_const(m_panes))
        while (pane->count())
            pane->removeTab(0);
    for (int i = 0; i < n; ++i) {
        QTabWidget *pane = m_panes[paneOf(i)];
        const int tab = pane->addTab(m_columns[i], QString());
        updateHeader(i);
        if (m_views[i] == m_current)
            pane->setCurrentIndex(tab);
    }
    while (m_panes.size() > fitting)
        delete m_panes.takeLast();
    m_splitter->setSizes(QList<int>(fitting, 1000));
}

void CompareView::updateHeader(int column)
{
    const Model::Article &a = m_views[column]->article();
    // A column is narrow: a long title is cut to a couple of lines there (the tooltip has more).
    constexpr qsizetype headerTitleLength = 120;
    QStringList parts{QString::number(column + 1) + QStringLiteral(". ") + Model::Article::bounded(a.displayTitle(), headerTitleLength)};
    if (!a.outlet.isEmpty())
        parts << Model::Article::bounded(a.outlet, 60);
    if (a.published.isValid())
        parts << QLocale().toString(a.published, QLocale::ShortFormat);
    m_headers[column]->setText(parts.join(QStringLiteral(" \u2014 ")));
    m_headers[column]->setToolTip(a.displayTitle());
    for (QTabWidget *pane : std::as_const(m_panes)) {
        if (const int tab = pane->indexOf(m_columns[column]); tab >= 0) {
            constexpr qsizetype tabTitleLength = 28;
            pane->setTabText(tab, QString::number(column + 1) + QStringLiteral(". ") + Model::Article::bounded(a.displayTitle(), tabTitleLength));
            pane->setTabToolTip(tab, a.displayTitle());
        }
    }
}

ArticleView *CompareView::currentView() const
{
    return m_current ? m_current : m_views.value(0);
}

int CompareView::indexOf(const ArticleView *view) const
{
    return int(m_views.indexOf(view));
}

void CompareView::setCurrent(ArticleView *view)
{
    if (m_current == view)
        return;
    m_current = view;
    for (int i = 0; i < m_headers.size(); ++i) {
        QFont f = m_headers[i]->font();
        f.setBold(m_views[i] == view);
        m_headers[i]->setFont(f);
    }
    Q_EMIT currentViewChanged(view);
}

void CompareView::setScrollLinked(bool linked)
{
    m_sync->setEnabled(linked);
}

bool CompareView::isScrollLinked() const
{
    return m_sync->isEnabled();
}

void CompareView::setLinks(const QList<Analysis::QuoteLink> &links)
{
    m_links = links;
    QList<QList<Analysis::WordMark>> marks(m_views.size());
    QList<QHash<qint64, QStringList>> notes(m_views.size());
    // How the quote reads in the other column, from this side: words this side has that the other
    // lacks (trimmed there), words the other adds, and words replaced.
    auto describe = [](const QList<Analysis::WordMark> &mine, const QList<Analysis::WordMark> &theirs, int otherColumn) {
        auto count = [](const QList<Analysis::WordMark> &marks, Analysis::WordChange change) {
            return int(std::count_if(marks.cbegin(), marks.cend(), [&](const Analysis::WordMark &m) { return m.change == change; }));
        };
        const int left = count(mine, Analysis::WordChange::Deleted) + count(mine, Analysis::WordChange::Inserted);
        const int added = count(theirs, Analysis::WordChange::Deleted) + count(theirs, Analysis::WordChange::Inserted);
        const int changed = count(mine, Analysis::WordChange::Changed);
        if (left + added + changed == 0)
            return tr("Also in column %1, word for word").arg(otherColumn + 1);
        QStringList parts;
        if (changed)
            parts << Export::translateCounted("Parlance::Ui::CompareView", QT_TRANSLATE_N_NOOP("Parlance::Ui::CompareView", "%n word(s) reworded"), changed);
        if (left)
            parts << Export::translateCounted("Parlance::Ui::CompareView", QT_TRANSLATE_N_NOOP("Parlance::Ui::CompareView", "%n word(s) left out"), left);
        if (added)
            parts << Export::translateCounted("Parlance::Ui::CompareView", QT_TRANSLATE_N_NOOP("Parlance::Ui::CompareView", "%n word(s) added"), added);
        return tr("Also in column %1, wording differs: %2").arg(otherColumn + 1).arg(parts.join(QStringLiteral(", ")));
    };
    for (const Analysis::QuoteLink &link : std::as_const(m_links)) {
        notes[link.documentA][link.quoteA] << describe(link.diff.a, link.diff.b, link.documentB);
        notes[link.documentB][link.quoteB] << describe(link.diff.b, link.diff.a, link.documentA);
        for (const Analysis::WordMark &m : link.diff.a)
            if (m.change != Analysis::WordChange::Equal)
                marks[link.documentA].append(m);
        for (const Analysis::WordMark &m : link.diff.b)
            if (m.change != Analysis::WordChange::Equal)
                marks[link.documentB].append(m);
    }
    for (int i = 0; i < m_views.size(); ++i) {
        m_views[i]->setWordMarks(marks[i]);
        m_views[i]->setLinkNotes(notes[i]);
    }
    alignColumns();
}

void CompareView::alignColumns()
{
    // Linked scrolling lines the columns up on their linked quotes.
    QHash<QPair<int, int>, QList<Analysis::TextAlignment::Match>> matches;
    for (const Analysis::QuoteLink &link : std::as_const(m_links)) {
        const auto a = m_views[link.documentA]->annotation(link.quoteA);
        const auto b = m_views[link.documentB]->annotation(link.quoteB);
        if (!a || !b)
            continue;
        if (link.documentA < link.documentB)
            matches[{link.documentA, link.documentB}].append({a->span, b->span});
        else
            matches[{link.documentB, link.documentA}].append({b->span, a->span});
    }
    for (int i = 0; i < m_views.size(); ++i) {
        for (int j = i + 1; j < m_views.size(); ++j) {
            m_sync->setAlignment(i, j, Analysis::TextAlignment(int(m_views[i]->article().text.size()),
                                                               int(m_views[j]->article().text.size()), matches.value({i, j})));
        }
    }
}

QList<QPair<int, qint64>> CompareView::counterparts(int column, qint64 quoteId) const
{
    QList<QPair<int, qint64>> out;
    for (const Analysis::QuoteLink &link : m_links) {
        if (link.documentA == column && link.quoteA == quoteId)
            out.append({link.documentB, link.quoteB});
        else if (link.documentB == column && link.quoteB == quoteId)
            out.append({link.documentA, link.quoteA});
    }
    return out;
}

void CompareView::selectAnnotation(ArticleView *view, qint64 annotationId)
{
    view->selectAnnotation(annotationId);
    for (const auto &[other, id] : counterparts(indexOf(view), annotationId))
        m_views[other]->selectAnnotation(id);
}

void CompareView::onActivated(ArticleView *view, qint64 annotationId)
{
    setCurrent(view);
    for (const auto &[other, id] : counterparts(indexOf(view), annotationId))
        m_views[other]->selectAnnotation(id);
    Q_EMIT annotationActivated(view, annotationId);
}

} // namespace Parlance::Ui
