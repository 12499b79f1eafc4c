// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "storage/project.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Parlance::Models {

/// The project's articles as a table: number, title, outlet, date, quote and commitment counts.
/// Sorting and filtering belong to a proxy; this model keeps rows in import order.
class ArticleListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, OutletColumn, DateColumn, QuotesColumn, CommitmentsColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1, NumberRole, SortRole };

    explicit ArticleListModel(QObject *parent = nullptr);

    /// Shows this project's articles (null: none). The model does not own the project.
    void setProject(const Storage::Project *project);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The row of an article, or -1.
    int rowOf(qint64 articleId) const;
    qint64 articleIdAt(int row) const;
    const Storage::ArticleSummary *summary(qint64 articleId) const;

private:
    void reload();
    void refreshCounts(qint64 articleId);

    QPointer<const Storage::Project> m_project;
    QList<Storage::ArticleSummary> m_rows;
};

} // namespace Parlance::Models
