// SPDX-License-Identifier: GPL-2.0-or-later
#include "contentwords.h"

#include "analysis/textsegmenter.h"

#include <algorithm>

namespace Parlance::Timeline {

ContentWords::ContentWords(std::shared_ptr<const Analysis::CommitmentLexicon> commitments,
                           std::shared_ptr<const MoveLexicon> moves)
    : m_commitments(std::move(commitments))
    , m_moves(std::move(moves))
{
}

QStringList ContentWords::of(QStringView text, const QList<Model::Span> &leaveOut)
{
    const Analysis::TextSegmentation seg = Analysis::TextSegmenter().segment(text);
    // Each lexicon keys the tokens by its own vocabulary.
    const QList<int> keys = m_commitments->vocabulary().keysOf(text, seg);
    const QList<int> moveKeys = m_moves->vocabulary().keysOf(text, seg);
    const int count = int(seg.tokens.size());
    // What says how strongly, whether and when: the verb group — modal words and the rest of the
    // modality ladder up to and including the commissive cue ("is still prepared to", "demanded";
    // after it, "guarantees" is what is demanded) — and hedges, negations and time expressions
    // anywhere. A marker ("would impose sanctions") is content: it names the act.
    enum class Out : quint8 { No, VerbGroup, Cue, Always };
    QList<Out> out(count, Out::No);
    QList<int> matchEnd(count, 0); // for a cue's words: where its phrase ends
    auto mark = [&](const Analysis::PhraseMatcher &matcher, auto how) {
        for (int i = 0; i < count; ++i) {
            const Analysis::PhraseMatcher::Match m = matcher.matchAt(seg, keys, i, count);
            const Out o = m.length ? how(m.value) : Out::No;
            for (int k = i; k < i + m.length && k < count; ++k) {
                if (o >= out[k])
                    matchEnd[k] = std::max(matchEnd[k], i + m.length);
                out[k] = std::max(out[k], o);
            }
        }
    };
    mark(m_commitments->modality(), [](int) { return Out::VerbGroup; });
    mark(m_commitments->commissives(), [&](int phrase) {
        const QList<Analysis::CommitmentLexicon::Cue> &cues = m_commitments->cues(phrase);
        const bool markerOnly = std::all_of(cues.cbegin(), cues.cend(), [](const Analysis::CommitmentLexicon::Cue &c) {
            return c.flags == Analysis::CommitmentLexicon::Marker;
        });
        return markerOnly ? Out::No : Out::Cue;
    });
    auto always = [](int) { return Out::Always; };
    mark(m_commitments->hedgesAndBoosters(), always);
    mark(m_commitments->negations(), always);
    mark(m_commitments->times(), always);

    QStringList stems;
    bool inVerbGroup = true;
    for (int i = 0; i < count; ++i) {
        const Analysis::Token &t = seg.tokens[i];
        if (!(t.isWord() || t.kind == Analysis::Token::Kind::Number) || m_moves->stopWords().contains(moveKeys[i]))
            continue;
        if (out[i] == Out::Always)
            continue;
        if (inVerbGroup && out[i] != Out::No) {
            if (out[i] == Out::Cue) {
                // The verb group ends with the cue's phrase ("prepared to", "call on").
                i = matchEnd[i] - 1;
                inVerbGroup = false;
            }
            continue;
        }
        inVerbGroup = false;
        const bool left = std::any_of(leaveOut.cbegin(), leaveOut.cend(), [&](const Model::Span &s) {
            return s.isValid() && t.span.start < s.end && s.start < t.span.end;
        });
        if (!left)
            stems.append(m_stemmer.stem(t.textIn(text)));
    }
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    return stems;
}

int ContentWords::shared(const QStringList &a, const QStringList &b)
{
    int n = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        const int c = i->compare(*j);
        if (c == 0) {
            ++n;
            ++i;
            ++j;
        } else if (c < 0) {
            ++i;
        } else {
            ++j;
        }
    }
    return n;
}

double ContentWords::overlap(const QStringList &a, const QStringList &b)
{
    const qsizetype shorter = std::min(a.size(), b.size());
    return shorter == 0 ? 0.0 : double(shared(a, b)) / double(shorter);
}

} // namespace Parlance::Timeline
