// SPDX-License-Identifier: GPL-2.0-or-later
#include "commitmentfinder.h"

#include "lexicons.h"

#include <QHash>
#include "analysislog.h"

#include <algorithm>
#include <memory>

namespace Parlance::Analysis {

namespace {

using Model::ActorType;
using Model::CommitmentType;
using Model::Span;
using Lex = CommitmentLexicon;

enum class Pronoun : quint8 { None, We, I, He, She, They, It };

// The grammar words and word lists the rules below rely on: the sets of words-commitments.txt, and
// the vocabulary keys of the single words the rules test by name.
struct Words {
    explicit Words(const Lex &lex)
        : auxiliaries(lex.wordSet(u"auxiliaries"))
        , modals(lex.wordSet(u"modals"))
        , adverbs(lex.wordSet(u"adverbs"))
        , determiners(lex.wordSet(u"determiners"))
        , clauseWords(lex.wordSet(u"clause-words"))
        , coordinators(lex.wordSet(u"coordinators"))
        , objectWords(lex.wordSet(u"object-words"))
        , seekingWords(lex.wordSet(u"seeking-words"))
        , trailingWords(lex.wordSet(u"trailing-words"))
        , links(lex.wordSet(u"links"))
        , linking(lex.wordSet(u"linking-verbs"))
        , agents(lex.wordSet(u"agents"))
        , collectives(lex.wordSet(u"collectives"))
        , owned(lex.wordSet(u"owned"))
        , beForms(lex.wordSet(u"be-forms"))
        , undergo(lex.wordSet(u"undergo"))
        , m_vocabulary(lex.vocabulary())
    {
        // By key, so that the test for every token is an index, not a hash look-up.
        subjectPronouns = QList<Pronoun>(lex.vocabulary().size() + 1, Pronoun::None);
        possessivePronouns = subjectPronouns;
        for (const auto &[word, pronoun] : {std::pair{u"we", Pronoun::We}, {u"i", Pronoun::I}, {u"he", Pronoun::He},
                                            {u"she", Pronoun::She}, {u"they", Pronoun::They}, {u"it", Pronoun::It}})
            subjectPronouns[key(word)] = pronoun;
        for (const auto &[word, pronoun] : {std::pair{u"our", Pronoun::We}, {u"my", Pronoun::I}, {u"his", Pronoun::He},
                                            {u"her", Pronoun::She}, {u"their", Pronoun::They}, {u"its", Pronoun::It}})
            possessivePronouns[key(word)] = pronoun;
        subjectPronouns[0] = possessivePronouns[0] = Pronoun::None; // a word outside the vocabulary
        for (const auto &[tail, full] : {std::pair{u"ll", u"will"}, {u"re", u"are"}, {u"s", u"is"}, {u"ve", u"have"},
                                         {u"d", u"would"}, {u"m", u"am"}})
            contractions.insert(key(tail), key(full));
    }
    int key(QStringView word) const { return m_vocabulary.key(word); }
    Pronoun subjectPronoun(int key) const { return key > 0 && key < subjectPronouns.size() ? subjectPronouns[key] : Pronoun::None; }
    Pronoun possessivePronoun(int key) const
    {
        return key > 0 && key < possessivePronouns.size() ? possessivePronouns[key] : Pronoun::None;
    }

    const WordSet &auxiliaries;
    const WordSet &modals;
    const WordSet &adverbs;
    const WordSet &determiners;
    const WordSet &clauseWords;   // end a clause scanning forward, bound a subject scanning back
    const WordSet &coordinators;
    const WordSet &objectWords;
    const WordSet &seekingWords;  // a guarantee or assurance sought, not given
    const WordSet &trailingWords;
    const WordSet &links;
    const WordSet &linking;
    const WordSet &agents;
    const WordSet &collectives;
    const WordSet &owned;
    const WordSet &beForms;
    const WordSet &undergo;
    const Vocabulary &m_vocabulary;
    QList<Pronoun> subjectPronouns;    // by key
    QList<Pronoun> possessivePronouns; // by key
    QHash<int, int> contractions; // "’ll" → will
    const int kThat = key(u"that"), kTo = key(u"to"), kOf = key(u"of"), kOn = key(u"on"), kFor = key(u"for"),
              kAgainst = key(u"against"), kBe = key(u"be"), kBeen = key(u"been"), kHave = key(u"have"),
              kAble = key(u"able"), kNo = key(u"no"), kWill = key(u"will"), kWould = key(u"would"),
              kShall = key(u"shall"), kMust = key(u"must"), kShould = key(u"should"), kAnd = key(u"and"),
              kOr = key(u"or"), kThe = key(u"the"), kIts = key(u"its"), kTheir = key(u"their"), kNotWord = key(u"not"),
              kNamed = key(u"named"), kIdentified = key(u"identified"), kQuoted = key(u"quoted"), kWo = key(u"wo"),
              kCa = key(u"ca"), kSha = key(u"sha"), kCan = key(u"can");
};

struct Subject {
    enum Kind { None, Actor, Personal, Collective, Noun, Coordinated } kind = None;
    int actor = -1;
    Pronoun pronoun = Pronoun::None;
    int token = -1; ///< where the subject starts
};

struct Draft {
    FoundCommitment found;
    int sentence = -1;
    int spanEndToken = 0;
    Subject subject;
    QString speaker;           ///< who voices it: the quote's speaker or the reporting verb's subject
    bool holderIsSpeakersSide = false; ///< holder = the state or organisation the speaker speaks for
};

class Run {
public:
    Run(QStringView text, const TextSegmentation &seg, const QList<FoundActor> &actors,
        const QList<FoundQuote> &quotes, const Lex &lex, const Words &words)
        : m_text(text), m_seg(seg), m_actors(actors), m_quotes(quotes), m_lex(lex), m_w(words)
    {
        prepareTokens();
        mapActors();
        mapQuotes();
    }

    QList<FoundCommitment> find()
    {
        for (int s = 0; s < m_seg.sentences.size(); ++s)
            findInSentence(s);
        resolveSpeakersSides();
        QList<FoundCommitment> out;
        out.reserve(m_drafts.size());
        for (const Draft &d : std::as_const(m_drafts))
            out.append(d.found);
        return out;
    }

private:
    // --- token tables -------------------------------------------------------------------------

