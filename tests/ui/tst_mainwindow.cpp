// SPDX-License-Identifier: GPL-2.0-or-later
#include "articleview.h"
#include "storage/projectwriter.h"
#include "compareview.h"
#include "import/samples.h"
#include "gui.h"
#include "mainwindow.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;
private Q_SLOTS:
    void initTestCase()
    {
        // The sample project and the settings go to throwaway places, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sample.parlance"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void opensBundledSampleWithoutProject()
    {
        Ui::MainWindow window;
        window.setInteractive(false);
        QString error;
        QVERIFY2(window.openStartupContent(Ui::GuiOptions{}, &error), qPrintable(error));
        // The bundled samples were imported into the sample project, with suggestions.
        QVERIFY(window.project());
        QCOMPARE(window.project()->articles().size(), Import::bundledSamples().size());
        QVERIFY(!window.project()->annotations(window.project()->articles().first().id).isEmpty());
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const Ui::ArticleView *view = window.articleView();
        QVERIFY(view->isReadOnly());
        QVERIFY(view->toPlainText().size() > 500);
        // The document holds the article's characters one for one (no-break spaces included), so
        // article offsets are document positions.
        QCOMPARE(view->document()->toRawText().replace(QChar::ParagraphSeparator, u'\n'), view->article().text);
        QVERIFY(window.windowTitle().contains(view->article().displayTitle()));

        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/mainwindow-sample.png")));
    }

    void viewRefusesTyping()
    {
        Ui::MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openStartupContent(Ui::GuiOptions{}, nullptr));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::ArticleView *view = window.articleView();
        const QString before = view->toPlainText();
        view->setFocus();
        QTest::keyClicks(view, u"typed"_s);
        QTest::keyClick(view, Qt::Key_Backspace);
        QCOMPARE(view->toPlainText(), before);
    }

    void quitActionClosesWindow()
    {
        Ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *quit = window.findChild<QAction *>(u"actionQuit"_s);
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        quit->trigger();
        QVERIFY(!window.isVisible());
    }

    void opensProjectWithComparedArticles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"two.parlance"_s);
        {
            Storage::Error error;
            auto project = Storage::Project::open(path, {false, true}, &error);
            QVERIFY2(project, qPrintable(error.message()));
            QList<Model::Article> articles(3);
            for (int i = 0; i < 3; ++i) {
                articles[i].title = u"Report %1"_s.arg(i + 1);
                articles[i].text = u"Report %1\n\nThe delegations met again on day %1 of the talks."_s.arg(i + 1);
                articles[i].contentHash = Model::Article::hashText(articles[i].text);
            }
            QVERIFY(Storage::ProjectWriter(*project).addArticles(articles, &error));
        }
        Ui::MainWindow window;
        window.setInteractive(false);
        Ui::GuiOptions options;
        options.projectPath = path;
        options.compare = {3, 1};
        QString error;
        QVERIFY2(window.openStartupContent(options, &error), qPrintable(error));
        QCOMPARE(window.compareView()->count(), 2);
        QCOMPARE(window.compareView()->view(0)->article().title, u"Report 3"_s);
        QCOMPARE(window.compareView()->view(1)->article().title, u"Report 1"_s);
        // Shown, not saved: only Compare (Ctrl+D) keeps a set in the project.
        QCOMPARE(window.project()->comparisonSets().size(), 0);

        Ui::MainWindow other;
        other.setInteractive(false);
        options.compare = {4};
        // (the first window holds the project: the second opens it read-only)
        QVERIFY(!other.openStartupContent(options, &error));
        QVERIFY2(error.contains(u"no article 4"_s), qPrintable(error));
    }

    void missingProjectIsReported()
    {
        Ui::MainWindow window;
        window.setInteractive(false);
        Ui::GuiOptions options;
        options.projectPath = u"/nonexistent/folder/none.parlance"_s;
        QString error;
        QVERIFY(!window.openStartupContent(options, &error));
        QVERIFY2(error.contains(u"none.parlance"_s), qPrintable(error));
        QVERIFY(!window.project());
    }

    void parsesGuiOptions()
    {
        const auto o = Ui::parseGuiOptions({u"parlance"_s, u"p.parlance"_s, u"--screenshot"_s, u"out.png"_s,
                                            u"--compare"_s, u"1,3"_s, u"--size"_s, u"900x600"_s});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.projectPath, u"p.parlance"_s);
        QCOMPARE(o.screenshotPath, u"out.png"_s);
        QCOMPARE(o.compare, (QList<int>{1, 3}));
        QCOMPARE(o.size, QSize(900, 600));
        QVERIFY(!Ui::parseGuiOptions({u"parlance"_s, u"--size"_s, u"huge"_s}).error.isEmpty());
        QVERIFY(!Ui::parseGuiOptions({u"parlance"_s, u"--compare"_s, u"0,x"_s}).error.isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
