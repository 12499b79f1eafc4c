// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A commitment followed through the news: the same undertaking by the same holder, made in one
// article and taken up again in later ones. Each step is one article's mention of it, classified
// against the step before (its "move": repeated, softened, withdrawn …) with the words that changed.
// Plain values, shared by the timeline view, the reports, the exporters and `parlance timeline`.

#include "analysis/quotematcher.h"
#include "model/annotation.h"

#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

namespace Parlance::Timeline {

/// How a step moved the commitment against the step before. Several can hold at once (softened
/// and made conditional); Repeated only when nothing else did.
enum class Move : quint16 {
    First = 0x1,             ///< the first step of the thread: the commitment made
    Repeated = 0x2,          ///< said again without a change that counts
    Strengthened = 0x4,      ///< a higher rung on the modality ladder, or a hedge dropped / booster added
    Softened = 0x8,          ///< a lower rung, or a hedge added / booster dropped
    MadeConditional = 0x10,  ///< now tied to a condition ("if …", "only if …")
    MadeUnconditional = 0x20,///< the condition is gone
    Negated = 0x40,          ///< now stated in the negative ("will not send")
    Reinstated = 0x80,       ///< was negated or withdrawn, is stated positively again
    Withdrawn = 0x100,       ///< the text says it was withdrawn, dropped, shelved …
    Fulfilled = 0x200,       ///< the text says it was kept, delivered, honoured …
    Broken = 0x400,          ///< the text says it was broken, reneged on, violated …
};
Q_DECLARE_FLAGS(Moves, Move)

/// The stable lower-case names used in files, CSV and JSON ("first", "softened", "conditional" …).
QString moveName(Move move);
Move moveFromName(QStringView name, bool *ok = nullptr);
/// The moves of a set in the order above, as names joined with "+" ("softened+conditional").
QString movesName(Moves moves);
Moves movesFromName(QStringView names, bool *ok = nullptr);
/// Every move, in the order above.
QList<Move> allMoves();

/// What changed from one step to the next.
struct StepChange final {
    Moves moves;
    double strengthBefore = -1.0;  ///< the previous step's strength (negative: first step or unset)
    QStringList hedgesAdded;       ///< hedges or boosters the step has and the previous one had not
    QStringList hedgesDropped;
    QString cue;                   ///< the words that said it was withdrawn, fulfilled or broken
    /// Word by word against the previous step's text (Analysis::QuoteMatcher::diff): side a marks the
    /// previous step's words, side b this step's (spans into each step's `text`).
    Analysis::WordDiff diff;
    QStringList wordsDropped;      ///< the previous step's words that are not in this one (in order)
    QStringList wordsAdded;        ///< this step's words that were not in the previous one
};

/// One article's mention of the thread's commitment.
struct CommitmentStep final {
    Model::Annotation commitment;  ///< the commitment (the first one in the article, if it has several)
    QList<qint64> alsoIn;          ///< further commitments of the same article in this thread
    qint64 articleId = 0;
    int articleNumber = 0;         ///< as `parlance info` numbers articles
    QDate date;
    QString outlet;
    QString articleTitle;
    QString text;                  ///< the commitment's words (its span's text)
    QString sentence;              ///< the sentence it stands in; empty when the text was not at hand
    int sentenceStart = -1;        ///< where `sentence` starts in the article's text
    QString condition;             ///< the condition's words ("only if the monitors carried no weapons"), if any
    bool stored = false;           ///< a person put it in this thread (else: proposed)
    StepChange change;

    qint64 commitmentId() const { return commitment.id; }
};

/// A commitment thread: steps in date order (then article order), at most one step per article.
struct CommitmentThread final {
    qint64 id = 0;                 ///< the stored thread's id; 0 for a proposed thread
    QString label;                 ///< the name a person gave it; empty: none (see title())
    qint64 holderId = 0;
    QString holder;
    qint64 addresseeId = 0;        ///< 0 when no step names one
    QString addressee;
    QList<CommitmentStep> steps;

    bool isStored() const { return id != 0; }
    /// Stored, and every step is one a person put there.
    bool isConfirmed() const;
    /// Every commitment in the thread (steps and their further mentions).
    QList<qint64> commitmentIds() const;
    /// What to call it: the label, else the holder and the first step's words.
    QString title() const;
    /// A key that stays the same while the thread does: its id, else its first commitment's id
    /// (negative, so that the two never meet).
    qint64 key() const;
};

} // namespace Parlance::Timeline

Q_DECLARE_OPERATORS_FOR_FLAGS(Parlance::Timeline::Moves)
