// SPDX-License-Identifier: GPL-2.0-or-later
// Confirming, splitting and joining commitment threads on the bundled sample: each is one undo
// step, stored in the project, and survives what else happens to the commitments.

#include "commands/annotationcommands.h"
#include "storage/projectwriter.h"
#include "commands/threadcommands.h"
#include "import/suggestionstore.h"
#include "projectstate.h"
#include "sampleproject.h"
#include "timeline/commitmenttimeline.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Timeline::CommitmentThread;

namespace {

// The thread whose first step's words contain `words`.
std::optional<CommitmentThread> threadStarting(const Storage::Project &project, const QString &words)
{
    for (const CommitmentThread &t : Timeline::threadsOf(project)) {
        if (t.steps.first().text.contains(words))
            return t;
    }
    return std::nullopt;
}

// The thread holding a commitment.
std::optional<CommitmentThread> threadOf(const Storage::Project &project, qint64 commitment)
{
    for (const CommitmentThread &t : Timeline::threadsOf(project)) {
        if (t.commitmentIds().contains(commitment))
            return t;
    }
    return std::nullopt;
}

QList<Model::Origin> originsOf(const Storage::Project &project, const QList<qint64> &ids)
{
    QList<Model::Origin> origins;
    for (const qint64 id : ids)
        origins.append(project.annotation(id)->origin);
    return origins;
}

const QString monitors = u"will send unarmed ceasefire monitors"_s;

} // namespace

