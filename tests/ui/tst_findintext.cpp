// SPDX-License-Identifier: GPL-2.0-or-later
// Find in Text: Ctrl+F, a word, Enter: the hits marked in the open articles, the first one opened,
// selected and scrolled to; F3 / Shift+F3 step through them; the keyword-in-context list opens any.
#include "articleview.h"
#include "compareview.h"
#include "findresults.h"
#include "mainwindow.h"
#include "sampleproject.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

/// The words a view shows selected.
QString selectedText(const Ui::ArticleView *v)
{
    return v->textCursor().selectedText();
}

/// Whether the selection is in the visible part of the view.
bool selectionOnScreen(const Ui::ArticleView *v)
{
    return v->viewport()->rect().contains(v->cursorRect().center());
}

} // namespace

class TestFindInText final : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void findsMarksAndStepsThroughHits()
    {
        Test::SampleProject sample;
        QVERIFY(sample.make());
        const QString path = sample.project->path();
        const qint64 first = sample.articleByFile.value(u"01-vienna-talks-wire.txt"_s);
        const qint64 second = sample.articleByFile.value(u"02-vienna-talks-correspondent.txt"_s);
        const qint64 fifth = sample.articleByFile.value(u"05-monitors-delay-wire.md"_s);
        const qint64 sixth = sample.articleByFile.value(u"06-monitors-withdrawn-broadsheet.md"_s);
        sample.project.reset();

        Ui::MainWindow window;
        window.setInteractive(false);
        window.resize(1366, 768);
        QString error;
        QVERIFY2(window.openProject(path, {}, &error), qPrintable(error));
        window.showArticle(sixth); // an article without the word
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *dock = window.findChild<QDockWidget *>(u"FindResultsDock"_s);
        QVERIFY(dock && !dock->isVisible());

        // F3 before any search says what to do and moves nothing.
        QTest::keyClick(window.articleView(), Qt::Key_F3);
        QCOMPARE(window.articleView()->article().id, sixth);

        QTest::keySequence(&window, QKeySequence::Find);
        QVERIFY(window.searchBox()->hasFocus());
        QTest::keyClicks(window.searchBox(), u"Observers"_s);
        QTest::keyClick(window.searchBox(), Qt::Key_Return);

        // The keyword-in-context list: one row a hit, in article order.
        QTRY_VERIFY(dock->isVisible());
        QTreeWidget *list = window.findResults()->list();
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(0)->text(2), u"observers"_s);
        QVERIFY(list->topLevelItem(0)->text(3).startsWith(u"on the ground"_s));

        // Enter opened the first hit: its article, the word selected and on screen, the focus in the text.
        Ui::ArticleView *view = window.articleView();
        QCOMPARE(view->article().id, first);
        QCOMPARE(selectedText(view), u"observers"_s);
        QVERIFY(selectionOnScreen(view));
        QVERIFY(view->hasFocus());
        QCOMPARE(view->findHits().size(), 1);
        QVERIFY(view->litSpans().contains(view->findHits().first()));

        // F3: the next hit, in the next article; Shift+F3 back.
        QTest::keyClick(view, Qt::Key_F3);
        QTRY_COMPARE(window.articleView()->article().id, second);
        QCOMPARE(selectedText(window.articleView()), u"observers"_s);
        QCOMPARE(list->currentItem(), list->topLevelItem(1));
        QTest::keyClick(window.articleView(), Qt::Key_F3, Qt::ShiftModifier);
        QTRY_COMPARE(window.articleView()->article().id, first);

        // Side by side, the hits are marked in every column that has them.
        window.showArticles({first, fifth});
        QTRY_COMPARE(window.compareView()->view(0)->findHits().size(), 1);
        QCOMPARE(window.compareView()->view(1)->findHits().size(), 1);

        // A row of the list opens its hit (Enter on it), here in the other column.
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(2));
        QTest::keyClick(list, Qt::Key_Return);
        Ui::ArticleView *fifthView = window.compareView()->view(1);
        QTRY_VERIFY(fifthView->hasFocus());
        QCOMPARE(fifthView->article().id, fifth);
        QCOMPARE(selectedText(fifthView), u"observers"_s);
        QVERIFY(selectionOnScreen(fifthView));

        // Emptying the search box takes the marks away.
        window.searchBox()->clear();
        QVERIFY(fifthView->findHits().isEmpty());
    }
};

QTEST_MAIN(TestFindInText)
#include "tst_findintext.moc"
