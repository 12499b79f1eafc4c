// SPDX-License-Identifier: GPL-2.0-or-later
#include "summarytablemodel.h"

#include "highlight/actorcolors.h"

#include <QFont>

#include <algorithm>

namespace Parlance::Models {

using Export::SummaryCell;

SummaryTableModel::SummaryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SummaryTableModel::setTable(const Export::SummaryTable &table)
{
    if (table == m_table)
        return; // a view keeps its current cell when nothing it shows changed
    beginResetModel();
    m_table = table;
    endResetModel();
}

void SummaryTableModel::setDarkTheme(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ForegroundRole});
}

int SummaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int SummaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.header.size());
}

const SummaryCell *SummaryTableModel::cell(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    const Export::SummaryRow &row = m_table.rows[index.row()];
    return index.column() < row.cells.size() ? &row.cells[index.column()] : nullptr;
}

QVariant SummaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Export::SummaryRow &row = m_table.rows[index.row()];
    switch (role) {
    case GroupRole: return row.group;
    case AnnotationIdRole: {
        // A cell that names an annotation goes there; in a row whose cells name none (a commitment)
        // every cell goes to the row's first annotation.
        const SummaryCell *c = cell(index);
        if (c && c->annotationId)
            return c->annotationId;
        const bool cellsName = std::any_of(row.cells.cbegin(), row.cells.cend(), [](const SummaryCell &x) { return x.annotationId; });
        return cellsName || row.annotationIds.isEmpty() ? qint64(0) : row.annotationIds.first();
    }
    case ArticleIdRole: return row.articleId;
    default: break;
    }
    const SummaryCell *c = cell(index);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole: return c->plainText();
    case Qt::ToolTipRole:
        return c->text.size() > 60 || !c->detail.isEmpty() ? c->plainText() : QVariant();
    case ActorIdRole: return c->actorId;
    case StyleRole: return int(c->style);
    case Qt::ForegroundRole:
        if (c->style == SummaryCell::Actor)
            return Highlight::ActorColors::color(c->actorId, m_dark);
        if (c->style == SummaryCell::Muted)
            return Highlight::ActorColors::neutral(m_dark);
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(row.group || c->style == SummaryCell::Actor);
        font.setItalic(c->style == SummaryCell::Quotes || c->style == SummaryCell::Muted);
        return font;
    }
    case Qt::TextAlignmentRole: {
        bool number = false;
        c->text.toInt(&number);
        return number ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    default: return {};
    }
}

QVariant SummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.header.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_table.header[section];
    return {};
}

} // namespace Parlance::Models
