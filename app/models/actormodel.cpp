// SPDX-License-Identifier: GPL-2.0-or-later
#include "actormodel.h"

#include "concurrency/backgroundpool.h"
#include "highlight/actorcolors.h"
#include "rowsync.h"

namespace Parlance::Models {

ActorModel::ActorModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_recountTimer.setSingleShot(true);
    m_recountTimer.setInterval(0);
    connect(&m_recountTimer, &QTimer::timeout, this, &ActorModel::recount);
}

void ActorModel::setProject(const Storage::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    // Their connections to the file close before it does.
    for (QFutureWatcher<Mentions> *watcher : std::exchange(m_counting, {})) {
        watcher->disconnect(this);
        watcher->waitForFinished();
        watcher->deleteLater();
    }
    m_requested.clear();
    m_stale.clear();
    beginResetModel();
    m_project = project;
    m_rows = project ? project->actors() : QList<Model::Actor>();
    recountAll();
    endResetModel();
    if (!project)
        return;
    // Merged and removed actors take their annotations along with annotation signals of their own.
    connect(project, &Storage::Project::actorsChanged, this, &ActorModel::reload);
    connect(project, &Storage::Project::articlesChanged, this, [this] {
        // Counts of articles no longer in the project go (new articles come with their suggestions).
        QSet<qint64> present;
        for (const Storage::ArticleSummary &s : m_project->articles())
            present.insert(s.id);
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            if (!present.contains(it.key()))
                recountLater(it.key());
    });
    connect(project, &Storage::Project::annotationAdded, this, [this](const Model::Annotation &a) { recountLater(a.articleId); });
    connect(project, &Storage::Project::annotationChanged, this, [this](const Model::Annotation &a) { recountLater(a.articleId); });
    connect(project, &Storage::Project::annotationRemoved, this, [this](qint64, qint64 articleId) { recountLater(articleId); });
    connect(project, &Storage::Project::suggestionsReplaced, this, &ActorModel::recountLater);
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
    m_counts = m_project ? m_project->actorMentions() : QHash<qint64, QHash<qint64, int>>();
    m_totals.clear();
    m_stale.clear();
    for (auto article = m_counts.cbegin(); article != m_counts.cend(); ++article)
        for (auto it = article->cbegin(); it != article->cend(); ++it)
            m_totals[it.key()] += it.value();
}

void ActorModel::recountLater(qint64 articleId)
{
    m_stale.insert(articleId);
    m_recountTimer.start();
}

void ActorModel::recount()
{
    if (!m_project || m_stale.isEmpty())
        return;
    const QList<qint64> articles(m_stale.cbegin(), m_stale.cend());
    m_stale.clear();
    const int generation = ++m_generation;
    for (qint64 id : articles)
        m_requested.insert(id, generation);
    // Counted on a connection of its own, off the GUI thread: an imported article of 20 MB has half
    // a million annotations. A read-only project (no second connection) counts here.
    std::shared_ptr<Storage::Project> reader(m_project->openWorkerConnection().release());
    if (!reader)
        return apply(generation, countMentions(*m_project, articles));
    reader->moveToThread(nullptr);
    auto *watcher = new QFutureWatcher<Mentions>(this);
    m_counting.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        m_counting.removeOne(watcher);
        watcher->deleteLater();
        apply(generation, watcher->result());
    });
    watcher->setFuture(Concurrency::run([reader, articles] { return countMentions(*reader, articles); }));
}

ActorModel::Mentions ActorModel::countMentions(const Storage::Project &project, const QList<qint64> &articleIds)
{
    Mentions counts;
    for (qint64 id : articleIds)
        counts.insert(id, project.actorMentions(id).value(id));
    return counts;
}

void ActorModel::apply(int generation, const Mentions &counts)
{
    for (auto article = counts.cbegin(); article != counts.cend(); ++article) {
        // A later count of the same article is under way (or done): this one is older.
        if (m_requested.value(article.key()) != generation)
            continue;
        m_requested.remove(article.key());
        const QHash<qint64, int> old = m_counts.take(article.key());
        for (auto it = old.cbegin(); it != old.cend(); ++it)
            m_totals[it.key()] -= it.value();
        for (auto it = article->cbegin(); it != article->cend(); ++it)
            m_totals[it.key()] += it.value();
        if (!article->isEmpty())
            m_counts.insert(article.key(), *article);
    }
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
        && m_project && !m_project->isReadOnly() && m_editor)
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
    return m_editor && m_editor(m_rows.at(index.row()), actor);
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
