// SPDX-License-Identifier: GPL-2.0-or-later
#include "clausereader.h"

#include <algorithm>

namespace Parlance::Analysis {

namespace {
constexpr int kMaxSubjectWords = 12;
constexpr int kMaxApposition = 40;
// The longest stretch of words one attribution's content may take: a bound that keeps the time
// linear in a text with no sentence ends.
constexpr int kMaxContentTokens = 400;
} // namespace

ClauseReader::ClauseReader(const Lexicons &lex, QStringView text, const TextSegmentation &seg,
                           const QList<QuoteRun> &runs, const QList<int> &runOfToken, const QList<int> &keyOfToken)
    : auxiliaries(lex.wordSet(u"auxiliaries"))
    , negations(lex.wordSet(u"negations"))
    , verbAdverbs(lex.wordSet(u"verb-adverbs"))
    , timeWords(lex.wordSet(u"time-words"))
    , determiners(lex.wordSet(u"determiners"))
    , subordinators(lex.wordSet(u"subordinators"))
    , relativePronouns(lex.wordSet(u"relative-pronouns"))
    , matrixSubordinators(lex.wordSet(u"matrix-subordinators"))
    , personalSubjectPronouns(lex.wordSet(u"personal-subject-pronouns"))
    , coordinators(lex.wordSet(u"coordinators"))
    , prepositions(lex.wordSet(u"prepositions"))
    , whWords(lex.wordSet(u"wh-words"))
    , clauseOpeners(lex.wordSet(u"clause-openers"))
    , objectPronouns(lex.wordSet(u"object-pronouns"))
    , listenerWords(lex.wordSet(u"listener-words"))
    , participles(lex.wordSet(u"participles"))
    , speechCore(lex.wordSet(u"speech-core"))
    , passiveBe(lex.wordSet(u"passive-be"))
    , personNouns(lex.wordSet(u"person-nouns"))
    , groupNouns(lex.wordSet(u"group-nouns"))
    , documentNouns(lex.wordSet(u"document-nouns"))
    , outletWords(lex.wordSet(u"outlet-words"))
    , nounVerbs(lex.wordSet(u"noun-verbs"))
    , namingVerbs(lex.wordSet(u"naming-verbs"))
    , m_lex(lex)
    , m_text(text)
    , m_seg(seg)
    , m_runs(runs)
    , m_runOfToken(runOfToken)
    , m_notAdverbs(lex.wordSet(u"not-adverbs"))
{
    const int n = count();
    m_keys = keyOfToken.size() == n ? keyOfToken : lex.vocabulary().keysOf(text, seg);
    m_sentenceOf.resize(n);
    m_periodOf.resize(n);
    int lastParagraph = -1;
    for (int s = 0; s < seg.sentences.size(); ++s) {
        const Sentence &sentence = seg.sentences[s];
        const int first = sentence.firstToken;
        // A sentence end inside a quotation does not end the period around the quotation.
        const int r = first < n ? runOfToken.value(first, -1) : -1;
        const bool inside = r >= 0 && runs[r].marks.start < seg.tokens[first].span.start;
        if (!(inside && sentence.paragraph == lastParagraph) || m_periods.isEmpty())
            m_periods.append({first, sentence.endToken});
        m_periods.last().end = sentence.endToken;
        lastParagraph = sentence.paragraph;
        const int period = int(m_periods.size()) - 1;
        for (int k = first; k < sentence.endToken; ++k) {
            m_sentenceOf[k] = s;
            m_periodOf[k] = period;
        }
    }
    m_runFirst = QList<int>(runs.size(), -1);
    m_runEnd = QList<int>(runs.size(), -1);
    for (int k = 0; k < n; ++k) {
        const int r = runOfToken[k];
        if (r < 0)
            continue;
        if (m_runFirst[r] < 0)
            m_runFirst[r] = k;
        m_runEnd[r] = k + 1;
    }
}

bool ClauseReader::isCapitalised(int k) const
{
    if (!isWord(k))
        return false;
    const QStringView w = word(k);
    return w[0].isUpper();
}

bool ClauseReader::isAdverb(int k) const
{
    if (!isWord(k) || !word(k)[0].isLower())
        return false;
    if (in(k, verbAdverbs))
        return true;
    const QStringView w = word(k);
    return w.size() > 4 && w.endsWith(u"ly") && !in(k, m_notAdverbs);
}

bool ClauseReader::isPossessive(int k) const
{
    const QStringView w = word(k);
    return isWord(k) && w.size() > 2 && (w.endsWith(u"'s") || w.endsWith(u"\u2019s") || w.endsWith(u"s'") || w.endsWith(u"s\u2019"));
}

int ClauseReader::tokenAtOrAfter(int pos) const
{
    auto it = std::lower_bound(m_seg.tokens.cbegin(), m_seg.tokens.cend(), pos,
                               [](const Token &t, int p) { return t.span.start < p; });
    return int(it - m_seg.tokens.cbegin());
}

int ClauseReader::paragraphStart(int p) const
{
    const Paragraph &para = m_seg.paragraphs[p];
    return para.endSentence > para.firstSentence ? m_seg.sentences[para.firstSentence].firstToken : -1;
}

int ClauseReader::paragraphEnd(int p) const
{
    const Paragraph &para = m_seg.paragraphs[p];
    return para.endSentence > para.firstSentence ? m_seg.sentences[para.endSentence - 1].endToken : -1;
}

bool ClauseReader::paragraphIsHeadline(int p) const
{
    const Model::Span s = m_seg.paragraphs[p].span;
    int e = s.end;
    while (e > s.start && (TextSegmenter::isQuoteMark(m_text[e - 1]) || m_text[e - 1] == u')' || m_text[e - 1].isSpace()))
        --e;
    if (e <= s.start)
        return false;
    const QChar last = m_text[e - 1];
    return last != u'.' && last != u'!' && last != u'?' && last != u'\u2026' && last != u':';
}

bool ClauseReader::isVerbLike(int k) const
{
    if (!isWord(k))
        return false;
    if (in(k, auxiliaries))
        return true;
    if (!m_lex.cuesFor(key(k)) || in(k - 1, determiners) || isPossessive(k - 1))
        return false;
    // "talks", "calls", "support" are nouns as often: a verb after a pronoun or an auxiliary, or in -s
    // after a noun ("a poll shows"); not after another verb ("said talks would resume").
    if (in(k, nounVerbs)) {
        const bool afterNoun = word(k).endsWith(u's') && isLowerWord(k - 1) && !in(k - 1, prepositions)
            && !in(k - 1, determiners) && !m_lex.cuesFor(key(k - 1)) && !in(k - 1, auxiliaries);
        if (!(in(k - 1, clauseOpeners) || in(k - 1, relativePronouns) || in(k - 1, auxiliaries)
              || in(k - 1, negations) || isAdverb(k - 1) || afterNoun))
            return false;
    }
    // "the Trump campaign", "Clinton supporters": a capitalised word before a verb form makes a noun
    // compound only for plural nouns; a verb in the past is a verb.
    return !isCapitalised(k);
}

int ClauseReader::beforeVerbGroup(int verb, int floor) const
{
    int j = verb - 1;
    for (;;) {
        while (j >= floor && isWord(j) && (in(j, auxiliaries) || in(j, negations) || isAdverb(j)))
            --j;
        // "China on Wednesday warned", "Blazer last night slammed": a time between subject and verb.
        if (j - 1 >= floor && isWord(j) && in(j, timeWords) && isWord(j - 1)
            && (in(j - 1, prepositions) || in(j - 1, timeWords))) {
            j -= 2;
            continue;
        }
        break;
    }
    return j;
}

int ClauseReader::afterAdjuncts(int k, int end) const
{
    for (int steps = 0; k < end && steps < 6; ++steps) {
        if (isAdverb(k) || (isWord(k) && in(k, timeWords))) {
            ++k;
            continue;
        }
        // "on Monday", "on March 3", "last week"
        if (isWord(k) && (word(k) == u"on" || word(k) == u"On") && isWord(k + 1) && in(k + 1, timeWords)) {
            k += 2;
            while (k < end && valid(k) && m_seg.tokens[k].kind == Token::Kind::Number)
                ++k;
            continue;
        }
        if (valid(k) && m_seg.tokens[k].kind == Token::Kind::Number && k > 0 && in(k - 1, timeWords)) {
            ++k;
            continue;
        }
        break;
    }
    return k;
}

TokenRange ClauseReader::subjectEndingAt(int last, int floor) const
{
    if (!valid(last) || last < floor)
        return {};
    if (isPunct(last, u',')) {
        // "Brian Lee, a spokesman for the campaign, said", "A senior official, who asked not to be
        // named, said": the noun phrase before the apposition is the subject; the source takes both.
        int open = last - 1;
        while (open > floor && last - open < kMaxApposition && !isPunct(open, u',') && runOf(open) < 0
               && !isPunct(open, u';') && !isPunct(open, u':'))
            --open;
        if (open <= floor || !isPunct(open, u',') || open == last - 1)
            return {};
        // An apposition is a noun phrase ("a spokesman for …") or a relative or participle clause
        // ("who asked not to be named", "speaking in Ankara"); a clause of its own ("but it is …") is not.
        const bool clause = in(open + 1, relativePronouns) || in(open + 1, participles) || word(open + 1).endsWith(u"ing");
        for (int k = open + 1; k < last && !clause; ++k) {
            if (in(k, relativePronouns))
                break; // "a registered Republican who spoke on condition of anonymity"
            if (in(k, auxiliaries) || in(k, subordinators) || in(k, coordinators) || runOf(k) >= 0)
                return {};
        }
        const TokenRange head = subjectEndingAt(open - 1, floor);
        if (head.isEmpty())
            return {};
        return {head.first, last};
    }
    if (!isWordOrNumber(last) && !isPunct(last, u')'))
        return {};
    if (isWord(last) && (in(last, subordinators) && !in(last, relativePronouns)))
        return {};
    if (isWord(last) && in(last, relativePronouns))
        return {last, last + 1}; // "…, who said": the relative pronoun is the subject of its clause
    int k = last;
    for (int steps = 0; k - 1 >= floor && steps < kMaxSubjectWords; ++steps) {
        const int p = k - 1;
        if (runOf(p) >= 0 || !isWordOrNumber(p))
            break;
        if (in(p, subordinators) || in(p, relativePronouns))
            break;
        if (in(p, coordinators)) {
            // "Smith and Jones said": two names; otherwise a second clause begins after "and".
            if (isCapitalised(p - 1) && isCapitalised(k) && p - 1 >= floor) {
                k = p;
                continue;
            }
            break;
        }
        if (isVerbLike(p))
            break;
        k = p;
    }
    return {k, last + 1};
}

TokenRange ClauseReader::nounPhraseAt(int k, int end) const
{
    int e = k;
    for (int steps = 0; e < end && steps < kMaxSubjectWords; ++steps) {
        if (runOf(e) >= 0)
            break;
        if (isWordOrNumber(e)) {
            if (e > k && (in(e, subordinators) || in(e, relativePronouns) || in(e, auxiliaries) || in(e, participles)))
                break;
            ++e;
            continue;
        }
        // "said Paul Lee, a spokesman for the campaign."
        if (isPunct(e, u',') && e > k && isWord(e + 1) && in(e + 1, determiners) && !in(e + 1, relativePronouns)) {
            // An apposition names who the person is ("a spokesman for …", "the chairman of …"); "the
            // report, the ceasefire held" is a new clause.
            int f = e + 1;
            bool names = false;
            while (f < end && f - e < kMaxApposition && isWordOrNumber(f) && !in(f, auxiliaries)) {
                const Lexicons::WordInfo *info = m_lex.wordInfo(word(f));
                names = names || in(f, personNouns) || in(f, groupNouns) || (info && info->titles);
                ++f;
            }
            if (names && (f >= end || isPunct(f, u',') || isPunct(f, u'.'))) {
                e = f;
                continue;
            }
        }
        break;
    }
    return {k, e};
}

bool ClauseReader::opensClause(int first, int end) const
{
    if (first >= end || !valid(first))
        return false;
    if (runOf(first) >= 0)
        return true;
    if (!isWordOrNumber(first))
        return false;
    if (in(first, prepositions) || in(first, subordinators) || in(first, participles) || in(first, coordinators))
        return false;
    if (in(first, clauseOpeners) || in(first, determiners) || isCapitalised(first) || !isWord(first))
        return true;
    // A lower-case noun phrase: "said prices would rise"; a verb form would not start a clause.
    return !isVerbLike(first) && !isAdverb(first) && !in(first, objectPronouns);
}

int ClauseReader::clauseEnd(int first, int end) const
{
    end = std::min(end, first + kMaxContentTokens);
    for (int e = first; e < end; ++e) {
        if (runOf(e) >= 0)
            continue;
        if (isPunct(e, u';') || isPunct(e, u':'))
            return e;
        if (!isPunct(e, u','))
            continue;
        const int next = e + 1;
        if (isWord(next) && (word(next) == u"according" || in(next, participles)))
            return e;
        if (in(next, matrixSubordinators) && in(next + 1, personalSubjectPronouns))
            return e;
        // ", officials said." or ", Bauer said the remark was unhelpful": a clause with its own
        // subject and verb of speech starts after the comma.
        if (in(next, relativePronouns))
            continue;
        for (int j = next; j < end && j < next + 9; ++j) {
            if (!isWordOrNumber(j) || runOf(j) >= 0)
                break;
            const QList<int> *cues = m_lex.cuesFor(key(j));
            if (!cues || j == next || in(j - 1, determiners) || isPossessive(j - 1))
                continue;
            bool speech = false;
            for (int c : *cues)
                speech = speech || (m_lex.cue(c).cueClass == CueClass::Speech && (m_lex.cue(c).frames & Lexicons::QuoteFrame));
            if (speech)
                return e;
            break;
        }
    }
    return end;
}

} // namespace Parlance::Analysis