    void prepareTokens()
    {
        const qsizetype n = m_seg.tokens.size();
        m_keys = m_lex.vocabulary().keysOf(m_text, m_seg);
        m_negative = QList<bool>(n, false);
        m_pronoun = QList<Pronoun>(n, Pronoun::None);
        m_possessive = QList<Pronoun>(n, Pronoun::None);
        m_contracted = QList<bool>(n, false);
        m_lowerWord = QList<bool>(n, false);
        for (qsizetype i = 0; i < n; ++i) {
            const Token &t = m_seg.tokens[i];
            if (t.kind != Token::Kind::Word)
                continue;
            const QStringView w = t.textIn(m_text);
            m_lowerWord[i] = w.front().isLower();
            m_pronoun[i] = m_w.subjectPronoun(m_keys[i]);
            m_possessive[i] = m_w.possessivePronoun(m_keys[i]);
            // Contractions: "won’t" is will + not, "we’re" is we + are, "we’ll" is we + will.
            qsizetype apos = w.size() - 2;
            while (apos > 0 && w[apos] != u'\'' && w[apos].unicode() != 0x2019)
                --apos;
            if (apos <= 0)
                continue;
            const QStringView head = w.first(apos);
            const QStringView tail = w.sliced(apos + 1);
            if (tail.compare(u"t", Qt::CaseInsensitive) == 0 && head.endsWith(u'n', Qt::CaseInsensitive)) {
                m_negative[i] = true;
                int base = m_w.key(head.chopped(1));
                if (base == m_w.kWo)
                    base = m_w.kWill;
                else if (base == m_w.kCa)
                    base = m_w.kCan;
                else if (base == m_w.kSha)
                    base = m_w.kShall;
                m_keys[i] = base;
                continue;
            }
            const Pronoun p = m_w.subjectPronoun(m_w.key(head));
            const auto suffix = m_w.contractions.constFind(m_w.key(tail));
            if (p != Pronoun::None && suffix != m_w.contractions.cend()) {
                m_pronoun[i] = p;
                m_contracted[i] = true;
                m_keys[i] = *suffix;
            }
        }
    }

    void mapActors()
    {
        const qsizetype n = m_seg.tokens.size();
        m_actorAt = QList<int>(n, -1);
        m_mentionFirst = QList<int>(n, -1);
        m_mentionLast = QList<int>(n, -1);
        for (int a = 0; a < m_actors.size(); ++a) {
            m_actorByName.insert(m_actors[a].name, a);
            for (const Span &m : m_actors[a].mentions) {
                int first = firstTokenFrom(m.start);
                int last = first;
                while (last + 1 < n && m_seg.tokens[last + 1].span.start < m.end)
                    ++last;
                if (first >= n || m_seg.tokens[first].span.start >= m.end)
                    continue;
                for (int t = first; t <= last; ++t) {
                    if (m_actorAt[t] >= 0)
                        continue;
                    m_actorAt[t] = a;
                    m_mentionFirst[t] = first;
                    m_mentionLast[t] = last;
                }
            }
        }
    }

    void mapQuotes()
    {
        const qsizetype n = m_seg.tokens.size();
        m_quoteAt = QList<int>(n, -1);
        for (int q = 0; q < m_quotes.size(); ++q) {
            for (const Span &c : m_quotes[q].content) {
                for (int t = firstTokenFrom(c.start); t < n && m_seg.tokens[t].span.start < c.end; ++t)
                    m_quoteAt[t] = q;
            }
        }
    }

    int firstTokenFrom(int pos) const
    {
        const auto it = std::lower_bound(m_seg.tokens.cbegin(), m_seg.tokens.cend(), pos,
                                         [](const Token &t, int p) { return t.span.end <= p; });
        return int(it - m_seg.tokens.cbegin());
    }

    // --- token tests --------------------------------------------------------------------------

    const Token &tok(int i) const { return m_seg.tokens[i]; }
    QChar firstChar(int i) const { return m_text[tok(i).span.start]; }
    bool isPunct(int i, char16_t c) const { return tok(i).kind == Token::Kind::Punctuation && firstChar(i) == c; }
    bool isAdverb(int i) const
    {
        if (tok(i).kind != Token::Kind::Word || !m_lowerWord[i])
            return false;
        if (m_w.adverbs.contains(m_keys[i]) || hedgeOrBoosterAt(i))
            return true;
        const QStringView w = tok(i).textIn(m_text);
        return w.size() > 4 && w.endsWith(u"ly");
    }
    bool hedgeOrBoosterAt(int i) const { return m_lex.hedgesAndBoosters().matchAt(m_seg, m_keys, i, i + 1).length > 0; }
    bool isAuxOrModal(int i) const
    {
        return tok(i).kind == Token::Kind::Word && (m_w.auxiliaries.contains(m_keys[i]) || m_w.modals.contains(m_keys[i]));
    }
    bool isNegation(int i, int end) const
    {
        return m_negative[i] || m_lex.negations().matchAt(m_seg, m_keys, i, end).length > 0;
    }
    /// After a noun and "that": a clause of its own ("a guarantee that the troops will", "a pledge
    /// that it would", "assurances that Kyiv") rather than a relative clause ("any deal that leaves
    /// its fishermen out"): it opens with a determiner, a pronoun, a name or a number, or its second
    /// word is an auxiliary ("that troops would").
    bool isComplementClause(int i, int end) const
    {
        if (i >= end || tok(i).kind != Token::Kind::Word)
            return false;
        if (m_w.determiners.contains(m_keys[i]) || m_pronoun[i] != Pronoun::None || m_actorAt[i] >= 0 || !m_lowerWord[i]
            || tok(i).textIn(m_text).front().isDigit())
            return true;
        return i + 1 < end && isAuxOrModal(i + 1);
    }

    /// "to" followed by a verb: a lower-case word that is no determiner ("to meet", not "to the").
    bool isToVerb(int i, int end) const
    {
        return i + 1 < end && m_keys[i] == m_w.kTo && tok(i + 1).kind == Token::Kind::Word && m_lowerWord[i + 1]
            && !m_w.determiners.contains(m_keys[i + 1]);
    }
    bool isClauseBreak(int i) const
    {
        const Token &t = tok(i);
        if (t.kind == Token::Kind::QuoteMark || t.kind == Token::Kind::Dash)
            return true;
        if (t.kind == Token::Kind::Punctuation) {
            const QChar c = firstChar(i);
            return c != u'%' && c != u'$' && c != u'&' && c != u'/';
        }
        return false;
    }
    bool isPossessive(int i) const
    {
        const QStringView w = tok(i).textIn(m_text);
        return w.size() > 2 && (w.endsWith(u"'s") || w.endsWith(u"\u2019s"));
    }
    ActorType actorType(int a) const { return a >= 0 ? m_actors[a].type : ActorType::Other; }

