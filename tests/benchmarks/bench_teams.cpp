// SPDX-License-Identifier: GPL-2.0-or-later
// bench_teams: a class coding one corpus (default 30 coders, 50 articles of ~800 words, 30 marks
// per coder and article): distribute, read the coded copies, merge them, write the merge, and
// compute and render the agreement report; prints the time of each step.
//
//   bench_teams [--coders N] [--articles N] [--words N] [--marks N]
#include "agreement/agreementreport.h"
#include "agreement/studyloader.h"
#include "storage/identity.h"
#include "storage/projectsnapshot.h"
#include "teams/distribution.h"
#include "teams/projectmerge.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

struct Options {
    int coders = 30;
    int articles = 50;
    int words = 800;
    int marks = 30;
};

void report(const char *what, const QElapsedTimer &timer)
{
    std::printf("%-44s %8.0f ms\n", what, double(timer.nsecsElapsed()) / 1e6);
    std::fflush(stdout);
}

QString text(QRandomGenerator &random, int words)
{
    static const char *syllables[] = {"ka", "lo", "min", "ter", "sa", "vi", "dor", "ne", "ral", "po", "gu", "es"};
    QString t;
    for (int w = 0; w < words; ++w) {
        const int n = 1 + int(random.bounded(3));
        for (int i = 0; i < n; ++i)
            t += QString::fromLatin1(syllables[random.bounded(12)]);
        t += (w % 15 == 14) ? u". "_s : u" "_s;
    }
    return t;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const int value = args[i + 1].toInt();
        if (args[i] == u"--coders")
            o.coders = value;
        else if (args[i] == u"--articles")
            o.articles = value;
        else if (args[i] == u"--words")
            o.words = value;
        else if (args[i] == u"--marks")
            o.marks = value;
    }
    std::printf("bench_teams: %d coders, %d articles of %d words, %d marks per coder and article\n", o.coders, o.articles, o.words,
                o.marks);
    QTemporaryDir dir;
    QRandomGenerator random(16);

    // The master, with its actors.
    Storage::ProjectSnapshot master;
    for (int a = 0; a < o.articles; ++a) {
        Model::Article article;
        article.title = u"Article %1"_s.arg(a + 1);
        article.text = text(random, o.words);
        article.contentHash = Model::Article::hashText(article.text);
        article.importedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::UTC).addSecs(a);
        article.uuid = Storage::Identity::newUuid();
        master.articles.append(article);
    }
    for (int a = 0; a < 40; ++a) {
        Storage::SnapshotActor actor;
        actor.actor.canonicalName = u"Actor %1"_s.arg(a);
        actor.actor.uuid = Storage::Identity::newUuid();
        master.actors.append(actor);
    }
    QStringList coders;
    for (int c = 0; c < o.coders; ++c)
        coders.append(u"coder%1"_s.arg(c + 1, 2, 10, QLatin1Char('0')));

    QElapsedTimer t;
    t.start();
    QList<Teams::CoderCopy> copies = Teams::distributeProject(master, coders, Teams::Suggestions::Keep);
    report("distribute (in memory)", t);

    // Each coder marks the same candidate stretches, with some noise in bounds and labels.
    const QList<Model::CommitmentType> types = Model::allCommitmentTypes();
    for (int c = 0; c < o.coders; ++c) {
        QRandomGenerator coderRandom(quint32(1000 + c));
        for (int a = 0; a < o.articles; ++a) {
            const Model::Article &article = master.articles[a];
            QRandomGenerator candidates{quint32(a)}; // the same candidates for every coder
            for (int m = 0; m < o.marks; ++m) {
                const int start = int(candidates.bounded(article.text.size() - 80));
                const int length = 10 + int(candidates.bounded(60));
                const int kind = int(candidates.bounded(4));
                if (coderRandom.bounded(10) < 2)
                    continue;
                Storage::SnapshotAnnotation e;
                Model::Annotation &x = e.annotation;
                x.span = {start, start + length - (coderRandom.bounded(10) == 0 ? 3 : 0)};
                x.exact = x.span.textIn(article.text).toString();
                x.kind = Model::AnnotationKind(kind);
                x.origin = Model::Origin::Manual;
                x.coder = coders[c];
                x.commitmentType = types[(m + (coderRandom.bounded(10) == 0 ? 1 : 0)) % types.size()];
                x.strength = coderRandom.bounded(2) ? 0.8 : 0.6;
                x.created = x.modified = QDateTime::currentDateTimeUtc();
                x.uuid = Storage::Identity::newUuid();
                e.articleUuid = article.uuid;
                e.actorUuid = master.actors[(m + (coderRandom.bounded(8) == 0 ? 1 : 0)) % master.actors.size()].actor.uuid;
                copies[c].project.annotations.append(e);
            }
        }
    }
    QStringList files;
    t.restart();
    for (int c = 0; c < o.coders; ++c) {
        files.append(dir.filePath(Teams::copyFileName(u"study"_s, coders[c])));
        Storage::Error error;
        if (!copies[c].project.write(files.last(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return 1;
        }
    }
    report("write the coded copies", t);

    t.restart();
    QList<Teams::MergeInput> inputs;
    for (const QString &file : std::as_const(files)) {
        Storage::Error error;
        inputs.append({file, *Storage::ProjectSnapshot::readFile(file, &error)});
    }
    report("read the copies", t);
    t.restart();
    const Teams::MergeResult merged = Teams::mergeProjects(inputs);
    report("merge (in memory)", t);
    t.restart();
    const QString out = dir.filePath(u"merged.parlance"_s);
    Storage::Error error;
    if (!merged.project || !merged.project->write(out, &error)) {
        std::fprintf(stderr, "merge failed: %s %s\n", qPrintable(merged.error), qPrintable(error.message()));
        return 1;
    }
    report("write the merge", t);
    std::printf("merged: %lld annotations, %lld conflicts\n", qlonglong(merged.project->annotations.size()), qlonglong(merged.conflicts.size()));

    t.restart();
    QTemporaryDir scratch;
    const auto project = Storage::openWithoutChanging(out, scratch, &error);
    const Agreement::StudyData data = Agreement::loadStudy(*project);
    report("open the merge and load the study", t);
    t.restart();
    const Agreement::AgreementResult result = Agreement::computeAgreement(data, {});
    report("agreement (all kinds, all coder pairs)", t);
    t.restart();
    const Agreement::AgreementReport r(result, u"bench"_s);
    const QByteArray html = r.toHtml().toUtf8();
    report("HTML report", t);
    std::printf("report: %lld rows, %lld coder pairs, %lld disagreements, %.1f MB of HTML\n", qlonglong(result.rows.size()),
                qlonglong(result.pairs.size()), qlonglong(result.disagreements.size()), html.size() / 1e6);
    return 0;
}
