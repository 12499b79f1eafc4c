// SPDX-License-Identifier: GPL-2.0-or-later
// Merge proposals for name variants, driven by keys: Ctrl+Shift+M (or the Actors panel's menu)
// lists the groups, a name is chosen to keep, Enter merges (the mentions follow), Skip skips,
// Ctrl+Z in the window undoes the merge; the project's rows are checked at each step.
#include "mainwindow.h"
#include "storage/projectwriter.h"
#include "mergeproposaldialog.h"
#include "panels.h"
#include "projectfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Parlance;
using namespace Parlance::Test;
using namespace Qt::StringLiterals;
using Model::AnnotationKind;

class TestMergeProposals final : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;

    static qint64 actorOf(const Storage::Project &project, qint64 article, Model::Span span)
    {
        for (const Model::Annotation &a : project.annotations(article))
            if (a.kind == AnnotationKind::ActorMention && a.span == span)
                return a.actorId;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void proposesMergesTheChosenNameAndUndoes()
    {
        ProjectFixture f;
        QVERIFY(f.open() && f.fill());
        const qint64 lena = Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person);
        const qint64 brandt = Storage::ProjectWriter(*f.project).actorIdFor(u"Brandt"_s, Model::ActorType::Person);
        const qint64 tomas = Storage::ProjectWriter(*f.project).actorIdFor(u"Tomas Varga"_s, Model::ActorType::Person);
        const qint64 varga = Storage::ProjectWriter(*f.project).actorIdFor(u"Varga"_s, Model::ActorType::Person);
        const QString &text = firstText();
        const Model::Span lenaAt = spanOf(text, u"Lena Brandt"_s);
        const Model::Span brandtAt = spanOf(text, u"Brandt"_s, int(text.indexOf(u"Brandt told"_s)));
        const Model::Span tomasAt = spanOf(text, u"Tomas Varga"_s);
        const Model::Span vargaAt = spanOf(text, u"Varga"_s, int(text.indexOf(u"Varga added"_s)));
        for (auto [span, actor] : {std::pair{lenaAt, lena}, std::pair{brandtAt, brandt}, std::pair{tomasAt, tomas},
                                   std::pair{vargaAt, varga}}) {
            Model::Annotation a = annotationOf(f.first, span, AnnotationKind::ActorMention, actor);
            QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(a));
        }
        f.project.reset();

        Ui::MainWindow window;
        window.setInteractive(false);
        window.resize(1280, 800);
        QString error;
        QVERIFY2(window.openProject(f.path(), {}, &error), qPrintable(error));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const Storage::Project &project = *window.project();
        QCOMPARE(actorOf(project, f.first, lenaAt), lena);
        QCOMPARE(actorOf(project, f.first, brandtAt), brandt);

        // The entry is in the Actors panel's context menu, and on Ctrl+Shift+M.
        QAction *propose = window.findChild<QAction *>(u"actionProposeMerges"_s);
        QVERIFY(propose);
        QVERIFY(window.actorPanel()->view()->actions().contains(propose));
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        Ui::MergeProposalDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Ui::MergeProposalDialog *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));

        // Two proposals, each with its fullest name first; "Brandt" and "Varga" are not proposed together.
        QCOMPARE(dialog->remaining(), 2);
        QCOMPARE(dialog->proposalList()->item(0)->text(), u"Lena Brandt \u00b7 Brandt"_s);
        QCOMPARE(dialog->proposalList()->item(1)->text(), u"Tomas Varga \u00b7 Varga"_s);
        QCOMPARE(dialog->keepChoice()->currentText(), u"Lena Brandt"_s);

        // Keep "Brandt" this time (Down in the name choice), Enter merges.
        QTRY_COMPARE(QApplication::focusWidget(), dialog->keepChoice());
        QTest::keyClick(dialog->keepChoice(), Qt::Key_Down);
        QCOMPARE(dialog->keepChoice()->currentText(), u"Brandt"_s);
        QTest::keyClick(dialog->keepChoice(), Qt::Key_Return);
        QVERIFY(!project.actor(lena));
        QVERIFY(project.actor(brandt));
        QCOMPARE(project.actor(brandt)->canonicalName, u"Brandt"_s);
        QVERIFY(project.actor(brandt)->isKnownAs(u"Lena Brandt"));
        QCOMPARE(actorOf(project, f.first, lenaAt), brandt); // the mentions follow
        QCOMPARE(dialog->remaining(), 1);

        // A click on Skip leaves Varga: both stay.
        QCOMPARE(dialog->keepChoice()->currentText(), u"Tomas Varga"_s);
        QTest::mouseClick(dialog->skipButton(), Qt::LeftButton);
        QCOMPARE(dialog->remaining(), 0);
        QVERIFY(project.actor(tomas) && project.actor(varga));
        QVERIFY(!dialog->mergeButton()->isEnabled());
        QTest::keyClick(dialog->keepChoice(), Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<Ui::MergeProposalDialog *>());

        // Ctrl+Z in the window separates them again, names and mentions.
        window.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), &window);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(project.actor(lena));
        QCOMPARE(project.actor(lena)->canonicalName, u"Lena Brandt"_s);
        QVERIFY(!project.actor(brandt)->isKnownAs(u"Lena Brandt"));
        QCOMPARE(actorOf(project, f.first, lenaAt), lena);
        QCOMPARE(actorOf(project, f.first, brandtAt), brandt);
    }
};

QTEST_MAIN(TestMergeProposals)
#include "tst_mergeproposals.moc"