    // --- conditions ---------------------------------------------------------------------------

    struct Range {
        int first = 0;
        int end = 0;
    };

    QList<Range> conditionsIn(int b, int e) const
    {
        QList<Range> out;
        for (int j = b; j < e; ++j) {
            const auto m = m_lex.conditions().matchAt(m_seg, m_keys, j, e);
            if (!m.length)
                continue;
            int k = j + m.length;
            while (k < e && !(tok(k).kind == Token::Kind::Punctuation && firstChar(k) != u'(' && firstChar(k) != u')')
                   && tok(k).kind != Token::Kind::Dash)
                ++k;
            if (k > j + m.length)
                out.append({j, k});
            j = k;
        }
        return out;
    }

    // ", but only once …", ", and if …": what may stand between a clause and its condition.
    bool onlyLinksBetween(int from, int to) const
    {
        for (int k = from; k < to; ++k)
            if (!isPunct(k, u',') && !m_w.links.contains(m_keys[k]))
                return false;
        return true;
    }

    // A condition placed before its main clause: at the start of the sentence or of a clause
    // ("If …, we will", "…, and if …, we will"), not one attached to an earlier verb ("would be
    // limited so long as …").
    bool isFronted(int cue, int b) const
    {
        if (cue == b)
            return true;
        const int p = cue - 1;
        if (tok(p).kind == Token::Kind::QuoteMark || isPunct(p, u',') || isPunct(p, u';') || isPunct(p, u':')
            || tok(p).kind == Token::Kind::Dash)
            return true;
        return m_keys[p] == m_w.kThat || m_w.coordinators.contains(m_keys[p]);
    }

    // --- the verb group and its subject ---------------------------------------------------------

    int groupStart(int cue, int b) const
    {
        int g = cue;
        while (g - 1 >= b) {
            const int p = g - 1;
            if (m_contracted[p])
                return p; // "we’re", "we’ll": the subject is inside the token
            // "Turkey stands ready to", "Kyiv remains committed to": a linking verb, like "is".
            if (isAuxOrModal(p) || isAdverb(p) || isNegation(p, cue) || (m_lowerWord[p] && m_w.linking.contains(m_keys[p])))
                g = p;
            else
                break;
        }
        return g;
    }

    bool isReportingVerb(int i) const
    {
        return tok(i).kind == Token::Kind::Word && m_lowerWord[i] && m_lex.reportingVerbs().contains(m_keys[i]);
    }

    bool isRegionBoundary(int r) const
    {
        if (m_actorAt[r] >= 0)
            return false; // "the United States" is a name, not the verb "states"
        if (isClauseBreak(r))
            return true;
        const int k = m_keys[r];
        return m_w.clauseWords.contains(k) || isReportingVerb(r) || isAuxOrModal(r) || m_pronoun[r] != Pronoun::None;
    }

    Subject subjectBefore(int group, int b, bool participle) const
    {
        Subject s;
        if (m_contracted[group])
            return {Subject::Personal, -1, m_pronoun[group], group};
        // "that Japan “will not accept” any deal": a partial quote continues the clause before it.
        int j = group - 1;
        while (j >= b && tok(j).kind == Token::Kind::QuoteMark)
            --j;
        if (j < b)
            return s;
        if (m_pronoun[j] != Pronoun::None)
            return {Subject::Personal, -1, m_pronoun[j], j};
        if (m_w.coordinators.contains(m_keys[j]))
            return {Subject::Coordinated, -1, Pronoun::None, j};
        if (isPunct(j, u',')) {
            // "The EU's envoy, Miroslav Lajcak, offered to": the name in apposition to the subject.
            if (j - 1 >= b && m_actorAt[j - 1] >= 0 && m_mentionFirst[j - 1] - 1 >= b
                && isPunct(m_mentionFirst[j - 1] - 1, u','))
                return {Subject::Actor, m_actorAt[j - 1], Pronoun::None, m_mentionFirst[j - 1]};
            // "Biden, who met …, was willing": the subject stands before the clause the commas enclose.
            int c2 = j - 1;
            while (c2 >= b && !isPunct(c2, u','))
                --c2;
            if (c2 - 1 >= b) {
                if (m_actorAt[c2 - 1] >= 0)
                    return {Subject::Actor, m_actorAt[c2 - 1], Pronoun::None, m_mentionFirst[c2 - 1]};
                if (m_pronoun[c2 - 1] != Pronoun::None)
                    return {Subject::Personal, -1, m_pronoun[c2 - 1], c2 - 1};
            }
            if (participle) {
                // ", warning that …": the subject of the main clause.
                for (int t = b; t < j; ++t) {
                    if (m_actorAt[t] >= 0)
                        return {Subject::Actor, m_actorAt[t], Pronoun::None, m_mentionFirst[t]};
                    if (m_pronoun[t] != Pronoun::None)
                        return {Subject::Personal, -1, m_pronoun[t], t};
                }
            }
            return s;
        }
        int r = j;
        int count = 0;
        while (r >= b && count < 8 && !isRegionBoundary(r)) {
            --r;
            ++count;
        }
        const int regionStart = r + 1;
        if (regionStart > j)
            return s;
        for (int t = regionStart; t <= j; ++t) {
            if (m_actorAt[t] < 0 || m_mentionFirst[t] != t)
                continue;
            const int after = m_mentionLast[t] + 1;
            if (after > group)
                continue;
            // "Russia and its allies will", "Russia's government will"
            if (after == group || m_keys[after] == m_w.kAnd || m_keys[after] == m_w.kOr || isPunct(after, u',')
                || isPossessive(m_mentionLast[t]))
                return {Subject::Actor, m_actorAt[t], Pronoun::None, t};
            // "a U.S. envoy pressed", "Russian troops will": someone acting for the state named before them.
            if (after + 1 == group && m_lowerWord[after] && m_w.agents.contains(m_keys[after]))
                return {Subject::Actor, m_actorAt[t], Pronoun::None, t};
        }
        if (m_actorAt[j] >= 0)
            return {Subject::Actor, m_actorAt[j], Pronoun::None, m_mentionFirst[j]};
        // "the alliance would …": a collective noun that refers back like "it".
        if (j == regionStart + 1 && m_keys[regionStart] == m_w.kThe && m_w.collectives.contains(m_keys[j]))
            return {Subject::Collective, -1, Pronoun::It, regionStart};
        // "NATO said its peacekeepers were ready to": the owner's troops, envoys or forces act for it.
        if (j >= regionStart + 1 && m_w.owned.contains(m_keys[j]) && (m_keys[j - 1] == m_w.kIts || m_keys[j - 1] == m_w.kTheir))
            return {Subject::Personal, -1, m_keys[j - 1] == m_w.kIts ? Pronoun::It : Pronoun::They, j - 1};
        return {Subject::Noun, -1, Pronoun::None, regionStart};
    }

