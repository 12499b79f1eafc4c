// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace Parlance::Models {

/// Sorts and filters an ArticleListModel: by a text matched against title and outlet, and by the
/// set of articles a full-text search found.
class ArticleFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ArticleFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    /// Only these articles (nullopt: all).
    void setAllowedIds(const std::optional<QSet<qint64>> &ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<QSet<qint64>> m_ids;
};

} // namespace Parlance::Models
