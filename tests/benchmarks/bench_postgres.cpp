// SPDX-License-Identifier: GPL-2.0-or-later
// bench_postgres: a shared project on PostgreSQL against the same project in a file (issue 17).
// Generates a project file (default 100,000 articles of 200 words, 2,000,000 annotations), starts a
// throwaway cluster with tests/support/pgcluster.sh (fsync on), loads the file into it with
// `push` (COPY, every table), and times on both: opening (connect + schema check / open with its
// checks), listing the articles, a full-text search (first 50 hits with snippets) and one
// annotation insert in its own transaction (median of 200; on the server as a coder, through
// row-level security and the triggers).
//
//   bench_postgres [--articles N] [--words N] [--annotations N] [--dir DIR] [--reuse]
#include "storage/postgres/pg.h"
#include "storage/postgres/pgschema.h"
#include "storage/postgres/transfer.h"
#include "storage/project.h"
#include "storage/projectwriter.h"

#include "benchtext.h"
#include "storage/projectwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Parlance;
using namespace Parlance::Storage::Postgres;
using namespace Qt::StringLiterals;

namespace {

struct Options {
    int articles = 100000;
    int words = 200;
    qint64 annotations = 2000000;
    QString dir;
    bool reuse = false;
};

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

bool generate(const Options &o, const QString &path)
{
    QFile::remove(path);
    Storage::Error error;
    auto project = Storage::Project::open(path, {.readOnly = false, .createIfMissing = true}, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return false;
    }
    const Bench::Words words;
    QRandomGenerator random(2026);
    QElapsedTimer timer;
    timer.start();
    QList<qint64> ids;
    QList<int> lengths;
    for (int start = 0; start < o.articles; start += 500) {
        QList<Model::Article> batch;
        for (int i = start; i < std::min(o.articles, start + 500); ++i) {
            Model::Article a;
            a.title = u"Report %1 on the talks"_s.arg(i + 1);
            a.outlet = u"Outlet %1"_s.arg(i % 37);
            a.published = QDate(2024, 1, 1).addDays(i % 700);
            a.language = u"en"_s;
            a.text = Bench::articleText(words, random, o.words, i + 1);
            batch.append(a);
        }
        if (!Storage::ProjectWriter(*project).addArticles(batch, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return false;
        }
        for (const Model::Article &a : std::as_const(batch)) {
            ids.append(a.id);
            lengths.append(int(a.text.size()));
        }
    }
    std::printf("file: generated %d articles of %d words in %.1f s\n", o.articles, o.words, timer.elapsed() / 1000.0);
    std::fflush(stdout);
    timer.restart();
    QList<qint64> actors;
    for (int i = 0; i < 200; ++i)
        actors.append(Storage::ProjectWriter(*project).actorIdFor(u"Actor %1"_s.arg(i), Model::ActorType::Person));
    qint64 left = o.annotations;
    for (qsizetype i = 0; i < ids.size() && left > 0; ++i) {
        qint64 n = left / (ids.size() - i);
        QList<Model::Annotation> list;
        for (qint64 k = 0; k < n; ++k)
            list.append(Bench::annotation(ids[i], lengths[i], k, actors, words, random));
        if (!Storage::ProjectWriter(*project).replaceSuggestions(ids[i], list, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return false;
        }
        left -= list.size();
    }
    std::printf("file: generated %lld annotations in %.1f s\n", static_cast<long long>(o.annotations - left), timer.elapsed() / 1000.0);
    project.reset();
    std::printf("file: %.0f MB\n", double(QFileInfo(path).size()) / 1048576.0);
    std::fflush(stdout);
    return true;
}

struct Figures {
    double open = 0, list = 0, search = 0, insert = 0;
    qint64 articles = 0, hits = 0;
};

QString searchWords()
{
    const Bench::Words words;
    return words.at(300); // a mid-frequency word
}

bool measureFile(const QString &path, Figures *f)
{
    QElapsedTimer timer;
    timer.start();
    Storage::Error error;
    auto project = Storage::Project::open(path, {}, &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return false;
    }
    f->open = ms(timer.nsecsElapsed());
    timer.restart();
    const QList<Storage::ArticleSummary> list = project->articles();
    f->list = ms(timer.nsecsElapsed());
    f->articles = list.size();
    timer.restart();
    f->hits = project->search(searchWords(), 50).size();
    f->search = ms(timer.nsecsElapsed());
    QList<double> inserts;
    for (int i = 0; i < 200; ++i) {
        Model::Annotation a;
        a.articleId = list.at(i % list.size()).id;
        a.span = {0, 10};
        a.kind = Model::AnnotationKind::Quote;
        a.note = u"bench note %1"_s.arg(i);
        timer.restart();
        if (!Storage::ProjectWriter(*project).addAnnotation(a, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return false;
        }
        inserts.append(ms(timer.nsecsElapsed()));
    }
    f->insert = median(inserts);
    return true;
}

// The server through the same Storage::Project as the file (issue 17, part 2): open (connect,
// version and catalog check, LISTEN), the article list, search and an insert through the app's code.
bool measureServer(const QString &conninfo, Figures *f)
{
    return measureFile(conninfo, f);
}

QHash<QString, QString> readState(const QString &path)
{
    QHash<QString, QString> state;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                state.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
    }
    return state;
}

int runCluster(const QString &action, const QString &state)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(u"sh"_s, {QStringLiteral(PARLANCE_SOURCE_DIR "/tests/support/pgcluster.sh"), action, state, u"bench"_s});
    p.waitForFinished(120000);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--articles" && i + 1 < args.size())
            o.articles = args[++i].toInt();
        else if (a == u"--words" && i + 1 < args.size())
            o.words = args[++i].toInt();
        else if (a == u"--annotations" && i + 1 < args.size())
            o.annotations = args[++i].toLongLong();
        else if (a == u"--dir" && i + 1 < args.size())
            o.dir = args[++i];
        else if (a == u"--reuse")
            o.reuse = true;
        else {
            std::fprintf(stderr, "usage: bench_postgres [--articles N] [--words N] [--annotations N] [--dir DIR] [--reuse]\n");
            return 2;
        }
    }
    if (o.articles < 1 || o.words < 50) {
        std::fprintf(stderr, "bench_postgres: need at least 1 article of 50 words\n");
        return 2;
    }
    QTemporaryDir temporary;
    const QString dir = o.dir.isEmpty() ? temporary.path() : o.dir;
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(u"bench.parlance"_s);
    std::printf("bench_postgres: %d articles x %d words, %lld annotations, in %s\n", o.articles, o.words,
                static_cast<long long>(o.annotations), qPrintable(dir));
    std::fflush(stdout);
    if (!(o.reuse && QFile::exists(file)) && !generate(o, file))
        return 1;

    const QString state = QDir(dir).filePath(u"pgcluster.env"_s);
    if (runCluster(u"start"_s, state) != 0)
        return 1;
    const QHash<QString, QString> cluster = readState(state);
    if (cluster.contains(u"PARLANCE_PG_UNAVAILABLE"_s)) {
        std::printf("skipped: %s\n", qPrintable(cluster.value(u"PARLANCE_PG_UNAVAILABLE"_s)));
        runCluster(u"stop"_s, state);
        return 0;
    }
    int status = 1;
    [&] {
        const QString admin = cluster.value(u"PARLANCE_PG_CONNINFO"_s);
        Connection c;
        if (!c.open(admin)
            || !c.run("CREATE ROLE bench_owner LOGIN; CREATE ROLE parlance_coder NOLOGIN; CREATE ROLE parlance_curator NOLOGIN; "
                      "CREATE ROLE bench_coder LOGIN IN ROLE parlance_coder")
            || !c.run("CREATE DATABASE desk OWNER bench_owner")) {
            std::fprintf(stderr, "%s\n", qPrintable(c.errorMessage()));
            return;
        }
        const QString desk = admin.section(u' ', 0, 0) + u" dbname=desk user="_s;
        Connection owner;
        if (!owner.open(desk + u"bench_owner"_s)) {
            std::fprintf(stderr, "%s\n", qPrintable(owner.errorMessage()));
            return;
        }
        QElapsedTimer timer;
        timer.start();
        QString error;
        Transfer::RowCounts counts;
        if (!Transfer::push(file, owner, {}, &error, &counts)) {
            std::fprintf(stderr, "push: %s\n", qPrintable(error));
            return;
        }
        qint64 rows = 0;
        for (const auto &[table, n] : counts)
            rows += n;
        std::printf("server: push (COPY of %lld rows, tsvector and GIN indexes built on the way) in %.1f s\n",
                    static_cast<long long>(rows), timer.elapsed() / 1000.0);
        for (const Schema::Table &t : Schema::tables())
            owner.run("ANALYZE " + owner.quoteIdentifier(t.name));
        std::fflush(stdout);

        Figures server, local;
        if (!measureServer(desk + u"bench_coder"_s, &server) || !measureFile(file, &local))
            return;
        std::printf("\n%-44s %12s %12s\n", "", "file", "PostgreSQL");
        std::printf("%-44s %9.1f ms %9.1f ms\n", "open (file: with its checks; server: connect + schema check)", local.open, server.open);
        std::printf("%-44s %9.1f ms %9.1f ms   (%lld / %lld articles)\n", "list articles", local.list, server.list,
                    static_cast<long long>(local.articles), static_cast<long long>(server.articles));
        std::printf("%-44s %9.1f ms %9.1f ms   (%lld / %lld hits for \"%s\")\n", "full-text search, first 50 with snippets", local.search,
                    server.search, static_cast<long long>(local.hits), static_cast<long long>(server.hits), qPrintable(searchWords()));
        std::printf("%-44s %9.2f ms %9.2f ms   (median of 200; durable)\n", "one annotation insert", local.insert, server.insert);
        status = 0;
    }();
    runCluster(u"stop"_s, state);
    std::fflush(stdout);
    return status;
}
