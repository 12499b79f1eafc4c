// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Curation of one article (issue 16): the coders' annotations compared unit by unit
// (compareCoders()), and what the curator has decided so far. The curator's layer is the
// curator's own annotations: a confirmed one is a version taken in, a rejected one (origin
// Rejected) records "left out", so that curating again shows every decision as it was made.
// No widgets and no writes: the curation view shows this and writes through CurateCommand.

#include "codercomparison.h"

namespace Parlance::Agreement {

enum class CurationDecision { Open, Accepted, Rejected };

struct CurationUnit {
    CodedUnit unit;
    CurationDecision decision = CurationDecision::Open;
    /// The curator's annotations that decided it (normally one).
    QList<Model::Annotation> curated;
    /// The coder whose version was taken in (-1: none, or the curator's own edit matches no coder).
    int acceptedCoder = -1;
};

struct CurationState {
    QString curator;
    QStringList coders;            ///< compared, in name order (the curator is never one of them)
    QList<CurationUnit> units;     ///< every unit in text order, agreed ones included
    /// Agreed annotations not yet in the curator's layer, ready to be taken in (with the curator as
    /// their coder).
    QList<Model::Annotation> toPreMerge;

    int disagreementCount() const;
    int openCount() const;
    /// The next (direction +1) or previous (-1) open disagreement after `from`; -1 when none.
    int nextOpen(int from, int direction) const;
};

/// The curation state of an article given all its annotations. Only confirmed annotations of the
/// other coders are compared; coders without any confirmed annotation in the article are left out.
CurationState curationOf(const QList<Model::Annotation> &annotations, const QString &curator,
                         const AnnotationFacets &facets, const MatchOptions &options = {});

/// A coder's version of a unit as the curator's annotation.
Model::Annotation curatedCopy(const Model::Annotation &version, const QString &curator);
/// What records that the curator left a unit out: its first coder's version, rejected, over the
/// unit's whole span.
Model::Annotation rejectionOf(const CodedUnit &unit, const QString &curator);

} // namespace Parlance::Agreement
