// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A shallow reading of a text's sentences for the attribution finder: which token is a word of which
// class (the word sets of words-attribution.txt), which lies inside a quotation, where a stretch of
// text between two sentence ends begins and ends, and the few phrase shapes attributions are made of —
// the verb group around a cue, the subject before it, a noun phrase after it, and where a reported
// clause ends. No parser: rules over word classes, each looking at a bounded window, so reading a text
// takes time in proportion to its length.

#include "lexicons.h"
#include "quotemarks.h"
#include "textsegmenter.h"

#include "model/span.h"

#include <QList>
#include <QStringView>

namespace Parlance::Analysis {

/// A half-open token range [first, end).
struct TokenRange {
    int first = -1;
    int end = -1;
    bool isEmpty() const { return first < 0 || end <= first; }
    int size() const { return isEmpty() ? 0 : end - first; }
};

class ClauseReader final {
public:
    /// `keyOfToken`: the tokens' vocabulary keys if known already (ActorTable::keyOfToken), else empty.
    ClauseReader(const Lexicons &lexicons, QStringView text, const TextSegmentation &segmentation,
                 const QList<QuoteRun> &runs, const QList<int> &runOfToken, const QList<int> &keyOfToken = {});

    // --- tokens ---
    int count() const { return int(m_seg.tokens.size()); }
    bool valid(int k) const { return k >= 0 && k < count(); }
    bool isWord(int k) const { return valid(k) && m_seg.tokens[k].kind == Token::Kind::Word; }
    bool isWordOrNumber(int k) const
    {
        return valid(k) && (m_seg.tokens[k].kind == Token::Kind::Word || m_seg.tokens[k].kind == Token::Kind::Number);
    }
    QStringView word(int k) const { return valid(k) ? m_seg.tokens[k].textIn(m_text) : QStringView(); }
    int key(int k) const { return valid(k) ? m_keys[k] : 0; }
    bool in(int k, const WordSet &set) const { return valid(k) && set.contains(m_keys[k]); }
    bool isPunct(int k, QChar c) const
    {
        return valid(k) && m_seg.tokens[k].kind == Token::Kind::Punctuation && m_text[m_seg.tokens[k].span.start] == c
            && m_seg.tokens[k].span.length() == 1;
    }
    bool isDash(int k) const { return valid(k) && m_seg.tokens[k].kind == Token::Kind::Dash; }
    bool isQuoteMark(int k) const { return valid(k) && m_seg.tokens[k].kind == Token::Kind::QuoteMark; }
    bool isCapitalised(int k) const;
    bool isLowerWord(int k) const { return isWord(k) && word(k)[0].isLower(); }
    /// A word in -ly of more than four letters, or one of the verb adverbs.
    bool isAdverb(int k) const;
    bool isPossessive(int k) const;
    /// The quoted run containing token k, or -1.
    int runOf(int k) const { return valid(k) ? m_runOfToken[k] : -1; }
    const QuoteRun &run(int r) const { return m_runs[r]; }
    int runCount() const { return int(m_runs.size()); }
    int runFirstToken(int r) const { return m_runFirst[r]; }
    int runEndToken(int r) const { return m_runEnd[r]; }
    Model::Span span(int first, int end) const
    {
        return {m_seg.tokens[first].span.start, m_seg.tokens[end - 1].span.end};
    }
    Model::Span span(TokenRange r) const { return r.isEmpty() ? Model::Span() : span(r.first, r.end); }
    int tokenAtOrAfter(int pos) const;

    // --- stretches of text ---
    /// A period is one sentence, or several when a quotation runs across their ends.
    int periodOf(int k) const { return m_periodOf[k]; }
    int periodStart(int p) const { return m_periods[p].first; }
    int periodEnd(int p) const { return m_periods[p].end; }
    int periodCount() const { return int(m_periods.size()); }
    int paragraphOf(int k) const { return m_seg.sentences[m_sentenceOf[k]].paragraph; }
    int paragraphStart(int p) const;
    int paragraphEnd(int p) const;
    int paragraphCount() const { return int(m_seg.paragraphs.size()); }
    /// The last character of a paragraph is no sentence end (. ! ? …): a headline or a label.
    bool paragraphIsHeadline(int p) const;

    // --- phrases ---
    /// The first token before the verb group that ends just before `verb` (auxiliaries, negations
    /// and adverbs skipped), not before `floor`; `floor - 1` if the group reaches it.
    int beforeVerbGroup(int verb, int floor) const;
    /// The first token after adverbs and time words ("said Monday", "told reporters on Tuesday").
    int afterAdjuncts(int k, int end) const;
    /// The noun phrase that ends with token `last`: back to a clause boundary (a comma that does not
    /// close an apposition, a subordinator, a verb, a quotation), at most a dozen words.
    TokenRange subjectEndingAt(int last, int floor) const;
    /// A noun phrase starting at k, up to a comma, a verb, a clause opener or `end`.
    TokenRange nounPhraseAt(int k, int end) const;
    /// Where a clause that starts at `first` ends: the end of the period, or before a semicolon, a
    /// trailing attribution (", officials said"), ", according to" or a clause about the
    /// reporting (", as she left").
    int clauseEnd(int first, int end) const;
    /// True if the token is a verb form the rules can see: an auxiliary or a reporting verb.
    bool isVerbLike(int k) const;
    /// True if the words from `first` can open a clause of their own (a subject, then maybe a verb).
    bool opensClause(int first, int end) const;

    const Lexicons &lexicons() const { return m_lex; }
    QStringView text() const { return m_text; }
    const TextSegmentation &segmentation() const { return m_seg; }

    // The word sets the rules use, looked up once.
    const WordSet &auxiliaries;
    const WordSet &negations;
    const WordSet &verbAdverbs;
    const WordSet &timeWords;
    const WordSet &determiners;
    const WordSet &subordinators;
    const WordSet &relativePronouns;
    const WordSet &matrixSubordinators;
    const WordSet &personalSubjectPronouns;
    const WordSet &coordinators;
    const WordSet &prepositions;
    const WordSet &whWords;
    const WordSet &clauseOpeners;
    const WordSet &objectPronouns;
    const WordSet &listenerWords;
    const WordSet &participles;
    const WordSet &speechCore;
    const WordSet &passiveBe;
    const WordSet &personNouns;
    const WordSet &groupNouns;
    const WordSet &documentNouns;
    const WordSet &outletWords;
    const WordSet &nounVerbs;
    const WordSet &namingVerbs;

private:
    const Lexicons &m_lex;
    QStringView m_text;
    const TextSegmentation &m_seg;
    const QList<QuoteRun> &m_runs;
    const QList<int> &m_runOfToken;
    const WordSet &m_notAdverbs;
    QList<int> m_keys;
    QList<int> m_sentenceOf;
    QList<int> m_periodOf;
    QList<TokenRange> m_periods;
    QList<int> m_runFirst;
    QList<int> m_runEnd;
};

} // namespace Parlance::Analysis
