// SPDX-License-Identifier: GPL-2.0-or-later
// Project: every table round-trips, mutators commit and signal, the FTS index follows the data.
#include "model/textanchor.h"
#include "storage/project.h"
#include "storage/projectsnapshot.h"
#include "storage/projectwriter.h"
#include "testbackend.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

Model::Article sampleArticle(const QString &title, const QString &text)
{
    Model::Article a;
    a.title = title;
    a.outlet = u"The Example Courier"_s;
    a.author = u"R. Writer"_s;
    a.url = u"https://example.org/news/1"_s;
    a.published = QDate(2026, 3, 14);
    a.language = u"en"_s;
    a.text = text;
    return a;
}

// Our own words, with a non-BMP character so that UTF-16 offsets matter.
const QString text1 = u"Ministers meet in Geneva\n\nThe foreign minister said on Tuesday that \"we will not "
                      u"accept any delay\" and promised talks next week. \U0001F54A The envoy told "
                      u"reporters the offer stands unless the border closes."_s;
const QString text2 = u"Trade talks stall\n\nNegotiators from both sides refused to sign the accord, "
                      u"a spokeswoman said."_s;

// Field by field, so that a failure names the field.
void compareAnnotations(const Model::Annotation &actual, const Model::Annotation &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.articleId, expected.articleId);
    QCOMPARE(actual.span, expected.span);
    QCOMPARE(actual.exact, expected.exact);
    QCOMPARE(actual.prefix, expected.prefix);
    QCOMPARE(actual.suffix, expected.suffix);
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.origin, expected.origin);
    QCOMPARE(actual.actorId, expected.actorId);
    QCOMPARE(actual.addresseeId, expected.addresseeId);
    QCOMPARE(actual.quoteKind, expected.quoteKind);
    QCOMPARE(actual.contentParts, expected.contentParts);
    QCOMPARE(actual.cue, expected.cue);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.commitmentType, expected.commitmentType);
    QCOMPARE(actual.strength, expected.strength);
    QCOMPARE(actual.negated, expected.negated);
    QCOMPARE(actual.condition, expected.condition);
    QCOMPARE(actual.time, expected.time);
    QCOMPARE(actual.categoryId, expected.categoryId);
    QCOMPARE(actual.note, expected.note);
    QCOMPARE(actual.coder, expected.coder);
    QCOMPARE(actual.created, expected.created);
    QCOMPARE(actual.modified, expected.modified);
    QCOMPARE(actual, expected);
}

} // namespace

