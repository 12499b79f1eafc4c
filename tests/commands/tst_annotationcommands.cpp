// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands/annotationcommands.h"
#include "storage/projectwriter.h"
#include "projectfixture.h"

#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Parlance;
using namespace Parlance::Test;
using namespace Qt::StringLiterals;
using Model::Annotation;
using Model::AnnotationKind;
using Model::Origin;

class TestAnnotationCommands final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PARLANCE_BACKEND_REQUIRE(Test::testBackend());
    }

    void undoRedoTenStepsRestoresEveryState()
    {
        ProjectFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill());
        QUndoStack stack;
        const QString &t = firstText();
        const qint64 brandt = Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person);
        QList<QStringList> states{f.state()};
        auto record = [&] { states.append(f.state()); };

        // Ten steps: adds, edits, a removal, an acceptance and a rejection.
        const QList<Annotation> suggestions = f.suggest(
            f.first, {annotationOf(f.first, spanOf(t, u"Tomas Varga"_s), AnnotationKind::ActorMention),
                      annotationOf(f.first, spanOf(t, u"GENEVA"_s), AnnotationKind::ActorMention)});
        QCOMPARE(suggestions.size(), 2);
        states = {f.state()};
        QList<qint64> ids;
        for (const QString &words : {u"We are ready"_s, u"Nothing is agreed"_s, u"Lena Brandt"_s, u"before winter"_s}) {
            Annotation a;
            a.articleId = f.first;
            a.span = spanOf(t, words);
            a.kind = AnnotationKind::Quote;
            auto *add = new Commands::AddAnnotationCommand(f.project.get(), a);
            stack.push(add);
            QVERIFY(add->annotationId() > 0);
            ids.append(add->annotationId());
            record();
        }
        const Annotation first = *f.project->annotation(ids[0]);
        Annotation edited = first;
        edited.actorId = brandt;
        stack.push(new Commands::EditAnnotationCommand(f.project.get(), first, edited));
        record();
        Annotation noted = *f.project->annotation(ids[0]);
        Annotation withNote = noted;
        withNote.note = u"said twice"_s;
        stack.push(new Commands::EditAnnotationCommand(f.project.get(), noted, withNote));
        record();
        stack.push(new Commands::RemoveAnnotationCommand(f.project.get(), *f.project->annotation(ids[3])));
        record();
        stack.push(new Commands::AcceptSuggestionCommand(f.project.get(), suggestions[0]));
        record();
        stack.push(new Commands::RejectSuggestionCommand(f.project.get(), suggestions[1]));
        record();
        Annotation resized = *f.project->annotation(ids[1]);
        Annotation longer = resized;
        longer.span.end += 6;
        stack.push(new Commands::EditAnnotationCommand(f.project.get(), resized, longer));
        record();
        QCOMPARE(stack.count(), 10);
        QCOMPARE(states.size(), 11);
        for (int i = 1; i < states.size(); ++i)
            QVERIFY2(states[i] != states[i - 1], qPrintable(u"step %1 changed nothing"_s.arg(i)));

        // All the way back, then all the way forward: each state as it was, ids included.
        for (int i = 10; i > 0; --i) {
            stack.undo();
            QCOMPARE(f.state(), states[i - 1]);
        }
        for (int i = 1; i <= 10; ++i) {
            stack.redo();
            QCOMPARE(f.state(), states[i]);
        }

        // The rows are in the file, not only in memory.
        f.project.reset();
        QVERIFY(f.open(false));
        QCOMPARE(f.state(), states[10]);
    }

    void acceptAndRejectSuggestions()
    {
        ProjectFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill());
        const QString &t = firstText();
        const QList<Annotation> s = f.suggest(
            f.first, {annotationOf(f.first, spanOf(t, u"Tomas Varga"_s), AnnotationKind::ActorMention),
                      annotationOf(f.first, spanOf(t, u"Lena Brandt"_s), AnnotationKind::ActorMention),
                      annotationOf(f.first, spanOf(t, u"GENEVA"_s), AnnotationKind::ActorMention)});
        QUndoStack stack;
        stack.push(new Commands::RejectSuggestionCommand(f.project.get(), s[2]));
        QCOMPARE(f.project->annotation(s[2].id)->origin, Origin::Rejected);
        QCOMPARE(f.project->annotation(s[2].id)->coder, u"tester"_s);

        auto *all = new Commands::AcceptAllSuggestionsCommand(f.project.get(), f.first);
        QCOMPARE(all->count(), 2);
        stack.push(all);
        QCOMPARE(f.project->annotation(s[0].id)->origin, Origin::Accepted);
        QCOMPARE(f.project->annotation(s[1].id)->origin, Origin::Accepted);
        QCOMPARE(f.project->annotation(s[2].id)->origin, Origin::Rejected);
        stack.undo();
        QCOMPARE(f.project->annotation(s[0].id)->origin, Origin::Suggested);
        QCOMPARE(f.project->annotation(s[1].id)->origin, Origin::Suggested);
        stack.undo();
        QCOMPARE(f.project->annotation(s[2].id)->origin, Origin::Suggested);

        // Re-analysis does not bring back what a person rejected.
        stack.redo();
        const QList<Annotation> again = f.suggest(
            f.first, {annotationOf(f.first, spanOf(t, u"GENEVA"_s), AnnotationKind::ActorMention)});
        QVERIFY(again.isEmpty());
    }

    void failedCommandIsDroppedAndReported()
    {
        ProjectFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill());
        f.project.reset();
        Storage::OpenOptions readOnly;
        readOnly.readOnly = true;
        Storage::Error error;
        f.project = Storage::Project::open(f.path(), readOnly, &error);
        QVERIFY(f.project);
        QUndoStack stack;
        Annotation a;
        a.articleId = f.first;
        a.span = spanOf(firstText(), u"We are ready"_s);
        auto *add = new Commands::AddAnnotationCommand(f.project.get(), a);
        Storage::Error reported;
        add->setErrorHandler([&](const Storage::Error &e) { reported = e; });
        stack.push(add);
        QCOMPARE(stack.count(), 0);
        QCOMPARE(reported.code, Storage::Error::ReadOnly);
        QVERIFY(f.project->annotations(f.first).isEmpty());
    }

    void noteEditsMergeIntoOneStep()
    {
        ProjectFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill());
        Annotation a;
        a.articleId = f.first;
        a.span = spanOf(firstText(), u"We are ready"_s);
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(a));
        QUndoStack stack;
        Annotation before = a;
        for (const QString &note : {u"c"_s, u"co"_s, u"cou"_s}) {
            Annotation after = before;
            after.note = note;
            stack.push(new Commands::EditAnnotationCommand(f.project.get(), before, after));
            before = after;
        }
        QCOMPARE(stack.count(), 1);
        QCOMPARE(f.project->annotation(a.id)->note, u"cou"_s);
        stack.undo();
        QCOMPARE(f.project->annotation(a.id)->note, QString());
        // An edit of anything else is a step of its own.
        Annotation other = *f.project->annotation(a.id);
        Annotation moved = other;
        moved.span.end -= 1;
        stack.redo();
        stack.push(new Commands::EditAnnotationCommand(f.project.get(), *f.project->annotation(a.id), moved));
        QCOMPARE(stack.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationCommands)
#include "tst_annotationcommands.moc"
