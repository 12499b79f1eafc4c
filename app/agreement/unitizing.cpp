// SPDX-License-Identifier: GPL-2.0-or-later
#include "unitizing.h"

#include <algorithm>
#include <tuple>

namespace Parlance::Agreement {

UnitizingStudy::UnitizingStudy(int coderCount, qint64 begin, qint64 length)
    : m_coders(coderCount)
    , m_begin(begin)
    , m_length(length)
{
}

void UnitizingStudy::addUnit(qint64 begin, qint64 length, int coder, const QString &category)
{
    // Clipped to the continuum; empty units say nothing about where text was marked.
    const qint64 end = std::min(begin + length, m_begin + m_length);
    begin = std::max(begin, m_begin);
    if (end <= begin || coder < 0 || coder >= m_coders)
        return;
    auto it = m_units.find(category);
    if (it == m_units.end()) {
        it = m_units.insert(category, QList<QList<std::pair<qint64, qint64>>>(m_coders));
        m_categories.append(category);
    }
    (*it)[coder].append({begin, end});
    m_disagreement.remove(category);
}

// One coder's continuum for a category, cut into units (merged where they overlap) and gaps.
QList<UnitizingStudy::Section> UnitizingStudy::sections(int coder, const QString &category) const
{
    QList<std::pair<qint64, qint64>> spans = m_units.value(category).value(coder);
    std::sort(spans.begin(), spans.end());
    QList<std::pair<qint64, qint64>> merged;
    for (const auto &s : spans) {
        if (!merged.isEmpty() && s.first < merged.last().second)
            merged.last().second = std::max(merged.last().second, s.second);
        else
            merged.append(s);
    }
    QList<Section> out;
    qint64 pos = m_begin;
    for (const auto &[b, e] : merged) {
        if (b > pos)
            out.append({pos, b - pos, false});
        out.append({b, e - b, true});
        pos = e;
    }
    if (pos < m_begin + m_length)
        out.append({pos, m_begin + m_length - pos, false});
    return out;
}

namespace {

// δ² of two overlapping sections g (coder i) and h (coder j), as in Krippendorff (2004: 254).
double distance(qint64 bg, qint64 lg, bool ug, qint64 bh, qint64 lh, bool uh)
{
    const double bd = double(bg - bh);
    const double ld = double(lg - lh);
    if (ug && uh && -lg < bd && bd < lh)
        return bd * bd + (bd + ld) * (bd + ld);
    if (ug && !uh && -ld >= bd && bd >= 0)
        return double(lg) * lg; // unit g inside gap h
    if (!ug && uh && -ld <= bd && bd <= 0)
        return double(lh) * lh; // unit h inside gap g
    return 0.0;
}

} // namespace

double UnitizingStudy::observed(const QString &category) const
{
    if (m_coders < 2 || m_length <= 0)
        return 0.0;
    QList<QList<Section>> perCoder;
    for (int c = 0; c < m_coders; ++c)
        perCoder.append(sections(c, category));
    double sum = 0;
    for (int i = 0; i < m_coders; ++i) {
        for (int j = i + 1; j < m_coders; ++j) {
            // Both lists tile the continuum in order: walk them together over overlapping pairs.
            const QList<Section> &a = perCoder[i];
            const QList<Section> &b = perCoder[j];
            qsizetype x = 0, y = 0;
            while (x < a.size() && y < b.size()) {
                const Section &g = a[x];
                const Section &h = b[y];
                sum += distance(g.begin, g.length, g.unit, h.begin, h.length, h.unit);
                const qint64 gEnd = g.begin + g.length;
                const qint64 hEnd = h.begin + h.length;
                x += gEnd <= hEnd ? 1 : 0;
                y += hEnd <= gEnd ? 1 : 0;
            }
        }
    }
    const double L = double(m_length);
    return 2.0 * sum / (double(m_coders) * (m_coders - 1) * L * L);
}

double UnitizingStudy::expected(const QString &category) const
{
    QList<qint64> units;
    QList<qint64> gaps;
    for (int c = 0; c < m_coders; ++c) {
        for (const Section &s : sections(c, category))
            (s.unit ? units : gaps).append(s.length);
    }
    const double N = double(units.size());
    // Σ over gaps at least as long as l of (l_g − l + 1): sorted gaps and suffix sums.
    std::sort(gaps.begin(), gaps.end());
    QList<double> suffix(gaps.size() + 1, 0.0);
    for (qsizetype k = gaps.size() - 1; k >= 0; --k)
        suffix[k] = suffix[k + 1] + double(gaps[k]);
    double numerator = 0;
    double pairsWithin = 0;
    for (qint64 lu : units) {
        const double l = double(lu);
        const qsizetype first = std::lower_bound(gaps.cbegin(), gaps.cend(), lu) - gaps.cbegin();
        const double count = double(gaps.size() - first);
        const double fitting = suffix[first] - count * (l - 1);
        numerator += (N - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * fitting;
        pairsWithin += l * (l - 1);
    }
    const double L = double(m_length);
    const double R = double(m_coders);
    const double denominator = R * L * (R * L - 1) - pairsWithin;
    return denominator > 0 ? (2.0 / L) * numerator / denominator : 0.0;
}

std::pair<double, double> UnitizingStudy::disagreement(const QString &category) const
{
    auto it = m_disagreement.constFind(category);
    if (it == m_disagreement.cend())
        it = m_disagreement.insert(category, {observed(category), expected(category)});
    return *it;
}

Coefficient UnitizingStudy::category(const QString &category) const
{
    Coefficient c;
    for (const auto &perCoder : m_units.value(category))
        c.units += int(perCoder.size());
    if (m_coders < 2 || c.units == 0)
        return c;
    std::tie(c.observed, c.expected) = disagreement(category);
    if (c.observed == 0)
        c.value = 1.0;
    else if (c.expected > 0)
        c.value = 1.0 - c.observed / c.expected;
    return c;
}

Coefficient UnitizingStudy::overall() const
{
    Coefficient c;
    if (m_coders < 2 || m_categories.isEmpty())
        return c;
    double sumObserved = 0, sumExpected = 0;
    for (const QString &category : m_categories) {
        const auto [o, e] = disagreement(category);
        sumObserved += o;
        sumExpected += e;
        for (const auto &perCoder : m_units.value(category))
            c.units += int(perCoder.size());
    }
    const double n = double(m_categories.size());
    c.observed = sumObserved / n;
    c.expected = sumExpected / n;
    if (c.observed == 0)
        c.value = 1.0;
    else if (c.expected > 0)
        c.value = 1.0 - c.observed / c.expected;
    return c;
}

} // namespace Parlance::Agreement
