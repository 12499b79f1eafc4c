// SPDX-License-Identifier: GPL-2.0-or-later
// The stored commitment threads (schema version 4): written and read back in one transaction each,
// refused whole when wrong, and kept across the removal and restoring of their commitments.

#include "projectfixture.h"
#include "storage/projectwriter.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Parlance;
using namespace Parlance::Test;
using namespace Qt::StringLiterals;
using Storage::CommitmentThreadRecord;

namespace {

// Three commitments and a quote in the fixture's first article, one commitment in the second.
struct ThreadFixture : ProjectFixture {
    QList<qint64> commitments;
    qint64 quote = 0;

    bool make()
    {
        if (!open() || !fill())
            return false;
        const QString &t = firstText();
        for (const QString &words : {u"ready to reopen the border crossings"_s, u"ready to reopen the crossings"_s,
                                     u"would consider the offer"_s}) {
            Model::Annotation a = annotationOf(first, spanOf(t, words), Model::AnnotationKind::Commitment);
            if (!Storage::ProjectWriter(*project).addAnnotation(a))
                return false;
            commitments.append(a.id);
        }
        Model::Annotation later = annotationOf(second, spanOf(secondText(), u"prepared to reopen the crossings"_s),
                                               Model::AnnotationKind::Commitment);
        Model::Annotation q = annotationOf(first, spanOf(t, u"Nothing is agreed"_s), Model::AnnotationKind::Quote);
        if (!Storage::ProjectWriter(*project).addAnnotation(later) || !Storage::ProjectWriter(*project).addAnnotation(q))
            return false;
        commitments.append(later.id);
        quote = q.id;
        return true;
    }
};

QSet<qint64> membersOf(const CommitmentThreadRecord &r)
{
    return {r.commitmentIds.cbegin(), r.commitmentIds.cend()};
}

} // namespace

