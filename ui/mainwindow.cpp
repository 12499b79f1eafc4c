// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "export/exportutil.h"

#include "annotationform.h"
#include "articleview.h"
#include "compareview.h"
#include "findresults.h"
#include "session/textsearch.h"
#include "focuslayout.h"
#include "legendview.h"
#include "viewprecision.h"
#include "mergeproposaldialog.h"
#include "model/namevariants.h"
#include "summaryview.h"
#include "timelineview.h"
#include "curationview.h"
#include "exportdialog.h"
#include "gui.h"
#include "highlight/syntaxrepository.h"
#include "models/actormodel.h"
#include "models/annotationfiltermodel.h"
#include "models/annotationmodel.h"
#include "models/articlefiltermodel.h"
#include "models/articlelistmodel.h"
#include "models/categorymodel.h"
#include "panels.h"
#include "session/openarticles.h"
#include "session/projectsession.h"
#include "sharedprojectdialog.h"
#include "storage/postgres/pgsql.h"

#include <cmath>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parlance::Ui {

using Model::Annotation;
using Model::AnnotationKind;
using Model::Origin;
namespace SpanEditing = Session::SpanEditing;

namespace {
constexpr int MaxRecent = 8;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new Session::ProjectSession(this))
    , m_articleFilter(new Models::ArticleFilterModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Parlance"));
    // Actors come in bursts (an import creates dozens): their names reach the syntax definition once.
    m_actorNamesTimer.setSingleShot(true);
    m_actorNamesTimer.setInterval(0);
    connect(&m_actorNamesTimer, &QTimer::timeout, this, &MainWindow::updateActorNames);
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_articleFilter->setSourceModel(articleModel());
    createWidgets();
    createActions();
    applyPrecision();
    updateActions();

    Session::OpenArticles *open = m_session->openArticles();
    connect(m_session, &Session::ProjectSession::projectChanged, this, &MainWindow::onProjectChanged);
    connect(m_session, &Session::ProjectSession::failed, this, [this](const Storage::Error &e) { showError(e.message()); });
    connect(m_session, &Session::ProjectSession::message, this, &MainWindow::showStatus);
    connect(m_session, &Session::ProjectSession::importFinished, this, &MainWindow::onImportFinished);
    connect(open, &Session::OpenArticles::opened, this, &MainWindow::onArticlesOpened);
    connect(open, &Session::OpenArticles::annotationsChanged, this, &MainWindow::onAnnotationsChanged);
    connect(open, &Session::OpenArticles::boilerplateChanged, this, [this, open](int column) {
        if (ArticleView *view = m_compare->view(column))
            view->setBoilerplate(open->at(column).boilerplate);
    });
    connect(open, &Session::OpenArticles::linksChanged, this, [this, open] { m_compare->setLinks(open->links()); });

    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

MainWindow::~MainWindow()
{
    // The views let go of the project first; the session closes it while the window is still
    // whole, telling nobody.
    m_timeline->setProject(nullptr);
    m_curation->setProject(nullptr);
    m_summary->setProject(nullptr);
    disconnect(m_articleList->selectionModel(), nullptr, this, nullptr);
    disconnect(m_session, nullptr, this, nullptr);
    disconnect(m_session->openArticles(), nullptr, this, nullptr);
    // The models reset as the project closes: nothing of the window may answer them now.
    for (const QObject *source : std::initializer_list<const QObject *>{m_session->articleModel(), m_session->annotationModel(),
                                                                        m_session->actorModel(), m_session->categoryModel(),
                                                                        m_session->undoStack()})
        disconnect(source, nullptr, this, nullptr);
    m_session->close();
}

const Storage::Project *MainWindow::project() const
{
    return m_session->project();
}

QUndoStack *MainWindow::undoStack() const
{
    return m_session->undoStack();
}

Models::AnnotationModel *MainWindow::annotationModel() const
{
    return m_session->annotationModel();
}

Models::ArticleListModel *MainWindow::articleModel() const
{
    return m_session->articleModel();
}

Models::ActorModel *MainWindow::actorModel() const
{
    return m_session->actorModel();
}

Models::CategoryModel *MainWindow::categoryModel() const
{
    return m_session->categoryModel();
}

void MainWindow::createWidgets()
{
    m_compare = new CompareView(this);
    setCentralWidget(m_compare);

    // Articles
    auto *articles = new QWidget(this);
    m_filter = new QLineEdit(articles);
    m_filter->setPlaceholderText(tr("Filter by title or outlet\u2026"));
    m_filter->setAccessibleName(tr("Article filter"));
    m_filter->setClearButtonEnabled(true);
    m_search = new QLineEdit(articles);
    m_search->setObjectName(u"SearchBox"_s);
    m_search->setPlaceholderText(tr("Search the texts and notes (Enter)\u2026"));
    m_search->setAccessibleName(tr("Full-text search"));
    m_search->setClearButtonEnabled(true);
    m_articleList = new QTreeView(articles);
    m_articleList->setObjectName(u"ArticleList"_s);
    m_articleList->setAccessibleName(tr("Articles"));
    m_articleList->setModel(m_articleFilter);
    m_articleList->setRootIsDecorated(false);
    m_articleList->setUniformRowHeights(true);
    m_articleList->setAlternatingRowColors(true);
    m_articleList->setSortingEnabled(true);
    m_articleList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_articleList->sortByColumn(Models::ArticleListModel::NumberColumn, Qt::AscendingOrder);
    QHeaderView *header = m_articleList->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(24);
    for (int c : {Models::ArticleListModel::NumberColumn, Models::ArticleListModel::QuotesColumn, Models::ArticleListModel::CommitmentsColumn})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Models::ArticleListModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(Models::ArticleListModel::OutletColumn, 70);
    header->resizeSection(Models::ArticleListModel::DateColumn, 70);
    auto *layout = new QVBoxLayout(articles);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_filter);
    layout->addWidget(m_search);
    layout->addWidget(m_articleList, 1);
    // Outlet and date columns only when some article has them (imports from plain text often lack both).
    auto updateColumns = [this] {
        bool outlet = false, date = false;
        const Models::ArticleListModel *model = articleModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            outlet = outlet || !model->index(row, Models::ArticleListModel::OutletColumn).data().toString().isEmpty();
            date = date || !model->index(row, Models::ArticleListModel::DateColumn).data().toString().isEmpty();
        }
        m_articleList->setColumnHidden(Models::ArticleListModel::OutletColumn, !outlet);
        m_articleList->setColumnHidden(Models::ArticleListModel::DateColumn, !date);
    };
    connect(articleModel(), &QAbstractItemModel::modelReset, this, updateColumns);
    connect(articleModel(), &QAbstractItemModel::rowsInserted, this, updateColumns);
    connect(articleModel(), &QAbstractItemModel::dataChanged, this, updateColumns);
    connect(m_filter, &QLineEdit::textChanged, m_articleFilter, &Models::ArticleFilterModel::setText);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::searchArticles);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty()) {
            m_articleFilter->setAllowedIds(std::nullopt);
            m_findQuery.clear();
            markFindHits(0, {});
        }
    });
    connect(m_articleList, &QTreeView::activated, this, [this](const QModelIndex &index) {
        showArticle(index.data(Models::ArticleListModel::ArticleIdRole).toLongLong());
    });
    connect(m_articleList, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (QApplication::keyboardModifiers() == Qt::NoModifier)
            showArticle(index.data(Models::ArticleListModel::ArticleIdRole).toLongLong());
    });

    auto dock = [this](QWidget *content, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget *articleDock = dock(articles, tr("Articles"), u"ArticlesDock"_s, Qt::LeftDockWidgetArea);

    m_annotationPanel = new AnnotationPanel(annotationModel(), this);
    m_form = new AnnotationForm(this);
    // Edits in the actor and codebook tables go through the session's models: undo steps too.
    m_actorPanel = new ActorPanel(actorModel(), this);
    m_codebookPanel = new CodebookPanel(categoryModel(), this);
    QDockWidget *formDock = dock(m_form, tr("Attributes"), u"AttributesDock"_s, Qt::RightDockWidgetArea);
    QDockWidget *annotationDock = dock(m_annotationPanel, tr("Annotations"), u"AnnotationsDock"_s, Qt::RightDockWidgetArea);
    QDockWidget *actorDock = dock(m_actorPanel, tr("Actors"), u"ActorsDock"_s, Qt::LeftDockWidgetArea);
    QDockWidget *codebookDock = dock(m_codebookPanel, tr("Codebook"), u"CodebookDock"_s, Qt::LeftDockWidgetArea);
    splitDockWidget(articleDock, actorDock, Qt::Vertical);
    tabifyDockWidget(actorDock, codebookDock);
    actorDock->raise();
    splitDockWidget(formDock, annotationDock, Qt::Vertical);
    resizeDocks({articleDock, formDock}, {400, 360}, Qt::Horizontal);

    // Views of the whole project (issues 16, 18): docks below the reading area, hidden until asked
    // for (View menu); they read the project and open an article at an annotation.
    m_timeline = new TimelineView(this);
    QDockWidget *timelineDock = dock(m_timeline, tr("Commitments over Time"), u"TimelineDock"_s, Qt::BottomDockWidgetArea);
    timelineDock->hide();
    timelineDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_timeline, &TimelineView::commitmentActivated, this, &MainWindow::goToAnnotation);
    m_curation = new CurationView(this);
    m_curation->setDecisionSink([this](const QString &text, const QList<Model::Annotation> &remove, const QList<Model::Annotation> &add) {
        return m_session->curate(text, remove, add);
    });
    QDockWidget *curationDock = dock(m_curation, tr("Curation"), u"CurationDock"_s, Qt::BottomDockWidgetArea);
    tabifyDockWidget(timelineDock, curationDock);
    curationDock->hide();
    curationDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_summary = new SummaryView(this);
    QDockWidget *summaryDock = dock(m_summary, tr("Who Said What"), u"SummaryDock"_s, Qt::BottomDockWidgetArea);
    tabifyDockWidget(timelineDock, summaryDock);
    summaryDock->hide();
    summaryDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_summary, &SummaryView::annotationActivated, this, &MainWindow::goToAnnotation);
    connect(m_articleList->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateSummaryScope);
    m_findResults = new FindResults(this);
    QDockWidget *findDock = dock(m_findResults, tr("Find Results"), u"FindResultsDock"_s, Qt::BottomDockWidgetArea);
    tabifyDockWidget(timelineDock, findDock);
    findDock->hide();
    connect(m_findResults, &FindResults::hitActivated, this, &MainWindow::goToFindHit);
    // The legend (issue 14): every style of the text, from the highlighter's own formats.
    m_viewPrecision = new ViewPrecision(this);
    connect(m_viewPrecision, &ViewPrecision::changed, this, &MainWindow::applyPrecision);
    m_legend = new LegendView(this);
    QDockWidget *legendDock = dock(m_legend, tr("Legend"), u"LegendDock"_s, Qt::RightDockWidgetArea);
    tabifyDockWidget(annotationDock, legendDock);
    legendDock->hide();
    legendDock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F9));
    connect(legendDock->toggleViewAction(), &QAction::triggered, legendDock, [legendDock](bool on) {
        if (on)
            legendDock->raise();
    });

    connect(m_compare, &CompareView::annotationActivated, this, [this](ArticleView *view, qint64 id) {
        selectAnnotation(view, id);
    });
    connect(m_compare, &CompareView::resizeRequested, this, [this](ArticleView *view, qint64 id, Model::Span span) {
        m_session->setSpan(id, span);
        view->selectAnnotation(id);
        refreshForm();
    });
    connect(m_compare, &CompareView::currentViewChanged, this, [this](ArticleView *view) {
        annotationModel()->setArticle(view ? view->article().id : 0);
        refreshForm();
        updateTitle();
    });
    connect(m_annotationPanel, &AnnotationPanel::annotationClicked, this, &MainWindow::goToAnnotation);
    connect(m_form, &AnnotationForm::edited, m_session, &Session::ProjectSession::edit);
    connect(m_form, &AnnotationForm::newActorRequested, this, &MainWindow::createActorFor);
    connect(m_form, &AnnotationForm::spanFromSelectionRequested, this, &MainWindow::setSpanFromSelection);
    connect(m_form, &AnnotationForm::acceptRequested, this, &MainWindow::acceptSelected);
    connect(m_form, &AnnotationForm::rejectRequested, this, &MainWindow::rejectOrRemoveSelected);
    connect(m_form, &AnnotationForm::editingDone, this, [this] {
        if (ArticleView *v = articleView())
            v->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_actorPanel, &ActorPanel::mergeRequested, m_session, &Session::ProjectSession::mergeActors);
    connect(m_actorPanel, &ActorPanel::decideRequested, this, [this](const QList<qint64> &ids, bool accept) {
        m_session->decideActors(ids, accept ? Origin::Accepted : Origin::Rejected);
    });
    connect(m_codebookPanel, &CodebookPanel::addRequested, m_session, &Session::ProjectSession::addCategory);
    connect(m_codebookPanel, &CodebookPanel::removeRequested, m_session, &Session::ProjectSession::removeCategory);
    connect(undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateTitle);
    createImportProgress();

    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys,
                       auto slot) -> QAction * {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    // Where no icon theme is installed, the style's own icons: the toolbar is never text only.
    auto themedIcon = [this](const QString &name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(name, style()->standardIcon(fallback, nullptr, this));
    };

    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = make(u"actionNew"_s, tr("&New Project\u2026"), {QKeySequence::New}, &MainWindow::newProject);
    newAction->setIcon(themedIcon(u"document-new"_s, QStyle::SP_FileIcon));
    QAction *open = make(u"actionOpen"_s, tr("&Open Project\u2026"), {QKeySequence::Open}, &MainWindow::openProjectDialog);
    open->setIcon(themedIcon(u"document-open"_s, QStyle::SP_DialogOpenButton));
    QAction *openShared = make(u"actionOpenShared"_s, tr("Open S&hared Project\u2026"), {}, &MainWindow::openSharedProjectDialog);
    openShared->setToolTip(tr("Open a desk's project on a PostgreSQL server"));
    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    m_recentMenu->setObjectName(u"menuRecent"_s);
    QAction *saveAs = make(u"actionSaveAs"_s, tr("Save Project &As\u2026"), {QKeySequence::SaveAs}, &MainWindow::saveProjectAs);
    QAction *exportAction = make(u"actionExport"_s, tr("&Export\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                                 &MainWindow::exportDialog);
    exportAction->setIcon(themedIcon(u"document-export"_s, QStyle::SP_DialogSaveButton));
    exportAction->setToolTip(tr("Export the annotated articles as a report or for other tools"));
    QAction *import = make(u"actionImport"_s, tr("&Import Articles\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_I)},
                           &MainWindow::importArticlesDialog);
    import->setIcon(themedIcon(u"document-import"_s, QStyle::SP_DirOpenIcon));
    QAction *paste = make(u"actionPasteArticle"_s, tr("&Paste as New Article"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
                          &MainWindow::pasteAsArticle);
    paste->setIcon(themedIcon(u"edit-paste"_s, QStyle::SP_FileDialogContentsView));
    QAction *quit = make(u"actionQuit"_s, tr("&Quit"), {QKeySequence::Quit}, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    file->addAction(newAction);
    file->addAction(open);
    file->addAction(openShared);
    file->addMenu(m_recentMenu);
    file->addAction(saveAs);
    file->addAction(exportAction);
    file->addSeparator();
    file->addAction(import);
    file->addAction(paste);
    file->addSeparator();
    file->addAction(quit);
    rebuildRecentMenu();

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(themedIcon(u"edit-undo"_s, QStyle::SP_ArrowBack));
    QAction *redo = undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(themedIcon(u"edit-redo"_s, QStyle::SP_ArrowForward));
    QAction *find = make(u"actionFind"_s, tr("&Find in Articles\u2026"), {QKeySequence::Find}, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setIcon(themedIcon(u"edit-find"_s, QStyle::SP_FileDialogContentsView));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(find);
    edit->addAction(make(u"actionFindNext"_s, tr("Find &Next"), {QKeySequence(Qt::Key_F3)}, [this] { stepFindHit(1); }));
    edit->addAction(make(u"actionFindPrevious"_s, tr("Find &Previous"), {QKeySequence(Qt::SHIFT | Qt::Key_F3)}, [this] { stepFindHit(-1); }));

    // Annotate: keys act when the reading area has the focus, so they never eat typing elsewhere.
    m_annotateMenu = menuBar()->addMenu(tr("&Annotate"));
    auto annotate = [&](const QString &name, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *a = make(name, text, keys, slot);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_compare->addAction(a);
        m_annotateMenu->addAction(a);
        m_editingActions.append(a);
        return a;
    };
    annotate(u"actionQuote"_s, tr("Mark as &Quote"), {QKeySequence(Qt::Key_Q)}, [this] { annotateSelection(AnnotationKind::Quote); });
    annotate(u"actionActor"_s, tr("Mark as &Actor"), {QKeySequence(Qt::Key_A)}, [this] { annotateSelection(AnnotationKind::ActorMention); });
    annotate(u"actionCommitment"_s, tr("Mark as &Commitment"), {QKeySequence(Qt::Key_C)},
             [this] { annotateSelection(AnnotationKind::Commitment); });
    m_annotateMenu->addSeparator();
    QAction *next = annotate(u"actionNextSuggestion"_s, tr("&Next Suggestion"), {QKeySequence(Qt::Key_N), QKeySequence(Qt::Key_F8)},
                             [this] { stepSuggestion(+1); });
    next->setIcon(themedIcon(u"go-next"_s, QStyle::SP_ArrowDown));
    m_editingActions.removeOne(next);
    QAction *previous = annotate(u"actionPreviousSuggestion"_s, tr("&Previous Suggestion"),
                                 {QKeySequence(Qt::Key_P), QKeySequence(Qt::SHIFT | Qt::Key_F8)}, [this] { stepSuggestion(-1); });
    previous->setIcon(themedIcon(u"go-previous"_s, QStyle::SP_ArrowUp));
    m_editingActions.removeOne(previous);
    QAction *accept = annotate(u"actionAccept"_s, tr("Acc&ept Suggestion"),
                               {QKeySequence(Qt::Key_Y), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                               &MainWindow::acceptSelected);
    accept->setIcon(themedIcon(u"dialog-ok-apply"_s, QStyle::SP_DialogApplyButton));
    QAction *reject = annotate(u"actionReject"_s, tr("&Reject Suggestion (or Remove Annotation)"),
                               {QKeySequence(Qt::Key_X), QKeySequence(Qt::Key_Delete)}, &MainWindow::rejectOrRemoveSelected);
    reject->setIcon(themedIcon(u"dialog-cancel"_s, QStyle::SP_DialogCancelButton));
    annotate(u"actionAcceptAll"_s, tr("Accept &All Suggestions in Article"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)},
             &MainWindow::acceptAllInArticle);
    annotate(u"actionAcceptActor"_s, tr("Accept All of This Speaker\u2019s or &Holder\u2019s Suggestions"),
             {QKeySequence(Qt::SHIFT | Qt::Key_Y)}, &MainWindow::acceptAllOfSelectedActor);
    createReviewActions();
    annotate(u"actionRemove"_s, tr("Re&move Annotation"), {QKeySequence(Qt::CTRL | Qt::Key_Delete)}, &MainWindow::removeSelected);
    annotate(u"actionReanalyse"_s, tr("Analyse the Article A&gain"), {}, &MainWindow::reanalyseArticle)
        ->setToolTip(tr("Replace the article's pending suggestions with a new analysis (decisions are kept)"));
    m_annotateMenu->addSeparator();
    annotate(u"actionGrowEnd"_s, tr("Extend to the Next Word"), {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right)},
             [this] { resizeSelected(int(SpanEditing::Edge::End), int(SpanEditing::Step::On)); });
    annotate(u"actionShrinkEnd"_s, tr("Shrink at the End"), {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left)},
             [this] { resizeSelected(int(SpanEditing::Edge::End), int(SpanEditing::Step::Back)); });
    annotate(u"actionGrowStart"_s, tr("Extend to the Previous Word"), {QKeySequence(Qt::ALT | Qt::CTRL | Qt::SHIFT | Qt::Key_Left)},
             [this] { resizeSelected(int(SpanEditing::Edge::Start), int(SpanEditing::Step::Back)); });
    annotate(u"actionShrinkStart"_s, tr("Shrink at the Start"), {QKeySequence(Qt::ALT | Qt::CTRL | Qt::SHIFT | Qt::Key_Right)},
             [this] { resizeSelected(int(SpanEditing::Edge::Start), int(SpanEditing::Step::On)); });
    m_annotateMenu->addSeparator();

    // Actors whose names are variants of one another, proposed for merging (also in the Actors panel's menu).
    QAction *proposeMerges = make(u"actionProposeMerges"_s, tr("Propose &Merges of Name Variants\u2026"),
                                  {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)}, &MainWindow::proposeMerges);
    proposeMerges->setToolTip(tr("Find actors named in different ways (Trump, Donald Trump) and merge them, choosing the name to keep"));
    m_annotateMenu->addAction(proposeMerges);
    m_editingActions.append(proposeMerges);
    m_actorPanel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_actorPanel->view()->addAction(proposeMerges);

    // View
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *compare = make(u"actionCompare"_s, tr("&Compare Selected Articles"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
                            &MainWindow::compareSelected);
    compare->setIcon(themedIcon(u"view-split-left-right"_s, QStyle::SP_FileDialogDetailedView));
    compare->setToolTip(tr("Open the articles selected in the list side by side (two to four)"));
    QAction *linkScroll = make(u"actionLinkScrolling"_s, tr("&Link Scrolling"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
                               [this](bool on) { m_compare->setScrollLinked(on); });
    linkScroll->setCheckable(true);
    linkScroll->setChecked(true);
    QAction *siteText = make(u"actionShowSiteText"_s, tr("Show &Site Text"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
                             [this](bool on) {
                                 for (ArticleView *v : m_compare->views())
                                     v->setBoilerplateFolded(!on);
                             });
    siteText->setCheckable(true);
    m_focusLayout = new FocusLayout(this);
    QAction *focusLayout = make(u"actionFocusLayout"_s, tr("&Focus on the Text"), {QKeySequence(Qt::Key_F11)},
                                [this](bool on) { m_focusLayout->setActive(on); });
    focusLayout->setCheckable(true);
    focusLayout->setToolTip(tr("Hide the panels so that the articles get the whole window (F11 again brings them back)"));
    view->addAction(compare);
    view->addAction(linkScroll);
    view->addAction(siteText);
    view->addAction(focusLayout);
    view->addSeparator();
    view->addMenu(m_viewPrecision->thresholdMenu());
    view->addAction(m_viewPrecision->wordClassesAction());
    view->addSeparator();
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *d : docks) {
        QAction *toggle = d->toggleViewAction();
        toggle->setObjectName(u"actionToggle"_s + d->objectName());
        view->addAction(toggle);
    }
    // Escape in any panel returns to the text, so that N, Y, Q and the rest act again.
    QAction *toText = make(u"actionBackToText"_s, tr("Back to the &Text"), {QKeySequence(Qt::Key_Escape)}, [this] {
        if (ArticleView *v = articleView())
            v->setFocus(Qt::ShortcutFocusReason);
    });
    toText->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QDockWidget *d : docks)
        d->addAction(toText);
    view->addAction(toText);

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = make(u"actionAbout"_s, tr("&About Parlance"), {}, [this] {
        QMessageBox::about(this, tr("About Parlance"),
                           tr("<p><b>Parlance %1</b></p><p>Reading and annotating news about diplomacy: quotes, "
                              "actors and commitments.</p>").arg(QCoreApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(about);

    // Short labels for the toolbar (menus keep the full text).
    open->setIconText(tr("Open"));
    import->setIconText(tr("Import"));
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    previous->setIconText(tr("Previous"));
    next->setIconText(tr("Next"));
    accept->setIconText(tr("Accept"));
    reject->setIconText(tr("Reject"));
    compare->setIconText(tr("Compare"));
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"MainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    bar->addAction(open);
    bar->addAction(import);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
    bar->addSeparator();
    bar->addAction(previous);
    bar->addAction(next);
    bar->addAction(accept);
    bar->addAction(reject);
    bar->addSeparator();
    bar->addAction(compare);
    for (QAction *a : {newAction, open, saveAs, import, paste, undo, redo, find, compare})
        addAction(a);
    m_editingActions.append(paste);
    m_editingActions.append(import);

    // Context menu of every column.
    QList<QAction *> context;
    for (const QString &name : {u"actionQuote"_s, u"actionActor"_s, u"actionCommitment"_s})
        context.append(findChild<QAction *>(name));
    context.append(nullptr);
    context.append(accept);
    context.append(reject);
    for (ArticleView *v : m_compare->views())
        v->setContextActions(context);
    connect(m_compare, &CompareView::currentViewChanged, this, [this, context](ArticleView *) {
        for (ArticleView *v : m_compare->views())
            v->setContextActions(context + m_categoryActions);
    });
}

void MainWindow::createImportProgress()
{
    m_importProgress = new QProgressBar(this);
    m_importProgress->setObjectName(u"ImportProgress"_s);
    m_importProgress->setAccessibleName(tr("Import progress"));
    m_importProgress->setMaximumWidth(260);
    m_importProgress->setTextVisible(true);
    m_cancelImport = new QToolButton(this);
    m_cancelImport->setObjectName(u"CancelImport"_s);
    m_cancelImport->setText(tr("Cancel Import"));
    m_cancelImport->setToolTip(tr("Stop importing: the articles stored so far stay, the others are not added"));
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_cancelImport);
    m_importProgress->hide();
    m_cancelImport->hide();
    connect(m_cancelImport, &QToolButton::clicked, this, [this] {
        m_session->cancelImport();
        m_cancelImport->setEnabled(false);
        m_importProgress->setFormat(tr("Cancelling\u2026"));
    });
    // Only work that takes over a second shows progress; a quick import just says what it did.
    m_importProgressDelay.setSingleShot(true);
    m_importProgressDelay.setInterval(1000);
    connect(&m_importProgressDelay, &QTimer::timeout, this, [this] {
        if (!m_session->isImporting())
            return;
        m_cancelImport->setEnabled(true);
        m_importProgress->show();
        m_cancelImport->show();
    });
    connect(m_session, &Session::ProjectSession::importStarted, this, [this](int total) {
        m_importProgress->setRange(0, total > 1 ? total : 0); // one long file: a busy indicator
        m_importProgress->setValue(0);
        m_importProgress->setFormat(tr("Importing\u2026"));
        m_importProgressDelay.start();
    });
    connect(m_session, &Session::ProjectSession::importProgress, this, [this](int done, int total, const QString &current) {
        if (total > 1)
            m_importProgress->setValue(done);
        if (m_cancelImport->isEnabled())
            m_importProgress->setFormat(current.isEmpty() ? tr("Importing\u2026")
                                                          : tr("%1 of %2: %3").arg(std::min(done + 1, total)).arg(total).arg(QFileInfo(current).fileName()));
        m_importProgress->setToolTip(current);
    });
}

// --- Project ---------------------------------------------------------------------------------

bool MainWindow::openStartupContent(const GuiOptions &options, QString *errorText)
{
    QString path = options.projectPath;
    Storage::OpenOptions open;
    bool sample = false;
    if (path.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        path = dir + u"/sample.parlance"_s;
        open.createIfMissing = true;
        sample = true;
    }
    if (!openProject(path, open, errorText)) {
        if (!project() || project()->path() != path)
            return false;
    }
    if (sample && project()->articles().isEmpty() && !project()->isReadOnly()) {
        // A new sample project: its codebook and articles, imported (and analysed) before the
        // first picture, so that it opens on an article with its suggestions.
        QEventLoop loop;
        connect(m_session, &Session::ProjectSession::importFinished, &loop, &QEventLoop::quit);
        if (!m_session->addSampleContent())
            return false;
        if (m_session->isImporting())
            loop.exec();
        m_afterImport.clear();
        if (project()->articles().isEmpty()) {
            if (errorText)
                *errorText = m_lastError.isEmpty() ? tr("%1: cannot add the sample articles").arg(path) : m_lastError;
            return false;
        }
    }

    const QList<Storage::ArticleSummary> summaries = project()->articles();
    QList<qint64> ids;
    for (int number : options.compare) {
        auto it = std::find_if(summaries.cbegin(), summaries.cend(), [&](const auto &s) { return s.number == number; });
        if (it == summaries.cend()) {
            if (errorText)
                *errorText = tr("%1: there is no article %2 (the project has %3)").arg(path).arg(number).arg(summaries.size());
            return false;
        }
        ids.append(it->id);
    }
    if (ids.isEmpty() && !summaries.isEmpty())
        ids.append(summaries.first().id);
    if (!ids.isEmpty())
        showArticles(ids);
    return true;
}

bool MainWindow::openProject(const QString &path, const Storage::OpenOptions &options, QString *errorText)
{
    Storage::Error error;
    bool opened = m_session->open(path, options, &error);
    if (!opened && error.code == Storage::Error::Locked && !options.readOnly) {
        bool readOnly = !m_interactive;
        if (m_interactive) {
            readOnly = QMessageBox::question(this, tr("Project in Use"), tr("%1\n\nOpen it read-only?").arg(error.message()),
                                             QMessageBox::Open | QMessageBox::Cancel)
                == QMessageBox::Open;
        }
        if (readOnly) {
            Storage::OpenOptions again = options;
            again.readOnly = true;
            opened = m_session->open(path, again, &error);
        }
    }
    if (!opened) {
        if (errorText)
            *errorText = error.message().isEmpty() ? tr("%1: cannot open the project").arg(path) : error.message();
        return false;
    }
    // A server's project is remembered by its address without a password (Project::path()).
    const bool onServer = Storage::Postgres::SqlConnection::isServerTarget(path);
    if (onServer)
        addRecent(project()->path());
    else if (!path.endsWith(u"/sample.parlance"_s))
        addRecent(QFileInfo(path).absoluteFilePath());
    if (project()->isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: %1").arg(project()->readOnlyReason()));
    if (!project()->openingNotice().isEmpty()) {
        const QString notice = QDir::toNativeSeparators(project()->path()) + u": "_s + project()->openingNotice();
        if (m_interactive)
            QMessageBox::information(this, tr("Project Converted"), notice);
        else
            statusBar()->showMessage(notice);
    }
    return true;
}

void MainWindow::onProjectChanged()
{
    // An export dialog reads the project it was opened on: it goes with it.
    qDeleteAll(findChildren<ExportDialog *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<MergeProposalDialog *>(Qt::FindDirectChildrenOnly));
    m_afterImport.clear();
    const Storage::Project *p = project();
    m_timeline->setProject(p);
    m_curation->setProject(p);
    m_summary->setProject(p);
    if (p) {
        connect(p, &Storage::Project::actorsChanged, this, [this] {
            refreshChoices();
            m_actorNamesTimer.start();
        });
        connect(p, &Storage::Project::categoriesChanged, this, &MainWindow::rebuildCategoryActions);
        // An actor whose every mention is rejected is no longer drawn (updateActorNames).
        for (auto signal : {&Storage::Project::annotationAdded, &Storage::Project::annotationChanged})
            connect(p, signal, &m_actorNamesTimer, qOverload<>(&QTimer::start));
        connect(p, &Storage::Project::annotationRemoved, &m_actorNamesTimer, qOverload<>(&QTimer::start));
        connect(p, &Storage::Project::suggestionsReplaced, &m_actorNamesTimer, qOverload<>(&QTimer::start));
    }
    m_form->setReadOnly(p && p->isReadOnly());
    m_actorNamesTimer.start();
    refreshChoices();
    rebuildCategoryActions();
    updateActions();
    updateTitle();
}

void MainWindow::showArticle(qint64 articleId)
{
    showArticles({articleId});
}

void MainWindow::showArticles(const QList<qint64> &articleIds)
{
    m_session->showArticles(articleIds);
}

void MainWindow::onArticlesOpened()
{
    const Session::OpenArticles *open = m_session->openArticles();
    QList<Model::Article> articles;
    for (int c = 0; c < open->count(); ++c)
        articles.append(open->at(c).article);
    m_compare->setArticles(articles);
    for (int c = 0; c < open->count(); ++c) {
        ArticleView *view = m_compare->view(c);
        view->setBoilerplate(open->at(c).boilerplate);
        view->setPrecision(m_viewPrecision->precision());
        view->setAnnotations(open->at(c).annotations, open->actorNames(), open->categoryColors());
    }
    m_compare->setLinks(open->links());
    updateSummaryScope();
    markFindHits(0, {});
    if (ArticleView *current = m_compare->currentView()) {
        current->setFocus();
        annotationModel()->setArticle(current->article().id);
    }
    refreshForm();
    updateTitle();
    updateReviewProgress();
}

void MainWindow::onAnnotationsChanged(int column)
{
    const Session::OpenArticles *open = m_session->openArticles();
    ArticleView *view = m_compare->view(column);
    if (!view || column >= open->count())
        return;
    view->setAnnotations(open->at(column).annotations, open->actorNames(), open->categoryColors());
    if (view == articleView()) {
        refreshForm();
        updateReviewProgress();
    }
}

void MainWindow::refreshForm()
{
    ArticleView *view = articleView();
    m_form->setAnnotation(selectedAnnotation(), view ? view->article().text : QString());
}

void MainWindow::refreshChoices()
{
    const QList<Model::Actor> actors = project() ? project()->actors() : QList<Model::Actor>();
    m_form->setActors(actors);
    QList<QPair<qint64, QString>> items;
    for (const Model::Actor &a : actors)
        items.append({a.id, a.canonicalName});
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
    m_annotationPanel->setChoices(items, project() ? project()->coders() : QStringList());
    refreshForm();
}

void MainWindow::updateActorNames()
{
    QStringList names;
    if (project()) {
        // Not the actors a person has rejected every suggestion of.
        const QSet<qint64> rejected = project()->actorsOnlyRejected();
        for (const Model::Actor &a : project()->actors())
            if (!rejected.contains(a.id))
                names << a.canonicalName << a.aliases;
    }
    names.removeDuplicates();
    names.sort();
    if (names == m_actorNames)
        return;
    m_actorNames = names;
    // The project's actor names stand out even where nobody has annotated them yet.
    Highlight::SyntaxRepository::instance().setActorNames(names);
    for (ArticleView *v : m_compare->views())
        v->rehighlight();
}

void MainWindow::rebuildCategoryActions()
{
    for (QAction *a : std::as_const(m_categoryActions)) {
        m_editingActions.removeOne(a);
        delete a;
    }
    m_categoryActions.clear();
    if (!project())
        return;
    const QList<Model::CodebookCategory> categories = project()->categories();
    if (categories.isEmpty()) {
        // The number keys say what they are for rather than doing nothing.
        auto *a = new QAction(tr("Code with a Category"), this);
        a->setObjectName(u"actionCategoryNone"_s);
        QList<QKeySequence> keys;
        for (int k = Qt::Key_1; k <= Qt::Key_9; ++k)
            keys.append(QKeySequence(Qt::Key(k)));
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, [this] {
            showStatus(tr("The codebook has no categories yet: add one with \u201cAdd Category\u201d in the Codebook panel "
                          "(View > Codebook), then 1 to 9 code the selected text with it."));
        });
        m_compare->addAction(a);
        m_annotateMenu->addAction(a);
        m_categoryActions.append(a);
        m_editingActions.append(a);
    }
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const Model::CodebookCategory &c = categories[i];
        auto *a = new QAction(tr("Code as \u201c%1\u201d").arg(c.name), this);
        a->setObjectName(u"actionCategory"_s + QString::number(c.id));
        QKeySequence key(c.shortcut, QKeySequence::PortableText);
        if (key.isEmpty() && i < 9)
            key = QKeySequence(Qt::Key(Qt::Key_1 + i));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(c.description);
        const qint64 id = c.id;
        connect(a, &QAction::triggered, this, [this, id] { annotateSelection(AnnotationKind::Category, id); });
        m_compare->addAction(a);
        m_annotateMenu->addAction(a);
        m_categoryActions.append(a);
        m_editingActions.append(a);
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const bool writable = m_session->isWritable();
    for (QAction *a : std::as_const(m_editingActions))
        a->setEnabled(writable);
    if (QAction *saveAs = findChild<QAction *>(u"actionSaveAs"_s))
        saveAs->setEnabled(project() != nullptr);
    if (QAction *exportAction = findChild<QAction *>(u"actionExport"_s))
        exportAction->setEnabled(project() != nullptr);
}

void MainWindow::updateTitle()
{
    QString title;
    const ArticleView *view = articleView();
    if (view && view->article().id)
        title = view->article().displayTitle();
    if (project()) {
        // A file by its name; a shared project by its server (the address, never a password).
        const QString name = Storage::Postgres::SqlConnection::isServerTarget(project()->path()) ? project()->path()
                                                                                                : QFileInfo(project()->path()).fileName();
        title = title.isEmpty() ? name : tr("%1 \u2014 %2").arg(title, name);
        if (project()->isReadOnly())
            title += tr(" [read-only]");
    }
    setWindowTitle(title.isEmpty() ? tr("Parlance") : tr("%1 \u2014 Parlance").arg(title));
}

void MainWindow::showError(const QString &message)
{
    m_lastError = message;
    statusBar()->showMessage(message, 10000);
    if (m_interactive && isVisible()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Parlance"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 5000);
}

// --- File ------------------------------------------------------------------------------------

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(),
                                                      tr("Parlance projects (*.parlance)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists; open it instead, or choose another name.").arg(path));
        return;
    }
    QString error;
    if (!openProject(path, {false, true}, &error))
        showError(error);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(),
                                                      tr("Parlance projects (*.parlance);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openProject(path, {}, &error))
        showError(error);
}

void MainWindow::openSharedProjectDialog()
{
    auto *dialog = new SharedProjectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString error;
        if (!openProject(dialog->target(), {}, &error))
            showError(error);
    });
    dialog->open();
}

void MainWindow::saveProjectAs()
{
    if (!project())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), QDir::homePath(),
                                                      tr("Parlance projects (*.parlance)"));
    if (path.isEmpty())
        return;
    Storage::Error error;
    if (!project()->saveCopyAs(path, &error)) {
        showError(error.message());
        return;
    }
    QString openError;
    if (!openProject(path, {}, &openError))
        showError(openError);
}

void MainWindow::importArticlesDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Articles"), QDir::homePath(),
                                                            tr("Articles (*.txt *.md *.html *.htm);;All files (*)"));
    importFiles(paths);
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (!project() || paths.isEmpty())
        return;
    // Imported while reading: the new articles are selected in the list, the reader stays where he is.
    m_afterImport.append(m_compare->count() > 0 ? AfterImport::Select : AfterImport::Open);
    m_session->importFiles(paths);
}