    // "X said (that) he …", "X told Lavrov that the US …": the actor whose reporting verb frames
    // the clause starting at `pos`; -1 if none.
    int reporterBefore(int pos, int b, int depth) const
    {
        int k = pos - 1;
        int verb = -1;
        for (int steps = 0; k >= b && steps < 6; --k, ++steps) {
            if (m_actorAt[k] < 0 && isReportingVerb(k)) {
                verb = k;
                break;
            }
            const bool skippable = m_keys[k] == m_w.kThat || isAdverb(k) || m_w.objectWords.contains(m_keys[k])
                || m_actorAt[k] >= 0 || tok(k).kind == Token::Kind::Number
                || (tok(k).kind == Token::Kind::Word && !m_lowerWord[k] && m_pronoun[k] == Pronoun::None);
            if (!skippable)
                return -1;
        }
        if (verb < 0)
            return -1;
        const int g = groupStart(verb, b);
        const Subject s = subjectBefore(g, b, false);
        if (s.kind == Subject::Actor)
            return s.actor;
        if (s.kind == Subject::Personal && depth < 3)
            return resolvePronoun(s.pronoun, s.token, b, depth + 1);
        return -1;
    }

    // "…, Foreign Minister Jean Dupuis said on Monday": the attribution after the clause.
    int reporterAfter(int from, int e) const
    {
        int k = from;
        while (k < e && !isPunct(k, u','))
            ++k;
        int lastActor = -1;
        for (int steps = 0, j = k + 1; j < e && steps < 8; ++j, ++steps) {
            if (m_actorAt[j] >= 0) {
                lastActor = m_actorAt[j];
                continue;
            }
            if (isReportingVerb(j)) {
                if (lastActor >= 0)
                    return lastActor;
                // ", said Dupuis"
                return j + 1 < e && m_actorAt[j + 1] >= 0 ? m_actorAt[j + 1] : -1;
            }
            if (isClauseBreak(j) || m_w.clauseWords.contains(m_keys[j]))
                return -1;
        }
        return -1;
    }

    bool compatible(Pronoun p, int actor) const
    {
        const ActorType t = actorType(actor);
        switch (p) {
        case Pronoun::He:
        case Pronoun::She:
        case Pronoun::I:
            return t == ActorType::Person;
        case Pronoun::It:
            return t == ActorType::State || t == ActorType::Organisation;
        case Pronoun::They:
        case Pronoun::We:
            return t != ActorType::Person && t != ActorType::Place;
        case Pronoun::None:
            break;
        }
        return false;
    }

    // The actor a pronoun refers to: the reporter framing it, else the speaker of the indirect
    // quote it stands in, else the most prominent compatible actor (the first mention of each
    // sentence, going back from here).
    int resolvePronoun(Pronoun p, int token, int b, int depth = 0) const
    {
        const int framed = reporterBefore(token, b, depth);
        if (framed >= 0 && compatible(p, framed))
            return framed;
        if (const int q = m_quoteAt[token]; q >= 0 && m_quotes[q].kind != Model::QuoteKind::Direct) {
            const int a = m_actorByName.value(m_quotes[q].speaker, -1);
            if (a >= 0 && compatible(p, a))
                return a;
            // "The two leaders said they would …": the speakers, named by no actor; not whoever
            // was named before.
            if (p == Pronoun::They && m_quotes[q].speaker.isEmpty() && m_quotes[q].source.isValid())
                return -1;
        }
        const int sentence = m_seg.sentenceAt(tok(token).span.start);
        for (int s = sentence; s >= 0 && s > sentence - 6; --s) {
            const Sentence &sen = m_seg.sentences[s];
            const int end = s == sentence ? token : sen.endToken;
            for (int t = sen.firstToken; t < end; ++t) {
                if (m_actorAt[t] >= 0 && compatible(p, m_actorAt[t]))
                    return m_actorAt[t];
            }
        }
        return -1;
    }

    QString speakerAt(int token) const
    {
        if (const int q = m_quoteAt[token]; q >= 0)
            return m_quotes[q].speaker;
        return QString();
    }

    // --- the span -------------------------------------------------------------------------------

    struct Extent {
        int end = 0; ///< token after the span
        Range time{-1, -1};
    };

    Extent extentFrom(int from, int e, bool allowThat) const
    {
        Extent x;
        int j = from;
        int last = from - 1;
        for (int n = 0; j < e && n < 28; ++n) {
            if (const auto t = m_lex.times().matchAt(m_seg, m_keys, j, e); t.length) {
                if (x.time.first < 0)
                    x.time = {j, j + t.length};
                j += t.length;
                last = j - 1;
                continue;
            }
            if (isClauseBreak(j))
                break;
            if (tok(j).kind == Token::Kind::Word) {
                const int k = m_keys[j];
                const bool demonstrative = k == m_w.kThat && (j + 1 >= e || isClauseBreak(j + 1)); // "to do that."
                if (m_w.clauseWords.contains(k) && !(allowThat && j == from && k == m_w.kThat) && !demonstrative)
                    break;
                if (m_lex.conditions().matchAt(m_seg, m_keys, j, e).length)
                    break;
                if (m_w.coordinators.contains(k) && j + 1 < e) {
                    const int nx = j + 1;
                    const QStringView w = tok(nx).textIn(m_text);
                    if (isAuxOrModal(nx) || isNegation(nx, e) || m_pronoun[nx] != Pronoun::None
                        || isReportingVerb(nx) || (m_lowerWord[nx] && w.endsWith(u"ed")))
                        break;
                }
            }
            last = j;
            ++j;
        }
        while (last >= from && tok(last).kind == Token::Kind::Word && m_w.trailingWords.contains(m_keys[last])
               && !(x.time.first >= 0 && last < x.time.end))
            --last;
        x.end = last + 1;
        return x;
    }

