// SPDX-License-Identifier: GPL-2.0-or-later
// Actor and codebook edits are undo steps like annotations: every state comes back exactly,
// under the same ids, and is in the project file at each step.
#include "commands/actorcommands.h"
#include "storage/projectwriter.h"
#include "commands/annotationcommands.h"
#include "commands/codebookcommands.h"
#include "projectfixture.h"

#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Parlance;
using namespace Parlance::Test;
using namespace Qt::StringLiterals;
using Model::Annotation;
using Model::AnnotationKind;

namespace {

/// Every table of the project, read from the file by a connection of its own: what a crash right
/// now would leave.
QStringList stateOf(const ProjectFixture &f)
{
    return f.state();
}

} // namespace

class TestActorCommands final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PARLANCE_BACKEND_REQUIRE(Test::testBackend());
    }

    void actorAndCodebookEditsUndoAndRedoExactly()
    {
        ProjectFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill());
        const QString &t = firstText();
        const qint64 brandt = Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person);
        const qint64 minister = Storage::ProjectWriter(*f.project).actorIdFor(u"The foreign minister"_s, Model::ActorType::Person);
        const qint64 varga = Storage::ProjectWriter(*f.project).actorIdFor(u"Tomas Varga"_s, Model::ActorType::Person);
        const QList<Model::CodebookCategory> categories = f.project->categories();
        QCOMPARE(categories.size(), 2);
        // Annotations naming the actors and using a category, so that merges and removals move them.
        Annotation quote = annotationOf(f.first, spanOf(t, u"We are ready"_s), AnnotationKind::Quote, minister);
        quote.addresseeId = varga;
        Annotation mention = annotationOf(f.first, spanOf(t, u"Lena Brandt"_s), AnnotationKind::ActorMention, brandt);
        Annotation coded = annotationOf(f.first, spanOf(t, u"Nothing is agreed"_s), AnnotationKind::Category);
        coded.categoryId = categories[0].id;
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(quote) && Storage::ProjectWriter(*f.project).addAnnotation(mention) && Storage::ProjectWriter(*f.project).addAnnotation(coded));

        QUndoStack stack;
        QList<QStringList> states{stateOf(f)};
        auto step = [&](Commands::ProjectCommand *command) {
            stack.push(command);
            QVERIFY2(command->error().message().isEmpty(), qPrintable(command->error().message()));
            states.append(stateOf(f));
            QVERIFY(states.last() != states[states.size() - 2]);
        };

        Model::Actor before = *f.project->actor(minister);
        Model::Actor renamed = before;
        renamed.canonicalName = u"Minister Anna Keller"_s;
        renamed.addAlias(before.canonicalName);
        step(new Commands::EditActorCommand(f.project.get(), before, renamed));
        Model::Actor roled = renamed;
        roled.role = u"foreign minister"_s;
        step(new Commands::EditActorCommand(f.project.get(), renamed, roled));
        // Brandt merged into Keller: Brandt's mention now names Keller; Varga merged too (an addressee).
        step(new Commands::MergeActorsCommand(f.project.get(), *f.project->actor(minister), *f.project->actor(brandt)));
        QCOMPARE(f.project->annotation(mention.id)->actorId, minister);
        QVERIFY(!f.project->actor(brandt));
        step(new Commands::MergeActorsCommand(f.project.get(), *f.project->actor(minister), *f.project->actor(varga)));
        QCOMPARE(f.project->annotation(quote.id)->addresseeId, minister);
        auto *add = new Commands::AddActorCommand(f.project.get(), Model::Actor{0, u"The mediator"_s, Model::ActorType::Person, {}, {}});
        step(add);
        const qint64 mediator = add->actorId();
        QVERIFY(mediator > 0);
        auto *assign = new Commands::AssignNewActorCommand(f.project.get(), Model::Actor{0, u"A spokesman"_s, Model::ActorType::Person, {}, {}},
                                                           *f.project->annotation(quote.id), false);
        step(assign);
        QCOMPARE(f.project->annotation(quote.id)->actorId, assign->actorId());
        QCOMPARE(f.project->actor(assign->actorId())->canonicalName, u"A spokesman"_s);
        // Text marked as an actor the project did not know: the actor and its mention, one step.
        auto *marked = new Commands::AddActorMentionCommand(
            f.project.get(), Model::Actor{0, u"Tomas Varga"_s, Model::ActorType::Other, {}, {}},
            annotationOf(f.first, spanOf(t, u"Tomas Varga"_s), AnnotationKind::ActorMention));
        step(marked);
        QCOMPARE(f.project->annotation(marked->annotationId())->actorId, marked->actorId());
        QCOMPARE(f.project->actor(marked->actorId())->canonicalName, u"Tomas Varga"_s);
        Model::CodebookCategory edited = categories[1];
        edited.name = u"Procedure"_s;
        edited.color = QColor(0x10, 0x80, 0x40);
        step(new Commands::EditCategoryCommand(f.project.get(), categories[1], edited));
        step(new Commands::AddCategoryCommand(f.project.get(), {0, u"Humanitarian"_s, QColor(0x20, 0x60, 0xa0), u"3"_s, u"aid, corridors"_s}));
        step(new Commands::RemoveCategoryCommand(f.project.get(), categories[0]));
        QCOMPARE(f.project->annotation(coded.id)->categoryId, 0);
        QCOMPARE(stateOf(f), states.last());

        // Back through every step, then forward again: each state exactly as it was, on disk too.
        for (qsizetype i = states.size() - 2; i >= 0; --i) {
            stack.undo();
            QCOMPARE(stateOf(f), states[i]);
        }
        QCOMPARE(f.project->annotation(mention.id)->actorId, brandt);
        QCOMPARE(f.project->annotation(quote.id)->addresseeId, varga);
        QCOMPARE(f.project->annotation(coded.id)->categoryId, categories[0].id);
        for (qsizetype i = 1; i < states.size(); ++i) {
            stack.redo();
            QCOMPARE(stateOf(f), states[i]);
        }
        // The mediator came back under its id, so a later command naming it stays valid.
        QVERIFY(f.project->actor(mediator));
    }

    void undoingAMergeKeepsLaterChangesUndoneFirst()
    {
        ProjectFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill());
        const QString &t = firstText();
        const qint64 a = Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person);
        const qint64 b = Storage::ProjectWriter(*f.project).actorIdFor(u"Brandt"_s, Model::ActorType::Person);
        Annotation quote = annotationOf(f.first, spanOf(t, u"We are ready"_s), AnnotationKind::Quote, b);
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(quote));
        QUndoStack stack;
        stack.push(new Commands::MergeActorsCommand(f.project.get(), *f.project->actor(a), *f.project->actor(b)));
        // A later edit of the moved annotation: undone first, so the merge can be undone after it.
        Annotation merged = *f.project->annotation(quote.id);
        Annotation withNote = merged;
        withNote.note = u"checked against the recording"_s;
        stack.push(new Commands::EditAnnotationCommand(f.project.get(), merged, withNote));
        stack.undo();
        stack.undo();
        const Annotation back = *f.project->annotation(quote.id);
        QCOMPARE(back.actorId, b);
        QVERIFY(back.note.isEmpty());
        QCOMPARE(f.project->actor(b)->canonicalName, u"Brandt"_s);
        QVERIFY(!f.project->actor(a)->aliases.contains(u"Brandt"_s));
    }

    void aFailedMergeIsNotAStep()
    {
        ProjectFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill());
        const qint64 a = Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person);
        QUndoStack stack;
        auto *merge = new Commands::MergeActorsCommand(f.project.get(), *f.project->actor(a), *f.project->actor(a));
        QString reported;
        merge->setErrorHandler([&](const Storage::Error &e) { reported = e.message(); });
        stack.push(merge);
        QCOMPARE(stack.count(), 0);
        QVERIFY(reported.contains(u"itself"_s));
    }
};

QTEST_GUILESS_MAIN(TestActorCommands)
#include "tst_actorcommands.moc"
