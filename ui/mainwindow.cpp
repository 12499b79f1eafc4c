// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "articleview.h"
#include "gui.h"
#include "import/samples.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMenuBar>
#include <QStatusBar>

namespace Parley::Ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_view(new ArticleView(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Parley"));
    setCentralWidget(m_view);
    createActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));
}

bool MainWindow::openStartupContent(const GuiOptions &options, QString *errorText)
{
    if (!options.projectPath.isEmpty()) {
        if (errorText)
            *errorText = options.projectPath + tr(": opening project files is not supported by this build yet");
        return false;
    }
    const QList<Model::Article> samples = Import::bundledSamples();
    if (samples.isEmpty()) {
        if (errorText)
            *errorText = tr("the bundled sample articles are missing from this build");
        return false;
    }
    showArticle(samples.first());
    return true;
}

void MainWindow::showArticle(const Model::Article &article)
{
    m_view->setArticle(article);
    setWindowTitle(tr("%1 — Parley").arg(article.displayTitle()));
    statusBar()->showMessage(article.outlet);
}

} // namespace Parley::Ui
