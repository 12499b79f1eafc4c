// SPDX-License-Identifier: GPL-2.0-or-later
#include "commitmentthread.h"

#include <algorithm>

namespace Parlance::Timeline {

namespace {
struct MoveNameEntry {
    Move move;
    const char16_t *name;
};
constexpr MoveNameEntry moveNames[] = {
    {Move::First, u"first"},
    {Move::Repeated, u"repeated"},
    {Move::Strengthened, u"strengthened"},
    {Move::Softened, u"softened"},
    {Move::MadeConditional, u"conditional"},
    {Move::MadeUnconditional, u"unconditional"},
    {Move::Negated, u"negated"},
    {Move::Reinstated, u"reinstated"},
    {Move::Withdrawn, u"withdrawn"},
    {Move::Fulfilled, u"fulfilled"},
    {Move::Broken, u"broken"},
};
} // namespace

QString moveName(Move move)
{
    for (const MoveNameEntry &e : moveNames) {
        if (e.move == move)
            return QString::fromUtf16(e.name);
    }
    return {};
}

Move moveFromName(QStringView name, bool *ok)
{
    for (const MoveNameEntry &e : moveNames) {
        if (name.compare(QStringView(e.name), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return e.move;
        }
    }
    if (ok)
        *ok = false;
    return Move::Repeated;
}

QList<Move> allMoves()
{
    QList<Move> moves;
    for (const MoveNameEntry &e : moveNames)
        moves.append(e.move);
    return moves;
}

QString movesName(Moves moves)
{
    QStringList names;
    for (const MoveNameEntry &e : moveNames) {
        if (moves.testFlag(e.move))
            names.append(QString::fromUtf16(e.name));
    }
    return names.join(QLatin1Char('+'));
}

Moves movesFromName(QStringView names, bool *ok)
{
    Moves moves;
    bool good = !names.trimmed().isEmpty();
    for (QStringView part : names.split(u'+')) {
        bool known = false;
        const Move m = moveFromName(part.trimmed(), &known);
        good = good && known;
        if (known)
            moves |= m;
    }
    if (ok)
        *ok = good;
    return moves;
}

bool CommitmentThread::isConfirmed() const
{
    return isStored() && std::all_of(steps.cbegin(), steps.cend(), [](const CommitmentStep &s) { return s.stored; });
}

QList<qint64> CommitmentThread::commitmentIds() const
{
    QList<qint64> ids;
    for (const CommitmentStep &s : steps) {
        ids.append(s.commitment.id);
        ids.append(s.alsoIn);
    }
    return ids;
}

QString CommitmentThread::title() const
{
    if (!label.isEmpty())
        return label;
    const QString words = steps.isEmpty() ? QString() : steps.first().text.simplified();
    return holder.isEmpty() ? words : holder + QStringLiteral(": ") + words;
}

qint64 CommitmentThread::key() const
{
    if (id)
        return id;
    return steps.isEmpty() ? 0 : -steps.first().commitment.id;
}

} // namespace Parlance::Timeline
