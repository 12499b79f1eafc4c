// SPDX-License-Identifier: GPL-2.0-or-later
// Curation in the window (issue 16), driven by keys: two coders' annotations of one article side by
// side, the agreed one taken into the curator's layer at once, the differences decided with Y / X,
// names hidden, every decision an undo step, and curating again keeping what was decided.

#include "articleview.h"
#include "storage/projectwriter.h"
#include "curationview.h"
#include "mainwindow.h"
#include "projectfixture.h"

#include "commands/curationcommands.h"
#include "commands/projectcommand.h"

#include <QCheckBox>
#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Parlance;
using namespace Parlance::Test;
using namespace Qt::StringLiterals;
using Agreement::CurationDecision;
using Model::Annotation;
using Model::AnnotationKind;
using Model::Origin;

namespace {

const QString kQuote = u"\u201cWe are ready to reopen the crossings before the first snow,\u201d"_s;
const QString kCommitment = u"ready to reopen the border crossings before winter"_s;
const QString kVarga = u"Tomas Varga"_s;

/// Ana and Ben coded the first article: the same quote; the same commitment, typed differently;
/// only Ana marked Varga. Cora curates.
bool code(ProjectFixture &f)
{
    if (!f.open() || !f.fill())
        return false;
    const QString t = firstText();
    auto add = [&](const QString &coder, Model::Span span, AnnotationKind kind, Model::CommitmentType type = {}) {
        Annotation a = annotationOf(f.first, span, kind);
        a.coder = coder;
        a.commitmentType = type;
        return Storage::ProjectWriter(*f.project).addAnnotation(a);
    };
    bool ok = true;
    for (const QString &coder : {u"ana"_s, u"ben"_s})
        ok = ok && add(coder, spanOf(t, kQuote), AnnotationKind::Quote);
    ok = ok && add(u"ana"_s, spanOf(t, kCommitment), AnnotationKind::Commitment, Model::CommitmentType::Promise);
    ok = ok && add(u"ben"_s, spanOf(t, kCommitment), AnnotationKind::Commitment, Model::CommitmentType::Offer);
    ok = ok && add(u"ana"_s, spanOf(t, kVarga), AnnotationKind::ActorMention);
    return ok && Storage::ProjectWriter(*f.project).setCurrentCoder(u"cora"_s);
}

QList<Annotation> layerOf(const Storage::Project &p, qint64 article, const QString &coder)
{
    QList<Annotation> out;
    for (const Annotation &a : p.annotations(article))
        if (a.coder == coder)
            out.append(a);
    return out;
}

struct Curating {
    ProjectFixture fixture;
    QUndoStack undo;
    std::unique_ptr<Ui::CurationView> view;

    bool start(bool prepare = true)
    {
        if (prepare && !code(fixture))
            return false;
        view = std::make_unique<Ui::CurationView>();
        view->setDecisionSink([this](const QString &text, const QList<Annotation> &remove, const QList<Annotation> &add) {
            return Commands::push(&undo, new Commands::CurateCommand(fixture.project.get(), text, remove, add), {});
        });
        view->setProject(fixture.project.get());
        view->resize(1200, 700);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return false;
        view->unitList()->setFocus();
        return true;
    }
    void key(int k) { QTest::keyClick(view->unitList(), Qt::Key(k)); }
    QList<Annotation> curated() const { return layerOf(*fixture.project, fixture.first, u"cora"_s); }
    int unitOf(AnnotationKind kind) const
    {
        for (int i = 0; i < view->state().units.size(); ++i)
            if (view->state().units[i].unit.kind == kind)
                return i;
        return -1;
    }
};

} // namespace

