// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Krippendorff's unitizing α (α_U) over a continuum (for Parlance: characters of article texts),
// after Krippendorff (1995: 47–76; 2004: 251–256), as in DKPro Statistics: per category the
// observed disagreement compares where coders put units and gaps, the expected one what chance
// placement of the same units would give.

#include "coefficients.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Parlance::Agreement {

class UnitizingStudy final {
public:
    /// `coderCount` coders unitize the continuum [begin, begin + length).
    UnitizingStudy(int coderCount, qint64 begin, qint64 length);

    /// Coder `coder` marked [begin, begin + length) as `category`. A coder's overlapping units of
    /// one category count as their union (α_U assumes a coder's units of a category do not overlap).
    void addUnit(qint64 begin, qint64 length, int coder, const QString &category);

    int coderCount() const { return m_coders; }
    qint64 begin() const { return m_begin; }
    qint64 length() const { return m_length; }
    /// The categories in order of first use.
    QStringList categories() const { return m_categories; }

    /// α_U of one category: observed D_o, expected D_e, value = 1 − D_o/D_e; `units` counts the
    /// category's units of all coders.
    Coefficient category(const QString &category) const;
    /// Over all categories: 1 − mean D_o / mean D_e.
    Coefficient overall() const;

private:
    struct Section {
        qint64 begin, length;
        bool unit; // else a gap
    };
    QList<Section> sections(int coder, const QString &category) const;
    double observed(const QString &category) const;
    double expected(const QString &category) const;

    int m_coders;
    qint64 m_begin, m_length;
    // Per category, per coder: the units as (begin, end).
    QHash<QString, QList<QList<std::pair<qint64, qint64>>>> m_units;
    QStringList m_categories;
    // D_o and D_e per category, computed once: the per-category and overall values share them.
    mutable QHash<QString, std::pair<double, double>> m_disagreement;
    std::pair<double, double> disagreement(const QString &category) const;
};

} // namespace Parlance::Agreement
