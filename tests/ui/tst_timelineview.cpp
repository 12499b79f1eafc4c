// SPDX-License-Identifier: GPL-2.0-or-later
// The commitments timeline (issue 18) on the bundled sample, whose threads are the answer key in
// tests/data/timeline/sample-threads.txt: holders and threads chosen with keys, steps walked with
// the arrow keys, a click on a marker and Enter open the article at the commitment.

#include "mainwindow.h"
#include "storage/projectwriter.h"
#include "articleview.h"
#include "sampleproject.h"
#include "timelineview.h"

#include "timeline/firstmoves.h"

#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QListWidget>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Timeline::Move;

namespace {

constexpr auto kNorway = "Norway";
constexpr auto kTurkey = "Turkey";
constexpr auto kArslan = "Mehmet Arslan";

struct Shown {
    Test::SampleProject sample;
    Ui::TimelineView view;

    bool start()
    {
        if (!sample.make())
            return false;
        view.setProject(sample.project.get());
        view.resize(1100, 600);
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }

    int rowOf(qint64 commitmentId) const
    {
        for (int row = 0; row < view.stepCount(); ++row)
            if (view.step(row).commitment.id == commitmentId)
                return row;
        return -1;
    }
};

QListWidgetItem *subject(const Ui::TimelineView &view, const QString &name)
{
    const QList<QListWidgetItem *> found = view.subjectList()->findItems(name, Qt::MatchExactly);
    return found.size() == 1 ? found.first() : nullptr;
}

} // namespace

