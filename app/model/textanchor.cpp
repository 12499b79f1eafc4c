// SPDX-License-Identifier: GPL-2.0-or-later
#include "textanchor.h"

#include <algorithm>
#include <cstdlib>

namespace Parlance::Model {

namespace {
// Number of characters that agree, reading backwards from the ends of both strings.
int commonSuffixLength(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a[a.size() - 1 - n] == b[b.size() - 1 - n])
        ++n;
    return n;
}

int commonPrefixLength(QStringView a, QStringView b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n])
        ++n;
    return n;
}
} // namespace

TextAnchor TextAnchor::capture(QStringView text, Span span)
{
    if (!span.fitsIn(text.size()))
        return {};
    int prefixStart = std::max(0, span.start - contextLength);
    int suffixEnd = std::min(int(text.size()), span.end + contextLength);
    // The context holds whole characters: never half of a surrogate pair (an emoji), which would
    // not survive a round trip through UTF-8.
    if (prefixStart > 0 && prefixStart < span.start && text[prefixStart].isLowSurrogate())
        ++prefixStart;
    if (suffixEnd < text.size() && suffixEnd > span.end && text[suffixEnd - 1].isHighSurrogate())
        --suffixEnd;
    return {span.textIn(text).toString(),
            text.sliced(prefixStart, span.start - prefixStart).toString(),
            text.sliced(span.end, suffixEnd - span.end).toString()};
}

bool TextAnchor::matches(QStringView text, Span span) const
{
    return span.fitsIn(text.size()) && span.textIn(text) == exact;
}

Span TextAnchor::locate(QStringView text, Span hint) const
{
    if (exact.isEmpty())
        return {};
    if (matches(text, hint))
        return hint;
    Span best;
    int bestScore = -1;
    int bestDistance = 0;
    for (qsizetype at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
        const int start = int(at);
        const int end = start + int(exact.size());
        const int before = std::max(0, start - contextLength);
        const int after = std::min(int(text.size()), end + contextLength);
        const int score = commonSuffixLength(text.sliced(before, start - before), prefix)
                        + commonPrefixLength(text.sliced(end, after - end), suffix);
        const int distance = hint.isValid() ? std::abs(start - hint.start) : 0;
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = {start, end};
            bestScore = score;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace Parlance::Model
