// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Classifies each step of a commitment thread against the step before: first made, repeated,
// strengthened or softened (the rung on the modality ladder moved; hedges or boosters added or
// dropped), made conditional or unconditional, negated or reinstated, and — where the sentence says
// so, in the words of commitment-moves.txt — withdrawn, fulfilled or broken. The words that changed
// come from Analysis::QuoteMatcher::diff, the comparison linked quotes use.

#include "analysis/commitmentlexicon.h"
#include "commitmentthread.h"
#include "movelexicon.h"

namespace Parlance::Timeline {

class MoveClassifier final {
public:
    explicit MoveClassifier(std::shared_ptr<const Analysis::CommitmentLexicon> commitments = Analysis::CommitmentLexicon::builtIn(),
                            std::shared_ptr<const MoveLexicon> moves = MoveLexicon::builtIn());

    /// How `step` moved against `previous` (null: `step` is the first). Reads the steps' text,
    /// sentence, strength, negation and condition, and whether `previous` was withdrawn.
    StepChange classify(const CommitmentStep *previous, const CommitmentStep &step) const;
    /// Sets the change of every step of `thread`.
    void classify(CommitmentThread &thread) const;

    /// What the sentence around a step says became of it: Withdrawn, Fulfilled, Broken, or no flag;
    /// the words that say so go to `cue`.
    Moves statusOf(const CommitmentStep &step, QString *cue = nullptr) const;

    /// A change of strength smaller than this is no change (strengths are rungs 0.2 apart, hedges 0.1).
    double strengthTolerance = 0.05;

private:
    struct Hedge {
        QString words;
        double shift = 0.0;
    };
    QList<Hedge> hedgesIn(QStringView text) const;

    std::shared_ptr<const Analysis::CommitmentLexicon> m_commitments;
    std::shared_ptr<const MoveLexicon> m_moves;
};

} // namespace Parlance::Timeline
