// SPDX-License-Identifier: GPL-2.0-or-later
#include "actorfinder.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Parlance::Analysis {

namespace {

using Model::ActorType;
using Model::Span;

// Capitalised words that start sentences or name times, never people.
const QHash<QStringView, bool> &notNames()
{
    static const QHash<QStringView, bool> set = [] {
        QHash<QStringView, bool> s;
        for (QStringView w : {u"The", u"A", u"An", u"He", u"She", u"It", u"They", u"We", u"I", u"You", u"But",
                              u"And", u"Or", u"So", u"Yet", u"This", u"That", u"These", u"Those", u"There", u"His",
                              u"Her", u"Its", u"Their", u"Our", u"My", u"Your", u"In", u"On", u"At", u"For", u"If",
                              u"When", u"While", u"After", u"Before", u"As", u"However", u"Meanwhile", u"Earlier",
                              u"Later", u"Still", u"Also", u"Some", u"Many", u"Most", u"Asked", u"According",
                              u"Since", u"Although", u"Though", u"What", u"Who", u"Why", u"How", u"Where", u"Which",
                              u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday",
                              u"January", u"February", u"March", u"April", u"May", u"June", u"July", u"August",
                              u"September", u"October", u"November", u"December", u"Read", u"Access", u"More",
                              u"New", u"Today", u"Yesterday", u"Tomorrow", u"Last", u"Next", u"Under", u"With",
                              u"Without", u"From", u"To", u"By", u"Of", u"Not", u"No", u"Yes", u"All", u"Both",
                              u"Each", u"Every", u"One", u"Two", u"Three", u"First", u"Second", u"Now", u"Then",
                              u"Here", u"Instead", u"Despite", u"During", u"Until", u"Because", u"Once", u"Even",
                              u"Only", u"Just", u"Such", u"Other", u"Another", u"Any", u"Mr", u"Mrs", u"Ms",
                              u"Dr", u"Our", u"Us", u"Me", u"Him", u"Them", u"Let", u"Do", u"Does", u"Did",
                              u"Is", u"Are", u"Was", u"Were", u"Has", u"Have", u"Had", u"Will", u"Would",
                              u"Should", u"Could", u"Can", u"May", u"Might", u"Must", u"Shall", u"Please",
                              u"Photo", u"Video", u"Reuters", u"AFP", u"AP", u"Sign", u"Subscribe", u"Share",
                              u"Advertisement", u"Related", u"Topics", u"Watch", u"Listen", u"Follow", u"Click",
                              u"Western", u"Eastern", u"Northern", u"Southern", u"European", u"International",
                              u"Foreign", u"Ministry", u"Minister", u"Government", u"President", u"Secretary",
                              // indefinite pronouns: "Nothing is agreed …", "Everyone knows …"
                              u"Nothing", u"Everything", u"Something", u"Anything", u"Nobody", u"Everybody",
                              u"Somebody", u"Anybody", u"Everyone", u"Someone", u"Anyone", u"None", u"Neither",
                              u"Either", u"Several", u"Few", u"Much", u"Little", u"Whoever", u"Whatever",
                              // news media: they report and are told things, they are not the actors
                              u"AFP", u"AP", u"Interfax", u"TASS", u"Tass", u"Xinhua", u"RIA", u"Novosti",
                              u"Yonhap", u"Kyodo", u"KCNA", u"IRNA", u"Anadolu", u"CNN", u"BBC", u"Bloomberg",
                              u"Axios", u"Politico", u"NBC", u"CBS", u"ABC", u"NPR", u"Sputnik", u"Jazeera",
                              u"Guardian", u"Times", u"Post", u"Journal", u"Telegraph", u"Spiegel"})
            s.insert(w, true);
        return s;
    }();
    return set;
}

// The last word of a news outlet's name: "Fox News", "Sky News", "Associated Press", "Washington Post".
bool isMediaWord(QStringView w)
{
    for (QStringView m : {u"News", u"TV", u"Television", u"Radio", u"Times", u"Post", u"Journal", u"Herald",
                          u"Tribune", u"Gazette", u"Agency", u"Network", u"Channel", u"Broadcasting", u"Press",
                          u"Telegraph", u"Chronicle", u"Courier", u"Observer"})
        if (w == m)
            return true;
    return false;
}

// Words skipped between a subject and its verb: "Blinken also said", "he has repeatedly warned".
const QHash<QStringView, bool> &verbAdverbs()
{
    static const QHash<QStringView, bool> set = [] {
        QHash<QStringView, bool> s;
        for (QStringView w : {u"also", u"again", u"later", u"earlier", u"previously", u"then", u"repeatedly",
                              u"has", u"have", u"had", u"publicly", u"privately", u"recently", u"separately",
                              u"already", u"reportedly", u"further", u"once", u"first", u"has", u"was", u"is",
                              u"had", u"would", u"will", u"quickly", u"flatly", u"firmly", u"openly", u"bluntly",
                              u"explicitly", u"directly", u"told", u"insisted"})
            s.insert(w, true);
        return s;
    }();
    return set;
}

const QHash<QStringView, bool> &prepositions()
{
    static const QHash<QStringView, bool> set = [] {
        QHash<QStringView, bool> s;
        for (QStringView w : {u"after", u"with", u"by", u"to", u"of", u"for", u"from", u"in", u"on", u"at",
                              u"between", u"against", u"about", u"toward", u"towards", u"than", u"into",
                              u"over", u"without", u"among", u"like", u"With", u"By", u"To", u"Of", u"For",
                              u"From", u"In", u"On", u"At", u"Between", u"Against", u"About", u"Toward",
                              u"Towards", u"Than", u"Into", u"Over", u"Without", u"Among", u"Like"})
            s.insert(w, true);
        return s;
    }();
    return set;
}

bool isAcronym(QStringView w)
{
    if (w.size() < 2)
        return false;
    for (QChar c : w)
        if (!c.isUpper() && !c.isDigit())
            return false;
    return true;
}

bool isNameParticle(QStringView w)
{
    return w == u"bin" || w == u"ibn" || w == u"al" || w == u"de" || w == u"van" || w == u"von" || w == u"der"
        || w == u"da" || w == u"di" || w == u"del" || w == u"la" || w == u"le" || w == u"dos" || w == u"el";
}

bool isAuxiliary(QStringView w)
{
    return w == u"have" || w == u"has" || w == u"had" || w == u"are" || w == u"were" || w == u"will"
        || w == u"would" || w == u"did" || w == u"do" || w == u"could" || w == u"may" || w == u"might"
        || w == u"should" || w == u"must" || w == u"can" || w == u"also" || w == u"themselves";
}

// Prepositions after which a capital is where something happens, not the state speaking:
// "talks in Vienna", "flights into Moscow", "troops near Kyiv".
bool isLocative(QStringView w)
{
    static const QHash<QStringView, bool> set = [] {
        QHash<QStringView, bool> s;
        for (QStringView x : {u"in", u"at", u"near", u"outside", u"via", u"around", u"into", u"across",
                              u"inside", u"throughout", u"within", u"through", u"beyond", u"In", u"At", u"Near",
                              u"Outside", u"Via", u"Around", u"Into", u"Across", u"Inside", u"Throughout",
                              u"Within", u"Through"})
            s.insert(x, true);
        return s;
    }();
    return set.contains(w);
}

// Words of movement before "to"/"from": "came to Vienna", "a trip to Moscow", "flew back from
// Beijing" name a destination or an origin; "a message to Moscow" still names the state.
bool isMotionWord(QStringView w)
{
    static const QHash<QStringView, bool> set = [] {
        QHash<QStringView, bool> s;
        for (QStringView x : {u"come", u"comes", u"came", u"coming", u"go", u"goes", u"went", u"going", u"gone",
                              u"travel", u"travels", u"travelled", u"traveled", u"travelling", u"traveling",
                              u"fly", u"flies", u"flew", u"flown", u"flying", u"flight", u"flights", u"trip",
                              u"trips", u"visit", u"visits", u"visited", u"visiting", u"return", u"returns",
                              u"returned", u"returning", u"arrive", u"arrives", u"arrived", u"arriving",
                              u"head", u"heads", u"headed", u"heading", u"back", u"way", u"journey", u"route",
                              u"move", u"moved", u"moving", u"drive", u"drove", u"driven", u"road", u"march",
                              u"marched", u"sail", u"sailed", u"deployed", u"relocated",
                              u"evacuated", u"fled", u"flee", u"fleeing", u"expelled", u"deported", u"withdrew",
                              u"withdraw", u"withdrawn", u"departed", u"left", u"leave", u"leaving", u"reporting",
                              u"speaking", u"writing", u"miles", u"kilometres", u"kilometers", u"km",
                              u"invitation", u"invited", u"bound",
                              u"train", u"convoy", u"shuttle", u"shuttled", u"tour", u"pilgrimage", u"mission"})
            s.insert(x, true);
        return s;
    }();
    return set.contains(w);
}

// The last word of the name of a body: "Foreign Ministry", "State Department", "Security Council".
bool isInstitutionHead(QStringView w)
{
    static const QHash<QStringView, bool> set = [] {
        QHash<QStringView, bool> s;
        for (QStringView x : {u"Ministry", u"Department", u"Office", u"Council", u"Committee", u"Commission",
                              u"Agency", u"Parliament", u"Congress", u"Senate", u"Assembly", u"Embassy",
                              u"Government", u"Administration", u"Cabinet", u"Army", u"Navy", u"Forces", u"Guard",
                              u"Corps", u"Service", u"Services", u"Bank", u"Fund", u"Court", u"Party", u"Movement",
                              u"Front", u"Organization", u"Organisation", u"Institute", u"Duma", u"Knesset",
                              u"Bundestag", u"Presidency", u"Mission", u"Delegation", u"Secretariat"})
            s.insert(x, true);
        return s;
    }();
    return set.contains(w);
}

// Words of a body's name that do not make it a particular one ("Foreign Ministry" is any state's).
bool isGenericInstitutionWord(QStringView w)
{
    static const QHash<QStringView, bool> set = [] {
        QHash<QStringView, bool> s;
        for (QStringView x : {u"Foreign", u"Defence", u"Defense", u"Interior", u"Finance", u"Justice", u"Economy",
                              u"Trade", u"Energy", u"Health", u"Presidential", u"Prime", u"Minister's",
                              u"Minister’s", u"State", u"National", u"Security", u"Affairs", u"Federal", u"Central",
                              u"Home", u"Cabinet", u"Executive", u"Information", u"Press"})
            s.insert(x, true);
        return s;
    }();
    return set.contains(w) || isInstitutionHead(w);
}

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
        : m_lex(lex), m_text(text), m_seg(seg), m_quoteOfToken(quoteOfToken)
    {
        const int n = int(seg.tokens.size());
        m_stem.resize(n);
        m_sentenceOf.resize(n);
        for (int s = 0; s < seg.sentences.size(); ++s)
            for (int k = seg.sentences[s].firstToken; k < seg.sentences[s].endToken; ++k)
                m_sentenceOf[k] = s;
        m_info.resize(n);
        for (int k = 0; k < n; ++k) {
            m_stem[k] = stemOf(k);
            m_info[k] = seg.tokens[k].kind == Token::Kind::Word ? lex.wordInfo(m_stem[k]) : nullptr;
        }
    }

