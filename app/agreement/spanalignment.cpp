// SPDX-License-Identifier: GPL-2.0-or-later
#include "spanalignment.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace Parlance::Agreement {

double MatchOptions::score(Model::Span a, Model::Span b) const
{
    if (!a.isValid() || !b.isValid())
        return 0.0;
    if (a == b)
        return 1.0;
    if (mode == Mode::Exact)
        return 0.0;
    const int common = std::min(a.end, b.end) - std::max(a.start, b.start);
    const int united = std::max(a.end, b.end) - std::min(a.start, b.start);
    if (common <= 0 || united <= 0)
        return 0.0;
    const double share = double(common) / united;
    return share + 1e-12 >= threshold ? share : 0.0;
}

int AlignedUnit::memberCount() const
{
    return int(std::count_if(members.cbegin(), members.cend(), [](int m) { return m >= 0; }));
}

QList<AlignedUnit> alignSpans(const QList<CodedSpan> &spans, int coderCount, const MatchOptions &options)
{
    // A canonical order, so that the input order never matters.
    QList<int> order(spans.size());
    std::iota(order.begin(), order.end(), 0);
    auto key = [&](int i) { return std::tuple(spans[i].span.start, spans[i].span.end, spans[i].coder, spans[i].label); };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });

    struct Edge {
        bool sameLabel;
        double score;
        int first, second; // positions in `order`
    };
    QList<Edge> edges;
    for (int x = 0; x < order.size(); ++x) {
        const CodedSpan &a = spans[order[x]];
        for (int y = x + 1; y < order.size(); ++y) {
            const CodedSpan &b = spans[order[y]];
            if (b.span.start >= a.span.end && !(a.span.isEmpty() && b.span == a.span))
                break; // sorted by start: nothing later overlaps a
            if (a.coder == b.coder)
                continue;
            const double s = options.score(a.span, b.span);
            if (s > 0)
                edges.append({a.label == b.label, s, x, y});
        }
    }
    std::stable_sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) {
        if (a.sameLabel != b.sameLabel)
            return a.sameLabel;
        if (a.score != b.score)
            return a.score > b.score;
        return std::tie(a.first, a.second) < std::tie(b.first, b.second);
    });

    // Clusters of positions; joined when coders are disjoint and every cross pair matches.
    QList<int> cluster(order.size());
    std::iota(cluster.begin(), cluster.end(), 0);
    QList<QList<int>> members(order.size());
    for (int x = 0; x < order.size(); ++x)
        members[x] = {x};
    for (const Edge &e : std::as_const(edges)) {
        const int c1 = cluster[e.first], c2 = cluster[e.second];
        if (c1 == c2)
            continue;
        bool ok = true;
        for (int p : std::as_const(members[c1])) {
            for (int q : std::as_const(members[c2])) {
                const CodedSpan &a = spans[order[p]], &b = spans[order[q]];
                if (a.coder == b.coder || !options.matches(a.span, b.span)) {
                    ok = false;
                    break;
                }
            }
            if (!ok)
                break;
        }
        if (!ok)
            continue;
        for (int q : std::as_const(members[c2]))
            cluster[q] = c1;
        members[c1].append(members[c2]);
        members[c2].clear();
    }

    QList<AlignedUnit> units;
    for (int x = 0; x < order.size(); ++x) {
        if (cluster[x] != x)
            continue;
        AlignedUnit unit;
        unit.members.fill(-1, coderCount);
        for (int p : std::as_const(members[x])) {
            const CodedSpan &s = spans[order[p]];
            if (s.coder >= 0 && s.coder < coderCount)
                unit.members[s.coder] = order[p];
            unit.span = unit.span.united(s.span);
        }
        units.append(unit);
    }
    std::stable_sort(units.begin(), units.end(), [](const AlignedUnit &a, const AlignedUnit &b) {
        return std::tie(a.span.start, a.span.end) < std::tie(b.span.start, b.span.end);
    });
    return units;
}

} // namespace Parlance::Agreement
