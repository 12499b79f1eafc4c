// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/project.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUndoStack>

namespace Parlance::Models {

/// The project's codebook: name, colour, shortcut and description, each editable and written to
/// the project at once.
class CategoryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ColorColumn, ShortcutColumn, DescriptionColumn, ColumnCount };
    enum Role { CategoryIdRole = Qt::UserRole + 1 };

    explicit CategoryModel(QObject *parent = nullptr);

    void setProject(Storage::Project *project);
    /// Edits become commands on this stack (undoable); without one they are written directly.
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Model::CodebookCategory> &categories() const { return m_rows; }
    int rowOf(qint64 categoryId) const;
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    /// An edit could not be saved; the model still shows what the project holds.
    void editFailed(const QString &message);

private:
    void reload();

    QPointer<Storage::Project> m_project;
    QList<Model::CodebookCategory> m_rows;
    QString m_lastError;
    QPointer<QUndoStack> m_undo;
};

} // namespace Parlance::Models
