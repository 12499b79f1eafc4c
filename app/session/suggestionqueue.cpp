// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggestionqueue.h"

#include "highlight/precision.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace Parlance::Session {

namespace {

/// Where an annotation stands in the queue's order.
using Key = std::tuple<double, int, qint64>;

Key keyOf(const Model::Annotation &a, SuggestionQueue::Order order)
{
    return {order == SuggestionQueue::Order::LeastConfidentFirst ? a.confidence : 0.0, a.span.start, a.id};
}

} // namespace

bool SuggestionQueue::queues(const Model::Annotation &a, const Options &options)
{
    switch (a.kind) {
    case Model::AnnotationKind::Quote:
        return options.quotes;
    case Model::AnnotationKind::Commitment:
        return options.commitments;
    case Model::AnnotationKind::ActorMention:
        return options.actorMentions;
    default:
        return true;
    }
}

qint64 SuggestionQueue::step(const QList<Model::Annotation> &annotations, int position, qint64 currentId, int direction,
                             const Options &options)
{
    QList<std::pair<Key, qint64>> queue;
    // The place: the current annotation's own key (also once decided, so that accepting moves on
    // from it), or the cursor, before anything that starts there.
    Key place = options.order == Order::Text ? Key{0.0, position, 0}
                                             : Key{-std::numeric_limits<double>::infinity(), 0, 0};
    for (const Model::Annotation &a : annotations) {
        if (currentId && a.id == currentId)
            place = keyOf(a, options.order);
        if (a.origin == Model::Origin::Suggested && queues(a, options) && !Highlight::Precision::belowThreshold(a, options.minConfidence))
            queue.append({keyOf(a, options.order), a.id});
    }
    if (queue.isEmpty())
        return 0;
    std::sort(queue.begin(), queue.end());
    if (direction > 0) {
        const auto it = std::upper_bound(queue.cbegin(), queue.cend(), place,
                                         [](const Key &k, const std::pair<Key, qint64> &e) { return k < e.first; });
        return it != queue.cend() ? it->second : queue.first().second;
    }
    const auto it = std::lower_bound(queue.cbegin(), queue.cend(), place,
                                     [](const std::pair<Key, qint64> &e, const Key &k) { return e.first < k; });
    return it != queue.cbegin() ? std::prev(it)->second : queue.last().second;
}

SuggestionQueue::Progress SuggestionQueue::progress(const QList<Model::Annotation> &annotations, const Options &options)
{
    Progress p;
    for (const Model::Annotation &a : annotations) {
        if (a.origin == Model::Origin::Manual || !queues(a, options))
            continue;
        if (Highlight::Precision::belowThreshold(a, options.minConfidence)) {
            ++p.hidden;
            continue;
        }
        ++p.total;
        p.left += a.origin == Model::Origin::Suggested;
    }
    return p;
}

} // namespace Parlance::Session
