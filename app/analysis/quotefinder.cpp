// SPDX-License-Identifier: GPL-2.0-or-later
#include "quotefinder.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace Parlance::Analysis {

namespace {

using Model::QuoteKind;
using Model::Span;

bool contains(std::initializer_list<QStringView> words, QStringView w)
{
    return std::find(words.begin(), words.end(), w) != words.end();
}

bool isTimeWord(QStringView w)
{
    return contains({u"Monday", u"Tuesday", u"Wednesday", u"Thursday", u"Friday", u"Saturday", u"Sunday",
                     u"yesterday", u"today", u"tonight", u"earlier", u"later", u"again", u"also",
                     u"late", u"last", u"this", u"week", u"month", u"night", u"morning", u"afternoon",
                     u"evening", u"previously", u"recently", u"repeatedly", u"publicly", u"privately",
                     u"separately", u"directly", u"Monday's", u"once", u"then"},
                    w);
}

// Words after which a comma ends reported speech: "…, as he voiced hope", "…, saying …".
bool endsClause(QStringView w)
{
    return contains({u"as", u"while", u"but", u"saying", u"adding", u"although", u"though", u"which",
                     u"who", u"according", u"before", u"after", u"when", u"amid", u"despite", u"whereas",
                     u"noting", u"warning", u"stressing", u"insisting", u"arguing", u"calling", u"and"},
                    w);
}

// Words that can begin a reported clause without "that" ("said the United States will …", "says
// nuclear talks can resume"): anything but a preposition, an infinitive or a bare object.
bool startsClause(QStringView w)
{
    if (w.isEmpty())
        return false;
    if (w[0].isUpper() || w[0].isDigit())
        return true;
    return !contains({u"to", u"in", u"on", u"at", u"for", u"with", u"by", u"from", u"after", u"before", u"during",
                      u"about", u"of", u"as", u"so", u"and", u"but", u"or", u"goodbye", u"yes", u"no", u"hello",
                      u"thanks", u"sorry", u"nothing", u"little", u"much", u"more", u"something", u"anything",
                      u"otherwise", u"so", u"too", u"why", u"when", u"where", u"how", u"what", u"whether", u"if",
                      u"him", u"her", u"them", u"me", u"us", u"not", u"earlier", u"later", u"again", u"only",
                      u"last", u"next", u"through", u"via", u"without", u"among", u"between", u"against",
                      u"upon", u"into", u"onto", u"over", u"under", u"while", u"than", u"though", u"although",
                      u"was", u"is", u"were", u"are", u"had", u"has", u"have", u"would", u"will", u"could", u"be"},
                     w);
}

bool isPreposition(QStringView w)
{
    return contains({u"in", u"on", u"at", u"during", u"after", u"before", u"to", u"from", u"with", u"via",
                     u"through", u"over", u"following", u"ahead"},
                    w);
}

bool isAuxiliary(QStringView w)
{
    return contains({u"has", u"have", u"had", u"also", u"was", u"is", u"would", u"will", u"did", u"does",
                     u"later", u"earlier", u"then", u"had", u"once", u"again", u"reportedly", u"previously"},
                    w);
}

bool isSourceNoun(QStringView w)
{
    static const QHash<QStringView, bool> set = [] {
        QHash<QStringView, bool> s;
        for (QStringView x : {u"official", u"officials", u"diplomat", u"diplomats", u"source", u"sources", u"spokesperson",
                     u"spokesman", u"spokeswoman", u"spokesmen", u"spokeswomen", u"aide", u"aides",
                     u"representative", u"representatives", u"ambassador", u"ambassadors", u"adviser",
                     u"advisers", u"advisor", u"advisors", u"delegation", u"delegations", u"communique",
                     u"communiqué", u"declaration", u"readout", u"sides", u"witnesses", u"governments",
                     u"ministries", u"counterparts", u"presidents", u"negotiator", u"negotiators", u"analyst",
                     u"analysts", u"expert", u"experts", u"lawmakers", u"ministers", u"leaders", u"authorities",
                     u"envoy", u"envoys", u"ministry", u"government", u"statement", u"spokespeople", u"minister",
                     u"mediator", u"mediators", u"officer", u"officers", u"commander", u"commanders", u"observers"})
            s.insert(x, true);
        return s;
    }();
    return set.contains(w);
}

struct Event {
    int pos;
    QString speaker;
    int paragraph;
};

class Pass {
public:
    Pass(const Lexicons &lex, QStringView text, const TextSegmentation &seg, const QList<QuoteRun> &runs,
         const QList<int> &runOfToken, const ActorTable &actors)
        : m_lex(lex), m_text(text), m_seg(seg), m_runs(runs), m_runOfToken(runOfToken), m_actors(actors)
    {
        const int n = int(seg.tokens.size());
        m_sentenceOf.resize(n);
        m_frameOf.resize(n);
        m_consumed = QList<bool>(n, false);
        int frame = -1;
        int lastParagraph = -1;
        for (int s = 0; s < seg.sentences.size(); ++s) {
            const Sentence &sentence = seg.sentences[s];
            const int first = sentence.firstToken;
            // A sentence boundary inside a quotation does not end the frame around the quotation.
            const int run = runOfToken.value(first, -1);
            const bool inside = run >= 0 && runs[run].marks.start < seg.tokens[first].span.start;
            if (!(inside && sentence.paragraph == lastParagraph)) {
                ++frame;
                m_frames.append({first, sentence.endToken});
            }
            m_frames.last().second = sentence.endToken;
            lastParagraph = sentence.paragraph;
            for (int k = first; k < sentence.endToken; ++k) {
                m_sentenceOf[k] = s;
                m_frameOf[k] = frame;
            }
        }
        m_runFirstToken = QList<int>(runs.size(), -1);
        for (int k = 0; k < n; ++k) {
            const int r = runOfToken[k];
            if (r >= 0 && m_runFirstToken[r] < 0)
                m_runFirstToken[r] = k;
        }
    }

