// SPDX-License-Identifier: GPL-2.0-or-later
#include "articlelistmodel.h"

#include "rowsync.h"

#include <QLocale>

namespace Parlance::Models {

namespace {
bool sameSummary(const Storage::ArticleSummary &a, const Storage::ArticleSummary &b)
{
    return a.id == b.id && a.number == b.number && a.title == b.title && a.outlet == b.outlet
        && a.published == b.published && a.quoteCount == b.quoteCount && a.commitmentCount == b.commitmentCount
        && a.annotationCount == b.annotationCount;
}
} // namespace

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ArticleListModel::setProject(const Storage::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    beginResetModel();
    m_project = project;
    m_rows = project ? project->articles() : QList<Storage::ArticleSummary>();
    endResetModel();
    if (!project)
        return;
    connect(project, &Storage::Project::articlesChanged, this, &ArticleListModel::reload);
    connect(project, &Storage::Project::annotationAdded, this,
            [this](const Model::Annotation &a) { refreshCounts(a.articleId); });
    connect(project, &Storage::Project::annotationChanged, this,
            [this](const Model::Annotation &a) { refreshCounts(a.articleId); });
    connect(project, &Storage::Project::annotationRemoved, this,
            [this](qint64, qint64 articleId) { refreshCounts(articleId); });
    connect(project, &Storage::Project::suggestionsReplaced, this, &ArticleListModel::refreshCounts);
}

void ArticleListModel::reload()
{
    if (!m_project)
        return;
    RowSync<Storage::ArticleSummary> sync{
        [this](int f, int l) { beginRemoveRows({}, f, l); },
        [this] { endRemoveRows(); },
        [this](int f, int l) { beginInsertRows({}, f, l); },
        [this] { endInsertRows(); },
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); },
    };
    sync.apply(m_rows, m_project->articles(), [](const Storage::ArticleSummary &s) { return s.id; }, sameSummary);
}

void ArticleListModel::refreshCounts(qint64)
{
    // The project reports counts per summary; one read refreshes them all, and only rows whose
    // figures changed are reported.
    reload();
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Storage::ArticleSummary &s = m_rows.at(index.row());
    switch (role) {
    case ArticleIdRole:
        return s.id;
    case NumberRole:
        return s.number;
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NumberColumn: return s.number;
        case TitleColumn: return s.title;
        case OutletColumn: return s.outlet;
        case DateColumn:
            if (role == SortRole)
                return s.published;
            return s.published.isValid() ? QLocale().toString(s.published, QLocale::ShortFormat) : QString();
        case QuotesColumn: return s.quoteCount;
        case CommitmentsColumn: return s.commitmentCount;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return s.title;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == QuotesColumn || index.column() == CommitmentsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == CommitmentsColumn)
        return tr("Commitments (confirmed and suggested)");
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == QuotesColumn)
        return tr("Quotes (confirmed and suggested)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("No.");
    case TitleColumn: return tr("Title");
    case OutletColumn: return tr("Outlet");
    case DateColumn: return tr("Date");
    case QuotesColumn: return tr("Quotes");
    case CommitmentsColumn: return tr("Comm.");
    }
    return {};
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == articleId)
            return int(i);
    return -1;
}

qint64 ArticleListModel::articleIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

const Storage::ArticleSummary *ArticleListModel::summary(qint64 articleId) const
{
    const int row = rowOf(articleId);
    return row < 0 ? nullptr : &m_rows[row];
}

} // namespace Parlance::Models
