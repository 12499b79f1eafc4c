// SPDX-License-Identifier: GPL-2.0-or-later
#include "actormodel.h"

#include "commands/actorcommands.h"

#include "highlight/actorcolors.h"
#include "rowsync.h"

namespace Parlance::Models {

ActorModel::ActorModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActorModel::setProject(Storage::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    beginResetModel();
    m_project = project;
    m_rows = project ? project->actors() : QList<Model::Actor>();
    recountAll();
    endResetModel();
    if (!project)
        return;
    connect(project, &Storage::Project::actorsChanged, this, [this] {
        // A merge moves annotations between actors without an annotation signal per row.
        recountAll();
        reload();
        reportMentions();
    });
    connect(project, &Storage::Project::articlesChanged, this, [this] {
        recountAll();
        reportMentions();
    });
    connect(project, &Storage::Project::annotationAdded, this,
            [this](const Model::Annotation &a) { recount(a.articleId); });
    connect(project, &Storage::Project::annotationChanged, this,
            [this](const Model::Annotation &a) { recount(a.articleId); });
    connect(project, &Storage::Project::annotationRemoved, this,
            [this](qint64, qint64 articleId) { recount(articleId); });
    connect(project, &Storage::Project::suggestionsReplaced, this, &ActorModel::recount);
}

void ActorModel::reload()
{
    if (!m_project)
        return;
    RowSync<Model::Actor> sync{
        [this](int f, int l) { beginRemoveRows({}, f, l); },
        [this] { endRemoveRows(); },
        [this](int f, int l) { beginInsertRows({}, f, l); },
        [this] { endInsertRows(); },
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); },
    };
    sync.apply(m_rows, m_project->actors(), [](const Model::Actor &a) { return a.id; },
               [](const Model::Actor &a, const Model::Actor &b) { return a == b; });
}

void ActorModel::recountAll()
{
    m_counts.clear();
    m_totals.clear();
    if (!m_project)
        return;
    for (const Storage::ArticleSummary &s : m_project->articles()) {
        QHash<qint64, int> &perActor = m_counts[s.id];
        for (const Model::Annotation &a : m_project->annotations(s.id)) {
            if (a.origin == Model::Origin::Rejected)
                continue;
            if (a.actorId)
                ++perActor[a.actorId];
            if (a.addresseeId && a.addresseeId != a.actorId)
                ++perActor[a.addresseeId];
        }
        for (auto it = perActor.cbegin(); it != perActor.cend(); ++it)
            m_totals[it.key()] += it.value();
    }
}

void ActorModel::recount(qint64 articleId)
{
    if (!m_project)
        return;
    QHash<qint64, int> &perActor = m_counts[articleId];
    for (auto it = perActor.cbegin(); it != perActor.cend(); ++it)
        m_totals[it.key()] -= it.value();
    perActor.clear();
    for (const Model::Annotation &a : m_project->annotations(articleId)) {
        if (a.origin == Model::Origin::Rejected)
            continue;
        if (a.actorId)
            ++perActor[a.actorId];
        if (a.addresseeId && a.addresseeId != a.actorId)
            ++perActor[a.addresseeId];
    }
    for (auto it = perActor.cbegin(); it != perActor.cend(); ++it)
        m_totals[it.key()] += it.value();
    reportMentions();
}

void ActorModel::reportMentions()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, MentionsColumn), index(int(m_rows.size()) - 1, MentionsColumn));
}

int ActorModel::mentions(qint64 actorId) const
{
    return m_totals.value(actorId);
}

int ActorModel::rowOf(qint64 actorId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == actorId)
            return int(i);
    return -1;
}

int ActorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QList<Model::ActorType> ActorModel::allTypes()
{
    using T = Model::ActorType;
    return {T::Person, T::State, T::Organisation, T::Group, T::Place, T::Other};
}

QString ActorModel::typeLabel(Model::ActorType type)
{
    switch (type) {
    case Model::ActorType::Person: return tr("Person");
    case Model::ActorType::State: return tr("State");
    case Model::ActorType::Organisation: return tr("Organisation");
    case Model::ActorType::Group: return tr("Group");
    case Model::ActorType::Place: return tr("Place");
    case Model::ActorType::Other: return tr("Other");
    }
    return {};
}

QVariant ActorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Model::Actor &a = m_rows.at(index.row());
    switch (role) {
    case ActorIdRole: return a.id;
    case ColorRole: return Highlight::ActorColors::color(a.id, false);
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return Highlight::ActorColors::color(a.id, false);
        break;
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn: return a.canonicalName;
        case TypeColumn:
            if (role == Qt::EditRole)
                return int(a.type);
            return typeLabel(a.type);
        case RoleColumn: return a.role;
        case AliasesColumn: return a.aliases.join(QStringLiteral(", "));
        case MentionsColumn: return mentions(a.id);
        }
        break;
    }
    return {};
}

Qt::ItemFlags ActorModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == NameColumn || index.column() == TypeColumn || index.column() == RoleColumn)
        && m_project && !m_project->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool ActorModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_project || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Model::Actor actor = m_rows.at(index.row());
    switch (index.column()) {
    case NameColumn: {
        const QString name = value.toString().simplified();
        if (name.isEmpty() || name == actor.canonicalName)
            return false;
        // The old name stays known as an alias, so imports keep finding the actor.
        const QString former = actor.canonicalName;
        actor.canonicalName = name;
        actor.aliases.removeIf([&](const QString &alias) { return Model::normalizedName(alias) == Model::normalizedName(name); });
        actor.addAlias(former);
        break;
    }
    case TypeColumn:
        actor.type = Model::ActorType(value.toInt());
        break;
    case RoleColumn:
        actor.role = value.toString().simplified();
        break;
    default:
        return false;
    }
    if (m_undo) {
        return Commands::push(m_undo, new Commands::EditActorCommand(m_project, m_rows.at(index.row()), actor),
                              [model = QPointer(this)](const Storage::Error &e) {
                                  if (model) {
                                      model->m_lastError = e.message;
                                      Q_EMIT model->editFailed(e.message);
                                  }
                              });
    }
    Storage::Error error;
    if (!m_project->updateActor(actor, &error)) {
        m_lastError = error.message;
        Q_EMIT editFailed(error.message);
        return false;
    }
    return true;
}

QVariant ActorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case TypeColumn: return tr("Type");
    case RoleColumn: return tr("Role");
    case AliasesColumn: return tr("Also known as");
    case MentionsColumn: return tr("Mentions");
    }
    return {};
}

} // namespace Parlance::Models
