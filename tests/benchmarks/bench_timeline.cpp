// SPDX-License-Identifier: GPL-2.0-or-later
// bench_timeline: how long proposing commitment threads takes for a project of 1,000 articles
// (default) with ten commitments each from twenty holders, half of them on a holder's recurring
// undertakings (many threads), fifty of them — one a week, in fifty articles, worded a little
// differently each time — one undertaking. Prints the time to read the
// project's commitments, to build the threads and to describe their steps (sentences, moves, changed
// words): the median of five runs. Fails if the fifty steps are not proposed as one thread.
//
//   bench_timeline [--articles N] [--dir DIR]

#include "storage/project.h"
#include "storage/projectwriter.h"
#include "timeline/commitmenttimeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

constexpr int threadSteps = 50;
constexpr int commitmentsPerArticle = 10;
constexpr int holders = 20;
constexpr int recurringTopics = 15; // per holder

// Made-up words for the undertakings that are not the thread's, so that they share little by chance.
QStringList vocabulary()
{
    static const char *syllables[] = {"ka", "lo", "min", "ter", "sa", "vi", "dor", "ne", "ral", "po",
                                      "gu", "es", "tan", "mi", "ro", "bel", "cu", "da", "fen", "ho"};
    QRandomGenerator random(11);
    QStringList words;
    while (words.size() < 3000) {
        QString w;
        for (int i = 0, n = 2 + int(random.bounded(2)); i < n; ++i)
            w += QString::fromLatin1(syllables[random.bounded(20)]);
        if (!words.contains(w))
            words.append(w);
    }
    return words;
}

// The thread's fifty wordings: the same monitors, promised, offered, hedged, delayed.
QString threadWording(int step)
{
    static const QStringList verbs = {u"will send"_s, u"is prepared to send"_s, u"could send"_s, u"will probably send"_s,
                                      u"would send"_s, u"plans to send"_s};
    static const QStringList objects = {u"ceasefire monitors to the contact line"_s, u"unarmed ceasefire monitors to the line"_s,
                                        u"the monitors to the contact line"_s, u"ceasefire monitors along the contact line"_s};
    return verbs[step % verbs.size()] + u' ' + objects[step % objects.size()];
}

struct Generated {
    int threadArticles = 0;
    int commitments = 0;
};

