// SPDX-License-Identifier: GPL-2.0-or-later
#include "actorfinder.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Parlance::Analysis {

namespace {

using Model::ActorType;
using Model::Span;

bool isAcronym(QStringView w)
{
    if (w.size() < 2)
        return false;
    for (QChar c : w)
        if (!c.isUpper() && !c.isDigit())
            return false;
    return true;
}

// The word classes of words-actors.txt the rules below read, looked up once per text.
struct Words {
    explicit Words(const Lexicons &lex)
        : notNames(lex.wordSet(u"not-names"))
        , outletNames(lex.wordSet(u"outlet-names"))
        , outletLastWords(lex.wordSet(u"outlet-last-words"))
        , verbAdverbs(lex.wordSet(u"verb-adverbs"))
        , prepositions(lex.wordSet(u"prepositions"))
        , nameParticles(lex.wordSet(u"name-particles"))
        , auxiliaries(lex.wordSet(u"auxiliaries"))
        , locatives(lex.wordSet(u"locatives"))
        , motionWords(lex.wordSet(u"motion-words"))
        , institutionHeads(lex.wordSet(u"institution-heads"))
        , genericInstitutionWords(lex.wordSet(u"generic-institution-words"))
        , eventNouns(lex.wordSet(u"event-nouns"))
        , creditLineOpeners(lex.wordSet(u"credit-line-openers"))
        , appositionOpeners(lex.wordSet(u"apposition-openers"))
        , notVerbs(lex.wordSet(u"not-verbs"))
    {
    }
    const WordSet &notNames;
    const WordSet &outletNames;
    const WordSet &outletLastWords;
    const WordSet &verbAdverbs;
    const WordSet &prepositions;
    const WordSet &nameParticles;
    const WordSet &auxiliaries;
    const WordSet &locatives;
    const WordSet &motionWords;
    const WordSet &institutionHeads;
    const WordSet &genericInstitutionWords;
    const WordSet &eventNouns;
    const WordSet &creditLineOpeners;
    const WordSet &appositionOpeners;
    const WordSet &notVerbs;
};

// How many earlier mentions a pronoun or role noun is compared with.
constexpr int kMaxAntecedents = 64;

struct Candidate {
    int first = 0;     // first token of the whole mention (title included)
    int nameFirst = 0; // first token of the name proper
    int end = 0;
    QString role;
    QString roleHead;
    Gender gender = Gender::Unknown;
    bool strong = false;
};

struct Actor {
    FoundActor found;
    Gender gender = Gender::Unknown;
    QString key;      // normalised full name (people) or entity name
    QString lastWord; // surname of a person
    QString roleHead;
    int entity = -1;
    int firstPos = 0;
};

class Pass {
public:
    Pass(const Lexicons &lex, QStringView text, const TextSegmentation &seg, const QList<int> &quoteOfToken)
        : m_lex(lex), m_w(lex), m_text(text), m_seg(seg), m_quoteOfToken(quoteOfToken)
    {
        const int n = int(seg.tokens.size());
        m_stem.resize(n);
        m_sentenceOf.resize(n);
        for (int s = 0; s < seg.sentences.size(); ++s)
            for (int k = seg.sentences[s].firstToken; k < seg.sentences[s].endToken; ++k)
                m_sentenceOf[k] = s;
        m_info.resize(n);
        m_keys = lex.vocabulary().keysOf(text, seg);
        m_stemKey = QList<int>(n, 0);
        for (int k = 0; k < n; ++k) {
            m_stem[k] = stemOf(k);
            if (seg.tokens[k].kind != Token::Kind::Word) {
                m_info[k] = nullptr;
                continue;
            }
            // The token's own key unless the stem dropped a dot or a possessive ending.
            m_stemKey[k] = m_stem[k].size() == seg.tokens[k].span.length() ? m_keys[k] : lex.vocabulary().key(m_stem[k]);
            m_info[k] = lex.wordInfo(m_stem[k], m_stemKey[k]);
        }
    }

    ActorTable run();

private:
    // The word classes (words-actors.txt).
    // By the vocabulary key of a token's stem (m_stemKey), or of a word made for the test.
    bool isNotName(int key) const { return m_w.notNames.contains(key) || m_w.outletNames.contains(key); }
    bool isMediaWord(int key) const { return m_w.outletLastWords.contains(key); }
    bool isNameParticle(int key) const { return m_w.nameParticles.contains(key); }
    bool isAuxiliary(int key) const { return m_w.auxiliaries.contains(key); }
    bool isLocative(int key) const { return m_w.locatives.contains(key); }
    bool isMotionWord(int key) const { return m_w.motionWords.contains(key); }
    bool isInstitutionHead(int key) const { return m_w.institutionHeads.contains(key); }
    bool isGenericInstitutionWord(int key) const
    {
        return m_w.genericInstitutionWords.contains(key) || isInstitutionHead(key);
    }
    int wordKey(QStringView w) const { return m_lex.vocabulary().key(w); }

    QStringView stemOf(int k) const
    {
        const Token &t = m_seg.tokens[k];
        QStringView w = t.textIn(m_text);
        if (t.kind != Token::Kind::Word)
            return w;
        if (t.abbreviation && w.count(u'.') == 1 && w.endsWith(u'.'))
            w.chop(1); // Mr. → Mr
        // ’s, 's or ’S (tested by character: this runs for every word)
        if (const qsizetype n = w.size(); n > 2) {
            const char16_t last = w[n - 1].unicode(), before = w[n - 2].unicode();
            if ((last == u's' && (before == u'\u2019' || before == u'\'')) || (last == u'S' && before == u'\u2019'))
                w.chop(2);
        }
        return w;
    }
    bool isWord(int k) const { return k < int(m_seg.tokens.size()) && m_seg.tokens[k].kind == Token::Kind::Word; }
    /// "the" or "The" (a word): the key rules out every other word without comparing letters.
    bool isThe(int k) const { return m_stemKey[k] == m_kThe && (m_stem[k] == u"the" || m_stem[k] == u"The"); }
    QString nameKey(int first, int end) const;
    /// "I'll", "We're", "Don't": a contraction is never a name.
    bool isContraction(int k) const
    {
        const QStringView w = m_stem[k];
        const qsizetype apostrophe = std::max(w.lastIndexOf(u'\''), w.lastIndexOf(u'\u2019'));
        if (apostrophe <= 0)
            return false;
        const QStringView tail = w.sliced(apostrophe + 1);
        return tail == u"ll" || tail == u"ve" || tail == u"re" || tail == u"d" || tail == u"m" || tail == u"t";
    }
    /// "Russia's", "allies’": the stem dropped a possessive ending (not an abbreviation's dot).
    bool isPossessive(int k) const
    {
        const QStringView w = m_seg.tokens[k].textIn(m_text);
        return m_stem[k].size() != w.size() && !w.endsWith(u'.');
    }
    bool isComma(int k) const
    {
        return k >= 0 && k < int(m_seg.tokens.size()) && m_seg.tokens[k].kind == Token::Kind::Punctuation
            && m_seg.tokens[k].textIn(m_text) == u",";
    }
    quint8 verbFlags(int k) const { return k < int(m_info.size()) && m_info[k] ? m_info[k]->verbFlags : 0; }
    bool isCapitalised(int k) const { return isWord(k) && m_stem[k].size() > 0 && m_stem[k][0].isUpper(); }
    bool sameSentence(int a, int b) const
    {
        return b < int(m_seg.tokens.size()) && m_sentenceOf[a] == m_sentenceOf[b];
    }
    bool sentenceInitial(int k) const { return m_seg.sentences[m_sentenceOf[k]].firstToken == k
                                               || (k > 0 && m_seg.tokens[k - 1].kind == Token::Kind::QuoteMark
                                                   && m_seg.sentences[m_sentenceOf[k]].firstToken == k - 1); }
    Span spanOf(int first, int end) const
    {
        return Span(m_seg.tokens[first].span.start, m_seg.tokens[first].span.start
                        + int(m_stem[end - 1].data() - m_text.data()) - m_seg.tokens[first].span.start
                        + int(m_stem[end - 1].size()));
    }

