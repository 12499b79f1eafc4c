// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The reliability data of a coding study: units × coders, each cell a value or missing.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parlance::Agreement {

/// One coder's value for one unit, or std::nullopt when the coder gave none (missing).
using Rating = std::optional<QString>;

/// Units (rows) × coders (columns). Values are labels; the numeric metrics read them as numbers
/// ("0.8"), so strength and other scales are labels too. Values are kept as indexes into
/// values(), in order of first appearance.
class RatingTable final {
public:
    explicit RatingTable(int coderCount = 2);

    int coderCount() const { return m_coders; }
    int unitCount() const { return int(m_cells.size() / (m_coders > 0 ? m_coders : 1)); }

    /// Adds a unit: `ratings[c]` is coder c's value (missing when absent or the list is short).
    void addUnit(const QList<Rating> &ratings);
    /// Adds `count` units with the same ratings (a cell of a contingency table).
    void addUnits(int count, const QList<Rating> &ratings);

    /// The distinct values, in order of first appearance.
    const QStringList &values() const { return m_values; }
    /// Coder `coder`'s value index in unit `unit`, -1 when missing.
    int valueIndex(int unit, int coder) const { return m_cells[qsizetype(unit) * m_coders + coder]; }
    Rating rating(int unit, int coder) const;
    /// How many coders rated the unit.
    int ratingCount(int unit) const;

    /// The same study without the units fewer than two coders rated: they carry no information
    /// about agreement, and every coefficient here ignores them.
    RatingTable pairable() const;
    /// The units both coders rated, as a two-coder table (a, b).
    RatingTable pair(int a, int b) const;
    /// The units every coder rated.
    RatingTable complete() const;

private:
    int valueId(const QString &value);
    int m_coders;
    QStringList m_values;
    QList<int> m_cells; // row-major, -1 = missing
};

} // namespace Parlance::Agreement
