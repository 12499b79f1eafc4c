// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Several coders' annotations of one article, stretch by stretch: what they agree on and where
// they differ. The agreement report lists the differences; curation starts from the agreed
// annotations and puts the differences before a person.

#include "annotationfacets.h"
#include "spanalignment.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Parlance::Agreement {

/// One stretch of an article of one kind, as each coder annotated it.
struct CodedUnit {
    Model::AnnotationKind kind = Model::AnnotationKind::Quote;
    Model::Span span; ///< the union of the coders' spans
    QList<std::optional<Model::Annotation>> byCoder; ///< per coder; empty where the coder marked nothing
    /// Why the coders differ: "marked" when not every coder marked it (or marked it with other
    /// bounds), then the facets answered differently ("type", "holder", …). Empty when unanimous.
    QStringList differences;

    bool isUnanimous() const { return differences.isEmpty(); }
    int coderCount() const;
};

struct ArticleComparison {
    QList<CodedUnit> units; ///< every unit, by kind in text order

    /// One annotation per unanimous unit: the first coder's, with its identity, coder and origin
    /// cleared (a curator's layer takes them as its own).
    QList<Model::Annotation> agreed() const;
    QList<CodedUnit> disagreements() const;
};

/// Compares coders' confirmed annotations of one article (`byCoder[c]`: coder c's annotations;
/// suggestions and rejected ones are left out). Spans pair up by `options`; an exact match of
/// bounds is needed for a unit to count as unanimous.
ArticleComparison compareCoders(const QList<QList<Model::Annotation>> &byCoder, const AnnotationFacets &facets,
                                const MatchOptions &options = {});

} // namespace Parlance::Agreement
