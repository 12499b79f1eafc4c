// SPDX-License-Identifier: GPL-2.0-or-later
#include "categorymodel.h"


#include "rowsync.h"

#include <QKeySequence>

namespace Parlance::Models {

CategoryModel::CategoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CategoryModel::setProject(const Storage::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    beginResetModel();
    m_project = project;
    m_rows = project ? project->categories() : QList<Model::CodebookCategory>();
    endResetModel();
    if (project)
        connect(project, &Storage::Project::categoriesChanged, this, &CategoryModel::reload);
}

void CategoryModel::reload()
{
    if (!m_project)
        return;
    RowSync<Model::CodebookCategory> sync{
        [this](int f, int l) { beginRemoveRows({}, f, l); },
        [this] { endRemoveRows(); },
        [this](int f, int l) { beginInsertRows({}, f, l); },
        [this] { endInsertRows(); },
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); },
    };
    sync.apply(m_rows, m_project->categories(), [](const Model::CodebookCategory &c) { return c.id; },
               [](const Model::CodebookCategory &a, const Model::CodebookCategory &b) { return a == b; });
}

int CategoryModel::rowOf(qint64 categoryId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == categoryId)
            return int(i);
    return -1;
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CategoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Model::CodebookCategory &c = m_rows.at(index.row());
    switch (role) {
    case CategoryIdRole: return c.id;
    case Qt::DecorationRole:
        if (index.column() == ColorColumn || index.column() == NameColumn)
            return c.color;
        break;
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn: return c.name;
        case ColorColumn: return role == Qt::EditRole ? QVariant(c.color) : QVariant(c.color.name());
        case ShortcutColumn:
            return role == Qt::EditRole ? c.shortcut
                                        : QKeySequence(c.shortcut, QKeySequence::PortableText).toString(QKeySequence::NativeText);
        case DescriptionColumn: return c.description;
        }
        break;
    case Qt::ToolTipRole:
        return c.description;
    }
    return {};
}

Qt::ItemFlags CategoryModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // The colour is picked with a dialog, not typed.
    if (index.isValid() && index.column() != ColorColumn && m_project && !m_project->isReadOnly() && m_editor)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CategoryModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_project || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Model::CodebookCategory c = m_rows.at(index.row());
    switch (index.column()) {
    case NameColumn: {
        const QString name = value.toString().simplified();
        if (name.isEmpty())
            return false;
        c.name = name;
        break;
    }
    case ColorColumn: {
        const QColor color = value.value<QColor>().isValid() ? value.value<QColor>() : QColor(value.toString());
        if (!color.isValid())
            return false;
        c.color = color;
        break;
    }
    case ShortcutColumn: {
        const QKeySequence seq(value.toString(), QKeySequence::PortableText);
        if (!value.toString().isEmpty() && seq.isEmpty())
            return false;
        c.shortcut = seq.toString(QKeySequence::PortableText);
        break;
    }
    case DescriptionColumn:
        c.description = value.toString();
        break;
    default:
        return false;
    }
    if (c == m_rows.at(index.row()))
        return true;
    return m_editor && m_editor(m_rows.at(index.row()), c);
}

QVariant CategoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Category");
    case ColorColumn: return tr("Colour");
    case ShortcutColumn: return tr("Key");
    case DescriptionColumn: return tr("Description");
    }
    return {};
}

} // namespace Parlance::Models
