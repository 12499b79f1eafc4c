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

    static constexpr double kDefaultStrength = 0.8;

private:
    void parseCommissive(QStringView line, QStringList *warnings);
    void parseRung(QStringView line, PhraseMatcher &matcher, QList<double> &values, QStringList *warnings);
    void parseTimeLine(QStringView line, QStringList *warnings);

    PhraseMatcher m_commissives;
    QHash<QString, int> m_phraseIds;
    QList<QList<Cue>> m_cues;
    PhraseMatcher m_modality;
    QList<double> m_strengths;
    PhraseMatcher m_hedges;
    QList<double> m_shifts;
    PhraseMatcher m_negations;
    PhraseMatcher m_conditions;
    PhraseMatcher m_times;
    WordSet m_reportingVerbs;
};

} // namespace Parlance::Analysis
