// SPDX-License-Identifier: GPL-2.0-or-later
#include "firstmoves.h"

#include <QHash>

#include <algorithm>

namespace Parlance::Timeline {

bool isChange(Moves moves)
{
    return (moves & ~Moves(Move::First | Move::Repeated)) != Moves();
}

QList<FirstMove> firstMovesByHolder(const QList<CommitmentThread> &threads)
{
    // Holders are told apart by id; a holder without one (a name only) by its name.
    QHash<QString, FirstMove> earliest;
    for (const CommitmentThread &thread : threads) {
        const QString holderKey = thread.holderId ? QString::number(thread.holderId) : QStringLiteral("name:") + thread.holder;
        for (int i = 0; i < thread.steps.size(); ++i) {
            const CommitmentStep &step = thread.steps.at(i);
            if (!step.date.isValid() || !isChange(step.change.moves))
                continue;
            auto it = earliest.find(holderKey);
            if (it != earliest.end() && it->date <= step.date)
                break; // steps are in date order: nothing later in this thread is earlier
            earliest.insert(holderKey, {thread.holder, thread.holderId, step.date, step.change.moves, step.outlet,
                                        thread.key(), i});
            break;
        }
    }
    QList<FirstMove> moves = earliest.values();
    std::sort(moves.begin(), moves.end(), [](const FirstMove &a, const FirstMove &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return a.holder.localeAwareCompare(b.holder) < 0;
    });
    return moves;
}

} // namespace Parlance::Timeline