void MainWindow::onImportFinished(const Import::ImportReport &report)
{
    m_importProgressDelay.stop();
    m_importProgress->hide();
    m_cancelImport->hide();
    const AfterImport after = m_afterImport.isEmpty() ? AfterImport::Nothing : m_afterImport.takeFirst();
    const QList<qint64> stored = report.storedIds();
    if (after == AfterImport::Open && !stored.isEmpty())
        showArticle(stored.first());
    else if (after == AfterImport::Select)
        selectInList(stored);
    QStringList problems;
    for (const Import::ImportOutcome &o : report.outcomes)
        if (o.kind == Import::ImportOutcome::Failed)
            problems << o.error.message();
    problems.removeDuplicates(); // a full disk fails every article of its batch with one message
    if (!problems.isEmpty())
        showError(problems.join(u'\n'));
    // After the problems: the summary names what was skipped and stays readable.
    statusBar()->showMessage(report.summary(), 10000);
}

void MainWindow::pasteAsArticle()
{
    const QString text = QApplication::clipboard()->text().trimmed();
    if (text.isEmpty()) {
        showError(tr("The clipboard holds no text to paste as an article."));
        return;
    }
    if (!project())
        return;
    Model::Article a;
    a.text = text;
    a.title = text.section(u'\n', 0, 0).trimmed().left(200);
    a.outlet = tr("Pasted");
    m_afterImport.append(AfterImport::Open);
    m_session->addArticles({a});
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"recentProjects"_s).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(u"recentProjects"_s, recent.mid(0, MaxRecent));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"recentProjects"_s).toStringList();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction *a = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openProject(path, {}, &error))
                showError(error);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, m_focusLayout->windowState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.size() == 1 && paths.first().endsWith(u".parlance"_s)) {
        QString error;
        if (!openProject(paths.first(), {}, &error))
            showError(error);
    } else {
        importFiles(paths);
    }
    event->acceptProposedAction();
}

