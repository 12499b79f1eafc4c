// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "span.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Parlance::Model {

enum class AnnotationKind { Quote, ActorMention, Commitment, Category };

/// Who made an annotation and whether a person has confirmed it.
enum class Origin {
    Manual,    ///< made by a person
    Suggested, ///< proposed by the automatic analysis, not yet reviewed
    Accepted,  ///< proposed by the analysis and confirmed by a person
    Rejected,  ///< proposed and rejected; kept so that re-analysis does not propose it again
};

/// What a quote (an attribution) is: the words themselves (direct), the reporter's words (indirect),
/// the reporter's words with quoted fragments (partial), whole quoted sentences and reported words in
/// one attribution (mixed), a headline's, or a belief, stance, piece of evidence or decision rather
/// than speech (stance). Stored by name, so a new kind needs no column.
enum class QuoteKind { Direct, Indirect, Headline, Partial, Mixed, Stance };

/// What names the source of a quote: a name ("Blinken"), a pronoun ("she"), an unnamed person ("a
/// senior official"), a group speaking as one ("the campaign", "Democrats"), a document ("the
/// statement", "a poll"); None when the text names no source.
enum class SourceKind { None, Named, Pronoun, Unnamed, Collective, Document };

enum class CommitmentType { Promise, Threat, Demand, Offer, Plan, Assurance, Refusal, Agreement };

// Stable lower-case names used in files, JSON and the project schema; fromName() returns
// std::nullopt-like defaults through the `ok` flag for unknown names.
QString annotationKindName(AnnotationKind kind);
AnnotationKind annotationKindFromName(QStringView name, bool *ok = nullptr);
QString originName(Origin origin);
Origin originFromName(QStringView name, bool *ok = nullptr);
QString quoteKindName(QuoteKind kind);
QuoteKind quoteKindFromName(QStringView name, bool *ok = nullptr);
QString commitmentTypeName(CommitmentType type);
CommitmentType commitmentTypeFromName(QStringView name, bool *ok = nullptr);
QList<CommitmentType> allCommitmentTypes();
QList<QuoteKind> allQuoteKinds();
QString sourceKindName(SourceKind kind);
SourceKind sourceKindFromName(QStringView name, bool *ok = nullptr);

/// One annotation on an article: a span plus what it is. Flat on purpose: the kinds share most
/// attributes (an actor, a note, a coder), and a flat value maps one-to-one onto a table row.
struct Annotation final {
    qint64 id = 0;        ///< 0 until stored in a project
    qint64 articleId = 0;
    Span span;            ///< the whole annotated text (for a split quote: from its first part to its last)

    // The text-quote anchor (W3C TextQuoteSelector): the covered text and a little context, so an
    // annotation can be checked and re-anchored if offsets ever disagree with the text.
    QString exact;
    QString prefix;
    QString suffix;

    AnnotationKind kind = AnnotationKind::Quote;
    Origin origin = Origin::Manual;

    /// The speaker of a quote, the holder of a commitment, the actor an actor mention names (0: none).
    qint64 actorId = 0;
    /// Whom a quote or commitment is addressed to (0: none stated).
    qint64 addresseeId = 0;

    // Quotes
    QuoteKind quoteKind = QuoteKind::Direct;
    QList<Span> contentParts; ///< the quoted words without quotation marks; several for a split quote
    Span cue;                 ///< the reporting verb or phrase ("said", "told reporters")
    Span source;              ///< the words naming the speaker ("Blinken", "he", "the ministry")
    SourceKind sourceKind = SourceKind::None;

    // Commitments
    CommitmentType commitmentType = CommitmentType::Promise;
    double strength = -1.0;   ///< 0..1 on the modality ladder; negative when not set
    bool negated = false;
    Span condition;           ///< "if …", "unless …"
    Span time;                ///< "next week"

    // Codebook categories
    qint64 categoryId = 0;

    /// How sure the analysis is of a suggestion, 0..1 (the share of its band found right on real news);
    /// negative for an annotation a person made.
    double confidence = -1.0;

    QString note;
    QString coder;
    QDateTime created;
    QDateTime modified;
    /// Stable identity across copies of a project (distribute, merge); assigned when first stored.
    QString uuid = {};

    /// A person made or confirmed it.
    bool isConfirmed() const { return origin == Origin::Manual || origin == Origin::Accepted; }

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

/// A category of a project's codebook, applied to text by a key (number keys in the view).
struct CodebookCategory final {
    qint64 id = 0;
    QString name;
    QColor color;
    QString shortcut;     ///< a QKeySequence in portable text form, e.g. "1"
    QString description;
    QString uuid = {}; ///< stable identity across copies of a project; assigned when first stored

    friend bool operator==(const CodebookCategory &, const CodebookCategory &) = default;
};

} // namespace Parlance::Model
