// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The word lists the commitment finder reads (resources/lexicons/): commissive verbs with their
// types, the modality ladder, hedges and boosters, negation and condition cues, time expressions.
// Plain commented text files, compiled in as :/parlance/lexicons/*.txt; each file documents its format.

#include "model/annotation.h"
#include "phrasematcher.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Parlance::Analysis {

class CommitmentLexicon final {
public:
    /// An empty lexicon that knows the built-in grammar words (words-commitments.txt); files added
    /// give it cues.
    CommitmentLexicon();
    CommitmentLexicon(const CommitmentLexicon &) = delete;
    CommitmentLexicon &operator=(const CommitmentLexicon &) = delete;

    enum Flag : quint8 {
        Verb = 1,          ///< v: a cue by itself
        NeedsComplement = 2, ///< c: a cue only before to/that/on (of/against for threats)
        TakesAddressee = 4, ///< o: the actor right after it is the addressee
        Readiness = 8,     ///< r: an adjective, a cue only before "to"
        Noun = 16,         ///< n: a noun, a cue only before that/to
        Marker = 32,       ///< m: gives its type to a will/would clause that contains it
    };
    struct Cue {
        Model::CommitmentType type = Model::CommitmentType::Promise;
        quint8 flags = 0;
        std::optional<Model::CommitmentType> typeWhenNegated;
    };

    /// The built-in lexicons from :/parlance/lexicons, then files of the same names in `extraFolders`.
    /// Problems (a malformed line) are appended to `warnings`.
    static std::shared_ptr<const CommitmentLexicon> load(const QStringList &extraFolders = {},
                                                         QStringList *warnings = nullptr);
    /// The built-in lexicons, loaded once and shared.
    static std::shared_ptr<const CommitmentLexicon> builtIn();

    /// Parses one file's text; `fileName` (e.g. "modality.txt") selects its format. Returns false for
    /// a file name this lexicon does not read.
    bool addFile(QStringView fileName, QStringView content, QStringList *warnings = nullptr);
    static QStringList fileNames();

    /// Commissive phrases: matchAt() gives the phrase id whose cues() are the entries for it.
    const PhraseMatcher &commissives() const { return m_commissives; }
    const QList<Cue> &cues(int phraseId) const { return m_cues[phraseId]; }
    /// Ladder rungs: matchAt() gives an index for strength().
    const PhraseMatcher &modality() const { return m_modality; }
    double strength(int rung) const { return m_strengths.value(rung, kDefaultStrength); }
    /// Hedges and boosters: matchAt() gives an index for shift().
    const PhraseMatcher &hedgesAndBoosters() const { return m_hedges; }
    double shift(int index) const { return m_shifts.value(index, 0.0); }
    const PhraseMatcher &negations() const { return m_negations; }
    const PhraseMatcher &conditions() const { return m_conditions; }
    const PhraseMatcher &times() const { return m_times; }
    /// Verbs that report speech ("said", "told"), from reporting-verbs.txt when it is there.
    const WordSet &reportingVerbs() const { return m_reportingVerbs; }
    /// The words all of the above name; Vocabulary::keysOf() keys a text for them.
    const Vocabulary &vocabulary() const { return m_vocabulary; }
    /// A named word set of words-commitments.txt ("auxiliaries", "modals" …).
    const WordSet &wordSet(QStringView name) const { return m_wordSets.set(name); }

    static constexpr double kDefaultStrength = 0.8;

private:
    void parseCommissive(QStringView line, QStringList *warnings);
    void parseRung(QStringView line, PhraseMatcher &matcher, QList<double> &values, QStringList *warnings);
    void parseTimeLine(QStringView line, QStringList *warnings);

    Vocabulary m_vocabulary;
    WordSets m_wordSets{&m_vocabulary};
    PhraseMatcher m_commissives{&m_vocabulary};
    QHash<QString, int> m_phraseIds;
    QList<QList<Cue>> m_cues;
    PhraseMatcher m_modality{&m_vocabulary};
    QList<double> m_strengths;
    PhraseMatcher m_hedges{&m_vocabulary};
    QList<double> m_shifts;
    PhraseMatcher m_negations{&m_vocabulary};
    PhraseMatcher m_conditions{&m_vocabulary, &m_wordSets.declare(u"number-words")};
    PhraseMatcher m_times{&m_vocabulary, &m_wordSets.declare(u"number-words")};
    WordSet m_reportingVerbs{&m_vocabulary};
};

} // namespace Parlance::Analysis