bool generate(Storage::Project &project, int articleCount, Generated *out)
{
    const QStringList words = vocabulary();
    QRandomGenerator random(2026);
    QList<qint64> holderIds;
    for (int h = 0; h < holders; ++h) {
        const qint64 id = Storage::ProjectWriter(project).actorIdFor(u"State %1"_s.arg(h + 1), Model::ActorType::State);
        if (!id)
            return false;
        holderIds.append(id);
    }
    // The thread's articles: one a week among the first 350 days.
    QSet<int> threadArticles;
    const int spacing = std::max(1, articleCount / threadSteps);
    for (int s = 0; s < threadSteps && s * spacing < articleCount; ++s)
        threadArticles.insert(s * spacing);

    QList<Model::Article> articles;
    QList<QList<Model::Annotation>> commitments;
    for (int n = 0; n < articleCount; ++n) {
        Model::Article article;
        article.title = u"Report %1"_s.arg(n + 1);
        article.outlet = n % 2 ? u"The Ledger"_s : u"Northline Wire"_s;
        // About three articles a day over the year; the thread's articles one a week.
        article.published = QDate(2025, 1, 6).addDays(threadArticles.contains(n) ? 7 * (n / spacing) : int(random.bounded(365)));
        QString text = article.title + u"\n\n"_s;
        QList<Model::Annotation> found;
        for (int c = 0; c < commitmentsPerArticle; ++c) {
            const bool ofThread = c == 0 && threadArticles.contains(n);
            const int holder = ofThread ? 0 : int(random.bounded(holders));
            QString undertaking;
            if (ofThread) {
                undertaking = threadWording(int(n / spacing));
            } else {
                // Half the time one of the holder's recurring undertakings (threads of their own,
                // scattered over the year), else a one-off; two words of each are new every time.
                undertaking = u"will "_s;
                const bool recurring = random.bounded(2) == 0;
                const int topic = int(random.bounded(recurringTopics));
                for (int w = 0; w < 4; ++w)
                    undertaking += words[recurring ? (holder * recurringTopics + topic) * 4 + w : int(random.bounded(words.size()))] + u' ';
                for (int w = 0; w < 2; ++w)
                    undertaking += words[int(random.bounded(words.size()))] + u' ';
                undertaking.chop(1);
            }
            // Filler before and after, as in an article: the commitment is one clause of a sentence.
            QString before = u"State %1 "_s.arg(holder + 1);
            const int at = int(text.size() + before.size());
            QString sentence = before + undertaking + u", officials said on Monday after talks with "_s
                + words[int(random.bounded(words.size()))] + u" delegates. "_s;
            for (int f = 0; f < 4; ++f)
                sentence += words[int(random.bounded(words.size()))] + u' ';
            text += sentence + u"the talks went on.\n"_s;
            Model::Annotation a;
            a.kind = Model::AnnotationKind::Commitment;
            a.origin = Model::Origin::Suggested;
            a.actorId = holderIds[holder];
            a.span = {at, at + int(undertaking.size())};
            a.strength = undertaking.startsWith(u"will"_s) ? 1.0 : 0.4;
            found.append(a);
        }
        article.text = text;
        article.contentHash = Model::Article::hashText(text);
        articles.append(article);
        commitments.append(found);
    }
    Storage::Error error;
    if (!Storage::ProjectWriter(project).addArticles(articles, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return false;
    }
    for (int n = 0; n < articleCount; ++n) {
        for (Model::Annotation &a : commitments[n])
            a.articleId = articles[n].id;
        if (!Storage::ProjectWriter(project).replaceSuggestions(articles[n].id, commitments[n], &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return false;
        }
        out->commitments += int(commitments[n].size());
    }
    out->threadArticles = int(threadArticles.size());
    return true;
}

// This process's CPU time in ms: on a shared machine, wall time also measures the neighbours.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int articleCount = 1000;
    QString dirPath;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == u"--articles"_s && i + 1 < args.size())
            articleCount = args[++i].toInt();
        else if (args[i] == u"--dir"_s && i + 1 < args.size())
            dirPath = args[++i];
    }
    QTemporaryDir temporary;
    const QString dir = dirPath.isEmpty() ? temporary.path() : dirPath;
    Storage::Error error;
    auto project = Storage::Project::open(dir + u"/timeline.parlance"_s, {.readOnly = false, .createIfMissing = true}, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    Generated generated;
    if (!generate(*project, articleCount, &generated))
        return 1;
    std::printf("generated %d articles with %d commitments (%d holders) in %.1f s; one undertaking in %d of them\n",
                articleCount, generated.commitments, holders, timer.elapsed() / 1000.0, generated.threadArticles);

    QList<double> load, build, describe, total, cpu;
    QList<Timeline::CommitmentThread> threads;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        const double cpuStart = cpuMs();
        t.start();
        const Timeline::ThreadInput input = Timeline::inputOf(*project);
        const double loaded = t.nsecsElapsed() / 1e6;
        threads = Timeline::ThreadBuilder().build(input);
        const double built = t.nsecsElapsed() / 1e6;
        QHash<qint64, QString> texts;
        Timeline::describeSteps(threads, [&](qint64 id) {
            auto it = texts.constFind(id);
            if (it == texts.cend())
                it = texts.insert(id, project->article(id)->text);
            return *it;
        });
        const double described = t.nsecsElapsed() / 1e6;
        load.append(loaded);
        build.append(built - loaded);
        describe.append(described - built);
        total.append(described);
        cpu.append(cpuMs() - cpuStart);
    }
    const auto longest = std::max_element(threads.cbegin(), threads.cend(), [](const auto &a, const auto &b) {
        return a.steps.size() < b.steps.size();
    });
    const qsizetype steps = longest == threads.cend() ? 0 : longest->steps.size();
    qsizetype stepCount = 0;
    for (const Timeline::CommitmentThread &t : std::as_const(threads))
        stepCount += t.steps.size();
    std::printf("threads proposed: %lld with %lld steps; the longest has %lld steps (expected %d)\n",
                qlonglong(threads.size()), qlonglong(stepCount), qlonglong(steps), generated.threadArticles);
    std::printf("propose and describe: %.0f ms (read commitments %.0f ms, build threads %.0f ms, describe steps %.0f ms), "
                "%.0f ms of CPU; median of 5\n",
                median(total), median(load), median(build), median(describe), median(cpu));
    return steps == generated.threadArticles ? 0 : 1;
}
