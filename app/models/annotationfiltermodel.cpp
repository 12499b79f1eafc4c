// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationfiltermodel.h"

#include "annotationmodel.h"

namespace Parlance::Models {

AnnotationFilterModel::AnnotationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::DisplayRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(AnnotationModel::TextColumn);
}

void AnnotationFilterModel::setKinds(const QSet<Model::AnnotationKind> &kinds)
{
    m_kinds = kinds;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setOrigins(const QSet<Model::Origin> &origins)
{
    m_origins = origins;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setSpeaker(qint64 actorId)
{
    m_speaker = actorId;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setHolder(qint64 actorId)
{
    m_holder = actorId;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setCoder(const QString &coder)
{
    m_coder = coder;
    invalidateRowsFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = Model::AnnotationKind(i.data(AnnotationModel::KindRole).toInt());
    const auto origin = Model::Origin(i.data(AnnotationModel::OriginRole).toInt());
    const qint64 actor = i.data(AnnotationModel::ActorIdRole).toLongLong();
    if (!m_kinds.isEmpty() && !m_kinds.contains(kind))
        return false;
    if (!m_origins.isEmpty() && !m_origins.contains(origin))
        return false;
    if (m_speaker && (kind != Model::AnnotationKind::Quote || actor != m_speaker))
        return false;
    if (m_holder && (kind != Model::AnnotationKind::Commitment || actor != m_holder))
        return false;
    if (!m_coder.isEmpty() && i.data(AnnotationModel::CoderRole).toString() != m_coder)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Parlance::Models
