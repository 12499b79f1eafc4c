// SPDX-License-Identifier: GPL-2.0-or-later
// bench_analysis: throughput of the full analysis (Analyzer::analyze) in MB/s of UTF-8 text on a
// generated corpus of ~20 MB (many short articles), with the CPU time of each stage, and on one 1 MB
// article, and the peak memory; then whether the time is linear in the input: hostile texts (short
// quotations, in one paragraph and in many; a crowd of different names; articles run together)
// from 1.25 MB doubled four times to the 20 MB import limit, with the ratio of each doubling's time
// to the one before (linear: about 2; the target is at most 2.5). Times and MB/s are CPU time of the
// analysing thread (CLOCK_THREAD_CPUTIME_ID: "on one core", fair on a shared machine); the corpus and
// the 1 MB article print wall-clock time beside it.
// The text is generated from our own sentence templates with every phenomenon the analysis handles
// (titles, quotes in several styles, split and carried-over quotes, reported speech, metonyms).

#include "analysis/actorfinder.h"
#include "analysis/analyzer.h"
#include "analysis/attributionfinder.h"
#include "analysis/boilerplatedetector.h"
#include "analysis/commitmentfinder.h"
#include "analysis/quotemarks.h"
#include "analysis/textsegmenter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <sys/resource.h>
#include <time.h>

#include <cstdio>
#include <functional>

using namespace Parlance;

namespace {

const char *const people[] = {"Foreign Minister Marta Olsen", "President Joe Adler", "Secretary of State Paul Brenner",
                              "Prime Minister Ana Ruiz", "Ambassador Kofi Mensah", "Chancellor Ingrid Bauer"};
const char *const surnames[] = {"Olsen", "Adler", "Brenner", "Ruiz", "Mensah", "Bauer"};
const char *const states[] = {"Moscow", "Washington", "the Kremlin", "Kyiv", "Beijing", "Paris", "Berlin", "NATO",
                              "the European Union", "the UN", "Turkey", "Brazil"};
const char *const verbs[] = {"said", "told reporters", "added", "warned", "insisted"};
const char *const templates[] = {
    "%P said on Tuesday that %S would send a delegation to the talks next month.",
    "“We are ready to talk, but we will not accept an ultimatum,” %N said.",
    "“There is no agreement yet,” %N %V, “but the door remains open.”",
    "%N called the meeting “useful and frank”, saying that “both sides listened”.",
    "According to %N, %S has offered to host a further round in the spring.",
    "The talks ended without a statement, %N said.",
    "He told reporters that %S did not plan to withdraw its envoy.",
    "«Nous ne céderons pas», a-t-il dit, while „Wir bleiben dabei“ was the reply from %S.",
    "%S’s proposals, which officials didn’t publish, included a demand that %S freeze the ’90s-era deal.",
    "\"The ball is in their court,\" said %N.",
    "She added that the minister would travel to %S if the ceasefire held.",
    "Read more on these topics",
};

QString fill(const char *templ, QRandomGenerator &rng)
{
    QString s = QString::fromUtf8(templ);
    const int p = int(rng.bounded(int(std::size(people))));
    s.replace(QStringLiteral("%P"), QString::fromUtf8(people[p]));
    s.replace(QStringLiteral("%N"), QString::fromUtf8(surnames[rng.bounded(int(std::size(surnames)))]));
    s.replace(QStringLiteral("%V"), QString::fromUtf8(verbs[rng.bounded(int(std::size(verbs)))]));
    while (s.contains(QStringLiteral("%S")))
        s.replace(s.indexOf(QStringLiteral("%S")), 2, QString::fromUtf8(states[rng.bounded(int(std::size(states)))]));
    return s;
}

QString article(QRandomGenerator &rng, qsizetype targetBytes)
{
    QString text = QStringLiteral("Envoys to meet again next week – Olsen\n\n");
    qsizetype bytes = text.size();
    while (bytes < targetBytes) {
        QString paragraph;
        const int sentences = 1 + int(rng.bounded(3));
        for (int i = 0; i < sentences; ++i)
            paragraph += (i ? QStringLiteral(" ") : QString()) + fill(templates[rng.bounded(int(std::size(templates)))], rng);
        paragraph += QStringLiteral("\n\n");
        bytes += paragraph.toUtf8().size();
        text += paragraph;
    }
    return text;
}

// Texts that once took quadratic time: short quotations, one after another.
QString shortQuotes(QRandomGenerator &rng, qsizetype targetBytes, bool oneParagraph)
{
    static const char *const bits[] = {"“Yes,” he said. ", "“No.” ", "‘Maybe’ ", "\"Fine\" ", "«Non» ", "„Ja“ ",
                                       "“Never,” said Adler. ", "'It''s' ", "“We will see,” she added. "};
    QString text;
    int n = 0;
    while (text.size() < targetBytes) {
        text += QString::fromUtf8(bits[rng.bounded(int(std::size(bits)))]);
        if (!oneParagraph && ++n % 12 == 0)
            text += QStringLiteral("\n\n");
    }
    return text;
}

// A crowd: every sentence names someone new, so lists of actors and antecedents keep growing.
QString crowd(QRandomGenerator &rng, qsizetype targetBytes)
{
    static const char *const given[] = {"Anna", "Omar", "Ines", "Kofi", "Lena", "Ravi", "Maria", "Jonas"};
    QString text;
    int n = 0;
    while (text.size() < targetBytes) {
        const QString surname = QStringLiteral("Surname%1").arg(n++, 0, 36);
        text += QString::fromUtf8(given[rng.bounded(int(std::size(given)))]) + u' ' + surname
            + QStringLiteral(" said the plan would work. “It will,” %1 told reporters. He agreed. ").arg(surname);
    }
    return text;
}

// CPU time of this thread: the machine is shared, so wall time says little about the analysis.
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + t.tv_nsec / 1e9;
}

long peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Throughput on a corpus of articles and on one long article, with the time of each stage.
void measureThroughput(const Analysis::Analyzer &analyzer, QRandomGenerator &rng)
{
    // A corpus of ~20 MB in articles of about 4 KB.
    QStringList corpus;
    qsizetype corpusBytes = 0;
    while (corpusBytes < 20 * 1024 * 1024) {
        corpus.append(article(rng, 4096));
        corpusBytes += corpus.last().toUtf8().size();
    }
    const QString big = article(rng, 1024 * 1024);
    const qsizetype bigBytes = big.toUtf8().size();
    const long baseline = peakKilobytes();

    QElapsedTimer timer;
    qsizetype quotes = 0;
    qsizetype actors = 0;
    timer.start();
    double cpu = cpuSeconds();
    for (const QString &text : std::as_const(corpus)) {
        const Analysis::AnalysisResult r = analyzer.analyze(text);
        quotes += r.quotes.size();
        actors += r.actors.size();
    }
    const double corpusSeconds = cpuSeconds() - cpu;
    const double corpusWall = timer.nsecsElapsed() / 1e9;

    // Where the time goes: each stage on its own over the corpus.
    double stage[6] = {};
    {
        const Analysis::Lexicons &lex = analyzer.lexicons();
        for (const QString &text : std::as_const(corpus)) {
            double t = cpuSeconds();
            const Analysis::TextSegmentation seg = Analysis::TextSegmenter().segment(text);
            stage[0] += cpuSeconds() - t;
            t = cpuSeconds();
            const QList<Analysis::QuoteRun> runs = Analysis::QuoteMarkScanner().scan(text, seg);
            QList<int> runOfToken(seg.tokens.size(), -1);
            int r = 0;
            for (int k = 0; k < seg.tokens.size(); ++k) {
                const int pos = seg.tokens[k].span.start;
                while (r < runs.size() && runs[r].marks.end <= pos)
                    ++r;
                if (r < runs.size() && runs[r].marks.contains(pos))
                    runOfToken[k] = r;
            }
            stage[1] += cpuSeconds() - t;
            t = cpuSeconds();
            const Analysis::ActorTable actorTable = Analysis::ActorFinder(lex).find(text, seg, runOfToken);
            stage[2] += cpuSeconds() - t;
            t = cpuSeconds();
            const QList<Analysis::FoundQuote> found = Analysis::AttributionFinder(lex).find(text, seg, runs, runOfToken, actorTable);
            stage[3] += cpuSeconds() - t;
            t = cpuSeconds();
            Analysis::CommitmentFinder().find(text, seg, actorTable.actors, found);
            stage[4] += cpuSeconds() - t;
            t = cpuSeconds();
            Analysis::BoilerplateDetector().find(text, seg);
            stage[5] += cpuSeconds() - t;
        }
    }

    double bigSeconds = 1e9;
    double bigWall = 1e9;
    qsizetype bigQuotes = 0;
    for (int round = 0; round < 3; ++round) { // best of three
        timer.restart();
        const double t = cpuSeconds();
        bigQuotes = analyzer.analyze(big).quotes.size();
        bigSeconds = std::min(bigSeconds, cpuSeconds() - t);
        bigWall = std::min(bigWall, timer.nsecsElapsed() / 1e9);
    }

    const double mb = 1024.0 * 1024.0;
    std::printf("bench_analysis\n");
    std::printf("  corpus:     %.1f MB in %lld articles: %.3f s CPU (%.3f s wall), %.1f MB/s on one core (CPU; %.1f MB/s wall) (%lld quotes, %lld actors)\n",
                corpusBytes / mb, static_cast<long long>(corpus.size()), corpusSeconds, corpusWall,
                corpusBytes / mb / corpusSeconds, corpusBytes / mb / corpusWall, static_cast<long long>(quotes),
                static_cast<long long>(actors));
    const char *const stageNames[] = {"segmentation", "quotation marks", "actors", "attributions", "commitments", "boilerplate"};
    std::printf("  stages (CPU s):");
    for (int i = 0; i < 6; ++i)
        std::printf(" %s %.3f%s", stageNames[i], stage[i], i < 5 ? "," : "\n");
    std::printf("  1 MB article: %.2f MB: %.3f s CPU (%.3f s wall), %.1f MB/s on one core (CPU; %.1f MB/s wall) (%lld quotes)\n",
                bigBytes / mb, bigSeconds, bigWall, bigBytes / mb / bigSeconds, bigBytes / mb / bigWall,
                static_cast<long long>(bigQuotes));
    std::printf("  peak memory: %.1f MB (%.1f MB before the analysis, corpus text included)\n",
                peakKilobytes() / 1024.0, baseline / 1024.0);
}

