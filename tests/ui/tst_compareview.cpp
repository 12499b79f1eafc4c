// SPDX-License-Identifier: GPL-2.0-or-later
// Side by side that fits: the focus layout (F11), columns that keep readable lines or share a pane
// as tabs, lines broken between words only. Driven by keys and mouse clicks on a real window.
#include "articleview.h"
#include "compareview.h"
#include "mainwindow.h"
#include "sampleproject.h"

#include <QDockWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

struct Window {
    Test::SampleProject sample;
    std::unique_ptr<Ui::MainWindow> window;

    bool start(QSize size)
    {
        if (!sample.make())
            return false;
        const QString path = sample.project->path();
        sample.project.reset(); // one process holds the project: the window
        window = std::make_unique<Ui::MainWindow>();
        window->setInteractive(false);
        window->resize(size);
        QString error;
        if (!window->openProject(path, {}, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        QList<qint64> ids = sample.articleByFile.values();
        std::sort(ids.begin(), ids.end());
        window->showArticles(ids.mid(0, 4));
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return false;
        window->articleView()->setFocus();
        return true;
    }

    Ui::CompareView *compare() const { return window->compareView(); }

    /// The views a person sees: the current tab of each pane.
    QList<Ui::ArticleView *> shownViews() const
    {
        QList<Ui::ArticleView *> out;
        for (Ui::ArticleView *v : compare()->views())
            if (v->isVisible())
                out.append(v);
        return out;
    }

    QList<QDockWidget *> openDocks() const
    {
        QList<QDockWidget *> out;
        for (QDockWidget *d : window->findChildren<QDockWidget *>())
            if (d->isVisible())
                out.append(d);
        return out;
    }
};

/// The lengths of the lines of the view's laid-out paragraphs that wrap (all but each paragraph's last).
QList<int> wrappedLineLengths(const Ui::ArticleView *view)
{
    QList<int> out;
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        const QTextLayout *layout = b.layout();
        for (int i = 0; layout && i + 1 < layout->lineCount(); ++i)
            out.append(layout->lineAt(i).textLength());
    }
    return out;
}

/// Line starts that fall inside a word: the character before and the one after are both letters or digits.
QStringList brokenWords(const Ui::ArticleView *view)
{
    QStringList out;
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
        const QTextLayout *layout = b.layout();
        const QString text = b.text();
        for (int i = 1; layout && i < layout->lineCount(); ++i) {
            const int at = layout->lineAt(i).textStart();
            if (at > 0 && at < text.size() && text[at - 1].isLetterOrNumber() && text[at].isLetterOrNumber())
                out << text.mid(std::max(0, at - 12), 24);
        }
    }
    return out;
}

int median(QList<int> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

class TestCompareView final : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void focusLayoutGivesTheColumnsTheWindow()
    {
        Window w;
        QVERIFY(w.start({1366, 768}));
        QCOMPARE(w.compare()->count(), 4);
        const QList<QDockWidget *> docks = w.openDocks();
        QVERIFY(!docks.isEmpty());
        const int docked = w.compare()->visibleColumnCount();
        QVERIFY2(docked < 4, "with the panels open, four articles cannot have 40 characters a line at 1366 px");

        QTest::keyClick(w.window->articleView(), Qt::Key_F11);
        QTRY_VERIFY(w.openDocks().isEmpty());
        QTRY_VERIFY(w.compare()->visibleColumnCount() > docked);
        const int focused = w.compare()->visibleColumnCount();
        QCOMPARE(w.shownViews().size(), focused);
        QCOMPARE(focused, 4); // each article its own column (columnsKeepReadableLines checks they read)
        qInfo("1366x768, four articles: %d column(s) with the panels, %d in the focus layout (%d px, %d px a column at least)", docked,
              focused, w.compare()->width(), w.compare()->readableColumnWidth());

        // F11 again: the same panels back, and the columns with them.
        QTest::keyClick(w.window->articleView(), Qt::Key_F11);
        QTRY_COMPARE(w.openDocks().size(), docks.size());
        for (QDockWidget *d : docks)
            QVERIFY(d->isVisible());
        QTRY_COMPARE(w.compare()->visibleColumnCount(), docked);
    }

    void columnsKeepReadableLines_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("focus");
        QTest::newRow("1366x768") << QSize(1366, 768) << false;
        QTest::newRow("1366x768, focus layout") << QSize(1366, 768) << true;
        QTest::newRow("1920x1080") << QSize(1920, 1080) << false;
        QTest::newRow("1920x1080, focus layout") << QSize(1920, 1080) << true;
    }

    void columnsKeepReadableLines()
    {
        QFETCH(QSize, size);
        QFETCH(bool, focus);
        Window w;
        QVERIFY(w.start(size));
        if (focus) {
            QTest::keyClick(w.window->articleView(), Qt::Key_F11);
            QTRY_VERIFY(w.openDocks().isEmpty());
        }
        QTRY_COMPARE(w.shownViews().size(), w.compare()->visibleColumnCount());
        for (Ui::ArticleView *v : w.shownViews()) {
            v->viewport()->repaint(); // lays out the paragraphs on screen
            const QList<int> lengths = wrappedLineLengths(v);
            QVERIFY(lengths.size() >= 5);
            QVERIFY2(median(lengths) >= Ui::CompareView::MinimumLineLength,
                     qPrintable(u"column %1: %2 characters a line"_s.arg(w.compare()->indexOf(v) + 1).arg(median(lengths))));
        }
    }

    void sharedPaneShowsTheOtherArticleOnATabClick()
    {
        Window w;
        QVERIFY(w.start({1366, 768}));
        QVERIFY(w.compare()->visibleColumnCount() < 4);
        // Articles 1 and 2 (at least) share the first pane: its tab bar names them.
        auto *pane = qobject_cast<QTabWidget *>(w.compare()->view(0)->parentWidget()->parentWidget()->parentWidget());
        QVERIFY(pane);
        QCOMPARE(pane->count(), 4 / w.compare()->visibleColumnCount());
        QVERIFY(pane->tabBar()->isVisible());
        QVERIFY(pane->tabText(1).startsWith(u"2. "_s));
        QVERIFY(w.compare()->view(0)->isVisible());
        QVERIFY(!w.compare()->view(1)->isVisible());
        QTest::mouseClick(pane->tabBar(), Qt::LeftButton, {}, pane->tabBar()->tabRect(1).center());
        QTRY_VERIFY(w.compare()->view(1)->isVisible());
        QVERIFY(!w.compare()->view(0)->isVisible());
        // Scrolling and the quote links still know all four columns.
        QCOMPARE(w.compare()->count(), 4);
    }

    void noWordIsBrokenAtAnyWidth_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("narrow window, panels open") << QSize(700, 600);
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void noWordIsBrokenAtAnyWidth()
    {
        QFETCH(QSize, size);
        Window w;
        QVERIFY(w.start(size));
        int lines = 0;
        for (Ui::ArticleView *v : w.shownViews()) {
            v->viewport()->repaint();
            lines += int(wrappedLineLengths(v).size());
            QCOMPARE(brokenWords(v), QStringList());
        }
        QVERIFY(lines > 10);
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