    // --- strength and negation ------------------------------------------------------------------

    double strengthOf(int group, int cueFirst, int cueEnd, int groupEnd) const
    {
        const auto &ladder = m_lex.modality();
        // A phrase of several words first ("not rule out").
        for (int i = group; i < cueEnd; ++i) {
            const auto m = ladder.matchAt(m_seg, m_keys, i, cueEnd);
            if (m.length > 1)
                return clampShifted(m_lex.strength(m.value), group, groupEnd);
        }
        double before = 2.0;
        for (int i = group; i < cueFirst; ++i) {
            const auto m = ladder.matchAt(m_seg, m_keys, i, cueFirst);
            if (m.length)
                before = std::min(before, m_lex.strength(m.value));
        }
        double s = before;
        if (s > 1.0) {
            const auto own = ladder.matchAt(m_seg, m_keys, cueFirst, cueEnd);
            s = own.length ? m_lex.strength(own.value) : Lex::kDefaultStrength;
        }
        return clampShifted(s, group, groupEnd);
    }

    double clampShifted(double s, int from, int end) const
    {
        for (int i = from; i < end; ++i) {
            const auto m = m_lex.hedgesAndBoosters().matchAt(m_seg, m_keys, i, end);
            if (m.length) {
                s += m_lex.shift(m.value);
                i += m.length - 1;
            }
        }
        return std::clamp(s, 0.0, 1.0);
    }

    bool negatedIn(int from, int end) const
    {
        for (int i = from; i < end; ++i)
            if (isNegation(i, end))
                return true;
        return false;
    }

    // --- cues -------------------------------------------------------------------------------------

    struct CueMatch {
        int first = 0;
        int end = 0;      ///< after the cue words
        int contentFrom = 0; ///< where the committed content starts (after the addressee)
        Lex::Cue cue;
        bool noun = false;
        bool modal = false;
        int addressee = -1;
        int mainVerbEnd = 0; ///< for negation: the verb group ends here
    };

    bool isNounContext(int i, int b) const
    {
        for (int back = 1; back <= 2 && i - back >= b; ++back) {
            const int p = i - back;
            if (tok(p).kind != Token::Kind::Word)
                return false;
            if (m_w.determiners.contains(m_keys[p]) || isPossessive(p))
                return true;
            if (m_actorAt[p] >= 0) // "a US guarantee", "Russian demands"
                continue;
            if (!m_lowerWord[p] || isAuxOrModal(p) || isAdverb(p) || m_pronoun[p] != Pronoun::None)
                return false;
            // A bare plural after a verb: "gave assurances that", "sought guarantees".
            if (back == 1 && tok(i).textIn(m_text).endsWith(u's'))
                return true;
        }
        return false;
    }

    bool matchCommissive(int i, int b, int e, CueMatch &out) const
    {
        const auto m = m_lex.commissives().matchAt(m_seg, m_keys, i, e);
        if (!m.length)
            return false;
        const int end = i + m.length;
        const bool nounContext = isNounContext(i, b);
        for (const Lex::Cue &cue : m_lex.cues(m.value)) {
            CueMatch c;
            c.first = i;
            c.end = end;
            c.contentFrom = end;
            c.mainVerbEnd = end;
            c.cue = cue;
            if (cue.flags & Lex::Marker)
                continue;
            if (cue.flags & Lex::Noun) {
                if (!nounContext || end >= e)
                    continue;
                const int k = m_keys[end];
                // "of" + gerund for any noun ("no intention of leaving"), "of" + noun for threats.
                const bool ofGerund = k == m_w.kOf && end + 1 < e && m_lowerWord[end + 1]
                    && tok(end + 1).textIn(m_text).endsWith(u"ing");
                const bool ok = (k == m_w.kThat && isComplementClause(end + 1, e)) || isToVerb(end, e) || ofGerund
                    || (cue.type == CommitmentType::Threat && k == m_w.kOf) || (cue.type == CommitmentType::Demand && k == m_w.kFor);
                if (!ok)
                    continue;
                c.noun = true;
                out = c;
                return true;
            }
            if (nounContext)
                continue;
            if (cue.flags & Lex::Readiness) {
                if (!isToVerb(end, e))
                    continue;
                out = c;
                return true;
            }
            // "The talks were expected to continue": a passive names no one who commits.
            if (i - 1 >= b && m_w.auxiliaries.contains(m_keys[i - 1]) && cue.type != CommitmentType::Promise
                && tok(i).textIn(m_text).endsWith(u"ed") && !(cue.flags & Lex::Verb)) {
                if (m_w.beForms.contains(m_keys[i - 1]))
                    continue;
            }
            int pos = end;
            if ((cue.flags & Lex::TakesAddressee) && pos < e) {
                if (m_actorAt[pos] >= 0 && m_mentionFirst[pos] == pos) {
                    c.addressee = m_actorAt[pos];
                    pos = std::min(m_mentionLast[pos] + 1, e);
                } else if (m_w.objectWords.contains(m_keys[pos])) {
                    pos = pos + 1;
                } else {
                    // A noun phrase that names no actor: "urged both sides to", "warned the council that".
                    for (int k = pos + 1; k < e && k <= pos + 4; ++k) {
                        if (isToVerb(k, e) || (m_keys[k] == m_w.kThat && cue.type != CommitmentType::Demand)) {
                            pos = k;
                            break;
                        }
                        if (tok(k).kind != Token::Kind::Word || m_w.clauseWords.contains(m_keys[k]) || isAuxOrModal(k)
                            || isReportingVerb(k))
                            break;
                    }
                }
            }
            c.contentFrom = pos;
            const bool hasObject = pos > end;
            if (cue.type == CommitmentType::Demand && hasObject) {
                if (!isToVerb(pos, e))
                    continue;
            } else if (cue.flags & Lex::NeedsComplement) {
                if (pos >= e)
                    continue;
                const int k = m_keys[pos];
                // "agreed to a deal", "committed to the ceasefire": these take a noun after "to" too.
                const bool toNoun = k == m_w.kTo && pos + 1 < e
                    && (cue.type == CommitmentType::Agreement || cue.type == CommitmentType::Promise);
                const bool ok = isToVerb(pos, e) || toNoun || k == m_w.kThat || k == m_w.kOn
                    || (cue.type == CommitmentType::Threat && (k == m_w.kOf || k == m_w.kAgainst));
                if (!ok)
                    continue;
            } else if (!(cue.flags & Lex::Verb)) {
                continue;
            }
            if (isAnonymity(pos, e))
                continue;
            out = c;
            return true;
        }
        return false;
    }

