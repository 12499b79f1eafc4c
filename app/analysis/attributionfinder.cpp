// SPDX-License-Identifier: GPL-2.0-or-later
#include "attributionfinder.h"

#include "attributionconfidence.h"
#include "clausereader.h"
#include "speakerresolver.h"

#include <algorithm>

namespace Parlance::Analysis {

namespace {

using Model::QuoteKind;
using Model::SourceKind;
using Model::Span;
using Shape = AttributionEvidence::Shape;

constexpr int kMaxListenerWords = 5;
constexpr int kMaxAdjunctLookahead = 12;
constexpr int kMaxLabelWords = 4;
constexpr int kMaxContentBefore = 400; // tokens: the time stays linear in a text without sentence ends

/// A cue found at a token: the lexicon entries that match it with their particles.
struct CueMatch {
    int end = -1;         ///< the token after the cue and its particles
    quint16 frames = 0;
    QList<int> entries;   ///< indexes of Lexicons::cue()
};

struct Attribution {
    TokenRange cue;
    TokenRange source;
    QList<TokenRange> content;
    CueClass cueClass = CueClass::Speech;
    Shape shape = Shape::ContentAfter;
    bool plainCue = false;
    bool takesQuotes = false;
    int paragraph = -1;
    int period = -1;
};

class Pass {
public:
    Pass(const Lexicons &lex, QStringView text, const TextSegmentation &seg, const QList<QuoteRun> &runs,
         const QList<int> &runOfToken, const ActorTable &actors)
        : m_lex(lex)
        , m_r(lex, text, seg, runs, runOfToken, actors.keyOfToken)
        , m_speakers(m_r, actors)
        , m_actors(actors)
        , m_runCovered(runs.size(), false)
        , m_periodHasAttribution(m_r.periodCount(), -1)
    {
    }

    QList<FoundQuote> run();

private:
    bool matchCue(int v, CueMatch *m) const;
    bool isVerbUse(int v) const;
    bool isTitleCase(int period) const;
    CueClass classOf(const CueMatch &m, TokenRange source) const;
    void analyseCue(int v, const CueMatch &m);
    bool accordingTo(int v);
    void labels();
    bool labelNamesSpeaker(int first, int end) const;
    void assembleQuotations();
    bool hasQuotation(const Attribution &a) const;
    int quotationRank(const Attribution &a) const;
    void joinQuotationGroups();

    TokenRange contentAfter(int c, int end, quint16 frames) const;
    TokenRange colonContent(int colon, int end) const;
    int listenerEnd(int c, int end) const;
    int contentStartBefore(int end, int periodStart) const;
    TokenRange quotationBefore(int periodStart) const;
    TokenRange quotationEndingAt(int k, int periodStart) const;
    bool continuesClause(int k) const;
    bool hasVerbSoon(int k, int end) const;
    bool isPastParticiple(int v) const;

    void record(Attribution a);
    FoundQuote toQuote(const Attribution &a);
    QString sourceHeadNoun(TokenRange source) const;
    void rememberUnnamed(TokenRange source, ResolvedSource *resolved);

