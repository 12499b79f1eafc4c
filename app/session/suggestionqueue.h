// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The order in which a person reviews an article's pending suggestions (N and P in the window):
// quotes, commitments and categories by default (actor mentions are reviewed once per actor, in the
// Actors panel), in reading order or least confident first, from where the person is, wrapping
// around at either end.

#include "model/annotation.h"

#include <QList>

namespace Parlance::Session {

enum class QueueOrder { Text, LeastConfidentFirst };

/// What the review queue holds, and in what order.
struct QueueOptions {
    bool quotes = true;         ///< quotes are in the queue
    bool commitments = true;    ///< commitments are in the queue
    bool actorMentions = false; ///< actor mentions are in the queue too
    QueueOrder order = QueueOrder::Text;
    /// Suggestions less confident than this are hidden in the views (View > Hide Suggestions
    /// Below) and skipped here too.
    double minConfidence = 0.0;
    friend bool operator==(const QueueOptions &, const QueueOptions &) = default;
};

/// How far a person is with an article: suggestions still pending, of all the analysis made
/// (pending, accepted or rejected) of the kinds in the queue.
struct QueueProgress {
    int left = 0;
    int total = 0;
    int hidden = 0; ///< pending but below the confidence threshold: not in `left`, not stepped to
};

class SuggestionQueue final {
public:
    using Order = QueueOrder;
    using Options = QueueOptions;
    using Progress = QueueProgress;

    /// The pending suggestion after (`direction` +1) or before (-1) the place a person is at: the
    /// annotation `currentId` (pending or just decided), or else the cursor at `position`.
    /// 0 when the queue is empty.
    static qint64 step(const QList<Model::Annotation> &annotations, int position, qint64 currentId, int direction,
                       const Options &options = {});
    static Progress progress(const QList<Model::Annotation> &annotations, const Options &options = {});
    /// Whether the options let an annotation of this kind into the queue.
    static bool queues(const Model::Annotation &annotation, const Options &options);
};

} // namespace Parlance::Session
