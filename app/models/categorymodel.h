// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/project.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

namespace Parlance::Models {

/// The project's codebook: name, colour, shortcut and description, each editable and written to
/// the project at once.
class CategoryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ColorColumn, ShortcutColumn, DescriptionColumn, ColumnCount };
    enum Role { CategoryIdRole = Qt::UserRole + 1 };

    explicit CategoryModel(QObject *parent = nullptr);

    void setProject(const Storage::Project *project);
    /// How an edit made in the view reaches the project: the session pushes it as an undo step.
    /// Without an editor the model is read-only.
    using Editor = std::function<bool(const Model::CodebookCategory &before, const Model::CodebookCategory &after)>;
    void setEditor(Editor editor) { m_editor = std::move(editor); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Model::CodebookCategory> &categories() const { return m_rows; }
    int rowOf(qint64 categoryId) const;

private:
    void reload();

    QPointer<const Storage::Project> m_project;
    QList<Model::CodebookCategory> m_rows;
    Editor m_editor;
};

} // namespace Parlance::Models