class TestThreadCommands final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void confirmStoresTheThreadAndAcceptsItsCommitments()
    {
        Test::SampleProject sample;
        QVERIFY(sample.make());
        std::optional<CommitmentThread> proposed = threadStarting(*sample.project, monitors);
        QVERIFY(proposed);
        QVERIFY(!proposed->isStored());
        const QList<qint64> ids = proposed->commitmentIds();
        QCOMPARE(ids.size(), 4);
        QCOMPARE(originsOf(*sample.project, ids), QList<Model::Origin>(4, Model::Origin::Suggested));

        const QString path = sample.dir.filePath(u"sample.parlance"_s);
        const QStringList before = Test::projectState(path, Test::volatileColumns());
        QUndoStack stack;
        QSignalSpy changed(sample.project.get(), &Storage::Project::commitmentThreadsChanged);
        auto *confirm = new Commands::ConfirmThreadCommand(sample.project.get(), *proposed);
        QVERIFY(Commands::push(&stack, confirm, {}));
        QCOMPARE(changed.count(), 1);
        const QList<Storage::CommitmentThreadRecord> records = sample.project->commitmentThreads();
        QCOMPARE(records.size(), 1);
        const qint64 storedId = records.first().id;
        QVERIFY(storedId > 0);
        QCOMPARE(QSet<qint64>(records.first().commitmentIds.cbegin(), records.first().commitmentIds.cend()),
                 QSet<qint64>(ids.cbegin(), ids.cend()));
        QCOMPARE(originsOf(*sample.project, ids), QList<Model::Origin>(4, Model::Origin::Accepted));

        std::optional<CommitmentThread> confirmed = threadStarting(*sample.project, monitors);
        QVERIFY(confirmed && confirmed->isConfirmed());
        QCOMPARE(confirmed->id, storedId);
        QCOMPARE(confirmed->steps.size(), 4);
        QCOMPARE(Timeline::movesName(confirmed->steps.last().change.moves), u"withdrawn"_s);

        stack.undo();
        QVERIFY(sample.project->commitmentThreads().isEmpty());
        QCOMPARE(originsOf(*sample.project, ids), QList<Model::Origin>(4, Model::Origin::Suggested));
        QVERIFY(!threadStarting(*sample.project, monitors)->isStored());
        QCOMPARE(Test::projectState(path, Test::volatileColumns()), before); // every table as it was
        stack.redo();
        QCOMPARE(sample.project->commitmentThreads().size(), 1);
        QCOMPARE(sample.project->commitmentThreads().first().id, storedId); // the same thread, for later commands
    }

    void confirmedThreadSurvivesANewAnalysis()
    {
        // A new analysis replaces an article's pending suggestions; a thread's commitments were accepted.
        Test::SampleProject sample;
        QVERIFY(sample.make());
        QUndoStack stack;
        QVERIFY(Commands::push(&stack, new Commands::ConfirmThreadCommand(sample.project.get(), *threadStarting(*sample.project, monitors)), {}));
        const QList<qint64> before = sample.project->commitmentThreads().first().commitmentIds;
        const qint64 article = sample.articleByFile.value(u"05-monitors-delay-wire.md"_s);
        const QString text = sample.project->article(article)->text;
        QVERIFY(Import::storeSuggestions(*sample.project, article, Analysis::Analyzer().analyze(text)));
        QCOMPARE(sample.project->commitmentThreads().first().commitmentIds, before);
        QVERIFY(threadStarting(*sample.project, monitors)->isConfirmed());
    }

    void splitMakesTwoStoredThreadsThatStayApart()
    {
        Test::SampleProject sample;
        QVERIFY(sample.make());
        const CommitmentThread proposed = *threadStarting(*sample.project, monitors);
        QUndoStack stack;
        QVERIFY(Commands::push(&stack, new Commands::SplitThreadCommand(sample.project.get(), proposed, 2), {}));
        QCOMPARE(sample.project->commitmentThreads().size(), 2);

        // The builder proposes nothing across a person's split.
        const std::optional<CommitmentThread> first = threadOf(*sample.project, proposed.steps[0].commitmentId());
        const std::optional<CommitmentThread> second = threadOf(*sample.project, proposed.steps[2].commitmentId());
        QVERIFY(first && second);
        QVERIFY(first->isConfirmed() && second->isConfirmed());
        QVERIFY(first->id != second->id);
        QCOMPARE(first->steps.size(), 2);
        QCOMPARE(second->steps.size(), 2);
        // The second thread starts afresh: its first step is the commitment made, then withdrawn.
        QCOMPARE(Timeline::movesName(second->steps[0].change.moves), u"first"_s);
        QCOMPARE(Timeline::movesName(second->steps[1].change.moves), u"withdrawn"_s);

        stack.undo();
        QVERIFY(sample.project->commitmentThreads().isEmpty());
        QCOMPARE(threadStarting(*sample.project, monitors)->steps.size(), 4);
    }

    void splitOffOneCommitment()
    {
        Test::SampleProject sample;
        QVERIFY(sample.make());
        const CommitmentThread proposed = *threadStarting(*sample.project, monitors);
        const qint64 softened = proposed.steps[2].commitmentId();
        QUndoStack stack;
        QVERIFY(Commands::push(&stack, new Commands::SplitThreadCommand(sample.project.get(), proposed, QList<qint64>{softened}), {}));
        const std::optional<CommitmentThread> rest = threadOf(*sample.project, proposed.steps[0].commitmentId());
        QVERIFY(rest);
        QCOMPARE(rest->steps.size(), 3);
        QVERIFY(!rest->commitmentIds().contains(softened));
        // The step split off is a thread of one, stored: the person's word, shown as such.
        const std::optional<CommitmentThread> alone = threadOf(*sample.project, softened);
        QVERIFY(alone && alone->isStored());
        QCOMPARE(alone->steps.size(), 1);

        // Splitting off everything would leave an empty thread: refused, nothing changes.
        auto *all = new Commands::SplitThreadCommand(sample.project.get(), *rest, rest->commitmentIds());
        QVERIFY(!Commands::push(&stack, all, {}));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(sample.project->commitmentThreads().size(), 2);
    }

    void joinMakesOneThreadAndUndoSeparatesThem()
    {
        Test::SampleProject sample;
        QVERIFY(sample.make());
        const CommitmentThread arslan = *threadStarting(*sample.project, u"demanded written guarantees"_s);
        const CommitmentThread turkey = *threadStarting(*sample.project, u"would keep its troops away"_s);
        QUndoStack stack;
        // Confirm one first: the join keeps the stored thread's id.
        QVERIFY(Commands::push(&stack, new Commands::ConfirmThreadCommand(sample.project.get(), turkey), {}));
        const qint64 turkeyId = sample.project->commitmentThreads().first().id;
        const CommitmentThread stored = *threadStarting(*sample.project, u"would keep its troops away"_s);
        QVERIFY(Commands::push(&stack, new Commands::JoinThreadsCommand(sample.project.get(), arslan, stored), {}));
        QCOMPARE(sample.project->commitmentThreads().size(), 1);
        QCOMPARE(sample.project->commitmentThreads().first().id, turkeyId);
        const std::optional<CommitmentThread> joined = threadOf(*sample.project, arslan.steps[0].commitmentId());
        QVERIFY(joined && joined->isConfirmed());
        // One step per article: the two holders' commitments of 10 and 24 March are one step each.
        QCOMPARE(joined->steps.size(), 3);
        QCOMPARE(joined->commitmentIds().size(), 5);
        QVERIFY(joined->holder.contains(u"Mehmet Arslan"_s) && joined->holder.contains(u"Turkey"_s));

        stack.undo();
        QCOMPARE(sample.project->commitmentThreads().size(), 1);
        QCOMPARE(sample.project->commitmentThreads().first().commitmentIds.size(), 3);
        QVERIFY(!threadOf(*sample.project, arslan.steps[0].commitmentId())->isStored());
        stack.undo();
        QVERIFY(sample.project->commitmentThreads().isEmpty());
        stack.redo();
        stack.redo();
        QCOMPARE(sample.project->commitmentThreads().first().commitmentIds.size(), 5);
    }

    void removedCommitmentComesBackIntoItsThread()
    {
        Test::SampleProject sample;
        QVERIFY(sample.make());
        QUndoStack stack;
        const CommitmentThread proposed = *threadStarting(*sample.project, monitors);
        QVERIFY(Commands::push(&stack, new Commands::ConfirmThreadCommand(sample.project.get(), proposed), {}));
        const qint64 repeated = proposed.steps[1].commitmentId();
        stack.push(new Commands::RemoveAnnotationCommand(sample.project.get(), *sample.project->annotation(repeated)));
        QCOMPARE(threadStarting(*sample.project, monitors)->steps.size(), 3);
        stack.undo();
        const CommitmentThread back = *threadStarting(*sample.project, monitors);
        QCOMPARE(back.steps.size(), 4);
        QVERIFY(back.isConfirmed());
        QCOMPARE(back.steps[1].commitmentId(), repeated);
    }

    void newArticleIsProposedAsAStepOfAConfirmedThread()
    {
        Test::SampleProject sample;
        QVERIFY(sample.make());
        QUndoStack stack;
        QVERIFY(Commands::push(&stack, new Commands::ConfirmThreadCommand(sample.project.get(), *threadStarting(*sample.project, monitors)), {}));
        Model::Article later;
        later.title = u"Norway revives monitoring offer"_s;
        later.outlet = u"Northline Wire"_s;
        later.published = QDate(2025, 6, 2);
        later.text = u"Norway revives monitoring offer\n\nNorway will send ceasefire monitors to the contact line in July, the "
                     "foreign ministry said on Monday.\n"_s;
        later.contentHash = Model::Article::hashText(later.text);
        QVERIFY(Storage::ProjectWriter(*sample.project).addArticle(later));
        QVERIFY(Import::storeSuggestions(*sample.project, later.id, Analysis::Analyzer().analyze(later.text)));

        const CommitmentThread thread = *threadStarting(*sample.project, monitors);
        QVERIFY(thread.isStored());
        QCOMPARE(thread.steps.size(), 5);
        QVERIFY(!thread.steps.last().stored);
        QVERIFY(!thread.isConfirmed());
        QCOMPARE(thread.steps.last().articleId, later.id);
        // Made again after it was withdrawn.
        QCOMPARE(Timeline::movesName(thread.steps.last().change.moves), u"reinstated"_s);
        QVERIFY(Commands::push(&stack, new Commands::ConfirmThreadCommand(sample.project.get(), thread), {}));
        QVERIFY(threadStarting(*sample.project, monitors)->isConfirmed());
        QCOMPARE(sample.project->commitmentThreads().size(), 1);
    }

    void readOnlyProjectRefusesAndKeepsNothing()
    {
        Test::SampleProject sample;
        QVERIFY(sample.make());
        const CommitmentThread proposed = *threadStarting(*sample.project, monitors);
        const QString path = sample.project->path();
        sample.project.reset();
        Storage::Error error;
        Storage::OpenOptions options;
        options.readOnly = true;
        std::unique_ptr<Storage::Project> readOnly = Storage::Project::open(path, options, &error);
        QVERIFY(readOnly);
        QUndoStack stack;
        Storage::Error heard;
        QVERIFY(!Commands::push(&stack, new Commands::ConfirmThreadCommand(readOnly.get(), proposed),
                                [&](const Storage::Error &e) { heard = e; }));
        QCOMPARE(heard.code, Storage::Error::ReadOnly);
        QCOMPARE(stack.count(), 0);
        QVERIFY(readOnly->commitmentThreads().isEmpty());
        QCOMPARE(readOnly->annotation(proposed.steps[0].commitmentId())->origin, Model::Origin::Suggested);
    }
};

QTEST_GUILESS_MAIN(TestThreadCommands)
#include "tst_threadcommands.moc"
