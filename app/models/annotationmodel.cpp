// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationmodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parlance::Models {

using Model::Annotation;
using Model::AnnotationKind;
using Model::Origin;

namespace {
bool documentOrder(const Annotation &a, const Annotation &b)
{
    if (a.span.start != b.span.start)
        return a.span.start < b.span.start;
    if (a.span.end != b.span.end)
        return a.span.end > b.span.end;
    return a.id < b.id;
}
} // namespace

AnnotationModel::AnnotationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnnotationModel::setProject(const Storage::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_articleId = 0;
    reloadNames();
    reload();
    if (!project)
        return;
    connect(project, &Storage::Project::annotationAdded, this, &AnnotationModel::onAdded);
    connect(project, &Storage::Project::annotationChanged, this, &AnnotationModel::onChanged);
    connect(project, &Storage::Project::annotationRemoved, this, &AnnotationModel::onRemoved);
    connect(project, &Storage::Project::suggestionsReplaced, this, [this](qint64 articleId) {
        if (isShown(articleId))
            reload();
    });
    connect(project, &Storage::Project::articlesChanged, this, [this] {
        reloadNames(); // the article titles
        const bool gone = m_articleId && m_project && !m_project->article(m_articleId);
        if (gone)
            m_articleId = 0;
        if (gone || m_scope == Scope::AllArticles)
            reload();
    });
    connect(project, &Storage::Project::actorsChanged, this, [this] {
        reloadNames();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, ActorColumn), index(int(m_rows.size()) - 1, AddresseeColumn));
    });
    connect(project, &Storage::Project::categoriesChanged, this, [this] {
        reloadNames();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, TextColumn), index(int(m_rows.size()) - 1, ActorColumn));
    });
}

void AnnotationModel::setArticle(qint64 articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleId = articleId;
    // Every article's rows are there already.
    if (m_scope == Scope::CurrentArticle)
        reload();
}

void AnnotationModel::setScope(Scope scope)
{
    if (scope == m_scope)
        return;
    m_scope = scope;
    reload();
}

bool AnnotationModel::isShown(qint64 articleId) const
{
    return m_scope == Scope::AllArticles ? articleId > 0 : articleId == m_articleId;
}

bool AnnotationModel::rowOrder(const Annotation &a, const Annotation &b)
{
    // Articles are numbered in import order, which is the order of their ids.
    if (a.articleId != b.articleId)
        return a.articleId < b.articleId;
    return documentOrder(a, b);
}

void AnnotationModel::reload()
{
    // A new article or a bulk replacement of suggestions: a reset says it best.
    beginResetModel();
    m_rows.clear();
    if (m_project && m_scope == Scope::AllArticles) {
        for (const Storage::ArticleSummary &article : m_project->articles())
            m_rows += m_project->annotations(article.id);
    } else if (m_project && m_articleId) {
        m_rows = m_project->annotations(m_articleId);
    }
    std::sort(m_rows.begin(), m_rows.end(), rowOrder);
    endResetModel();
}

void AnnotationModel::reloadNames()
{
    m_actorNames.clear();
    m_categoryNames.clear();
    if (!m_project)
        return;
    for (const Model::Actor &actor : m_project->actors())
        m_actorNames.insert(actor.id, actor.canonicalName);
    for (const Model::CodebookCategory &c : m_project->categories())
        m_categoryNames.insert(c.id, c.name);
    m_articleTitles.clear();
    for (const Storage::ArticleSummary &article : m_project->articles())
        m_articleTitles.insert(article.id, QString::number(article.number) + u". "_s + article.title);
}

int AnnotationModel::insertionRow(const Annotation &a) const
{
    return int(std::lower_bound(m_rows.begin(), m_rows.end(), a, rowOrder) - m_rows.begin());
}

void AnnotationModel::onAdded(const Annotation &a)
{
    if (!isShown(a.articleId) || rowOf(a.id) >= 0)
        return;
    const int row = insertionRow(a);
    beginInsertRows({}, row, row);
    m_rows.insert(row, a);
    endInsertRows();
}

void AnnotationModel::onChanged(const Annotation &a)
{
    if (!isShown(a.articleId))
        return;
    const int row = rowOf(a.id);
    if (row < 0) {
        onAdded(a);
        return;
    }
    // Where the row belongs once the old one is gone.
    QList<Annotation> rest = m_rows;
    rest.removeAt(row);
    const int target = int(std::lower_bound(rest.begin(), rest.end(), a, rowOrder) - rest.begin());
    if (target != row) {
        // beginMoveRows counts the destination before the move.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    m_rows[target] = a;
    Q_EMIT dataChanged(index(target, 0), index(target, ColumnCount - 1));
}

void AnnotationModel::onRemoved(qint64 annotationId, qint64 articleId)
{
    if (!isShown(articleId))
        return;
    const int row = rowOf(annotationId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int AnnotationModel::rowOf(qint64 annotationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == annotationId)
            return int(i);
    return -1;
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnnotationModel::kindLabel(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Quote: return tr("Quote");
    case AnnotationKind::ActorMention: return tr("Actor");
    case AnnotationKind::Commitment: return tr("Commitment");
    case AnnotationKind::Category: return tr("Category");
    }
    return {};
}

QString AnnotationModel::originLabel(Origin origin)
{
    switch (origin) {
    case Origin::Manual: return tr("manual");
    case Origin::Suggested: return tr("suggested");
    case Origin::Accepted: return tr("accepted");
    case Origin::Rejected: return tr("rejected");
    }
    return {};
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_rows.at(index.row());
    switch (role) {
    case AnnotationIdRole: return a.id;
    case KindRole: return int(a.kind);
    case OriginRole: return int(a.origin);
    case ActorIdRole: return a.actorId;
    case AddresseeIdRole: return a.addresseeId;
    case CoderRole: return a.coder;
    case StartRole: return a.span.start;
    case EndRole: return a.span.end;
    case CategoryIdRole: return a.categoryId;
    case ArticleIdRole: return a.articleId;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn || index.column() == NoteColumn)
            return a.note.isEmpty() ? a.exact : QString(a.exact + u"\n\n"_s + a.note);
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            if (a.kind == AnnotationKind::Commitment)
                return QString(kindLabel(a.kind) + u" ("_s + Model::commitmentTypeName(a.commitmentType) + u')');
            if (a.kind == AnnotationKind::Category)
                return QString(kindLabel(a.kind) + u" ("_s + m_categoryNames.value(a.categoryId) + u')');
            return kindLabel(a.kind);
        case TextColumn: return a.exact.simplified();
        case ActorColumn: return m_actorNames.value(a.actorId);
        case AddresseeColumn: return m_actorNames.value(a.addresseeId);
        case OriginColumn: return originLabel(a.origin);
        case CoderColumn: return a.coder;
        case NoteColumn: return a.note;
        case ArticleColumn: return m_articleTitles.value(a.articleId);
        }
        break;
    }
    return {};
}

QVariant AnnotationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case TextColumn: return tr("Text");
    case ActorColumn: return tr("Speaker / holder");
    case AddresseeColumn: return tr("Addressee");
    case OriginColumn: return tr("Origin");
    case CoderColumn: return tr("Coder");
    case NoteColumn: return tr("Note");
    case ArticleColumn: return tr("Article");
    }
    return {};
}

} // namespace Parlance::Models
