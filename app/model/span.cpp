// SPDX-License-Identifier: GPL-2.0-or-later
#include "span.h"

#include <algorithm>

namespace Parlance::Model {

CodePointMap::CodePointMap(QStringView text)
    : m_length(int(text.size()))
{
    for (int i = 1; i < text.size(); ++i) {
        if (text[i].isLowSurrogate() && text[i - 1].isHighSurrogate())
            m_lowSurrogates.append(i);
    }
}

int CodePointMap::toCodePoint(int utf16Offset) const
{
    // Each low surrogate strictly before the offset is a UTF-16 unit that is not a code point.
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Offset);
    return utf16Offset - int(before - m_lowSurrogates.cbegin());
}

int CodePointMap::toUtf16(int codePointOffset) const
{
    // The k-th low surrogate (0-based) at UTF-16 position p sits after code point p - k; p - k grows
    // with k, so the surrogates before the offset are found by bisection (a brat file of many
    // annotations over a text of many emoji would otherwise take quadratic time).
    qsizetype k = 0, count = m_lowSurrogates.size();
    while (count > 0) {
        const qsizetype half = count / 2;
        if (m_lowSurrogates[k + half] - int(k + half) <= codePointOffset) {
            k += half + 1;
            count -= half + 1;
        } else {
            count = half;
        }
    }
    return codePointOffset + int(k);
}

} // namespace Parlance::Model

QDebug operator<<(QDebug dbg, Parlance::Model::Span span)
{
    QDebugStateSaver saver(dbg);
    dbg.nospace() << "Span(" << span.start << ", " << span.end << ')';
    return dbg;
}
