// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/annotation.h"

namespace Parlance::Highlight {

/// What the views leave out so that what they draw can be trusted (View menu): suggestions the
/// analysis is not sure enough of, and the definition's word classes (modals, hedges, times, …).
/// Confirmed annotations are always drawn.
struct Precision final {
    double minConfidence = 0.0; ///< suggestions with a lower confidence are not drawn (0: all are)
    bool wordClasses = true;    ///< the lexical layer's word classes are drawn

    /// Whether `a` is a suggestion hidden by the threshold. A suggestion without a confidence
    /// (made before schema version 7) is never hidden: nothing says it is weak.
    static bool belowThreshold(const Model::Annotation &a, double minConfidence)
    {
        return a.origin == Model::Origin::Suggested && a.confidence >= 0.0 && a.confidence < minConfidence;
    }
    bool hides(const Model::Annotation &a) const { return belowThreshold(a, minConfidence); }

    friend bool operator==(const Precision &, const Precision &) = default;
};

} // namespace Parlance::Highlight