    QList<FoundQuote> run();

private:
    QStringView word(int k) const
    {
        return k >= 0 && k < int(m_seg.tokens.size()) ? m_seg.tokens[k].textIn(m_text) : QStringView();
    }
    bool isWord(int k) const { return k >= 0 && k < int(m_seg.tokens.size()) && m_seg.tokens[k].isWord(); }
    bool isPunct(int k, QChar c) const
    {
        return k >= 0 && k < int(m_seg.tokens.size()) && m_seg.tokens[k].kind == Token::Kind::Punctuation
            && m_text[m_seg.tokens[k].span.start] == c;
    }
    bool isDash(int k) const
    {
        return k >= 0 && k < int(m_seg.tokens.size()) && m_seg.tokens[k].kind == Token::Kind::Dash;
    }
    int paragraphOf(int k) const { return m_seg.sentences[m_sentenceOf[k]].paragraph; }
    int paragraphEndToken(int k) const
    {
        const Paragraph &p = m_seg.paragraphs[paragraphOf(k)];
        return m_seg.sentences[p.endSentence - 1].endToken;
    }
    int tokenCount() const { return int(m_seg.tokens.size()); }
    bool isTimeWordOrAdverb(int k) const { return isWord(k) && isTimeWord(word(k)); }
    quint8 verbFlags(int k) const
    {
        return k >= 0 && k < int(m_actors.verbFlagsOfToken.size()) ? m_actors.verbFlagsOfToken[k] : 0;
    }
    /// The mention starting at token k, or -1.
    int mentionStartingAt(int k) const
    {
        if (k < 0 || k >= tokenCount())
            return -1;
        const int m = m_actors.mentionOfToken[k];
        return m >= 0 && m_actors.mentions[m].firstToken == k ? m : -1;
    }
    int mentionEndingAt(int end) const
    {
        if (end <= 0 || end > tokenCount())
            return -1;
        const int m = m_actors.mentionOfToken[end - 1];
        return m >= 0 && m_actors.mentions[m].endToken == end ? m : -1;
    }
    int firstTokenAtOrAfter(int pos) const
    {
        auto it = std::lower_bound(m_seg.tokens.cbegin(), m_seg.tokens.cend(), pos,
                                   [](const Token &t, int p) { return t.span.start < p; });
        return int(it - m_seg.tokens.cbegin());
    }
    Span tokensSpan(int first, int end) const
    {
        return Span(m_seg.tokens[first].span.start, m_seg.tokens[end - 1].span.end);
    }
    /// A verb phrase from the lexicon starting at k ("told reporters"): its length, or 0.
    int verbPhraseAt(int k) const;

    struct Attribution {
        Span cue;
        Span source;
        QString speaker;
        int end = -1; ///< token after the attribution
        bool found = false;
    };
    Attribution after(const QuoteRun &run, int runEndToken) const;
    Attribution before(int frameStart, int runStart) const;
    Attribution attributionFromMention(int mention, int verb) const;
    QString speakerOf(int mention) const;
    void noteUnnamedSource(Span source, const QString &speaker) const;
    struct UnnamedSource {
        int pos;
        QString head; ///< "spokesperson", "official"
        QString speaker;
    };
    mutable QList<UnnamedSource> m_unnamedSources; // in text order, as found

    void headlines();
    void namedForTheirBody();
    void transcript();
    void direct();
    void indirect();
    void carryOver();
    void addIndirect(int verb, int mention, int contentFirst, int contentEnd, Span cue, Span unnamedSource = Span());
    Span unnamedSourceBefore(int end, int frameStart, int *mention) const;
    int skipDateline(int first, int end) const;
    bool trailingAttribution(int k, int end) const
    {
        // A few words and a reporting verb closing the sentence: "Interfax reported", "officials said".
        for (int j = k; j < end && j < k + 5; ++j) {
            if (!isWord(j))
                return false;
            if (verbFlags(j) & (Lexicons::DirectCue | Lexicons::Indirect | Lexicons::IndirectWithThat)) {
                int t = j + 1;
                while (t < end && isWord(t) && (isTimeWord(word(t)) || word(t) == u"on" || word(t)[0].isUpper()))
                    ++t;
                return j > k && t >= end - 1;
            }
        }
        return false;
    }
    int namedListener(int k, int end) const
    {
        // [the] Capitalised… [news agency|newspaper|…]: a medium or body told something.
        int j = k;
        if (isWord(j) && word(j) == u"the")
            ++j;
        const int namesStart = j;
        while (j < end && isWord(j) && word(j)[0].isUpper() && j - namesStart < 4)
            ++j;
        if (j == namesStart)
            return 0;
        while (j < end && isWord(j) && j - namesStart < 6
               && contains({u"news", u"agency", u"newspaper", u"daily", u"broadcaster", u"television", u"radio",
                            u"channel", u"website", u"magazine", u"network", u"outlet", u"service"},
                           word(j)))
            ++j;
        return j - k;
    }

