// SPDX-License-Identifier: GPL-2.0-or-later
#include "speakerresolver.h"

namespace Parlance::Analysis {

using Model::ActorType;
using Model::SourceKind;

SpeakerResolver::SpeakerResolver(const ClauseReader &reader, const ActorTable &actors)
    : m_reader(reader), m_actors(actors)
{
    for (int a = 0; a < actors.actors.size(); ++a) {
        const FoundActor &actor = actors.actors[a];
        if (actor.type != ActorType::Person || actor.role.isEmpty())
            continue;
        const QStringList words = actor.role.toLower().split(u' ', Qt::SkipEmptyParts);
        for (qsizetype from = std::max<qsizetype>(0, words.size() - 4); from < words.size() - 1; ++from) {
            const QString key = words.mid(from).join(u' ');
            const auto it = m_personByRole.constFind(key);
            m_personByRole.insert(key, it == m_personByRole.cend() || *it == a ? a : -2);
        }
    }
}

int SpeakerResolver::personWithRole(TokenRange source) const
{
    if (m_personByRole.isEmpty() || source.size() < 2 || source.size() > 4)
        return -1;
    return m_personByRole.value(m_reader.span(source).textIn(m_reader.text()).toString().toLower(), -1);
}

int SpeakerResolver::headOf(TokenRange source) const
{
    // The noun the source is about: the last of our source nouns before a preposition or a comma
    // ("a source close to the delegation" → source), else the last word there.
    const ClauseReader &r = m_reader;
    int last = source.first;
    int noun = -1;
    for (int k = source.first; k < source.end; ++k) {
        if (r.isPunct(k, u',') || (k > source.first && r.in(k, r.prepositions)))
            break;
        if (!r.isWordOrNumber(k))
            continue;
        last = k;
        if (r.in(k, r.personNouns) || r.in(k, r.groupNouns) || r.in(k, r.documentNouns))
            noun = k;
    }
    return noun >= 0 ? noun : last;
}

bool SpeakerResolver::isPossessiveMention(int m) const
{
    const ActorMention &mention = m_actors.mentions[m];
    return m_reader.isPossessive(mention.endToken - 1);
}

QString SpeakerResolver::speakerInside(TokenRange source, bool afterPrepositionOnly) const
{
    // A state or organisation named inside the source: "Chinese officials", "a spokesman for NATO",
    // "officials at the State Department". People are never spoken for by someone else here.
    bool afterPreposition = false;
    for (int k = source.first; k < source.end; ++k) {
        if (m_reader.in(k, m_reader.prepositions) || m_reader.isPunct(k, u','))
            afterPreposition = true;
        const int m = m_actors.mentionOfToken.value(k, -1);
        if (m < 0 || m_actors.mentions[m].actor < 0 || m_actors.mentions[m].isAnaphor())
            continue;
        if (afterPrepositionOnly && !afterPreposition && m_actors.mentions[m].kind != ActorMention::Kind::Demonym)
            continue;
        if (m_actors.actors[m_actors.mentions[m].actor].type != ActorType::Person)
            return m_actors.actorName(m);
    }
    return {};
}

ResolvedSource SpeakerResolver::resolve(TokenRange source) const
{
    ResolvedSource out;
    if (source.isEmpty())
        return out;
    const ClauseReader &r = m_reader;
    const int first = source.first;
    const auto useMention = [&](int m, SourceKind kind) {
        out.kind = kind;
        out.mention = m;
        out.speaker = m_actors.actorName(m);
        return out;
    };
    // A relative pronoun: the one the clause hangs on ("Wang Yi, who told reporters …").
    if (source.size() == 1 && r.in(first, r.relativePronouns)) {
        out.kind = SourceKind::Pronoun;
        for (int k = first - 1; k >= 0 && k > first - 4; --k) {
            const int m = m_actors.mentionOfToken.value(k, -1);
            if (m >= 0 && m_actors.mentions[m].actor >= 0) {
                out.speaker = m_actors.actorName(m);
                out.mention = m;
                break;
            }
        }
        return out;
    }
    const int firstMention = m_actors.mentionOfToken.value(first, -1);
    const int head = headOf(source);
    const int headMention = m_actors.mentionOfToken.value(head, -1);
    if (firstMention >= 0 && m_actors.mentions[firstMention].kind == ActorMention::Kind::Pronoun)
        return useMention(firstMention, SourceKind::Pronoun);
    if (r.in(first, r.clauseOpeners) && source.size() == 1) {
        out.kind = SourceKind::Pronoun; // "I", "we", "they" with no actor behind them
        return out;
    }
    // A person named in the source, before any preposition: "Israel's Defence Minister Yoav Gallant",
    // "the Japanese envoy, Ambassador Kenji Mori" — not "a spokesman for Mrs. Clinton", nor the
    // owner in "Lavrov's spokeswoman".
    for (int k = first; k < source.end; ++k) {
        if (k > first && r.in(k, r.prepositions))
            break;
        const int m = m_actors.mentionOfToken.value(k, -1);
        if (m < 0 || m_actors.mentions[m].actor < 0 || m_actors.mentions[m].kind != ActorMention::Kind::Name
            || isPossessiveMention(m))
            continue;
        if (m_actors.actors[m_actors.mentions[m].actor].type == ActorType::Person)
            return useMention(m, SourceKind::Named);
        k = m_actors.mentions[m].endToken - 1;
    }
    // A name heads the source, maybe before an apposition: "Brian Lee, a spokesman for the campaign".
    // "says UN envoy" when "UN envoy Kofi Mensah" is named in the story: the one person with that role.
    if (const int person = personWithRole(source); person >= 0) {
        out.kind = SourceKind::Named;
        out.speaker = m_actors.actors[person].name;
        return out;
    }
    if (firstMention >= 0 && m_actors.mentions[firstMention].kind == ActorMention::Kind::Name
        && m_actors.mentions[firstMention].actor >= 0 && !isPossessiveMention(firstMention))
        return useMention(firstMention, SourceKind::Named);
    if (headMention >= 0 && m_actors.mentions[headMention].actor >= 0) {
        const ActorMention &m = m_actors.mentions[headMention];
        if (m.kind == ActorMention::Kind::Name)
            return useMention(headMention, SourceKind::Named);
        if (m.kind == ActorMention::Kind::Role) {
            // "the minister" resolved to a person is that person; "the government" a body.
            const bool person = m_actors.actors[m.actor].type == ActorType::Person;
            return useMention(headMention, person ? SourceKind::Named : SourceKind::Collective);
        }
        if (m.kind == ActorMention::Kind::Demonym)
            return useMention(headMention, SourceKind::Collective); // "the Russians"
    }
    if (r.in(head, r.documentNouns)) {
        out.kind = SourceKind::Document;
        out.speaker = speakerInside(source, false); // "the State Department's statement"
        return out;
    }
    if (r.in(head, r.groupNouns)) {
        out.kind = SourceKind::Collective;
        out.speaker = speakerInside(source, false);
        return out;
    }
    if (r.in(head, r.personNouns)) {
        const QStringView w = r.word(head);
        const bool plural = w.size() > 3 && w.endsWith(u's') && !w.endsWith(u"ss");
        // "Democrats", "Republicans": a group with a capital; "officials", "a senior diplomat": unnamed.
        const bool midSentence = head != r.periodStart(r.periodOf(head));
        out.kind = r.isCapitalised(head) && plural && midSentence ? SourceKind::Collective : SourceKind::Unnamed;
        out.speaker = speakerInside(source, false);
        return out;
    }
    if (r.isCapitalised(head)) {
        // A name the actor finder does not keep: a news outlet ("the New York Post"), a website.
        out.kind = SourceKind::Named;
        if (headMention >= 0 && m_actors.mentions[headMention].actor >= 0)
            return useMention(headMention, SourceKind::Named);
        return out;
    }
    out.kind = SourceKind::Unnamed;
    out.speaker = speakerInside(source, true);
    return out;
}

TokenRange SpeakerResolver::mainSubject(int periodStart, int limit) const
{
    const ClauseReader &r = m_reader;
    int start = periodStart;
    // "On Monday, the minister …", "In a statement, …": an opening adjunct up to its comma.
    if (r.in(start, r.prepositions) || r.in(start, r.subordinators) || r.isAdverb(start)) {
        int c = start;
        while (c < limit && c - start < 10 && !r.isPunct(c, u','))
            ++c;
        if (!r.isPunct(c, u','))
            return {};
        start = c + 1;
    }
    while (r.isQuoteMark(start) && start < limit)
        ++start;
    for (int k = start; k < limit && k < start + 3; ++k) {
        const int m = m_actors.mentionOfToken.value(k, -1);
        if (m >= 0 && m_actors.mentions[m].firstToken == k)
            return {k, m_actors.mentions[m].endToken};
    }
    const TokenRange np = r.nounPhraseAt(start, limit);
    if (np.isEmpty() || np.size() > 8)
        return {};
    return np;
}

} // namespace Parlance::Analysis
