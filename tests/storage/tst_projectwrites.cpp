// SPDX-License-Identifier: GPL-2.0-or-later
// Project's write primitives: one write path (a transaction each, or one for several with
// atomically()), signals only after the commit, a second connection for a worker thread.
#include "projectfixture.h"
#include "storage/projectwriter.h"
#include "projectstate.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QThread>

using namespace Parlance;
using namespace Parlance::Test;
using namespace Qt::StringLiterals;

class TestProjectWrites final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void atomicallyWritesAllOrNothing()
    {
        ProjectFixture f;
        QVERIFY(f.open() && f.fill());
        const QStringList before = projectState(f.path());
        QSignalSpy articles(f.project.get(), &Storage::Project::articlesChanged);
        QSignalSpy actors(f.project.get(), &Storage::Project::actorsChanged);
        QSignalSpy added(f.project.get(), &Storage::Project::annotationAdded);

        // Three primitives, then the caller gives up: nothing of them stays, and nobody was told.
        Storage::Error error;
        QVERIFY(!Storage::ProjectWriter(*f.project).atomically([&](Storage::Error *e) {
            Model::Article article;
            article.text = u"A third report.\n\nThe envoy said nothing."_s;
            Model::Actor envoy{0, u"The envoy"_s, Model::ActorType::Person, {}, {}};
            if (!Storage::ProjectWriter(*f.project).addArticle(article, e) || !Storage::ProjectWriter(*f.project).addActor(envoy, e))
                return false;
            Model::Annotation a = annotationOf(article.id, {4, 9}, Model::AnnotationKind::ActorMention, envoy.id);
            return Storage::ProjectWriter(*f.project).addAnnotation(a, e) && false;
        }, &error));
        QCOMPARE(projectState(f.path()), before);
        QCOMPARE(articles.count() + actors.count() + added.count(), 0);

        // The same, kept: every signal comes after the commit, when each row can be read back.
        int rowsSeenBySlots = 0;
        connect(f.project.get(), &Storage::Project::annotationAdded, this, [&](const Model::Annotation &a) {
            rowsSeenBySlots += f.project->annotation(a.id) && f.project->actor(a.actorId) ? 1 : 0;
        });
        qint64 articleId = 0;
        QVERIFY2(Storage::ProjectWriter(*f.project).atomically([&](Storage::Error *e) {
            Model::Article article;
            article.text = u"A third report.\n\nThe envoy said nothing."_s;
            Model::Actor envoy{0, u"The envoy"_s, Model::ActorType::Person, {}, {}};
            if (!Storage::ProjectWriter(*f.project).addArticle(article, e) || !Storage::ProjectWriter(*f.project).addActor(envoy, e))
                return false;
            articleId = article.id;
            Model::Annotation a = annotationOf(article.id, {17, 26}, Model::AnnotationKind::ActorMention, envoy.id);
            const bool ok = Storage::ProjectWriter(*f.project).addAnnotation(a, e);
            // Nothing is announced before the commit.
            return ok && added.isEmpty() && articles.isEmpty();
        }, &error), qPrintable(error.message()));
        QCOMPARE(articles.count(), 1);
        QCOMPARE(actors.count(), 1);
        QCOMPARE(added.count(), 1);
        QCOMPARE(rowsSeenBySlots, 1);
        QCOMPARE(f.project->annotations(articleId).size(), 1);
        QCOMPARE(f.project->articles().size(), 3);
    }

    void aFailedPrimitiveInsideUndoesOnlyItself()
    {
        ProjectFixture f;
        QVERIFY(f.open() && f.fill());
        Storage::Error error;
        Storage::Error inner;
        QVERIFY(Storage::ProjectWriter(*f.project).atomically([&](Storage::Error *e) {
            Model::Annotation outside = annotationOf(f.first, {0, 100000}, Model::AnnotationKind::Quote);
            if (Storage::ProjectWriter(*f.project).addAnnotation(outside, &inner))
                return false;
            Model::Annotation fine = annotationOf(f.first, spanOf(firstText(), u"Lena Brandt"_s), Model::AnnotationKind::Quote);
            return Storage::ProjectWriter(*f.project).addAnnotation(fine, e);
        }, &error));
        QCOMPARE(inner.code, Storage::Error::Invalid);
        QCOMPARE(f.project->annotations(f.first).size(), 1);
        QCOMPARE(f.project->annotations(f.first).first().exact, u"Lena Brandt"_s);
    }

    void readOnlyProjectRefusesEveryWrite()
    {
        ProjectFixture f;
        QVERIFY(f.open() && f.fill());
        f.project.reset();
        Storage::Error error;
        auto project = Storage::Project::open(f.path(), {.readOnly = true, .createIfMissing = false}, &error);
        QVERIFY(project);
        const QStringList before = projectState(f.path());
        bool called = false;
        QVERIFY(!Storage::ProjectWriter(*project).atomically([&](Storage::Error *) { return called = true; }, &error));
        QVERIFY(!called);
        QCOMPARE(error.code, Storage::Error::ReadOnly);
        QVERIFY(!project->openWorkerConnection(&error));
        QCOMPARE(error.code, Storage::Error::ReadOnly);
        Model::Actor actor{0, u"Someone"_s, Model::ActorType::Person, {}, {}};
        QVERIFY(!Storage::ProjectWriter(*project).addActor(actor, &error));
        QCOMPARE(projectState(f.path()), before);
    }

    void workerConnectionWritesWhileTheFirstReads()
    {
        ProjectFixture f;
        QVERIFY(f.open() && f.fill());
        Storage::Error error;
        std::unique_ptr<Storage::Project> worker = f.project->openWorkerConnection(&error);
        QVERIFY2(worker, qPrintable(error.message()));
        qint64 added = 0;
        std::unique_ptr<QThread> thread(QThread::create([&] {
            Model::Article article;
            article.title = u"From the worker"_s;
            article.text = u"From the worker\n\nWritten on another thread."_s;
            if (Storage::ProjectWriter(*worker).atomically([&](Storage::Error *e) { return Storage::ProjectWriter(*worker).addArticle(article, e); }, &error))
                added = article.id;
        }));
        worker->moveToThread(thread.get());
        thread->start();
        QVERIFY(thread->wait(10000));
        QVERIFY2(added > 0, qPrintable(error.message()));
        // The first connection reads it at once; its models hear of it when told.
        QVERIFY(f.project->article(added));
        QSignalSpy articles(f.project.get(), &Storage::Project::articlesChanged);
        QSignalSpy suggestions(f.project.get(), &Storage::Project::suggestionsReplaced);
        f.project->announceWrittenElsewhere({added});
        QCOMPARE(articles.count(), 1);
        QCOMPARE(suggestions.count(), 1);
        QCOMPARE(suggestions.first().first().toLongLong(), added);
        worker.reset();
        // The first connection still writes, and closes the file cleanly.
        Model::Annotation a = annotationOf(added, {0, 4}, Model::AnnotationKind::Quote);
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(a, &error));
        f.project.reset();
        QVERIFY(!QFileInfo::exists(f.path() + u"-wal"_s));
        QVERIFY(f.open(false));
        QCOMPARE(f.project->annotations(added).size(), 1);
    }

    void countsMentionsInSqlite()
    {
        ProjectFixture f;
        QVERIFY(f.open() && f.fill());
        const qint64 brandt = Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person);
        const qint64 varga = Storage::ProjectWriter(*f.project).actorIdFor(u"Tomas Varga"_s, Model::ActorType::Person);
        Model::Annotation quote = annotationOf(f.first, spanOf(firstText(), u"We are ready"_s), Model::AnnotationKind::Quote, brandt);
        quote.addresseeId = varga;
        Model::Annotation self = annotationOf(f.first, spanOf(firstText(), u"Lena Brandt"_s), Model::AnnotationKind::ActorMention, brandt);
        self.addresseeId = brandt; // counted once
        Model::Annotation rejected = annotationOf(f.second, spanOf(secondText(), u"Lena Brandt"_s), Model::AnnotationKind::ActorMention,
                                                  brandt, Model::Origin::Rejected);
        Model::Annotation other = annotationOf(f.second, spanOf(secondText(), u"Tomas Varga"_s), Model::AnnotationKind::ActorMention, varga);
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(quote) && Storage::ProjectWriter(*f.project).addAnnotation(self) && Storage::ProjectWriter(*f.project).addAnnotation(rejected)
                && Storage::ProjectWriter(*f.project).addAnnotation(other));
        const auto all = f.project->actorMentions();
        QCOMPARE(all.value(f.first).value(brandt), 2);
        QCOMPARE(all.value(f.first).value(varga), 1);
        QCOMPARE(all.value(f.second).value(brandt), 0);
        QCOMPARE(all.value(f.second).value(varga), 1);
        QCOMPARE(f.project->actorMentions(f.second), (QHash<qint64, QHash<qint64, int>>{{f.second, {{varga, 1}}}}));
        QCOMPARE(f.project->actorIdForName(u"lena  BRANDT"_s), brandt);
        QCOMPARE(f.project->actorIdForName(u"Nobody"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestProjectWrites)
#include "tst_projectwrites.moc"
