// SPDX-License-Identifier: GPL-2.0-or-later
// Two Storage::Projects open on one project on the server (two windows, two people): a change made
// through one reaches the other as its usual signal (LISTEN/NOTIFY, the row read again through
// row-level security); two edits of one annotation end with one change and one refusal; a coder
// cannot change another's annotation through the app, and is told so.

#include "cli/commandline.h"
#include "storage/project.h"
#include "storage/projectwriter.h"
#include "testbackend.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

const QString text = u"The minister said on Monday that talks would resume in Geneva next week."_s;

// Generous: the change normally arrives in a few milliseconds (printed); this only keeps a loaded
// machine from failing the test. Speed is measured by bench_postgres, not asserted here.
constexpr int arrivalTimeoutMs = 5000;

} // namespace

class TestProjectLive final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Test::TestBackend m_backend{true};
    int m_counter = 0;

    std::unique_ptr<Storage::Project> open(const QString &target)
    {
        Storage::Error error;
        auto project = Storage::Project::open(target, {}, &error);
        if (!project)
            qWarning("%s", qPrintable(error.message()));
        return project;
    }

    // Waits for `spy` to record a signal; returns how long it took (µs).
    static qint64 arrival(QSignalSpy &spy)
    {
        QElapsedTimer timer;
        timer.start();
        if (spy.isEmpty())
            spy.wait(arrivalTimeoutMs);
        return timer.nsecsElapsed() / 1000;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PARLANCE_BACKEND_REQUIRE(m_backend);
    }

    void changesReachAnotherOpenProject()
    {
        const QString schema = u"live%1"_s.arg(++m_counter);
        const QString alicePath = m_backend.newProject(m_dir, schema);
        auto alice = open(alicePath);
        auto bob = open(m_backend.connectionString(schema, m_backend.desk().bob));
        QVERIFY(alice && bob);

        QSignalSpy articles(bob.get(), &Storage::Project::articlesChanged);
        Model::Article article;
        article.title = u"Talks"_s;
        article.text = text;
        QVERIFY(Storage::ProjectWriter(*alice).addArticle(article));
        qInfo("an article reached the other project in %lld µs", arrival(articles));
        QVERIFY(!articles.isEmpty());
        QCOMPARE(bob->articles().size(), 1);

        QSignalSpy added(bob.get(), &Storage::Project::annotationAdded);
        Model::Annotation a;
        a.articleId = article.id;
        a.span = {4, 12};
        a.note = u"who exactly?"_s;
        QVERIFY(Storage::ProjectWriter(*alice).addAnnotation(a));
        qInfo("an annotation reached the other project in %lld µs", arrival(added));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().value<Model::Annotation>(), a);

        QSignalSpy changed(bob.get(), &Storage::Project::annotationChanged);
        a.note = u"the foreign minister"_s;
        QVERIFY(Storage::ProjectWriter(*alice).updateAnnotation(a));
        qInfo("an edit reached the other project in %lld µs", arrival(changed));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<Model::Annotation>().note, a.note);

        QSignalSpy actors(bob.get(), &Storage::Project::actorsChanged);
        QVERIFY(Storage::ProjectWriter(*alice).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person) != 0);
        arrival(actors);
        QVERIFY(!actors.isEmpty());
        QVERIFY(bob->actorIdForName(u"Lena Brandt"_s) != 0);

        QSignalSpy removed(bob.get(), &Storage::Project::annotationRemoved);
        QVERIFY(Storage::ProjectWriter(*alice).removeAnnotation(a.id));
        arrival(removed);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(0).toLongLong(), a.id);
        QCOMPARE(removed.first().at(1).toLongLong(), article.id);

        // Our own changes are announced once, by the write itself, not again by the server.
        QSignalSpy own(alice.get(), &Storage::Project::annotationAdded);
        Model::Annotation b;
        b.articleId = article.id;
        b.span = {0, 3};
        QVERIFY(Storage::ProjectWriter(*alice).addAnnotation(b));
        QSignalSpy bobSees(bob.get(), &Storage::Project::annotationAdded);
        arrival(bobSees);
        QCoreApplication::processEvents();
        QCOMPARE(own.size(), 1);
    }

    void twoEditsOfOneAnnotationEndWithOneChangeAndOneRefusal()
    {
        const QString schema = u"live%1"_s.arg(++m_counter);
        const QString path = m_backend.newProject(m_dir, schema);
        auto first = open(path); // alice in two windows, or alice and a curator: the same race
        auto second = open(m_backend.connectionString(schema, m_backend.desk().carol));
        QVERIFY(first && second);
        Model::Article article;
        article.text = text;
        QVERIFY(Storage::ProjectWriter(*first).addArticle(article));
        Model::Annotation a;
        a.articleId = article.id;
        a.span = {4, 12};
        QVERIFY(Storage::ProjectWriter(*first).addAnnotation(a));

        // Both read the annotation, then both change it before either hears of the other's change.
        Model::Annotation mine = *first->annotation(a.id);
        Model::Annotation theirs = *second->annotation(a.id);
        mine.note = u"first"_s;
        theirs.note = u"second"_s;
        QVERIFY(Storage::ProjectWriter(*first).updateAnnotation(mine));
        Storage::Error error;
        QVERIFY(!Storage::ProjectWriter(*second).updateAnnotation(theirs, &error));
        QCOMPARE(error.code, Storage::Error::Invalid);
        QVERIFY2(error.message().contains(u"was changed by"_s), qPrintable(error.message()));
        QVERIFY(error.message().contains(u"not saved"_s));
        QCOMPARE(second->annotation(a.id)->note, u"first"_s); // nothing overwritten

        // Having heard of the change (and re-read the row), the second may edit it.
        QSignalSpy changed(second.get(), &Storage::Project::annotationChanged);
        Model::Annotation again = *second->annotation(a.id);
        again.note = u"second, after reading the first"_s;
        QVERIFY(Storage::ProjectWriter(*second).updateAnnotation(again, &error));
        QCOMPARE(first->annotation(a.id)->note, again.note);
    }

    void aCoderCannotChangeAnothersAnnotation()
    {
        const QString schema = u"live%1"_s.arg(++m_counter);
        auto alice = open(m_backend.newProject(m_dir, schema));
        auto bob = open(m_backend.connectionString(schema, m_backend.desk().bob));
        QVERIFY(alice && bob);
        Model::Article article;
        article.text = text;
        QVERIFY(Storage::ProjectWriter(*alice).addArticle(article));
        Model::Annotation a;
        a.articleId = article.id;
        a.span = {4, 12};
        a.note = u"alice's"_s;
        QVERIFY(Storage::ProjectWriter(*alice).addAnnotation(a));
        Model::Annotation seen = *bob->annotation(a.id); // an open project: bob reads it
        seen.note = u"bob's"_s;
        Storage::Error error;
        QVERIFY(!Storage::ProjectWriter(*bob).updateAnnotation(seen, &error));
        QVERIFY2(error.message().contains(u"another coder's"_s), qPrintable(error.message()));
        QVERIFY(!Storage::ProjectWriter(*bob).removeAnnotation(a.id, &error));
        QVERIFY(error.message().contains(u"another coder's"_s));
        QCOMPARE(alice->annotation(a.id)->note, u"alice's"_s);
        QCOMPARE(alice->annotations(article.id).size(), 1);
    }

    void commandLineOpensASharedProject()
    {
        const QString schema = u"live%1"_s.arg(++m_counter);
        const QString path = m_backend.newProject(m_dir, schema);
        {
            auto alice = open(path);
            QVERIFY(alice);
            Model::Article article;
            article.title = u"Talks resume"_s;
            article.text = text;
            QVERIFY(Storage::ProjectWriter(*alice).addArticle(article));
        }
        QString out, err;
        {
            QTextStream o(&out), e(&err);
            QCOMPARE(Cli::run({u"parlance"_s, u"info"_s, path}, {o, e}), 0);
        }
        QVERIFY2(out.contains(u"Talks resume"_s), qPrintable(out + err));
        // A password typed in a URL is used, never repeated.
        out.clear();
        err.clear();
        {
            QTextStream o(&out), e(&err);
            QCOMPARE(Cli::run({u"parlance"_s, u"info"_s, u"postgresql://alice:s3cret@/nowhere?host=/nonexistent-parlance&connect_timeout=2"_s}, {o, e}), 1);
        }
        QVERIFY(!err.isEmpty());
        QVERIFY2(!err.contains(u"s3cret"_s), qPrintable(err));
        QVERIFY2(err.contains(u"postgresql://alice@/nowhere"_s), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestProjectLive)
#include "tst_projectlive.moc"