    const Lexicons &m_lex;
    QStringView m_text;
    const TextSegmentation &m_seg;
    const QList<QuoteRun> &m_runs;
    const QList<int> &m_runOfToken;
    const ActorTable &m_actors;
    QList<int> m_sentenceOf;
    QList<int> m_frameOf;
    QList<std::pair<int, int>> m_frames; // token ranges
    QList<int> m_runFirstToken;
    QList<bool> m_consumed; // tokens already used as a cue or as reported content
    QList<bool> m_runUsed;
    QList<FoundQuote> m_quotes;
    QList<int> m_quoteParagraph;
    QList<bool> m_needsCarryOver;
    QHash<int, FoundQuote> m_reportedEndingAt; // token where a reported clause stopped → its attribution
};

int Pass::verbPhraseAt(int k) const
{
    for (const Lexicons::VerbPhrase &p : m_lex.verbPhrases()) {
        const int n = int(p.words.size());
        bool ok = k + n <= tokenCount();
        for (int j = 0; j < n && ok; ++j)
            ok = isWord(k + j) && word(k + j) == p.words[j];
        if (ok)
            return n;
    }
    return 0;
}

Pass::Attribution Pass::attributionFromMention(int mention, int verb) const
{
    Attribution a;
    a.found = true;
    a.cue = m_seg.tokens[verb].span;
    if (mention >= 0) {
        a.source = m_actors.mentions[mention].span;
        a.speaker = speakerOf(mention);
    }
    return a;
}

// "A State Department spokesperson said … “…,” the spokesperson said": a role noun refers back to
// an unnamed source with the same noun when that came after the last time a named person was named.
QString Pass::speakerOf(int mention) const
{
    const ActorMention &m = m_actors.mentions[mention];
    const QString name = m_actors.actorName(mention);
    if (m.kind != ActorMention::Kind::Role)
        return name;
    QString head = m.roleHead;
    if (head.isEmpty())
        head = word(m.endToken - 1).toString().toLower(); // "the spokesperson", "the official"
    if (head.startsWith(u"spokes"))
        head = QStringLiteral("spokesperson");
    int lastNamed = -1;
    for (int i = mention - 1; i >= 0 && m.actor >= 0; --i)
        if (m_actors.mentions[i].actor == m.actor && !m_actors.mentions[i].isAnaphor()) {
            lastNamed = m_actors.mentions[i].span.start;
            break;
        }
    // The events are in the order they were found, not in text order: take the latest one before.
    const UnnamedSource *best = nullptr;
    for (const UnnamedSource &u : m_unnamedSources)
        if (u.pos < m.span.start && u.pos > lastNamed && u.head == head && (!best || u.pos > best->pos))
            best = &u;
    return best ? best->speaker : name;
}

void Pass::noteUnnamedSource(Span source, const QString &speaker) const
{
    const int last = firstTokenAtOrAfter(source.end) - 1;
    if (last < 0 || !isWord(last))
        return;
    QString head = word(last).toString().toLower();
    if (head.startsWith(u"spokes"))
        head = QStringLiteral("spokesperson");
    if (head.endsWith(u's') && head != u"spokesperson")
        head.chop(1);
    m_unnamedSources.append({source.start, head, speaker});
}

// “…,” he said / “…,” said Blinken / “…” – Blinken / “…,” a spokesperson said
Pass::Attribution Pass::after(const QuoteRun &run, int k) const
{
    Attribution none;
    const int n = tokenCount();
    if (k >= n || paragraphOf(k) != run.paragraph)
        return none;
    int skipped = 0;
    bool dash = false;
    while (k < n && skipped < 2 && (isPunct(k, u',') || isDash(k) || isPunct(k, u':'))) {
        dash = dash || isDash(k) || isPunct(k, u':');
        ++k;
        ++skipped;
    }
    if (k >= n || paragraphOf(k) != run.paragraph || m_runOfToken[k] >= 0)
        return none;
    // Pattern: mention, adverbs, verb — maybe after a few words naming the speaker's employer
    // ("State Department spokesman Ned Carter told reporters").
    auto verbAfter = [&](int mention) {
        int v = m_actors.mentions[mention].endToken;
        if (isPunct(v, u',')) {
            // "Blinken, who is touring Europe, told reporters": skip the apposition.
            int close = v + 1;
            while (close < n && close < v + 16 && !isPunct(close, u',') && m_runOfToken[close] < 0
                   && paragraphOf(close) == run.paragraph && !(m_seg.tokens[close].kind == Token::Kind::Punctuation
                                                               && m_text[m_seg.tokens[close].span.start] == u'.'))
                ++close;
            if (isPunct(close, u',') && close > v + 1)
                v = close + 1;
        }
        for (int steps = 0; v < n && steps < 2 && isWord(v) && verbFlags(v) == 0 && isTimeWordOrAdverb(v); ++steps)
            ++v;
        return v < n && (verbFlags(v) & Lexicons::DirectCue) ? v : -1;
    };
    int m = mentionStartingAt(k);
    if (m < 0 || verbAfter(m) < 0) {
        for (int j = k; j < n && j < k + 4 && isWord(j) && m_runOfToken[j] < 0 && verbFlags(j) == 0; ++j) {
            const int candidate = mentionStartingAt(j + 1);
            if (candidate >= 0 && m_actors.mentions[candidate].kind == ActorMention::Kind::Name
                && m_actors.actors.value(m_actors.mentions[candidate].actor).type == Model::ActorType::Person
                && verbAfter(candidate) >= 0) {
                m = candidate;
                break;
            }
        }
    }
    if (m >= 0) {
        if (const int v = verbAfter(m); v >= 0) {
            Attribution a = attributionFromMention(m, v);
            const int phrase = verbPhraseAt(v);
            a.end = phrase > 0 ? v + phrase : v + 1;
            if (phrase > 0)
                a.cue = tokensSpan(v, v + phrase);
            return a;
        }
        // “…” – Blinken (the end of the paragraph); ‘No compromise’: Zelensky rejects … (a headline)
        const Paragraph &para = m_seg.paragraphs[run.paragraph];
        const QChar last = m_text[para.span.end - 1];
        const bool headline = last != u'.' && last != u'!' && last != u'?' && paragraphEndToken(k) - k < 20;
        if (dash && m_actors.actors.value(m_actors.mentions[m].actor).type == Model::ActorType::Person
            && (m_actors.mentions[m].endToken >= paragraphEndToken(k) - 1 || headline)) {
            Attribution a;
            a.found = true;
            a.source = m_actors.mentions[m].span;
            a.speaker = m_actors.actorName(m);
            a.end = m_actors.mentions[m].endToken;
            return a;
        }
    }
    // Pattern: "…”, according to Blinken."
    if (isWord(k) && word(k) == u"according" && word(k + 1) == u"to") {
        if (const int by = mentionStartingAt(k + 2); by >= 0) {
            Attribution a = attributionFromMention(by, k);
            a.cue = tokensSpan(k, k + 2);
            a.end = m_actors.mentions[by].endToken;
            return a;
        }
    }
    // Pattern: verb, mention ("said Blinken").
    if (verbFlags(k) & Lexicons::DirectCue) {
        m = mentionStartingAt(k + 1);
        if (m >= 0) {
            Attribution a = attributionFromMention(m, k);
            a.end = m_actors.mentions[m].endToken;
            return a;
        }
    }
    // Pattern: an unnamed source, before or after the verb ("a senior official said", "the Qatari
    // mediators said", "asked one Israeli official"); a state or body named in it is the speaker.
    auto unnamed = [&](int first, int end, int verb) {
        Attribution a;
        int named = -1;
        const Span source = unnamedSourceBefore(end, first, &named);
        if (!source.isValid() || source.start != m_seg.tokens[first].span.start)
            return a;
        a.found = true;
        a.cue = m_seg.tokens[verb].span;
        a.source = source;
        if (named >= 0)
            a.speaker = m_actors.actorName(named);
        a.end = std::max(verb + 1, end);
        noteUnnamedSource(source, a.speaker);
        return a;
    };
    for (int v = k + 1; v < n && v < k + 7 && isWord(v) && m_runOfToken[v] < 0; ++v)
        if (verbFlags(v) & Lexicons::DirectCue) {
            if (Attribution a = unnamed(k, v, v); a.found)
                return a;
            break;
        }
    if (verbFlags(k) & Lexicons::DirectCue) {
        for (int e = k + 2; e < n && e < k + 8 && isWord(e - 1) && m_runOfToken[e - 1] < 0; ++e)
            if (isSourceNoun(word(e - 1))) {
                if (Attribution a = unnamed(k + 1, e, k); a.found)
                    return a;
                break;
            }
    }
    return none;
}

// Blinken said: “…” / He called the talks “frank” / …, saying that “…”
Pass::Attribution Pass::before(int frameStart, int runStart) const
{
    Attribution none;
    int verb = -1;
    for (int j = runStart - 1; j >= frameStart; --j) {
        if (m_runOfToken[j] >= 0)
            continue;
        if (isWord(j) && word(j).compare(u"according", Qt::CaseInsensitive) == 0 && word(j + 1) == u"to") {
            const int m = mentionStartingAt(j + 2);
            if (m >= 0) {
                Attribution a = attributionFromMention(m, j);
                a.cue = tokensSpan(j, j + 2);
                return a;
            }
        }
        if (verbFlags(j) != 0) {
            verb = j;
            break;
        }
    }
    if (verb >= 0) {
        // The subject before the verb: prefer a subject mention, then the nearest one.
        int nearest = -1;
        int subject = -1;
        for (int j = verb - 1; j >= frameStart; --j) {
            const int m = m_actors.mentionOfToken[j];
            if (m < 0 || m_runOfToken[j] >= 0)
                continue;
            if (nearest < 0)
                nearest = m;
            if (m_actors.mentions[m].subject) {
                subject = m;
                break;
            }
        }
        // The nearest mention is the subject when it stands right before the verb, maybe as an
        // apposition ("Moscow's envoy, Pavel Orlov, called it …").
        const ActorMention *n = nearest >= 0 ? &m_actors.mentions[nearest] : nullptr;
        const bool adjacent = n
            && ((n->endToken == verb && n->subject)
                || (n->endToken == verb - 1 && isPunct(verb - 1, u',') && isPunct(n->firstToken - 1, u',')));
        int m = adjacent ? nearest : subject >= 0 ? subject : nearest;
        if (m < 0)
            m = mentionStartingAt(verb + 1); // said Blinken: “…”
        if (m < 0)
            return none;
        return attributionFromMention(m, verb);
    }
    // No verb: a partial quote whose sentence has a subject ("Lavrov dismissed the “hysteria”").
    for (int j = frameStart; j < runStart; ++j) {
        const int m = m_actors.mentionOfToken[j];
        if (m >= 0 && m_runOfToken[j] < 0 && m_actors.mentions[m].subject && m_actors.mentions[m].actor >= 0) {
            Attribution a;
            a.found = true;
            a.source = m_actors.mentions[m].span;
            a.speaker = m_actors.actorName(m);
            return a;
        }
    }
    return none;
}

void Pass::headlines()
{
    for (int p = 0; p < m_seg.paragraphs.size(); ++p) {
        const Paragraph &para = m_seg.paragraphs[p];
        if (para.endSentence <= para.firstSentence)
            continue;
        const int first = m_seg.sentences[para.firstSentence].firstToken;
        const int end = m_seg.sentences[para.endSentence - 1].endToken;
        if (end - first > 30 || end - first < 3)
            continue;
        const QChar last = m_text[para.span.end - 1];
        if (last == u'.' || last == u'!' || last == u'?')
            continue;
        FoundQuote q;
        q.kind = QuoteKind::Headline;
        int mention = -1;
        Span content;
        // "… next week – Blinken"
        const int m = mentionEndingAt(end);
        if (m >= 0 && m_actors.mentions[m].actor >= 0 && isDash(m_actors.mentions[m].firstToken - 1)
            && m_actors.mentions[m].firstToken - 1 > first + 1) {
            const int dash = m_actors.mentions[m].firstToken - 1;
            mention = m;
            q.cue = m_seg.tokens[dash].span;
            content = tokensSpan(first, dash);
        }
        // "Lavrov: …"
        const int m2 = mentionStartingAt(first);
        if (mention < 0 && m2 >= 0 && m_actors.mentions[m2].actor >= 0
            && isPunct(m_actors.mentions[m2].endToken, u':') && m_actors.mentions[m2].endToken + 1 < end) {
            mention = m2;
            q.cue = m_seg.tokens[m_actors.mentions[m2].endToken].span;
            content = tokensSpan(m_actors.mentions[m2].endToken + 1, end);
        }
        if (mention < 0)
            continue;
        // A headline that is a quotation: its content without the marks.
        for (int r = 0; r < m_runs.size(); ++r)
            if (m_runs[r].paragraph == p && content.contains(m_runs[r].content)
                && content.length() - m_runs[r].marks.length() <= 1) {
                content = m_runs[r].content;
                m_runUsed[r] = true;
            }
        q.content = {content};
        q.source = m_actors.mentions[mention].span;
        q.speaker = m_actors.actorName(mention);
        for (int k = first; k < end; ++k)
            m_consumed[k] = true;
        m_quotes.append(q);
        m_quoteParagraph.append(p);
        m_needsCarryOver.append(false);
    }
}

// A briefing transcript: "Spokesperson: We have noted the reports." or "Lavrov: We are ready." — the
// paragraph after the speaker's label is their words, with or without quotation marks.
void Pass::transcript()
{
    for (int p = 0; p < m_seg.paragraphs.size(); ++p) {
        const Paragraph &para = m_seg.paragraphs[p];
        if (para.endSentence <= para.firstSentence)
            continue;
        const int first = m_seg.sentences[para.firstSentence].firstToken;
        const int end = m_seg.sentences[para.endSentence - 1].endToken;
        const QChar last = m_text[para.span.end - 1];
        if (m_consumed[first] || !(last == u'.' || last == u'!' || last == u'?' || last.isPunct()))
            continue;
        const int m = mentionStartingAt(first);
        if (m < 0 || m_actors.mentions[m].actor < 0 || m_actors.mentions[m].endToken > first + 4)
            continue;
        const int colon = m_actors.mentions[m].endToken;
        if (!isPunct(colon, u':') || colon + 2 >= end || !isWord(colon + 1) || m_runOfToken[colon + 1] >= 0)
            continue;
        if (m_actors.actors[m_actors.mentions[m].actor].type != Model::ActorType::Person)
            continue;
        FoundQuote q;
        q.kind = QuoteKind::Direct;
        int contentEnd = end;
        while (contentEnd > colon + 1 && m_seg.tokens[contentEnd - 1].kind == Token::Kind::QuoteMark)
            --contentEnd;
        q.content = {tokensSpan(colon + 1, contentEnd)};
        q.cue = m_seg.tokens[colon].span;
        q.source = m_actors.mentions[m].span;
        q.speaker = speakerOf(m);
        for (int k = first; k < end; ++k)
            m_consumed[k] = true;
        m_quotes.append(q);
        m_quoteParagraph.append(p);
        m_needsCarryOver.append(false);
    }
}

void Pass::direct()
{
    for (int r = 0; r < m_runs.size(); ++r) {
        if (m_runUsed[r])
            continue;
        const QuoteRun &run = m_runs[r];
        FoundQuote q;
        q.kind = QuoteKind::Direct;
        QList<int> members;
        // The runs of one quotation over several paragraphs follow each other.
        for (int s = r; s < m_runs.size() && m_runs[s].group == run.group; ++s)
            if (!m_runUsed[s])
                members.append(s);
        Attribution found;
        for (int s : std::as_const(members)) {
            m_runUsed[s] = true;
            q.content.append(m_runs[s].content);
            if (found.found)
                continue;
            const int firstToken = m_runFirstToken[s];
            const int afterToken = firstTokenAtOrAfter(m_runs[s].marks.end);
            // A partial quote inside a sentence ("speaking of a “minor incursion”, Blinken said …")
            // belongs to the clause around it, not to the attribution after it.
            Attribution a;
            const int frameStart = firstToken >= 0 ? m_frames[m_frameOf[firstToken]].first : -1;
            const QChar lastChar = m_text[m_runs[s].content.end - 1];
            const bool partial = firstToken > frameStart && frameStart >= 0 && !lastChar.isPunct();
            if (partial && m_reportedEndingAt.contains(firstToken)) {
                // "Blinken said the US objected to any effort “that would …”": the quote continues
                // the reported clause, so it has the same speaker.
                const FoundQuote reported = m_reportedEndingAt.value(firstToken);
                a.found = true;
                a.cue = reported.cue;
                a.source = reported.source;
                a.speaker = reported.speaker;
            } else if (partial) {
                a = before(frameStart, firstToken);
                if (a.found && !a.cue.isValid())
                    a = Attribution();
            }
            if (!a.found)
                a = after(m_runs[s], afterToken);
            if (a.found && a.end >= 0) {
                // “…,” he said, “…” — one quotation split by its attribution.
                int k = a.end;
                for (int steps = 0; steps < 6 && k < tokenCount() && (isWord(k) || m_seg.tokens[k].kind == Token::Kind::Number)
                     && m_runOfToken[k] < 0 && paragraphOf(k) == m_runs[s].paragraph; ++steps)
                    ++k; // “…,” she told reporters in Vienna, “…”
                if (k + 1 < tokenCount() && (isPunct(k, u',') || isPunct(k, u':')) && m_runOfToken[k + 1] >= 0) {
                    const int next = m_runOfToken[k + 1];
                    if (!m_runUsed[next] && m_runs[next].paragraph == m_runs[s].paragraph
                        && m_runFirstToken[next] == k + 1) {
                        m_runUsed[next] = true;
                        q.content.append(m_runs[next].content);
                        for (int t = next + 1; t < m_runs.size() && m_runs[t].group == m_runs[next].group; ++t)
                            if (!m_runUsed[t]) {
                                m_runUsed[t] = true;
                                q.content.append(m_runs[t].content);
                            }
                    }
                }
            }
            if (!a.found && firstToken >= 0)
                a = before(m_frames[m_frameOf[firstToken]].first, firstToken);
            if (!a.found && firstToken > 0 && m_runs[s].marks.start == m_seg.paragraphs[m_runs[s].paragraph].span.start
                && isPunct(firstToken - 1, u':')) {
                // "Lavrov told reporters:" closing the previous paragraph introduces this one.
                a = before(m_frames[m_frameOf[firstToken - 1]].first, firstToken - 1);
            }
            if (a.found) {
                found = a;
                const int cueToken = a.cue.isValid() ? firstTokenAtOrAfter(a.cue.start) : -1;
                if (cueToken >= 0 && cueToken < tokenCount())
                    m_consumed[cueToken] = true;
            }
        }
        q.cue = found.cue;
        q.source = found.source;
        q.speaker = found.speaker;
        m_quotes.append(q);
        m_quoteParagraph.append(run.paragraph);
        m_needsCarryOver.append(!found.found || (found.speaker.isEmpty() && !found.source.isValid()));
    }
}

void Pass::addIndirect(int verb, int mention, int contentFirst, int contentEnd, Span cue, Span unnamedSource)
{
    const int rawEnd = contentEnd;
    // Trim punctuation at both ends.
    while (contentFirst < contentEnd && !isWord(contentFirst) && m_seg.tokens[contentFirst].kind != Token::Kind::Number)
        ++contentFirst;
    while (contentEnd > contentFirst && !isWord(contentEnd - 1) && m_seg.tokens[contentEnd - 1].kind != Token::Kind::Number)
        --contentEnd;
    if (contentEnd - contentFirst < 1)
        return;
    FoundQuote q;
    q.kind = QuoteKind::Indirect;
    q.content = {tokensSpan(contentFirst, contentEnd)};
    q.cue = cue;
    if (mention >= 0) {
        q.source = m_actors.mentions[mention].span;
        q.speaker = speakerOf(mention);
    }
    if (unnamedSource.isValid()) {
        q.source = unnamedSource;
        // "The UN plans to …, a spokesperson said": a bare spokesperson speaks for the body that is
        // the subject of what they said.
        const QStringView head = word(firstTokenAtOrAfter(unnamedSource.end) - 1);
        if (q.speaker.isEmpty() && head.startsWith(u"spokes")) {
            int first = contentFirst;
            while (first < contentEnd && !isWord(first))
                ++first;
            const int m = mentionStartingAt(first);
            if (m >= 0 && !m_actors.mentions[m].isAnaphor() && m_actors.mentions[m].actor >= 0
                && m_actors.actors[m_actors.mentions[m].actor].type != Model::ActorType::Person)
                q.speaker = m_actors.actorName(m);
        }
        noteUnnamedSource(unnamedSource, q.speaker);
    }
    for (int k = contentFirst; k < contentEnd; ++k)
        m_consumed[k] = true;
    if (verb >= 0)
        m_consumed[verb] = true;
    // Even a reported clause too short to stand alone tells whose words a quote completing it are.
    m_reportedEndingAt.insert(rawEnd, q);
    const bool cutByQuote = rawEnd < tokenCount() && m_runOfToken[rawEnd] >= 0 && rawEnd == contentEnd;
    if (contentEnd - contentFirst < 3)
        return;
    // "would impose a “swift … response”": a clause cut before its object is carried by the direct
    // quote that completes it, not reported on its own.
    if (cutByQuote
        && contains({u"a", u"an", u"the", u"to", u"of", u"for", u"by", u"with", u"its", u"their", u"his", u"her",
                     u"our", u"as", u"and", u"or", u"any", u"this", u"that", u"from", u"in", u"on", u"into",
                     u"is", u"are", u"was", u"were", u"be", u"been", u"being", u"remain", u"remains", u"remained",
                     u"became", u"become", u"seemed", u"called", u"described", u"than", u"very", u"so", u"too"},
                    word(contentEnd - 1)))
        return;
    // A headline ("Deal close, envoys say") is reported speech of its own kind.
    const int paragraph = paragraphOf(contentFirst);
    const QChar last = m_text[m_seg.paragraphs[paragraph].span.end - 1];
    if (paragraph == 0 && !(last == u'.' || last == u'!' || last == u'?' || last.isPunct()))
        q.kind = QuoteKind::Headline;
    m_quotes.append(q);
    m_quoteParagraph.append(paragraph);
    m_needsCarryOver.append(false);
}

void Pass::indirect()
{
    const int n = tokenCount();
    for (int v = 0; v < n; ++v) {
        if (m_consumed[v] || m_runOfToken[v] >= 0 || !isWord(v))
            continue;
        const int frame = m_frameOf[v];
        const int frameStart = m_frames[frame].first;
        const int frameEnd = m_frames[frame].second;

        // "according to X, …" and "…, according to X."
        if (word(v).compare(u"according", Qt::CaseInsensitive) == 0 && word(v + 1) == u"to") {
            const int m = mentionStartingAt(v + 2);
            if (m < 0) {
                // "According to a senior Turkish diplomat, Ankara …": an unnamed source.
                int e = v + 3;
                while (e < frameEnd && e < v + 9 && isWord(e) && m_runOfToken[e] < 0)
                    ++e;
                int named = -1;
                const Span source = isPunct(e, u',') ? unnamedSourceBefore(e, v + 2, &named) : Span();
                if (!source.isValid() || source.start != m_seg.tokens[v + 2].span.start)
                    continue;
                int end = e + 1;
                while (end < frameEnd && m_runOfToken[end] < 0)
                    ++end;
                addIndirect(v, named, e + 1, end, tokensSpan(v, v + 2), source);
                continue;
            }
            const Span cue = tokensSpan(v, v + 2);
            const int mEnd = m_actors.mentions[m].endToken;
            if (isPunct(mEnd, u',')) {
                int e = mEnd + 1;
                while (e < frameEnd && m_runOfToken[e] < 0)
                    ++e;
                addIndirect(v, m, mEnd + 1, e, cue);
            } else if (v > frameStart && isPunct(v - 1, u',')) {
                int s = v - 1;
                while (s > frameStart && m_runOfToken[s - 1] < 0 && !m_consumed[s - 1])
                    --s;
                addIndirect(v, m, s, v - 1, cue);
            }
            continue;
        }

        const quint8 flags = verbFlags(v);
        if (!(flags & (Lexicons::Indirect | Lexicons::IndirectWithThat)))
            continue;
        // The subject: a mention just before the verb (adverbs skipped).
        int j = v;
        while (j > frameStart && isWord(j - 1)
               && (isTimeWordOrAdverb(j - 1) || isAuxiliary(word(j - 1)) || word(j - 1) == u"on")
               && mentionEndingAt(j) < 0 && v - j < 4)
            --j;
        int mention = mentionEndingAt(j);
        // "a spokesman for the Red Cross said": the body after a preposition is not the subject.
        if (mention >= 0 && isWord(m_actors.mentions[mention].firstToken - 1)
            && m_actors.mentions[mention].firstToken - 1 >= frameStart
            && contains({u"for", u"of", u"at", u"from", u"in", u"with"},
                        word(m_actors.mentions[mention].firstToken - 1)))
            mention = -1;
        bool participle = word(v).endsWith(u"ing");
        if (mention < 0 && participle && v - 2 >= frameStart && word(v - 1) == u"as") {
            // "Ryabkov was quoted by Interfax as saying (that) …": the one quoted is the subject.
            for (int k = v - 2; k > frameStart && v - k < 9 && mention < 0; --k) {
                if (!isWord(k) || word(k) != u"quoted")
                    continue;
                int s = k;
                while (s > frameStart && isWord(s - 1) && (isAuxiliary(word(s - 1)) || word(s - 1) == u"been"))
                    --s;
                mention = mentionEndingAt(s);
                participle = mention < 0; // the verb reports on its own now, like "said"
            }
        }
        if (mention < 0 && participle && v > frameStart && isPunct(v - 1, u',')) {
            // "…, Zakharova said on Wednesday, adding that …": the speaker of the verb before.
            int k = v - 2;
            while (k > frameStart && isWord(k) && (isTimeWordOrAdverb(k) || word(k) == u"on") && v - k < 6)
                --k;
            if (isWord(k) && (verbFlags(k) & (Lexicons::DirectCue | Lexicons::Indirect))) {
                const int m = mentionEndingAt(k);
                if (m >= 0 && m_actors.mentions[m].actor >= 0)
                    mention = m;
            }
        }
        if (mention < 0 && participle && v > frameStart && isPunct(v - 1, u',')) {
            // "…, saying Washington would …": the subject of the sentence.
            for (int k = frameStart; k < v && mention < 0; ++k) {
                const int m = m_actors.mentionOfToken[k];
                if (m >= 0 && m_runOfToken[k] < 0 && m_actors.mentions[m].subject)
                    mention = m;
            }
        }
        if (mention < 0 && j > frameStart && isWord(j - 1) && (word(j - 1) == u"and" || word(j - 1) == u"but")) {
            // "… called the plan “a good start” and said …": the subject of the first verb.
            for (int k = frameStart; k < j - 1 && mention < 0; ++k) {
                const int m = m_actors.mentionOfToken[k];
                if (m >= 0 && m_runOfToken[k] < 0 && m_actors.mentions[m].subject && m_actors.mentions[m].actor >= 0)
                    mention = m;
            }
        }
        if (mention < 0 && v - 2 > frameStart && isWord(v - 1) && word(v - 1) == u"who" && isPunct(v - 2, u',')) {
            // "… Wang Yi, who told reporters that …": the name the relative clause hangs on.
            const int m = mentionEndingAt(v - 2);
            if (m >= 0 && m_actors.mentions[m].actor >= 0)
                mention = m;
        }
        if (mention < 0 && !participle && v > frameStart && isPunct(v - 1, u',')) {
            // "The envoy, Ambassador Kenji Mori, said …": a name in apposition just before the verb.
            const int m = mentionEndingAt(v - 1);
            if (m >= 0 && m_actors.mentions[m].actor >= 0 && m_actors.mentions[m].firstToken > frameStart
                && isPunct(m_actors.mentions[m].firstToken - 1, u','))
                mention = m;
        }
        if (mention < 0 && v > frameStart && isPunct(v - 1, u',')) {
            // "Blinken, who met Putin last year, said …": the sentence's first mention, then a comma.
            int m = -1;
            for (int k = frameStart; k < v && k < frameStart + 4 && m < 0; ++k)
                m = m_actors.mentionOfToken[k];
            if (m >= 0 && isPunct(m_actors.mentions[m].endToken, u',') && m_actors.mentions[m].actor >= 0)
                mention = m;
        }
        Span unnamedSource;
        if (mention < 0)
            unnamedSource = unnamedSourceBefore(j, frameStart, &mention);
        if (mention < 0 && !unnamedSource.isValid() && !participle && isPunct(v - 1, u',')) {
            // "A senior EU official, speaking on condition of anonymity, said …", "…, who asked not to
            // be named, said …"
            int c = v - 2;
            while (c > frameStart + 1 && v - c < 14 && !isPunct(c, u',') && m_runOfToken[c] < 0)
                --c;
            if (isPunct(c, u',') && isWord(c + 1) && (word(c + 1).endsWith(u"ing") || word(c + 1) == u"who"))
                unnamedSource = unnamedSourceBefore(c, frameStart, &mention);
        }
        if (mention < 0 && !unnamedSource.isValid()) {
            // "…, said Blinken." with the verb first.
            const int m = mentionStartingAt(v + 1);
            if (m >= 0 && v > frameStart && isPunct(v - 1, u',') && m_actors.mentions[m].endToken >= frameEnd - 1) {
                int s = v - 1;
                while (s > frameStart && m_runOfToken[s - 1] < 0 && !m_consumed[s - 1])
                    --s;
                if (s == frameStart)
                    addIndirect(v, m, s, v - 1, m_seg.tokens[v].span);
            }
            continue;
        }
        int subjectFirst = unnamedSource.isValid() ? firstTokenAtOrAfter(unnamedSource.start)
                                                   : m_actors.mentions[mention].firstToken;
        // "…, Foreign Ministry spokeswoman Maria Zakharova said": the employer belongs to the subject.
        if (const int employer = mentionEndingAt(subjectFirst); employer >= 0 && !unnamedSource.isValid()
            && m_actors.mentions[employer].actor >= 0
            && m_actors.actors[m_actors.mentions[employer].actor].type != Model::ActorType::Person
            && m_actors.mentions[mention].kind == ActorMention::Kind::Name)
            subjectFirst = m_actors.mentions[employer].firstToken;
        // "…, Blinken said (on Monday)." — the speech comes first.
        int tail = v + 1;
        while (tail < frameEnd && isWord(tail)
               && (isTimeWord(word(tail)) || word(tail)[0].isUpper() || word(tail) == u"on"))
            ++tail;
        if (const int len = verbPhraseAt(v); len > 0 && v + len > tail)
            tail = v + len;
        // "…, officials said, as talks went on", "…, its minister has said, days before …": after a
        // comma the verb reports nothing of its own, so the speech is what came first.
        const bool clauseFollows = isPunct(tail, u',') && isWord(tail + 1);
        // "…, the minister told reporters after the signing.": a place or time to the end, with no
        // clause of its own (no "that", no verb), so nothing is reported after the verb.
        bool adjunctFollows = isWord(tail) && (isPreposition(word(tail)) || word(tail) == u"at");
        for (int k = tail; adjunctFollows && k < frameEnd; ++k)
            adjunctFollows = !isWord(k)
                || !contains({u"that", u"would", u"will", u"could", u"can", u"may", u"might", u"must", u"should", u"is",
                              u"are", u"was", u"were", u"had", u"has", u"have"},
                             word(k));
        if (subjectFirst > frameStart && isPunct(subjectFirst - 1, u',') && !participle
            && (tail >= frameEnd - 1 || clauseFollows || adjunctFollows)) {
            int s = subjectFirst - 1;
            while (s > frameStart && m_runOfToken[s - 1] < 0 && !m_consumed[s - 1])
                --s;
            if (s == frameStart)
                addIndirect(v, mention, skipDateline(s, subjectFirst - 1), subjectFirst - 1, m_seg.tokens[v].span,
                            unnamedSource);
            continue;
        }
        // The reported clause after the verb.
        int c = v + 1;
        Span cue = m_seg.tokens[v].span;
        quint8 clauseFlags = flags;
        if (const int len = verbPhraseAt(v)) {
            c = v + len;
            cue = tokensSpan(v, v + len);
            clauseFlags &= ~Lexicons::TakesListener; // "told reporters": the listener is in the cue
        }
        while (c < frameEnd && isWord(c)
               && (isTimeWord(word(c)) || (word(c) == u"on" && isWord(c + 1) && isTimeWord(word(c + 1)))))
            ++c;
        bool hasThat = false;
        const bool prepositionFirst = isWord(c) && isPreposition(word(c));
        for (int k = c; k < frameEnd && k < c + 9 && (isWord(k) || isPunct(k, u',')) && m_runOfToken[k] < 0; ++k) {
            if (word(k) == u"that") {
                // "said that …", "told reporters that …", "said in a report seen by Reuters that …"
                if (k == c || (clauseFlags & Lexicons::TakesListener) || prepositionFirst) {
                    hasThat = true;
                    c = k + 1;
                }
                break;
            }
        }
        if (!hasThat && (clauseFlags & Lexicons::TakesListener)) {
            int listenerEnd = -1;
            if (const int m = mentionStartingAt(c); m >= 0)
                listenerEnd = m_actors.mentions[m].endToken;
            else if (isWord(c) && contains({u"reporters", u"journalists", u"him", u"her", u"them", u"lawmakers",
                                            u"parliament", u"delegates", u"us"}, word(c)))
                listenerEnd = c + 1;
            else if (const int len = namedListener(c, frameEnd))
                listenerEnd = c + len; // "told the TASS news agency", "told CNN"
            // "warned Berlin would respond", "warned it would": no listener after all, but the
            // subject of the reported clause, followed by its verb.
            const auto verbAt = [this](int k) {
                return isWord(k) && contains({u"would", u"will", u"could", u"can", u"may", u"might", u"must", u"should",
                                              u"had", u"has", u"have", u"was", u"were", u"is", u"are"},
                                             word(k));
            };
            const bool subjectInstead = (flags & Lexicons::Indirect) && verbAt(listenerEnd >= 0 ? listenerEnd : c + 1)
                && (listenerEnd >= 0 || contains({u"it", u"he", u"she", u"they", u"we"}, word(c)));
            if (!subjectInstead) {
                if (listenerEnd < 0)
                    continue;
                c = listenerEnd;
            }
        }
        if (!hasThat && !(flags & Lexicons::Indirect))
            continue;
        if (c >= frameEnd || m_runOfToken[c] >= 0 || isPunct(c, u':') || isPunct(c, u','))
            continue;
        if (!hasThat && !(startsClause(word(c)) || mentionStartingAt(c) >= 0))
            continue;
        if (!hasThat && prepositionFirst)
            continue;
        int e = c;
        while (e < frameEnd && m_runOfToken[e] < 0) {
            if (isPunct(e, u';') || isPunct(e, u':'))
                break;
            if (isPunct(e, u',') && isWord(e + 1) && endsClause(word(e + 1)))
                break;
            if (isPunct(e, u',') && trailingAttribution(e + 1, frameEnd))
                break; // "…, Interfax reported." 
            ++e;
        }
        addIndirect(v, mention, c, e, cue, unnamedSource);
    }
}

// "An official said", "Chinese diplomats told …", "a State Department spokesperson said": a source
// without a name. Returns its span (invalid if none) and sets `mention` to a state or organisation
// named inside it, whose speech it is.
Span Pass::unnamedSourceBefore(int end, int frameStart, int *mention) const
{
    int named = -1;
    // "a spokesperson in New York", "a spokesman for the Kremlin", "diplomats familiar with the
    // talks": the noun before the words that place or qualify it is the source; a body named after
    // "for", "at", "of" or "from" is the speaker.
    for (int q = end - 3; q >= frameStart && q >= end - 7; --q) {
        // "Officials from both countries said …" opens a sentence with a capital.
        const bool sourceNoun = isWord(q)
            && (isSourceNoun(word(q)) || (q == frameStart && isSourceNoun(word(q).toString().toLower())));
        if (!sourceNoun || m_actors.mentionOfToken[q] >= 0)
            continue;
        const QStringView link = word(q + 1);
        if (!contains({u"in", u"at", u"for", u"of", u"from", u"familiar", u"close", u"briefed", u"involved",
                       u"with", u"on"},
                      link))
            break;
        bool plain = true;
        for (int k = q + 1; k < end && plain; ++k)
            plain = isWord(k) && verbFlags(k) == 0 && m_runOfToken[k] < 0;
        if (!plain)
            break;
        if (contains({u"for", u"of", u"from", u"at"}, link)) {
            for (int k = q + 2; k < end; ++k) {
                const int m = m_actors.mentionOfToken[k];
                if (m >= 0 && !m_actors.mentions[m].isAnaphor() && m_actors.mentions[m].actor >= 0
                    && m_actors.actors[m_actors.mentions[m].actor].type != Model::ActorType::Person)
                    named = m;
            }
        }
        end = q + 1;
        break;
    }
    if (end <= frameStart || !isWord(end - 1) || m_actors.mentionOfToken[end - 1] >= 0)
        return Span();
    const QStringView noun = word(end - 1);
    // "Officials said …" opens a sentence with a capital.
    if (!isSourceNoun(noun) && !(noun[0].isUpper() && end - 1 == frameStart && isSourceNoun(noun.toString().toLower())))
        return Span();
    static constexpr std::initializer_list<QStringView> determiners = {
        u"a", u"an", u"one", u"A", u"An", u"One", u"two", u"three", u"several", u"some", u"Some", u"Two",
        u"Several", u"another", u"Another"};
    int s = end - 1;
    bool determiner = false;
    for (int k = s - 1; k >= frameStart && end - k <= 6;) {
        const int m = m_actors.mentionOfToken[k];
        if (m >= 0) {
            const ActorMention &am = m_actors.mentions[m];
            const QStringView last = word(am.endToken - 1);
            if (am.actor >= 0 && m_actors.actors[am.actor].type == Model::ActorType::Person
                && (last.endsWith(u"'s") || last.endsWith(u"\u2019s"))) {
                // "Lavrov's spokeswoman said": someone speaking for the person, not the person.
                s = am.firstToken;
                determiner = true;
                break;
            }
            if (am.isAnaphor() || am.actor < 0 || m_actors.actors[am.actor].type == Model::ActorType::Person)
                break;
            named = m;
            s = am.firstToken;
            k = s - 1;
            continue;
        }
        if (!isWord(k) || verbFlags(k) != 0 || contains({u"and", u"but", u"or", u"while", u"as", u"that"}, word(k)))
            break;
        // "Putin's spokesman", "the minister's aide": an owner's possessive stands for the article.
        if (word(k).endsWith(u"'s") || word(k).endsWith(u"\u2019s")) {
            s = k;
            determiner = true;
            break;
        }
        if (contains(determiners, word(k))) {
            s = k;
            determiner = true;
            // "the two leaders", "the three ministers"
            if (k > frameStart && word(k)[0].isLower() && (word(k - 1) == u"the" || word(k - 1) == u"The")
                && m_actors.mentionOfToken[k - 1] < 0)
                s = k - 1;
            break;
        }
        if (word(k)[0].isUpper())
            break;
        s = k;
        --k;
    }
    const bool plural = word(end - 1).endsWith(u's') && s == end - 1;
    // "the statement said", "the source added": a document or source met before, or one not named.
    if (!determiner && named < 0 && s == end - 2 && (word(s) == u"the" || word(s) == u"The")
        && contains({u"statement", u"communique", u"communiqué", u"declaration", u"readout", u"source",
                     u"official", u"diplomat", u"sources", u"officials", u"diplomats"},
                    noun)) {
        s = end - 2;
        determiner = true;
    }
    if (!determiner && named < 0 && !plural)
        return Span();
    if (mention)
        *mention = named;
    return tokensSpan(s, end);
}

// "VIENNA, March 3 (Reuters) - Iran is …", "KYIV, Ukraine (AP) — …": a dateline opening the first
// sentence of a paragraph is not part of what was said.
int Pass::skipDateline(int first, int end) const
{
    if (!isWord(first) || word(first).size() < 2)
        return first;
    const QStringView w = word(first);
    for (QChar c : w)
        if (c.isLetter() && !c.isUpper())
            return first;
    for (int k = first + 1; k < end && k < first + 12; ++k)
        if (isDash(k))
            return k + 1;
    return first;
}

void Pass::carryOver()
{
    // Speakers known so far, by position: a quote with no attribution of its own belongs to the
    // last speaker of the same or the previous paragraph.
    QList<int> order(m_quotes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return m_quotes[a].content.constFirst().start < m_quotes[b].content.constFirst().start;
    });
    QString lastSpeaker;
    int lastParagraph = -10;
    for (int i : std::as_const(order)) {
        FoundQuote &q = m_quotes[i];
        const int p = m_quoteParagraph[i];
        if (m_needsCarryOver[i]) {
            if (!lastSpeaker.isEmpty() && p - lastParagraph <= 1)
                q.speaker = lastSpeaker;
        }
        if (!q.speaker.isEmpty()) {
            lastSpeaker = q.speaker;
            lastParagraph = p;
        }
    }
    std::sort(m_quotes.begin(), m_quotes.end(), [](const FoundQuote &a, const FoundQuote &b) {
        return a.content.constFirst().start < b.content.constFirst().start;
    });
}

