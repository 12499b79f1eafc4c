// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/project.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QSet>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Parlance::Models {

/// The project's actors: name, type, role, aliases and how many annotations name them (rejected
/// suggestions not counted). Name, type and role are editable and written to the project at once.
class ActorModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, RoleColumn, AliasesColumn, MentionsColumn, ColumnCount };
    enum Role { ActorIdRole = Qt::UserRole + 1, ColorRole, SortRole };

    explicit ActorModel(QObject *parent = nullptr);

    void setProject(const Storage::Project *project);
    /// How an edit made in the view reaches the project: the session pushes it as an undo step.
    /// Without an editor the model is read-only.
    using Editor = std::function<bool(const Model::Actor &before, const Model::Actor &after)>;
    void setEditor(Editor editor) { m_editor = std::move(editor); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(qint64 actorId) const;
    const QList<Model::Actor> &actors() const { return m_rows; }
    int mentions(qint64 actorId) const;

    static QString typeLabel(Model::ActorType type);
    static QList<Model::ActorType> allTypes();

private:
    void reload();
    /// Counts again, on the next turn of the event loop, for the articles changed meanwhile (a
    /// merge or an import changes many annotations at once).
    void recountLater(qint64 articleId);
    void recount();
    /// Per article, per actor: annotations naming the actor.
    using Mentions = QHash<qint64, QHash<qint64, int>>;
    static Mentions countMentions(const Storage::Project &project, const QList<qint64> &articleIds);
    void apply(int generation, const Mentions &counts);
    void recountAll();
    void reportMentions();

    QPointer<const Storage::Project> m_project;
    QList<Model::Actor> m_rows;
    /// Per article, per actor: annotations naming the actor (as speaker, holder, mention or addressee).
    QHash<qint64, QHash<qint64, int>> m_counts;
    QHash<qint64, int> m_totals;
    QSet<qint64> m_stale;
    QHash<qint64, int> m_requested; ///< articles being counted, by the count (generation) asked for last
    int m_generation = 0;
    QList<QFutureWatcher<Mentions> *> m_counting;
    QTimer m_recountTimer;
    Editor m_editor;
};

} // namespace Parlance::Models