    const Lexicons &m_lex;
    ClauseReader m_r;
    SpeakerResolver m_speakers;
    const ActorTable &m_actors;
    QList<Attribution> m_found;
    QList<bool> m_runCovered;
    QList<int> m_periodHasAttribution; // per period: the last attribution found in it, or -1
    QList<bool> m_labelled;           // per paragraph: a transcript label or headline attribution took it
    QHash<QString, std::pair<int, QString>> m_unnamedSources; // head noun → where, and for whom it spoke
};

bool Pass::matchCue(int v, CueMatch *m) const
{
    const QList<int> *list = m_lex.cuesFor(m_r.key(v));
    if (!list)
        return false;
    int matchedParticles = -1;
    for (int i : *list) {
        const Lexicons::Cue &c = m_lex.cue(i);
        const int n = int(c.particles.size());
        if (matchedParticles >= 0 && n < matchedParticles)
            break;
        int k = v + 1;
        if (n > 0 && m_r.isAdverb(k) && m_r.key(k) != c.particles.constFirst())
            ++k; // "called again for"
        bool ok = true;
        for (int p = 0; p < n && ok; ++p, ++k)
            ok = m_r.runOf(k) < 0 && m_r.key(k) == c.particles[p];
        if (!ok)
            continue;
        matchedParticles = n;
        m->end = n > 0 ? k : v + 1;
        m->frames |= c.frames;
        m->entries.append(i);
    }
    return !m->entries.isEmpty();
}

bool Pass::isTitleCase(int period) const
{
    int words = 0;
    int capitals = 0;
    for (int k = m_r.periodStart(period); k < m_r.periodEnd(period) && words < 12; ++k) {
        if (!m_r.isWord(k) || m_r.word(k).size() < 4)
            continue;
        ++words;
        capitals += m_r.isCapitalised(k) ? 1 : 0;
    }
    return words >= 2 && capitals * 4 >= words * 3;
}

bool Pass::isVerbUse(int v) const
{
    const QStringView w = m_r.word(v);
    const int p = v - 1;
    // "the report", "his call", "Trump's claims": a noun.
    if (m_r.in(p, m_r.determiners) || m_r.isPossessive(p))
        return false;
    // "to say", "to support": an infinitive; the verb governing it is the cue ("refused to say").
    if (m_r.isWord(p) && m_r.word(p) == u"to")
        return false;
    // "in charge", "for support": a noun after a preposition; "by saying" is still a cue.
    if (m_r.in(p, m_r.prepositions) && !w.endsWith(u"ing"))
        return false;
    // "Said", "Hope", "Post" inside a sentence are names; headlines capitalise every word.
    if (m_r.isCapitalised(v) && !isTitleCase(m_r.periodOf(v))) {
        if (v != m_r.periodStart(m_r.periodOf(v)) || w.endsWith(u"ed") || w.endsWith(u"ing"))
            return false;
    }
    // "claims are", "reports suggest": a plural noun before a verb.
    if (m_r.in(v + 1, m_r.auxiliaries) && !w.endsWith(u"ed"))
        return false;
    if (w.endsWith(u's') && m_lex.cuesFor(m_r.key(v + 1)) && !m_r.in(v + 1, m_r.determiners))
        return false;
    // A form that is a noun as often as a verb ("support", "back", "states") is a verb only after
    // what can be its subject or its auxiliary.
    if (m_r.in(v, m_r.nounVerbs)) {
        // "a poll shows", "Clinton calls": a singular subject before a verb in -s; "voters support",
        // "they back": a plural one or a pronoun before the plain form.
        const QStringView before = m_r.word(p);
        const bool thirdPerson = w.endsWith(u's') && m_r.isLowerWord(p) && !m_r.in(p, m_r.prepositions)
            && !before.endsWith(u"ing");
        const bool plural = m_r.isLowerWord(p) && before.size() > 3 && before.endsWith(u's') && !before.endsWith(u"ss");
        if (!(m_r.in(p, m_r.clauseOpeners) || m_r.in(p, m_r.relativePronouns) || m_r.in(p, m_r.auxiliaries)
              || m_r.in(p, m_r.negations) || m_r.isAdverb(p) || plural || thirdPerson
              || (m_r.isCapitalised(p) && p != m_r.periodStart(m_r.periodOf(p)))))
            return false;
    }
    // "a group called Hope", "an app dubbed “Signal”": naming after a noun, not speech.
    if (m_r.in(v, m_r.namingVerbs) && m_r.isLowerWord(p) && !m_r.in(p, m_r.clauseOpeners)
        && !m_r.in(p, m_r.auxiliaries) && !m_r.isAdverb(p)
        && (m_r.isCapitalised(v + 1) || m_r.isQuoteMark(v + 1)))
        return false;
    return true;
}

bool Pass::isPastParticiple(int v) const
{
    const QStringView w = m_r.word(v);
    return !w.endsWith(u"ing") && !(w.endsWith(u's') && !w.endsWith(u"ss"));
}

CueClass Pass::classOf(const CueMatch &m, TokenRange source) const
{
    // A verb listed in several classes takes the sense its subject allows: a poll or a study
    // "shows" and "suggests" as evidence, a person as speech.
    const int head = source.isEmpty() ? -1 : [&] {
        int h = source.first;
        for (int k = source.first; k < source.end; ++k) {
            if (m_r.isPunct(k, u',') || (k > source.first && m_r.in(k, m_r.prepositions)))
                break;
            if (m_r.isWord(k))
                h = k;
        }
        return h;
    }();
    const bool document = head >= 0 && m_r.in(head, m_r.documentNouns);
    CueClass first = m_lex.cue(m.entries.constFirst()).cueClass;
    for (int i : m.entries) {
        const CueClass c = m_lex.cue(i).cueClass;
        if (document && c == CueClass::Evidence)
            return c;
    }
    if (document && first != CueClass::Evidence) {
        // A document does not believe or want; it says.
        for (int i : m.entries)
            if (m_lex.cue(i).cueClass == CueClass::Speech)
                return CueClass::Speech;
    }
    return first;
}

int Pass::listenerEnd(int c, int end) const
{
    if (c >= end)
        return c;
    if (m_r.in(c, m_r.objectPronouns) || m_r.in(c, m_r.listenerWords))
        return c + 1;
    // "told the Associated Press", "told CNN", "told the RIA news agency", "assured Smith": a few
    // capitalised words (and the nouns that name what they are), unless a verb follows them ("warned
    // Berlin would respond": the subject of the reported clause).
    int k = c;
    if (m_r.isWord(k) && (m_r.word(k) == u"the" || m_r.word(k) == u"The"))
        ++k;
    const int namesStart = k;
    while (k < end && k - namesStart < kMaxListenerWords && m_r.isCapitalised(k) && m_r.runOf(k) < 0)
        ++k;
    const auto endsListener = [&](int e) {
        return e >= end || m_r.word(e) == u"that" || m_r.isPunct(e, u',') || m_r.isPunct(e, u':')
            || m_r.isPunct(e, u'.') || m_r.runOf(e) >= 0 || m_r.in(e, m_r.prepositions);
    };
    if (k > namesStart) {
        if (m_r.in(k, m_r.auxiliaries))
            return c;
        int e = k;
        while (e < end && e - k < 3 && m_r.isLowerWord(e) && !m_r.in(e, m_r.subordinators) && !m_r.isVerbLike(e)
               && !m_r.in(e, m_r.prepositions))
            ++e;
        return e > k && endsListener(e) ? e : k;
    }
    // "told a news conference (in Paris)", "told the crowd that": a short noun phrase, then "that", a
    // comma, a place or the end.
    if (k > c || m_r.in(c, m_r.determiners)) {
        int e = c + 1;
        while (e < end && e - c <= kMaxListenerWords && m_r.isWord(e) && !m_r.in(e, m_r.subordinators)
               && !m_r.isVerbLike(e) && !m_r.in(e, m_r.prepositions))
            ++e;
        if (endsListener(e))
            return e;
    }
    return c;
}

TokenRange Pass::colonContent(int colon, int end) const
{
    if (colon + 1 < end)
        return {colon + 1, m_r.clauseEnd(colon + 1, end)};
    // "… released the following statement:" closing a paragraph: the next paragraph is the content.
    const int p = m_r.paragraphOf(colon);
    if (colon + 1 != m_r.paragraphEnd(p) || p + 1 >= m_r.paragraphCount())
        return {};
    const int first = m_r.paragraphStart(p + 1);
    return first < 0 ? TokenRange() : TokenRange{first, m_r.paragraphEnd(p + 1)};
}

TokenRange Pass::contentAfter(int c, int end, quint16 frames) const
{
    c = m_r.afterAdjuncts(c, end);
    if (frames & Lexicons::ListenerFrame) {
        const int l = listenerEnd(c, end);
        if (l > c)
            c = m_r.afterAdjuncts(l, end);
    }
    if (c >= end)
        return {};
    const auto clause = [&](int first) { return TokenRange{first, m_r.clauseEnd(first, end)}; };
    const QStringView w = m_r.word(c);
    if (w == u"that" && (frames & (Lexicons::ThatFrame | Lexicons::BareFrame)) && c + 1 < end)
        return clause(c); // the reported clause with its "that", as PolNeAR and readers mark it
    if (m_r.isPunct(c, u':'))
        return colonContent(c, end);
    if (m_r.isPunct(c, u',') && m_r.runOf(c + 1) >= 0 && (frames & Lexicons::QuoteFrame))
        return clause(c + 1);
    // "called the plan “a gift”", "said “the deal is dead”": a quotation as object or clause; a verb
    // that only introduces quotations ("responded") takes them after a comma or a colon.
    if (m_r.runOf(c) >= 0 && (frames & (Lexicons::ObjectFrame | Lexicons::BareFrame)))
        return clause(c);
    if (m_r.in(c, m_r.prepositions) && !(w == u"to" && (frames & Lexicons::InfinitiveFrame))) {
        // "said in a statement that …", "said on Twitter: …", "wrote in an op-ed, “…”": an adjunct first.
        for (int k = c + 1; k < end && k < c + kMaxAdjunctLookahead; ++k) {
            if (m_r.runOf(k) >= 0)
                break;
            if (m_r.word(k) == u"that" && (frames & (Lexicons::ThatFrame | Lexicons::BareFrame)) && k + 1 < end)
                return clause(k);
            if (m_r.isPunct(k, u':'))
                return colonContent(k, end);
            if (m_r.isPunct(k, u',')) {
                if (m_r.runOf(k + 1) >= 0 && (frames & Lexicons::QuoteFrame))
                    return clause(k + 1);
                break;
            }
            if (m_r.isVerbLike(k) || m_r.isPunct(k, u';'))
                break;
        }
        return {};
    }
    if (m_r.in(c, m_r.whWords) && (frames & Lexicons::WhFrame))
        return clause(c);
    if (w == u"to" && (frames & Lexicons::InfinitiveFrame))
        return clause(c);
    if ((frames & Lexicons::BareFrame) && m_r.opensClause(c, end))
        return clause(c);
    if ((frames & Lexicons::ObjectFrame) && m_r.isWordOrNumber(c) && !m_r.in(c, m_r.subordinators)
        && !m_r.in(c, m_r.participles) && !m_r.in(c, m_r.coordinators) && !m_r.in(c, m_r.negations)
        && !m_r.isVerbLike(c))
        return clause(c);
    return {};
}

int Pass::contentStartBefore(int end, int periodStart) const
{
    int start = std::max(periodStart, end - kMaxContentBefore);
    // "WASHINGTON (AP) — …", "VIENNA, March 3 (Reuters) - …": a dateline opening a paragraph.
    if (m_r.paragraphStart(m_r.paragraphOf(start)) == start && m_r.isWord(start)) {
        const QStringView w = m_r.word(start);
        bool allCaps = w.size() > 1;
        for (QChar ch : w)
            allCaps = allCaps && (!ch.isLetter() || ch.isUpper());
        for (int k = start + 1; allCaps && k < end && k < start + 12; ++k)
            if (m_r.isDash(k)) {
                start = k + 1;
                break;
            }
    }
    for (int k = end - 1; k >= start; --k)
        if (m_r.runOf(k) < 0 && (m_r.isPunct(k, u';')))
            return k + 1;
    return start;
}

bool Pass::hasVerbSoon(int k, int end) const
{
    // "…, was its biggest yet", "…, would be signed": the clause goes on with its verb.
    if (m_r.runOf(k) >= 0)
        return true;
    for (int i = k; i < end && i < k + 3; ++i)
        if (m_r.in(i, m_r.auxiliaries) || m_r.isVerbLike(i))
            return true;
    return false;
}

bool Pass::continuesClause(int k) const
{
    if (m_r.runOf(k) >= 0)
        return true;
    if (!m_r.isWord(k))
        return false;
    if (m_r.in(k, m_r.auxiliaries))
        return true;
    return m_r.isLowerWord(k) && !m_r.in(k, m_r.subordinators) && !m_r.in(k, m_r.participles)
        && !m_r.word(k).endsWith(u"ing")
        && !m_r.in(k, m_r.coordinators) && !m_r.in(k, m_r.prepositions) && !m_r.in(k, m_r.determiners)
        && !m_r.isAdverb(k) && !m_r.in(k, m_r.clauseOpeners) && m_r.word(k) != u"according";
}

void Pass::record(Attribution a)
{
    for (TokenRange &c : a.content) {
        // Keep parts inside the text and drop empty ones.
        c.first = std::max(c.first, 0);
        c.end = std::min(c.end, m_r.count());
    }
    a.content.removeIf([](const TokenRange &c) { return c.isEmpty(); });
    if (a.content.isEmpty())
        return;
    for (const TokenRange &c : std::as_const(a.content))
        for (int k = c.first; k < c.end; ++k)
            if (const int run = m_r.runOf(k); run >= 0)
                m_runCovered[run] = true;
    const int anchor = !a.cue.isEmpty() ? a.cue.first : a.content.constFirst().first;
    a.period = m_r.periodOf(anchor);
    a.paragraph = m_r.paragraphOf(anchor);
    m_periodHasAttribution[a.period] = int(m_found.size());
    m_found.append(a);
}

bool Pass::accordingTo(int v)
{
    // "According to X, …", "…, according to X." — the source follows the cue.
    if (m_r.word(v).compare(u"according", Qt::CaseInsensitive) != 0 || m_r.word(v + 1) != u"to")
        return false;
    const int p = m_r.periodOf(v);
    const int ps = m_r.periodStart(p);
    const int pe = m_r.periodEnd(p);
    const TokenRange source = m_r.nounPhraseAt(v + 2, pe);
    if (source.isEmpty())
        return true;
    Attribution a;
    a.cue = {v, v + 2};
    a.source = source;
    a.shape = Shape::AccordingTo;
    a.plainCue = true;
    a.takesQuotes = true;
    int j = v - 1;
    while (j >= ps && m_r.isQuoteMark(j))
        --j;
    if (j >= ps && !m_r.in(j, m_r.subordinators) && !m_r.in(j, m_r.coordinators)) {
        // "…, according to X" — and "Now, according to X, some are swinging"
        const int end = m_r.isPunct(j, u',') ? j : v;
        a.content = {{contentStartBefore(end, ps), end}};
    }
    int c = source.end;
    if (m_r.isPunct(c, u','))
        ++c;
    if (c < pe && (a.content.isEmpty() || m_r.opensClause(c, pe) || m_r.runOf(c) >= 0))
        a.content.append({c, m_r.clauseEnd(c, pe)});
    record(a);
    return true;
}

void Pass::analyseCue(int v, const CueMatch &m)
{
    const int p = m_r.periodOf(v);
    const int ps = m_r.periodStart(p);
    const int pe = m_r.periodEnd(p);
    const int j = m_r.beforeVerbGroup(v, ps);
    Attribution a;
    a.cue = {v, m.end};
    a.plainCue = m_r.in(v, m_r.speechCore);
    a.takesQuotes = m.frames & Lexicons::QuoteFrame;

    // "was criticised for", "is expected to", "has been accused of": the subject is what is said.
    bool passive = false;
    for (int k = j + 1; k < v; ++k)
        passive = passive || m_r.in(k, m_r.passiveBe);
    if (passive && isPastParticiple(v) && j >= ps) {
        const TokenRange patient = m_r.subjectEndingAt(j, ps);
        if (patient.isEmpty())
            return;
        const int after = m_r.afterAdjuncts(m.end, pe);
        if (m_r.word(after) == u"as" && m_r.in(after + 1, m_r.participles))
            return; // "was quoted as saying": the participle is the cue
        if (m_r.word(after) == u"by")
            a.source = m_r.nounPhraseAt(after + 1, pe);
        TokenRange content;
        if (m.frames & (Lexicons::ThatFrame | Lexicons::ListenerFrame))
            content = contentAfter(m.end, pe, m.frames & ~Lexicons::ListenerFrame);
        if (content.isEmpty())
            content = {patient.first, m_r.clauseEnd(m.end, pe)};
        a.content = {content};
        a.shape = Shape::Passive;
        a.cueClass = classOf(m, a.source);
        record(a);
        return;
    }

    TokenRange subject;
    bool shared = false;   // the subject of the clause before: "…, saying", "… and said"
    bool inverted = false; // "…, said X"
    const bool participle = m_r.word(v).endsWith(u"ing");
    if (j >= ps && (m_r.in(j, m_r.coordinators) || (participle && m_r.isPunct(j, u','))
                    || (m_r.word(j) == u"as" && participle))) {
        // The subject of the clause before: the source of the attribution just found in this
        // sentence (“…,” said X, noting …), else the sentence's subject.
        const int last = m_periodHasAttribution.value(p, -1);
        subject = last >= 0 && !m_found[last].source.isEmpty() && m_found[last].source.end <= j
            ? m_found[last].source : m_speakers.mainSubject(ps, j);
        shared = true;
    } else if (j >= ps && m_r.isPunct(j, u',')) {
        subject = m_r.subjectEndingAt(j, ps);
        inverted = subject.isEmpty();
    } else if (j >= ps && (m_r.isWordOrNumber(j) || m_r.isPunct(j, u')'))) {
        subject = m_r.subjectEndingAt(j, ps);
    } else {
        inverted = true;
    }
    const TokenRange after = contentAfter(m.end, pe, m.frames);

    if (inverted) {
        // "…,” said Smith, a spokesman." The source follows and ends the sentence; the content came before.
        const int c = m_r.afterAdjuncts(m.end, pe);
        const TokenRange source = m_r.nounPhraseAt(c, pe);
        const bool closing = !source.isEmpty() && (source.end >= pe - 1 || m_r.isPunct(source.end, u',')
                                                   || m_r.isPunct(source.end, u'.') || m_r.isPunct(source.end, u';'));
        const bool named = !source.isEmpty() && (m_r.isCapitalised(source.first) || m_r.in(source.first, m_r.determiners)
                                                 || m_r.in(source.first, m_r.clauseOpeners));
        TokenRange before = j >= ps ? quotationEndingAt(j, ps) : quotationBefore(ps);
        if (before.isEmpty() && j >= ps && m_r.isPunct(j, u','))
            before = {contentStartBefore(j, ps), j};
        else if (before.isEmpty() && j >= ps && (m_r.isQuoteMark(j) || m_r.runOf(j) >= 0))
            before = {contentStartBefore(j + 1, ps), j + 1};
        if (closing && named && !before.isEmpty()) {
            a.source = source;
            a.content = {before};
            a.shape = Shape::ContentBefore;
            // “A,” said Smith, “B.”
            if (m_r.isPunct(source.end, u',') && m_r.runOf(source.end + 1) >= 0)
                a.content.append({source.end + 1, m_r.clauseEnd(source.end + 1, pe)});
            a.cueClass = classOf(m, a.source);
            record(a);
            return;
        }
        if (after.isEmpty())
            return;
        // "Rich Lee, a strategist who …, said the plan …": the subject is the sentence's own.
        subject = m_speakers.mainSubject(ps, v);
        shared = true;
    }

    if (!after.isEmpty()) {
        if (subject.isEmpty() && !shared)
            return;
        a.source = subject;
        a.content = {after};
        a.shape = Shape::ContentAfter;
        // "… commented on the talks:" closing a paragraph: the quotation below is the content too.
        if (m_r.isPunct(after.end, u':'))
            if (const TokenRange below = colonContent(after.end, pe); !below.isEmpty())
                a.content.append(below);
        // “A,” she told reporters in Vienna, “B.” — one quotation split by its attribution.
        if (!shared && m_r.runOf(after.first) >= 0)
            if (const TokenRange before = quotationEndingAt(subject.first - 1, ps); !before.isEmpty())
                a.content.prepend(before);
        a.cueClass = classOf(m, a.source);
        record(a);
        return;
    }
    // Nothing after the verb: the content came before it — "…, X said." or "“…,” X said."
    if (subject.isEmpty() || shared || (subject.size() == 1 && m_r.in(subject.first, m_r.relativePronouns)))
        return;
    const int b = subject.first - 1;
    TokenRange before;
    if (b < ps)
        before = quotationBefore(ps); // “…?” Smith asked. — the question mark ended the sentence
    else if (const TokenRange quoted = quotationEndingAt(b, ps); !quoted.isEmpty())
        before = quoted; // “…,” Smith said.
    else if (m_r.isPunct(b, u','))
        before = {contentStartBefore(b, ps), b};
    else if (m_r.isQuoteMark(b) || m_r.runOf(b) >= 0)
        before = {contentStartBefore(b + 1, ps), b + 1}; // Teachers are “looking …,” she said.
    if (before.isEmpty())
        return;
    a.source = subject;
    a.content = {before};
    a.shape = Shape::ContentBefore;
    const int tail = m_r.afterAdjuncts(m.end, pe);
    if (m_r.isPunct(tail, u',') && tail + 1 < pe) {
        // "The test, North Korea said, was its biggest yet"; "In the end, she said, the deal held";
        // “A,” she said, “B.”
        const int k = tail + 1;
        const bool adjunctBefore = m_r.in(before.first, m_r.prepositions) || m_r.in(before.first, m_r.coordinators)
            || m_r.in(before.first, m_r.subordinators) || m_r.isAdverb(before.first) || before.size() <= 3;
        // "It was impossible, he said, so the leaders decided …": the sentence goes on after "so", "and".
        const bool coordinated = (m_r.in(k, m_r.coordinators) || m_r.word(k) == u"so") && m_r.opensClause(k + 1, pe);
        if ((continuesClause(k) && hasVerbSoon(k, pe)) || (adjunctBefore && m_r.opensClause(k, pe)) || coordinated) {
            a.content.append({k, m_r.clauseEnd(k, pe)});
            if (m_r.runOf(k) < 0)
                a.shape = Shape::Parenthetical;
        }
    }
    a.cueClass = classOf(m, a.source);
    record(a);
}

TokenRange Pass::quotationEndingAt(int k, int periodStart) const
{
    // “…,” X … — a quotation (and its comma) just before the subject, inside the sentence.
    if (k >= periodStart && m_r.isPunct(k, u','))
        --k;
    const int run = m_r.runOf(k);
    if (k < periodStart || run < 0 || m_r.runEndToken(run) != k + 1)
        return {};
    // Only a quotation that is the whole content: "Talks ‘constructive’, says …" is more than its quote.
    const int first = m_r.runFirstToken(run);
    if (first > periodStart && m_r.isWordOrNumber(first - 1)) {
        const QStringView w = m_r.word(first - 1);
        if (std::any_of(w.begin(), w.end(), [](QChar c) { return c.isLetter(); }))
            return {};
    }
    return {first, k + 1};
}

TokenRange Pass::quotationBefore(int periodStart) const
{
    // The quotation that closed the previous sentence of the same paragraph: “Why now?” she asked.
    const int q = periodStart - 1;
    const int run = m_r.runOf(q);
    if (run < 0 || m_r.runEndToken(run) != periodStart || m_r.paragraphOf(q) != m_r.paragraphOf(periodStart))
        return {};
    return {m_r.runFirstToken(run), periodStart};
}

bool Pass::labelNamesSpeaker(int first, int end) const
{
    // "Q:" and "A:" of an interview; a person ("Lavrov:", "Spokesperson Lin:", "the minister:");
    // a name in capitals as transcripts write it ("TRUMP:"). Not a kicker ("Stealth Over Health:"),
    // a correction or a credit line.
    if (end - first == 1 && (m_r.word(first) == u"Q" || m_r.word(first) == u"A"))
        return true;
    const int mention = m_actors.mentionOfToken.value(first, -1);
    if (mention >= 0 && m_actors.mentions[mention].endToken == end) {
        const ActorMention &m = m_actors.mentions[mention];
        if (m.kind == ActorMention::Kind::Role)
            return true;
        if (m.actor >= 0 && m_actors.actors[m.actor].type == Model::ActorType::Person)
            return m_actors.actors[m.actor].mentions.size() > 1;
    }
    // A headline's label names a speaker when it is a name or a noun that can speak: "Ann Coulter:",
    // "Gov. Fallin:", "Poll:", "Officials:"; a kicker of common words ("Stealth Over Health:") is not.
    if (m_r.paragraphIsHeadline(m_r.paragraphOf(first)) || m_r.paragraphOf(first) == 0) {
        for (int k = first; k < end; ++k) {
            const Lexicons::WordInfo *info = m_lex.wordInfo(m_r.word(k));
            if ((info && (info->givenName || info->titles)) || m_r.in(k, m_r.documentNouns)
                || m_r.in(k, m_r.personNouns) || m_r.in(k, m_r.groupNouns))
                return true;
            const int m = m_actors.mentionOfToken.value(k, -1);
            if (m >= 0 && m_actors.mentions[m].actor >= 0)
                return true;
        }
    }
    const QStringView label = m_r.span(first, end).textIn(m_r.text());
    for (QChar ch : label)
        if (ch.isLetter() && !ch.isUpper())
            return false;
    for (const FoundActor &actor : m_actors.actors)
        if (actor.type == Model::ActorType::Person && actor.name.endsWith(label, Qt::CaseInsensitive))
            return true;
    return false;
}

void Pass::labels()
{
    m_labelled = QList<bool>(m_r.paragraphCount(), false);
    for (int p = 0; p < m_r.paragraphCount(); ++p) {
        const int first = m_r.paragraphStart(p);
        const int end = m_r.paragraphEnd(p);
        if (first < 0 || end - first < 3)
            continue;
        // "LAVROV: …", "Q: …", "Spokesperson Lin: …": a short label, a colon, the words.
        int k = first;
        while (k < end && k - first < kMaxLabelWords && m_r.isCapitalised(k) && m_r.runOf(k) < 0)
            ++k;
        if (k > first && m_r.isPunct(k, u':') && end - k > 3) {
            if (labelNamesSpeaker(first, k)) {
                Attribution a;
                a.cue = {k, k + 1};
                a.source = {first, k};
                a.content = {{k + 1, end}};
                a.shape = Shape::Label;
                a.takesQuotes = true;
                record(a);
                m_labelled[p] = true;
                continue;
            }
        }
        // "‘No deal yet’: Adler rejects the offer" — a headline's quotation is its subject's words.
        if (const int run = m_r.runOf(first); run >= 0 && m_r.runFirstToken(run) == first
            && m_r.isPunct(m_r.runEndToken(run), u':') && m_r.paragraphIsHeadline(p)) {
            const int colon = m_r.runEndToken(run);
            const TokenRange source = m_r.nounPhraseAt(colon + 1, end);
            if (!source.isEmpty() && m_r.isCapitalised(source.first)) {
                Attribution a;
                a.cue = {colon, colon + 1};
                a.source = {source.first, std::min(source.end, colon + 4)};
                a.content = {{first, colon}};
                a.shape = Shape::Label;
                a.takesQuotes = true;
                record(a);
                continue;
            }
        }
        // "… next week – Blinken", "“…” ― Karen B.": a dash and a name closing the paragraph.
        for (int d = end - 2; d > first + 1 && d >= end - 1 - kMaxLabelWords; --d) {
            if (!m_r.isDash(d))
                continue;
            bool names = true;
            for (int n = d + 1; n < end && names; ++n)
                names = m_r.isCapitalised(n) || (m_r.isPunct(n, u'.') && n == end - 1);
            const bool quoted = m_r.runOf(d - 1) >= 0;
            if (names && (quoted || m_r.paragraphIsHeadline(p))) {
                Attribution a;
                a.cue = {d, d + 1};
                a.source = {d + 1, m_r.isPunct(end - 1, u'.') ? end - 1 : end};
                a.content = {{first, d}};
                a.shape = Shape::Label;
                a.takesQuotes = true;
                record(a);
                m_labelled[p] = true;
            }
            break;
        }
    }
}

void Pass::joinQuotationGroups()
{
    // A quotation over several paragraphs (no closing mark until its last one) is one content.
    for (Attribution &a : m_found) {
        QList<int> groups;
        for (const TokenRange &c : std::as_const(a.content))
            for (int k = c.first; k < c.end; ++k)
                if (const int r = m_r.runOf(k); r >= 0 && !groups.contains(m_r.run(r).group))
                    groups.append(m_r.run(r).group);
        for (int g : std::as_const(groups)) {
            for (int r = g; r < m_r.runCount() && m_r.run(r).group == g; ++r) {
                if (m_runCovered[r] || m_r.runFirstToken(r) < 0)
                    continue;
                m_runCovered[r] = true;
                a.content.append({m_r.runFirstToken(r), m_r.runEndToken(r)});
            }
        }
    }
}

int Pass::quotationRank(const Attribution &a) const
{
    for (const TokenRange &c : a.content) {
        int k = c.first;
        while (k < c.end && !m_r.isWordOrNumber(k) && m_r.runOf(k) < 0)
            ++k;
        if (k < c.end && m_r.runOf(k) >= 0)
            return 2; // a quotation opens the content
    }
    return hasQuotation(a) ? 1 : 0;
}

bool Pass::hasQuotation(const Attribution &a) const
{
    for (const TokenRange &c : a.content)
        for (int k = c.first; k < c.end; ++k)
            if (m_r.runOf(k) >= 0)
                return true;
    return false;
}

void Pass::assembleQuotations()
{
    // Which attribution a quotation with no cue of its own continues: the last one of speech in its
    // paragraph that quotes someone (or could: its cue takes quotations), else the one the previous
    // paragraph ended with when this paragraph opens with the quotation.
    QList<int> order(m_found.size());
    for (int i = 0; i < m_found.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](int x, int y) {
        return m_found[x].period != m_found[y].period ? m_found[x].period < m_found[y].period
                                                      : m_found[x].cue.first < m_found[y].cue.first;
    });
    QHash<int, int> speakerOfParagraph; // paragraph → the attribution whose quotation it holds last
    QList<Attribution> unattributed;
    int next = 0;
    for (int r = 0; r < m_r.runCount(); ++r) {
        const int rf = m_r.runFirstToken(r);
        if (rf < 0)
            continue;
        const int p = m_r.periodOf(rf);
        const int paragraph = m_r.paragraphOf(rf);
        while (next < order.size() && m_found[order[next]].period < p) {
            const Attribution &a = m_found[order[next]];
            if (a.cueClass == CueClass::Speech && a.takesQuotes) {
                const auto it = speakerOfParagraph.constFind(a.paragraph);
                // A quotation beats quoted words in a clause, which beat none ("…,” she said, noting …;
                // “…,” said X, who noted that prices had “cratered”).
                if (it == speakerOfParagraph.cend() || quotationRank(a) >= quotationRank(m_found[*it]))
                    speakerOfParagraph.insert(a.paragraph, order[next]);
            }
            ++next;
        }
        if (m_runCovered[r] || rf != m_r.periodStart(p) || m_periodHasAttribution[p] >= 0)
            continue; // covered, or a fragment with no cue: a scare quote or a title, no attribution
        int target = speakerOfParagraph.value(paragraph, -1);
        if (target < 0 && rf == m_r.paragraphStart(paragraph) && !m_labelled.value(paragraph)) {
            // A paragraph that is a quotation with no attribution: the quotation of the paragraph
            // before goes on.
            const int before = speakerOfParagraph.value(paragraph - 1, -1);
            if (before >= 0 && hasQuotation(m_found[before]))
                target = before;
        }
        const TokenRange whole{m_r.periodStart(p), m_r.periodEnd(p)};
        if (target < 0) {
            // A paragraph that is a whole quotation with no attribution anywhere near: still someone's
            // words, shown with no speaker (and little confidence), unlike a scare quote in a sentence.
            const int words = m_r.runEndToken(r) - rf;
            if (rf == m_r.paragraphStart(paragraph) && m_r.runEndToken(r) + 1 >= whole.end && words >= 4) {
                Attribution a;
                a.content = {whole};
                a.shape = Shape::Label;
                a.takesQuotes = true;
                a.period = p;
                a.paragraph = paragraph;
                unattributed.append(a);
                m_runCovered[r] = true;
            }
            continue;
        }
        m_found[target].content.append(whole);
        speakerOfParagraph.insert(paragraph, target);
        for (int k = whole.first; k < whole.end; ++k)
            if (const int run = m_r.runOf(k); run >= 0)
                m_runCovered[run] = true;
    }
    m_found += unattributed;
}

QString Pass::sourceHeadNoun(TokenRange source) const
{
    // "a State Department spokesperson", "the spokesman", "officials": the noun, singular, with
    // spokesman, spokeswoman and spokesperson as one.
    int head = -1;
    for (int k = source.first; k < source.end; ++k) {
        if (m_r.isPunct(k, u',') || (k > source.first && m_r.in(k, m_r.prepositions)))
            break;
        if (m_r.isWord(k))
            head = k;
    }
    if (head < 0)
        return {};
    QString noun = m_r.word(head).toString().toLower();
    if (noun.startsWith(u"spokes"))
        return QStringLiteral("spokesperson");
    if (noun.endsWith(u's') && !noun.endsWith(u"ss"))
        noun.chop(1);
    return noun;
}

void Pass::rememberUnnamed(TokenRange source, ResolvedSource *resolved)
{
    // "A State Department spokesperson said … “…,” the spokesperson said": a role noun refers back
    // to the unnamed source with that noun when it came after the last time a person with that role
    // was named; then it is that source, speaking for whom it spoke for.
    if (source.isEmpty())
        return;
    const QString head = sourceHeadNoun(source);
    if (head.isEmpty())
        return;
    const int start = m_r.segmentation().tokens[source.first].span.start;
    if (resolved->kind == SourceKind::Unnamed) {
        m_unnamedSources.insert(head, {start, resolved->speaker});
        return;
    }
    const int m = resolved->mention;
    if (m < 0 || m_actors.mentions[m].kind != ActorMention::Kind::Role)
        return;
    const auto it = m_unnamedSources.constFind(head);
    if (it == m_unnamedSources.cend())
        return;
    int lastNamed = -1;
    for (int i = m - 1; i >= 0 && i >= m - 64; --i)
        if (m_actors.mentions[i].actor == m_actors.mentions[m].actor && !m_actors.mentions[i].isAnaphor()) {
            lastNamed = m_actors.mentions[i].span.start;
            break;
        }
    // Only a source named after the person was: a role named before anyone ("The minister warned …
    // Whitcombe said") is the person named next, as the actor finder resolved it.
    if (lastNamed >= 0 && it->first > lastNamed) {
        resolved->kind = SourceKind::Unnamed;
        resolved->speaker = it->second;
        resolved->mention = -1;
    }
}

FoundQuote Pass::toQuote(const Attribution &a)
{
    FoundQuote q;
    int quotedParts = 0;
    int reportedParts = 0;
    bool fragments = false;
    int contentWords = 0;
    QList<TokenRange> parts = a.content;
    std::sort(parts.begin(), parts.end(), [](TokenRange x, TokenRange y) { return x.first < y.first; });
    for (const TokenRange &range : std::as_const(parts)) {
        int first = range.first;
        int end = range.end;
        const auto edge = [&](int k) {
            return !m_r.isWordOrNumber(k) && !m_r.isQuoteMark(k) && !(m_r.isPunct(k, u'.') || m_r.isPunct(k, u'?')
                                                                         || m_r.isPunct(k, u'!'));
        };
        while (first < end && (edge(first) || m_r.isPunct(first, u'.')))
            ++first;
        while (end > first && edge(end - 1))
            --end;
        if (end <= first)
            continue;
        for (int k = first; k < end; ++k)
            contentWords += m_r.isWordOrNumber(k) ? 1 : 0;
        // The part is one quotation when it starts at a quotation's opening mark and nothing but
        // punctuation follows the quotation.
        const int run = m_r.runOf(first);
        if (run >= 0 && m_r.runFirstToken(run) == first) {
            int tail = m_r.runEndToken(run);
            while (tail < end && !m_r.isWordOrNumber(tail) && m_r.runOf(tail) < 0)
                ++tail;
            if (tail >= end) {
                q.content.append(m_r.run(run).content);
                ++quotedParts;
                continue;
            }
        }
        // A sentence's final stop is not part of what was reported (inside a quotation, or in a
        // transcript's turn, it stays).
        while (end > first + 1 && m_r.runOf(end - 1) < 0 && a.shape != Shape::Label
               && (m_r.isPunct(end - 1, u'.') || m_r.isPunct(end - 1, u'!') || m_r.isPunct(end - 1, u'?')))
            --end;
        for (int k = first; k < end && !fragments; ++k)
            fragments = m_r.runOf(k) >= 0;
        // Trim quotation marks that only open or close the part.
        while (first < end - 1 && m_r.isQuoteMark(first) && m_r.runOf(first) < 0)
            ++first;
        q.content.append(m_r.span(first, end));
        ++reportedParts;
    }
    if (q.content.isEmpty())
        return q;
    if (a.cueClass != CueClass::Speech)
        q.kind = QuoteKind::Stance;
    else if (reportedParts == 0 || a.shape == Shape::Label)
        q.kind = QuoteKind::Direct; // a transcript's turn is the speaker's own words
    else if (quotedParts > 0)
        q.kind = QuoteKind::Mixed;
    else if (fragments)
        q.kind = QuoteKind::Partial;
    else
        q.kind = QuoteKind::Indirect;
    if (a.paragraph == 0 && m_r.paragraphCount() > 1 && m_r.paragraphIsHeadline(0) && q.kind != QuoteKind::Stance)
        q.kind = QuoteKind::Headline;
    q.cue = m_r.span(a.cue);
    q.source = m_r.span(a.source);
    ResolvedSource resolved = m_speakers.resolve(a.source);
    rememberUnnamed(a.source, &resolved);
    if (resolved.kind == SourceKind::Unnamed && resolved.speaker.isEmpty() && sourceHeadNoun(a.source) == u"spokesperson"
        && !parts.isEmpty()) {
        // "The World Bank will release the funds, a spokesperson said": a spokesperson of no named
        // body speaks for the body their words are about, when those words begin with it.
        int k = parts.constFirst().first;
        while (k < parts.constFirst().end && !m_r.isWord(k))
            ++k;
        const int m = m_actors.mentionOfToken.value(k, -1);
        if (m >= 0 && m_actors.mentions[m].firstToken == k && !m_actors.mentions[m].isAnaphor()
            && m_actors.mentions[m].actor >= 0
            && m_actors.actors[m_actors.mentions[m].actor].type != Model::ActorType::Person)
            resolved.speaker = m_actors.actorName(m);
    }
    q.sourceKind = resolved.kind;
    q.speaker = resolved.speaker;

    AttributionEvidence e;
    e.shape = a.shape;
    e.cueClass = a.cueClass;
    e.hasCue = !a.cue.isEmpty();
    e.plainCue = a.plainCue;
    e.quoted = quotedParts > 0 || fragments;
    e.adjacentQuote = quotedParts > 0 && (a.shape == Shape::ContentBefore || a.shape == Shape::Label
                                          || (a.shape == Shape::ContentAfter && reportedParts == 0));
    e.sourceKind = q.sourceKind;
    e.speakerKnown = !q.speaker.isEmpty();
    e.contentWords = contentWords;
    e.headline = q.kind == QuoteKind::Headline;
    q.confidence = AttributionConfidence::of(e);
    return q;
}

QList<FoundQuote> Pass::run()
{
    labels();
    for (int v = 0; v < m_r.count(); ++v) {
        if (!m_r.isWord(v) || m_r.runOf(v) >= 0 || m_labelled.value(m_r.paragraphOf(v)))
            continue;
        if (accordingTo(v))
            continue;
        CueMatch m;
        if (!matchCue(v, &m) || !isVerbUse(v))
            continue;
        analyseCue(v, m);
    }
    joinQuotationGroups();
    assembleQuotations();
    // Sources are resolved in text order: a role noun may refer back to an unnamed source.
    std::sort(m_found.begin(), m_found.end(), [](const Attribution &x, const Attribution &y) {
        const int ax = !x.source.isEmpty() ? x.source.first : x.content.constFirst().first;
        const int ay = !y.source.isEmpty() ? y.source.first : y.content.constFirst().first;
        return ax < ay;
    });
    QList<FoundQuote> out;
    out.reserve(m_found.size());
    for (const Attribution &a : std::as_const(m_found)) {
        FoundQuote q = toQuote(a);
        if (!q.content.isEmpty())
            out.append(q);
    }
    std::sort(out.begin(), out.end(), [](const FoundQuote &x, const FoundQuote &y) {
        return x.content.constFirst().start != y.content.constFirst().start
            ? x.content.constFirst().start < y.content.constFirst().start
            : x.cue.start < y.cue.start;
    });
    return out;
}

} // namespace

QList<FoundQuote> AttributionFinder::find(QStringView text, const TextSegmentation &segmentation,
                                          const QList<QuoteRun> &runs, const QList<int> &runOfToken,
                                          const ActorTable &actors) const
{
    return Pass(m_lexicons, text, segmentation, runs, runOfToken, actors).run();
}

} // namespace Parlance::Analysis
