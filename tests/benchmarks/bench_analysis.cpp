// SPDX-License-Identifier: GPL-2.0-or-later
// bench_analysis: throughput of the full analysis (Analyzer::analyze) in MB/s of UTF-8 text on a
// generated corpus of ~20 MB (many short articles) and on one 1 MB article, and the peak memory;
// then whether the time is linear in the input: hostile texts (short quotations without end, in one
// paragraph and in many; a crowd of different names) doubled four times, with the ratio of each
// doubling's time to the one before (linear: about 2; the target is at most 2.5).
// The text is generated from our own sentence templates with every phenomenon the analysis handles
// (titles, quotes in several styles, split and carried-over quotes, reported speech, metonyms).

#include "analysis/analyzer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>

#include <sys/resource.h>

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

long peakKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QRandomGenerator rng(20260127);
    const Analysis::Analyzer analyzer; // loads the lexicons once, outside the timings

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
    for (const QString &text : std::as_const(corpus)) {
        const Analysis::AnalysisResult r = analyzer.analyze(text);
        quotes += r.quotes.size();
        actors += r.actors.size();
    }
    const double corpusSeconds = timer.nsecsElapsed() / 1e9;

    double bigSeconds = 1e9;
    qsizetype bigQuotes = 0;
    for (int round = 0; round < 3; ++round) { // best of three
        timer.restart();
        bigQuotes = analyzer.analyze(big).quotes.size();
        bigSeconds = std::min(bigSeconds, timer.nsecsElapsed() / 1e9);
    }

    const double mb = 1024.0 * 1024.0;
    std::printf("bench_analysis\n");
    std::printf("  corpus:     %.1f MB in %lld articles: %.3f s, %.1f MB/s (%lld quotes, %lld actors)\n",
                corpusBytes / mb, static_cast<long long>(corpus.size()), corpusSeconds,
                corpusBytes / mb / corpusSeconds, static_cast<long long>(quotes), static_cast<long long>(actors));
    std::printf("  1 MB article: %.2f MB: %.3f s, %.1f MB/s (%lld quotes)\n", bigBytes / mb, bigSeconds,
                bigBytes / mb / bigSeconds, static_cast<long long>(bigQuotes));
    std::printf("  peak memory: %.1f MB (%.1f MB before the analysis, corpus text included)\n",
                peakKilobytes() / 1024.0, baseline / 1024.0);

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
        std::printf("  linear time, %s:\n", shape.name);
        double previous = 0;
        for (qsizetype size = 175 * 1024; size <= 2800 * 1024; size *= 2) {
            const QString text = shape.make(size);
            timer.restart();
            const qsizetype found = analyzer.analyze(text).quotes.size();
            const double seconds = timer.nsecsElapsed() / 1e9;
            const double ratio = previous > 0 ? seconds / previous : 0;
            worst = std::max(worst, ratio);
            std::printf("    %6.2f MB: %7.3f s, %6.1f MB/s, %lld quotes%s\n", text.toUtf8().size() / mb, seconds,
                        text.toUtf8().size() / mb / seconds, static_cast<long long>(found),
                        previous > 0 ? qPrintable(QStringLiteral(", ratio %1").arg(ratio, 0, 'f', 2)) : "");
            previous = seconds;
        }
    }
    std::printf("  worst ratio per doubling: %.2f (linear: 2; target at most 2.5)\n", worst);
    return 0;
}
