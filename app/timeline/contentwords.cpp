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
    const QList<quint64> keys = Analysis::tokenKeys(text, seg);
    const int count = int(seg.tokens.size());
    // What says how strongly, whether and when: the verb group's modal and commissive words (only
    // before the first content word: "demanded written guarantees" keeps "guarantees"), and hedges,
    // negations and time expressions anywhere.
    enum class Out : quint8 { No, Leading, Always };
    QList<Out> out(count, Out::No);
    auto mark = [&](const Analysis::PhraseMatcher &matcher, Out how) {
        for (int i = 0; i < count; ++i) {
            const Analysis::PhraseMatcher::Match m = matcher.matchAt(seg, keys, i, count);
            for (int k = i; k < i + m.length && k < count; ++k)
                out[k] = std::max(out[k], how);
        }
    };
    mark(m_commitments->modality(), Out::Leading);
    mark(m_commitments->commissives(), Out::Leading);
    mark(m_commitments->hedgesAndBoosters(), Out::Always);
    mark(m_commitments->negations(), Out::Always);
    mark(m_commitments->times(), Out::Always);

    QStringList stems;
    bool leading = true;
    for (int i = 0; i < count; ++i) {
        const Analysis::Token &t = seg.tokens[i];
        if (!(t.isWord() || t.kind == Analysis::Token::Kind::Number) || m_moves->stopWords().contains(keys[i]))
            continue;
        if (out[i] == Out::Always || (out[i] == Out::Leading && leading))
            continue;
        const bool left = std::any_of(leaveOut.cbegin(), leaveOut.cend(), [&](const Model::Span &s) {
            return s.isValid() && t.span.start < s.end && s.start < t.span.end;
        });
        if (left)
            continue;
        leading = false;
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