// --- Articles --------------------------------------------------------------------------------

void MainWindow::searchArticles()
{
    const QString query = m_search->text().trimmed();
    if (!project() || query.isEmpty()) {
        m_articleFilter->setAllowedIds(std::nullopt);
        return;
    }
    QSet<qint64> ids;
    for (qint64 id : project()->searchArticleIds(query))
        ids.insert(id);
    m_articleFilter->setAllowedIds(ids);
    statusBar()->showMessage(Export::translateCounted("Parlance::Ui::MainWindow", QT_TRANSLATE_N_NOOP("Parlance::Ui::MainWindow", "%n article(s) match \u201c%1\u201d"), int(ids.size())).arg(query), 5000);
    findInText(query);
}

void MainWindow::findInText(const QString &query)
{
    m_findQuery = query;
    const QList<Session::TextHit> hits = Session::TextSearch::inProject(*project(), query);
    QHash<qint64, QString> titles;
    for (const Session::TextHit &hit : hits) {
        if (!titles.contains(hit.articleId)) {
            const std::optional<Model::Article> a = project()->article(hit.articleId);
            titles.insert(hit.articleId, a ? a->displayTitle() : QString());
        }
    }
    m_findResults->setHits(query, hits, titles);
    if (auto *dock = findChild<QDockWidget *>(u"FindResultsDock"_s); dock && !dock->isVisible()) {
        dock->show();
        dock->raise();
        // A list of hits, not half the window: the text stays the larger part.
        resizeDocks({dock}, {height() / 5}, Qt::Vertical);
    }
    m_findHit = -1;
    markFindHits(0, {});
    // Enter opens the first hit.
    if (!hits.isEmpty())
        goToFindHit(0);
}

