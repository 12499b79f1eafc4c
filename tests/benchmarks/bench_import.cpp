// SPDX-License-Identifier: GPL-2.0-or-later
// Linear time in the input: every importer (text, Markdown, HTML, brat) and the analysis, each on
// an input that doubles four times, up to the import size limit (20 MB). Prints the time of each
// size and its ratio to the size before: about 2 is linear, 4 quadratic (target: at most 2.5).
// Times are CPU time of the thread, the best of up to three runs, so that a busy machine does not
// distort the ratios.
//
//   bench_import [--budget SECONDS] [--only NAME]
// A series stops early when one run takes longer than the budget (default 120 s), saying so.
#include "analysis/analyzer.h"
#include "import/articlefile.h"
#include "formats/brat/bratimporter.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <time.h>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

// Our own news-like sentences; `n` bytes of them in paragraphs.
QByteArray prose(qsizetype n)
{
    static const QByteArray sentences[] = {
        "The ministers met for six hours behind closed doors. ",
        "\xE2\x80\x9CWe are ready to resume talks next week,\xE2\x80\x9D the envoy said. ",
        "Officials from both sides declined to comment on the draft. ",
        "The foreign minister warned that sanctions would follow any violation. ",
        "\xE2\x80\x9CNothing is agreed until everything is agreed,\xE2\x80\x9D a spokesman told reporters. ",
    };
    QByteArray out;
    out.reserve(n + 200);
    for (int i = 0; out.size() < n; ++i) {
        out += sentences[i % 5];
        if (i % 4 == 3)
            out += "\n\n";
    }
    out.truncate(n);
    return out;
}

QByteArray repeatTo(const QByteArray &head, const QByteArray &unit, qsizetype n, const QByteArray &tail = {})
{
    QByteArray out = head;
    out.reserve(n + tail.size());
    while (out.size() + unit.size() + tail.size() <= n)
        out += unit;
    return out + tail;
}

struct Series {
    const char *name;
    qsizetype first; // bytes of the smallest input
    std::function<QByteArray(qsizetype)> input;
    std::function<bool(const QByteArray &)> run; // false: the run failed
};

