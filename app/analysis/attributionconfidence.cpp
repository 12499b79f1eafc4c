// SPDX-License-Identifier: GPL-2.0-or-later
#include "attributionconfidence.h"

#include <cmath>

namespace Parlance::Analysis {

double AttributionConfidence::of(const AttributionEvidence &e)
{
    using Shape = AttributionEvidence::Shape;
    using Model::SourceKind;
    double score = 0.0;
    switch (e.cueClass) {
    case CueClass::Speech: score += 1.0; break;
    case CueClass::Evidence: score += 0.2; break;
    case CueClass::Belief: score -= 0.1; break;
    case CueClass::Stance: score -= 0.3; break;
    case CueClass::Decision: score -= 0.5; break;
    }
    if (e.plainCue)
        score += 0.8;
    if (!e.hasCue)
        score -= 1.2;
    if (e.quoted)
        score += 0.3;
    if (e.adjacentQuote)
        score += 0.6;
    switch (e.shape) {
    case Shape::ContentAfter: break;
    case Shape::ContentBefore: score += 0.3; break;
    case Shape::Parenthetical: score += 0.2; break;
    case Shape::AccordingTo: score += 0.4; break;
    case Shape::Passive: score -= 0.7; break;
    case Shape::Label: score -= 0.2; break;
    }
    switch (e.sourceKind) {
    case SourceKind::None: score -= 0.9; break;
    case SourceKind::Named: score += 0.3; break;
    case SourceKind::Pronoun: score += 0.2; break;
    case SourceKind::Unnamed:
    case SourceKind::Collective: break;
    case SourceKind::Document: score -= 0.1; break;
    }
    if (e.speakerKnown)
        score += 0.2;
    if (e.contentWords < 3)
        score -= 0.8;
    else if (e.contentWords < 6)
        score -= 0.3;
    if (e.headline)
        score -= 0.4;
    return 1.0 / (1.0 + std::exp(-score));
}

} // namespace Parlance::Analysis
