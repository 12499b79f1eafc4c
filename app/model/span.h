// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDebug>
#include <QString>
#include <QStringView>

namespace Parlance::Model {

/// A range of an article's text as UTF-16 offsets (QString indexes), end exclusive.
/// UTF-16 is what QString, QTextDocument and the views use; conversion to Unicode code points
/// happens only at the boundaries that promise code points (see codePointOffsets()).
struct Span final {
    int start = -1;
    int end = -1;

    constexpr Span() = default;
    constexpr Span(int s, int e) : start(s), end(e) {}

    constexpr bool isValid() const { return start >= 0 && end >= start; }
    constexpr bool isEmpty() const { return !isValid() || end == start; }
    constexpr int length() const { return isValid() ? end - start : 0; }
    constexpr bool contains(int pos) const { return isValid() && pos >= start && pos < end; }
    constexpr bool contains(Span o) const { return isValid() && o.isValid() && o.start >= start && o.end <= end; }
    constexpr bool overlaps(Span o) const { return isValid() && o.isValid() && start < o.end && o.start < end; }
    /// True if the span lies inside a text of the given length.
    constexpr bool fitsIn(qsizetype textLength) const { return isValid() && end <= textLength; }

    /// The text the span covers, or an empty view if the span does not fit.
    QStringView textIn(QStringView text) const
    {
        return fitsIn(text.size()) ? text.sliced(start, length()) : QStringView();
    }

    /// The smallest span covering both.
    constexpr Span united(Span o) const
    {
        if (!isValid()) return o;
        if (!o.isValid()) return *this;
        return {start < o.start ? start : o.start, end > o.end ? end : o.end};
    }

    friend constexpr bool operator==(Span a, Span b) = default;
    /// Document order: by start, then the longer span first (so an enclosing span precedes its parts).
    friend constexpr bool operator<(Span a, Span b)
    {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    }
};

/// Converts UTF-16 offsets of `text` to Unicode code point offsets (surrogate pairs count once).
/// Used where offsets leave the app in code points (the `analyze` JSON, W3C selectors).
class CodePointMap final {
public:
    explicit CodePointMap(QStringView text);
    int toCodePoint(int utf16Offset) const;
    int toUtf16(int codePointOffset) const;
    Span toCodePoints(Span s) const { return {toCodePoint(s.start), toCodePoint(s.end)}; }
    Span toUtf16(Span s) const { return {toUtf16(s.start), toUtf16(s.end)}; }

private:
    // Positions (UTF-16) of the low surrogates; empty for texts inside the BMP, the common case.
    QList<int> m_lowSurrogates;
    int m_length = 0;
};

} // namespace Parlance::Model

QDebug operator<<(QDebug dbg, Parlance::Model::Span span);