void MainWindow::stepFindHit(int step)
{
    const qsizetype n = m_findResults->hits().size();
    if (n == 0) {
        statusBar()->showMessage(tr("Nothing to step through: search first (Ctrl+F, type, Enter)"), 5000);
        return;
    }
    goToFindHit(int(((m_findHit + step) % n + n) % n));
}

void MainWindow::goToFindHit(int hit)
{
    if (hit < 0 || hit >= m_findResults->hits().size())
        return;
    const Session::TextHit target = m_findResults->hits()[hit];
    m_findHit = hit;
    const QList<ArticleView *> views = m_compare->views();
    auto it = std::find_if(views.cbegin(), views.cend(), [&](const ArticleView *v) { return v->article().id == target.articleId; });
    if (it == views.cend())
        showArticle(target.articleId);
    ArticleView *view = it != views.cend() ? *it : articleView();
    markFindHits(target.articleId, target.span);
    QTextCursor cursor(view->document());
    cursor.setPosition(target.span.start);
    cursor.setPosition(target.span.end, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    view->centerCursor();
    view->setFocus();
    m_findResults->setCurrent(hit);
    statusBar()->showMessage(tr("Hit %1 of %2").arg(hit + 1).arg(m_findResults->hits().size()), 5000);
}

void MainWindow::markFindHits(qint64 currentArticle, Model::Span current)
{
    for (ArticleView *v : m_compare->views()) {
        const QList<Model::Span> spans = m_findQuery.isEmpty() ? QList<Model::Span>() : Session::TextSearch::find(v->article().text, m_findQuery);
        v->setFindHits(spans, v->article().id == currentArticle ? int(spans.indexOf(current)) : -1);
    }
}

QList<qint64> MainWindow::selectedArticleIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_articleList->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(Models::ArticleListModel::ArticleIdRole).toLongLong());
    return ids;
}

