// SPDX-License-Identifier: GPL-2.0-or-later
// bench_storage: a generated project (default 10,000 articles of ~5,000 words, 1,000,000 annotations)
// and the times a person feels: open and list, load one article with 1,000 annotations, one durable
// annotation insert (median, p99), a full-text query; and the peak memory of a session.
//
//   bench_storage [--articles N] [--words N] [--annotations N] [--dir DIR] [--reuse]
//
// The project is generated once in DIR (default: a temporary folder) by this process; the figures
// are then measured by a fresh process (`--measure`), so that its peak memory is a session's own.
// --reuse measures an existing DIR/bench.parlance again. Page cache: warm (the file was just written).
#include "storage/project.h"
#include "storage/projectwriter.h"
#include "storage/verifiedfiles.h"

#include "benchtext.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sys/resource.h>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Parlance::Bench::Words;
using Parlance::Bench::articleText;

namespace {

struct Options {
    int articles = 10000;
    int words = 5000;
    qint64 annotations = 1000000;
    QString dir;
    bool reuse = false;
    bool measure = false;
};

constexpr int busyArticleAnnotations = 1000; // the article loaded in the "one article" figure

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

long peakKiB()
{
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

int generate(const Options &o, const QString &path)
{
    QFile::remove(path);
    Storage::Error error;
    auto project = Storage::Project::open(path, {.readOnly = false, .createIfMissing = true}, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    Words words;
    QRandomGenerator random(2026);
    QElapsedTimer timer;
    timer.start();
    QList<qint64> ids;
    QList<int> lengths;
    constexpr int batchSize = 200;
    for (int start = 0; start < o.articles; start += batchSize) {
        QList<Model::Article> batch;
        for (int i = start; i < std::min(o.articles, start + batchSize); ++i) {
            Model::Article a;
            a.title = u"Report %1 on the talks"_s.arg(i + 1);
            a.outlet = u"Outlet %1"_s.arg(i % 37);
            a.published = QDate(2024, 1, 1).addDays(i % 700);
            a.language = u"en"_s;
            a.text = articleText(words, random, o.words, i + 1);
            batch.append(a);
        }
        if (!Storage::ProjectWriter(*project).addArticles(batch, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return 1;
        }
        for (const Model::Article &a : std::as_const(batch)) {
            ids.append(a.id);
            lengths.append(int(a.text.size()));
        }
    }
    std::printf("generated %d articles of %d words in %.1f s\n", o.articles, o.words, timer.elapsed() / 1000.0);
    timer.restart();

    // Annotations, one transaction per article (the analysis' path: replaceSuggestions); the first
    // article gets 1,000, the rest are spread evenly.
    QList<qint64> actors;
    for (int i = 0; i < 200; ++i)
        actors.append(Storage::ProjectWriter(*project).actorIdFor(u"Actor %1"_s.arg(i), Model::ActorType::Person));
    qint64 left = o.annotations;
    for (qsizetype i = 0; i < ids.size() && left > 0; ++i) {
        const qint64 remainingArticles = ids.size() - i;
        qint64 n = i == 0 ? std::min<qint64>(busyArticleAnnotations, left) : left / remainingArticles;
        if (i == ids.size() - 1)
            n = left;
        QList<Model::Annotation> list;
        list.reserve(n);
        for (qint64 k = 0; k < n; ++k)
            list.append(Bench::annotation(ids[i], lengths[i], k, actors, words, random));
        if (!Storage::ProjectWriter(*project).replaceSuggestions(ids[i], list, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return 1;
        }
        left -= list.size();
    }
    std::printf("generated %lld annotations in %.1f s\n", static_cast<long long>(o.annotations - left), timer.elapsed() / 1000.0);
    timer.restart();
    project.reset(); // checkpoint, one file again (and a first backup, as a real session would)
    std::printf("closed in %.1f s; file %.0f MB\n", timer.elapsed() / 1000.0, double(QFileInfo(path).size()) / 1048576.0);
    std::fflush(stdout);
    return 0;
}

int measure(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    Storage::Error error;
    auto project = Storage::Project::open(path, {}, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    const qint64 openNs = timer.nsecsElapsed();
    timer.restart();
    const QList<Storage::ArticleSummary> list = project->articles();
    const qint64 listNs = timer.nsecsElapsed();
    std::printf("open: %.1f ms, list %lld articles: %.1f ms, together %.1f ms (target <= 300)\n", ms(openNs),
                static_cast<long long>(list.size()), ms(listNs), ms(openNs + listNs));

    const qint64 busy = list.first().id;
    QList<double> loads;
    qsizetype annotationCount = 0;
    for (int i = 0; i < 21; ++i) {
        timer.restart();
        const std::optional<Model::Article> article = project->article(busy);
        const QList<Model::Annotation> annotations = project->annotations(busy);
        loads.append(ms(timer.nsecsElapsed()));
        annotationCount = annotations.size();
        if (!article)
            return 1;
    }
    const double firstLoad = loads.first();
    std::sort(loads.begin(), loads.end());
    std::printf("one article with %lld annotations: first %.2f ms, median %.2f ms (target <= 20)\n",
                static_cast<long long>(annotationCount), firstLoad, loads.at(loads.size() / 2));

    QList<double> inserts;
    const int textLength = int(project->article(busy)->text.size());
    QRandomGenerator random(5);
    for (int i = 0; i < 300; ++i) {
        Model::Annotation a;
        a.articleId = busy;
        const int s = int(random.bounded(textLength - 100));
        a.span = {s, s + 40};
        a.kind = Model::AnnotationKind::Quote;
        a.note = u"bench note %1"_s.arg(i);
        timer.restart();
        if (!Storage::ProjectWriter(*project).addAnnotation(a, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return 1;
        }
        inserts.append(ms(timer.nsecsElapsed()));
    }
    std::sort(inserts.begin(), inserts.end());
    std::printf("annotation insert (own transaction, synchronous=FULL): median %.2f ms, p99 %.2f ms, max %.2f ms (target median <= 2)\n",
                inserts.at(inserts.size() / 2), inserts.at(inserts.size() * 99 / 100), inserts.last());

    // Words of the vocabulary: a rare pair, a mid-frequency word, and the most common one.
    const Words words;
    struct Query {
        QString text;
        int limit;
    };
    const QList<Query> queries{{words.at(900) + QLatin1Char(' ') + words.at(1500), 50},
                               {words.at(300), 50},
                               {words.at(0), 50},
                               {words.at(900) + QLatin1Char(' ') + words.at(1500), -1}};
    for (const Query &q : queries) {
        timer.restart();
        const QList<Storage::SearchHit> hits = project->search(q.text, q.limit);
        std::printf("search \"%s\"%s: %lld hits in %.1f ms (target <= 50)\n", qPrintable(q.text),
                    q.limit < 0 ? " (all hits, with snippets)" : " (first 50)", static_cast<long long>(hits.size()),
                    ms(timer.nsecsElapsed()));
    }
    for (const QString &q : QStringList{words.at(0), words.at(900) + QLatin1Char(' ') + words.at(1500)}) {
        timer.restart();
        const QList<qint64> ids = project->searchArticleIds(q);
        std::printf("searchArticleIds \"%s\" (all, no snippets): %lld articles in %.1f ms (target <= 50)\n", qPrintable(q),
                    static_cast<long long>(ids.size()), ms(timer.nsecsElapsed()));
    }
    timer.restart();
    project.reset();
    std::printf("close (checkpoint): %.1f ms\n", ms(timer.nsecsElapsed()));
    std::printf("peak memory of this session: %.1f MB (target <= 150)\n", peakKiB() / 1024.0);

    // The same file as if it came from elsewhere: not known to this user's Parlance, so quick_check
    // reads all of it before it opens.
    Storage::VerifiedFiles::forget(path);
    timer.restart();
    project = Storage::Project::open(path, {.readOnly = true, .createIfMissing = false}, &error);
    std::printf("open of a file not verified before (full quick_check): %.1f ms\n", ms(timer.nsecsElapsed()));
    std::fflush(stdout);
    return project ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString value = args.value(i + 1);
        if (a == u"--articles"_s) {
            o.articles = value.toInt(), ++i;
        } else if (a == u"--words"_s) {
            o.words = value.toInt(), ++i;
        } else if (a == u"--annotations"_s) {
            o.annotations = value.toLongLong(), ++i;
        } else if (a == u"--dir"_s) {
            o.dir = value, ++i;
        } else if (a == u"--reuse"_s) {
            o.reuse = true;
        } else if (a == u"--measure"_s) {
            return measure(value);
        } else {
            std::fprintf(stderr, "usage: bench_storage [--articles N] [--words N] [--annotations N] [--dir DIR] [--reuse]\n");
            return 2;
        }
    }
    if (o.articles < 1 || o.words < 50 || o.annotations < busyArticleAnnotations) {
        std::fprintf(stderr, "bench_storage: need at least 1 article, 50 words and %d annotations\n", busyArticleAnnotations);
        return 2;
    }
    QTemporaryDir temporary;
    const QString dir = o.dir.isEmpty() ? temporary.path() : o.dir;
    QDir().mkpath(dir);
    const QString path = dir + u"/bench.parlance"_s;
    std::printf("bench_storage: %d articles x %d words, %lld annotations, in %s\n", o.articles, o.words,
                static_cast<long long>(o.annotations), qPrintable(dir));
    std::fflush(stdout);
    if (!o.reuse || !QFileInfo::exists(path)) {
        if (const int rc = generate(o, path))
            return rc;
    }
    QProcess session;
    session.setProcessChannelMode(QProcess::ForwardedChannels);
    session.start(QCoreApplication::applicationFilePath(), {u"--measure"_s, path});
    if (!session.waitForFinished(-1))
        return 1;
    return session.exitCode();
}
