// SPDX-License-Identifier: GPL-2.0-or-later
// Merging projects: the union by UUID; the newer of two versions wins and the conflict is recorded;
// the same text or the same actor name is one article or actor; merging twice or in another order
// gives the same project; a UUID with two different texts is refused, naming both files; an
// annotation whose offsets moved follows its quote, and one whose quote is gone stays out.

#include "snapshotdump.h"
#include "storage/projectwriter.h"
#include "storage/identity.h"
#include "teams/distribution.h"
#include "teams/projectmerge.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Storage::ProjectSnapshot;
using Teams::MergeInput;

namespace {

const QString text = u"Moscow said it would withdraw its troops. Kyiv demanded guarantees before any talks."_s;

Model::Span spanOf(const QString &part, const QString &in = text)
{
    const int at = int(in.indexOf(part));
    return {at, at + int(part.size())};
}

Model::Annotation annotation(const QString &part, const QString &coder, Model::CommitmentType type = Model::CommitmentType::Promise)
{
    Model::Annotation a;
    a.articleId = 0;
    a.span = spanOf(part);
    a.kind = Model::AnnotationKind::Commitment;
    a.commitmentType = type;
    a.coder = coder;
    return a;
}

QStringList dump(const Teams::MergeResult &r)
{
    return r.project ? Test::dumpSnapshot(*r.project) : QStringList{u"refused: "_s + r.error};
}

} // namespace