void MainWindow::selectInList(const QList<qint64> &articleIds)
{
    QItemSelection selection;
    for (qint64 id : articleIds) {
        const int row = articleModel()->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_articleFilter->mapFromSource(articleModel()->index(row, 0));
        if (index.isValid())
            selection.select(index, index);
    }
    if (selection.isEmpty())
        return;
    m_articleList->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_articleList->scrollTo(selection.indexes().first());
}

void MainWindow::exportDialog()
{
    if (!project())
        return;
    QList<qint64> open;
    for (ArticleView *v : m_compare->views())
        if (v->article().id)
            open.append(v->article().id);
    auto *dialog = new ExportDialog(*project(), selectedArticleIds(), open, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this, dialog](const QString &path) {
        // The title typed is the project's reports' title from now on.
        if (m_session->isWritable())
            m_session->setReportTitle(dialog->titleEdit()->text().simplified());
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    dialog->open();
}

void MainWindow::compareSelected()
{
    m_session->openComparison(selectedArticleIds());
}

void MainWindow::proposeMerges()
{
    const Storage::Project *p = project();
    if (!p || p->isReadOnly())
        return;
    const QList<Model::Actor> actors = p->actors();
    const QList<Model::NameVariantGroup> groups = Model::NameVariants::propose(actors);
    if (groups.isEmpty()) {
        showStatus(tr("No two actors have names that are variants of one another"));
        return;
    }
    auto *dialog = new MergeProposalDialog(actors, groups, [this](qint64 kept, const QList<qint64> &merged) {
        // A group is merged as one undo step.
        undoStack()->beginMacro(tr("Merge Actors"));
        bool ok = true;
        for (const qint64 id : merged)
            ok = m_session->mergeActors(kept, id) && ok;
        undoStack()->endMacro();
        return ok;
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateSummaryScope()
{
    QList<qint64> ids = selectedArticleIds();
    // In the list's order, as the columns of the matrix.
    std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) { return articleModel()->rowOf(a) < articleModel()->rowOf(b); });
    if (ids.size() < 2) {
        const Session::OpenArticles *open = m_session->openArticles();
        ids.clear();
        for (int c = 0; c < open->count(); ++c)
            ids.append(open->at(c).article.id);
    }
    m_summary->setArticles(ids);
}

void MainWindow::selectShowcase()
{
    const QList<Analysis::QuoteLink> &links = m_compare->links();
    if (!links.isEmpty()) {
        ArticleView *view = m_compare->view(links.first().documentA);
        view->setFocus();
        selectAnnotation(view, links.first().quoteA);
        return;
    }
    stepSuggestion(+1);
}

ArticleView *MainWindow::articleView() const
{
    return m_compare->currentView();
}

// --- Annotating ------------------------------------------------------------------------------

std::optional<Annotation> MainWindow::selectedAnnotation() const
{
    const ArticleView *view = articleView();
    if (!view || !view->selectedAnnotationId())
        return std::nullopt;
    return m_session->openArticles()->annotation(view->selectedAnnotationId());
}

void MainWindow::goToAnnotation(qint64 annotationId, qint64 articleId)
{
    // In a column already open, or opened alone (the annotations panel lists every article).
    ArticleView *target = nullptr;
    for (ArticleView *v : m_compare->views())
        if (v->article().id == articleId)
            target = v;
    if (!target) {
        showArticles({articleId});
        target = m_compare->view(0);
        if (!target || target->article().id != articleId)
            return;
    }
    selectAnnotation(target, annotationId);
}

void MainWindow::selectAnnotation(ArticleView *view, qint64 annotationId)
{
    if (!view)
        return;
    if (view != articleView())
        view->setFocus();
    m_compare->selectAnnotation(view, annotationId);
    m_annotationPanel->showAnnotation(annotationId);
    refreshForm();
}

void MainWindow::annotateSelection(AnnotationKind kind, qint64 categoryId)
{
    ArticleView *view = articleView();
    if (!view || !view->article().id)
        return;
    if (const qint64 id = m_session->annotate(view->article().id, view->selectedSpan(), kind, categoryId))
        selectAnnotation(view, id);
}

void MainWindow::stepSuggestion(int direction)
{
    ArticleView *view = articleView();
    if (!view || !view->article().id)
        return;
    const std::optional<Annotation> current = selectedAnnotation();
    const int position = current ? current->span.start : view->textCursor().selectionStart();
    const qint64 next = m_session->nextSuggestion(view->article().id, position, current ? current->id : 0, direction);
    if (!next) {
        showStatus(tr("No suggestions left in this article."));
        return;
    }
    selectAnnotation(view, next);
}

void MainWindow::acceptSelected()
{
    const std::optional<Annotation> a = selectedAnnotation();
    if (m_session->accept(a ? a->id : 0))
        stepSuggestion(+1);
}

void MainWindow::acceptAllOfSelectedActor()
{
    const std::optional<Annotation> a = selectedAnnotation();
    if (m_session->acceptAllOfActor(a ? a->id : 0) > 0)
        stepSuggestion(+1);
}

void MainWindow::createReviewActions()
{
    // What N and P step through; the counter in the status bar follows.
    QMenu *queueMenu = m_annotateMenu->addMenu(tr("Review &Queue"));
    queueMenu->setObjectName(u"menuReviewQueue"_s);
    const Session::SuggestionQueue::Options defaults;
    auto option = [this, queueMenu](const QString &name, const QString &text, bool checked, auto set) {
        QAction *a = new QAction(text, queueMenu);
        a->setObjectName(name);
        a->setCheckable(true);
        a->setChecked(checked);
        connect(a, &QAction::toggled, this, [this, set](bool on) {
            Session::SuggestionQueue::Options options = m_session->reviewOptions();
            set(options, on);
            m_session->setReviewOptions(options);
            updateReviewProgress();
        });
        queueMenu->addAction(a);
    };
    option(u"actionReviewQuotes"_s, tr("&Quotes"), defaults.quotes,
           [](Session::SuggestionQueue::Options &o, bool on) { o.quotes = on; });
    option(u"actionReviewCommitments"_s, tr("&Commitments"), defaults.commitments,
           [](Session::SuggestionQueue::Options &o, bool on) { o.commitments = on; });
    option(u"actionReviewActorMentions"_s, tr("&Actor Mentions"), defaults.actorMentions,
           [](Session::SuggestionQueue::Options &o, bool on) { o.actorMentions = on; });
    queueMenu->addSeparator();
    option(u"actionLeastConfidentFirst"_s, tr("&Least Confident First"),
           defaults.order == Session::SuggestionQueue::Order::LeastConfidentFirst, [](Session::SuggestionQueue::Options &o, bool on) {
        o.order = on ? Session::SuggestionQueue::Order::LeastConfidentFirst : Session::SuggestionQueue::Order::Text;
    });
    m_reviewProgress = new QLabel(this);
    m_reviewProgress->setObjectName(u"ReviewProgress"_s);
    m_reviewProgress->setToolTip(tr("Suggestions of this article still to review (N and P step through them)"));
    statusBar()->addPermanentWidget(m_reviewProgress);
}

void MainWindow::updateReviewProgress()
{
    const ArticleView *view = articleView();
    const Session::SuggestionQueue::Progress p =
        view && view->article().id ? m_session->reviewProgress(view->article().id) : Session::SuggestionQueue::Progress{};
    m_reviewProgress->setVisible(p.total + p.hidden > 0);
    QString text = tr("%1 of %2 left").arg(p.left).arg(p.total);
    // Hidden suggestions are counted apart, so that "0 left" is never read as "all reviewed".
    if (p.hidden > 0)
        text += tr(", %1 hidden below %2 %").arg(p.hidden).arg(std::lround(m_session->reviewOptions().minConfidence * 100));
    m_reviewProgress->setText(text);
}

void MainWindow::rejectOrRemoveSelected()
{
    const std::optional<Annotation> a = selectedAnnotation();
    if (!a) {
        showStatus(tr("Select an annotation first."));
        return;
    }
    if (a->origin != Origin::Suggested)
        m_session->remove(a->id);
    else if (m_session->reject(a->id))
        stepSuggestion(+1);
}

void MainWindow::removeSelected()
{
    if (const std::optional<Annotation> a = selectedAnnotation())
        m_session->remove(a->id);
}

void MainWindow::acceptAllInArticle()
{
    if (ArticleView *view = articleView(); view && view->article().id)
        m_session->acceptAll(view->article().id);
}

void MainWindow::reanalyseArticle()
{
    if (ArticleView *view = articleView(); view && view->article().id) {
        m_afterImport.append(AfterImport::Nothing);
        m_session->reanalyse({view->article().id});
    }
}

void MainWindow::resizeSelected(int edge, int step)
{
    ArticleView *view = articleView();
    const std::optional<Annotation> a = selectedAnnotation();
    if (!view || !a)
        return;
    if (m_session->resizeByWord(a->id, SpanEditing::Edge(edge), SpanEditing::Step(step))) {
        view->selectAnnotation(a->id);
        refreshForm();
    }
}

void MainWindow::setSpanFromSelection(bool time)
{
    ArticleView *view = articleView();
    const std::optional<Annotation> a = selectedAnnotation();
    if (!view || !a)
        return;
    Annotation after = *a;
    (time ? after.time : after.condition) = view->selectedSpan();
    m_session->edit(*a, after);
}

void MainWindow::applyPrecision()
{
    const Highlight::Precision &precision = m_viewPrecision->precision();
    for (ArticleView *v : m_compare->views())
        v->setPrecision(precision);
    m_legend->setPrecision(precision);
    Session::SuggestionQueue::Options options = m_session->reviewOptions();
    options.minConfidence = precision.minConfidence;
    m_session->setReviewOptions(options);
    updateReviewProgress();
}

void MainWindow::createActorFor(const QString &name, bool addressee)
{
    const QString simplified = name.simplified();
    if (!project() || simplified.isEmpty())
        return;
    // A name the project knows is a choice like any other; a new one is added with its use.
    if (const qint64 known = project()->actorIdForName(simplified)) {
        m_form->applyActor(known, addressee);
        return;
    }
    if (const std::optional<Annotation> annotation = m_form->annotation())
        m_session->assignNewActor(annotation->id, simplified, addressee);
}

} // namespace Parlance::Ui