class TestTimelineView final : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void showsEveryHolderInDateOrder()
    {
        Shown s;
        QVERIFY(s.start());
        // The sample's four threads (the answer key) belong to three holders, all shown at first.
        QCOMPARE(s.view.threads().size(), 4);
        QCOMPARE(s.view.subjectList()->count(), 3);
        const QStringList shown = s.view.shownSubjects();
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()),
                 (QSet<QString>{QString::fromUtf8(kNorway), QString::fromUtf8(kTurkey), QString::fromUtf8(kArslan)}));
        QCOMPARE(s.view.stepCount(), 4 + 3 + 3 + 2);
        QCOMPARE(s.view.stepList()->topLevelItemCount(), s.view.stepCount());
        for (int row = 1; row < s.view.stepCount(); ++row)
            QVERIFY(s.view.step(row - 1).date <= s.view.step(row).date);
        // One marker series and one line per thread.
        int markers = 0;
        for (QAbstractSeries *series : s.view.chartView()->chart()->series())
            markers += qobject_cast<QScatterSeries *>(series) ? 1 : 0;
        QCOMPARE(markers, 4);
        QCOMPARE(s.view.chartView()->chart()->series().size(), 8);

        // The withdrawn monitors: the last Norwegian step, in The Ledger, with its sentence.
        const qint64 withdrawn = s.sample.commitment(u"06-monitors-withdrawn-broadsheet.md"_s, u"its offer to send ceasefire monitors"_s);
        const int row = s.rowOf(withdrawn);
        QVERIFY(row >= 0);
        QCOMPARE(s.view.step(row).outlet, u"The Ledger");
        QCOMPARE(s.view.step(row).date, QDate(2025, 5, 5));
        QVERIFY(s.view.step(row).change.moves.testFlag(Move::Withdrawn));
        QTreeWidgetItem *item = s.view.stepList()->topLevelItem(row);
        QCOMPARE(item->text(2), u"The Ledger");
        QCOMPARE(item->text(3), u"withdrawn");
        QVERIFY(item->text(5).contains(u"its offer to send ceasefire monitors"_s));
    }

    void holdersAreChosenWithKeys()
    {
        Shown s;
        QVERIFY(s.start());
        QListWidget *list = s.view.subjectList();
        list->setFocus();
        // Space on a holder unchecks it: its steps leave the chart and the list.
        for (const char *holder : {kTurkey, kArslan}) {
            list->setCurrentItem(subject(s.view, QString::fromUtf8(holder)));
            QTest::keyClick(list, Qt::Key_Space);
        }
        QCOMPARE(s.view.shownSubjects(), QStringList{QString::fromUtf8(kNorway)});
        QCOMPARE(s.view.stepCount(), 4 + 3);
        for (int row = 0; row < s.view.stepCount(); ++row)
            QCOMPARE(s.view.threadOfStep(row).holder, QString::fromUtf8(kNorway));
        // Norway's first change is the liaison office promised (strengthened) in the second article.
        QCOMPARE(s.view.firstMoverText(), u"First move: Norway (strengthened, %1)"_s.arg(QLocale().toString(QDate(2025, 3, 24), QLocale::ShortFormat)));

        // Per thread: the combo box by keys; one thread at a time at first.
        s.view.groupingBox()->setFocus();
        QTest::keyClick(s.view.groupingBox(), Qt::Key_Down);
        QCOMPARE(s.view.grouping(), Ui::TimelineView::Grouping::ByThread);
        QCOMPARE(list->count(), 4);
        QCOMPARE(s.view.shownSubjects().size(), 1);
        QCOMPARE(s.view.chartView()->chart()->series().size(), 2);
        const int shownSteps = s.view.stepCount();
        QVERIFY(shownSteps >= 2);
        for (int row = 1; row < shownSteps; ++row)
            QCOMPARE(s.view.threadOfStep(row).key(), s.view.threadOfStep(0).key());
    }

    void whoMovedFirst()
    {
        Shown s;
        QVERIFY(s.start());
        // Norway and Turkey both first changed a commitment on 24 March (strengthened, made
        // conditional): a tie, in name order; the minister only repeated his demand.
        const QList<Timeline::FirstMove> first = Timeline::firstMovesByHolder(s.view.threads());
        QCOMPARE(first.size(), 2);
        QCOMPARE(first[0].holder, QString::fromUtf8(kNorway));
        QCOMPARE(first[1].holder, QString::fromUtf8(kTurkey));
        QCOMPARE(first[1].moves, Timeline::Moves(Move::MadeConditional));
        const QString day = QLocale().toString(QDate(2025, 3, 24), QLocale::ShortFormat);
        QCOMPARE(s.view.firstMoverText(),
                 u"Who moved first: Norway (strengthened, %1), then Turkey (conditional, %1)"_s.arg(day));
        QVERIFY(!s.view.firstMoverText().contains(QString::fromUtf8(kArslan)));
    }

    void arrowKeysWalkTheStepsAndEnterOpensOne()
    {
        Shown s;
        QVERIFY(s.start());
        QSignalSpy opened(&s.view, &Ui::TimelineView::commitmentActivated);
        QChartView *chart = s.view.chartView();
        chart->setFocus();
        QTest::keyClick(chart, Qt::Key_Home);
        QCOMPARE(s.view.currentStep(), 0);
        QTest::keyClick(chart, Qt::Key_Right);
        QTest::keyClick(chart, Qt::Key_Right);
        QTest::keyClick(chart, Qt::Key_Left);
        QCOMPARE(s.view.currentStep(), 1);
        // The step list and the chart's selected marker follow.
        QCOMPARE(s.view.stepList()->indexOfTopLevelItem(s.view.stepList()->currentItem()), 1);
        QTest::keyClick(chart, Qt::Key_End);
        const int last = s.view.stepCount() - 1;
        QCOMPARE(s.view.currentStep(), last);
        QTest::keyClick(chart, Qt::Key_Right);
        QCOMPARE(s.view.currentStep(), last);
        QTest::keyClick(chart, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0][0].toLongLong(), s.view.step(last).commitment.id);
        QCOMPARE(opened[0][1].toLongLong(), s.view.step(last).articleId);
        QCOMPARE(s.view.step(last).date, QDate(2025, 5, 5));

        // In the step list, Up and Enter do the same.
        s.view.stepList()->setFocus();
        QTest::keyClick(s.view.stepList(), Qt::Key_Up);
        QCOMPARE(s.view.currentStep(), last - 1);
        QTest::keyClick(s.view.stepList(), Qt::Key_Enter);
        QCOMPARE(opened.size(), 2);
        QCOMPARE(opened[1][0].toLongLong(), s.view.step(last - 1).commitment.id);
    }

    void clickOnAMarkerOpensItsCommitment()
    {
        Shown s;
        QVERIFY(s.start());
        s.view.setShownSubjects({QString::fromUtf8(kNorway)});
        QSignalSpy opened(&s.view, &Ui::TimelineView::commitmentActivated);
        const qint64 softened = s.sample.commitment(u"05-monitors-delay-wire.md"_s, u"is still prepared to send ceasefire monitors"_s);
        const int row = s.rowOf(softened);
        QVERIFY(row >= 0);
        QCOMPARE(Timeline::movesName(s.view.step(row).change.moves), u"softened");
        QTest::mouseClick(s.view.chartView()->viewport(), Qt::LeftButton, {}, s.view.markerPosition(row));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0][0].toLongLong(), softened);
        QCOMPARE(opened[0][1].toLongLong(), s.sample.articleByFile.value(u"05-monitors-delay-wire.md"_s));
        QCOMPARE(s.view.currentStep(), row);
        // A click beside every marker opens nothing.
        QTest::mouseClick(s.view.chartView()->viewport(), Qt::LeftButton, {}, s.view.markerPosition(row) + QPoint(0, 60));
        QCOMPARE(opened.size(), 1);
    }

    void followsTheProject()
    {
        Shown s;
        QVERIFY(s.start());
        const int before = s.view.stepCount();
        const qint64 softened = s.sample.commitment(u"05-monitors-delay-wire.md"_s, u"is still prepared to send ceasefire monitors"_s);
        QVERIFY(Storage::ProjectWriter(*s.sample.project).removeAnnotation(softened));
        QTRY_COMPARE(s.view.stepCount(), before - 1);
        QCOMPARE(s.rowOf(softened), -1);
        s.view.setProject(nullptr);
        QCOMPARE(s.view.stepCount(), 0);
        QCOMPARE(s.view.firstMoverText(), u"No commitment is followed across dated articles yet.");
    }

    void theWindowOpensTheArticleAtTheCommitment()
    {
        Test::SampleProject sample;
        QVERIFY(sample.make());
        const QString path = sample.project->path();
        const qint64 softened = sample.commitment(u"05-monitors-delay-wire.md"_s, u"is still prepared to send ceasefire monitors"_s);
        sample.project.reset(); // one process holds the project: the window
        Ui::MainWindow window;
        window.setInteractive(false);
        window.resize(1366, 768);
        QString error;
        QVERIFY2(window.openProject(path, {}, &error), qPrintable(error));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        auto *dock = window.findChild<QDockWidget *>(u"TimelineDock"_s);
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dock->isVisible());
        Ui::TimelineView *view = window.timelineView();
        QCOMPARE(view->stepCount(), 12);
        int row = -1;
        for (int r = 0; r < view->stepCount(); ++r)
            if (view->step(r).commitment.id == softened)
                row = r;
        QVERIFY(row >= 0);
        view->chartView()->setFocus();
        QTest::keyClick(view->chartView(), Qt::Key_Home);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(view->chartView(), Qt::Key_Right);
        QTest::keyClick(view->chartView(), Qt::Key_Return);
        QVERIFY(window.articleView());
        QCOMPARE(window.articleView()->article().id, view->step(row).articleId);
        QCOMPARE(window.articleView()->selectedAnnotationId(), softened);
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
