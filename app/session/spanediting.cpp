// SPDX-License-Identifier: GPL-2.0-or-later
#include "spanediting.h"

using namespace Qt::StringLiterals;

namespace Parlance::Session::SpanEditing {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'\'' || c == u'\u2019';
}

int nextWordEnd(const QString &t, int pos)
{
    int i = pos;
    while (i < t.size() && !isWordChar(t[i]))
        ++i;
    while (i < t.size() && isWordChar(t[i]))
        ++i;
    // Closing punctuation and quotation marks belong with the word before them.
    while (i < t.size() && (t[i] == u'\u201d' || t[i] == u'"' || t[i] == u'.' || t[i] == u',' || t[i] == u'\u2019'))
        ++i;
    return i;
}

int previousWordEnd(const QString &t, int pos, int floor)
{
    int i = pos;
    while (i > floor && isWordChar(t[i - 1]))
        --i;
    while (i > floor && !isWordChar(t[i - 1]))
        --i;
    return i;
}

int previousWordStart(const QString &t, int pos)
{
    int i = pos;
    while (i > 0 && !isWordChar(t[i - 1]))
        --i;
    while (i > 0 && isWordChar(t[i - 1]))
        --i;
    return i;
}

int nextWordStart(const QString &t, int pos, int ceiling)
{
    int i = pos;
    while (i < ceiling && isWordChar(t[i]))
        ++i;
    while (i < ceiling && !isWordChar(t[i]))
        ++i;
    return i;
}

} // namespace

Model::Span trimmed(const QString &text, Model::Span span)
{
    if (!span.isValid() || !span.fitsIn(text.size()))
        return span;
    while (span.start < span.end && text[span.start].isSpace())
        ++span.start;
    while (span.end > span.start && text[span.end - 1].isSpace())
        --span.end;
    return span;
}

Model::Span withoutQuoteMarks(const QString &text, Model::Span span)
{
    static const QString marks = u"\"\u201c\u201d\u2018\u2019\u00ab\u00bb \n"_s;
    if (!span.isValid() || !span.fitsIn(text.size()))
        return span;
    while (span.start < span.end && marks.contains(text[span.start]))
        ++span.start;
    while (span.end > span.start && (marks.contains(text[span.end - 1]) || text[span.end - 1] == u','))
        --span.end;
    return span;
}

Model::Span movedByWord(const QString &text, Model::Span span, Edge edge, Step step)
{
    if (!span.isValid() || span.isEmpty() || !span.fitsIn(text.size()))
        return span;
    Model::Span moved = span;
    if (edge == Edge::End)
        moved.end = step == Step::On ? nextWordEnd(text, span.end) : previousWordEnd(text, span.end, span.start + 1);
    else
        moved.start = step == Step::Back ? previousWordStart(text, span.start) : nextWordStart(text, span.start, span.end - 1);
    return moved.isEmpty() ? span : moved;
}

} // namespace Parlance::Session::SpanEditing