    // "asked not to be named", "declined to be identified": how a source stays anonymous, not a
    // commitment.
    bool isAnonymity(int pos, int e) const
    {
        int k = pos;
        if (k < e && m_keys[k] == m_w.kNotWord)
            ++k;
        return k + 2 < e && m_keys[k] == m_w.kTo && m_keys[k + 1] == m_w.kBe
            && (m_keys[k + 2] == m_w.kNamed || m_keys[k + 2] == m_w.kIdentified || m_keys[k + 2] == m_w.kQuoted);
    }

    bool matchModal(int i, int e, CueMatch &out) const
    {
        const int k = m_keys[i];
        if (tok(i).kind != Token::Kind::Word
            || !(k == m_w.kWill || k == m_w.kWould || k == m_w.kShall || k == m_w.kMust || k == m_w.kShould))
            return false;
        int j = i + 1;
        while (j < e && (isAdverb(j) || isNegation(j, e)))
            ++j;
        if (j < e && (m_keys[j] == m_w.kBe || m_keys[j] == m_w.kHave)) {
            if (j + 1 < e && m_keys[j + 1] == m_w.kAble)
                return false; // ability, not commitment: "will be able to"
            ++j;
            while (j < e && (isAdverb(j) || m_keys[j] == m_w.kBeen))
                ++j;
        }
        if (j >= e || tok(j).kind != Token::Kind::Word || !m_lowerWord[j])
            return false;
        // "will offer", "would be prepared to": the commissive word makes the commitment.
        if (const auto m = m_lex.commissives().matchAt(m_seg, m_keys, j, e); m.length) {
            for (const Lex::Cue &cue : m_lex.cues(m.value))
                if (!(cue.flags & (Lex::Marker | Lex::Noun)))
                    return false;
        }
        out = {};
        out.first = i;
        out.end = i + 1;
        out.contentFrom = i + 1;
        out.modal = true;
        out.mainVerbEnd = j + 1;
        return true;
    }

    // Type of a will/would clause from the markers it contains ("would impose sanctions": threat).
    CommitmentType modalType(int from, int end, bool negated) const
    {
        bool threat = false;
        bool refusal = false;
        for (int i = from; i < end; ++i) {
            const auto m = m_lex.commissives().matchAt(m_seg, m_keys, i, end);
            if (!m.length)
                continue;
            for (const Lex::Cue &cue : m_lex.cues(m.value)) {
                if (!(cue.flags & Lex::Marker))
                    continue;
                threat = threat || cue.type == CommitmentType::Threat;
                refusal = refusal || cue.type == CommitmentType::Refusal;
            }
        }
        if (negated && refusal)
            return CommitmentType::Refusal;
        if (threat)
            return CommitmentType::Threat;
        return negated ? CommitmentType::Assurance : CommitmentType::Promise;
    }

    // --- one sentence ----------------------------------------------------------------------------

    void findInSentence(int sIndex)
    {
        const Sentence &sen = m_seg.sentences[sIndex];
        const int b = sen.firstToken;
        const int e = sen.endToken;
        const QList<Range> conditions = conditionsIn(b, e);
        const auto conditionAt = [&](int t) {
            for (const Range &r : conditions)
                if (t >= r.first && t < r.end)
                    return true;
            return false;
        };
        int i = b;
        while (i < e) {
            CueMatch c;
            if (tok(i).kind != Token::Kind::Word || conditionAt(i)
                || !(matchCommissive(i, b, e, c) || matchModal(i, e, c))) {
                ++i;
                continue;
            }
            Draft d;
            d.sentence = sIndex;
            if (!buildDraft(c, sIndex, b, e, conditions, d)) {
                i = c.end;
                continue;
            }
            m_drafts.append(d);
            i = std::max(d.spanEndToken, c.end);
        }
    }

    bool buildDraft(const CueMatch &c, int sIndex, int b, int e, const QList<Range> &conditions, Draft &d)
    {
        FoundCommitment &f = d.found;
        int start = c.first;
        int group = c.first;
        if (c.noun) {
            // "a guarantee that …", "Moscow’s demand for …", "no intention to …"
            for (int back = 1; back <= 2 && c.first - back >= b; ++back) {
                const int p = c.first - back;
                if (m_w.determiners.contains(m_keys[p]) || isPossessive(p)) {
                    start = p;
                    break;
                }
            }
            group = start;
        } else {
            group = groupStart(c.first, b);
            start = group;
            while (start < c.first && isAdverb(start) && m_pronoun[start] == Pronoun::None)
                ++start;
        }
        const Extent x = extentFrom(c.contentFrom, e, true);
        const int spanEnd = std::max(x.end, c.end);
        d.spanEndToken = spanEnd;
        f.span = Span(tok(start).span.start, tok(spanEnd - 1).span.end);
        f.cue = Span(tok(c.first).span.start, tok(c.end - 1).span.end);
        if (c.addressee >= 0)
            f.addressee = m_actors[c.addressee].name;

        // Negation and type.
        f.negated = c.noun ? (start < c.first && m_keys[start] == m_w.kNo) : negatedIn(group, c.mainVerbEnd);
        if (c.modal) {
            const int k = m_keys[c.first];
            f.type = (k == m_w.kMust || k == m_w.kShould) ? CommitmentType::Demand
                                                  : modalType(c.contentFrom, spanEnd, f.negated);
        } else {
            f.type = f.negated && c.cue.typeWhenNegated ? *c.cue.typeWhenNegated : c.cue.type;
            if (c.noun && c.cue.type == CommitmentType::Demand && !m_w.seekingWords.contains(m_keys[c.first])) {
                bool sought = false;
                for (int t = b; t < e && !sought; ++t)
                    sought = t != c.first && m_w.seekingWords.contains(m_keys[t]);
                if (!sought)
                    f.type = CommitmentType::Assurance;
            }
        }
        f.strength = strengthOf(group, c.first, c.end, std::max(c.end, c.mainVerbEnd));

        // Time: in the span, else between the subject and the verb group ("next week the US will").
        if (x.time.first >= 0) {
            f.time = Span(tok(x.time.first).span.start, tok(x.time.end - 1).span.end);
        } else {
            int from = group;
            while (from - 1 >= std::max(b, group - 6) && !isClauseBreak(from - 1)
                   && !m_w.clauseWords.contains(m_keys[from - 1]) && !isReportingVerb(from - 1))
                --from;
            for (int t = from; t < group; ++t) {
                if (const auto m = m_lex.times().matchAt(m_seg, m_keys, t, group); m.length) {
                    f.time = Span(tok(t).span.start, tok(t + m.length - 1).span.end);
                    break;
                }
            }
        }

        // Condition: the nearest "if …" clause before the verb group, else one right after the span.
        const Range *cond = nullptr;
        for (const Range &r : conditions) {
            if (r.end <= group && isFronted(r.first, b))
                cond = &r;
            else if (!cond && r.first >= spanEnd && r.first <= spanEnd + 3 && onlyLinksBetween(spanEnd, r.first))
                cond = &r;
        }
        if (cond)
            f.condition = Span(tok(cond->first).span.start, tok(cond->end - 1).span.end);

        // Holder.
        d.subject = c.noun ? nounHolder(c.first, start, b) : subjectBefore(group, b, c.first == group && tok(c.first).textIn(m_text).endsWith(u"ing"));
        d.speaker = speakerAt(c.first);
        const int subjectPos = d.subject.token >= 0 ? d.subject.token : group;
        if (d.speaker.isEmpty()) {
            int r = reporterBefore(subjectPos, b, 0);
            if (r < 0)
                r = reporterAfter(spanEnd, e);
            if (r >= 0)
                d.speaker = m_actors[r].name;
        }
        return resolveHolder(c, sIndex, d);
    }

