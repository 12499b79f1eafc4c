// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// How sure an attribution is, from what the finder saw: the kind of cue (a plain verb of speech is
// surer than a verb of stance), whether the words are quoted, whether the source was found and is a
// known actor, how the parts stand to each other. A hand-set additive score on the logistic scale —
// not weights learned from any corpus — whose bands are checked against PolNeAR's development split
// by `./dev eval-polnear` (precision rising with the band; see doc/analysis-evaluation.md).

#include "lexicons.h"

#include "model/annotation.h"

namespace Parlance::Analysis {

struct AttributionEvidence {
    enum class Shape : quint8 {
        ContentAfter,   ///< X said (that) …
        ContentBefore,  ///< …, X said.
        Parenthetical,  ///< The test, X said, was …
        AccordingTo,    ///< according to X, …
        Passive,        ///< X was criticised for …
        Label,          ///< X: … (a transcript turn, a headline)
    };
    Shape shape = Shape::ContentAfter;
    CueClass cueClass = CueClass::Speech;
    bool hasCue = true;
    bool plainCue = false;      ///< said, told, according to …
    bool quoted = false;        ///< the content is in quotation marks, wholly or in part
    bool adjacentQuote = false; ///< the cue and source stand right by a quotation
    Model::SourceKind sourceKind = Model::SourceKind::None;
    bool speakerKnown = false;
    int contentWords = 0;
    bool headline = false;
};

class AttributionConfidence final {
public:
    static double of(const AttributionEvidence &e);
};

} // namespace Parlance::Analysis
