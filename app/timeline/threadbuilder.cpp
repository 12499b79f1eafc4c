// SPDX-License-Identifier: GPL-2.0-or-later
#include "threadbuilder.h"

#include "contentwords.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace Parlance::Timeline {

namespace {

// A thread while it is built: its commitments (indexes into the input) and what a newcomer must match.
struct WorkThread {
    qint64 id = 0; // stored thread, or 0
    QString label;
    QList<int> members;
    QSet<int> storedMembers;
    QSet<qint64> holders;
    QSet<qint64> addressees;
};

// One commitment already in a thread, as the index finds it.
struct Placed {
    int thread = -1;
    QDate date;
    QList<int> stems;
};

// Stems as small integers: comparing commitments is then comparing sorted integer lists.
class StemIds {
public:
    QList<int> of(const QStringList &stems)
    {
        QList<int> ids;
        ids.reserve(stems.size());
        for (const QString &s : stems) {
            auto it = m_ids.constFind(s);
            if (it == m_ids.cend())
                it = m_ids.insert(s, int(m_ids.size()));
            ids.append(*it);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

private:
    QHash<QString, int> m_ids;
};

} // namespace

ThreadBuilder::ThreadBuilder(std::shared_ptr<const Analysis::CommitmentLexicon> commitments,
                             std::shared_ptr<const MoveLexicon> moves)
    : m_commitments(std::move(commitments))
    , m_moves(std::move(moves))
{
}

QList<CommitmentThread> ThreadBuilder::build(const ThreadInput &input, const ThreadOptions &options) const
{
    QHash<qint64, const TimelineArticle *> articles;
    for (const TimelineArticle &a : input.articles)
        articles.insert(a.id, &a);
    const QList<Model::Annotation> &commitments = input.commitments;
    QHash<qint64, int> byId;
    for (int i = 0; i < commitments.size(); ++i)
        byId.insert(commitments[i].id, i);
    auto articleOf = [&](int c) { return articles.value(commitments[c].articleId, nullptr); };
    auto dateOf = [&](int c) {
        const TimelineArticle *a = articleOf(c);
        return a ? a->date : QDate();
    };
    // Date, then article number, then place in the text; undated commitments last.
    auto sortKey = [&](int c) {
        const TimelineArticle *a = articleOf(c);
        const QDate date = a ? a->date : QDate();
        return std::make_tuple(!date.isValid(), date.isValid() ? date.toJulianDay() : 0, a ? a->number : 0,
                               commitments[c].span.start, commitments[c].id);
    };

    QList<WorkThread> threads;
    QSet<int> placed;
    auto addMember = [&](WorkThread &t, int c, bool stored) {
        t.members.append(c);
        if (stored)
            t.storedMembers.insert(c);
        t.holders.insert(commitments[c].actorId);
        if (commitments[c].addresseeId)
            t.addressees.insert(commitments[c].addresseeId);
        placed.insert(c);
    };

    // The stored threads first: a person's word on which commitments belong together.
    for (const Storage::CommitmentThreadRecord &record : input.records) {
        WorkThread t;
        t.id = record.id;
        t.label = record.label;
        for (const qint64 id : record.commitmentIds) {
            const auto at = byId.constFind(id);
            if (at != byId.cend() && articleOf(*at) && !placed.contains(*at))
                addMember(t, *at, true);
        }
        if (!t.members.isEmpty())
            threads.append(t);
    }

    if (options.propose) {
        ContentWords words(m_commitments, m_moves);
        StemIds stemIds;
        auto stemsOf = [&](int c) {
            const Model::Annotation &a = commitments[c];
            const QString text = a.exact;
            // The time expression says when, not what: "by the end of April" and "later this year".
            const Model::Span time = a.time.isValid() ? Model::Span(a.time.start - a.span.start, a.time.end - a.span.start)
                                                      : Model::Span();
            return stemIds.of(words.of(text, {time}));
        };

        QList<Placed> items;
        QHash<qint64, QHash<int, QList<int>>> index; // holder → stem → items
        auto place = [&](int thread, int c, QList<int> stems) {
            const int item = int(items.size());
            for (const int s : std::as_const(stems))
                index[commitments[c].actorId][s].append(item);
            items.append({thread, dateOf(c), std::move(stems)});
        };
        for (int t = 0; t < threads.size(); ++t) {
            for (const int c : std::as_const(threads[t].members))
                place(t, c, stemsOf(c));
        }

        QList<int> candidates;
        for (int c = 0; c < commitments.size(); ++c) {
            const Model::Annotation &a = commitments[c];
            const bool wanted = options.holderIds.isEmpty() || options.holderIds.contains(a.actorId);
            if (a.actorId && wanted && dateOf(c).isValid() && !placed.contains(c)
                && a.kind == Model::AnnotationKind::Commitment && a.origin != Model::Origin::Rejected)
                candidates.append(c);
        }
        std::sort(candidates.begin(), candidates.end(), [&](int x, int y) { return sortKey(x) < sortKey(y); });

        for (const int c : std::as_const(candidates)) {
            const Model::Annotation &a = commitments[c];
            QList<int> stems = stemsOf(c);
            const QDate date = dateOf(c);
            QHash<int, int> shared; // item → words in common
            const QHash<int, QList<int>> &postings = index[a.actorId];
            for (const int s : std::as_const(stems)) {
                for (const int item : postings.value(s))
                    ++shared[item];
            }
            int best = -1;
            std::tuple<double, int, qint64> bestScore{0.0, 0, 0};
            for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
                const Placed &p = items[it.key()];
                const WorkThread &t = threads[p.thread];
                if (it.value() < options.minimumSharedWords || std::abs(p.date.daysTo(date)) > options.windowDays)
                    continue;
                if (a.addresseeId && !t.addressees.isEmpty() && !t.addressees.contains(a.addresseeId))
                    continue;
                const double overlap = double(it.value()) / double(std::min(stems.size(), p.stems.size()));
                if (overlap < options.minimumOverlap)
                    continue;
                // The most alike; then the most words in common; then the latest.
                const std::tuple<double, int, qint64> score{overlap, it.value(), p.date.toJulianDay()};
                if (best < 0 || score > bestScore) {
                    best = p.thread;
                    bestScore = score;
                }
            }
            if (best < 0) {
                best = int(threads.size());
                threads.append(WorkThread());
            }
            addMember(threads[best], c, false);
            place(best, c, std::move(stems));
        }
    }

