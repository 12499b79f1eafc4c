// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/project.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace Parlance::Models {

/// The annotations of one article in document order, or of every article (by article number, then in
/// document order): kind, text, actor, addressee, origin, coder, note, article.
/// Fed by the project's change signals with precise row notifications.
class AnnotationModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, TextColumn, ActorColumn, AddresseeColumn, OriginColumn, CoderColumn, NoteColumn, ArticleColumn, ColumnCount };
    enum class Scope { CurrentArticle, AllArticles };
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1,
        KindRole,      ///< int(Model::AnnotationKind)
        OriginRole,    ///< int(Model::Origin)
        ActorIdRole,   ///< speaker, holder, or the actor mentioned
        AddresseeIdRole,
        CoderRole,
        StartRole,
        EndRole,
        CategoryIdRole,
        ArticleIdRole,
    };

    explicit AnnotationModel(QObject *parent = nullptr);

    void setProject(const Storage::Project *project);
    /// Shows this article's annotations (0: none).
    void setArticle(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    /// The current article's annotations only, or every article's.
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<Model::Annotation> &annotations() const { return m_rows; }
    int rowOf(qint64 annotationId) const;
    QString actorName(qint64 actorId) const { return m_actorNames.value(actorId); }

    static QString kindLabel(Model::AnnotationKind kind);
    static QString originLabel(Model::Origin origin);

private:
    void reload();
    /// The names rows show: actors, categories and article titles.
    void reloadNames();
    void onAdded(const Model::Annotation &a);
    void onChanged(const Model::Annotation &a);
    void onRemoved(qint64 annotationId, qint64 articleId);
    int insertionRow(const Model::Annotation &a) const;
    bool isShown(qint64 articleId) const;
    static bool rowOrder(const Model::Annotation &a, const Model::Annotation &b);

    QPointer<const Storage::Project> m_project;
    qint64 m_articleId = 0;
    Scope m_scope = Scope::CurrentArticle;
    QHash<qint64, QString> m_articleTitles;
    QList<Model::Annotation> m_rows;
    QHash<qint64, QString> m_actorNames;
    QHash<qint64, QString> m_categoryNames;
};

} // namespace Parlance::Models
