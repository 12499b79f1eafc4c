// SPDX-License-Identifier: GPL-2.0-or-later
#include "ratingtable.h"

namespace Parlance::Agreement {

RatingTable::RatingTable(int coderCount)
    : m_coders(std::max(coderCount, 1))
{
}

int RatingTable::valueId(const QString &value)
{
    const qsizetype at = m_values.indexOf(value);
    if (at >= 0)
        return int(at);
    m_values.append(value);
    return int(m_values.size() - 1);
}

void RatingTable::addUnit(const QList<Rating> &ratings)
{
    for (int c = 0; c < m_coders; ++c) {
        const Rating &r = c < ratings.size() ? ratings[c] : Rating();
        m_cells.append(r ? valueId(*r) : -1);
    }
}

void RatingTable::addUnits(int count, const QList<Rating> &ratings)
{
    for (int i = 0; i < count; ++i)
        addUnit(ratings);
}

Rating RatingTable::rating(int unit, int coder) const
{
    const int v = valueIndex(unit, coder);
    return v < 0 ? Rating() : Rating(m_values[v]);
}

int RatingTable::ratingCount(int unit) const
{
    int n = 0;
    for (int c = 0; c < m_coders; ++c)
        n += valueIndex(unit, c) >= 0 ? 1 : 0;
    return n;
}

RatingTable RatingTable::pairable() const
{
    RatingTable t(*this);
    t.m_cells.clear();
    for (int u = 0; u < unitCount(); ++u) {
        if (ratingCount(u) >= 2)
            t.m_cells.append(m_cells.mid(qsizetype(u) * m_coders, m_coders));
    }
    return t;
}

RatingTable RatingTable::pair(int a, int b) const
{
    RatingTable t(2);
    t.m_values = m_values;
    for (int u = 0; u < unitCount(); ++u) {
        if (valueIndex(u, a) >= 0 && valueIndex(u, b) >= 0)
            t.m_cells << valueIndex(u, a) << valueIndex(u, b);
    }
    return t;
}

RatingTable RatingTable::complete() const
{
    RatingTable t(*this);
    t.m_cells.clear();
    for (int u = 0; u < unitCount(); ++u) {
        if (ratingCount(u) == m_coders)
            t.m_cells.append(m_cells.mid(qsizetype(u) * m_coders, m_coders));
    }
    return t;
}

} // namespace Parlance::Agreement
