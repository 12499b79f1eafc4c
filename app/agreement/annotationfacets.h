// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// What a coding study asks of each kind of annotation, and the value an annotation gives:
// the label of its kind (commitment type, category, quote kind, the actor named) and its
// attributes (speaker, holder, negation, strength).

#include "coefficients.h"
#include "model/annotation.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Parlance::Agreement {

/// One question about an annotation.
struct Facet {
    QString name;    ///< "type", "speaker", "holder", "negation", "strength", "quote kind", "actor", "category"
    Metric metric = Metric::Nominal;
    bool isLabel = false; ///< the kind's own label: per-value rows, α_U per value, curation's first test
};

/// Turns annotations into values. Actors and categories become their names (with their id when
/// two share a name), so that values read well in reports.
class AnnotationFacets final {
public:
    AnnotationFacets() = default;
    AnnotationFacets(const QHash<qint64, QString> &actorNames, const QHash<qint64, QString> &categoryNames);

    /// The questions for a kind, its label first.
    static QList<Facet> facets(Model::AnnotationKind kind);
    /// The annotation's answer to `facet`; missing for a strength that is not set.
    Rating value(const Model::Annotation &annotation, const Facet &facet) const;
    /// The label (first facet) of the annotation.
    QString label(const Model::Annotation &annotation) const;
    /// The category α_U places the annotation in: its label where the kind has a closed set of
    /// labels (commitment types, codebook categories), else the kind itself.
    QString unitizingCategory(const Model::Annotation &annotation) const;
    /// Every facet's value, "promise · holder: Russia · negation: no · strength: 0.8".
    QString describe(const Model::Annotation &annotation) const;
    /// True when two annotations answer every facet the same.
    bool sameAnswers(const Model::Annotation &a, const Model::Annotation &b) const;

    QString actorName(qint64 id) const;
    QString categoryName(qint64 id) const;

    /// The text for "none given" (no speaker, no category).
    static QString none();

private:
    QHash<qint64, QString> m_actors;
    QHash<qint64, QString> m_categories;
};

} // namespace Parlance::Agreement
