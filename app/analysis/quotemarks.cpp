// SPDX-License-Identifier: GPL-2.0-or-later
#include "quotemarks.h"

namespace Parlance::Analysis {

namespace {

using Model::Span;

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

// The closing marks that may end a run opened by `open`.
bool closes(char16_t open, char16_t close)
{
    switch (open) {
    case 0x201C: return close == 0x201D || close == u'"';   // “ ”, and “…" as careless copy has it
    case 0x201E: return close == 0x201C || close == 0x201D; // „ “ (German) or „ ” (Polish)
    case 0x201D: return close == 0x201D;                    // ” ” (Swedish)
    case 0x2018: return close == 0x2019 || close == u'\''; // ‘ ’, and ‘…'
    case 0x201A: return close == 0x2018 || close == 0x2019; // ‚ ‘
    case 0x00AB: return close == 0x00BB;                    // « »
    case 0x00BB: return close == 0x00AB;                    // » « (Danish)
    case 0x2039: return close == 0x203A;                    // ‹ ›
    case 0x203A: return close == 0x2039;
    case 0x300C: return close == 0x300D;                    // 「 」
    case 0x300E: return close == 0x300F;
    case u'"': return close == u'"' || close == 0x201D;
    case u'\'': return close == u'\'' || close == 0x2019;
    default: return false;
    }
}

bool isQuoteChar(char16_t u)
{
    switch (u) {
    case u'"': case u'\'':
    case 0x201C: case 0x201D: case 0x201E:
    case 0x2018: case 0x2019: case 0x201A:
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
    case 0x300C: case 0x300D: case 0x300E: case 0x300F:
        return true;
    default:
        return false;
    }
}

// True if a mark that could close the run opened by `open` follows in [from, end) before a new
// sentence would have to start: "allies’ plan is fine’" has its closing mark later, and so has
// "'the parties’ willingness is a good sign'" (straight quotes, typographic apostrophes).
bool laterCloser(QStringView text, int from, int end, char16_t open)
{
    if (from + 1 >= end || !text[from].isSpace() || !text[from + 1].isLower())
        return false;
    for (int j = from + 1; j < end; ++j) {
        if (!closes(open, text[j].unicode()))
            continue;
        const bool before = isWordChar(text[j - 1]) || text[j - 1].isPunct();
        const bool after = j + 1 >= end || !isWordChar(text[j + 1]);
        if (before && after)
            return true;
    }
    return false;
}

struct Open {
    char16_t mark;
    int pos;
};

Span trimmed(QStringView text, int s, int e)
{
    while (s < e && text[s].isSpace())
        ++s;
    while (e > s && text[e - 1].isSpace())
        --e;
    return {s, e};
}

} // namespace

QList<QuoteRun> QuoteMarkScanner::scan(QStringView text, const TextSegmentation &segmentation) const
{
    QList<QuoteRun> runs;
    QList<Open> stack;
    int pendingGroup = -1;       // the group of a run left open at the end of the previous paragraph
    char16_t pendingMark = 0;

    for (int p = 0; p < segmentation.paragraphs.size(); ++p) {
        const Span para = segmentation.paragraphs[p].span;
        stack.clear();
        int continuesGroup = -1;
        // A paragraph that opens with the mark of an unfinished quotation continues it.
        if (pendingGroup >= 0 && para.start < para.end && text[para.start].unicode() == pendingMark)
            continuesGroup = pendingGroup;
        pendingGroup = -1;

        for (int i = para.start; i < para.end; ++i) {
            const char16_t u = text[i].unicode();
            if (!isQuoteChar(u))
                continue;
            const bool prevWord = i > para.start && isWordChar(text[i - 1]);
            const bool nextWord = i + 1 < para.end && isWordChar(text[i + 1]);
            const bool nextSpace = i + 1 >= para.end || text[i + 1].isSpace();
            const bool isApostropheLike = u == 0x2019 || u == u'\'';
            if (isApostropheLike && prevWord && nextWord)
                continue; // didn’t, Ukraine’s
            if (isApostropheLike && !prevWord && i + 1 < para.end && text[i + 1].isDigit()) {
                // ’90s, '22 — unless a run opened with the same kind of mark waits for it
                bool waiting = false;
                for (const Open &o : std::as_const(stack))
                    waiting = waiting || closes(o.mark, u);
                if (!waiting)
                    continue;
            }
            // Close the innermost run this mark can close (nested runs above it are dropped).
            int closeAt = -1;
            for (int k = int(stack.size()) - 1; k >= 0; --k) {
                if (closes(stack[k].mark, u)) {
                    closeAt = k;
                    break;
                }
            }
            const bool canOpen = !nextSpace && !(prevWord && (u == u'"' || isApostropheLike));
            bool close = closeAt >= 0;
            if (close && isApostropheLike && nextWord)
                close = false; // ‘…’s inside: a possessive, not the end
            if (close && isApostropheLike && prevWord && (text[i - 1] == u's' || text[i - 1] == u'S')
                && laterCloser(text, i + 1, para.end, stack[closeAt].mark))
                close = false; // ‘the allies’ plan is fine’: a plural possessive before the real end
            if (close) {
                const Open o = stack[closeAt];
                stack.resize(closeAt);
                if (stack.isEmpty()) {
                    QuoteRun r;
                    r.marks = Span(o.pos, i + 1);
                    r.content = trimmed(text, o.pos + 1, i);
                    r.paragraph = p;
                    r.group = continuesGroup >= 0 && o.pos == para.start ? continuesGroup : int(runs.size());
                    if (!r.content.isEmpty())
                        runs.append(r);
                }
                continue;
            }
            if (isApostropheLike && prevWord)
                continue; // allies’ — a plural possessive
            if (canOpen && u != 0x201D && u != 0x00BB && u != 0x203A && u != 0x300D && u != 0x300F)
                stack.append({u, i});
            else if (canOpen && stack.isEmpty() && (u == 0x201D || u == 0x00BB || u == 0x203A) && !prevWord)
                stack.append({u, i}); // ”…” and »…« styles
        }

        if (stack.isEmpty())
            continue;
        // The outermost run is still open at the end of the paragraph.
        const Open o = stack.constFirst();
        const bool typographic = o.mark != u'"' && o.mark != u'\'';
        const bool nextContinues = p + 1 < segmentation.paragraphs.size()
            && text[segmentation.paragraphs[p + 1].span.start].unicode() == o.mark;
        QuoteRun r;
        r.marks = Span(o.pos, para.end);
        r.content = trimmed(text, o.pos + 1, para.end);
        r.paragraph = p;
        r.closed = false;
        r.group = continuesGroup >= 0 && o.pos == para.start ? continuesGroup : int(runs.size());
        // Keep a run that continues in the next paragraph, or a long typographic one (a lost
        // closing mark); drop a stray straight mark.
        const int words = int(std::count(text.begin() + r.content.start, text.begin() + r.content.end, u' '));
        if (r.content.isEmpty() || (!nextContinues && !(typographic && words >= 3)))
            continue;
        runs.append(r);
        if (nextContinues) {
            pendingGroup = r.group;
            pendingMark = o.mark;
        }
    }
    return runs;
}

} // namespace Parlance::Analysis
