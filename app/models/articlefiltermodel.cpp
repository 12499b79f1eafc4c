// SPDX-License-Identifier: GPL-2.0-or-later
#include "articlefiltermodel.h"

#include "articlelistmodel.h"

namespace Parlance::Models {

ArticleFilterModel::ArticleFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ArticleListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ArticleFilterModel::setText(const QString &text)
{
    m_text = text.simplified();
    invalidateRowsFilter();
}

void ArticleFilterModel::setAllowedIds(const std::optional<QSet<qint64>> &ids)
{
    m_ids = ids;
    invalidateRowsFilter();
}

bool ArticleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (m_ids && !m_ids->contains(first.data(ArticleListModel::ArticleIdRole).toLongLong()))
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {int(ArticleListModel::TitleColumn), int(ArticleListModel::OutletColumn)})
        if (m->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace Parlance::Models
