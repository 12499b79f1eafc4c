// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/span.h"

#include <QList>

namespace Parlance::Analysis {

/// Corresponding places in two tellings of one story (two outlets' articles, a statement and its
/// coverage): a position in one text maps to the position in the other that tells the same part.
///
/// Passages known to match (linked quotes) are the anchors; between them, and where there are none,
/// positions are interpolated by length. Outlets sometimes tell things in another order: matches
/// that cross others are left out, keeping the largest set in the same order in both texts, so
/// that moving forward in one text always moves forward in the other.
class TextAlignment final {
public:
    struct Match {
        Model::Span a; ///< in the first text
        Model::Span b; ///< in the second text
    };

    TextAlignment() = default;
    TextAlignment(int lengthA, int lengthB, const QList<Match> &matches);

    /// The position in the second text that corresponds to `position` in the first, and back.
    int toB(int positionInA) const;
    int toA(int positionInB) const;

    /// The matches kept as anchors, in text order.
    const QList<Match> &anchors() const { return m_anchors; }

private:
    static int map(const QList<int> &from, const QList<int> &to, int position);

    QList<Match> m_anchors;
    /// Corresponding points (never decreasing in either text), from (0, 0) to the two lengths.
    QList<int> m_pointsA;
    QList<int> m_pointsB;
};

} // namespace Parlance::Analysis