    Subject nounHolder(int cue, int start, int b) const
    {
        if (start < cue) {
            if (isPossessive(start) && m_actorAt[start] >= 0)
                return {Subject::Actor, m_actorAt[start], Pronoun::None, start};
            if (const Pronoun p = m_possessive[start]; p != Pronoun::None)
                return {Subject::Personal, -1, p, start};
        }
        // The subject of the verb that governs the noun: "Iran had no intention of …".
        if (const int v = start - 1; v > b && tok(v).kind == Token::Kind::Word && m_lowerWord[v]
            && !m_w.determiners.contains(m_keys[v]) && !m_w.clauseWords.contains(m_keys[v])) {
            const Subject s = subjectBefore(groupStart(v, b), b, false);
            if (s.kind == Subject::Actor || s.kind == Subject::Personal)
                return s;
        }
        // The subject of the sentence: its first actor or personal pronoun.
        for (int t = b; t < start; ++t) {
            if (m_actorAt[t] >= 0)
                return {Subject::Actor, m_actorAt[t], Pronoun::None, m_mentionFirst[t]};
            if (m_pronoun[t] != Pronoun::None && tok(t).kind == Token::Kind::Word && !m_lowerWord[t])
                return {Subject::Personal, -1, m_pronoun[t], t};
        }
        return {};
    }

    bool resolveHolder(const CueMatch &c, int sIndex, Draft &d)
    {
        FoundCommitment &f = d.found;
        const Subject &s = d.subject;
        // "Russia will pay a heavy price", "Moscow would face sanctions": the subject undergoes the
        // threat; the one who voices it holds it.
        const bool undergoes = c.modal && c.mainVerbEnd > c.end && m_w.undergo.contains(m_keys[c.mainVerbEnd - 1]);
        if (undergoes)
            f.type = CommitmentType::Threat;
        const bool mustLike = c.modal && (f.type == CommitmentType::Demand || undergoes);
        const int b = m_seg.sentences[sIndex].firstToken;
        switch (s.kind) {
        case Subject::Actor:
            if (mustLike) {
                // "Russia must withdraw", said by someone: a demand on Russia by the speaker.
                if (d.speaker.isEmpty())
                    return false;
                f.addressee = m_actors[s.actor].name;
                f.holder = d.speaker;
                return true;
            }
            f.holder = m_actors[s.actor].name;
            return true;
        case Subject::Personal:
            if (s.pronoun == Pronoun::We || s.pronoun == Pronoun::I) {
                if (mustLike && !undergoes)
                    f.type = CommitmentType::Promise; // "we must" binds the speaker's side
                f.holder = d.speaker;
                d.holderIsSpeakersSide = s.pronoun == Pronoun::We;
                return !f.holder.isEmpty() || !c.modal;
            } else {
                const int a = resolvePronoun(s.pronoun, s.token, b);
                if (mustLike) {
                    if (d.speaker.isEmpty())
                        return false;
                    f.holder = d.speaker;
                    if (a >= 0)
                        f.addressee = m_actors[a].name;
                    return true;
                }
                if (a >= 0)
                    f.holder = m_actors[a].name;
                return a >= 0 || !c.modal;
            }
        case Subject::Collective: {
            // "Rutte said the alliance would …": the body the speaker speaks for, else the
            // organisation or state mentioned last.
            const int speaker = m_actorByName.value(d.speaker, -1);
            if (!mustLike && speaker >= 0 && m_actors[speaker].type == ActorType::Person) {
                f.holder = d.speaker;
                d.holderIsSpeakersSide = true;
                return true;
            }
            const int a = resolvePronoun(Pronoun::It, s.token, b);
            if (a >= 0)
                f.holder = m_actors[a].name;
            return a >= 0 || !c.modal;
        }
        case Subject::Coordinated:
            if (!m_drafts.isEmpty() && m_drafts.last().sentence == sIndex) {
                f.holder = m_drafts.last().found.holder;
                d.speaker = m_drafts.last().speaker;
                d.holderIsSpeakersSide = m_drafts.last().holderIsSpeakersSide;
                return true;
            }
            // "Borduria could consider it but would never accept …": the subject of the clause
            // before the conjunction.
            for (int k = s.token - 1; k >= b && !isClauseBreak(k); --k) {
                if (!isAuxOrModal(k))
                    continue;
                Subject earlier = subjectBefore(groupStart(k, b), b, false);
                if (earlier.kind == Subject::Actor || earlier.kind == Subject::Personal) {
                    d.subject = earlier;
                    return resolveHolder(c, sIndex, d);
                }
                break;
            }
            return !c.modal;
        case Subject::Noun:
        case Subject::None:
            break;
        }
        // No actor as subject. A threat voiced in a quote is the speaker's side's ("Such attacks
        // will be met with a firm response"); an explicit commissive word stays, holder unknown.
        if (c.modal) {
            const bool inDirectQuote = m_quoteAt[c.first] >= 0 && m_quotes[m_quoteAt[c.first]].kind == Model::QuoteKind::Direct;
            if (f.type == CommitmentType::Threat && inDirectQuote && !d.speaker.isEmpty()) {
                f.holder = d.speaker;
                d.holderIsSpeakersSide = true;
                return true;
            }
            return false;
        }
        return true;
    }

