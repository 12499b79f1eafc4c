// SPDX-License-Identifier: GPL-2.0-or-later
#include "curation.h"

#include <QHash>

#include <algorithm>

namespace Parlance::Agreement {

using Model::Annotation;

int CurationState::disagreementCount() const
{
    return int(std::count_if(units.cbegin(), units.cend(), [](const CurationUnit &u) { return !u.unit.isUnanimous(); }));
}

int CurationState::openCount() const
{
    return int(std::count_if(units.cbegin(), units.cend(), [](const CurationUnit &u) {
        return !u.unit.isUnanimous() && u.decision == CurationDecision::Open;
    }));
}

int CurationState::nextOpen(int from, int direction) const
{
    for (int i = from + direction; i >= 0 && i < units.size(); i += direction) {
        if (!units[i].unit.isUnanimous() && units[i].decision == CurationDecision::Open)
            return i;
    }
    return -1;
}

Annotation curatedCopy(const Annotation &version, const QString &curator)
{
    Annotation copy = version;
    copy.id = 0;
    copy.uuid.clear();
    copy.coder = curator;
    copy.origin = Model::Origin::Manual;
    copy.created = {};
    copy.modified = {};
    return copy;
}

Annotation rejectionOf(const CodedUnit &unit, const QString &curator)
{
    for (const auto &version : unit.byCoder) {
        if (!version)
            continue;
        Annotation marker = curatedCopy(*version, curator);
        marker.origin = Model::Origin::Rejected;
        marker.span = unit.span;
        return marker;
    }
    return {};
}

namespace {

bool sameAnnotation(const Annotation &a, const Annotation &b, const AnnotationFacets &facets)
{
    return a.kind == b.kind && a.span == b.span && facets.sameAnswers(a, b);
}

} // namespace

CurationState curationOf(const QList<Annotation> &annotations, const QString &curator, const AnnotationFacets &facets,
                         const MatchOptions &options)
{
    CurationState state;
    state.curator = curator;
    QHash<QString, QList<Annotation>> byCoder;
    QList<Annotation> layer;
    for (const Annotation &a : annotations) {
        if (a.coder == curator) {
            if (a.origin != Model::Origin::Suggested)
                layer.append(a);
        } else if (a.isConfirmed() && !a.coder.isEmpty()) {
            byCoder[a.coder].append(a);
        }
    }
    state.coders = byCoder.keys();
    std::sort(state.coders.begin(), state.coders.end());
    if (state.coders.size() < 2)
        return state; // nothing to compare
    QList<QList<Annotation>> lists;
    for (const QString &c : std::as_const(state.coders))
        lists.append(byCoder.value(c));
    const ArticleComparison comparison = compareCoders(lists, facets, options);

    // Each of the curator's annotations decides the unit of its kind that contains it.
    QList<bool> used(layer.size(), false);
    for (const CodedUnit &unit : comparison.units) {
        CurationUnit cu{unit, CurationDecision::Open, {}, -1};
        for (qsizetype i = 0; i < layer.size(); ++i) {
            const Annotation &c = layer[i];
            if (used[i] || c.kind != unit.kind || c.span.start < unit.span.start || c.span.end > unit.span.end)
                continue;
            used[i] = true;
            cu.curated.append(c);
        }
        for (const Annotation &c : std::as_const(cu.curated)) {
            if (c.origin == Model::Origin::Rejected) {
                if (cu.decision == CurationDecision::Open)
                    cu.decision = CurationDecision::Rejected;
                continue;
            }
            cu.decision = CurationDecision::Accepted;
            for (int k = 0; k < unit.byCoder.size() && cu.acceptedCoder < 0; ++k) {
                if (unit.byCoder[k] && sameAnnotation(*unit.byCoder[k], c, facets))
                    cu.acceptedCoder = k;
            }
        }
        if (unit.isUnanimous() && cu.decision == CurationDecision::Open) {
            for (const auto &version : unit.byCoder) {
                if (version) {
                    state.toPreMerge.append(curatedCopy(*version, curator));
                    break;
                }
            }
        }
        state.units.append(cu);
    }
    return state;
}

} // namespace Parlance::Agreement