    ActorTable run();

private:
    QStringView stemOf(int k) const
    {
        const Token &t = m_seg.tokens[k];
        QStringView w = t.textIn(m_text);
        if (t.kind != Token::Kind::Word)
            return w;
        if (t.abbreviation && w.count(u'.') == 1 && w.endsWith(u'.'))
            w.chop(1); // Mr. → Mr
        if (w.size() > 2 && (w.endsWith(u"’s") || w.endsWith(u"'s") || w.endsWith(u"’S")))
            w.chop(2);
        return w;
    }
    bool isWord(int k) const { return k < int(m_seg.tokens.size()) && m_seg.tokens[k].kind == Token::Kind::Word; }
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
    int matchPlace(int k) const;
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
        const QStringView w = m_stem[k];
        return w == u"By" || w == u"Reporting" || w == u"Editing" || w == u"Writing" || w == u"Additional"
            || w == u"Compiled" || w == u"Photo" || w == u"Photograph";
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
    QStringView m_text;
    const TextSegmentation &m_seg;
    const QList<int> &m_quoteOfToken;
    QList<QStringView> m_stem;
    QList<const Lexicons::WordInfo *> m_info; // per token, looked up once
    QList<int> m_sentenceOf;

    QList<Actor> m_actors;
    QHash<int, int> m_actorOfEntity;
    QList<ActorMention> m_mentions;
    QList<Candidate> m_candidates;
};

