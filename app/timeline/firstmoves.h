// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// "Who moved first": when several holders are followed together, the order in which each first
// changed one of its commitments (a move other than making or repeating it). The timeline view
// prints it above the chart; plain values, so a report can say the same.

#include "commitmentthread.h"

namespace Parlance::Timeline {

/// A holder's first change of a commitment.
struct FirstMove final {
    QString holder;
    qint64 holderId = 0;
    QDate date;
    Moves moves;
    QString outlet;
    qint64 threadKey = 0;   ///< CommitmentThread::key() of the thread it was in
    int stepIndex = 0;      ///< its step in that thread
};

/// For every holder of `threads` that changed a commitment: its earliest change, ordered by date
/// (a tie by holder name). Holders that only made or repeated commitments are left out.
QList<FirstMove> firstMovesByHolder(const QList<CommitmentThread> &threads);

/// Whether a step's moves change the commitment (anything but First and Repeated).
bool isChange(Moves moves);

} // namespace Parlance::Timeline