class TestProject final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Test::TestBackend m_backend; // a file, or the server when run as tst_project_postgres
    int m_counter = 0;

    std::unique_ptr<Storage::Project> newProject(QString *path = nullptr)
    {
        const QString file = m_backend.newProject(m_dir, u"p%1"_s.arg(++m_counter));
        if (path)
            *path = file;
        Storage::Error error;
        auto project = Storage::Project::open(file, {.readOnly = false, .createIfMissing = true}, &error);
        if (!project)
            qWarning() << error.message();
        return project;
    }

    static std::unique_ptr<Storage::Project> reopen(const QString &path, bool readOnly = false)
    {
        Storage::Error error;
        auto project = Storage::Project::open(path, {.readOnly = readOnly, .createIfMissing = false}, &error);
        if (!project)
            qWarning() << error.message();
        return project;
    }

    // A fully populated annotation on article `articleId` of text1.
    static Model::Annotation fullAnnotation(qint64 articleId, qint64 speaker, qint64 addressee, qint64 category)
    {
        Model::Annotation a;
        a.articleId = articleId;
        const int q = int(text1.indexOf(u"\"we will"_s));
        const int qe = int(text1.indexOf(u"delay\""_s)) + 6;
        a.span = {q, qe};
        a.kind = Model::AnnotationKind::Commitment;
        a.origin = Model::Origin::Accepted;
        a.actorId = speaker;
        a.addresseeId = addressee;
        a.quoteKind = Model::QuoteKind::Indirect;
        a.contentParts = {{q + 1, qe - 1}, {q + 2, q + 9}};
        a.cue = {int(text1.indexOf(u"said"_s)), int(text1.indexOf(u"said"_s)) + 4};
        a.source = {int(text1.indexOf(u"The foreign"_s)), int(text1.indexOf(u"minister"_s)) + 8};
        a.commitmentType = Model::CommitmentType::Refusal;
        a.strength = 0.875;
        a.negated = true;
        a.condition = {int(text1.indexOf(u"unless"_s)), int(text1.indexOf(u"closes"_s)) + 6};
        a.time = {int(text1.indexOf(u"next week"_s)), int(text1.indexOf(u"next week"_s)) + 9};
        a.categoryId = category;
        a.confidence = 0.73;                          // schema version 5
        a.sourceKind = Model::SourceKind::Collective; // schema version 5
        a.note = u"Firm wording; compare the envoy's offer."_s;
        a.coder = u"ana"_s;
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the list of verified files goes to a test folder
        QVERIFY(m_dir.isValid());
        PARLANCE_BACKEND_REQUIRE(m_backend);
    }

    void createsEmptyProjectAtCurrentVersion()
    {
        QString path;
        auto project = newProject(&path);
        QVERIFY(project);
        QVERIFY(!project->isReadOnly());
        QVERIFY(project->readOnlyReason().isEmpty());
        QCOMPARE(project->schemaVersion(), Storage::Project::currentSchemaVersion());
        QCOMPARE(project->path(), m_backend.onServer() ? path : QFileInfo(path).absoluteFilePath());
        QVERIFY(project->articles().isEmpty());
        QCOMPARE(project->annotationCount(), 0);
        QCOMPARE(project->integrityCheck(), u"ok"_s);
    }

    void openingMissingFileWithoutCreateFails()
    {
        PARLANCE_FILE_ONLY(m_backend, "a server's project is made by push or the desk's owner, never by opening");
        Storage::Error error;
        QVERIFY(!Storage::Project::open(m_dir.filePath(u"absent.parlance"_s), {}, &error));
        QCOMPARE(error.code, Storage::Error::NotFound);
        QVERIFY(error.message().contains(u"absent.parlance"_s));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"absent.parlance"_s)));
    }

    void articlesRoundTrip()
    {
        QString path;
        auto project = newProject(&path);
        QSignalSpy changed(project.get(), &Storage::Project::articlesChanged);
        QList<Model::Article> batch{sampleArticle(u"Ministers meet"_s, text1), sampleArticle(QString(), text2)};
        batch[1].importedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), QTimeZone::UTC);
        QVERIFY(Storage::ProjectWriter(*project).addArticles(batch));
        QCOMPARE(changed.count(), 1);
        QVERIFY(batch[0].id > 0 && batch[1].id > batch[0].id);
        QCOMPARE(batch[0].contentHash, Model::Article::hashText(text1));
        QVERIFY(batch[0].importedAt.isValid());
        project.reset();

        project = reopen(path);
        QVERIFY(project);
        for (const Model::Article &expected : std::as_const(batch)) {
            const std::optional<Model::Article> stored = project->article(expected.id);
            QVERIFY(stored);
            QCOMPARE(*stored, expected);
            QVERIFY(stored->textMatchesHash());
        }
        const QList<Storage::ArticleSummary> list = project->articles();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].number, 1);
        QCOMPARE(list[0].title, u"Ministers meet"_s);
        QCOMPARE(list[0].outlet, u"The Example Courier"_s);
        QCOMPARE(list[0].published, QDate(2026, 3, 14));
        QCOMPARE(list[1].number, 2);
        QCOMPARE(list[1].title, u"Trade talks stall"_s); // no title: the first line
        QVERIFY(!project->article(9999));
    }

    void annotationRoundTripsEveryAttribute()
    {
        QString path;
        auto project = newProject(&path);
        Model::Article article = sampleArticle(u"t"_s, text1);
        QVERIFY(Storage::ProjectWriter(*project).addArticle(article));
        Model::Actor minister{0, u"Foreign Minister"_s, Model::ActorType::Person, u"minister"_s, {u"the minister"_s}};
        Model::Actor state{0, u"Freedonia"_s, Model::ActorType::State, QString(), {}};
        QVERIFY(Storage::ProjectWriter(*project).addActor(minister));
        QVERIFY(Storage::ProjectWriter(*project).addActor(state));
        Model::CodebookCategory category{0, u"Hedging"_s, QColor(0x12, 0x34, 0x56), u"1"_s, u"Softened claims"_s};
        QVERIFY(Storage::ProjectWriter(*project).addCategory(category));

        Model::Annotation a = fullAnnotation(article.id, minister.id, state.id, category.id);
        QSignalSpy added(project.get(), &Storage::Project::annotationAdded);
        Storage::Error error;
        QVERIFY2(Storage::ProjectWriter(*project).addAnnotation(a, &error), qPrintable(error.message()));
        QCOMPARE(added.count(), 1);
        QVERIFY(a.id > 0);
        QCOMPARE(a.exact, a.span.textIn(text1).toString());
        QCOMPARE(a.prefix, Model::TextAnchor::capture(text1, a.span).prefix);
        // The suffix ends before the dove (U+1F54A) that 32 UTF-16 units would cut in half.
        QVERIFY(a.suffix.endsWith(u"week. "_s));
        QVERIFY(a.created.isValid());
        QCOMPARE(added.first().first().value<Model::Annotation>(), a);
        project.reset();

        project = reopen(path);
        const std::optional<Model::Annotation> stored = project->annotation(a.id);
        QVERIFY(stored);
        compareAnnotations(*stored, a);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(project->annotations(article.id), QList<Model::Annotation>{a});
        QCOMPARE(project->annotationCount(), 1);
        QCOMPARE(project->coders(), QStringList{u"ana"_s});
        const QList<Storage::ArticleSummary> list = project->articles();
        QCOMPARE(list.first().commitmentCount, 1);
        QCOMPARE(list.first().annotationCount, 1);
        QCOMPARE(list.first().quoteCount, 0);
    }

    void defaultsRoundTrip()
    {
        auto project = newProject();
        Model::Article article = sampleArticle(u"t"_s, text2);
        QVERIFY(Storage::ProjectWriter(*project).addArticle(article));
        Model::Annotation a;
        a.articleId = article.id;
        a.span = {0, 5};
        QVERIFY(Storage::ProjectWriter(*project).addAnnotation(a));
        QCOMPARE(*project->annotation(a.id), a);
        QCOMPARE(a.strength, -1.0);
        QVERIFY(!a.cue.isValid());
    }

    void annotationOutsideTextIsRefused_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<qint64>("article");
        QTest::newRow("past the end") << 5 << 100000 << qint64(0);
        QTest::newRow("reversed") << 10 << 5 << qint64(0);
        QTest::newRow("no such article") << 0 << 1 << qint64(424242);
        QTest::newRow("cuts a surrogate pair") << int(text1.indexOf(u"\U0001F54A"_s)) + 1 << int(text1.size()) << qint64(0);
    }

    void annotationOutsideTextIsRefused()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(qint64, article);
        auto project = newProject();
        Model::Article stored = sampleArticle(u"t"_s, text1);
        QVERIFY(Storage::ProjectWriter(*project).addArticle(stored));
        Model::Annotation a;
        a.articleId = article ? article : stored.id;
        a.span = {start, end};
        Storage::Error error;
        QVERIFY(!Storage::ProjectWriter(*project).addAnnotation(a, &error));
        QCOMPARE(error.code, Storage::Error::Invalid);
        QCOMPARE(a.id, 0);
        QCOMPARE(project->annotationCount(), 0);
    }

    void updateAndRemoveAnnotation()
    {
        auto project = newProject();
        Model::Article article = sampleArticle(u"t"_s, text1);
        QVERIFY(Storage::ProjectWriter(*project).addArticle(article));
        Model::Annotation a = fullAnnotation(article.id, 0, 0, 0);
        QVERIFY(Storage::ProjectWriter(*project).addAnnotation(a));
        QSignalSpy changed(project.get(), &Storage::Project::annotationChanged);
        QSignalSpy removed(project.get(), &Storage::Project::annotationRemoved);

        a.span = {0, 9};
        a.note = u"headline wording"_s;
        a.origin = Model::Origin::Manual;
        QVERIFY(Storage::ProjectWriter(*project).updateAnnotation(a));
        QCOMPARE(a.exact, u"Ministers"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(*project->annotation(a.id), a);
        QCOMPARE(project->search(u"headline"_s).size(), 1);
        QVERIFY(project->search(u"compare"_s).isEmpty()); // the old note left the index

        const Model::Annotation before = a;
        QVERIFY(Storage::ProjectWriter(*project).removeAnnotation(a.id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(0).toLongLong(), a.id);
        QCOMPARE(removed.first().at(1).toLongLong(), article.id);
        QVERIFY(!project->annotation(a.id));
        QVERIFY(project->search(u"headline"_s).isEmpty());

        // Undo: the annotation comes back under its own id.
        QVERIFY(Storage::ProjectWriter(*project).restoreAnnotation(before));
        QCOMPARE(*project->annotation(before.id), before);
        Storage::Error error;
        QVERIFY(!Storage::ProjectWriter(*project).restoreAnnotation(before, &error));
        QCOMPARE(error.code, Storage::Error::Invalid);
        // A new annotation never takes a removed one's id.
        QVERIFY(Storage::ProjectWriter(*project).removeAnnotation(before.id));
        Model::Annotation next;
        next.articleId = article.id;
        next.span = {1, 2};
        QVERIFY(Storage::ProjectWriter(*project).addAnnotation(next));
        QVERIFY(next.id > before.id);
    }

    void replaceSuggestionsKeepsDecisions()
    {
        auto project = newProject();
        Model::Article article = sampleArticle(u"t"_s, text1);
        QVERIFY(Storage::ProjectWriter(*project).addArticle(article));
        auto make = [&](int s, int e, Model::Origin origin) {
            Model::Annotation a;
            a.articleId = article.id;
            a.span = {s, e};
            a.origin = origin;
            return a;
        };
        Model::Annotation rejected = make(0, 9, Model::Origin::Rejected);
        Model::Annotation accepted = make(10, 14, Model::Origin::Accepted);
        Model::Annotation manual = make(20, 30, Model::Origin::Manual);
        Model::Annotation oldSuggestion = make(40, 50, Model::Origin::Suggested);
        for (Model::Annotation *a : {&rejected, &accepted, &manual, &oldSuggestion})
            QVERIFY(Storage::ProjectWriter(*project).addAnnotation(*a));

        QList<Model::Annotation> fresh{make(0, 9, Model::Origin::Suggested), make(10, 14, Model::Origin::Suggested),
                                       make(60, 70, Model::Origin::Suggested)};
        QSignalSpy replaced(project.get(), &Storage::Project::suggestionsReplaced);
        QVERIFY(Storage::ProjectWriter(*project).replaceSuggestions(article.id, fresh));
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(fresh.first().span, Model::Span(60, 70));
        QVERIFY(fresh.first().id > 0);

        QList<Model::Span> spans;
        for (const Model::Annotation &a : project->annotations(article.id))
            spans.append(a.span);
        QCOMPARE(spans, (QList<Model::Span>{{0, 9}, {10, 14}, {20, 30}, {60, 70}}));
        QVERIFY(!project->annotation(oldSuggestion.id));
        QCOMPARE(project->annotationCount(), 3); // rejected ones are not counted
    }

    void articleCountsFollowEveryChange()
    {
        auto project = newProject();
        QList<Model::Article> batch{sampleArticle(u"a"_s, text1), sampleArticle(u"b"_s, text2)};
        QVERIFY(Storage::ProjectWriter(*project).addArticles(batch));
        auto make = [&](qint64 article, Model::AnnotationKind kind, Model::Origin origin, int at) {
            Model::Annotation a;
            a.articleId = article;
            a.kind = kind;
            a.origin = origin;
            a.span = {at, at + 3};
            return a;
        };
        // Expected counts, recomputed from the annotations themselves.
        auto check = [&]() {
            for (const Storage::ArticleSummary &s : project->articles()) {
                int quotes = 0, commitments = 0, all = 0;
                for (const Model::Annotation &a : project->annotations(s.id)) {
                    if (a.origin == Model::Origin::Rejected)
                        continue;
                    ++all;
                    quotes += a.kind == Model::AnnotationKind::Quote;
                    commitments += a.kind == Model::AnnotationKind::Commitment;
                }
                if (s.quoteCount != quotes || s.commitmentCount != commitments || s.annotationCount != all)
                    return false;
            }
            return true;
        };
        Model::Annotation q = make(batch[0].id, Model::AnnotationKind::Quote, Model::Origin::Manual, 0);
        Model::Annotation c = make(batch[0].id, Model::AnnotationKind::Commitment, Model::Origin::Suggested, 5);
        Model::Annotation r = make(batch[0].id, Model::AnnotationKind::Quote, Model::Origin::Rejected, 10);
        for (Model::Annotation *a : {&q, &c, &r})
            QVERIFY(Storage::ProjectWriter(*project).addAnnotation(*a));
        QVERIFY(check());
        QCOMPARE(project->articles().first().quoteCount, 1);
        QCOMPARE(project->articles().first().commitmentCount, 1);
        QCOMPARE(project->articles().first().annotationCount, 2);
        c.origin = Model::Origin::Rejected;
        QVERIFY(Storage::ProjectWriter(*project).updateAnnotation(c));
        QVERIFY(check());
        q.articleId = batch[1].id; // moved to the other article
        QVERIFY(Storage::ProjectWriter(*project).updateAnnotation(q));
        QVERIFY(check());
        QCOMPARE(project->articles().at(1).quoteCount, 1);
        QList<Model::Annotation> suggestions{make(batch[1].id, Model::AnnotationKind::Commitment, Model::Origin::Suggested, 20)};
        QVERIFY(Storage::ProjectWriter(*project).replaceSuggestions(batch[1].id, suggestions));
        QVERIFY(check());
        QVERIFY(Storage::ProjectWriter(*project).removeAnnotation(q.id));
        QVERIFY(check());
        QVERIFY(Storage::ProjectWriter(*project).restoreAnnotation(q));
        QVERIFY(check());
        QCOMPARE(project->articles().at(1).annotationCount, 2);
    }

    void actorsRoundTripAndMerge()
    {
        QString path;
        auto project = newProject(&path);
        QSignalSpy changed(project.get(), &Storage::Project::actorsChanged);
        Model::Actor a{0, u"Jane Envoy"_s, Model::ActorType::Person, u"special envoy"_s, {u"Envoy"_s, u"the envoy"_s}};
        Model::Actor b{0, u"J. Envoy"_s, Model::ActorType::Person, QString(), {u"Ms Envoy"_s}};
        QVERIFY(Storage::ProjectWriter(*project).addActor(a));
        QVERIFY(Storage::ProjectWriter(*project).addActor(b));
        QCOMPARE(changed.count(), 2);
        project.reset();
        project = reopen(path);
        QCOMPARE(*project->actor(a.id), a);
        QCOMPARE(project->actors().size(), 2);

        QCOMPARE(Storage::ProjectWriter(*project).actorIdFor(u"THE  ENVOY"_s, Model::ActorType::Person), a.id);
        const qint64 created = Storage::ProjectWriter(*project).actorIdFor(u"Republic of Nowhere"_s, Model::ActorType::State);
        QVERIFY(created > 0 && created != a.id && created != b.id);
        QCOMPARE(project->actor(created)->type, Model::ActorType::State);

        Model::Article article = sampleArticle(u"t"_s, text1);
        QVERIFY(Storage::ProjectWriter(*project).addArticle(article));
        Model::Annotation quote;
        quote.articleId = article.id;
        quote.span = {0, 9};
        quote.actorId = b.id;
        quote.addresseeId = b.id;
        QVERIFY(Storage::ProjectWriter(*project).addAnnotation(quote));

        QSignalSpy annotationChanged(project.get(), &Storage::Project::annotationChanged);
        QVERIFY(Storage::ProjectWriter(*project).mergeActors(a.id, b.id));
        QVERIFY(!project->actor(b.id));
        const Model::Actor merged = *project->actor(a.id);
        QVERIFY(merged.isKnownAs(u"J. Envoy"_s));
        QVERIFY(merged.isKnownAs(u"Ms Envoy"_s));
        QCOMPARE(project->annotation(quote.id)->actorId, a.id);
        QCOMPARE(project->annotation(quote.id)->addresseeId, a.id);
        QCOMPARE(annotationChanged.count(), 1);

        a = merged;
        a.role = u"retired envoy"_s;
        a.aliases = {u"Jane"_s};
        QVERIFY(Storage::ProjectWriter(*project).updateActor(a));
        QCOMPARE(*project->actor(a.id), a);
        QVERIFY(Storage::ProjectWriter(*project).removeActor(a.id));
        QCOMPARE(project->annotation(quote.id)->actorId, 0); // the annotation stays, without speaker
        Storage::Error error;
        QVERIFY(!Storage::ProjectWriter(*project).removeActor(a.id, &error));
        QCOMPARE(error.code, Storage::Error::Invalid);
    }

    void categoriesRoundTrip()
    {
        QString path;
        auto project = newProject(&path);
        QSignalSpy changed(project.get(), &Storage::Project::categoriesChanged);
        Model::CodebookCategory c1{0, u"Threat framing"_s, QColor(200, 10, 10), u"1"_s, u"Words that threaten"_s};
        Model::CodebookCategory c2{0, u"Translucent"_s, QColor(1, 2, 3, 128), u"Ctrl+2"_s, QString()};
        QVERIFY(Storage::ProjectWriter(*project).addCategory(c1));
        QVERIFY(Storage::ProjectWriter(*project).addCategory(c2));
        c2.description = u"half see-through"_s;
        QVERIFY(Storage::ProjectWriter(*project).updateCategory(c2));
        QCOMPARE(changed.count(), 3);
        project.reset();
        project = reopen(path);
        QCOMPARE(project->categories(), (QList<Model::CodebookCategory>{c1, c2}));
        QVERIFY(Storage::ProjectWriter(*project).removeCategory(c1.id));
        QCOMPARE(project->categories(), QList<Model::CodebookCategory>{c2});
    }

    void codersAndSettingsRoundTrip_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::newRow("string") << QVariant(u"Zoë"_s);
        QTest::newRow("int") << QVariant(qint64(42));
        QTest::newRow("bool") << QVariant(true);
        QTest::newRow("double") << QVariant(2.5);
        QTest::newRow("bytes") << QVariant(QByteArray("\x00\x01\xff", 3));
        QTest::newRow("date") << QVariant(QDate(2026, 5, 1));
        QTest::newRow("string list") << QVariant(QStringList{u"a"_s, u"b c"_s});
        QTest::newRow("map") << QVariant(QVariantMap{{u"width"_s, u"wide"_s}});
    }

    void codersAndSettingsRoundTrip()
    {
        QFETCH(QVariant, value);
        QString path;
        auto project = newProject(&path);
        QVERIFY(Storage::ProjectWriter(*project).setCurrentCoder(u"Ana"_s));
        QVERIFY(Storage::ProjectWriter(*project).setSetting(u"view/value"_s, value));
        project.reset();
        project = reopen(path);
        QCOMPARE(project->currentCoder(), u"Ana"_s);
        QCOMPARE(project->coders(), QStringList{u"Ana"_s});
        const QVariant stored = project->setting(u"view/value"_s);
        QCOMPARE(stored.typeId(), value.typeId());
        QCOMPARE(stored, value);
        QCOMPARE(project->setting(u"absent"_s, 7), QVariant(7));
        QVERIFY(Storage::ProjectWriter(*project).setSetting(u"view/value"_s, QVariant()));
        QVERIFY(!project->setting(u"view/value"_s).isValid());

        // New annotations carry the current coder.
        Model::Article article = sampleArticle(u"t"_s, text2);
        QVERIFY(Storage::ProjectWriter(*project).addArticle(article));
        Model::Annotation a;
        a.articleId = article.id;
        a.span = {0, 5};
        QVERIFY(Storage::ProjectWriter(*project).addAnnotation(a));
        QCOMPARE(a.coder, u"Ana"_s);
    }

    // What merge and agreement read (ProjectSnapshot), through the connection in use: a shared
    // project's too, a bytes setting included.
    void snapshotReadsEveryKindOfRow()
    {
        auto project = newProject();
        QVERIFY(project);
        Storage::ProjectWriter writer(*project);
        QVERIFY(writer.setCurrentCoder(u"Ana"_s));
        Model::Article article = sampleArticle(u"t"_s, text1);
        QVERIFY(writer.addArticle(article));
        const qint64 speaker = writer.actorIdFor(u"The Minister"_s, Model::ActorType::Person);
        QVERIFY(speaker > 0);
        Model::Annotation a;
        a.articleId = article.id;
        a.span = {0, 5};
        a.actorId = speaker;
        a.note = u"checked"_s;
        QVERIFY(writer.addAnnotation(a));
        const QByteArray bytes("\x00\x01\xff", 3);
        QVERIFY(writer.setSetting(u"view/bytes"_s, bytes));
        QVERIFY(writer.setSetting(u"view/count"_s, qint64(42)));

        const Storage::ProjectSnapshot snap = Storage::ProjectSnapshot::read(*project);
        QCOMPARE(snap.articles.size(), 1);
        QCOMPARE(snap.articles.first().text, text1);
        QCOMPARE(snap.actors.size(), 1);
        QCOMPARE(snap.actors.first().actor.canonicalName, u"The Minister"_s);
        QCOMPARE(snap.annotations.size(), 1);
        QCOMPARE(snap.annotations.first().articleUuid, snap.articles.first().uuid);
        QCOMPARE(snap.annotations.first().actorUuid, snap.actors.first().actor.uuid);
        QCOMPARE(snap.annotations.first().annotation.note, u"checked"_s);
        QCOMPARE(snap.coders.size(), 1);
        QCOMPARE(snap.coders.first().name, u"Ana"_s);
        QVariantMap settings;
        for (const Storage::SnapshotSetting &setting : snap.settings)
            settings.insert(setting.key, setting.value);
        QCOMPARE(settings.value(u"view/bytes"_s).toByteArray(), bytes);
        QCOMPARE(settings.value(u"view/count"_s).toLongLong(), 42);
    }

    void comparisonSetsRoundTrip()
    {
        QString path;
        auto project = newProject(&path);
        QList<Model::Article> batch{sampleArticle(u"a"_s, text1), sampleArticle(u"b"_s, text2), sampleArticle(u"c"_s, text2)};
        QVERIFY(Storage::ProjectWriter(*project).addArticles(batch));
        QSignalSpy changed(project.get(), &Storage::Project::comparisonSetsChanged);
        Storage::ComparisonSet set{0, u"Geneva coverage"_s, {batch[2].id, batch[0].id, batch[1].id}};
        QVERIFY(Storage::ProjectWriter(*project).saveComparisonSet(set));
        QVERIFY(set.id > 0);
        set.articleIds = {batch[1].id, batch[2].id};
        set.name = u"renamed"_s;
        QVERIFY(Storage::ProjectWriter(*project).saveComparisonSet(set));
        Storage::ComparisonSet bad{0, u"x"_s, {987654}};
        Storage::Error error;
        QVERIFY(!Storage::ProjectWriter(*project).saveComparisonSet(bad, &error));
        QCOMPARE(error.code, Storage::Error::Invalid);
        QCOMPARE(changed.count(), 2);
        project.reset();
        project = reopen(path);
        QCOMPARE(project->comparisonSets().size(), 1);
        QCOMPARE(project->comparisonSets().first().articleIds, set.articleIds);
        QCOMPARE(project->comparisonSets().first().name, u"renamed"_s);

        // Removing an article removes it from the sets too.
        QVERIFY(Storage::ProjectWriter(*project).removeArticle(batch[1].id));
        QCOMPARE(project->comparisonSets().first().articleIds, QList<qint64>{batch[2].id});
        QVERIFY(Storage::ProjectWriter(*project).removeComparisonSet(set.id));
        QVERIFY(project->comparisonSets().isEmpty());
    }

    void removeArticleRemovesItsAnnotationsAndIndex()
    {
        auto project = newProject();
        QList<Model::Article> batch{sampleArticle(u"a"_s, text1), sampleArticle(u"b"_s, text2)};
        QVERIFY(Storage::ProjectWriter(*project).addArticles(batch));
        Model::Annotation a = fullAnnotation(batch[0].id, 0, 0, 0);
        QVERIFY(Storage::ProjectWriter(*project).addAnnotation(a));
        QCOMPARE(project->search(u"Geneva"_s).size(), 1);
        QVERIFY(Storage::ProjectWriter(*project).removeArticle(batch[0].id));
        QVERIFY(!project->annotation(a.id));
        QVERIFY(project->search(u"Geneva"_s).isEmpty());
        QVERIFY(project->search(u"compare"_s).isEmpty());
        QCOMPARE(project->articles().size(), 1);
        QCOMPARE(project->articles().first().number, 1);
        QCOMPARE(project->integrityCheck(), u"ok"_s);
        Storage::Error error;
        QVERIFY(!Storage::ProjectWriter(*project).removeArticle(batch[0].id, &error));
        QCOMPARE(error.code, Storage::Error::Invalid);
    }

    void searchFindsTextAndNotes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("one word") << u"negotiators"_s << QStringList{u"b"_s};
        QTest::newRow("words are ANDed") << u"minister Geneva"_s << QStringList{u"a"_s};
        QTest::newRow("no match") << u"submarine"_s << QStringList{};
        QTest::newRow("in a note only") << u"wording"_s << QStringList{u"b"_s};
        QTest::newRow("prefix") << u"negotiat*"_s << QStringList{u"b"_s};
        QTest::newRow("punctuation is searched as words") << u"U.S. \"border"_s << QStringList{};
        QTest::newRow("diacritics folded") << u"géneva"_s << QStringList{u"a"_s};
    }

    void searchFindsTextAndNotes()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, titles);
        auto project = newProject();
        QList<Model::Article> batch{sampleArticle(u"a"_s, text1), sampleArticle(u"b"_s, text2)};
        QVERIFY(Storage::ProjectWriter(*project).addArticles(batch));
        Model::Annotation a;
        a.articleId = batch[1].id;
        a.span = {0, 5};
        a.note = u"Odd wording here"_s;
        QVERIFY(Storage::ProjectWriter(*project).addAnnotation(a));
        QStringList found;
        QList<qint64> ids;
        for (const Storage::SearchHit &hit : project->search(query)) {
            found.append(project->article(hit.articleId)->title);
            ids.append(hit.articleId);
            QVERIFY(!hit.snippet.isEmpty());
        }
        QCOMPARE(found, titles);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(project->searchArticleIds(query), ids);
        if (!titles.isEmpty())
            QCOMPARE(project->search(query, 1).size(), 1);
    }

    void readOnlyProjectRefusesWrites()
    {
        QString path;
        {
            auto project = newProject(&path);
            Model::Article article = sampleArticle(u"a"_s, text1);
            QVERIFY(Storage::ProjectWriter(*project).addArticle(article));
        }
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        auto project = reopen(path, true);
        QVERIFY(project);
        QVERIFY(project->isReadOnly());
        QVERIFY(!project->readOnlyReason().isEmpty());
        QCOMPARE(project->articles().size(), 1);
        Model::Article article = sampleArticle(u"b"_s, text2);
        Storage::Error error;
        QVERIFY(!Storage::ProjectWriter(*project).addArticle(article, &error));
        QCOMPARE(error.code, Storage::Error::ReadOnly);
        QVERIFY(error.message().contains(QFileInfo(path).fileName()));
        Model::Annotation a;
        a.articleId = project->articles().first().id;
        a.span = {0, 1};
        QVERIFY(!Storage::ProjectWriter(*project).addAnnotation(a, &error));
        QCOMPARE(error.code, Storage::Error::ReadOnly);
        QVERIFY(!Storage::ProjectWriter(*project).setSetting(u"k"_s, 1, &error));
        QVERIFY(!Storage::ProjectWriter(*project).setCurrentCoder(u"x"_s, &error));
        QCOMPARE(Storage::ProjectWriter(*project).actorIdFor(u"Someone"_s, Model::ActorType::Person, &error), 0);
        QCOMPARE(error.code, Storage::Error::ReadOnly);
        project.reset();
        if (m_backend.onServer()) { // nothing reached the server
            project = reopen(path);
            QCOMPARE(project->articles().size(), 1);
            QVERIFY(!project->setting(u"k"_s).isValid());
            QCOMPARE(project->actorIdForName(u"Someone"_s), 0);
            return;
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void closedProjectIsOneFile()
    {
        PARLANCE_FILE_ONLY(m_backend, "journal files and the lock file");
        QString path;
        {
            auto project = newProject(&path);
            Model::Article article = sampleArticle(u"a"_s, text1);
            QVERIFY(Storage::ProjectWriter(*project).addArticle(article));
            QVERIFY(QFileInfo::exists(path + u"-wal"_s)); // WAL while open
        }
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
        QVERIFY(!QFileInfo::exists(path + u"-shm"_s));
        QVERIFY(!QFileInfo::exists(path + u"-journal"_s));
        const QString lock = QFileInfo(path).absolutePath() + u"/."_s + QFileInfo(path).fileName() + u".lock"_s;
        QVERIFY(!QFileInfo::exists(lock));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray header = f.read(20);
        QCOMPARE(int(header.at(18)), 1); // rollback-journal mode: readable from read-only media
        QCOMPARE(int(header.at(19)), 1);
    }

    void saveCopyAsWritesAConsistentCopy()
    {
        if (m_backend.onServer()) { // refused with a reason, nothing written
            auto project = newProject();
            Storage::Error error;
            QVERIFY(!project->saveCopyAs(m_dir.filePath(u"copy.parlance"_s), &error));
            QVERIFY(error.message().contains(u"parlance pull"_s));
            QVERIFY(!QFileInfo::exists(m_dir.filePath(u"copy.parlance"_s)));
            QVERIFY(!Storage::ProjectWriter(*project).backupNow(&error));
            QVERIFY(error.message().contains(u"pg_dump"_s));
            return;
        }
        QString path;
        auto project = newProject(&path);
        Model::Article article = sampleArticle(u"a"_s, text1);
        QVERIFY(Storage::ProjectWriter(*project).addArticle(article));
        Model::Annotation a = fullAnnotation(article.id, 0, 0, 0);
        QVERIFY(Storage::ProjectWriter(*project).addAnnotation(a));
        const QString copyPath = m_dir.filePath(u"copy.parlance"_s);
        QVERIFY(project->saveCopyAs(copyPath));
        // The original stays open and writable.
        Model::Annotation b;
        b.articleId = article.id;
        b.span = {0, 3};
        QVERIFY(Storage::ProjectWriter(*project).addAnnotation(b));
        Storage::Error error;
        QVERIFY(!project->saveCopyAs(path, &error));
        QCOMPARE(error.code, Storage::Error::Invalid);

        auto copy = reopen(copyPath);
        QVERIFY(copy);
        QCOMPARE(*copy->article(article.id), article);
        QCOMPARE(copy->annotations(article.id), QList<Model::Annotation>{a});
        QCOMPARE(copy->integrityCheck(), u"ok"_s);
        QCOMPARE(copy->search(u"envoy"_s).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