int Pass::matchEntity(int k, int *entityPhrase) const
{
    if (!isWord(k))
        return 0;
    const QList<int> *list = nullptr;
    if (m_stem[k] == u"the" || m_stem[k] == u"The") {
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
                && (j == n - 1 || m_stem[k + j].size() == m_seg.tokens[k + j].span.length());
        if (ok && n > 1 && m_stem[k].size() != m_seg.tokens[k].span.length())
            ok = false; // a possessive inside a phrase
        if (ok) {
            *entityPhrase = i;
            return n;
        }
    }
    return 0;
}

// The length of a place name (places.txt) starting at k, 0 if none.
int Pass::matchPlace(int k) const
{
    if (!isWord(k))
        return 0;
    const QList<int> *list = nullptr;
    int from = 1;
    if (m_stem[k] == u"the" || m_stem[k] == u"The") {
        if (k + 1 < int(m_info.size()) && m_info[k + 1])
            list = m_info[k + 1]->placesAfterThe;
        from = 2; // "the" and the indexed word are known to match
    } else if (m_info[k]) {
        list = m_info[k]->places;
    }
    if (!list)
        return 0;
    for (int i : *list) {
        const QStringList &p = m_lex.place(i);
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
        if (isLocative(before))
            return true;
        if (before == u"to" || before == u"from" || before == u"To" || before == u"From") {
            // "came back to Vienna", "flew to Baku from Brussels"
            for (int j = k - 2; j >= k - 5 && j >= 0 && isWord(j) && sameSentence(j, k); --j)
                if (isMotionWord(m_stem[j]))
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
    static const QHash<QStringView, bool> events = [] {
        QHash<QStringView, bool> s;
        for (QStringView x : {u"talks", u"summit", u"meeting", u"meetings", u"conference", u"process", u"format",
                              u"agreement", u"agreements", u"accord", u"accords", u"protocol", u"mission",
                              u"negotiations", u"round", u"declaration", u"communique", u"communiqué", u"venue",
                              u"forum", u"dialogue", u"framework", u"memorandum", u"deal", u"ceasefire", u"truce",
                              u"office", u"bureau", u"correspondent", u"headquarters", u"visit", u"trip", u"airport",
                              u"station", u"residents", u"hotel", u"mayor", u"police", u"court"})
            s.insert(x, true);
        return s;
    }();
    if (!isWord(next) || !sameSentence(next - 1, next))
        return false;
    if (events.contains(m_stem[next]))
        return true;
    return m_stem[next].endsWith(u"ing") && m_stem[next][0].isLower() && isWord(next + 1)
        && sameSentence(next, next + 1) && events.contains(m_stem[next + 1]);
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
        QString capitalised = w.toString();
        capitalised[0] = capitalised[0].toUpper();
        if (isInstitutionHead(capitalised))
            return end + 1 - k;
        // "Israel's prime minister's office"
        const bool possessive = w.size() != m_seg.tokens[end].span.length();
        if (possessive && (w == u"minister" || w == u"president"))
            continue;
        if (!isGenericInstitutionWord(capitalised))
            return 0;
    }
    return 0;
}

int Pass::institutionAfter(int k) const
{
    if (isWord(k) && notNames().contains(m_stem[k]) && !isGenericInstitutionWord(m_stem[k]))
        return 0; // "A State Department spokesperson": the body starts after the article
    for (int end = k; end < k + 5 && isCapitalised(end) && sameSentence(k, end); ++end) {
        if (isInstitutionHead(m_stem[end]))
            return end + 1 - k;
        if (m_stem[end] == u"The" || m_stem[end].size() != m_seg.tokens[end].span.length())
            return 0;
    }
    return 0;
}

int Pass::organisationActor(const QString &name)
{
    for (int i = 0; i < m_actors.size(); ++i)
        if (m_actors[i].entity < 0 && m_actors[i].found.type == ActorType::Organisation && m_actors[i].key == name)
            return i;
    Actor a;
    a.found.name = name;
    a.found.type = ActorType::Organisation;
    a.key = name;
    m_actors.append(a);
    return int(m_actors.size()) - 1;
}

// The length of a capitalised name starting at k (0 if none): up to four words, particles inside.
int Pass::nameAfter(int k) const
{
    int end = k;
    while (end < int(m_seg.tokens.size()) && end - k < 6 && sameSentence(k, end)) {
        if (isCapitalised(end) && !notNames().contains(m_stem[end])) {
            int phrase;
            if (end > k && (matchEntity(end, &phrase) || matchPlace(end)))
                break;
            ++end;
            if (m_stem[end - 1].size() != m_seg.tokens[end - 1].span.length())
                break; // a possessive ends the name
            continue;
        }
        if (end > k && isWord(end) && isNameParticle(m_stem[end])) {
            // "Ursula von der Leyen": particles, then a capitalised word.
            int next = end + 1;
            while (isWord(next) && isNameParticle(m_stem[next]) && next - end < 3)
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
        if (!verbAdverbs().contains(m_stem[k]))
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
    const QStringView opener = m_stem[end + 1];
    const bool opens = opener == u"the" || opener == u"a" || opener == u"an" || opener == u"who" || opener == u"whose"
        || opener == u"speaking" || opener == u"writing" || opener == u"addressing" || opener == u"responding";
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
        // States and organisations, maybe before a title: "Russian Foreign Minister Sergei Lavrov".
        int phrase = -1;
        const int entityLen = matchEntity(k, &phrase);
        // A place is no one ("a spokesperson in New York"), nor is a longer name it starts ("the New
        // York Times", "the Munich Security Conference"); a state's name of the same length wins.
        if (const int placeLen = matchPlace(k); placeLen > entityLen) {
            int e = k + placeLen;
            int dummy;
            const bool possessive = m_stem[e - 1].size() != m_seg.tokens[e - 1].span.length();
            while (!possessive && isCapitalised(e) && sameSentence(k, e) && !matchEntity(e, &dummy)
                   && !matchTitle(e, &dummy) && e - k < 8) {
                const bool ownPossessive = m_stem[e].size() != m_seg.tokens[e].span.length();
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
            const bool possessive = m_stem[e - 1].size() != m_seg.tokens[e - 1].span.length();
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
                    && isCapitalised(e) && sameSentence(k, e) && !notNames().contains(m_stem[e])
                    && titleLen == 0 && m_stem[k].size() == m_seg.tokens[k].span.length();
                int dummy;
                if (!partOfName || matchEntity(e, &dummy)) {
                    const Lexicons::EntityPhrase &p = m_lex.entityPhrase(phrase);
                    const bool withThe = p.words.size() > 1 && p.words.constFirst() == u"the";
                    // "the Japanese envoy": an adjective, so the mention is "Japanese" alone.
                    if (withThe && p.demonym && !p.words.constLast().endsWith(u's') && isWord(e)
                        && sameSentence(k, e) && m_stem[e][0].isLower() && verbFlags(e) == 0
                        && !isAuxiliary(m_stem[e])) {
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
                && !prepositions().contains(m_stem[titleStart - 1]) && !isAuxiliary(m_stem[titleStart - 1])
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
                generic = generic && isGenericInstitutionWord(m_stem[j]);
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
        if (isCapitalised(k) && !notNames().contains(m_stem[k]) && m_stem[k].size() > 1) {
            const int len = nameAfter(k);
            if (len > 1 && isMediaWord(m_stem[k + len - 1])) {
                // "told Fox News", "the Associated Press reported": a news outlet reports, it is no actor.
                k += len;
                continue;
            }
            if (len > 0) {
                Candidate c;
                c.first = c.nameFirst = k;
                c.end = k + len;
                // "… said von der Leyen": lower-case particles before the capitalised part belong to the name.
                while (c.first > 0 && isWord(c.first - 1) && isNameParticle(m_stem[c.first - 1])
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
                const bool headline = (c.end == paraEnd && k > 0 && m_seg.tokens[k - 1].kind == Token::Kind::Dash)
                    || (k == paraFirst && c.end < n && m_text[m_seg.tokens[c.end].span.start] == u':');
                // "Officials said", "Analysts warned": a plural noun opening a sentence is no one's name.
                const bool commonPlural = len == 1 && sentenceInitial(k) && m_stem[k].size() > 3
                    && m_stem[k].endsWith(u's') && !m_stem[k].endsWith(u"ss");
                // "Her Turkish counterpart, Mehmet Arslan, was …": a full name set off by commas.
                const bool apposition = len >= 2 && len <= 3 && c.first == k && k > 0
                    && m_seg.tokens[k - 1].textIn(m_text) == u"," && c.end < n
                    && m_seg.tokens[c.end].textIn(m_text) == u"," && sameSentence(k - 1, c.end)
                    && m_stem[c.end - 1].size() == m_seg.tokens[c.end - 1].span.length();
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

QString nameKey(const QList<QStringView> &stems, int first, int end)
{
    QString key;
    for (int j = first; j < end; ++j) {
        if (!key.isEmpty())
            key += QLatin1Char(' ');
        key += stems[j];
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
                    const bool possessive = m_stem[last].size() != m_seg.tokens[last].span.length();
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
    // "Lin" for "Lin Jian", "Xi" for "Xi Jinping": family name first, unless it is a given name.
    auto byFamilyFirst = [&](const QString &word) {
        const Lexicons::WordInfo *info = m_lex.wordInfo(word);
        if (info && info->givenName)
            return -1;
        for (int i = 0; i < m_actors.size(); ++i)
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
        const QString key = nameKey(m_stem, c.nameFirst, c.end);
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
            // "Le Drian" and "Jean-Yves Le Drian": one name ends the other.
            for (int i = 0; i < m_actors.size() && actor < 0; ++i) {
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
        addMention(c, actor);
    }
    // Weak candidates count only as other names of people found above ("Lavrov" after "Sergei Lavrov").
    for (const Candidate &c : std::as_const(m_candidates)) {
        if (c.strong)
            continue;
        const QString key = nameKey(m_stem, c.nameFirst, c.end);
        int actor = byKey.value(key, -1);
        if (actor < 0 && c.end - c.nameFirst == 1)
            actor = bySurname.value(key, -1);
        if (actor < 0 && c.end - c.nameFirst == 1)
            actor = byFamilyFirst(key);
        for (int i = 0; i < m_actors.size() && actor < 0 && c.end - c.nameFirst > 1; ++i) {
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
        const bool afterPreposition = m.firstToken > 0 && prepositions().contains(m_stem[m.firstToken - 1])
            && sameSentence(m.firstToken - 1, m.firstToken);
        const bool possessive = m_stem[m.endToken - 1].size() != m_seg.tokens[m.endToken - 1].span.length();
        // "The EU's envoy, Miroslav Lajcak, offered …": a name in apposition to the subject, then its verb.
        static const QHash<QStringView, bool> notVerbs{{u"and", true}, {u"but", true}, {u"or", true}, {u"who", true},
                                                       {u"which", true}, {u"whose", true}, {u"the", true},
                                                       {u"a", true}, {u"an", true}, {u"as", true}};
        const int after = m.endToken + 1;
        const bool verbAfter = verbFollows(after)
            || (isWord(after) && m_stem[after][0].isLower() && !prepositions().contains(m_stem[after])
                && !notVerbs.contains(m_stem[after]));
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
    for (int v = m.firstToken - 1; v > first; --v) {
        if (!isWord(v) || !(verbFlags(v) & (Lexicons::DirectCue | Lexicons::Indirect)))
            continue;
        const int s = v - 1;
        if (!isWord(s) || m_stem[s].size() < 4 || !m_stem[s].endsWith(u's') || m_stem[s].endsWith(u"ss"))
            return false;
        for (int j = mention - 1; j >= 0; --j) {
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
            for (int h = int(history.size()) - 1; h >= 0; --h) {
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
        int actor = search(true);
        if (actor < 0)
            actor = search(false);
        if (actor < 0 && m.kind == ActorMention::Kind::Role && m.referent == Referent::Person && !m.inQuote) {
            // "The fisheries minister has warned … Speaking to the BBC, Eleanor Whitcombe said": a role
            // named before anyone is the person named next, within the following paragraph.
            for (int j = i + 1; j < m_mentions.size() && actor < 0; ++j) {
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
        const QString surface = m.span.textIn(m_text).toString();
        const QString key = Model::normalizedName(surface);
        if (!names[m.actor].contains(key)) {
            names[m.actor].insert(key);
            a.aliases.append(surface);
        }
    }
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