QList<FoundQuote> Pass::run()
{
    m_runUsed = QList<bool>(m_runs.size(), false);
    headlines();
    transcript();
    indirect();
    direct();
    carryOver();
    namedForTheirBody();
    return m_quotes;
}

// "Talks ‘constructive’, says UN envoy" when "UN envoy Geir Pedersen" is named in the story: a body
// followed by a title is the one person of the text with that role.
void Pass::namedForTheirBody()
{
    for (FoundQuote &q : m_quotes) {
        if (!q.source.isValid())
            continue;
        const int m = m_actors.mentionAt(q.source.start);
        if (m < 0 || m_actors.mentions[m].actor < 0 || m_actors.mentions[m].span != q.source)
            continue;
        const FoundActor &body = m_actors.actors[m_actors.mentions[m].actor];
        const int next = m_actors.mentions[m].endToken;
        if (body.type == Model::ActorType::Person || !isWord(next) || !word(next)[0].isLower())
            continue;
        const QString role = (q.source.textIn(m_text) + u' ' + word(next)).toLower();
        int person = -1;
        for (int a = 0; a < m_actors.actors.size(); ++a) {
            const FoundActor &p = m_actors.actors[a];
            if (p.type != Model::ActorType::Person || !p.role.toLower().endsWith(role))
                continue;
            person = person < 0 ? a : -2; // more than one: leave the body
        }
        if (person >= 0)
            q.speaker = m_actors.actors[person].name;
    }
}

} // namespace

QList<FoundQuote> QuoteFinder::find(QStringView text, const TextSegmentation &segmentation,
                                    const QList<QuoteRun> &runs, const QList<int> &runOfToken,
                                    const ActorTable &actors) const
{
    return Pass(m_lexicons, text, segmentation, runs, runOfToken, actors).run();
}

} // namespace Parlance::Analysis
