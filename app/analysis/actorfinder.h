// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Finds the actors of a text and every mention of them: people (with their titles: "Foreign
// Minister Sergei Lavrov", and later "Lavrov"), states and their metonyms and demonyms ("Moscow",
// "the Kremlin", "the Russians" → Russia), organisations (NATO, "the UN"), and the pronouns and role
// nouns that point back to them ("he", "the minister", "the government").

#include "analysisresult.h"
#include "lexicons.h"
#include "quotemarks.h"
#include "textsegmenter.h"

#include <QList>
#include <QStringView>

namespace Parlance::Analysis {

struct ActorMention final {
    enum class Kind : quint8 {
        Name,     ///< a name of the actor: "Sergei Lavrov", "Lavrov", "Moscow", "NATO"
        Demonym,  ///< "Russian", "the Russians"
        Role,     ///< a role noun standing for a person or body: "the minister", "the government"
        Pronoun,  ///< "he", "she", "they"
    };
    Model::Span span;
    int actor = -1;     ///< index into ActorTable::actors; -1 if it could not be resolved
    int firstToken = 0; ///< token range of the mention
    int endToken = 0;
    Kind kind = Kind::Name;
    bool inQuote = false; ///< inside a direct quotation ("we", "Russia" said by someone else)
    bool subject = false; ///< the grammatical subject of its clause, as far as rules can tell
    Referent referent = Referent::Group; ///< what an anaphor can refer to
    QString roleHead;     ///< for a role noun from a title ("minister"): the title's head

    bool isAnaphor() const { return kind == Kind::Role || kind == Kind::Pronoun; }
};

/// The actors of one text and their mentions, in text order.
struct ActorTable final {
    QList<FoundActor> actors;
    QList<Gender> genders;         ///< per actor
    /// Per actor: a state named only by adjectives ("a French colleague"); an actor only if it speaks.
    QList<bool> adjectiveOnly;
    QList<ActorMention> mentions;  ///< in text order, never overlapping
    QList<int> mentionOfToken;     ///< per token: the mention covering it, or -1
    QList<quint8> verbFlagsOfToken; ///< per token: its Lexicons::VerbFlag bits (0: not a reporting verb)
    QList<int> keyOfToken;          ///< per token: its key in the vocabulary of the lexicons it was found with

    /// The mention covering UTF-16 position `pos`, or -1.
    int mentionAt(int pos) const;
    /// The canonical name of a mention's actor, or an empty string.
    QString actorName(int mention) const
    {
        const int a = mention >= 0 ? mentions[mention].actor : -1;
        return a >= 0 ? actors[a].name : QString();
    }
};

class ActorFinder final {
public:
    explicit ActorFinder(const Lexicons &lexicons) : m_lexicons(lexicons) {}

    /// `quoteOfToken` tells for every token whether it is inside a direct quotation (-1: no).
    ActorTable find(QStringView text, const TextSegmentation &segmentation,
                    const QList<int> &quoteOfToken) const;

private:
    const Lexicons &m_lexicons;
};

} // namespace Parlance::Analysis
