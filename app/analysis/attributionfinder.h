// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Finds attributions — who said, wrote, thinks or holds what — at the level of the reported clause.
// Every attribution has a cue (a verb of speech, belief, stance, evidence or decision from
// reporting-verbs.txt with the frames it takes; "according to"; a colon or a dash in a headline or a
// transcript), a source (the words that name who: a name, a pronoun, an unnamed or collective
// source, a document) and content spans, discontinuous where the text is: “A,” said X. “B.” is one
// attribution with two parts, and so is "The test, X said, was its biggest". Quotation marks decide
// the kind: direct (all quoted), partial (a reported clause with quoted fragments), mixed (quoted
// sentences and reported words), indirect, headline, or stance for cues that are not speech.
// Fragments in quotation marks with no cue (scare quotes, titles) are no attributions.
//
// The speaker is the actor the source names (SpeakerResolver), and every attribution has a confidence
// (AttributionConfidence). Each rule looks at a bounded window of words, so the time is linear.

#include "actorfinder.h"
#include "analysisresult.h"
#include "lexicons.h"
#include "quotemarks.h"
#include "textsegmenter.h"

#include <QList>
#include <QStringView>

namespace Parlance::Analysis {

class AttributionFinder final {
public:
    explicit AttributionFinder(const Lexicons &lexicons) : m_lexicons(lexicons) {}

    /// The attributions of `text` in text order. `runOfToken` gives for every token the quoted run that
    /// contains it (-1: none).
    QList<FoundQuote> find(QStringView text, const TextSegmentation &segmentation, const QList<QuoteRun> &runs,
                           const QList<int> &runOfToken, const ActorTable &actors) const;

private:
    const Lexicons &m_lexicons;
};

} // namespace Parlance::Analysis