    int matchEntity(int k, int *entityPhrase) const;
    /// The length of a place name (places.txt) or a news outlet's (outlets.txt) starting at k, 0 if none.
    int matchNameList(int k, bool outlets) const;
    int matchPlace(int k) const { return matchNameList(k, false); }
    int matchOutlet(int k) const { return matchNameList(k, true); }
    bool placeUse(int k) const;
    bool attributive(int next) const;
    int institutionAfter(int k) const;
    int lowerCaseBodyAfter(int k) const;
    bool isCreditLine(int paragraphFirstToken) const
    {
        // "By Jane Doe", "(Reporting by Jane Doe; Editing by John Smith)": the newsroom, not actors.
        int k = paragraphFirstToken;
        if (!isWord(k))
            ++k;
        if (!isWord(k))
            return false;
        return m_w.creditLineOpeners.contains(m_stemKey[k]);
    }
    int organisationActor(const QString &name);
    int matchTitle(int k, int *title) const;
    int nameAfter(int k) const;
    bool verbFollows(int end) const;
    bool appositionThenVerb(int end) const;
    void scan();
    void addEntityMention(int first, int end, int phrase);
    void buildPeople();
    /// A role set off by commas next to a name: "Mehmet Arslan, Turkey's foreign minister, said",
    /// "Zelenskyy's chief of staff, Andriy Yermak, said". Empty if none; `head` gets its role noun.
    QString appositionRole(const Candidate &c, QString *head) const;
    void markSubjects();
    void resolveAnaphors();
    /// Whether a "they" follows, in its sentence, a reporting verb whose subject is a plural noun naming no actor.
    bool pluralSpeakerBefore(int mention) const;
    ActorTable finish();

    const Lexicons &m_lex;
    const Words m_w;
    QStringView m_text;
    const TextSegmentation &m_seg;
    const QList<int> &m_quoteOfToken;
    QList<QStringView> m_stem;
    QList<int> m_keys;    // per token: the vocabulary key of its text (ActorTable::keyOfToken)
    QList<int> m_stemKey; // per token: the vocabulary key of its stem (0: in no word set)
    QList<const Lexicons::WordInfo *> m_info; // per token, looked up once
    QList<int> m_sentenceOf;
    const int m_kThe = m_lex.vocabulary().key(u"the");

