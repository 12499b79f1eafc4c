// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Who an attribution's source is: the kind of words that name it (a name, a pronoun, an unnamed
// person, a group, a document) and the actor they stand for. An unnamed or collective source is linked
// to an actor only when the text says which: "a spokesman for the Kremlin" and "Chinese officials"
// speak for a state, "officials" and "the campaign" for no one the analysis can name.

#include "actorfinder.h"
#include "clausereader.h"

#include "model/annotation.h"

#include <QHash>

namespace Parlance::Analysis {

struct ResolvedSource {
    Model::SourceKind kind = Model::SourceKind::None;
    QString speaker; ///< canonical actor name; empty if none
    int mention = -1; ///< the actor mention the speaker comes from; -1 if none
};

class SpeakerResolver final {
public:
    SpeakerResolver(const ClauseReader &reader, const ActorTable &actors);

    ResolvedSource resolve(TokenRange source) const;
    /// The subject of the clause the period starts with, before `limit`: for "…, saying …" and
    /// "… and said …". Empty if none is found.
    TokenRange mainSubject(int periodStart, int limit) const;

private:
    /// The head word of a noun phrase: the last word before a preposition, a comma or its end.
    int headOf(TokenRange source) const;
    bool isPossessiveMention(int mention) const;
    QString speakerInside(TokenRange source, bool afterPrepositionOnly) const;

    /// "UN envoy" for the one person of the text whose role ends so ("UN envoy Kofi Mensah").
    int personWithRole(TokenRange source) const;

    const ClauseReader &m_reader;
    const ActorTable &m_actors;
    QHash<QString, int> m_personByRole; // the last words of people's roles, lower case → actor (-2: several)
};

} // namespace Parlance::Analysis
