// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The analysis facade: one call turns an article's text into quotes with speakers, actors with
// aliases, commitments and boilerplate. Construct once (it holds the loaded lexicons) and call
// analyze() from any number of threads.

#include "analysisresult.h"
#include "lexicons.h"

#include <QStringList>
#include <QStringView>

#include <memory>

namespace Parlance::Analysis {

struct TextSegmentation;
struct QuoteRun;
struct ActorTable;
class CommitmentLexicon;
class BoilerplatePatterns;

class Analyzer final {
public:
    /// Uses the built-in lexicons (loaded once per process).
    Analyzer();
    /// The built-in lexicons extended by the files of the same names in `extraLexiconFolders`.
    explicit Analyzer(const QStringList &extraLexiconFolders, QStringList *warnings = nullptr);
    explicit Analyzer(std::shared_ptr<const Lexicons> lexicons);

    /// Analyses `text`; spans in the result are UTF-16 offsets into it. Thread-safe.
    AnalysisResult analyze(QStringView text) const;

    const Lexicons &lexicons() const { return *m_lexicons; }

private:
    // One method per stage, in the order analyze() runs them.
    TextSegmentation segment(QStringView text) const;
    QList<QuoteRun> findQuoteRuns(QStringView text, const TextSegmentation &segmentation) const;
    ActorTable findActors(QStringView text, const TextSegmentation &segmentation,
                          const QList<int> &runOfToken) const;
    QList<FoundQuote> findQuotes(QStringView text, const TextSegmentation &segmentation,
                                 const QList<QuoteRun> &runs, const QList<int> &runOfToken,
                                 const ActorTable &actors) const;
    void findCommitments(QStringView text, const TextSegmentation &segmentation, const ActorTable &actors,
                         AnalysisResult &result) const;
    void findBoilerplate(QStringView text, const TextSegmentation &segmentation, AnalysisResult &result) const;
    void dropBoilerplateFindings(AnalysisResult &result) const;
    void dropBystanders(const ActorTable &actors, AnalysisResult &result) const;

    std::shared_ptr<const Lexicons> m_lexicons;
    std::shared_ptr<const CommitmentLexicon> m_commitmentLexicon;
    std::shared_ptr<const BoilerplatePatterns> m_boilerplatePatterns;
};

} // namespace Parlance::Analysis
