// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Keeps a model's rows in step with a fresh list read from the project, with precise row
// notifications: rows that disappeared are removed, new ones appended, changed ones reported.
// Rows keep their position (views sort through a proxy), so no row ever moves.

#include <QHash>
#include <QList>

#include <functional>

namespace Parlance::Models {

template<typename Row>
struct RowSync {
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int row)> changed;

    template<typename IdOf, typename Equal>
    void apply(QList<Row> &rows, const QList<Row> &fresh, IdOf idOf, Equal equal) const
    {
        QHash<qint64, qsizetype> freshIndex;
        freshIndex.reserve(fresh.size());
        for (qsizetype i = 0; i < fresh.size(); ++i)
            freshIndex.insert(idOf(fresh[i]), i);

        // Removed rows, last first so that the earlier indexes stay valid; runs are removed at once.
        for (qsizetype i = rows.size() - 1; i >= 0;) {
            if (freshIndex.contains(idOf(rows[i]))) {
                --i;
                continue;
            }
            qsizetype first = i;
            while (first > 0 && !freshIndex.contains(idOf(rows[first - 1])))
                --first;
            beginRemove(int(first), int(i));
            rows.remove(first, i - first + 1);
            endRemove();
            i = first - 1;
        }

        // Changed rows.
        QHash<qint64, qsizetype> present;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            present.insert(idOf(rows[i]), i);
            const Row &now = fresh[freshIndex.value(idOf(rows[i]))];
            if (!equal(now, rows[i])) {
                rows[i] = now;
                changed(int(i));
            }
        }

        // New rows, appended in the order the project lists them.
        QList<Row> added;
        for (const Row &row : fresh)
            if (!present.contains(idOf(row)))
                added.append(row);
        if (!added.isEmpty()) {
            beginInsert(int(rows.size()), int(rows.size() + added.size() - 1));
            rows.append(added);
            endInsert();
        }
    }
};

} // namespace Parlance::Models
