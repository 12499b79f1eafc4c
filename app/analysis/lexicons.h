// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The word lists the quote and actor analysis reads: reporting verbs, titles, states, organisations,
// pronouns, given names and places that are never actors. Plain commented text files under resources/lexicons/ (compiled in as
// :/parlance/lexicons/*.txt); a user can add folders of files with the same names to extend them.

#include "model/actor.h"
#include "wordset.h"

#include <QHash>
#include <QSet>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <utility>

namespace Parlance::Analysis {

enum class Gender : quint8 { Unknown, Male, Female };

/// What a pronoun or a role noun can refer to (pronouns.txt).
enum class Referent : quint8 { Male, Female, Person, Group, State, Organisation };

/// What an attribution's cue reports (reporting-verbs.txt): speech gives quotes, the others stances.
enum class CueClass : quint8 { Speech, Belief, Stance, Evidence, Decision };

class Lexicons final {
public:
    /// The speech frames of a single-word reporting verb, for the actor finder's "a name before a
    /// reporting verb" tests (WordInfo::verbFlags).
    enum VerbFlag : quint8 {
        DirectCue = 1,        ///< quote: ties a direct quotation to its speaker
        Indirect = 2,         ///< bare: "X said (that) …"
        IndirectWithThat = 4, ///< that: "X confirmed that …"
        TakesListener = 8,    ///< listener: "X told reporters …"
    };
    /// The complements a cue takes (reporting-verbs.txt, "frames").
    enum Frame : quint16 {
        QuoteFrame = 1,
        ThatFrame = 2,
        BareFrame = 4,
        ListenerFrame = 8,
        ObjectFrame = 16,
        InfinitiveFrame = 32,
        WhFrame = 64,
    };
    /// One line of reporting-verbs.txt: a cue with its particles, frames and class.
    struct Cue {
        QString lemma;         ///< the first form
        QList<int> particles;  ///< vocabulary keys of the particles ("out" of "point out"), in order
        quint16 frames = 0;
        CueClass cueClass = CueClass::Speech;
    };

    /// A named state or organisation: its canonical name and type.
    struct Entity {
        QString name;
        Model::ActorType type = Model::ActorType::Other;
        QStringList nouns; ///< common nouns that refer back to it ("alliance" for NATO), lower case
    };
    /// A phrase that names an entity ("the Kremlin", "Russian"), as words.
    struct EntityPhrase {
        QStringList words;
        int entity = -1;
        bool demonym = false; ///< an adjective or group noun ("Russian", "the Russians")
    };
    struct Title {
        QStringList words;
        Gender gender = Gender::Unknown;
        QString head; ///< the role noun ("minister"); empty if none
        QString lowerFirst; ///< the first word in lower case ("presidents Joe Biden and …")
    };

    /// The built-in lexicons from :/parlance/lexicons, then the files of the same names found in
    /// `extraFolders`. Problems (an unreadable folder, a malformed line) are appended to `warnings`.
    static std::shared_ptr<const Lexicons> load(const QStringList &extraFolders = {},
                                                QStringList *warnings = nullptr);
    /// The built-in lexicons, loaded once and shared.
    static std::shared_ptr<const Lexicons> builtIn();

    /// Parses one lexicon file's text; `fileName` (e.g. "countries.txt") selects its format.
    /// Returns false for an unknown file name.
    bool addFile(QStringView fileName, QStringView content, QStringList *warnings = nullptr);
    /// Builds the lookup tables; call after the last addFile().
    void finish();

    /// Everything the lexicons know about one word form, found with a single hash look-up.
    struct WordInfo {
        const QList<int> *entityPhrases = nullptr; ///< entity phrases starting with the word
        const QList<int> *afterThe = nullptr;      ///< entity phrases "the WORD …" (longest first)
        const QList<int> *titles = nullptr;        ///< titles starting with the word
        const QList<int> *pronouns = nullptr;      ///< pronoun phrases starting with the word
        const QList<int> *places = nullptr;        ///< place names starting with the word (longest first)
        const QList<int> *placesAfterThe = nullptr; ///< place names "the WORD …" (longest first)
        const QList<int> *outlets = nullptr;        ///< news outlets starting with the word (longest first)
        const QList<int> *outletsAfterThe = nullptr; ///< news outlets "the WORD …" (longest first)
        quint8 verbFlags = 0;
        bool givenName = false;
        Gender givenNameGender = Gender::Unknown;
    };
    /// The word's entry, or nullptr if no lexicon lists it.
    const WordInfo *wordInfo(QStringView word) const
    {
        auto it = m_wordInfo.constFind(word);
        return it == m_wordInfo.cend() ? nullptr : &*it;
    }
    /// The same, for a word whose vocabulary key is known: a word outside the vocabulary has no entry.
    const WordInfo *wordInfo(QStringView word, int key) const
    {
        if (key <= 0 || key + 1 >= m_wordInfoStart.size())
            return nullptr;
        for (int i = m_wordInfoStart[key], end = m_wordInfoStart[key + 1]; i < end; ++i)
            if (m_wordInfoForms[i].first == word)
                return m_wordInfoForms[i].second;
        return nullptr;
    }

