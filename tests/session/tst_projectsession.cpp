// SPDX-License-Identifier: GPL-2.0-or-later
// The session's verbs, without a window: each edit is one undo step that leaves every table as it
// was when undone; reading writes nothing; imports skip what the project has and say so.
#include "export/reportdata.h"
#include "models/actormodel.h"
#include "storage/projectwriter.h"
#include "models/annotationmodel.h"
#include "models/articlelistmodel.h"
#include "projectfixture.h"
#include "session/openarticles.h"
#include "session/projectsession.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace Parlance;
using namespace Parlance::Test;
using namespace Qt::StringLiterals;
using Model::AnnotationKind;
using Model::Origin;

namespace {

/// A fixture project opened in a session (the fixture lets go of its own connection first).
struct Opened {
    ProjectFixture fixture;
    Session::ProjectSession session;
    QStringList messages;
    QList<Storage::Error> failures;

    bool start(const std::function<void(ProjectFixture &)> &prepare = {})
    {
        if (!fixture.open() || !fixture.fill())
            return false;
        if (prepare)
            prepare(fixture);
        fixture.project.reset();
        QObject::connect(&session, &Session::ProjectSession::message, [this](const QString &m) { messages << m; });
        QObject::connect(&session, &Session::ProjectSession::failed, [this](const Storage::Error &e) { failures << e; });
        Storage::Error error;
        if (!session.open(fixture.path(), {}, &error)) {
            qWarning("%s", qPrintable(error.message()));
            return false;
        }
        return true;
    }

    const Storage::Project &project() const { return *session.project(); }
};

QString fileWith(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return file.fileName();
}

} // namespace

