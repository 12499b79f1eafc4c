// SPDX-License-Identifier: GPL-2.0-or-later
#include "findresults.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Parlance::Ui {

namespace {
enum Column { ArticleColumn, BeforeColumn, HitColumn, AfterColumn };
}

FindResults::FindResults(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("FindResults"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setText(tr("Type in the search box (Ctrl+F) and press Enter."));
    m_list->setObjectName(QStringLiteral("FindResultsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Article"), tr("Before"), tr("Hit"), tr("After")});
    m_list->setAccessibleName(tr("Search hits in context"));
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(HitColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    layout->addWidget(m_summary);
    layout->addWidget(m_list);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { Q_EMIT hitActivated(m_list->indexOfTopLevelItem(item)); });
}

void FindResults::setHits(const QString &query, const QList<Session::TextHit> &hits, const QHash<qint64, QString> &titles)
{
    m_hits = hits;
    m_list->clear();
    QSet<qint64> articles;
    QList<QTreeWidgetItem *> items;
    for (const Session::TextHit &hit : hits) {
        articles.insert(hit.articleId);
        auto *item = new QTreeWidgetItem;
        const QString title = titles.value(hit.articleId);
        item->setText(ArticleColumn, title);
        item->setToolTip(ArticleColumn, title);
        // The words before the hit lean against it, as in a concordance.
        item->setText(BeforeColumn, hit.before);
        item->setTextAlignment(BeforeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(HitColumn, hit.match);
        QFont bold = item->font(HitColumn);
        bold.setBold(true);
        item->setFont(HitColumn, bold);
        item->setText(AfterColumn, hit.after);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    m_list->resizeColumnToContents(ArticleColumn);
    m_list->setColumnWidth(ArticleColumn, std::min(m_list->columnWidth(ArticleColumn), 220));
    const QString hitCount = hits.size() == 1 ? tr("one hit") : tr("%1 hits").arg(hits.size());
    const QString articleCount = articles.size() == 1 ? tr("one article") : tr("%1 articles").arg(articles.size());
    m_summary->setText(hits.isEmpty() ? tr("No article has \u201c%1\u201d.").arg(query)
                                      : tr("\u201c%1\u201d: %2 in %3 \u2014 F3 next, Shift+F3 previous, Enter on a row opens it.")
                                            .arg(query, hitCount, articleCount));
}

void FindResults::setCurrent(int hit)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(hit)) {
        m_list->setCurrentItem(item);
        m_list->scrollToItem(item);
    }
}

} // namespace Parlance::Ui
