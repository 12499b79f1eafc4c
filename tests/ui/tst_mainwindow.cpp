// SPDX-License-Identifier: GPL-2.0-or-later
#include "articleview.h"
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

using namespace Parley;
using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;
private Q_SLOTS:
    void initTestCase()
    {
        // The sample project and the settings go to throwaway places, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sample.parley"_s);
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
        QVERIFY(shot.save(QStringLiteral(PARLEY_TEST_OUTPUT_DIR "/mainwindow-sample.png")));
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

    void parsesGuiOptions()
    {
        const auto o = Ui::parseGuiOptions({u"parley"_s, u"p.parley"_s, u"--screenshot"_s, u"out.png"_s,
                                            u"--compare"_s, u"1,3"_s, u"--size"_s, u"900x600"_s});
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.projectPath, u"p.parley"_s);
        QCOMPARE(o.screenshotPath, u"out.png"_s);
        QCOMPARE(o.compare, (QList<int>{1, 3}));
        QCOMPARE(o.size, QSize(900, 600));
        QVERIFY(!Ui::parseGuiOptions({u"parley"_s, u"--size"_s, u"huge"_s}).error.isEmpty());
        QVERIFY(!Ui::parseGuiOptions({u"parley"_s, u"--compare"_s, u"0,x"_s}).error.isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
