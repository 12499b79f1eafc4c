// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/project.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QUndoStack>

namespace Parlance::Models {

/// The project's actors: name, type, role, aliases and how many annotations name them (rejected
/// suggestions not counted). Name, type and role are editable and written to the project at once.
class ActorModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, RoleColumn, AliasesColumn, MentionsColumn, ColumnCount };
    enum Role { ActorIdRole = Qt::UserRole + 1, ColorRole, SortRole };

    explicit ActorModel(QObject *parent = nullptr);

    void setProject(Storage::Project *project);
    /// Edits become commands on this stack (undoable); without one they are written directly.
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(qint64 actorId) const;
    const QList<Model::Actor> &actors() const { return m_rows; }
    int mentions(qint64 actorId) const;
    QString lastError() const { return m_lastError; }

    static QString typeLabel(Model::ActorType type);
    static QList<Model::ActorType> allTypes();

Q_SIGNALS:
    /// An edit could not be saved; the model still shows what the project holds.
    void editFailed(const QString &message);

private:
    void reload();
    void recount(qint64 articleId);
    void recountAll();
    void reportMentions();

    QPointer<Storage::Project> m_project;
    QList<Model::Actor> m_rows;
    /// Per article, per actor: annotations naming the actor (as speaker, holder, mention or addressee).
    QHash<qint64, QHash<qint64, int>> m_counts;
    QHash<qint64, int> m_totals;
    QString m_lastError;
    QPointer<QUndoStack> m_undo;
};

} // namespace Parlance::Models
