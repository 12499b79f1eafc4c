// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Proposes commitment threads: commitments from different articles that are the same undertaking
// by the same holder — same holder, the same addressee or none stated, enough content words in
// common (ContentWords), and close enough in time — become the steps of one thread, in date order.
// Threads a person stored (confirmed, split, joined) keep exactly their commitments; a new
// commitment may be proposed as a further step of one. The steps' sentences and moves are filled in
// afterwards (see commitmenttimeline.h).

#include "analysis/commitmentlexicon.h"
#include "commitmentthread.h"
#include "movelexicon.h"
#include "storage/commitmentthreadrecord.h"

#include <QHash>

namespace Parlance::Timeline {

/// What the builder needs of an article.
struct TimelineArticle final {
    qint64 id = 0;
    int number = 0;
    QDate date;      ///< an article without a date has no place on a timeline: its commitments are not proposed
    QString outlet;
    QString title;
};

/// Everything a thread is built from; no database (tests and exports fill it by hand).
struct ThreadInput final {
    QList<TimelineArticle> articles;
    QList<Model::Annotation> commitments;              ///< the commitments a thread may hold (never rejected ones)
    QList<Storage::CommitmentThreadRecord> records;    ///< the stored threads
    QHash<qint64, QString> actorNames;                 ///< holder and addressee names by actor id
};

struct ThreadOptions final {
    bool propose = true;          ///< false: the stored threads only, with their stored commitments
    int windowDays = 120;         ///< a commitment joins a thread with a step at most this far away in time
    double minimumOverlap = 0.6;  ///< content words shared, over the shorter commitment's
    int minimumSharedWords = 2;
    int minimumSteps = 2;         ///< proposed threads with fewer steps (articles) are not threads
    QList<qint64> holderIds;      ///< only threads of these holders; empty: every holder
};

class ThreadBuilder final {
public:
    explicit ThreadBuilder(std::shared_ptr<const Analysis::CommitmentLexicon> commitments = Analysis::CommitmentLexicon::builtIn(),
                           std::shared_ptr<const MoveLexicon> moves = MoveLexicon::builtIn());

    /// The threads, stored ones and proposed ones, ordered by their first step's date and holder.
    /// Steps carry their commitment, article and text; sentences and changes are left empty.
    QList<CommitmentThread> build(const ThreadInput &input, const ThreadOptions &options = {}) const;

private:
    std::shared_ptr<const Analysis::CommitmentLexicon> m_commitments;
    std::shared_ptr<const MoveLexicon> m_moves;
};

} // namespace Parlance::Timeline