class TestProjectSession final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PARLANCE_BACKEND_REQUIRE(Test::testBackend());
    }

    void annotatingIsUndoneTableByTable()
    {
        Opened o;
        qint64 brandt = 0;
        QVERIFY(o.start([&](ProjectFixture &f) {
            Model::Actor lena{0, u"Lena Brandt"_s, Model::ActorType::Person, {}, {u"Brandt"_s}};
            QVERIFY(Storage::ProjectWriter(*f.project).addActor(lena));
            brandt = lena.id;
        }));
        const QString &t = firstText();
        const QStringList before = o.fixture.state();
        o.session.showArticles({o.fixture.first});
        const qint64 quote = o.session.annotate(o.fixture.first, spanOf(t, u" \u201cWe are ready to reopen the crossings before the first snow,\u201d "_s),
                                                AnnotationKind::Quote);
        QVERIFY(quote);
        const Model::Annotation q = *o.project().annotation(quote);
        QCOMPARE(q.exact, u"\u201cWe are ready to reopen the crossings before the first snow,\u201d"_s); // spaces trimmed
        QCOMPARE(q.contentParts.value(0).textIn(t), u"We are ready to reopen the crossings before the first snow"); // marks left out
        QCOMPARE(q.coder, u"tester"_s);
        // A name the project does not know: actor and mention in one step.
        const qint64 mention = o.session.annotate(o.fixture.first, spanOf(t, u"Tomas Varga"_s), AnnotationKind::ActorMention);
        QVERIFY(mention);
        const qint64 varga = o.project().actorIdForName(u"Tomas Varga"_s);
        QVERIFY(varga);
        QCOMPARE(o.project().annotation(mention)->actorId, varga);
        // A name the project knows (here as an alias): no second actor.
        const qsizetype actors = o.project().actors().size();
        const int told = spanOf(t, u"Brandt told"_s).start;
        const qint64 again = o.session.annotate(o.fixture.first, {told, told + 6}, AnnotationKind::ActorMention);
        QVERIFY(again);
        QCOMPARE(o.project().annotation(again)->actorId, brandt);
        QCOMPARE(o.project().actors().size(), actors);
        const qint64 coded = o.session.annotate(o.fixture.first, spanOf(t, u"Nothing is agreed"_s), AnnotationKind::Category,
                                                o.project().categories().first().id);
        QVERIFY(coded);
        QCOMPARE(o.session.undoStack()->count(), 4);
        // The reading area follows without reading the project itself.
        QCOMPARE(o.session.openArticles()->at(0).annotations.size(), 4);

        // Nothing selected: nothing written, and a word why.
        QCOMPARE(o.session.annotate(o.fixture.first, {10, 10}, AnnotationKind::Quote), 0);
        QCOMPARE(o.messages.last(), u"Select some text first."_s);

        while (o.session.undoStack()->canUndo())
            o.session.undoStack()->undo();
        QCOMPARE(o.fixture.state(), before);
        QVERIFY(o.session.openArticles()->at(0).annotations.isEmpty());
        while (o.session.undoStack()->canRedo())
            o.session.undoStack()->redo();
        QCOMPARE(o.project().actorIdForName(u"Tomas Varga"_s), varga); // back under its id
        QCOMPARE(o.project().annotation(quote)->exact, q.exact);
    }

    void resizesByWordAndKeepsTheQuotedWords()
    {
        Opened o;
        QVERIFY(o.start());
        const QString &t = firstText();
        const qint64 id = o.session.annotate(o.fixture.first, spanOf(t, u"\u201cWe are ready"_s), AnnotationKind::Quote);
        QVERIFY(o.session.resizeByWord(id, Session::SpanEditing::Edge::End, Session::SpanEditing::Step::On));
        QCOMPARE(o.project().annotation(id)->exact, u"\u201cWe are ready to"_s);
        QCOMPARE(o.project().annotation(id)->contentParts.value(0).textIn(t), u"We are ready to");
        QVERIFY(o.session.resizeByWord(id, Session::SpanEditing::Edge::Start, Session::SpanEditing::Step::On));
        QCOMPARE(o.project().annotation(id)->exact, u"We are ready to"_s); // past the opening mark
        QVERIFY(o.session.resizeByWord(id, Session::SpanEditing::Edge::Start, Session::SpanEditing::Step::On));
        QCOMPARE(o.project().annotation(id)->exact, u"are ready to"_s);
        // Dragged to where it already is: no step.
        QVERIFY(!o.session.setSpan(id, o.project().annotation(id)->span));
        QCOMPARE(o.session.undoStack()->count(), 4);
    }

    void stepsThroughAndDecidesSuggestions()
    {
        Opened o;
        const QString &t = firstText();
        QVERIFY(o.start([&](ProjectFixture &f) {
            f.suggest(f.first, {annotationOf(f.first, spanOf(t, u"Tomas Varga"_s), AnnotationKind::ActorMention),
                                annotationOf(f.first, spanOf(t, u"Lena Brandt"_s), AnnotationKind::ActorMention),
                                annotationOf(f.first, spanOf(t, u"Nothing is agreed"_s), AnnotationKind::Quote)});
        }));
        const qint64 article = o.fixture.first;
        o.session.showArticles({article});
        // By default the queue leaves actor mentions to the Actors panel.
        QCOMPARE(o.project().annotation(o.session.nextSuggestion(article, 0, 0, +1))->exact, u"Nothing is agreed"_s);
        QCOMPARE(o.session.reviewProgress(article).left, 1);
        o.session.setReviewOptions({.actorMentions = true});
        QCOMPARE(o.session.reviewProgress(article).left, 3);
        const qint64 first = o.session.nextSuggestion(article, 0, 0, +1);
        QCOMPARE(o.project().annotation(first)->exact, u"Lena Brandt"_s);
        const qint64 second = o.session.nextSuggestion(article, o.project().annotation(first)->span.start, first, +1);
        QCOMPARE(o.project().annotation(second)->exact, u"Tomas Varga"_s);
        QVERIFY(o.session.accept(first));
        QVERIFY(o.session.reject(second));
        QCOMPARE(o.project().annotation(first)->origin, Origin::Accepted);
        QCOMPARE(o.project().annotation(second)->origin, Origin::Rejected);
        // A decided one is no suggestion any more.
        QVERIFY(!o.session.accept(first));
        QCOMPARE(o.messages.last(), u"Select a suggestion first (N and P step through them)."_s);
        QCOMPARE(o.session.acceptAll(article), 1);
        QCOMPARE(o.session.acceptAll(article), 0);
        QCOMPARE(o.session.nextSuggestion(article, 0, 0, +1), 0);
        QCOMPARE(o.session.undoStack()->count(), 3);
    }

    void acceptsOneSpeakersSuggestionsAsOneStep()
    {
        Opened o;
        const QString &t = firstText();
        qint64 brandt = 0, varga = 0;
        QVERIFY(o.start([&](ProjectFixture &f) {
            brandt = Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person);
            varga = Storage::ProjectWriter(*f.project).actorIdFor(u"Tomas Varga"_s, Model::ActorType::Person);
            auto by = [&](const QString &words, AnnotationKind kind, qint64 actor) {
                Model::Annotation a = annotationOf(f.first, spanOf(t, words), kind);
                a.actorId = actor;
                return a;
            };
            f.suggest(f.first, {by(u"We are ready"_s, AnnotationKind::Quote, brandt),
                                by(u"ready to reopen the border crossings"_s, AnnotationKind::Commitment, brandt),
                                by(u"Nothing is agreed"_s, AnnotationKind::Quote, varga),
                                by(u"Lena Brandt"_s, AnnotationKind::ActorMention, brandt)});
        }));
        const qint64 article = o.fixture.first;
        o.session.showArticles({article});
        const qint64 first = o.session.nextSuggestion(article, 0, 0, +1);
        QCOMPARE(o.project().annotation(first)->actorId, brandt);
        // Brandt's quote and commitment, not Varga's quote nor the mention of Brandt (not in the queue).
        QCOMPARE(o.session.acceptAllOfActor(first), 2);
        QStringList origins;
        for (const Model::Annotation &a : o.project().annotations(article))
            origins << a.exact.left(12) + u':' + Model::originName(a.origin);
        origins.sort();
        QCOMPARE(origins, (QStringList{u"Lena Brandt:suggested"_s, u"Nothing is a:suggested"_s,
                                       u"We are ready:accepted"_s, u"ready to reo:accepted"_s}));
        QCOMPARE(o.session.undoStack()->count(), 1);
        o.session.undoStack()->undo();
        QCOMPARE(o.session.reviewProgress(article).left, 3);
    }

    void showingWritesNothingComparingKeepsTheSet()
    {
        Opened o;
        QVERIFY(o.start());
        const QStringList before = projectState(o.fixture.path());
        o.session.showArticles({o.fixture.first, o.fixture.second});
        QCOMPARE(o.session.openArticles()->count(), 2);
        QCOMPARE(projectState(o.fixture.path()), before);
        QVERIFY(o.session.openComparison({o.fixture.second, o.fixture.first}));
        QVERIFY(o.session.openComparison({o.fixture.second, o.fixture.first})); // once
        QCOMPARE(o.project().comparisonSets().size(), 1);
        QCOMPARE(o.project().comparisonSets().first().articleIds, (QList<qint64>{o.fixture.second, o.fixture.first}));
        const Storage::ComparisonSet kept = o.project().comparisonSets().first();
        // Keeping the set is an undo step (a command), like any other change to the project.
        QCOMPARE(o.session.undoStack()->count(), 1);
        QCOMPARE(o.session.undoStack()->undoText(), u"Compare side by side"_s);
        o.session.undoStack()->undo();
        QCOMPARE(projectState(o.fixture.path()), before); // every table as it was
        o.session.undoStack()->redo();
        QCOMPARE(o.project().comparisonSets().size(), 1);
        QCOMPARE(o.project().comparisonSets().first().articleIds, kept.articleIds);
        QCOMPARE(o.project().comparisonSets().first().uuid, kept.uuid); // the same set across copies
        QVERIFY(!o.session.openComparison({o.fixture.first}));
        QCOMPARE(o.messages.last(), u"Select two to four articles in the list to compare them."_s);
        QVERIFY(o.failures.isEmpty());
    }

    /// The codebook's edits are commands: undone, they leave every table as it was, and the
    /// annotations of a removed category are in it again.
    void codebookEditsUndoToEveryTableAsBefore()
    {
        Opened o;
        QVERIFY(o.start());
        const QString &t = firstText();
        const qint64 security = o.project().categories().first().id;
        const qint64 coded = o.session.annotate(o.fixture.first, spanOf(t, u"Tomas Varga"_s), AnnotationKind::Category, security);
        QVERIFY(coded);
        const QStringList before = o.fixture.state();
        const int steps = o.session.undoStack()->count();
        QVERIFY(o.session.removeCategory(security));
        QCOMPARE(o.project().annotation(coded)->categoryId, 0);
        QVERIFY(o.session.addCategory());
        QCOMPARE(o.session.undoStack()->count(), steps + 2);
        o.session.undoStack()->undo();
        o.session.undoStack()->undo();
        QCOMPARE(o.fixture.state(), before);
        QCOMPARE(o.project().annotation(coded)->categoryId, security);
        QVERIFY(o.failures.isEmpty());
    }

    /// A setting is housekeeping (a named job), not an undo step; one already so writes nothing.
    void reportTitleIsASettingNotAnUndoStep()
    {
        Opened o;
        QVERIFY(o.start());
        const QString key = QString::fromLatin1(Export::ReportData::TitleSetting);
        QVERIFY(o.session.setReportTitle(u"Talks in Geneva"_s));
        QCOMPARE(o.project().setting(key).toString(), u"Talks in Geneva"_s);
        QCOMPARE(o.session.undoStack()->count(), 0);
        const QStringList before = projectState(o.fixture.path());
        QVERIFY(o.session.setReportTitle(u"Talks in Geneva"_s));
        QCOMPARE(projectState(o.fixture.path()), before);
        QVERIFY(o.failures.isEmpty());
    }

    void readOnlyProjectRefusesEveryVerb()
    {
        ProjectFixture f;
        QVERIFY(f.open() && f.fill());
        Session::ProjectSession session; // the fixture holds the project: the session reads only
        Storage::Error error;
        QVERIFY(session.open(f.path(), {.readOnly = true, .createIfMissing = false}, &error));
        QSignalSpy failed(&session, &Session::ProjectSession::failed);
        const QStringList before = f.state();
        QCOMPARE(session.annotate(f.first, spanOf(firstText(), u"Lena Brandt"_s), AnnotationKind::ActorMention), 0);
        QCOMPARE(session.addCategory(), 0);
        session.importFiles({f.path()});
        QVERIFY(!session.isImporting());
        QCOMPARE(failed.count(), 3);
        QCOMPARE(failed.first().first().value<Storage::Error>().code, Storage::Error::ReadOnly);
        QCOMPARE(f.state(), before);
    }

    void importsSkipWhatTheProjectHasAndSaySo()
    {
        Opened o;
        QVERIFY(o.start());
        const QString a = fileWith(o.fixture.dir, u"a.txt"_s, "Talks in Oslo\n\n\u201cWe will sign next week,\u201d Lena Brandt said.\n");
        const QString b = fileWith(o.fixture.dir, u"b.md"_s, "# Talks in Rome\n\nNothing was signed.\n");
        const QString copy = fileWith(o.fixture.dir, u"copy.txt"_s, "Talks in Oslo\n\n\u201cWe will sign next week,\u201d Lena Brandt said.\n");
        const QString empty = fileWith(o.fixture.dir, u"empty.txt"_s, {});
        QSignalSpy finished(&o.session, &Session::ProjectSession::importFinished);
        o.session.importFiles({a, empty, b, copy});
        QVERIFY(o.session.isImporting());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        Import::ImportReport report = finished.last().first().value<Import::ImportReport>();
        QCOMPARE(report.outcomes.size(), 4);
        QCOMPARE(report.outcomes[0].kind, Import::ImportOutcome::Stored);
        QCOMPARE(report.outcomes[1].kind, Import::ImportOutcome::Failed);
        QVERIFY2(report.outcomes[1].error.message().contains(u"empty.txt"_s), qPrintable(report.outcomes[1].error.message()));
        QCOMPARE(report.outcomes[2].kind, Import::ImportOutcome::Stored);
        QCOMPARE(report.outcomes[3].kind, Import::ImportOutcome::SameAsEarlier);
        QCOMPARE(report.outcomes[3].earlierSource, QDir::toNativeSeparators(a));
        // In the order given, each with its suggestions; the models heard of them.
        const QList<Storage::ArticleSummary> articles = o.project().articles();
        QCOMPARE(articles.size(), 4);
        QCOMPARE(articles[2].title, u"Talks in Oslo"_s);
        QCOMPARE(articles[3].title, u"Talks in Rome"_s);
        QVERIFY(!o.project().annotations(articles[2].id).isEmpty());
        QCOMPARE(o.session.articleModel()->rowCount(), 4);
        QVERIFY(o.project().actorIdForName(u"Lena Brandt"_s));

        // Again: nothing added, and the summary names the files.
        const QStringList once = o.fixture.state();
        o.session.importFiles({a, b});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        report = finished.last().first().value<Import::ImportReport>();
        QCOMPARE(report.count(Import::ImportOutcome::AlreadyInProject), 2);
        QCOMPARE(o.fixture.state(), once);
        QVERIFY2(report.summary().contains(u"skipped 2 already in the project: %1, %2"_s.arg(QDir::toNativeSeparators(a),
                                                                                              QDir::toNativeSeparators(b))),
                 qPrintable(report.summary()));
    }

    void analysingAgainKeepsDecisions()
    {
        Opened o;
        QVERIFY(o.start());
        QSignalSpy finished(&o.session, &Session::ProjectSession::importFinished);
        o.session.reanalyse({o.fixture.first});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const QList<Model::Annotation> suggested = o.project().annotations(o.fixture.first);
        QVERIFY(!suggested.isEmpty());
        QVERIFY(o.session.accept(suggested.first().id));
        QVERIFY(o.session.reject(suggested.last().id));
        const QStringList decided = o.fixture.state();
        o.session.reanalyse({o.fixture.first});
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        // The same findings: the pending ones are replaced by equal ones; the decisions stay.
        QCOMPARE(o.project().annotation(suggested.first().id)->origin, Origin::Accepted);
        QCOMPARE(o.project().annotation(suggested.last().id)->origin, Origin::Rejected);
        QCOMPARE(o.project().annotations(o.fixture.first).size(), suggested.size());
        QCOMPARE(o.session.undoStack()->count(), 2); // analysing is no edit to undo
        Q_UNUSED(decided);
    }

    void panelsEditThroughTheUndoStack()
    {
        Opened o;
        QVERIFY(o.start([](ProjectFixture &f) { Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person); }));
        Models::ActorModel *actors = o.session.actorModel();
        const int row = actors->rowOf(o.project().actorIdForName(u"Lena Brandt"_s));
        QVERIFY(actors->setData(actors->index(row, Models::ActorModel::RoleColumn), u"Foreign Minister"_s));
        QCOMPARE(o.session.undoStack()->count(), 1);
        QCOMPARE(o.project().actor(o.project().actorIdForName(u"Lena Brandt"_s))->role, u"Foreign Minister"_s);
        o.session.undoStack()->undo();
        QCOMPARE(o.project().actor(o.project().actorIdForName(u"Lena Brandt"_s))->role, QString());
        const qint64 category = o.session.addCategory();
        QVERIFY(category);
        QCOMPARE(o.project().categories().last().shortcut, u"3"_s);
        QVERIFY(o.session.removeCategory(category));
        QCOMPARE(o.project().categories().size(), 2);
    }

    void sampleContentComesWithItsSuggestions()
    {
        QTemporaryDir dir;
        Session::ProjectSession session;
        Storage::Error error;
        QVERIFY(session.open(dir.filePath(u"sample.parlance"_s), {.readOnly = false, .createIfMissing = true}, &error));
        QSignalSpy finished(&session, &Session::ProjectSession::importFinished);
        QVERIFY(session.addSampleContent());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(session.project()->categories().size(), 3);
        QVERIFY(session.project()->articles().size() >= 2);
        QVERIFY(!session.project()->annotations(session.project()->articles().first().id).isEmpty());
        QCOMPARE(session.undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