    QList<Actor> m_actors;
    QHash<int, int> m_actorOfEntity;
    QHash<QString, int> m_organisationByName; // organisations named without a lexicon entry
    QList<ActorMention> m_mentions;
    QList<Candidate> m_candidates;
};

int Pass::matchEntity(int k, int *entityPhrase) const
{
    if (!isWord(k))
        return 0;
    const QList<int> *list = nullptr;
    if (isThe(k)) {
        // Phrases with the article are indexed by their second word: "the" alone would list them all.
        if (k + 1 < int(m_info.size()) && m_info[k + 1])
            list = m_info[k + 1]->afterThe;
    } else if (m_info[k]) {
        list = m_info[k]->entityPhrases;
    }
    if (!list)
        return 0;
    for (int i : *list) {
        const Lexicons::EntityPhrase &p = m_lex.entityPhrase(i);
        const int n = int(p.words.size());
        bool ok = k + n <= int(m_seg.tokens.size()) && sameSentence(k, k + n - 1);
        for (int j = 1; j < n && ok; ++j)
            ok = isWord(k + j) && m_stem[k + j] == p.words[j]
                && (j == n - 1 || !isPossessive(k + j));
        if (ok && n > 1 && isPossessive(k))
            ok = false; // a possessive inside a phrase
        if (ok) {
            *entityPhrase = i;
            return n;
        }
    }
    return 0;
}

int Pass::matchNameList(int k, bool outlets) const
{
    if (!isWord(k))
        return 0;
    const QList<int> *list = nullptr;
    int from = 1;
    if (isThe(k)) {
        if (k + 1 < int(m_info.size()) && m_info[k + 1])
            list = outlets ? m_info[k + 1]->outletsAfterThe : m_info[k + 1]->placesAfterThe;
        from = 2; // "the" and the indexed word are known to match
    } else if (m_info[k]) {
        list = outlets ? m_info[k]->outlets : m_info[k]->places;
    }
    if (!list)
        return 0;
    for (int i : *list) {
        const QStringList &p = outlets ? m_lex.outlet(i) : m_lex.place(i);
        const int n = int(p.size());
        bool ok = k + n <= int(m_seg.tokens.size()) && sameSentence(k, k + n - 1);
        for (int j = from; j < n && ok; ++j)
            ok = isWord(k + j) && m_stem[k + j] == p[j];
        if (ok)
            return n;
    }
    return 0;
}

// True if the capital at k names where something happens rather than the state speaking: after a
// place preposition ("in Vienna"), a destination or origin ("came to Vienna", "flew back from
// Moscow"), or a dateline opening a paragraph ("Vienna, March 4 (Wire) – …").
bool Pass::placeUse(int k) const
{
    if (k > 0 && isWord(k - 1) && sameSentence(k - 1, k)) {
        const QStringView before = m_stem[k - 1];
        if (isLocative(m_stemKey[k - 1]))
            return true;
        if (before == u"to" || before == u"from" || before == u"To" || before == u"From") {
            // "came back to Vienna", "flew to Baku from Brussels"
            for (int j = k - 2; j >= k - 5 && j >= 0 && isWord(j) && sameSentence(j, k); --j)
                if (isMotionWord(m_stemKey[j]))
                    return true;
        }
    }
    const Sentence &sentence = m_seg.sentences[m_sentenceOf[k]];
    const Paragraph &para = m_seg.paragraphs[sentence.paragraph];
    if (m_seg.sentences[para.firstSentence].firstToken != k || k + 1 >= int(m_seg.tokens.size()))
        return false;
    const QStringView next = m_seg.tokens[k + 1].textIn(m_text);
    if (next != u"," && next != u"(")
        return false;
    for (int j = k + 2; j < k + 12 && j < int(m_seg.tokens.size()) && sameSentence(k, j); ++j)
        if (m_seg.tokens[j].kind == Token::Kind::Dash)
            return true;
    return false;
}

// True if the words at `next` make the capital before them a modifier naming where an event
// happens: "the Vienna talks", "a Vienna monitoring mission", "the Minsk agreements".
bool Pass::attributive(int next) const
{
    if (!isWord(next) || !sameSentence(next - 1, next))
        return false;
    if (m_w.eventNouns.contains(m_stemKey[next]))
        return true;
    return m_stem[next].endsWith(u"ing") && m_stem[next][0].isLower() && isWord(next + 1)
        && sameSentence(next, next + 1) && m_w.eventNouns.contains(m_stemKey[next + 1]);
}

int Pass::matchTitle(int k, int *title) const
{
    if (!isWord(k))
        return 0;
    const QList<int> *list = m_info[k] ? m_info[k]->titles : nullptr;
    const bool lower = m_stem[k][0].isLower();
    if (list) {
        for (int i : *list) {
            const Lexicons::Title &t = m_lex.title(i);
            const int n = int(t.words.size());
            bool ok = k + n <= int(m_seg.tokens.size()) && sameSentence(k, k + n - 1);
            for (int j = 1; j < n && ok; ++j) {
                const QStringView w = m_stem[k + j];
                ok = isWord(k + j) && (lower ? w.compare(t.words[j], Qt::CaseInsensitive) == 0 && w[0].isLower()
                                             : w == t.words[j]);
            }
            if (ok) {
                *title = i;
                return n;
            }
        }
    }
    // "presidents Joe Biden and Vladimir Putin": a lower-case plural title.
    const QStringView w = m_stem[k];
    if (lower && w.size() > 3 && w.endsWith(u's') && isCapitalised(k + 1)) {
        const QList<int> *single = m_lex.titlesFor(w.chopped(1));
        if (single)
            for (int i : *single)
                if (m_lex.title(i).words.size() == 1) {
                    *title = i;
                    return 1;
                }
    }
    return 0;
}

// The length of a body's name starting at k ("Foreign Ministry", "State Department"), 0 if none.
int Pass::lowerCaseBodyAfter(int k) const
{
    // "the French foreign ministry", "the Iranian government", "the Russian defence ministry": a
    // state's body written in lower case after its adjective (a few modifiers, then the body).
    for (int end = k; end < k + 4 && isWord(end) && sameSentence(k, end); ++end) {
        const QStringView w = m_stem[end];
        if (w.isEmpty() || !w[0].isLower())
            return 0;
        // The word sets ignore case: "ministry" is the head "Ministry" written small.
        if (isInstitutionHead(m_stemKey[end]))
            return end + 1 - k;
        // "Israel's prime minister's office"
        const bool possessive = isPossessive(end);
        if (possessive && (w == u"minister" || w == u"president"))
            continue;
        if (!isGenericInstitutionWord(m_stemKey[end]))
            return 0;
    }
    return 0;
}

int Pass::institutionAfter(int k) const
{
    if (isWord(k) && isNotName(m_stemKey[k]) && !isGenericInstitutionWord(m_stemKey[k]))
        return 0; // "A State Department spokesperson": the body starts after the article
    for (int end = k; end < k + 5 && isCapitalised(end) && sameSentence(k, end); ++end) {
        if (isInstitutionHead(m_stemKey[end]))
            return end + 1 - k;
        if (m_stem[end] == u"The" || isPossessive(end))
            return 0;
    }
    return 0;
}

int Pass::organisationActor(const QString &name)
{
    if (const int known = m_organisationByName.value(name, -1); known >= 0)
        return known;
    Actor a;
    a.found.name = name;
    a.found.type = ActorType::Organisation;
    a.key = name;
    m_actors.append(a);
    m_organisationByName.insert(name, int(m_actors.size()) - 1);
    return int(m_actors.size()) - 1;
}

// The length of a capitalised name starting at k (0 if none): up to four words, particles inside.
int Pass::nameAfter(int k) const
{
    int end = k;
    while (end < int(m_seg.tokens.size()) && end - k < 6 && sameSentence(k, end)) {
        // "Theresa May", "Kamala Harris": after a given name, a word that is elsewhere a month or a
        // verb is a surname.
        const bool afterGivenName = end > k && m_info[end - 1] && m_info[end - 1]->givenName && !isPossessive(end - 1);
        if (isCapitalised(end) && !isContraction(end) && (!isNotName(m_stemKey[end]) || afterGivenName)) {
            int phrase;
            if (end > k && (matchEntity(end, &phrase) || matchPlace(end)))
                break;
            ++end;
            if (isPossessive(end - 1))
                break; // a possessive ends the name
            continue;
        }
        if (end > k && isWord(end) && isNameParticle(m_stemKey[end])) {
            // "Ursula von der Leyen": particles, then a capitalised word.
            int next = end + 1;
            while (isWord(next) && isNameParticle(m_stemKey[next]) && next - end < 3)
                ++next;
            if (isCapitalised(next) && sameSentence(k, next)) {
                end = next;
                continue;
            }
        }
        break;
    }
    return end - k;
}

// True if a reporting verb follows the token range ending at `end` ("Blinken said", "he also told").
bool Pass::verbFollows(int end) const
{
    for (int k = end, steps = 0; k < int(m_seg.tokens.size()) && steps < 3 && sameSentence(end - 1, k); ++k, ++steps) {
        if (!isWord(k))
            return false;
        if (verbFlags(k) != 0)
            return true;
        if (!m_w.verbAdverbs.contains(m_stemKey[k]))
            return false;
    }
    return false;
}

// "Nadir Guliyev, the foreign minister, said …": a comma, a lower-case apposition, a comma, a verb.
bool Pass::appositionThenVerb(int end) const
{
    const int n = int(m_seg.tokens.size());
    if (end >= n || m_seg.tokens[end].textIn(m_text) != u"," || !isWord(end + 1) || !sameSentence(end, end + 1))
        return false;
    // "Erdogan, speaking in Ankara, said": a participle opens the apposition too; "Arslan, Turkey's
    // foreign minister, said": so does anything that ends with a title.
    const bool opens = m_w.appositionOpeners.contains(m_stemKey[end + 1]);
    for (int k = end + 2; k < n && k < end + 14 && sameSentence(end, k); ++k) {
        if (m_seg.tokens[k].textIn(m_text) != u",")
            continue;
        bool titled = false;
        for (int t = end + 1; t < k && !titled; ++t) {
            int title = -1;
            titled = matchTitle(t, &title) == k - t && !m_lex.title(title).head.isEmpty();
        }
        return (opens || titled) && verbFollows(k + 1);
    }
    return false;
}

void Pass::addEntityMention(int first, int end, int phrase)
{
    const Lexicons::EntityPhrase &p = m_lex.entityPhrase(phrase);
    int actor = m_actorOfEntity.value(p.entity, -1);
    if (actor < 0) {
        actor = int(m_actors.size());
        Actor a;
        a.entity = p.entity;
        a.found.name = m_lex.entity(p.entity).name;
        a.found.type = m_lex.entity(p.entity).type;
        a.key = a.found.name;
        m_actors.append(a);
        m_actorOfEntity.insert(p.entity, actor);
    }
    ActorMention m;
    m.span = spanOf(first, end);
    m.actor = actor;
    m.firstToken = first;
    m.endToken = end;
    m.kind = p.demonym ? ActorMention::Kind::Demonym : ActorMention::Kind::Name;
    m_mentions.append(m);
}

void Pass::scan()
{
    const int n = int(m_seg.tokens.size());
    QList<QStringView> window;
    for (int k = 0; k < n;) {
        if (!isWord(k)) {
            ++k;
            continue;
        }
        // News outlets report; they are no actors ("the Washington Post" is not Washington).
        if (const int outletLen = matchOutlet(k); outletLen > 0) {
            k += outletLen;
            continue;
        }
        // States and organisations, maybe before a title: "Russian Foreign Minister Sergei Lavrov".
        int phrase = -1;
        const int entityLen = matchEntity(k, &phrase);
        // A place is no one ("a spokesperson in New York"), nor is a longer name it starts ("the New
        // York Times", "the Munich Security Conference"); a state's name of the same length wins.
        if (const int placeLen = matchPlace(k); placeLen > entityLen) {
            int e = k + placeLen;
            int dummy;
            const bool possessive = isPossessive(e - 1);
            while (!possessive && isCapitalised(e) && sameSentence(k, e) && !matchEntity(e, &dummy)
                   && !matchTitle(e, &dummy) && e - k < 8) {
                const bool ownPossessive = isPossessive(e);
                ++e;
                if (ownPossessive)
                    break;
            }
            k = e;
            continue;
        }
        int titleStart = k;
        QString rolePrefix;
        bool ownerMentioned = false; // "Qatar's" before the title is a mention of its own
        if (entityLen > 0) {
            int title;
            const int e = k + entityLen;
            const bool possessive = isPossessive(e - 1);
            const int titleLen = matchTitle(e, &title);
            if (titleLen > 0 && sameSentence(e + titleLen - 1, e + titleLen) && nameAfter(e + titleLen) > 0) {
                titleStart = e;
                rolePrefix = m_seg.tokens[k].textIn(m_text).toString();
                for (int j = k + 1; j < e; ++j)
                    rolePrefix += QLatin1Char(' ') + m_seg.tokens[j].textIn(m_text);
                if (possessive) {
                    // "Qatar's Prime Minister Sheikh …": the state is named too.
                    // The role takes the adjective, as for "Qatari Prime Minister Sheikh …".
                    rolePrefix = m_lex.demonymOf(m_lex.entityPhrase(phrase).entity);
                    addEntityMention(k, e, phrase);
                    ownerMentioned = true;
                }
                // "U.S. Secretary of State" and "US Secretary of State" are one role.
                if (rolePrefix.size() <= 6 && rolePrefix.count(u'.') >= 2)
                    rolePrefix.remove(u'.');
            } else if (const int inst = institutionAfter(e) > 0 ? institutionAfter(e) : lowerCaseBodyAfter(e);
                       inst > 0 && m_lex.entity(m_lex.entityPhrase(phrase).entity).type == ActorType::State) {
                // "the Russian Foreign Ministry", "the U.S. State Department": the state speaking.
                int first = k;
                if (k > 0 && isWord(k - 1) && (m_stem[k - 1] == u"the" || m_stem[k - 1] == u"The") && sameSentence(k - 1, k))
                    first = k - 1;
                addEntityMention(first, e + inst, phrase);
                m_mentions.last().kind = ActorMention::Kind::Name;
                k = e + inst;
                continue;
            } else {
                // A one-word place name before another capitalised word is part of a longer name
                // ("Washington Post"), unless that word is a title.
                const bool partOfName = entityLen == 1 && !m_lex.entityPhrase(phrase).demonym
                    && isCapitalised(e) && sameSentence(k, e) && !isNotName(m_stemKey[e])
                    && titleLen == 0 && !isPossessive(k);
                int dummy;
                if (!partOfName || matchEntity(e, &dummy)) {
                    const Lexicons::EntityPhrase &p = m_lex.entityPhrase(phrase);
                    const bool withThe = p.words.size() > 1 && p.words.constFirst() == u"the";
                    // "the Japanese envoy": an adjective, so the mention is "Japanese" alone.
                    if (withThe && p.demonym && !p.words.constLast().endsWith(u's') && isWord(e)
                        && sameSentence(k, e) && m_stem[e][0].isLower() && verbFlags(e) == 0
                        && !isAuxiliary(m_stemKey[e])) {
                        ++k;
                        continue;
                    }
                    // "talks in Vienna": a capital after a place preposition is a place, not an actor.
                    const bool metonym = !p.demonym && p.words.join(QLatin1Char(' ')) != m_lex.entity(p.entity).name
                        && m_lex.entity(p.entity).type == ActorType::State && !withThe;
                    if (metonym && (placeUse(k) || attributive(e))) {
                        k = e;
                        continue;
                    }
                    addEntityMention(k, e, phrase);
                    k = e;
                    continue;
                }
            }
        }
        // Titles: "Foreign Minister Sergei Lavrov", "presidents Joe Biden and Vladimir Putin",
        // and without a name "the minister".
        int title = -1;
        const int titleLen = matchTitle(titleStart, &title);
        if (titleLen > 0) {
            const Lexicons::Title &t = m_lex.title(title);
            const int nameStart = titleStart + titleLen;
            // The name must follow in the same sentence: "… says UN envoy" ending a headline is not
            // the title of a name opening the next paragraph.
            const int nameLen = sameSentence(nameStart - 1, nameStart) ? nameAfter(nameStart) : 0;
            const bool capitalTitle = m_stem[titleStart][0].isUpper();
            if (nameLen > 0 && (capitalTitle || nameLen >= 1)) {
                QString role = QStringView(m_text).sliced(m_seg.tokens[titleStart].span.start,
                                           m_seg.tokens[nameStart - 1].span.end - m_seg.tokens[titleStart].span.start).toString();
                if (role.endsWith(u'.'))
                    role.chop(1);
                if (!capitalTitle && rolePrefix.isEmpty())
                    role = t.words.join(QLatin1Char(' '));
                if (t.gender != Gender::Unknown && t.head.isEmpty())
                    role.clear(); // Mr, Mrs: not a role
                if (!rolePrefix.isEmpty() && !role.isEmpty())
                    role = rolePrefix + QLatin1Char(' ') + role;
                // The mention takes in a state before the title ("Iranian Foreign Minister Abbas Araghchi").
                // A plural title ("presidents Joe Biden and …") is shared, so it stays out of the mentions.
                const bool plural = !capitalTitle && titleLen == 1 && m_stem[titleStart].size() > t.words.constFirst().size();
                Candidate c{plural ? nameStart : rolePrefix.isEmpty() || ownerMentioned ? titleStart : k, nameStart, nameStart + nameLen,
                            role, t.head, t.gender, true};
                m_candidates.append(c);
                k = c.end;
                // "presidents Joe Biden and Vladimir Putin"
                while (!capitalTitle && isWord(k) && m_stem[k] == u"and" && sameSentence(titleStart, k + 1)) {
                    const int more = nameAfter(k + 1);
                    if (more < 2)
                        break;
                    m_candidates.append({k + 1, k + 1, k + 1 + more, role, t.head, t.gender, true});
                    k = k + 1 + more;
                }
                continue;
            }
            // "the minister", and "its foreign minister", "their envoy" (whose is told by the pronoun).
            const bool afterThe = titleStart > 0 && isWord(titleStart - 1)
                && (m_stem[titleStart - 1] == u"the" || m_stem[titleStart - 1] == u"The" || m_stem[titleStart - 1] == u"its"
                    || m_stem[titleStart - 1] == u"their" || m_stem[titleStart - 1] == u"Its" || m_stem[titleStart - 1] == u"Their")
                && sameSentence(titleStart - 1, titleStart);
            // "Spokesperson: …" opening a paragraph of a transcript: a role noun, not a name.
            const bool label = titleStart == k && nameStart < n && m_seg.tokens[nameStart].textIn(m_text) == u":"
                && m_seg.sentences[m_seg.paragraphs[m_seg.sentences[m_sentenceOf[k]].paragraph].firstSentence].firstToken == k;
            // "the fisheries minister", "the chief negotiator": one lower-case modifier after the article.
            const bool afterModifier = !afterThe && titleStart == k && titleStart > 1 && isWord(titleStart - 1)
                && m_stem[titleStart - 1][0].isLower() && verbFlags(titleStart - 1) == 0
                && !m_w.prepositions.contains(m_stemKey[titleStart - 1]) && !isAuxiliary(m_stemKey[titleStart - 1])
                && isWord(titleStart - 2) && (m_stem[titleStart - 2] == u"the" || m_stem[titleStart - 2] == u"The")
                && sameSentence(titleStart - 2, titleStart);
            if (!t.head.isEmpty() && (afterThe || afterModifier || titleStart != k || label)) {
                // "the minister", "Russia's foreign minister"
                ActorMention m;
                m.firstToken = afterModifier ? titleStart - 2 : titleStart != k || label ? k : titleStart - 1;
                m.endToken = nameStart;
                m.span = spanOf(m.firstToken, m.endToken);
                m.kind = ActorMention::Kind::Role;
                m.referent = Referent::Person;
                m.roleHead = t.head;
                m_mentions.append(m);
                k = nameStart;
                continue;
            }
        }
        if (entityLen > 0 && titleStart != k) {
            // An entity before a title without a name: keep the entity.
            addEntityMention(k, titleStart, phrase);
            k = titleStart;
            continue;
        }
        // Pronouns and role phrases: "he", "the government".
        Referent referent;
        int len = 0;
        if (m_info[k] && m_info[k]->pronouns) {
            window.clear();
            for (int j = k; j < n && j < k + 3 && isWord(j); ++j)
                window.append(m_stem[j]);
            len = m_lex.pronounAt(window, &referent);
        }
        if (len > 0) {
            ActorMention m;
            m.firstToken = k;
            m.endToken = k + len;
            m.span = spanOf(k, k + len);
            m.kind = len == 1 ? ActorMention::Kind::Pronoun : ActorMention::Kind::Role;
            m.referent = referent;
            m_mentions.append(m);
            k += len;
            continue;
        }
        // A body without a state before it: "the Foreign Ministry" stands for the state last named,
        // "the Revolutionary Guard Corps" is an organisation of its own.
        if (const int inst = institutionAfter(k); inst > 0 && entityLen == 0) {
            bool generic = true;
            for (int j = k; j < k + inst; ++j)
                generic = generic && isGenericInstitutionWord(m_stemKey[j]);
            const bool afterThe = k > 0 && isWord(k - 1) && (m_stem[k - 1] == u"the" || m_stem[k - 1] == u"The")
                && sameSentence(k - 1, k);
            ActorMention m;
            m.firstToken = afterThe ? k - 1 : k;
            m.endToken = k + inst;
            m.span = spanOf(m.firstToken, m.endToken);
            if (generic) {
                m.kind = ActorMention::Kind::Role;
                m.referent = Referent::State;
            } else {
                QString name;
                for (int j = k; j < k + inst; ++j)
                    name += (j > k ? QStringLiteral(" ") : QString()) + m_stem[j];
                m.kind = ActorMention::Kind::Name;
                m.actor = organisationActor(name);
            }
            m_mentions.append(m);
            k += inst;
            continue;
        }
        // A capitalised name with no title; a single letter ("Q:", "A:") is none.
        if (isCapitalised(k) && !isNotName(m_stemKey[k]) && m_stem[k].size() > 1 && !isContraction(k)) {
            const int len = nameAfter(k);
            if (len > 1 && isMediaWord(m_stemKey[k + len - 1])) {
                // "told Fox News", "the Associated Press reported": a news outlet reports, it is no actor.
                k += len;
                continue;
            }
            if (len > 0) {
                Candidate c;
                c.first = c.nameFirst = k;
                c.end = k + len;
                // "… said von der Leyen": lower-case particles before the capitalised part belong to the name.
                while (c.first > 0 && isWord(c.first - 1) && isNameParticle(m_stemKey[c.first - 1])
                       && sameSentence(c.first - 1, k) && k - c.first < 3)
                    --c.first;
                c.nameFirst = c.first;
                bool known = false;
                known = m_info[k] && m_info[k]->givenName;
                c.gender = known ? m_info[k]->givenNameGender : Gender::Unknown;
                const bool hyphenated = len == 1 && m_stem[k].contains(u'-');
                const bool saidBefore = k >= 2 && isWord(k - 1) && (verbFlags(k - 1) & Lexicons::DirectCue)
                    && (m_seg.tokens[k - 2].kind == Token::Kind::Punctuation
                        || m_seg.tokens[k - 2].kind == Token::Kind::QuoteMark);
                // Headline attributions: "… – Blinken", "Lavrov: …".
                const Paragraph &para = m_seg.paragraphs[m_seg.sentences[m_sentenceOf[k]].paragraph];
                const int paraEnd = m_seg.sentences[para.endSentence - 1].endToken;
                const int paraFirst = m_seg.sentences[para.firstSentence].firstToken;
                // A kicker before a colon ("Stealth Over Health:") is no name: only the dash counts.
                const bool headline = c.end == paraEnd && k > 0 && m_seg.tokens[k - 1].kind == Token::Kind::Dash;
                // "Officials said", "Analysts warned": a plural noun opening a sentence is no one's name.
                const bool commonPlural = len == 1 && sentenceInitial(k) && m_stem[k].size() > 3
                    && m_stem[k].endsWith(u's') && !m_stem[k].endsWith(u"ss");
                // "Her Turkish counterpart, Mehmet Arslan, was …": a full name set off by commas.
                const bool apposition = len >= 2 && len <= 3 && c.first == k && k > 0
                    && m_seg.tokens[k - 1].textIn(m_text) == u"," && c.end < n
                    && m_seg.tokens[c.end].textIn(m_text) == u"," && sameSentence(k - 1, c.end)
                    && !isPossessive(c.end - 1);
                c.strong = !hyphenated && !commonPlural
                    && ((known && len >= 2) || verbFollows(c.end) || saidBefore || headline || apposition
                        || appositionThenVerb(c.end));
                if (!hyphenated && !isCreditLine(paraFirst))
                    m_candidates.append(c);
                k = c.end;
                continue;
            }
        }
        ++k;
    }
}

QString Pass::nameKey(int first, int end) const
{
    QString key;
    for (int j = first; j < end; ++j) {
        if (!key.isEmpty())
            key += QLatin1Char(' ');
        key += m_stem[j];
        // A middle initial keeps its dot: "Donald J. Trump".
        if (m_stem[j].size() == 1 && m_stem[j][0].isUpper() && m_seg.tokens[j].textIn(m_text).endsWith(u'.'))
            key += QLatin1Char('.');
    }
    return key;
}

QString Pass::appositionRole(const Candidate &c, QString *head) const
{
    const int n = int(m_seg.tokens.size());
    const auto article = [&](int k) { return isWord(k) && (m_stem[k] == u"a" || m_stem[k] == u"an" || m_stem[k] == u"the"
                                                            || m_stem[k] == u"The" || m_stem[k] == u"A"); };
    // The words [first, end) as a role when they end with a title that has a role noun. A state's
    // possessive becomes its adjective, as for a title before a name ("Turkish foreign minister");
    // a former role is not the person's role.
    const auto roleFrom = [&](int first, int end) -> QString {
        for (int t = first; t < end; ++t) {
            int title = -1;
            const int len = matchTitle(t, &title);
            if (len <= 0 || t + len != end)
                continue;
            const Lexicons::Title &found = m_lex.title(title);
            if (found.head.isEmpty())
                return {};
            QStringList words;
            for (int k = first; k < t; ++k) {
                if (!isWord(k) || m_stem[k] == u"former" || m_stem[k] == u"then" || verbFlags(k) != 0)
                    return {};
                int phrase = -1;
                const int entityLen = matchEntity(k, &phrase);
                if (entityLen > 0 && k + entityLen <= t) {
                    const int last = k + entityLen - 1;
                    const bool possessive = isPossessive(last);
                    const int entity = m_lex.entityPhrase(phrase).entity;
                    if (possessive && m_lex.entity(entity).type == ActorType::State && !m_lex.demonymOf(entity).isEmpty()) {
                        words << m_lex.demonymOf(entity);
                        k = last;
                        continue;
                    }
                }
                words << m_seg.tokens[k].textIn(m_text).toString();
            }
            for (int k = t; k < end; ++k)
                words << m_seg.tokens[k].textIn(m_text).toString();
            *head = found.head;
            return words.join(QLatin1Char(' '));
        }
        return {};
    };
    // After the name: "…, a/the [words] title,"
    if (isComma(c.end)) {
        int first = c.end + 1;
        if (article(first))
            ++first;
        int end = first;
        while (end < n && end < first + 7 && isWord(end) && sameSentence(first, end))
            ++end;
        if (end > first && isComma(end))
            if (QString role = roleFrom(first, end); !role.isEmpty())
                return role;
    }
    // Before the name, opening the sentence or after an article: "[the] [words] title, Name,"
    if (c.first >= 2 && isComma(c.first - 1) && isComma(c.end)) {
        const int end = c.first - 1;
        int first = end;
        while (first > 0 && end - first < 6 && isWord(first - 1) && sameSentence(first - 1, end) && !article(first - 1))
            --first;
        const int sentenceStart = m_seg.sentences[m_sentenceOf[end]].firstToken;
        if (first < end && (first == sentenceStart || article(first - 1)))
            return roleFrom(first, end);
    }
    return {};
}

void Pass::buildPeople()
{
    QHash<QString, int> byKey;
    QHash<QString, int> bySurname;
    // Indexes instead of scans over all people, so that a text naming thousands stays linear.
    QHash<QString, QList<int>> byFirstWord; // people by the first word of their (longest) name
    QHash<QString, QList<int>> byLastWord;  // people by the last word of their name
    // The words each person is indexed under, to add an entry once without searching a list that
    // may hold thousands ("Anna" opens the names of a whole crowd). A key changes only when a longer
    // name is seen, so these lists stay a word or two long.
    QList<QStringList> firstWordsOf;
    QList<QStringList> lastWordsOf;
    const auto index = [&](int actor) {
        const QString &key = m_actors[actor].key;
        if (actor >= firstWordsOf.size()) {
            firstWordsOf.resize(actor + 1);
            lastWordsOf.resize(actor + 1);
        }
        const qsizetype space = key.indexOf(u' ');
        if (space > 0 && !firstWordsOf[actor].contains(key.first(space))) {
            firstWordsOf[actor].append(key.first(space));
            byFirstWord[key.first(space)].append(actor);
        }
        const QString last = key.sliced(key.lastIndexOf(u' ') + 1);
        if (!lastWordsOf[actor].contains(last)) {
            lastWordsOf[actor].append(last);
            byLastWord[last].append(actor);
        }
    };
    // "Lin" for "Lin Jian", "Xi" for "Xi Jinping": family name first, unless it is a given name.
    auto byFamilyFirst = [&](const QString &word) {
        const Lexicons::WordInfo *info = m_lex.wordInfo(word);
        if (info && info->givenName)
            return -1;
        for (int i : byFirstWord.value(word))
            if (m_actors[i].found.type == ActorType::Person && m_actors[i].key.startsWith(word)
                && m_actors[i].key.size() > word.size() && m_actors[i].key[word.size()] == u' ')
                return i;
        return -1;
    };
    auto addMention = [&](const Candidate &c, int actor) {
        ActorMention m;
        m.firstToken = c.first;
        m.endToken = c.end;
        m.span = spanOf(c.first, c.end);
        m.actor = actor;
        m.kind = ActorMention::Kind::Name;
        m_mentions.append(m);
    };
    // Strong candidates make people; a full name wins over a surname seen earlier.
    for (const Candidate &c : std::as_const(m_candidates)) {
        if (!c.strong)
            continue;
        if (c.end - c.nameFirst == 1 && c.first == c.nameFirst && isAcronym(m_stem[c.nameFirst])) {
            // "IRGC said": an acronym is a body, not a person.
            ActorMention m;
            m.firstToken = c.first;
            m.endToken = c.end;
            m.span = spanOf(c.first, c.end);
            m.actor = organisationActor(m_stem[c.nameFirst].toString());
            m_mentions.append(m);
            continue;
        }
        const QString key = nameKey(c.nameFirst, c.end);
        const QString last = m_stem[c.end - 1].toString();
        int actor = byKey.value(key, -1);
        if (actor < 0 && c.end - c.nameFirst == 1)
            actor = bySurname.value(last, -1);
        if (actor < 0 && c.end - c.nameFirst == 1)
            actor = byFamilyFirst(key);
        if (actor < 0 && c.end - c.nameFirst > 1) {
            // "Blinken" (said …) first, "Antony Blinken" later: the same person, now with a full name.
            const int single = byKey.value(last, -1);
            if (single >= 0 && m_actors[single].key == last)
                actor = single;
        }
        if (actor < 0 && c.end - c.nameFirst > 1) {
            // "Le Drian" and "Jean-Yves Le Drian": one name ends the other (and so shares its last word).
            for (int i : byLastWord.value(last)) {
                if (actor >= 0)
                    break;
                const QString &other = m_actors[i].key;
                if (m_actors[i].found.type == ActorType::Person && m_actors[i].entity < 0
                    && ((other.size() > key.size() && other.endsWith(key) && other[other.size() - key.size() - 1] == u' ')
                        || (key.size() > other.size() && key.endsWith(other) && key[key.size() - other.size() - 1] == u' ')))
                    actor = i;
            }
        }
        if (actor < 0) {
            actor = int(m_actors.size());
            Actor a;
            a.found.type = ActorType::Person;
            m_actors.append(a);
        }
        Actor &a = m_actors[actor];
        if (key.size() > a.key.size() && (a.key.isEmpty() || key.endsWith(a.key) || a.key == last)) {
            a.key = key;
            a.found.name = key;
        }
        a.lastWord = last;
        if (a.found.role.isEmpty() && !c.role.isEmpty())
            a.found.role = c.role;
        if (a.roleHead.isEmpty())
            a.roleHead = c.roleHead;
        if (a.found.role.isEmpty() && c.role.isEmpty()) {
            QString head;
            a.found.role = appositionRole(c, &head);
            if (a.roleHead.isEmpty())
                a.roleHead = head;
        }
        if (a.gender == Gender::Unknown)
            a.gender = c.gender;
        if (a.gender == Gender::Unknown && c.end - c.nameFirst > 1) {
            if (m_info[c.nameFirst] && m_info[c.nameFirst]->givenName)
                a.gender = m_info[c.nameFirst]->givenNameGender;
        }
        byKey.insert(key, actor);
        if (c.end - c.nameFirst > 1 || !bySurname.contains(last))
            bySurname.insert(last, actor);
        index(actor);
        addMention(c, actor);
    }
    // Weak candidates count only as other names of people found above ("Lavrov" after "Sergei Lavrov").
    for (const Candidate &c : std::as_const(m_candidates)) {
        if (c.strong)
            continue;
        const QString key = nameKey(c.nameFirst, c.end);
        int actor = byKey.value(key, -1);
        if (actor < 0 && c.end - c.nameFirst == 1)
            actor = bySurname.value(key, -1);
        if (actor < 0 && c.end - c.nameFirst == 1)
            actor = byFamilyFirst(key);
        const QString lastWord = m_stem[c.end - 1].toString();
        for (int i : byLastWord.value(lastWord)) {
            if (actor >= 0 || c.end - c.nameFirst <= 1)
                break;
            const QString &other = m_actors[i].key;
            if (m_actors[i].found.type == ActorType::Person && other.size() > key.size()
                && other.endsWith(key, Qt::CaseInsensitive) && other[other.size() - key.size() - 1] == u' ')
                actor = i;
        }
        if (actor >= 0)
            addMention(c, actor);
    }
    // Persons not merged into a longer name keep their key as name.
    for (Actor &a : m_actors)
        if (a.found.name.isEmpty())
            a.found.name = a.key;
    std::sort(m_mentions.begin(), m_mentions.end(), [](const ActorMention &a, const ActorMention &b) {
        return a.span.start < b.span.start;
    });
}

void Pass::markSubjects()
{
    int lastSentence = -1;
    int openingPossessiveEnd = -1; // "Russia's foreign ministry spokeswoman Maria Zakharova": the owner opens the sentence
    for (ActorMention &m : m_mentions) {
        m.inQuote = m_quoteOfToken.value(m.firstToken, -1) >= 0;
        if (m.inQuote)
            continue;
        const int sentence = m_sentenceOf[m.firstToken];
        const bool first = sentence != lastSentence || m.firstToken == openingPossessiveEnd;
        lastSentence = sentence;
        const bool afterPreposition = m.firstToken > 0 && m_w.prepositions.contains(m_stemKey[m.firstToken - 1])
            && sameSentence(m.firstToken - 1, m.firstToken);
        const bool possessive = isPossessive(m.endToken - 1);
        // "The EU's envoy, Miroslav Lajcak, offered …": a name in apposition to the subject, then its verb.
        const int after = m.endToken + 1;
        const bool verbAfter = verbFollows(after)
            || (isWord(after) && m_stem[after][0].isLower() && !m_w.prepositions.contains(m_stemKey[after])
                && !m_w.notVerbs.contains(m_stemKey[after]));
        const bool appositive = isComma(m.firstToken - 1) && isComma(m.endToken) && sameSentence(m.firstToken - 1, m.endToken)
            && m.firstToken - 1 > m_seg.sentences[sentence].firstToken && verbAfter;
        m.subject = !afterPreposition && !possessive && (verbFollows(m.endToken) || first || appositive);
        openingPossessiveEnd = first && possessive ? m.endToken : -1;
    }
}

bool compatible(Referent r, ActorType type, Gender g)
{
    switch (r) {
    case Referent::Male: return type == ActorType::Person && g != Gender::Female;
    case Referent::Female: return type == ActorType::Person && g != Gender::Male;
    case Referent::Person: return type == ActorType::Person;
    case Referent::Group: return type != ActorType::Person;
    case Referent::State: return type == ActorType::State;
    case Referent::Organisation: return type == ActorType::Organisation;
    }
    return false;
}

bool Pass::pluralSpeakerBefore(int mention) const
{
    // A reporting verb earlier in the pronoun's sentence whose subject is a plural noun that names
    // no actor: "officials said they", "both sides told reporters they".
    const ActorMention &m = m_mentions[mention];
    const int first = m_seg.sentences[m_sentenceOf[m.firstToken]].firstToken;
    for (int v = m.firstToken - 1; v > first && v > m.firstToken - 40; --v) {
        if (!isWord(v) || !(verbFlags(v) & (Lexicons::DirectCue | Lexicons::Indirect)))
            continue;
        const int s = v - 1;
        if (!isWord(s) || m_stem[s].size() < 4 || !m_stem[s].endsWith(u's') || m_stem[s].endsWith(u"ss"))
            return false;
        for (int j = mention - 1; j >= 0 && j >= mention - kMaxAntecedents; --j) {
            const ActorMention &other = m_mentions[j];
            if (other.endToken <= first)
                break;
            if (other.firstToken <= s && s < other.endToken)
                return false; // "the Russians said they": a named group
        }
        return true;
    }
    return false;
}

void Pass::resolveAnaphors()
{
    QList<int> history; // mentions outside quotes that name or resolved to an actor
    for (int i = 0; i < m_mentions.size(); ++i) {
        ActorMention &m = m_mentions[i];
        if (!m.isAnaphor()) {
            if (!m.inQuote && m.actor >= 0)
                history.append(i);
            continue;
        }
        const int paragraph = m_seg.sentences[m_sentenceOf[m.firstToken]].paragraph;
        if (m.kind == ActorMention::Kind::Pronoun && m.referent == Referent::Group && pluralSpeakerBefore(i)) {
            // "The two leaders said they would meet again": "they" are the speakers, who are no one
            // actor; an earlier state or body is not meant.
            m.actor = -1;
            continue;
        }
        auto search = [&](bool subjectsOnly) {
            // A bounded look back: the nearest candidates decide, and the time stays linear.
            for (int h = int(history.size()) - 1; h >= 0 && h >= int(history.size()) - kMaxAntecedents; --h) {
                const ActorMention &c = m_mentions[history[h]];
                // People are referred back to within a few paragraphs; states and bodies from further away.
                const int window = m.referent == Referent::Male || m.referent == Referent::Female
                        || m.referent == Referent::Person ? 3 : 8;
                if (paragraph - m_seg.sentences[m_sentenceOf[c.firstToken]].paragraph > window)
                    break;
                if (subjectsOnly && !c.subject)
                    continue;
                const Actor &a = m_actors[c.actor];
                if (!m.roleHead.isEmpty()) {
                    if (a.found.type == ActorType::Person && a.roleHead == m.roleHead)
                        return c.actor;
                    continue;
                }
                if (compatible(m.referent, a.found.type, a.gender))
                    return c.actor;
            }
            return -1;
        };
        int actor = -1;
        // Lower-cased only for a role noun (most anaphors are pronouns).
        const QString noun = m.kind == ActorMention::Kind::Role && m.roleHead.isEmpty()
            ? m_stem[m.endToken - 1].toString().toLower() : QString();
        if (!noun.isEmpty() && m_lex.isEntityNoun(noun)) {
            // "the alliance" after NATO, "the bloc" after the EU: the body this noun names, not just
            // the last one; none if the text names no such body.
            for (int h = int(history.size()) - 1; h >= 0 && h >= int(history.size()) - kMaxAntecedents; --h) {
                const Actor &a = m_actors[m_mentions[history[h]].actor];
                if (a.entity >= 0 && m_lex.entity(a.entity).nouns.contains(noun)) {
                    actor = m_mentions[history[h]].actor;
                    break;
                }
            }
            m.actor = actor;
            continue;
        }
        actor = search(true);
        if (actor < 0)
            actor = search(false);
        if (actor < 0 && m.kind == ActorMention::Kind::Role && m.referent == Referent::Person && !m.inQuote) {
            // "The fisheries minister has warned … Speaking to the BBC, Eleanor Whitcombe said": a role
            // named before anyone is the person named next, within the following paragraph.
            for (int j = i + 1; j < m_mentions.size() && j <= i + kMaxAntecedents && actor < 0; ++j) {
                const ActorMention &c = m_mentions[j];
                if (m_seg.sentences[m_sentenceOf[c.firstToken]].paragraph > paragraph + 1)
                    break;
                if (!c.isAnaphor() && !c.inQuote && c.actor >= 0) {
                    if (m_actors[c.actor].found.type != ActorType::Person)
                        continue;
                    actor = c.actor;
                }
            }
        }
        m.actor = actor;
        if (actor < 0)
            continue;
        Actor &a = m_actors[actor];
        if (a.gender == Gender::Unknown && m.referent == Referent::Male)
            a.gender = Gender::Male;
        if (a.gender == Gender::Unknown && m.referent == Referent::Female)
            a.gender = Gender::Female;
        if (!m.inQuote && m.subject)
            history.append(i);
    }
}

ActorTable Pass::finish()
{
    // Keep the actors that are named at least once, in the order of their first mention.
    QList<int> order;
    QList<int> firstPos(m_actors.size(), -1);
    for (const ActorMention &m : std::as_const(m_mentions))
        if (m.actor >= 0 && !m.isAnaphor() && firstPos[m.actor] < 0) {
            firstPos[m.actor] = m.span.start;
            order.append(m.actor);
        }
    QList<int> newIndex(m_actors.size(), -1);
    ActorTable table;
    QList<bool> adjectiveOnly(m_actors.size(), true);
    for (const ActorMention &m : std::as_const(m_mentions)) {
        if (m.actor < 0 || m.isAnaphor())
            continue;
        const QStringView last = m_stem[m.endToken - 1];
        if (m.kind != ActorMention::Kind::Demonym || last.endsWith(u's') || m.subject)
            adjectiveOnly[m.actor] = false;
    }
    for (int a : std::as_const(order)) {
        newIndex[a] = int(table.actors.size());
        table.actors.append(m_actors[a].found);
        table.genders.append(m_actors[a].gender);
        table.adjectiveOnly.append(adjectiveOnly[a] && m_actors[a].found.type == ActorType::State);
    }
    table.mentionOfToken = QList<int>(m_seg.tokens.size(), -1);
    table.verbFlagsOfToken.resize(m_seg.tokens.size());
    for (int k = 0; k < m_seg.tokens.size(); ++k)
        table.verbFlagsOfToken[k] = verbFlags(k);
    QList<QSet<QString>> names(table.actors.size());
    QList<QStringView> lastSurface(table.actors.size());
    for (int i = 0; i < table.actors.size(); ++i)
        names[i].insert(Model::normalizedName(table.actors[i].name));
    for (ActorMention m : std::as_const(m_mentions)) {
        m.actor = m.actor >= 0 ? newIndex[m.actor] : -1;
        const int index = int(table.mentions.size());
        for (int k = m.firstToken; k < m.endToken; ++k)
            table.mentionOfToken[k] = index;
        table.mentions.append(m);
        if (m.actor < 0)
            continue;
        FoundActor &a = table.actors[m.actor];
        a.mentions.append(m.span);
        if (m.isAnaphor())
            continue;
        // A surface seen just before for this actor, or the name itself, is no new alias: most
        // mentions repeat one, and need no normalised copy.
        const QStringView view = m.span.textIn(m_text);
        if ((!lastSurface[m.actor].isNull() && view == lastSurface[m.actor]) || view == a.name)
            continue;
        lastSurface[m.actor] = view;
        const QString surface = view.toString();
        const QString key = Model::normalizedName(surface);
        if (!names[m.actor].contains(key)) {
            names[m.actor].insert(key);
            a.aliases.append(surface);
        }
    }
    table.keyOfToken = m_keys;
    return table;
}

ActorTable Pass::run()
{
    scan();
    buildPeople();
    markSubjects();
    resolveAnaphors();
    return finish();
}

} // namespace

int ActorTable::mentionAt(int pos) const
{
    auto it = std::upper_bound(mentions.cbegin(), mentions.cend(), pos,
                               [](int p, const ActorMention &m) { return p < m.span.start; });
    if (it == mentions.cbegin())
        return -1;
    --it;
    return it->span.contains(pos) ? int(it - mentions.cbegin()) : -1;
}

ActorTable ActorFinder::find(QStringView text, const TextSegmentation &segmentation,
                             const QList<int> &quoteOfToken) const
{
    return Pass(m_lexicons, text, segmentation, quoteOfToken).run();
}

} // namespace Parlance::Analysis
