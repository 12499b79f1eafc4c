// SPDX-License-Identifier: GPL-2.0-or-later
#include "codercomparison.h"

namespace Parlance::Agreement {

int CodedUnit::coderCount() const
{
    return int(std::count_if(byCoder.cbegin(), byCoder.cend(), [](const auto &a) { return a.has_value(); }));
}

QList<Model::Annotation> ArticleComparison::agreed() const
{
    QList<Model::Annotation> out;
    for (const CodedUnit &unit : units) {
        if (!unit.isUnanimous())
            continue;
        for (const auto &a : unit.byCoder) {
            if (!a)
                continue;
            Model::Annotation copy = *a;
            copy.id = 0;
            copy.uuid.clear();
            copy.coder.clear();
            copy.origin = Model::Origin::Manual;
            out.append(copy);
            break;
        }
    }
    return out;
}

QList<CodedUnit> ArticleComparison::disagreements() const
{
    QList<CodedUnit> out;
    for (const CodedUnit &unit : units) {
        if (!unit.isUnanimous())
            out.append(unit);
    }
    return out;
}

ArticleComparison compareCoders(const QList<QList<Model::Annotation>> &byCoder, const AnnotationFacets &facets,
                                const MatchOptions &options)
{
    ArticleComparison result;
    const int coders = int(byCoder.size());
    using K = Model::AnnotationKind;
    for (K kind : {K::Quote, K::ActorMention, K::Commitment, K::Category}) {
        QList<const Model::Annotation *> pool;
        QList<CodedSpan> spans;
        for (int c = 0; c < coders; ++c) {
            for (const Model::Annotation &a : byCoder[c]) {
                if (a.kind != kind || !a.isConfirmed())
                    continue;
                pool.append(&a);
                spans.append({c, a.span, facets.label(a)});
            }
        }
        const QList<AlignedUnit> aligned = alignSpans(spans, coders, options);
        const QList<Facet> questions = AnnotationFacets::facets(kind);
        for (const AlignedUnit &au : aligned) {
            CodedUnit unit;
            unit.kind = kind;
            unit.span = au.span;
            unit.byCoder.resize(coders);
            const Model::Annotation *first = nullptr;
            bool sameBounds = true;
            for (int c = 0; c < coders; ++c) {
                if (au.members[c] < 0)
                    continue;
                const Model::Annotation &a = *pool[au.members[c]];
                unit.byCoder[c] = a;
                if (!first)
                    first = &a;
                else if (a.span != first->span)
                    sameBounds = false;
            }
            if (au.memberCount() < coders || !sameBounds)
                unit.differences.append(QStringLiteral("marked"));
            for (const Facet &f : questions) {
                std::optional<Rating> seen;
                bool differs = false;
                for (const auto &a : unit.byCoder) {
                    if (!a)
                        continue;
                    const Rating v = facets.value(*a, f);
                    if (seen && *seen != v)
                        differs = true;
                    seen = v;
                }
                if (differs)
                    unit.differences.append(f.name);
            }
            result.units.append(unit);
        }
    }
    return result;
}

} // namespace Parlance::Agreement
