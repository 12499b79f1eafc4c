// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "export/reportsummary.h"

#include <QAbstractTableModel>

namespace Parlance::Models {

/// One of the "Who Said What" tables (Export::SummaryTable: the speakers × articles matrix, the
/// commitments by holder) for a view: a row per table row, a group's heading in its first column
/// (views span it across), actors in their colours, remarks greyed, quotes italic. Read-only; the
/// roles say where a click goes.
class SummaryTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        GroupRole = Qt::UserRole + 1, ///< bool: a group's heading row (an article, a holder)
        AnnotationIdRole,             ///< qint64: what a click on the cell shows (0: nothing)
        ArticleIdRole,                ///< qint64: the article of that annotation, when the row knows it
        ActorIdRole,                  ///< qint64: the actor the cell names (0: none)
        StyleRole,                    ///< int: Export::SummaryCell::Style
    };

    explicit SummaryTableModel(QObject *parent = nullptr);

    void setTable(const Export::SummaryTable &table);
    const Export::SummaryTable &table() const { return m_table; }
    /// Actor colours for a dark background.
    void setDarkTheme(bool dark);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Export::SummaryCell *cell(const QModelIndex &index) const;

    Export::SummaryTable m_table;
    bool m_dark = false;
};

} // namespace Parlance::Models