// Whether the time is linear in the input, on the shapes whose name contains `onlyShape`.
void measureLinearity(const Analysis::Analyzer &analyzer, QRandomGenerator &rng, const QString &onlyShape)
{
    const double mb = 1024.0 * 1024.0;
    // Linear time: each input doubled four times; the ratio of times per doubling should stay near 2.
    struct Shape {
        const char *name;
        std::function<QString(qsizetype)> make;
    };
    const Shape shapes[] = {
        {"short quotes, one paragraph", [&](qsizetype n) { return shortQuotes(rng, n, true); }},
        {"short quotes, paragraphs", [&](qsizetype n) { return shortQuotes(rng, n, false); }},
        {"a crowd of names", [&](qsizetype n) { return crowd(rng, n); }},
        {"articles in one text", [&](qsizetype n) { return article(rng, n); }},
    };
    double worst = 0;
    for (const Shape &shape : shapes) {
        if (!QString::fromUtf8(shape.name).contains(onlyShape))
            continue;
        std::printf("  linear time, %s:\n", shape.name);
        double previous = 0;
        for (qsizetype size = 1250 * 1024; size <= 20000 * 1024; size *= 2) {
            const QString text = shape.make(size);
            const double t = cpuSeconds();
            const qsizetype found = analyzer.analyze(text).quotes.size();
            const double seconds = cpuSeconds() - t;
            const double ratio = previous > 0 ? seconds / previous : 0;
            worst = std::max(worst, ratio);
            std::printf("    %6.2f MB: %7.3f s CPU, %6.1f MB/s, %lld quotes%s\n", text.toUtf8().size() / mb, seconds,
                        text.toUtf8().size() / mb / seconds, static_cast<long long>(found),
                        previous > 0 ? qPrintable(QStringLiteral(", ratio %1").arg(ratio, 0, 'f', 2)) : "");
            previous = seconds;
        }
    }
    std::printf("  worst ratio per doubling: %.2f (CPU time; linear: 2; target at most 2.5)\n", worst);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    QRandomGenerator rng(20260127);
    const Analysis::Analyzer analyzer; // loads the lexicons once, outside the timings
    // --no-linear: the throughput only; --shape WORDS: only the linear-time shapes named so (to profile one).
    const QStringList args = app.arguments();
    const qsizetype shapeArg = args.indexOf(QStringLiteral("--shape"));
    if (shapeArg < 0)
        measureThroughput(analyzer, rng);
    if (!args.contains(QStringLiteral("--no-linear")))
        measureLinearity(analyzer, rng, shapeArg >= 0 ? args.value(shapeArg + 1) : QString());
    return 0;
}
