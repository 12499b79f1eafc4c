// SPDX-License-Identifier: GPL-2.0-or-later
#include "commands/actorcommands.h"
#include "storage/projectwriter.h"
#include "commands/codebookcommands.h"
#include "models/actormodel.h"
#include "models/annotationfiltermodel.h"
#include "models/annotationmodel.h"
#include "models/articlefiltermodel.h"
#include "models/articlelistmodel.h"
#include "models/categorymodel.h"
#include "projectfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Parlance;
using namespace Parlance::Test;
using namespace Qt::StringLiterals;
using Model::Annotation;
using Model::AnnotationKind;
using Model::Origin;

namespace {
// Short for the many annotations these tests make.
Model::Annotation make(qint64 article, Model::Span span, AnnotationKind kind, qint64 actor = 0)
{
    return annotationOf(article, span, kind, actor);
}
} // namespace

class TestModels final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PARLANCE_BACKEND_REQUIRE(Test::testBackend());
    }

    void articleListShowsSummariesAndCounts()
    {
        ProjectFixture f;
        QVERIFY(f.open());
        Models::ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(f.project.get());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(f.fill());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, Models::ArticleListModel::TitleColumn).data().toString(), u"Envoys agree to meet again"_s);
        QCOMPARE(model.index(1, Models::ArticleListModel::OutletColumn).data().toString(), u"Test Daily"_s);
        QCOMPARE(model.index(1, Models::ArticleListModel::NumberColumn).data().toInt(), 2);
        QCOMPARE(model.index(0, Models::ArticleListModel::DateColumn).data(Models::ArticleListModel::SortRole).toDate(), QDate(2026, 3, 2));

        // A quote and a commitment change only the counts of their article's row.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Annotation quote = make(f.first, spanOf(firstText(), u"We are ready"_s), AnnotationKind::Quote);
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(quote));
        Annotation commitment = make(f.first, spanOf(firstText(), u"ready to reopen"_s), AnnotationKind::Commitment);
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(commitment));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(model.index(0, Models::ArticleListModel::QuotesColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, Models::ArticleListModel::CommitmentsColumn).data().toInt(), 1);
        QCOMPARE(model.index(1, Models::ArticleListModel::QuotesColumn).data().toInt(), 0);

        // Removing an article removes exactly its row.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(Storage::ProjectWriter(*f.project).removeArticle(f.first));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.articleIdAt(0), f.second);
    }

    void articleFilterMatchesTextAndSearchHits()
    {
        ProjectFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill());
        Models::ArticleListModel model;
        model.setProject(f.project.get());
        Models::ArticleFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setText(u"daily"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QString());
        QCOMPARE(filter.rowCount(), 2);
        QSet<qint64> hits;
        for (const Storage::SearchHit &hit : f.project->search(u"snow"_s))
            hits.insert(hit.articleId);
        QCOMPARE(hits, QSet<qint64>{f.first});
        filter.setAllowedIds(hits);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(Models::ArticleListModel::ArticleIdRole).toLongLong(), f.first);
        filter.setAllowedIds(std::nullopt);
        QCOMPARE(filter.rowCount(), 2);
    }

    void annotationModelKeepsDocumentOrder()
    {
        ProjectFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill());
        Models::AnnotationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(f.project.get());
        model.setArticle(f.first);
        const QString &t = firstText();

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Annotation late = make(f.first, spanOf(t, u"Nothing is agreed"_s), AnnotationKind::Quote);
        Annotation early = make(f.first, spanOf(t, u"Lena Brandt"_s), AnnotationKind::ActorMention);
        Annotation other = make(f.second, spanOf(secondText(), u"Lena Brandt"_s), AnnotationKind::ActorMention);
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(late));
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(early));
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(other));
        QCOMPARE(inserted.size(), 2); // the other article's annotation is not this model's business
        QCOMPARE(inserted.at(1).at(1).toInt(), 0); // inserted before the later one
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, Models::AnnotationModel::TextColumn).data().toString(), u"Lena Brandt"_s);

        // Moving a span past another moves the row.
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        early.span = spanOf(t, u"everything is agreed"_s);
        QVERIFY(Storage::ProjectWriter(*f.project).updateAnnotation(early));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.index(1, 0).data(Models::AnnotationModel::AnnotationIdRole).toLongLong(),
                 early.id);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(Storage::ProjectWriter(*f.project).removeAnnotation(late.id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);

        // Replaced suggestions come in at once.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        f.suggest(f.first, {make(f.first, spanOf(t, u"Tomas Varga"_s), AnnotationKind::ActorMention),
                            make(f.first, spanOf(t, u"GENEVA"_s), AnnotationKind::ActorMention)});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, Models::AnnotationModel::OriginColumn).data().toString(), u"suggested"_s);
    }

    void annotationModelCanListEveryArticle()
    {
        ProjectFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill());
        const QString &t = firstText();
        Annotation inSecond = make(f.second, spanOf(secondText(), u"Lena Brandt"_s), AnnotationKind::ActorMention);
        Annotation late = make(f.first, spanOf(t, u"Nothing is agreed"_s), AnnotationKind::Quote);
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(inSecond) && Storage::ProjectWriter(*f.project).addAnnotation(late));
        Models::AnnotationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(f.project.get());
        model.setArticle(f.first);
        QCOMPARE(model.rowCount(), 1);

        model.setScope(Models::AnnotationModel::Scope::AllArticles);
        QCOMPARE(model.rowCount(), 2);
        // By article number, then in document order; the article column names the article.
        QCOMPARE(model.index(0, 0).data(Models::AnnotationModel::ArticleIdRole).toLongLong(), f.first);
        QCOMPARE(model.index(1, 0).data(Models::AnnotationModel::ArticleIdRole).toLongLong(), f.second);
        QCOMPARE(model.index(1, Models::AnnotationModel::ArticleColumn).data().toString(),
                 u"2. Border crossings could reopen, minister says"_s);
        // Changes in any article arrive as rows, in their place; switching articles changes nothing.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Annotation early = make(f.first, spanOf(t, u"Lena Brandt"_s), AnnotationKind::ActorMention);
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(early));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        Annotation secondQuote = make(f.second, spanOf(secondText(), u"We are prepared"_s), AnnotationKind::Quote);
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(secondQuote));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, 0).data(Models::AnnotationModel::AnnotationIdRole).toLongLong(), secondQuote.id);
        model.setArticle(f.second);
        QCOMPARE(reset.size(), 0);
        QVERIFY(Storage::ProjectWriter(*f.project).removeAnnotation(inSecond.id));
        QCOMPARE(model.rowCount(), 3);

        model.setScope(Models::AnnotationModel::Scope::CurrentArticle);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(Models::AnnotationModel::AnnotationIdRole).toLongLong(), secondQuote.id);
    }

    void annotationFilterByKindSpeakerHolderCoderOrigin_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("rows");
        QTest::newRow("none") << QString() << 4;
        QTest::newRow("quotes") << u"kind=quote"_s << 2;
        QTest::newRow("commitments") << u"kind=commitment"_s << 1;
        QTest::newRow("speaker Brandt") << u"speaker=brandt"_s << 1;
        QTest::newRow("holder Brandt") << u"holder=brandt"_s << 1;
        QTest::newRow("holder Varga") << u"holder=varga"_s << 0;
        QTest::newRow("suggested") << u"origin=suggested"_s << 1;
        QTest::newRow("confirmed") << u"origin=confirmed"_s << 3;
        QTest::newRow("coder") << u"coder=other"_s << 1;
    }

    void annotationFilterByKindSpeakerHolderCoderOrigin()
    {
        QFETCH(QString, filter);
        QFETCH(int, rows);
        ProjectFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill());
        const QString &t = firstText();
        const qint64 brandt = Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person);
        const qint64 varga = Storage::ProjectWriter(*f.project).actorIdFor(u"Tomas Varga"_s, Model::ActorType::Person);
        Annotation q1 = make(f.first, spanOf(t, u"We are ready"_s), AnnotationKind::Quote, brandt);
        Annotation q2 = make(f.first, spanOf(t, u"Nothing is agreed"_s), AnnotationKind::Quote, varga);
        q2.coder = u"other"_s;
        Annotation c = make(f.first, spanOf(t, u"ready to reopen"_s), AnnotationKind::Commitment, brandt);
        Annotation m = make(f.first, spanOf(t, u"Tomas Varga"_s), AnnotationKind::ActorMention, varga);
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(q1) && Storage::ProjectWriter(*f.project).addAnnotation(q2) && Storage::ProjectWriter(*f.project).addAnnotation(c));
        f.suggest(f.first, {m});

        Models::AnnotationModel model;
        model.setProject(f.project.get());
        model.setArticle(f.first);
        Models::AnnotationFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        const QString key = filter.section(u'=', 0, 0), value = filter.section(u'=', 1);
        const qint64 actor = value == u"brandt"_s ? brandt : varga;
        if (key == u"kind"_s)
            proxy.setKinds({value == u"quote"_s ? AnnotationKind::Quote : AnnotationKind::Commitment});
        else if (key == u"speaker"_s)
            proxy.setSpeaker(actor);
        else if (key == u"holder"_s)
            proxy.setHolder(actor);
        else if (key == u"origin"_s)
            proxy.setOrigins(value == u"suggested"_s ? QSet<Origin>{Origin::Suggested} : QSet<Origin>{Origin::Manual, Origin::Accepted});
        else if (key == u"coder"_s)
            proxy.setCoder(value);
        QCOMPARE(proxy.rowCount(), rows);
    }

    void actorModelCountsMentionsAndEdits()
    {
        ProjectFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill());
        Models::ActorModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(f.project.get());
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const qint64 brandt = Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person);
        const qint64 minister = Storage::ProjectWriter(*f.project).actorIdFor(u"the minister"_s, Model::ActorType::Other);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 2);

        const QString &t = firstText();
        Annotation a = make(f.first, spanOf(t, u"Lena Brandt"_s), AnnotationKind::ActorMention, brandt);
        Annotation q = make(f.first, spanOf(t, u"We are ready"_s), AnnotationKind::Quote, brandt);
        Annotation r = make(f.second, spanOf(secondText(), u"Lena Brandt"_s), AnnotationKind::ActorMention, minister);
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(a) && Storage::ProjectWriter(*f.project).addAnnotation(q) && Storage::ProjectWriter(*f.project).addAnnotation(r));
        // Counted once the burst of changes is over (the next turn of the event loop).
        QTRY_COMPARE(model.mentions(brandt), 2);
        QCOMPARE(model.mentions(minister), 1);
        const int row = model.rowOf(brandt);
        QCOMPARE(model.index(row, Models::ActorModel::MentionsColumn).data().toInt(), 2);

        // Without an editor (the session's) the model writes nothing: no edit bypasses the undo stack.
        const QStringList before = f.state();
        QVERIFY(!(model.flags(model.index(row, Models::ActorModel::NameColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(row, Models::ActorModel::NameColumn), u"Somebody Else"_s));
        QCOMPARE(f.state(), before);

        // With one, an edit is a command on the stack.
        QUndoStack stack;
        model.setEditor([&](const Model::Actor &from, const Model::Actor &to) {
            return Commands::push(&stack, new Commands::EditActorCommand(f.project.get(), from, to), {});
        });
        QVERIFY(model.flags(model.index(row, Models::ActorModel::NameColumn)) & Qt::ItemIsEditable);
        // Renaming keeps the old name as an alias; the type is set through the edit role.
        QVERIFY(model.setData(model.index(row, Models::ActorModel::NameColumn), u"Lena M. Brandt"_s));
        QVERIFY(model.setData(model.index(row, Models::ActorModel::TypeColumn), int(Model::ActorType::Person)));
        QVERIFY(model.setData(model.index(row, Models::ActorModel::RoleColumn), u"Foreign Minister"_s));
        const auto renamed = f.project->actor(brandt);
        QVERIFY(renamed);
        QCOMPARE(renamed->canonicalName, u"Lena M. Brandt"_s);
        QVERIFY(renamed->isKnownAs(u"Lena Brandt"));
        QCOMPARE(renamed->role, u"Foreign Minister"_s);
        QCOMPARE(model.index(model.rowOf(brandt), Models::ActorModel::NameColumn).data().toString(), u"Lena M. Brandt"_s);
        QCOMPARE(stack.count(), 3);

        // Merging removes a row and moves the mentions.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(Storage::ProjectWriter(*f.project).mergeActors(brandt, minister));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QTRY_COMPARE(model.mentions(brandt), 3);
    }

    void categoryModelEditsTheCodebook()
    {
        ProjectFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill());
        Models::CategoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(f.project.get());
        QUndoStack stack;
        model.setEditor([&](const Model::CodebookCategory &from, const Model::CodebookCategory &to) {
            return Commands::push(&stack, new Commands::EditCategoryCommand(f.project.get(), from, to), {});
        });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, Models::CategoryModel::NameColumn).data().toString(), u"Security"_s);
        QVERIFY(model.setData(model.index(0, Models::CategoryModel::NameColumn), u"Security and arms"_s));
        QVERIFY(model.setData(model.index(0, Models::CategoryModel::ColorColumn), QColor(Qt::darkGreen)));
        QVERIFY(model.setData(model.index(0, Models::CategoryModel::ShortcutColumn), u"5"_s));
        QVERIFY(model.setData(model.index(0, Models::CategoryModel::DescriptionColumn), u"Troops and weapons"_s));
        const Model::CodebookCategory c = f.project->categories().first();
        QCOMPARE(c.name, u"Security and arms"_s);
        QCOMPARE(c.color, QColor(Qt::darkGreen));
        QCOMPARE(c.shortcut, u"5"_s);
        QCOMPARE(c.description, u"Troops and weapons"_s);
        QVERIFY(!model.setData(model.index(0, Models::CategoryModel::NameColumn), u"   "_s));
        QVERIFY(!(model.flags(model.index(0, Models::CategoryModel::ColorColumn)) & Qt::ItemIsEditable));
        QCOMPARE(stack.count(), 4);
        stack.undo();
        QCOMPARE(f.project->categories().first().description, QString());

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(Storage::ProjectWriter(*f.project).removeCategory(c.id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
