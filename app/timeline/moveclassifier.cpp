// SPDX-License-Identifier: GPL-2.0-or-later
#include "moveclassifier.h"

#include "analysis/quotematcher.h"
#include "analysis/textsegmenter.h"

#include <cmath>

namespace Parlance::Timeline {

namespace {

// How far (in tokens) a status phrase may stand before or after the commitment's words, and how far
// before the phrase a negation undoes it ("has not yet withdrawn").
constexpr int statusReach = 3;
constexpr int negationReach = 3;

QStringList changedWords(const QList<Analysis::WordMark> &marks, QStringView text)
{
    QStringList words;
    for (const Analysis::WordMark &m : marks) {
        if (m.change != Analysis::WordChange::Equal)
            words.append(m.span.textIn(text).toString());
    }
    return words;
}

} // namespace

MoveClassifier::MoveClassifier(std::shared_ptr<const Analysis::CommitmentLexicon> commitments,
                               std::shared_ptr<const MoveLexicon> moves)
    : m_commitments(std::move(commitments))
    , m_moves(std::move(moves))
{
}

QList<MoveClassifier::Hedge> MoveClassifier::hedgesIn(QStringView text) const
{
    QList<Hedge> hedges;
    const Analysis::TextSegmentation seg = Analysis::TextSegmenter().segment(text);
    const QList<int> keys = m_commitments->vocabulary().keysOf(text, seg);
    const int count = int(seg.tokens.size());
    for (int i = 0; i < count;) {
        const Analysis::PhraseMatcher::Match m = m_commitments->hedgesAndBoosters().matchAt(seg, keys, i, count);
        if (m.length == 0) {
            ++i;
            continue;
        }
        const Model::Span span{seg.tokens[i].span.start, seg.tokens[i + m.length - 1].span.end};
        hedges.append({span.textIn(text).toString().toLower(), m_commitments->shift(m.value)});
        i += m.length;
    }
    return hedges;
}

Moves MoveClassifier::statusOf(const CommitmentStep &step, QString *cue) const
{
    // The sentence if we have it, else the commitment's own words.
    const bool inSentence = !step.sentence.isEmpty() && step.sentenceStart >= 0;
    const QStringView text = inSentence ? QStringView(step.sentence) : QStringView(step.text);
    const int offset = inSentence ? step.commitment.span.start - step.sentenceStart : 0;
    const Model::Span span{offset, offset + int(step.text.size())};

    const Analysis::TextSegmentation seg = Analysis::TextSegmenter().segment(text);
    // Each lexicon keys the tokens by its own vocabulary.
    const QList<int> keys = m_commitments->vocabulary().keysOf(text, seg);
    const QList<int> moveKeys = m_moves->vocabulary().keysOf(text, seg);
    const int count = int(seg.tokens.size());
    int first = count;
    int end = 0;
    for (int i = 0; i < count; ++i) {
        if (seg.tokens[i].span.overlaps(span)) {
            first = std::min(first, i);
            end = i + 1;
        }
    }
    if (first >= end)
        return {};

    auto negatedBefore = [&](int at) {
        for (int k = std::max(0, at - negationReach); k < at; ++k) {
            const Analysis::PhraseMatcher::Match m = m_commitments->negations().matchAt(seg, keys, k, at);
            if (m.length > 0)
                return true;
        }
        return false;
    };

    const int from = std::max(0, first - statusReach - 4); // a phrase may be a few words long
    const int to = std::min(count, end + statusReach + 1);
    for (int i = from; i < to; ++i) {
        const Analysis::PhraseMatcher::Match m = m_moves->statusPhrases().matchAt(seg, moveKeys, i, count);
        if (m.length == 0)
            continue;
        const MoveLexicon::StatusCue status = m_moves->statusCue(m.value);
        const int phraseEnd = i + m.length;
        const bool before = phraseEnd <= first && first - phraseEnd <= statusReach;
        const bool after = i >= end && i - end <= statusReach;
        const bool inside = i >= first && i < end;
        if (!(before || after || (inside && status.within)) || negatedBefore(i))
            continue;
        if (cue) {
            const Model::Span words{seg.tokens[i].span.start, seg.tokens[phraseEnd - 1].span.end};
            *cue = words.textIn(text).toString();
        }
        return status.move;
    }
    return {};
}

StepChange MoveClassifier::classify(const CommitmentStep *previous, const CommitmentStep &step) const
{
    StepChange change;
    const Moves status = statusOf(step, &change.cue);
    if (!previous) {
        change.moves = Move::First | status;
        return change;
    }
    const Model::Annotation &before = previous->commitment;
    const Model::Annotation &now = step.commitment;
    change.strengthBefore = before.strength;

    // The words, as linked quotes compare them.
    const QList<Analysis::QuoteWord> wordsBefore =
        Analysis::QuoteMatcher::words(previous->text, {Model::Span(0, int(previous->text.size()))});
    const QList<Analysis::QuoteWord> wordsNow = Analysis::QuoteMatcher::words(step.text, {Model::Span(0, int(step.text.size()))});
    change.diff = Analysis::QuoteMatcher::diff(wordsBefore, wordsNow);
    change.wordsDropped = changedWords(change.diff.a, previous->text);
    change.wordsAdded = changedWords(change.diff.b, step.text);

    // Hedges and boosters that came or went.
    const QList<Hedge> hedgesBefore = hedgesIn(previous->text);
    const QList<Hedge> hedgesNow = hedgesIn(step.text);
    double shift = 0.0;
    auto has = [](const QList<Hedge> &list, const QString &words) {
        return std::any_of(list.cbegin(), list.cend(), [&](const Hedge &h) { return h.words == words; });
    };
    for (const Hedge &h : hedgesNow) {
        if (!has(hedgesBefore, h.words)) {
            change.hedgesAdded.append(h.words);
            shift += h.shift;
        }
    }
    for (const Hedge &h : hedgesBefore) {
        if (!has(hedgesNow, h.words)) {
            change.hedgesDropped.append(h.words);
            shift -= h.shift;
        }
    }

    // What the text says became of it outweighs how it was worded.
    if (status) {
        change.moves = status;
        return change;
    }
    Moves moves;
    // A commitment taken back and then made again is back, whatever its strength was when withdrawn.
    const bool wasWithdrawn = previous->change.moves.testFlag(Move::Withdrawn);
    if (now.negated != before.negated || (wasWithdrawn && !now.negated)) {
        moves |= now.negated ? Move::Negated : Move::Reinstated;
    } else {
        const bool rated = now.strength >= 0 && before.strength >= 0;
        const double delta = rated ? now.strength - before.strength : 0.0;
        if (std::abs(delta) >= strengthTolerance)
            moves |= delta > 0 ? Move::Strengthened : Move::Softened;
        else if (std::abs(shift) >= strengthTolerance)
            moves |= shift > 0 ? Move::Strengthened : Move::Softened;
    }
    const bool conditionalNow = now.condition.isValid();
    const bool conditionalBefore = before.condition.isValid();
    if (conditionalNow != conditionalBefore)
        moves |= conditionalNow ? Move::MadeConditional : Move::MadeUnconditional;
    change.moves = moves ? moves : Moves(Move::Repeated);
    return change;
}

void MoveClassifier::classify(CommitmentThread &thread) const
{
    for (qsizetype i = 0; i < thread.steps.size(); ++i)
        thread.steps[i].change = classify(i > 0 ? &thread.steps[i - 1] : nullptr, thread.steps[i]);
}

} // namespace Parlance::Timeline
