// SPDX-License-Identifier: GPL-2.0-or-later
#include "analyzer.h"

#include "actorfinder.h"
#include "attributionfinder.h"
#include "boilerplatedetector.h"
#include "commitmentfinder.h"
#include "quotemarks.h"
#include "textsegmenter.h"

#include <QSet>

#include <algorithm>

namespace Parlance::Analysis {

Analyzer::Analyzer()
    : m_lexicons(Lexicons::builtIn())
    , m_commitmentLexicon(CommitmentLexicon::builtIn())
    , m_boilerplatePatterns(BoilerplatePatterns::builtIn())
{
}

Analyzer::Analyzer(const QStringList &extraLexiconFolders, QStringList *warnings)
    : m_lexicons(extraLexiconFolders.isEmpty() ? Lexicons::builtIn() : Lexicons::load(extraLexiconFolders, warnings))
    // The commitment and boilerplate lists are extended from the same folders; their folder
    // warnings were given once already by Lexicons::load.
    , m_commitmentLexicon(extraLexiconFolders.isEmpty() ? CommitmentLexicon::builtIn()
                                                        : CommitmentLexicon::load(extraLexiconFolders))
    , m_boilerplatePatterns(extraLexiconFolders.isEmpty() ? BoilerplatePatterns::builtIn()
                                                          : BoilerplatePatterns::load(extraLexiconFolders))
{
}

Analyzer::Analyzer(std::shared_ptr<const Lexicons> lexicons)
    : m_lexicons(std::move(lexicons))
    , m_commitmentLexicon(CommitmentLexicon::builtIn())
    , m_boilerplatePatterns(BoilerplatePatterns::builtIn())
{
}

AnalysisResult Analyzer::analyze(QStringView text) const
{
    AnalysisResult result;
    const TextSegmentation segmentation = segment(text);
    const QList<QuoteRun> runs = findQuoteRuns(text, segmentation);

    // Which quoted run each token lies in (-1: outside quotations).
    QList<int> runOfToken(segmentation.tokens.size(), -1);
    int r = 0;
    for (int k = 0; k < segmentation.tokens.size(); ++k) {
        const int pos = segmentation.tokens[k].span.start;
        while (r < runs.size() && runs[r].marks.end <= pos)
            ++r;
        if (r < runs.size() && runs[r].marks.contains(pos))
            runOfToken[k] = r;
    }

    const ActorTable actors = findActors(text, segmentation, runOfToken);
    result.actors = actors.actors;
    result.quotes = findQuotes(text, segmentation, runs, runOfToken, actors);
    findCommitments(text, segmentation, actors, result);
    findBoilerplate(text, segmentation, result);
    dropBystanders(actors, result); // before anything else removes actors: it indexes them
    dropBoilerplateFindings(result);
    return result;
}

void Analyzer::dropBystanders(const ActorTable &actors, AnalysisResult &result) const
{
    // A state named only by an adjective ("a French colleague", "German-made") is not an actor of the
    // story unless it speaks or commits.
    QSet<QString> active;
    for (const FoundQuote &q : std::as_const(result.quotes))
        active.insert(q.speaker);
    for (const FoundCommitment &c : std::as_const(result.commitments))
        active.insert(c.holder);
    QList<FoundActor> kept;
    for (int i = 0; i < result.actors.size(); ++i)
        if (!actors.adjectiveOnly.value(i) || active.contains(result.actors[i].name))
            kept.append(result.actors[i]);
    result.actors = kept;
}

void Analyzer::dropBoilerplateFindings(AnalysisResult &result) const
{
    // Site furniture ("Read more on these topics: Joe Biden Russia") names no speaker and no actor.
    if (result.boilerplate.isEmpty())
        return;
    QList<Model::Span> sorted = result.boilerplate;
    std::sort(sorted.begin(), sorted.end());
    // Boilerplate lines do not overlap: the one starting last at or before s.start is the only candidate.
    auto inBoilerplate = [&](Model::Span s) {
        auto it = std::upper_bound(sorted.cbegin(), sorted.cend(), s.start,
                                   [](int pos, Model::Span b) { return pos < b.start; });
        return it != sorted.cbegin() && std::prev(it)->contains(s);
    };
    result.quotes.removeIf([&](const FoundQuote &q) {
        return std::all_of(q.content.cbegin(), q.content.cend(), inBoilerplate);
    });
    for (FoundActor &a : result.actors)
        a.mentions.removeIf(inBoilerplate);
    result.actors.removeIf([](const FoundActor &a) { return a.mentions.isEmpty(); });
}

TextSegmentation Analyzer::segment(QStringView text) const
{
    return TextSegmenter().segment(text);
}

QList<QuoteRun> Analyzer::findQuoteRuns(QStringView text, const TextSegmentation &segmentation) const
{
    return QuoteMarkScanner().scan(text, segmentation);
}

ActorTable Analyzer::findActors(QStringView text, const TextSegmentation &segmentation,
                                const QList<int> &runOfToken) const
{
    return ActorFinder(*m_lexicons).find(text, segmentation, runOfToken);
}

QList<FoundQuote> Analyzer::findQuotes(QStringView text, const TextSegmentation &segmentation,
                                       const QList<QuoteRun> &runs, const QList<int> &runOfToken,
                                       const ActorTable &actors) const
{
    return AttributionFinder(*m_lexicons).find(text, segmentation, runs, runOfToken, actors);
}

void Analyzer::findCommitments(QStringView text, const TextSegmentation &segmentation, const ActorTable &actors,
                               AnalysisResult &result) const
{
    // Holders and addressees come from the actors found; "we" and "I" from the quotes' speakers.
    Q_UNUSED(actors);
    result.commitments = CommitmentFinder(m_commitmentLexicon).find(text, segmentation, result.actors, result.quotes);
}

void Analyzer::findBoilerplate(QStringView text, const TextSegmentation &segmentation, AnalysisResult &result) const
{
    result.boilerplate = BoilerplateDetector(m_boilerplatePatterns).find(text, segmentation);
}

} // namespace Parlance::Analysis
