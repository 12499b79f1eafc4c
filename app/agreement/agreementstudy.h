// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Inter-coder agreement of a project: each coder's confirmed annotations, paired into units
// article by article (see spanalignment.h), then per kind, per label value and per attribute the
// coefficients of coefficients.h, and where the coders put their spans, α_U (unitizing.h).

#include "codercomparison.h"
#include "coefficients.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parlance::Agreement {

/// An article with every coder's annotations.
struct StudyArticle {
    qint64 id = 0;
    int number = 0; ///< as `parlance info` numbers it
    QString title;
    QString text;
    QList<Model::Annotation> annotations; ///< all coders, any origin
};

/// What a study reads from a project (see loadStudy() in studyloader.h).
struct StudyData {
    QList<StudyArticle> articles;
    QHash<qint64, QString> actorNames;
    QHash<qint64, QString> categoryNames;
    /// Every coder with a confirmed annotation, sorted.
    QStringList coders() const;
};

struct StudyOptions {
    QStringList coders; ///< empty: every coder with a confirmed annotation
    std::optional<Model::AnnotationKind> kind; ///< empty: every kind
    MatchOptions match;
};

/// One line of the table: a kind's label, one value of it against the rest, or an attribute.
struct AgreementRow {
    Model::AnnotationKind kind = Model::AnnotationKind::Quote;
    QString facet;  ///< "type", "holder", …
    QString value;  ///< for a per-value row (one commitment type, one category): that value
    Metric metric = Metric::Nominal;
    int units = 0;  ///< units at least two coders rated
    Coefficient percent;
    Coefficient kappa; ///< Cohen's κ for two coders, Fleiss' κ (units every coder rated) for more
    Coefficient alpha;
    Coefficient ac1;
    Coefficient alphaU; ///< where the spans are (label and per-value rows only)
};

/// Two coders on one kind's label.
struct PairAgreement {
    Model::AnnotationKind kind = Model::AnnotationKind::Quote;
    int a = 0, b = 0; ///< indexes into AgreementResult::coders
    Coefficient kappa;
    Coefficient alpha;
    Coefficient alphaU;
};

/// A unit the coders did not agree on, with its text.
struct Disagreement {
    qint64 articleId = 0;
    int articleNumber = 0;
    QString articleTitle;
    CodedUnit unit;
    QString text;             ///< the text of the unit's span
    QStringList byCoder;      ///< what each coder said ("—" for nothing)
};

struct AgreementResult {
    QStringList coders;
    StudyOptions options;
    int articles = 0;      ///< articles with a confirmed annotation of a chosen coder
    int codedArticles = 0; ///< articles every chosen coder worked on: the continuum of α_U
    QList<AgreementRow> rows;
    QList<PairAgreement> pairs;
    QList<Disagreement> disagreements;

    QString kappaName() const; ///< "Cohen's κ" or "Fleiss' κ"
};

/// Computes the agreement of `data` under `options`.
AgreementResult computeAgreement(const StudyData &data, const StudyOptions &options);

/// The kinds a study reports, in report order.
QList<Model::AnnotationKind> studyKinds(const StudyOptions &options);

} // namespace Parlance::Agreement