    // Look-ups; words are given as written (case matters where the lexicon says so).
    quint8 verbFlags(QStringView word) const;
    /// The words every lexicon names; Vocabulary::keysOf() keys a text's tokens for the sets below.
    const Vocabulary &vocabulary() const { return m_vocabulary; }
    /// A named word set of the words-*.txt files ("auxiliaries", "source-nouns" …).
    const WordSet &wordSet(QStringView setName) const { return m_wordSets.set(setName); }
    const WordSets &wordSets() const { return m_wordSets; }
    /// The cues whose first word has vocabulary key `key` (those with the most particles first), or nullptr.
    const QList<int> *cuesFor(int key) const
    {
        return key > 0 && key < m_cueIndex.size() && !m_cueIndex[key].isEmpty() ? &m_cueIndex[key] : nullptr;
    }
    const Cue &cue(int i) const { return m_cues[i]; }
    /// Entity phrases whose first word is `word` (longest first).
    const QList<int> *entityPhrasesFor(QStringView word) const;
    const EntityPhrase &entityPhrase(int i) const { return m_entityPhrases[i]; }
    const Entity &entity(int i) const { return m_entities[i]; }
    int entityCount() const { return int(m_entities.size()); }
    /// True if some entity is referred back to by this common noun (lower case): "alliance", "bloc".
    bool isEntityNoun(QStringView noun) const { return m_entityNouns.contains(noun.toString()); }
    /// The adjective of an entity ("Qatari" for Qatar), or an empty string.
    QString demonymOf(int entity) const { return m_demonyms.value(entity); }
    /// Titles whose first word is `word` (case-insensitive; longest first).
    const QList<int> *titlesFor(QStringView word) const;
    const Title &title(int i) const { return m_titles[i]; }
    /// A place name (places.txt) as words; "the" first if it needs the article.
    const QStringList &place(int i) const { return m_places[i]; }
    /// A news outlet's name (outlets.txt) as words; "the" first if it is written with the article.
    const QStringList &outlet(int i) const { return m_outlets[i]; }
    /// A title's role noun for "the minister" etc.: true if `word` (lower case) is one.
    bool isRoleHead(QStringView lowerWord) const { return m_roleHeads.contains(lowerWord); }
    /// Pronoun or role phrase ("he", "the government"): fills `referent` and returns its length in
    /// words (0 if none starts here). `words` are the next few words of the text.
    int pronounAt(const QList<QStringView> &words, Referent *referent) const;
    Gender givenNameGender(QStringView word, bool *known) const;

private:
    void parseCue(QStringView line, QStringList *warnings);
    void parseEntities(QStringView line, Model::ActorType type, QStringList *warnings);
    void parseTitle(QStringView line, QStringList *warnings);
    void parsePronoun(QStringView line, QStringList *warnings);
    void parseNames(QStringView line, QStringList *warnings);
    void parsePlace(QStringView line, QStringList *warnings);
    void parseOutlet(QStringView line, QStringList *warnings);

    // Storage that the QStringView keys of the hashes point into; never modified after finish().
    QList<Entity> m_entities;
    QSet<QString> m_entityNouns;
    QList<EntityPhrase> m_entityPhrases;
    QList<Title> m_titles;
    Vocabulary m_vocabulary;
    WordSets m_wordSets{&m_vocabulary};
    QList<Cue> m_cues;
    QList<QList<int>> m_cueIndex; // by the vocabulary key of each form
    QList<QStringList> m_places;
    QList<QStringList> m_outlets;
    QList<QString> m_demonyms; // per entity: its first one-word adjective
    QList<std::pair<QString, quint8>> m_pendingVerbFlags; // owners of the verb keys
    QList<std::pair<QString, Gender>> m_pendingNames;     // owners of the given-name keys
    const QString m_the = QStringLiteral("The");

    QHash<QStringView, quint8> m_verbs;
    QHash<QStringView, QList<int>> m_entityIndex;
    QHash<QStringView, QList<int>> m_titleIndex; // by lower-cased first word
    QHash<QStringView, bool> m_roleHeads;
    struct Pronoun {
        QStringList words;
        Referent referent;
    };
    QList<Pronoun> m_pronouns;
    QHash<QStringView, QList<int>> m_pronounIndex;
    QHash<QStringView, Gender> m_givenNames;
    QHash<QStringView, WordInfo> m_wordInfo;
    // The entries by vocabulary key: those of key k are m_wordInfoForms[m_wordInfoStart[k] .. m_wordInfoStart[k + 1]).
    QList<int> m_wordInfoStart;
    QList<std::pair<QStringView, const WordInfo *>> m_wordInfoForms;
    QHash<QStringView, QList<int>> m_afterTheIndex; // "the"-phrases by their second word
    QHash<QStringView, QList<int>> m_placeIndex;    // places by their first word
    QHash<QStringView, QList<int>> m_placeAfterThe; // "the"-places by their second word
    QHash<QStringView, QList<int>> m_outletIndex;    // outlets by their first word
    QHash<QStringView, QList<int>> m_outletAfterThe; // "the"-outlets by their second word
    bool m_finished = false;
};

} // namespace Parlance::Analysis