class TestCurationView final : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void agreedAnnotationsArePreMerged()
    {
        Curating c;
        QVERIFY(c.start());
        QCOMPARE(c.view->articleIds(), QList<qint64>{c.fixture.first});
        QCOMPARE(c.view->state().coders, (QStringList{u"ana"_s, u"ben"_s}));
        // A column per coder and one for the curator's layer.
        QVERIFY(c.view->column(0) && c.view->column(1) && c.view->column(2));
        for (int i = 0; i < 3; ++i)
            QVERIFY(c.view->column(i)->isVisible() && c.view->column(i)->height() > 50 && c.view->column(i)->width() > 200);
        QCOMPARE(c.view->column(0)->annotations().size(), 3);
        QCOMPARE(c.view->column(1)->annotations().size(), 2);
        // The quote both coders marked is in Cora's layer, as one undo step.
        QCOMPARE(c.undo.count(), 1);
        const QList<Annotation> layer = c.curated();
        QCOMPARE(layer.size(), 1);
        QCOMPARE(layer[0].kind, AnnotationKind::Quote);
        QCOMPARE(layer[0].origin, Origin::Manual);
        QCOMPARE(layer[0].exact, kQuote);
        QCOMPARE(c.view->column(2)->annotations().size(), 1);
        QCOMPARE(c.view->summary(), u"3 units: 1 agreed, 2 differ, 2 still open");
        // The first open disagreement is current; the differences are listed.
        const int current = c.view->currentUnit();
        QVERIFY(!c.view->state().units[current].unit.isUnanimous());
        QVERIFY(c.view->unitList()->topLevelItem(current)->text(2).startsWith(u"differs: "_s));
    }

    void disagreementsAreDecidedWithKeys()
    {
        Curating c;
        QVERIFY(c.start());
        const int varga = c.unitOf(AnnotationKind::ActorMention);
        const int commitment = c.unitOf(AnnotationKind::Commitment);
        QVERIFY(varga >= 0 && commitment >= 0);
        c.view->setCurrentUnit(varga);
        QCOMPARE(c.view->chosenCoder(), 0); // Ana, the only one who marked it
        // Ben marked nothing here: Y on his column takes nothing in.
        c.key(Qt::Key_Right);
        QCOMPARE(c.view->chosenCoder(), 1);
        c.key(Qt::Key_Y);
        QCOMPARE(c.curated().size(), 1);
        c.key(Qt::Key_Left);
        c.key(Qt::Key_Y);
        QCOMPARE(c.curated().size(), 2);
        QCOMPARE(c.view->state().units[varga].decision, CurationDecision::Accepted);
        QCOMPARE(c.view->state().units[varga].acceptedCoder, 0);
        // On to the next open one by itself: the commitment. Ben's version (an offer) with Enter.
        QCOMPARE(c.view->currentUnit(), commitment);
        c.key(Qt::Key_Right);
        c.key(Qt::Key_Return);
        QCOMPARE(c.view->state().units[commitment].decision, CurationDecision::Accepted);
        QCOMPARE(c.view->state().units[commitment].acceptedCoder, 1);
        QCOMPARE(c.view->unitList()->topLevelItem(commitment)->text(2), u"taken from ben");
        const auto typeOfCurated = [&] {
            for (const Annotation &a : c.curated())
                if (a.kind == AnnotationKind::Commitment)
                    return std::optional(a);
            return std::optional<Annotation>();
        };
        QCOMPARE(typeOfCurated()->commitmentType, Model::CommitmentType::Offer);
        QCOMPARE(typeOfCurated()->origin, Origin::Manual);
        QCOMPARE(c.view->summary(), u"3 units: 1 agreed, 2 differ, 0 still open");
        QCOMPARE(c.undo.count(), 3);

        // Changing one's mind: X leaves the commitment out (a rejected annotation records it).
        c.view->setCurrentUnit(commitment);
        c.key(Qt::Key_X);
        QCOMPARE(typeOfCurated()->origin, Origin::Rejected);
        QCOMPARE(c.view->state().units[commitment].decision, CurationDecision::Rejected);
        QCOMPARE(c.view->unitList()->topLevelItem(commitment)->text(2), u"left out");
        // The curated column shows what was taken in, never what was left out.
        QCOMPARE(c.view->column(2)->annotations().size(), 2);

        // Every decision is an undo step: back to Ben's offer, then to open.
        c.undo.undo();
        QTRY_COMPARE(c.view->state().units[commitment].decision, CurationDecision::Accepted);
        QCOMPARE(typeOfCurated()->commitmentType, Model::CommitmentType::Offer);
        c.undo.undo();
        QTRY_COMPARE(c.view->state().units[commitment].decision, CurationDecision::Open);
        QVERIFY(!typeOfCurated());
        // The coders' own annotations were never touched.
        QCOMPARE(layerOf(*c.fixture.project, c.fixture.first, u"ana"_s).size(), 3);
        QCOMPARE(layerOf(*c.fixture.project, c.fixture.first, u"ben"_s).size(), 2);
    }

    void nAndPGoToOpenDisagreements()
    {
        Curating c;
        QVERIFY(c.start());
        const int first = c.view->currentUnit();
        c.key(Qt::Key_N);
        const int second = c.view->currentUnit();
        QVERIFY(second > first);
        QVERIFY(!c.view->state().units[second].unit.isUnanimous());
        c.key(Qt::Key_N); // no further open one: stays
        QCOMPARE(c.view->currentUnit(), second);
        c.key(Qt::Key_P);
        QCOMPARE(c.view->currentUnit(), first);
    }

    void curatingAgainKeepsWhatWasDecided()
    {
        Curating c;
        QVERIFY(c.start());
        c.key(Qt::Key_X); // the first open unit left out
        c.key(Qt::Key_Y); // the second taken from Ana
        const QList<Annotation> decided = c.curated();
        QCOMPARE(decided.size(), 3);
        c.view.reset();
        c.undo.clear();

        // A new session on the same project: nothing to pre-merge again, the decisions as they were.
        QVERIFY(c.start(false));
        QCOMPARE(c.undo.count(), 0);
        QCOMPARE(c.curated(), decided);
        QCOMPARE(c.view->state().openCount(), 0);
        QCOMPARE(c.view->state().toPreMerge.size(), 0);
        int rejected = 0, accepted = 0;
        for (const Agreement::CurationUnit &u : c.view->state().units) {
            rejected += u.decision == CurationDecision::Rejected;
            accepted += u.decision == CurationDecision::Accepted;
        }
        QCOMPARE(rejected, 1);
        QCOMPARE(accepted, 2);
    }

    void namesCanBeHidden()
    {
        Curating c;
        QVERIFY(c.start());
        c.key(Qt::Key_Y);
        QVERIFY(c.view->columnTitle(0).contains(u"ana"_s));
        c.view->hideNamesBox()->setFocus();
        QTest::keyClick(c.view->hideNamesBox(), Qt::Key_Space);
        QVERIFY(c.view->namesHidden());
        QVERIFY(c.view->columnTitle(0).contains(u"Coder A"_s));
        QCOMPARE(c.view->columnTitle(1), u"Coder B");
        for (int col = 0; col < c.view->unitList()->columnCount(); ++col) {
            QVERIFY(!c.view->unitList()->headerItem()->text(col).contains(u"ana"_s));
            QVERIFY(!c.view->unitList()->headerItem()->text(col).contains(u"ben"_s));
        }
        for (int row = 0; row < c.view->unitList()->topLevelItemCount(); ++row)
            QVERIFY(!c.view->unitList()->topLevelItem(row)->text(2).contains(u"ana"_s));
    }

    void readOnlyProjectDecidesNothing()
    {
        Curating c;
        QVERIFY(code(c.fixture));
        c.fixture.project.reset();
        Storage::OpenOptions options;
        options.readOnly = true;
        Storage::Error error;
        c.fixture.project = Storage::Project::open(c.fixture.path(), options, &error);
        QVERIFY2(c.fixture.project, qPrintable(error.message()));
        QVERIFY(c.start(false));
        QCOMPARE(c.undo.count(), 0);
        c.key(Qt::Key_Y);
        c.key(Qt::Key_X);
        QCOMPARE(c.curated().size(), 0);
        QCOMPARE(c.view->state().openCount(), 2);
    }

    void theWindowCuratesThroughItsUndoStack()
    {
        ProjectFixture f;
        QVERIFY(code(f));
        f.project.reset(); // one process holds the project: the window
        Ui::MainWindow window;
        window.setInteractive(false);
        window.resize(1366, 768);
        QString error;
        QVERIFY2(window.openProject(f.path(), {}, &error), qPrintable(error));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *dock = window.findChild<QDockWidget *>(u"CurationDock"_s);
        QVERIFY(dock && !dock->isVisible());
        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dock->isVisible());
        Ui::CurationView *view = window.curationView();
        QTRY_COMPARE(view->state().coders.size(), 2);
        QTRY_VERIFY(view->column(0)->isVisible() && view->column(0)->height() > 50 && view->column(0)->width() > 200);
        QCOMPARE(window.undoStack()->count(), 1); // the pre-merge
        view->unitList()->setFocus();
        QTest::keyClick(view->unitList(), Qt::Key_Y);
        QCOMPARE(window.undoStack()->count(), 2);
        QCOMPARE(layerOf(*window.project(), f.first, u"cora"_s).size(), 2);
        QTest::keyClick(view->unitList(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(layerOf(*window.project(), f.first, u"cora"_s).size(), 1);
        if (qEnvironmentVariableIsSet("PARLANCE_CURATION_SCREENSHOT"))
            QVERIFY(window.grab().save(qEnvironmentVariable("PARLANCE_CURATION_SCREENSHOT")));
    }
};

QTEST_MAIN(TestCurationView)
#include "tst_curationview.moc"