class TestCommitmentThreads final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PARLANCE_BACKEND_REQUIRE(Test::testBackend());
    }

    void writeReadAndReplace()
    {
        ThreadFixture f;
        QVERIFY(f.make());
        QVERIFY(f.project->commitmentThreads().isEmpty());
        QSignalSpy changed(f.project.get(), &Storage::Project::commitmentThreadsChanged);
        const QDateTime when = QDateTime(QDate(2026, 3, 4), QTime(10, 0), QTimeZone::UTC);
        QList<CommitmentThreadRecord> write{{0, {f.commitments[0], f.commitments[3]}, u"Crossings"_s, u"tester"_s, when},
                                            {0, {f.commitments[2]}, {}, u"tester"_s, when}};
        Storage::Error error;
        QVERIFY2(Storage::ProjectWriter(*f.project).changeCommitmentThreads({}, write, &error), qPrintable(error.message()));
        QCOMPARE(changed.count(), 1);
        QVERIFY(write[0].id > 0 && write[1].id > write[0].id);

        const QList<CommitmentThreadRecord> read = f.project->commitmentThreads();
        QCOMPARE(read.size(), 2);
        QCOMPARE(read[0].id, write[0].id);
        QCOMPARE(membersOf(read[0]), (QSet<qint64>{f.commitments[0], f.commitments[3]}));
        QCOMPARE(read[0].label, u"Crossings"_s);
        QCOMPARE(read[0].coder, u"tester"_s);
        QCOMPARE(read[0].modified, when);
        QCOMPARE(read[1].label, QString());

        // Replace both by one, reusing the first id: one transaction, one signal.
        QList<CommitmentThreadRecord> joined{{write[0].id, {f.commitments[0], f.commitments[2], f.commitments[3]}, u"Crossings"_s, {}, {}}};
        QVERIFY(Storage::ProjectWriter(*f.project).changeCommitmentThreads({write[0].id, write[1].id}, joined, &error));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(f.project->commitmentThreads().size(), 1);
        QCOMPARE(f.project->commitmentThreads().first().id, write[0].id);
        QCOMPARE(f.project->commitmentThreads().first().commitmentIds.size(), 3);

        // Kept in the file.
        const QString path = f.path();
        f.project.reset();
        QVERIFY(f.open(false));
        QCOMPARE(f.project->commitmentThreads().size(), 1);
        QCOMPARE(f.project->schemaVersion(), Storage::Project::currentSchemaVersion());
    }

    void wrongChangesAreRefusedWhole()
    {
        ThreadFixture f;
        QVERIFY(f.make());
        QList<CommitmentThreadRecord> first{{0, {f.commitments[0], f.commitments[1]}, {}, {}, {}}};
        QVERIFY(Storage::ProjectWriter(*f.project).changeCommitmentThreads({}, first));
        const QList<CommitmentThreadRecord> before = f.project->commitmentThreads();
        QSignalSpy changed(f.project.get(), &Storage::Project::commitmentThreadsChanged);

        Storage::Error error;
        // A quote is not a commitment; an unknown id is nothing.
        QList<CommitmentThreadRecord> withQuote{{0, {f.commitments[2], f.quote}, {}, {}, {}}};
        QVERIFY(!Storage::ProjectWriter(*f.project).changeCommitmentThreads({}, withQuote, &error));
        QCOMPARE(error.code, Storage::Error::Invalid);
        QVERIFY(error.message().contains(QString::number(f.quote)));
        QList<CommitmentThreadRecord> unknown{{0, {987654}, {}, {}, {}}};
        QVERIFY(!Storage::ProjectWriter(*f.project).changeCommitmentThreads({}, unknown, &error));
        // A commitment in two threads: the second thread and the removal before it are rolled back.
        QList<CommitmentThreadRecord> twice{{0, {f.commitments[2]}, {}, {}, {}}, {0, {f.commitments[2], f.commitments[3]}, {}, {}, {}}};
        QVERIFY(!Storage::ProjectWriter(*f.project).changeCommitmentThreads({before.first().id}, twice, &error));
        QCOMPARE(error.code, Storage::Error::Invalid);
        QCOMPARE(twice[0].id, 0); // no id handed out for a change that is not in the file
        QList<CommitmentThreadRecord> stolen{{0, {f.commitments[1]}, {}, {}, {}}};
        QVERIFY(!Storage::ProjectWriter(*f.project).changeCommitmentThreads({}, stolen, &error));

        QCOMPARE(f.project->commitmentThreads(), before);
        QCOMPARE(changed.count(), 0);
    }

    void removedCommitmentLeavesAndComesBack()
    {
        ThreadFixture f;
        QVERIFY(f.make());
        QList<CommitmentThreadRecord> write{{0, {f.commitments[0], f.commitments[3]}, {}, {}, {}}};
        QVERIFY(Storage::ProjectWriter(*f.project).changeCommitmentThreads({}, write));
        const Model::Annotation removed = *f.project->annotation(f.commitments[3]);
        QVERIFY(Storage::ProjectWriter(*f.project).removeAnnotation(removed.id));
        QCOMPARE(f.project->commitmentThreads().first().commitmentIds, QList<qint64>{f.commitments[0]});
        // Undo of the removal restores it under its id, and with it its place in the thread.
        QVERIFY(Storage::ProjectWriter(*f.project).restoreAnnotation(removed));
        QCOMPARE(membersOf(f.project->commitmentThreads().first()), (QSet<qint64>{f.commitments[0], f.commitments[3]}));

        // Its article removed, the thread keeps what is left.
        QVERIFY(Storage::ProjectWriter(*f.project).removeArticle(f.second));
        QCOMPARE(f.project->commitmentThreads().first().commitmentIds, QList<qint64>{f.commitments[0]});
    }

    void rejectedCommitmentsAreLeftToTheReader()
    {
        ThreadFixture f;
        QVERIFY(f.make());
        QVERIFY(f.project->annotationsOfKind(Model::AnnotationKind::Commitment).size() == 4);
        Model::Annotation a = *f.project->annotation(f.commitments[1]);
        a.origin = Model::Origin::Rejected;
        QVERIFY(Storage::ProjectWriter(*f.project).updateAnnotation(a));
        const QList<Model::Annotation> commitments = f.project->annotationsOfKind(Model::AnnotationKind::Commitment);
        QCOMPARE(commitments.size(), 3);
        QVERIFY(std::none_of(commitments.cbegin(), commitments.cend(), [&](const Model::Annotation &c) { return c.id == a.id; }));
        QCOMPARE(f.project->annotationsOfKind(Model::AnnotationKind::Quote).size(), 1);
    }

    void readOnlyProjectRefuses()
    {
        ThreadFixture f;
        QVERIFY(f.make());
        f.project.reset();
        Storage::Error error;
        Storage::OpenOptions options;
        options.readOnly = true;
        f.project = Storage::Project::open(f.path(), options, &error);
        QVERIFY(f.project);
        QList<CommitmentThreadRecord> write{{0, {f.commitments[0]}, {}, {}, {}}};
        QVERIFY(!Storage::ProjectWriter(*f.project).changeCommitmentThreads({}, write, &error));
        QCOMPARE(error.code, Storage::Error::ReadOnly);
        QVERIFY(f.project->commitmentThreads().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommitmentThreads)
#include "tst_commitmentthreads.moc"