// The CPU time of this thread: on a machine shared with other builds, wall-clock time measures
// the neighbours as much as the code (every importer runs on the calling thread).
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double budget = 120;
    QString only;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--budget"_s)
            budget = args[++i].toDouble();
        else if (args[i] == u"--only"_s)
            only = args[++i];
    }
    constexpr qsizetype limit = Import::ArticleFile::maxSize;
    constexpr qsizetype first = limit / 16; // doubled four times: the limit

    auto import = [](const char *name) {
        return [name](const QByteArray &bytes) {
            Error error;
            return Import::ArticleFile::fromBytes(bytes, QString::fromLatin1(name), &error).has_value() || bool(error);
        };
    };
    // brat: the text with emoji (code points differ from UTF-16 offsets) and an entity every 60 characters.
    auto bratText = [](qsizetype n) {
        const QByteArray text = prose(n - n / 250);
        QByteArray out;
        out.reserve(n);
        for (qsizetype i = 0; i < text.size(); ++i) {
            out += text[i];
            if (i % 997 == 996 && uchar(text[i]) == ' ')
                out += "\xF0\x9F\x98\x80 ";
        }
        return out;
    };

    Analysis::Analyzer analyzer;
    const QList<Series> series{
        {"text", first, prose, import("a.txt")},
        {"markdown", first, [](qsizetype n) { return "---\ntitle: Talks\nauthor: A. Writer\n---\n\n" + prose(n - 64); }, import("a.md")},
        {"html", first,
         [](qsizetype n) {
             return repeatTo("<html><head><title>Talks</title></head><body>",
                             "<div class=\"p\"><p>The ministers met for <b>six hours</b> behind closed doors.</p>"
                             "<p>&ldquo;We are ready,&rdquo; the envoy said.<br>More.</p></div>\n",
                             n, "</body></html>");
         },
         import("a.html")},
        {"html: <meta name=\"author\" ...", first,
         [](qsizetype n) { return repeatTo("<html><head><meta ", "name=\"author\" ", n, "></head><body><p>x</p>"); },
         import("a.html")},
        {"html: nested <div>", first, [](qsizetype n) { return repeatTo("<html><body><p>x</p>", "<div>", n); }, import("a.html")},
        {"html: unclosed <script>", first,
         [](qsizetype n) { return repeatTo("<html><body><p>x</p><script>", "var a = '<b>x</b>';\n", n); }, import("a.html")},
        {"html: unclosed <p> and <li>", first,
         [](qsizetype n) { return repeatTo("<html><body><ul>", "<li><p>An item <b>bold", n); }, import("a.html")},
        {"brat", first,
         [&](qsizetype n) { return bratText(n); },
         [](const QByteArray &bytes) {
             const QString text = QString::fromUtf8(bytes);
             const int codePoints = int(text.toUcs4().size());
             QString ann;
             ann.reserve(codePoints);
             int id = 0;
             for (int start = 0; start + 20 < codePoints; start += 60) {
                 ++id;
                 ann += u"T%1\tQuote %2 %3\tx\nA%1\tOrigin T%1 manual\n"_s.arg(id).arg(start).arg(start + 20);
             }
             Error error;
             const auto doc = Import::BratImporter::parse(text, ann, u"a.ann"_s, &error);
             return doc && doc->annotations.size() == id;
         }},
        {"analysis: news text", first,
         [](qsizetype n) { return prose(n); },
         [&](const QByteArray &bytes) { return analyzer.analyze(QString::fromUtf8(bytes)).quotes.size() > 0; }},
        {"analysis: a text full of short quotes", first,
         [](qsizetype n) { return repeatTo({}, "\xE2\x80\x9CYes,\xE2\x80\x9D he said. \xE2\x80\x9CNo.\xE2\x80\x9D ", n); },
         [&](const QByteArray &bytes) { return analyzer.analyze(QString::fromUtf8(bytes)).quotes.size() > 0; }},
    };

    std::printf("bench_import: CPU time per input size, doubled four times (ratio to the size before; linear = 2, target <= 2.5)\n");
    bool allLinear = true;
    for (const Series &s : series) {
        if (!only.isEmpty() && !QString::fromLatin1(s.name).startsWith(only))
            continue;
        std::printf("  %-36s", s.name);
        std::fflush(stdout);
        double before = 0;
        double worst = 0;
        for (int step = 0; step < 5; ++step) {
            const qsizetype size = s.first << step;
            const QByteArray input = s.input(size);
            // The best of up to three runs (of those under two seconds): on a shared machine the
            // other runs measure the neighbours.
            double elapsed = 1e9;
            bool ok = true;
            for (int attempt = 0; attempt < 3 && ok && (attempt == 0 || elapsed < 2); ++attempt) {
                const double start = cpuSeconds();
                ok = s.run(input);
                elapsed = std::min(elapsed, cpuSeconds() - start);
            }
            if (!ok) {
                std::printf("  FAILED at %.2f MB", double(size) / (1 << 20));
                allLinear = false;
                break;
            }
            if (step == 0)
                std::printf(" %5.2f MB %7.3f s", double(size) / (1 << 20), elapsed);
            else
                std::printf(" | %7.3f s x%.2f", elapsed, before > 0.0005 ? elapsed / before : 0.0);
            // Ratios of runs of a millisecond or two say more about the machine than the code.
            if (step > 0 && before > 0.005)
                worst = std::max(worst, elapsed / before);
            std::fflush(stdout);
            before = elapsed;
            if (elapsed > budget) {
                std::printf("  (stopped: over %.0f s)", budget);
                worst = std::max(worst, 99.0);
                break;
            }
        }
        std::printf("   worst x%.2f%s\n", worst, worst > 2.5 ? "  NOT LINEAR" : "");
        allLinear = allLinear && worst <= 2.5;
    }
    return allLinear ? 0 : 1;
}
