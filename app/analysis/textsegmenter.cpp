// SPDX-License-Identifier: GPL-2.0-or-later
#include "textsegmenter.h"

#include "foldedword.h"

#include <QSet>
#include <QString>

#include <algorithm>

namespace Parlance::Analysis {

namespace {

using Model::Span;

bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\n' || u == u'\r' || u == 0x2028 || u == 0x2029;
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u' ' || u == u'\t' || u == u'\v' || u == u'\f';
    return c.isSpace();
}

// Letters, digits and combining marks; surrogates count as word characters so that a word with a
// character outside the BMP is not cut in two.
bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

bool isDigit(QChar c) { return c.unicode() < 0x80 ? (c.unicode() >= u'0' && c.unicode() <= u'9') : c.isDigit(); }

bool isApostrophe(QChar c) { return c.unicode() == u'\'' || c.unicode() == 0x2019 || c.unicode() == 0x02BC; }

bool isHyphen(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || u == 0x2010 || u == 0x2011;
}

bool isTerminatorChar(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'.' || u == u'!' || u == u'?' || u == 0x2026 /* … */ || u == 0x203D /* ‽ */;
}

bool isClosingBracket(QChar c) { return c.unicode() == u')' || c.unicode() == u']'; }

// Abbreviations whose dot never ends a sentence: they stand before a name or a number.
const QSet<QString> &titleAbbreviations()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w : {"mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
                              "cmdr", "adm", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "supt",
                              "insp", "st", "mt", "ft", "messrs", "mme", "mlle", "fr", "sr", "jr", "no", "nos",
                              "vol", "art", "para", "sec", "fig", "pp", "ch", "ave", "blvd", "rd", "approx",
                              "dept", "univ", "vs", "v", "cf", "ca"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

// Abbreviations that may also end a sentence ("… talks in Jan. The …").
const QSet<QString> &otherAbbreviations()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w : {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                              "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "inc",
                              "corp", "ltd", "co", "plc", "bros", "etc", "al", "govt", "est", "min", "max"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

// Capitalised words that start sentences; after an abbreviation's dot they mean a new sentence.
const QSet<QString> &sentenceStarters()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char *w : {"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "Or",
                              "So", "Yet", "This", "That", "These", "Those", "There", "His", "Her", "Its", "Their",
                              "Our", "My", "In", "On", "At", "For", "If", "When", "While", "After", "Before", "As",
                              "However", "Meanwhile", "Earlier", "Later", "Still", "Also", "Some", "Many", "Most",
                              "Asked", "According", "Since", "Although", "Though", "What", "Who", "Why", "How"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return set;
}

enum class AbbreviationKind { None, Title, Other };

// Whether the word in [start, end), followed by a dot at `end`, is an abbreviation.
AbbreviationKind abbreviationKind(QStringView text, int start, int end, bool innerDot)
{
    const int len = end - start;
    if (innerDot)
        return AbbreviationKind::Other; // U.S., U.N., a.m., e.g.
    if (len == 1 && text[start].isUpper())
        return AbbreviationKind::Title; // an initial: John F. Kennedy
    if (len > 7)
        return AbbreviationKind::None;
    const QString lower = text.sliced(start, len).toString().toLower();
    if (titleAbbreviations().contains(lower)) {
        // "No." and "Nos." are abbreviations only before a number ("No. 10"); otherwise the word "no".
        if (lower.startsWith(u"no")) {
            int k = end + 1;
            while (k < text.size() && isSpace(text[k]))
                ++k;
            return k < text.size() && isDigit(text[k]) ? AbbreviationKind::Title : AbbreviationKind::None;
        }
        return AbbreviationKind::Title;
    }
    if (otherAbbreviations().contains(lower))
        return AbbreviationKind::Other;
    return AbbreviationKind::None;
}

class ParagraphSegmenter {
public:
    ParagraphSegmenter(QStringView text, TextSegmentation &out)
        : m_text(text), m_out(out)
    {
    }

    void run(int start, int end, int paragraphIndex)
    {
        const int firstToken = int(m_out.tokens.size());
        m_titleAbbreviation.clear();
        tokenize(start, end);
        splitSentences(firstToken, int(m_out.tokens.size()), paragraphIndex);
    }

private:
    void tokenize(int start, int end)
    {
        int i = start;
        while (i < end) {
            const QChar c = m_text[i];
            if (isSpace(c)) {
                ++i;
                continue;
            }
            if (isWordChar(c)) {
                i = word(i, end);
                continue;
            }
            Token t;
            int j = i + 1;
            if (TextSegmenter::isQuoteMark(c)) {
                t.kind = Token::Kind::QuoteMark;
            } else if (TextSegmenter::isDash(c)) {
                t.kind = Token::Kind::Dash;
                while (j < end && m_text[j] == c) // "--"
                    ++j;
            } else {
                t.kind = Token::Kind::Punctuation;
                if (c == u'.') {
                    while (j < end && m_text[j] == u'.') // "..."
                        ++j;
                } else if (c.isHighSurrogate() && j < end && m_text[j].isLowSurrogate()) {
                    ++j;
                }
            }
            t.span = Span(i, j);
            append(t, false);
            i = j;
        }
    }

    // Scans one word or number starting at `i`; returns the position after it.
    int word(int i, int end)
    {
        const bool number = isDigit(m_text[i]);
        int j = i + 1;
        bool innerDot = false;
        int segmentStart = i; // start of the current dot-separated part, for U.S-style acronyms
        while (j < end) {
            const QChar c = m_text[j];
            if (isWordChar(c)) {
                ++j;
                continue;
            }
            if (j + 1 >= end || !isWordChar(m_text[j + 1]))
                break;
            const QChar next = m_text[j + 1];
            bool join = false;
            if (isApostrophe(c) || isHyphen(c)) {
                join = true; // didn't, Ukraine’s, Biden-Putin
            } else if (c == u'.') {
                // 3.5, U.S, example.com; but not "Ukraine.The" (a missing space after a full stop).
                join = isDigit(next) || next.isLower() || j - segmentStart == 1;
                if (join) {
                    innerDot = true;
                    segmentStart = j + 1;
                }
            } else if (c == u',' || c == u':') {
                join = number && isDigit(m_text[j - 1]) && isDigit(next); // 1,000 and 10:30
            }
            if (!join)
                break;
            j += 2;
        }
        Token t;
        t.kind = number ? Token::Kind::Number : Token::Kind::Word;
        t.span = Span(i, j);
        AbbreviationKind abbr = AbbreviationKind::None;
        if (!number && j < end && m_text[j] == u'.' && !(j + 1 < end && m_text[j + 1] == u'.'))
            abbr = abbreviationKind(m_text, i, j, innerDot);
        if (abbr != AbbreviationKind::None) {
            t.span.end = j + 1;
            t.abbreviation = true;
        }
        append(t, abbr == AbbreviationKind::Title);
        return t.span.end;
    }

    void append(Token t, bool title)
    {
        t.foldedHash = foldedHash(t.textIn(m_text)); // once: the stages look every token up by it
        m_out.tokens.append(t);
        m_titleAbbreviation.append(title);
    }

    bool isTerminator(const Token &t) const
    {
        return t.kind == Token::Kind::Punctuation && isTerminatorChar(m_text[t.span.start]);
    }

    // Whether a sentence ends before the token at `next`, given that the previous one ended with
    // a terminator (or an abbreviation's dot if `afterAbbreviation`).
    bool startsSentence(const Token &next, bool afterAbbreviation) const
    {
        const QChar c = m_text[next.span.start];
        if (afterAbbreviation)
            return next.kind == Token::Kind::Word && c.isUpper()
                && sentenceStarters().contains(next.textIn(m_text).toString());
        switch (next.kind) {
        case Token::Kind::Word:
            return !c.isLower();
        case Token::Kind::Number:
        case Token::Kind::QuoteMark:
        case Token::Kind::Dash:
            return true;
        case Token::Kind::Punctuation:
            return c == u'(' || c == u'[' || c == u'•' || c == u'*';
        }
        return false;
    }

    void splitSentences(int first, int end, int paragraphIndex)
    {
        int start = first;
        for (int k = first; k < end; ++k) {
            const Token &tok = m_out.tokens[k];
            const bool abbr = tok.abbreviation;
            if (!isTerminator(tok) && !(abbr && !m_titleAbbreviation[k - first]))
                continue;
            // Take in adjacent terminators and closing marks: ?!  .”  .)  .’”
            int m = k + 1;
            bool absorbed = false;
            while (m < end) {
                const Token &t = m_out.tokens[m];
                if (t.span.start != m_out.tokens[m - 1].span.end)
                    break;
                const QChar c = m_text[t.span.start];
                if (!(isTerminator(t) || t.kind == Token::Kind::QuoteMark || isClosingBracket(c)))
                    break;
                absorbed = true;
                ++m;
            }
            const bool onlyAbbreviation = abbr && !absorbed;
            if (m < end && !startsSentence(m_out.tokens[m], onlyAbbreviation)) {
                k = m - 1;
                continue;
            }
            addSentence(start, m, paragraphIndex);
            start = m;
            k = m - 1;
        }
        if (start >= end)
            return;
        // A trailing run of marks only ("– Summit? –") belongs to the sentence before it.
        const bool marksOnly = std::none_of(m_out.tokens.cbegin() + start, m_out.tokens.cbegin() + end,
                                            [](const Token &t) { return t.kind == Token::Kind::Word
                                                                        || t.kind == Token::Kind::Number; });
        if (marksOnly && start > first) {
            Sentence &last = m_out.sentences.last();
            last.endToken = end;
            last.span.end = m_out.tokens[end - 1].span.end;
            return;
        }
        addSentence(start, end, paragraphIndex);
    }

    void addSentence(int firstToken, int endToken, int paragraphIndex)
    {
        Sentence s;
        s.firstToken = firstToken;
        s.endToken = endToken;
        s.paragraph = paragraphIndex;
        s.span = Span(m_out.tokens[firstToken].span.start, m_out.tokens[endToken - 1].span.end);
        m_out.sentences.append(s);
    }

    QStringView m_text;
    TextSegmentation &m_out;
    QList<bool> m_titleAbbreviation; // per token of the current paragraph
};

template<typename T>
int indexAt(const QList<T> &items, int pos)
{
    auto it = std::upper_bound(items.cbegin(), items.cend(), pos,
                               [](int p, const T &item) { return p < item.span.start; });
    if (it == items.cbegin())
        return -1;
    --it;
    return it->span.contains(pos) ? int(it - items.cbegin()) : -1;
}

} // namespace

int TextSegmentation::sentenceAt(int pos) const { return indexAt(sentences, pos); }
int TextSegmentation::paragraphAt(int pos) const { return indexAt(paragraphs, pos); }
int TextSegmentation::tokenAt(int pos) const { return indexAt(tokens, pos); }

bool TextSegmenter::isQuoteMark(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'':
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: // “ ” „ ‟
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: // ‘ ’ ‚ ‛
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A: // « » ‹ ›
    case 0x300C: case 0x300D: case 0x300E: case 0x300F: // 「 」 『 』
        return true;
    default:
        return false;
    }
}

bool TextSegmenter::isOpeningQuoteMark(QChar c)
{
    switch (c.unicode()) {
    case 0x201C: case 0x201E: case 0x201F: case 0x2018: case 0x201A: case 0x201B:
    case 0x00AB: case 0x2039: case 0x300C: case 0x300E:
        return true;
    default:
        return false;
    }
}

bool TextSegmenter::isDash(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || (u >= 0x2010 && u <= 0x2015) || u == 0x2212;
}

TextSegmentation TextSegmenter::segment(QStringView text) const
{
    TextSegmentation out;
    out.tokens.reserve(text.size() / 5);
    ParagraphSegmenter segmenter(text, out);
    const int n = int(text.size());
    int pos = 0;
    while (pos < n) {
        int lineEnd = pos;
        while (lineEnd < n && !isLineBreak(text[lineEnd]))
            ++lineEnd;
        int s = pos;
        int e = lineEnd;
        while (s < e && text[s].isSpace())
            ++s;
        while (e > s && text[e - 1].isSpace())
            --e;
        if (s < e) {
            Paragraph p;
            p.span = Span(s, e);
            p.firstSentence = int(out.sentences.size());
            segmenter.run(s, e, int(out.paragraphs.size()));
            p.endSentence = int(out.sentences.size());
            out.paragraphs.append(p);
        }
        pos = lineEnd + 1;
    }
    return out;
}

} // namespace Parlance::Analysis