class TestProjectMerge final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A master: one article, one actor, a codebook category.
    ProjectSnapshot master()
    {
        auto p = Storage::Project::open(m_dir.filePath(u"m%1.parlance"_s.arg(++m_counter)), {.readOnly = false, .createIfMissing = true}, nullptr);
        Model::Article article;
        article.title = u"Talks"_s;
        article.text = text;
        article.importedAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::UTC);
        Storage::ProjectWriter(*p).addArticle(article);
        Model::Actor russia{0, u"Russia"_s, Model::ActorType::State, QString(), {u"Moscow"_s}};
        Storage::ProjectWriter(*p).addActor(russia);
        Model::CodebookCategory c{0, u"Hedging"_s, QColor(Qt::red), u"1"_s, QString()};
        Storage::ProjectWriter(*p).addCategory(c);
        return ProjectSnapshot::read(*p);
    }

    // Opens a snapshot as a project, lets `change` edit it through the ordinary API, reads it back.
    template<typename Change>
    ProjectSnapshot edited(const ProjectSnapshot &snapshot, Change change)
    {
        const QString path = m_dir.filePath(u"e%1.parlance"_s.arg(++m_counter));
        Storage::Error error;
        if (!snapshot.write(path, &error))
            qFatal("%s", qPrintable(error.message()));
        auto p = Storage::Project::open(path, {}, &error);
        change(*p, p->articles().first().id);
        return ProjectSnapshot::read(*p);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void unionOfCodersWork()
    {
        const ProjectSnapshot m = master();
        const QList<Teams::CoderCopy> copies = Teams::distributeProject(m, {u"ann"_s, u"bo"_s}, Teams::Suggestions::Drop);
        const ProjectSnapshot a = edited(copies[0].project, [](Storage::Project &p, qint64 article) {
            Model::Annotation x = annotation(u"it would withdraw its troops"_s, u"ann"_s);
            x.articleId = article;
            x.actorId = Storage::ProjectWriter(p).actorIdFor(u"Moscow"_s, Model::ActorType::State);
            QVERIFY(Storage::ProjectWriter(p).addAnnotation(x));
        });
        const ProjectSnapshot b = edited(copies[1].project, [](Storage::Project &p, qint64 article) {
            Model::Annotation x = annotation(u"it would withdraw its troops"_s, u"bo"_s, Model::CommitmentType::Plan);
            x.articleId = article;
            x.actorId = Storage::ProjectWriter(p).actorIdFor(u"Russia"_s, Model::ActorType::State);
            QVERIFY(Storage::ProjectWriter(p).addAnnotation(x));
            QVERIFY(Storage::ProjectWriter(p).actorIdFor(u"Kyiv"_s, Model::ActorType::State) > 0);
        });
        const Teams::MergeResult r = Teams::mergeProjects({{u"a.parlance"_s, a}, {u"b.parlance"_s, b}});
        QVERIFY2(r.project, qPrintable(r.error));
        QCOMPARE(r.project->articles.size(), 1);
        QCOMPARE(r.project->annotations.size(), 2);
        QCOMPARE(r.project->actors.size(), 2); // Russia (shared uuid) and Kyiv (bo's)
        QVERIFY(r.conflicts.isEmpty());
        for (const Storage::SnapshotAnnotation &e : r.project->annotations)
            QCOMPARE(e.actorUuid, m.actors.first().actor.uuid); // both held by the master's Russia
        QCOMPARE(r.project->coders.size(), 2);
    }

    void newerVersionWinsAndTheConflictIsRecorded()
    {
        ProjectSnapshot m = master();
        // An annotation every copy has (made in the master, so under one uuid).
        m = edited(m, [](Storage::Project &p, qint64 article) {
            Model::Annotation x = annotation(u"demanded guarantees"_s, u"lead"_s, Model::CommitmentType::Demand);
            x.articleId = article;
            QVERIFY(Storage::ProjectWriter(p).addAnnotation(x));
        });
        auto retype = [](Model::CommitmentType type, const QString &note) {
            return [type, note](Storage::Project &p, qint64 article) {
                Model::Annotation x = p.annotations(article).first();
                x.commitmentType = type;
                x.note = note;
                QTest::qWait(5); // a later modification time
                QVERIFY(Storage::ProjectWriter(p).updateAnnotation(x));
            };
        };
        const ProjectSnapshot older = edited(m, retype(Model::CommitmentType::Offer, u"first"_s));
        const ProjectSnapshot newer = edited(m, retype(Model::CommitmentType::Refusal, u"second"_s));
        const Teams::MergeResult r = Teams::mergeProjects({{u"older.parlance"_s, older}, {u"newer.parlance"_s, newer}});
        QVERIFY2(r.project, qPrintable(r.error));
        QCOMPARE(r.project->annotations.size(), 1);
        QCOMPARE(r.project->annotations.first().annotation.commitmentType, Model::CommitmentType::Refusal);
        QCOMPARE(r.project->annotations.first().annotation.note, u"second"_s);
        QCOMPARE(r.conflicts.size(), 2); // type and note
        for (const Teams::ReportedConflict &c : r.conflicts) {
            QCOMPARE(c.keptFrom, QStringList{u"newer.parlance"_s});
            QCOMPARE(c.lostFrom, QStringList{u"older.parlance"_s});
            QVERIFY(c.conflict.keptModified > c.conflict.lostModified);
        }
        QCOMPARE(r.project->conflicts.size(), 2); // recorded in the project
        QCOMPARE(r.project->conflicts.first().entity, u"annotation"_s);

        // Idempotent and order-independent, conflicts included.
        const Teams::MergeResult swapped = Teams::mergeProjects({{u"newer.parlance"_s, newer}, {u"older.parlance"_s, older}});
        QCOMPARE(dump(swapped), dump(r));
        const Teams::MergeResult twice = Teams::mergeProjects({{u"merged.parlance"_s, *r.project}, {u"older.parlance"_s, older}});
        QCOMPARE(dump(twice), dump(r));
        const Teams::MergeResult self = Teams::mergeProjects({{u"merged.parlance"_s, *r.project}, {u"merged.parlance"_s, *r.project}});
        QCOMPARE(dump(self), dump(r));
        QVERIFY(twice.conflicts.size() == 2); // reported again, recorded once
    }

    void actorsMatchByUuidThenByName()
    {
        const ProjectSnapshot m = master();
        // Two coders make the same new actor independently (two uuids), and one renames the shared one.
        const ProjectSnapshot a = edited(m, [](Storage::Project &p, qint64) {
            QVERIFY(Storage::ProjectWriter(p).actorIdFor(u"Sergei Lavrov"_s, Model::ActorType::Person) > 0);
            Model::Actor russia = *p.actor(Storage::ProjectWriter(p).actorIdFor(u"Russia"_s, Model::ActorType::State));
            russia.canonicalName = u"Russian Federation"_s;
            QTest::qWait(5);
            QVERIFY(Storage::ProjectWriter(p).updateActor(russia));
        });
        const ProjectSnapshot b = edited(m, [](Storage::Project &p, qint64) {
            QVERIFY(Storage::ProjectWriter(p).actorIdFor(u"sergei  LAVROV"_s, Model::ActorType::Person) > 0);
        });
        const Teams::MergeResult r = Teams::mergeProjects({{u"a"_s, a}, {u"b"_s, b}});
        QVERIFY2(r.project, qPrintable(r.error));
        QCOMPARE(r.project->actors.size(), 2);
        const auto russia = std::find_if(r.project->actors.cbegin(), r.project->actors.cend(),
                                         [&](const Storage::SnapshotActor &x) { return x.actor.uuid == m.actors.first().actor.uuid; });
        QVERIFY(russia != r.project->actors.cend());
        QCOMPARE(russia->actor.canonicalName, u"Russian Federation"_s);
        QVERIFY(russia->actor.isKnownAs(u"Russia"_s)); // the losing name is an alias
        QVERIFY(russia->actor.isKnownAs(u"Moscow"_s));
        QCOMPARE(r.folded.size(), 1); // one Lavrov folded into the other
        QCOMPARE(r.folded.first().entity, u"actor"_s);
        QCOMPARE(r.project->mergedIdentities.size(), 1);
        QCOMPARE(dump(Teams::mergeProjects({{u"b"_s, b}, {u"a"_s, a}})), dump(r));
        QCOMPARE(dump(Teams::mergeProjects({{u"m"_s, *r.project}, {u"b"_s, b}, {u"a"_s, a}})), dump(r));
    }

    void theSameTextIsOneArticle()
    {
        ProjectSnapshot one = master();
        ProjectSnapshot two = master(); // the same text imported separately: another uuid
        QVERIFY(one.articles.first().uuid != two.articles.first().uuid);
        two = edited(two, [](Storage::Project &p, qint64 article) {
            Model::Annotation x = annotation(u"demanded guarantees"_s, u"bo"_s, Model::CommitmentType::Demand);
            x.articleId = article;
            QVERIFY(Storage::ProjectWriter(p).addAnnotation(x));
        });
        const Teams::MergeResult r = Teams::mergeProjects({{u"one"_s, one}, {u"two"_s, two}});
        QVERIFY2(r.project, qPrintable(r.error));
        QCOMPARE(r.project->articles.size(), 1);
        QCOMPARE(r.project->annotations.size(), 1);
        QCOMPARE(r.project->annotations.first().articleUuid, r.project->articles.first().uuid);
        QCOMPARE(r.project->actors.size(), 1);     // both "Russia"
        QCOMPARE(r.project->categories.size(), 1); // both "Hedging"
    }

    void aUuidWithTwoTextsIsRefused()
    {
        const ProjectSnapshot a = master();
        ProjectSnapshot b = a;
        b.articles.first().text = text + u" An added sentence."_s;
        b.articles.first().contentHash = Model::Article::hashText(b.articles.first().text);
        const Teams::MergeResult r = Teams::mergeProjects({{u"first.parlance"_s, a}, {u"second.parlance"_s, b}});
        QVERIFY(!r.project);
        QVERIFY2(r.error.contains(u"first.parlance"_s) && r.error.contains(u"second.parlance"_s), qPrintable(r.error));
        QVERIFY(r.error.contains(a.articles.first().uuid));
    }

    void annotationsFollowTheirQuoteOrStayOut()
    {
        ProjectSnapshot m = edited(master(), [](Storage::Project &p, qint64 article) {
            Model::Annotation x = annotation(u"demanded guarantees"_s, u"ann"_s, Model::CommitmentType::Demand);
            x.articleId = article;
            QVERIFY(Storage::ProjectWriter(p).addAnnotation(x));
            Model::Annotation y = annotation(u"would withdraw"_s, u"ann"_s);
            y.articleId = article;
            QVERIFY(Storage::ProjectWriter(p).addAnnotation(y));
        });
        // Offsets that drifted (e.g. written by another tool): one quote still in the text, one not.
        for (Storage::SnapshotAnnotation &e : m.annotations) {
            if (e.annotation.exact == u"demanded guarantees"_s) {
                e.annotation.span = {e.annotation.span.start - 3, e.annotation.span.end - 3};
            } else {
                e.annotation.exact = u"would never withdraw"_s;
                e.annotation.prefix.clear();
                e.annotation.suffix.clear();
            }
        }
        const Teams::MergeResult r = Teams::mergeProjects({{u"drifted.parlance"_s, m}});
        QVERIFY2(r.project, qPrintable(r.error));
        QCOMPARE(r.reanchored, 1);
        QCOMPARE(r.project->annotations.size(), 1);
        QCOMPARE(r.project->annotations.first().annotation.span, spanOf(u"demanded guarantees"_s));
        QCOMPARE(r.unanchored.size(), 1);
        QCOMPARE(r.unanchored.first().exact, u"would never withdraw"_s);
        QCOMPARE(r.unanchored.first().from, QStringList{u"drifted.parlance"_s});
    }

    void confirmedThreadsSurviveTheMerge()
    {
        const ProjectSnapshot m = edited(master(), [](Storage::Project &p, qint64 article) {
            for (const QString &part : {u"would withdraw its troops"_s, u"demanded guarantees"_s}) {
                Model::Annotation x = annotation(part, u"lead"_s);
                x.articleId = article;
                QVERIFY(Storage::ProjectWriter(p).addAnnotation(x));
            }
        });
        auto thread = [](const QString &label, int members) {
            return [label, members](Storage::Project &p, qint64 article) {
                QList<qint64> ids;
                for (const Model::Annotation &a : p.annotations(article))
                    ids.append(a.id);
                std::sort(ids.begin(), ids.end());
                Storage::CommitmentThreadRecord record;
                record.commitmentIds = ids.mid(ids.size() - members); // the last `members` made
                record.label = label;
                QTest::qWait(5); // a later modification time, set as the thread commands set it
                record.modified = QDateTime::currentDateTimeUtc();
                QList<Storage::CommitmentThreadRecord> write{record};
                QVERIFY(Storage::ProjectWriter(p).changeCommitmentThreads({}, write));
            };
        };
        const ProjectSnapshot a = edited(m, thread(u"both"_s, 2));
        const ProjectSnapshot b = edited(m, thread(u"the demand"_s, 1)); // changed later: keeps its commitment
        QCOMPARE(a.commitmentThreads.size(), 1);
        QCOMPARE(a.commitmentThreads.first().annotationUuids.size(), 2);

        const Teams::MergeResult ab = Teams::mergeProjects({{u"a.parlance"_s, a}, {u"b.parlance"_s, b}});
        QVERIFY2(ab.project, qPrintable(ab.error));
        QCOMPARE(ab.project->commitmentThreads.size(), 2);
        QString demand, withdrawal;
        for (const Storage::SnapshotAnnotation &e : ab.project->annotations)
            (e.annotation.exact == u"demanded guarantees"_s ? demand : withdrawal) = e.annotation.uuid;
        for (const Storage::SnapshotThread &t : ab.project->commitmentThreads)
            QCOMPARE(t.annotationUuids, QStringList{t.label == u"the demand"_s ? demand : withdrawal});

        // In another order, again, and through a file: the same.
        QCOMPARE(dump(Teams::mergeProjects({{u"b.parlance"_s, b}, {u"a.parlance"_s, a}})), dump(ab));
        QCOMPARE(dump(Teams::mergeProjects({{u"ab.parlance"_s, *ab.project}, {u"a.parlance"_s, a}})), dump(ab));
        const QString path = m_dir.filePath(u"threads.parlance"_s);
        Storage::Error error;
        QVERIFY2(ab.project->write(path, &error), qPrintable(error.message()));
        QCOMPARE(Test::dumpSnapshot(*ProjectSnapshot::readFile(path, &error)), dump(ab));
    }

    void blindCopies()
    {
        ProjectSnapshot m = edited(master(), [](Storage::Project &p, qint64 article) {
            Model::Annotation s = annotation(u"demanded guarantees"_s, QString(), Model::CommitmentType::Demand);
            s.articleId = article;
            s.origin = Model::Origin::Suggested;
            QVERIFY(Storage::ProjectWriter(p).addAnnotation(s));
            Model::Annotation lead = annotation(u"would withdraw"_s, u"lead"_s);
            lead.articleId = article;
            QVERIFY(Storage::ProjectWriter(p).addAnnotation(lead));
            Model::Annotation own = annotation(u"withdraw its troops"_s, u"bo"_s);
            own.articleId = article;
            QVERIFY(Storage::ProjectWriter(p).addAnnotation(own));
        });
        const QList<Teams::CoderCopy> keep = Teams::distributeProject(m, {u"ann"_s, u"bo"_s}, Teams::Suggestions::Keep);
        QCOMPARE(keep.size(), 2);
        const ProjectSnapshot &ann = keep[0].project;
        QCOMPARE(ann.annotations.size(), 1); // the suggestion, as ann's own; not lead's or bo's work
        QCOMPARE(ann.annotations.first().annotation.coder, u"ann"_s);
        QCOMPARE(ann.annotations.first().annotation.origin, Model::Origin::Suggested);
        const ProjectSnapshot &bo = keep[1].project;
        QCOMPARE(bo.annotations.size(), 2); // the suggestion and bo's own earlier work
        QVERIFY(ann.annotations.first().annotation.uuid != bo.annotations.first().annotation.uuid);
        QCOMPARE(ann.articles.first().uuid, m.articles.first().uuid);
        QCOMPARE(ann.actors.first().actor.uuid, m.actors.first().actor.uuid);
        QCOMPARE(ann.coders, bo.coders); // the whole team, one uuid each
        QVERIFY(std::any_of(ann.settings.cbegin(), ann.settings.cend(),
                            [](const Storage::SnapshotSetting &s) { return s.key == u"coder/current"_s && s.value == u"ann"_s; }));
        // Distributing again gives the same identities.
        const QList<Teams::CoderCopy> again = Teams::distributeProject(m, {u"ann"_s, u"bo"_s}, Teams::Suggestions::Keep);
        QCOMPARE(Test::dumpSnapshot(again[0].project), Test::dumpSnapshot(ann));
        const QList<Teams::CoderCopy> drop = Teams::distributeProject(m, {u"ann"_s}, Teams::Suggestions::Drop);
        QVERIFY(drop[0].project.annotations.isEmpty());
    }

    void fileNamesForCopies()
    {
        QCOMPARE(Teams::copyFileName(u"study"_s, u"Ann Lee"_s), u"study-Ann_Lee.parlance"_s);
        QCOMPARE(Teams::copyFileName(u"study"_s, u"../x"_s), u"study-_.._x.parlance"_s);
        QCOMPARE(Teams::copyFileName(u"study"_s, u"Zoë"_s), u"study-Zoë.parlance"_s);
    }
};

QTEST_GUILESS_MAIN(TestProjectMerge)
#include "tst_projectmerge.moc"