    // Steps: one per article, in date order; an article's first commitment in the thread stands for it.
    QList<CommitmentThread> result;
    for (WorkThread &t : threads) {
        std::sort(t.members.begin(), t.members.end(), [&](int x, int y) { return sortKey(x) < sortKey(y); });
        CommitmentThread thread;
        thread.id = t.id;
        thread.label = t.label;
        QHash<qint64, qsizetype> stepOfArticle;
        QStringList holders;
        for (const int c : std::as_const(t.members)) {
            const Model::Annotation &a = commitments[c];
            const bool stored = t.storedMembers.contains(c);
            if (const auto at = stepOfArticle.constFind(a.articleId); at != stepOfArticle.cend()) {
                CommitmentStep &step = thread.steps[*at];
                step.alsoIn.append(a.id);
                step.stored = step.stored && stored;
                continue;
            }
            const TimelineArticle *article = articleOf(c);
            CommitmentStep step;
            step.commitment = a;
            step.articleId = a.articleId;
            step.articleNumber = article->number;
            step.date = article->date;
            step.outlet = article->outlet;
            step.articleTitle = article->title;
            step.text = a.exact;
            step.stored = stored;
            stepOfArticle.insert(a.articleId, thread.steps.size());
            thread.steps.append(step);
            const QString holder = input.actorNames.value(a.actorId);
            if (!thread.holderId)
                thread.holderId = a.actorId;
            if (!holder.isEmpty() && !holders.contains(holder))
                holders.append(holder);
            if (!thread.addresseeId && a.addresseeId) {
                thread.addresseeId = a.addresseeId;
                thread.addressee = input.actorNames.value(a.addresseeId);
            }
        }
        thread.holder = holders.join(QStringLiteral(" / "));
        const bool wanted = options.holderIds.isEmpty()
            || std::any_of(t.holders.cbegin(), t.holders.cend(), [&](qint64 h) { return options.holderIds.contains(h); });
        if (wanted && (thread.isStored() ? !thread.steps.isEmpty() : thread.steps.size() >= options.minimumSteps))
            result.append(std::move(thread));
    }
    std::stable_sort(result.begin(), result.end(), [](const CommitmentThread &x, const CommitmentThread &y) {
        const QDate dx = x.steps.first().date;
        const QDate dy = y.steps.first().date;
        return std::make_tuple(!dx.isValid(), dx.isValid() ? dx.toJulianDay() : 0, x.holder, x.steps.first().articleNumber,
                               x.steps.first().commitment.span.start)
            < std::make_tuple(!dy.isValid(), dy.isValid() ? dy.toJulianDay() : 0, y.holder, y.steps.first().articleNumber,
                              y.steps.first().commitment.span.start);
    });
    return result;
}

} // namespace Parlance::Timeline
