// SPDX-License-Identifier: GPL-2.0-or-later
#include "textalignment.h"

#include <algorithm>

namespace Parlance::Analysis {

TextAlignment::TextAlignment(int lengthA, int lengthB, const QList<Match> &matches)
{
    lengthA = std::max(0, lengthA);
    lengthB = std::max(0, lengthB);
    QList<Match> valid;
    for (const Match &m : matches)
        if (!m.a.isEmpty() && !m.b.isEmpty() && m.a.fitsIn(lengthA) && m.b.fitsIn(lengthB))
            valid.append(m);
    std::sort(valid.begin(), valid.end(), [](const Match &x, const Match &y) {
        return x.a.start != y.a.start ? x.a.start < y.a.start : x.b.start < y.b.start;
    });

    // The largest chain of matches that follow one another in both texts without overlapping
    // (longest increasing subsequence; a few dozen quotes at most, so quadratic is fine).
    const qsizetype n = valid.size();
    QList<int> length(n, 1);
    QList<qsizetype> previous(n, -1);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            const bool follows = valid[j].a.end <= valid[i].a.start && valid[j].b.end <= valid[i].b.start;
            if (follows && length[j] + 1 > length[i]) {
                length[i] = length[j] + 1;
                previous[i] = j;
            }
        }
    }
    qsizetype last = n ? std::max_element(length.cbegin(), length.cend()) - length.cbegin() : -1;
    for (; last >= 0; last = previous[last])
        m_anchors.prepend(valid[last]);

    m_pointsA = {0};
    m_pointsB = {0};
    for (const Match &m : std::as_const(m_anchors)) {
        m_pointsA << m.a.start << m.a.end;
        m_pointsB << m.b.start << m.b.end;
    }
    m_pointsA << lengthA;
    m_pointsB << lengthB;
}

int TextAlignment::map(const QList<int> &from, const QList<int> &to, int position)
{
    if (from.size() < 2)
        return 0;
    position = std::clamp(position, from.first(), from.last());
    // The last point at or before the position, and the segment from it to the next one.
    qsizetype i = std::upper_bound(from.cbegin(), from.cend(), position) - from.cbegin() - 1;
    i = std::clamp<qsizetype>(i, 0, from.size() - 2);
    const int spanFrom = from[i + 1] - from[i];
    const int spanTo = to[i + 1] - to[i];
    if (spanFrom <= 0)
        return to[i];
    return to[i] + int((qint64(position - from[i]) * spanTo + spanFrom / 2) / spanFrom);
}

int TextAlignment::toB(int positionInA) const
{
    return map(m_pointsA, m_pointsB, positionInA);
}

int TextAlignment::toA(int positionInB) const
{
    return map(m_pointsB, m_pointsA, positionInB);
}

} // namespace Parlance::Analysis
