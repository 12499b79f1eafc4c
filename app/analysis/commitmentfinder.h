// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Finds commitments — promises, threats and warnings, demands, offers, plans, assurances and
// denials, refusals, agreements — with their holder, addressee, condition, time, negation and
// strength on the modality ladder. Rules over the segmentation and the lexicons in
// resources/lexicons/ (commissive-verbs, modality, hedges-boosters, negation, conditions,
// time-expressions); no per-token regular expressions.

#include "analysisresult.h"
#include "commitmentlexicon.h"
#include "textsegmenter.h"

#include <memory>

namespace Parlance::Analysis {

class CommitmentFinder final {
public:
    explicit CommitmentFinder(std::shared_ptr<const CommitmentLexicon> lexicon = CommitmentLexicon::builtIn());

    /// The commitments in `text`, in text order. `actors` (with their mentions) name holders and
    /// addressees; `quotes` give the speaker behind "we" and "I" and behind a commitment reported in
    /// their words. Both may be empty: holders are then left empty where the text alone does not
    /// name them.
    QList<FoundCommitment> find(QStringView text, const TextSegmentation &segmentation,
                                const QList<FoundActor> &actors, const QList<FoundQuote> &quotes) const;

private:
    std::shared_ptr<const CommitmentLexicon> m_lexicon;
};

} // namespace Parlance::Analysis
