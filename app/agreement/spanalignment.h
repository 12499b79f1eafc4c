// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Which annotations of different coders mark the same stretch of text: the units of a coding
// study built from spans, and what curation shows side by side.

#include "model/span.h"

#include <QList>
#include <QString>

namespace Parlance::Agreement {

/// When two coders' spans count as the same unit.
struct MatchOptions {
    enum class Mode { Exact, Overlap };
    Mode mode = Mode::Exact;
    /// For Overlap: the least share of the two spans' union that both cover (|a ∩ b| / |a ∪ b|).
    double threshold = 0.5;

    /// How well two spans match: |a ∩ b| / |a ∪ b| (1 for the same span), 0 when they do not
    /// match under these options.
    double score(Model::Span a, Model::Span b) const;
    bool matches(Model::Span a, Model::Span b) const { return score(a, b) > 0; }
};

/// One coder's span, with the label that decides ties (spans with the same label pair first).
struct CodedSpan {
    int coder = 0;
    Model::Span span;
    QString label;
};

/// Spans of different coders that mark the same stretch: at most one per coder, and every two
/// of them match.
struct AlignedUnit {
    QList<int> members; ///< per coder: the index into the aligned list, or -1
    Model::Span span;   ///< the union of the members' spans

    int memberCount() const;
};

/// Groups the spans into units: best-matching pairs first (same label, then larger overlap), each
/// join keeping one span per coder and all members matching. Deterministic: the result does not
/// depend on the order of `spans`. Units come in text order.
QList<AlignedUnit> alignSpans(const QList<CodedSpan> &spans, int coderCount, const MatchOptions &options);

} // namespace Parlance::Agreement