    // "We" in a diplomat's mouth is their government: the state or organisation the speaker is
    // tied to by their role ("US Secretary of State"), else the one whose commitments the speaker
    // reports most often in this text.
    void resolveSpeakersSides()
    {
        QHash<QString, QHash<QString, int>> reported;
        for (const Draft &d : std::as_const(m_drafts)) {
            if (d.subject.kind != Subject::Actor || d.speaker.isEmpty() || d.holderIsSpeakersSide)
                continue;
            const ActorType t = actorType(d.subject.actor);
            if (t != ActorType::Person && t != ActorType::Place && d.found.holder != d.speaker)
                ++reported[d.speaker][d.found.holder];
        }
        QHash<QString, QString> sideOf;
        for (Draft &d : m_drafts) {
            if (!d.holderIsSpeakersSide || d.speaker.isEmpty())
                continue;
            auto it = sideOf.find(d.speaker);
            if (it == sideOf.end())
                it = sideOf.insert(d.speaker, sideFor(d.speaker, reported.value(d.speaker)));
            d.found.holder = *it;
            if (d.found.holder == d.speaker && d.subject.kind == Subject::Collective) {
                // No side known for the speaker: the organisation or state mentioned last.
                const int b = m_seg.sentences[d.sentence].firstToken;
                if (const int a = resolvePronoun(Pronoun::It, d.subject.token, b); a >= 0)
                    d.found.holder = m_actors[a].name;
            }
        }
        for (const Draft &d : std::as_const(m_drafts))
            qCDebug(lcCommitments) << d.found.span.textIn(m_text) << "holder" << d.found.holder << "speaker"
                                   << d.speaker << "subject" << d.subject.kind << "speaker's side"
                                   << d.holderIsSpeakersSide;
    }

    QString sideFor(const QString &speaker, const QHash<QString, int> &reported) const
    {
        const int a = m_actorByName.value(speaker, -1);
        if (a < 0 || m_actors[a].type != ActorType::Person)
            return speaker;
        const QString &role = m_actors[a].role;
        if (!role.isEmpty()) {
            for (const FoundActor &other : m_actors) {
                if (other.type == ActorType::Person || other.type == ActorType::Place)
                    continue;
                QStringList names = other.aliases;
                names.append(other.name);
                for (const QString &n : std::as_const(names)) {
                    const qsizetype at = role.indexOf(n, 0, Qt::CaseInsensitive);
                    const bool wordStart = at == 0 || (at > 0 && !role[at - 1].isLetter());
                    const bool wordEnd = at >= 0 && (at + n.size() == role.size() || !role[at + n.size()].isLetter());
                    if (at >= 0 && wordStart && wordEnd)
                        return other.name;
                }
            }
        }
        // A state or organisation named in the role though not elsewhere in the text:
        // "NATO Secretary General", "Russian Foreign Minister" (countries.txt, organisations.txt).
        if (!role.isEmpty()) {
            const std::shared_ptr<const Lexicons> lexicons = Lexicons::builtIn();
            const QStringList words = role.split(u' ', Qt::SkipEmptyParts);
            for (int i = 0; i < words.size(); ++i) {
                const QList<int> *phrases = lexicons->entityPhrasesFor(words[i]);
                if (!phrases)
                    continue;
                for (int p : *phrases) {
                    const Lexicons::EntityPhrase &phrase = lexicons->entityPhrase(p);
                    if (words.mid(i, phrase.words.size()) == phrase.words)
                        return lexicons->entity(phrase.entity).name;
                }
            }
        }
        QString best;
        int bestCount = 0;
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
                best = it.key();
                bestCount = it.value();
            }
        }
        return best.isEmpty() ? speaker : best;
    }

    QStringView m_text;
    const TextSegmentation &m_seg;
    const QList<FoundActor> &m_actors;
    const QList<FoundQuote> &m_quotes;
    const Lex &m_lex;
    const Words &m_w;

    QList<int> m_keys;
    QList<bool> m_negative;
    QList<Pronoun> m_pronoun;    ///< subject forms, also inside contractions ("we’re")
    QList<Pronoun> m_possessive; ///< our, his, their, …
    QList<bool> m_contracted;    ///< the pronoun and the verb share a token
    QList<bool> m_lowerWord;
    QList<int> m_actorAt;
    QList<int> m_mentionFirst;
    QList<int> m_mentionLast;
    QList<int> m_quoteAt;
    QHash<QString, int> m_actorByName;
    QList<Draft> m_drafts;
};

// The word classes looked up by name and the keys of the words the rules name: once per lexicon
// and thread rather than once per text (the analysis of many files runs on every core).
const Words &wordsOf(const std::shared_ptr<const Lex> &lexicon)
{
    thread_local std::weak_ptr<const Lex> owner;
    thread_local std::unique_ptr<const Words> words;
    if (!words || owner.lock() != lexicon) {
        words = std::make_unique<const Words>(*lexicon);
        owner = lexicon;
    }
    return *words;
}

} // namespace

CommitmentFinder::CommitmentFinder(std::shared_ptr<const CommitmentLexicon> lexicon)
    : m_lexicon(std::move(lexicon))
{
}

QList<FoundCommitment> CommitmentFinder::find(QStringView text, const TextSegmentation &segmentation,
                                              const QList<FoundActor> &actors, const QList<FoundQuote> &quotes) const
{
    if (!m_lexicon)
        return {};
    return Run(text, segmentation, actors, quotes, *m_lexicon, wordsOf(m_lexicon)).find();
}

} // namespace Parlance::Analysis
