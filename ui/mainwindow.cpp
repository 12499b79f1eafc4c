// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "analysis/analyzer.h"
#include "analysis/suggestions.h"
#include "annotationform.h"
#include "articleview.h"
#include "commands/actorcommands.h"
#include "commands/annotationcommands.h"
#include "commands/codebookcommands.h"
#include "compareview.h"
#include "timelineview.h"
#include "curationview.h"
#include "exportdialog.h"
#include "gui.h"
#include "highlight/syntaxrepository.h"
#include "import/articlefile.h"
#include "import/samples.h"
#include "import/suggestionstore.h"
#include "models/actormodel.h"
#include "models/annotationfiltermodel.h"
#include "models/annotationmodel.h"
#include "models/articlefiltermodel.h"
#include "models/articlelistmodel.h"
#include "models/categorymodel.h"
#include "panels.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parlance::Ui {

using Model::Annotation;
using Model::AnnotationKind;
using Model::Origin;

namespace {
constexpr int MaxRecent = 8;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'\'' || c == u'\u2019';
}

// Word boundaries for resizing a span by keyboard.
int nextWordEnd(const QString &t, int pos)
{
    int i = pos;
    while (i < t.size() && !isWordChar(t[i]))
        ++i;
    while (i < t.size() && isWordChar(t[i]))
        ++i;
    // Keep closing punctuation and quotation marks that follow the word.
    while (i < t.size() && (t[i] == u'\u201d' || t[i] == u'"' || t[i] == u'.' || t[i] == u',' || t[i] == u'\u2019'))
        ++i;
    return i;
}

int previousWordEnd(const QString &t, int pos, int floor)
{
    int i = pos;
    while (i > floor && isWordChar(t[i - 1]))
        --i;
    while (i > floor && !isWordChar(t[i - 1]))
        --i;
    return i;
}

int previousWordStart(const QString &t, int pos)
{
    int i = pos;
    while (i > 0 && !isWordChar(t[i - 1]))
        --i;
    while (i > 0 && isWordChar(t[i - 1]))
        --i;
    return i;
}

int nextWordStart(const QString &t, int pos, int ceiling)
{
    int i = pos;
    while (i < ceiling && isWordChar(t[i]))
        ++i;
    while (i < ceiling && !isWordChar(t[i]))
        ++i;
    return i;
}

/// The quoted words of a span: without the quotation marks around them.
Model::Span withoutQuoteMarks(const QString &text, Model::Span span)
{
    static const QString marks = u"\"\u201c\u201d\u2018\u2019\u00ab\u00bb \n"_s;
    while (span.start < span.end && marks.contains(text[span.start]))
        ++span.start;
    while (span.end > span.start && (marks.contains(text[span.end - 1]) || text[span.end - 1] == u','))
        --span.end;
    return span;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_undo(new QUndoStack(this))
    , m_articleModel(new Models::ArticleListModel(this))
    , m_articleFilter(new Models::ArticleFilterModel(this))
    , m_annotationModel(new Models::AnnotationModel(this))
    , m_actorModel(new Models::ActorModel(this))
    , m_categoryModel(new Models::CategoryModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Parlance"));
    // Actors come in bursts (an import creates dozens): their names reach the syntax definition once.
    m_actorNamesTimer.setSingleShot(true);
    m_actorNamesTimer.setInterval(0);
    connect(&m_actorNamesTimer, &QTimer::timeout, this, &MainWindow::updateActorNames);
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_articleFilter->setSourceModel(m_articleModel);
    createWidgets();
    createActions();
    updateActions();

    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

MainWindow::~MainWindow()
{
    // The models and the stack refer to the project: let go of them before it closes.
    m_undo->clear();
    m_articleModel->setProject(nullptr);
    m_annotationModel->setProject(nullptr);
    m_actorModel->setProject(nullptr);
    m_categoryModel->setProject(nullptr);
    m_timeline->setProject(nullptr);
    m_curation->setProject(nullptr);
    // Closed while the window is still whole: nothing the project says on closing reaches a
    // half-destroyed window.
    if (m_project)
        disconnect(m_project.get(), nullptr, this, nullptr);
    m_project.reset();
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
        for (int row = 0; row < m_articleModel->rowCount(); ++row) {
            outlet = outlet || !m_articleModel->index(row, Models::ArticleListModel::OutletColumn).data().toString().isEmpty();
            date = date || !m_articleModel->index(row, Models::ArticleListModel::DateColumn).data().toString().isEmpty();
        }
        m_articleList->setColumnHidden(Models::ArticleListModel::OutletColumn, !outlet);
        m_articleList->setColumnHidden(Models::ArticleListModel::DateColumn, !date);
    };
    connect(m_articleModel, &QAbstractItemModel::modelReset, this, updateColumns);
    connect(m_articleModel, &QAbstractItemModel::rowsInserted, this, updateColumns);
    connect(m_articleModel, &QAbstractItemModel::dataChanged, this, updateColumns);
    connect(m_filter, &QLineEdit::textChanged, m_articleFilter, &Models::ArticleFilterModel::setText);
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::searchArticles);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            m_articleFilter->setAllowedIds(std::nullopt);
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

    m_annotationPanel = new AnnotationPanel(m_annotationModel, this);
    m_form = new AnnotationForm(this);
    // Actor and codebook edits are undo steps, like annotations.
    m_actorModel->setUndoStack(m_undo);
    m_categoryModel->setUndoStack(m_undo);
    connect(m_actorModel, &Models::ActorModel::editFailed, this, &MainWindow::showError);
    connect(m_categoryModel, &Models::CategoryModel::editFailed, this, &MainWindow::showError);
    m_actorPanel = new ActorPanel(m_actorModel, this);
    m_codebookPanel = new CodebookPanel(m_categoryModel, this);
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
    m_curation->setCommandSink([this](Commands::ProjectCommand *command) { return push(command); });
    QDockWidget *curationDock = dock(m_curation, tr("Curation"), u"CurationDock"_s, Qt::BottomDockWidgetArea);
    tabifyDockWidget(timelineDock, curationDock);
    curationDock->hide();
    curationDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

    connect(m_compare, &CompareView::annotationActivated, this, [this](ArticleView *view, qint64 id) {
        selectAnnotation(view, id);
    });
    connect(m_compare, &CompareView::resizeRequested, this, [this](ArticleView *view, qint64 id, Model::Span span) {
        const auto before = view->annotation(id);
        if (!before || !m_project)
            return;
        Annotation after = *before;
        after.span = span;
        if (after.kind == AnnotationKind::Quote && after.contentParts.size() <= 1)
            after.contentParts = {withoutQuoteMarks(view->article().text, span)};
        push(new Commands::EditAnnotationCommand(m_project.get(), *before, after));
        view->selectAnnotation(id);
        refreshForm();
    });
    connect(m_compare, &CompareView::currentViewChanged, this, [this](ArticleView *view) {
        m_annotationModel->setArticle(view ? view->article().id : 0);
        refreshForm();
        updateTitle();
    });
    connect(m_annotationPanel, &AnnotationPanel::annotationClicked, this, &MainWindow::goToAnnotation);
    connect(m_form, &AnnotationForm::edited, this, &MainWindow::editAnnotation);
    connect(m_form, &AnnotationForm::newActorRequested, this, &MainWindow::createActorFor);
    connect(m_form, &AnnotationForm::spanFromSelectionRequested, this, &MainWindow::setSpanFromSelection);
    connect(m_form, &AnnotationForm::acceptRequested, this, &MainWindow::acceptSelected);
    connect(m_form, &AnnotationForm::rejectRequested, this, &MainWindow::rejectOrRemoveSelected);
    connect(m_actorPanel, &ActorPanel::mergeRequested, this, &MainWindow::mergeActors);
    connect(m_codebookPanel, &CodebookPanel::addRequested, this, &MainWindow::addCategory);
    connect(m_codebookPanel, &CodebookPanel::removeRequested, this, &MainWindow::removeCategory);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateTitle);

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

    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = make(u"actionNew"_s, tr("&New Project\u2026"), {QKeySequence::New}, &MainWindow::newProject);
    newAction->setIcon(QIcon::fromTheme(u"document-new"_s));
    QAction *open = make(u"actionOpen"_s, tr("&Open Project\u2026"), {QKeySequence::Open}, &MainWindow::openProjectDialog);
    open->setIcon(QIcon::fromTheme(u"document-open"_s));
    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    m_recentMenu->setObjectName(u"menuRecent"_s);
    QAction *saveAs = make(u"actionSaveAs"_s, tr("Save Project &As\u2026"), {QKeySequence::SaveAs}, &MainWindow::saveProjectAs);
    QAction *exportAction = make(u"actionExport"_s, tr("&Export\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                                 &MainWindow::exportDialog);
    exportAction->setIcon(QIcon::fromTheme(u"document-export"_s));
    exportAction->setToolTip(tr("Export the annotated articles as a report or for other tools"));
    QAction *import = make(u"actionImport"_s, tr("&Import Articles\u2026"), {QKeySequence(Qt::CTRL | Qt::Key_I)},
                           &MainWindow::importArticlesDialog);
    import->setIcon(QIcon::fromTheme(u"document-import"_s));
    QAction *paste = make(u"actionPasteArticle"_s, tr("&Paste as New Article"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
                          &MainWindow::pasteAsArticle);
    paste->setIcon(QIcon::fromTheme(u"edit-paste"_s));
    QAction *quit = make(u"actionQuit"_s, tr("&Quit"), {QKeySequence::Quit}, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);
    file->addAction(newAction);
    file->addAction(open);
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
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    QAction *find = make(u"actionFind"_s, tr("&Find in Articles\u2026"), {QKeySequence::Find}, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setIcon(QIcon::fromTheme(u"edit-find"_s));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(find);

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
    next->setIcon(QIcon::fromTheme(u"go-next"_s));
    m_editingActions.removeOne(next);
    QAction *previous = annotate(u"actionPreviousSuggestion"_s, tr("&Previous Suggestion"),
                                 {QKeySequence(Qt::Key_P), QKeySequence(Qt::SHIFT | Qt::Key_F8)}, [this] { stepSuggestion(-1); });
    previous->setIcon(QIcon::fromTheme(u"go-previous"_s));
    m_editingActions.removeOne(previous);
    QAction *accept = annotate(u"actionAccept"_s, tr("Acc&ept Suggestion"),
                               {QKeySequence(Qt::Key_Y), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                               &MainWindow::acceptSelected);
    accept->setIcon(QIcon::fromTheme(u"dialog-ok-apply"_s));
    QAction *reject = annotate(u"actionReject"_s, tr("&Reject Suggestion (or Remove Annotation)"),
                               {QKeySequence(Qt::Key_X), QKeySequence(Qt::Key_Delete)}, &MainWindow::rejectOrRemoveSelected);
    reject->setIcon(QIcon::fromTheme(u"dialog-cancel"_s));
    annotate(u"actionAcceptAll"_s, tr("Accept &All Suggestions in Article"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y)},
             &MainWindow::acceptAllInArticle);
    annotate(u"actionRemove"_s, tr("Re&move Annotation"), {QKeySequence(Qt::CTRL | Qt::Key_Delete)}, &MainWindow::removeSelected);
    m_annotateMenu->addSeparator();
    annotate(u"actionGrowEnd"_s, tr("Extend to the Next Word"), {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right)},
             [this] { resizeSelected(true, +1); });
    annotate(u"actionShrinkEnd"_s, tr("Shrink at the End"), {QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left)},
             [this] { resizeSelected(true, -1); });
    annotate(u"actionGrowStart"_s, tr("Extend to the Previous Word"), {QKeySequence(Qt::ALT | Qt::CTRL | Qt::SHIFT | Qt::Key_Left)},
             [this] { resizeSelected(false, -1); });
    annotate(u"actionShrinkStart"_s, tr("Shrink at the Start"), {QKeySequence(Qt::ALT | Qt::CTRL | Qt::SHIFT | Qt::Key_Right)},
             [this] { resizeSelected(false, +1); });
    m_annotateMenu->addSeparator();

    // View
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *compare = make(u"actionCompare"_s, tr("&Compare Selected Articles"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
                            &MainWindow::compareSelected);
    compare->setIcon(QIcon::fromTheme(u"view-split-left-right"_s));
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
    view->addAction(compare);
    view->addAction(linkScroll);
    view->addAction(siteText);
    view->addSeparator();
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *d : docks) {
        QAction *toggle = d->toggleViewAction();
        toggle->setObjectName(u"actionToggle"_s + d->objectName());
        view->addAction(toggle);
    }

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
        if (!m_project || m_project->path() != path)
            return false;
    }
    if (sample && m_project->articles().isEmpty() && !m_project->isReadOnly()) {
        QList<Model::CodebookCategory> categories{
            {0, tr("Security"), QColor(0xd9, 0x5f, 0x0e), u"1"_s, tr("Troops, weapons, ceasefires")},
            {0, tr("Economy"), QColor(0x1b, 0x9e, 0x77), u"2"_s, tr("Sanctions, trade, aid")},
            {0, tr("Process"), QColor(0x75, 0x70, 0xb3), u"3"_s, tr("Meetings, talks, schedules")},
        };
        for (Model::CodebookCategory &c : categories)
            m_project->addCategory(c);
        if (addArticles(Import::bundledSamples(), errorText).isEmpty())
            return false;
    }

    const QList<Storage::ArticleSummary> summaries = m_project->articles();
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
    std::unique_ptr<Storage::Project> project = Storage::Project::open(path, options, &error);
    if (!project && error.code == Storage::Error::Locked && !options.readOnly) {
        bool readOnly = !m_interactive;
        if (m_interactive) {
            readOnly = QMessageBox::question(this, tr("Project in Use"),
                                             tr("%1\n\nOpen it read-only?").arg(error.message),
                                             QMessageBox::Open | QMessageBox::Cancel)
                == QMessageBox::Open;
        }
        if (readOnly) {
            Storage::OpenOptions again = options;
            again.readOnly = true;
            project = Storage::Project::open(path, again, &error);
        }
    }
    if (!project) {
        if (errorText)
            *errorText = error.message.isEmpty() ? tr("%1: cannot open the project").arg(path) : error.message;
        return false;
    }
    setProject(std::move(project));
    if (!path.endsWith(u"/sample.parlance"_s))
        addRecent(QFileInfo(path).absoluteFilePath());
    if (m_project->isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: %1").arg(m_project->readOnlyReason()));
    if (!m_project->openingNotice().isEmpty()) {
        const QString notice = QDir::toNativeSeparators(m_project->path()) + u": "_s + m_project->openingNotice();
        if (m_interactive)
            QMessageBox::information(this, tr("Project Converted"), notice);
        else
            statusBar()->showMessage(notice);
    }
    return true;
}

void MainWindow::setProject(std::unique_ptr<Storage::Project> project)
{
    // An export dialog reads the project it was opened on: it goes with it.
    qDeleteAll(findChildren<ExportDialog *>(Qt::FindDirectChildrenOnly));
    m_undo->clear();
    if (m_project)
        disconnect(m_project.get(), nullptr, this, nullptr);
    m_analyses.clear();
    m_compare->setArticles({});
    m_articleModel->setProject(project.get());
    m_annotationModel->setProject(project.get());
    m_actorModel->setProject(project.get());
    m_categoryModel->setProject(project.get());
    m_timeline->setProject(project.get());
    m_curation->setProject(project.get());
    m_project = std::move(project);
    Storage::Project *p = m_project.get();
    if (p) {
        connect(p, &Storage::Project::annotationAdded, this, [this](const Annotation &a) { refreshViews(a.articleId); });
        connect(p, &Storage::Project::annotationChanged, this, [this](const Annotation &a) { refreshViews(a.articleId); });
        connect(p, &Storage::Project::annotationRemoved, this, [this](qint64, qint64 articleId) { refreshViews(articleId); });
        connect(p, &Storage::Project::suggestionsReplaced, this, [this](qint64 articleId) { refreshViews(articleId); });
        connect(p, &Storage::Project::actorsChanged, this, [this] {
            refreshChoices();
            refreshViews();
            m_actorNamesTimer.start();
        });
        connect(p, &Storage::Project::categoriesChanged, this, [this] {
            rebuildCategoryActions();
            refreshViews();
        });
    }
    m_form->setReadOnly(p && p->isReadOnly());
    m_actorNamesTimer.start();
    refreshChoices();
    rebuildCategoryActions();
    updateActions();
    updateTitle();
}

QList<qint64> MainWindow::addArticles(QList<Model::Article> articles, QString *errorText)
{
    if (!m_project || articles.isEmpty())
        return {};
    for (Model::Article &a : articles) {
        if (a.contentHash.isEmpty())
            a.contentHash = Model::Article::hashText(a.text);
        if (!a.importedAt.isValid())
            a.importedAt = QDateTime::currentDateTimeUtc();
    }
    Storage::Error error;
    if (!m_project->addArticles(articles, &error)) {
        if (errorText)
            *errorText = error.message;
        showError(error.message);
        return {};
    }
    QList<qint64> ids;
    for (const Model::Article &a : std::as_const(articles)) {
        ids.append(a.id);
        suggest(a.id, a.text);
    }
    return ids;
}

const Analysis::AnalysisResult &MainWindow::analysisOf(qint64 articleId, const QString &text)
{
    auto it = m_analyses.find(articleId);
    if (it == m_analyses.end()) {
        if (!m_analyzer)
            m_analyzer = std::make_unique<Analysis::Analyzer>();
        it = m_analyses.insert(articleId, m_analyzer->analyze(text));
    }
    return *it;
}

void MainWindow::suggest(qint64 articleId, const QString &text)
{
    if (!m_project || m_project->isReadOnly() || Import::wasAnalysed(*m_project, articleId))
        return;
    Storage::Error error;
    if (!Import::storeSuggestions(*m_project, articleId, analysisOf(articleId, text), &error))
        showError(error.message);
}

QList<Model::Span> MainWindow::boilerplateOf(const Model::Article &article)
{
    if (!article.id)
        return {};
    return analysisOf(article.id, article.text).boilerplate;
}

void MainWindow::showArticle(qint64 articleId)
{
    showArticles({articleId});
}

void MainWindow::showArticles(const QList<qint64> &articleIds)
{
    if (!m_project)
        return;
    QList<Model::Article> articles;
    for (qint64 id : articleIds.mid(0, CompareView::MaximumColumns)) {
        if (const auto a = m_project->article(id)) {
            // Imported elsewhere (`parlance import`) and never analysed: suggest now.
            suggest(id, a->text);
            articles.append(*a);
        }
    }
    if (articles.isEmpty())
        return;
    m_compare->setArticles(articles);
    for (ArticleView *v : m_compare->views()) {
        v->setBoilerplate(boilerplateOf(v->article()));
        refreshView(v);
    }
    m_compare->relink();
    if (articles.size() > 1 && !m_project->isReadOnly()) {
        // Saved so that the same columns come back (and `--compare` can name them).
        Storage::ComparisonSet set;
        QStringList titles;
        for (const Model::Article &a : std::as_const(articles)) {
            set.articleIds.append(a.id);
            titles << a.displayTitle().left(40);
        }
        bool known = false;
        for (const Storage::ComparisonSet &s : m_project->comparisonSets())
            known = known || s.articleIds == set.articleIds;
        set.name = titles.join(u" | "_s);
        if (!known)
            m_project->saveComparisonSet(set);
    }
    m_compare->currentView()->setFocus();
    m_annotationModel->setArticle(m_compare->currentView()->article().id);
    refreshForm();
    updateTitle();
}

void MainWindow::refreshViews(qint64 articleId)
{
    bool any = false;
    for (ArticleView *v : m_compare->views()) {
        if (articleId == 0 || v->article().id == articleId) {
            refreshView(v);
            any = true;
        }
    }
    if (any) {
        m_compare->relink();
        refreshForm();
    }
}

void MainWindow::refreshView(ArticleView *view)
{
    if (!m_project || view->article().id == 0) {
        view->setAnnotations({}, {});
        return;
    }
    QHash<qint64, QString> names;
    for (const Model::Actor &a : m_project->actors())
        names.insert(a.id, a.canonicalName);
    QHash<qint64, QColor> colors;
    for (const Model::CodebookCategory &c : m_project->categories())
        colors.insert(c.id, c.color);
    view->setAnnotations(m_project->annotations(view->article().id), names, colors);
}

void MainWindow::refreshForm()
{
    ArticleView *view = articleView();
    m_form->setAnnotation(selectedAnnotation(), view ? view->article().text : QString());
}

void MainWindow::refreshChoices()
{
    const QList<Model::Actor> actors = m_project ? m_project->actors() : QList<Model::Actor>();
    m_form->setActors(actors);
    QList<QPair<qint64, QString>> items;
    for (const Model::Actor &a : actors)
        items.append({a.id, a.canonicalName});
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
    m_annotationPanel->setChoices(items, m_project ? m_project->coders() : QStringList());
    refreshForm();
}

void MainWindow::updateActorNames()
{
    QStringList names;
    if (m_project) {
        for (const Model::Actor &a : m_project->actors())
            names << a.canonicalName << a.aliases;
    }
    names.removeDuplicates();
    names.sort();
    if (names == m_actorNames)
        return;
    m_actorNames = names;
    // The project's actor names stand out even where nobody has annotated them yet.
    if (!Highlight::SyntaxRepository::instance().setActorNames(names))
        return;
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
    if (!m_project)
        return;
    const QList<Model::CodebookCategory> categories = m_project->categories();
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
    const bool writable = m_project && !m_project->isReadOnly();
    for (QAction *a : std::as_const(m_editingActions))
        a->setEnabled(writable);
    if (QAction *saveAs = findChild<QAction *>(u"actionSaveAs"_s))
        saveAs->setEnabled(m_project != nullptr);
    if (QAction *exportAction = findChild<QAction *>(u"actionExport"_s))
        exportAction->setEnabled(m_project != nullptr);
}

void MainWindow::updateTitle()
{
    QString title;
    const ArticleView *view = articleView();
    if (view && view->article().id)
        title = view->article().displayTitle();
    if (m_project) {
        const QString name = QFileInfo(m_project->path()).fileName();
        title = title.isEmpty() ? name : tr("%1 \u2014 %2").arg(title, name);
        if (m_project->isReadOnly())
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

bool MainWindow::push(Commands::ProjectCommand *command)
{
    return Commands::push(m_undo, command, [window = QPointer(this)](const Storage::Error &e) {
        if (window)
            window->showError(e.message);
    });
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

void MainWindow::saveProjectAs()
{
    if (!m_project)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), QDir::homePath(),
                                                      tr("Parlance projects (*.parlance)"));
    if (path.isEmpty())
        return;
    Storage::Error error;
    if (!m_project->saveCopyAs(path, &error)) {
        showError(error.message);
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
    if (!m_project || paths.isEmpty())
        return;
    QList<Model::Article> articles;
    QStringList problems;
    for (const QString &path : paths) {
        QString error;
        if (auto a = Import::ArticleFile::read(path, &error))
            articles.append(*a);
        else
            problems << error;
    }
    const QList<qint64> ids = addArticles(articles);
    if (!ids.isEmpty())
        showArticle(ids.first());
    if (!problems.isEmpty())
        showError(problems.join(u'\n'));
    else
        statusBar()->showMessage(tr("Imported %n article(s)", nullptr, int(ids.size())), 5000);
}

void MainWindow::pasteAsArticle()
{
    const QString text = QApplication::clipboard()->text().trimmed();
    if (text.isEmpty()) {
        showError(tr("The clipboard holds no text to paste as an article."));
        return;
    }
    Model::Article a;
    a.text = text;
    a.title = text.section(u'\n', 0, 0).trimmed().left(200);
    a.outlet = tr("Pasted");
    const QList<qint64> ids = addArticles({a});
    if (!ids.isEmpty())
        showArticle(ids.first());
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
    settings.setValue(u"window/state"_s, saveState());
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
    if (!m_project || query.isEmpty()) {
        m_articleFilter->setAllowedIds(std::nullopt);
        return;
    }
    QSet<qint64> ids;
    for (qint64 id : m_project->searchArticleIds(query))
        ids.insert(id);
    m_articleFilter->setAllowedIds(ids);
    statusBar()->showMessage(tr("%n article(s) match \u201c%1\u201d", nullptr, int(ids.size())).arg(query), 5000);
}

void MainWindow::exportDialog()
{
    if (!m_project)
        return;
    QList<qint64> selected, open;
    const QModelIndexList rows = m_articleList->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        selected.append(index.data(Models::ArticleListModel::ArticleIdRole).toLongLong());
    for (ArticleView *v : m_compare->views())
        if (v->article().id)
            open.append(v->article().id);
    auto *dialog = new ExportDialog(*m_project, selected, open, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 10000);
    });
    dialog->open();
}

void MainWindow::compareSelected()
{
    QList<qint64> ids;
    const QModelIndexList rows = m_articleList->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(index.data(Models::ArticleListModel::ArticleIdRole).toLongLong());
    if (ids.size() < 2) {
        showError(tr("Select two to four articles in the list to compare them."));
        return;
    }
    showArticles(ids);
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
    return view->annotation(view->selectedAnnotationId());
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
    if (!m_project || !view || !view->article().id)
        return;
    Model::Span span = view->selectedSpan();
    const QString &text = view->article().text;
    // Leading and trailing spaces never belong to an annotation.
    while (span.isValid() && span.start < span.end && text[span.start].isSpace())
        ++span.start;
    while (span.isValid() && span.end > span.start && text[span.end - 1].isSpace())
        --span.end;
    if (span.isEmpty()) {
        statusBar()->showMessage(tr("Select some text first."), 5000);
        return;
    }
    Annotation a;
    a.articleId = view->article().id;
    a.span = span;
    a.kind = kind;
    a.origin = Origin::Manual;
    a.coder = m_project->currentCoder();
    a.categoryId = categoryId;
    if (kind == AnnotationKind::Quote) {
        a.contentParts = {withoutQuoteMarks(text, span)};
    } else if (kind == AnnotationKind::ActorMention) {
        Storage::Error error;
        a.actorId = m_project->actorIdFor(span.textIn(text).toString().simplified(), Model::ActorType::Other, &error);
        if (!a.actorId) {
            showError(error.message);
            return;
        }
    }
    auto *command = new Commands::AddAnnotationCommand(m_project.get(), a);
    if (!push(command))
        return;
    selectAnnotation(view, command->annotationId());
}

void MainWindow::stepSuggestion(int direction)
{
    ArticleView *view = articleView();
    if (!view)
        return;
    QList<Annotation> suggestions;
    for (const Annotation &a : view->annotations())
        if (a.origin == Origin::Suggested)
            suggestions.append(a);
    if (suggestions.isEmpty()) {
        statusBar()->showMessage(tr("No suggestions left in this article."), 5000);
        return;
    }
    std::sort(suggestions.begin(), suggestions.end(), [](const Annotation &a, const Annotation &b) {
        return a.span.start != b.span.start ? a.span.start < b.span.start : a.id < b.id;
    });
    const auto current = selectedAnnotation();
    const int position = current ? current->span.start : view->textCursor().selectionStart();
    const qint64 currentId = current ? current->id : 0;
    auto after = [&](const Annotation &a) {
        return a.span.start > position || (a.span.start == position && currentId && a.id > currentId)
            || (a.span.start == position && !currentId);
    };
    const Annotation *pick = nullptr;
    if (direction > 0) {
        for (const Annotation &a : suggestions)
            if (a.id != currentId && after(a)) {
                pick = &a;
                break;
            }
        if (!pick)
            pick = &suggestions.first();
    } else {
        for (auto it = suggestions.crbegin(); it != suggestions.crend(); ++it)
            if (it->id != currentId && !after(*it)) {
                pick = &*it;
                break;
            }
        if (!pick)
            pick = &suggestions.last();
    }
    selectAnnotation(view, pick->id);
}

void MainWindow::acceptSelected()
{
    const auto a = selectedAnnotation();
    if (!a || a->origin != Origin::Suggested) {
        statusBar()->showMessage(tr("Select a suggestion first (N and P step through them)."), 5000);
        return;
    }
    if (push(new Commands::AcceptSuggestionCommand(m_project.get(), *a)))
        stepSuggestion(+1);
}

void MainWindow::rejectOrRemoveSelected()
{
    const auto a = selectedAnnotation();
    if (!a) {
        statusBar()->showMessage(tr("Select an annotation first."), 5000);
        return;
    }
    if (a->origin == Origin::Suggested) {
        if (push(new Commands::RejectSuggestionCommand(m_project.get(), *a)))
            stepSuggestion(+1);
    } else {
        removeSelected();
    }
}

void MainWindow::removeSelected()
{
    const auto a = selectedAnnotation();
    if (a)
        push(new Commands::RemoveAnnotationCommand(m_project.get(), *a));
}

void MainWindow::acceptAllInArticle()
{
    ArticleView *view = articleView();
    if (!m_project || !view || !view->article().id)
        return;
    auto *command = new Commands::AcceptAllSuggestionsCommand(m_project.get(), view->article().id);
    const int n = command->count();
    if (n == 0) {
        delete command;
        statusBar()->showMessage(tr("No suggestions left in this article."), 5000);
        return;
    }
    if (push(command))
        statusBar()->showMessage(tr("Accepted %n suggestion(s).", nullptr, n), 5000);
}

void MainWindow::resizeSelected(bool atEnd, int direction)
{
    ArticleView *view = articleView();
    const auto a = selectedAnnotation();
    if (!view || !a)
        return;
    const QString &text = view->article().text;
    Annotation after = *a;
    if (atEnd)
        after.span.end = direction > 0 ? nextWordEnd(text, a->span.end) : previousWordEnd(text, a->span.end, a->span.start + 1);
    else
        after.span.start = direction < 0 ? previousWordStart(text, a->span.start) : nextWordStart(text, a->span.start, a->span.end - 1);
    if (after.span.isEmpty() || after.span == a->span)
        return;
    if (after.kind == AnnotationKind::Quote && after.contentParts.size() <= 1)
        after.contentParts = {withoutQuoteMarks(text, after.span)};
    push(new Commands::EditAnnotationCommand(m_project.get(), *a, after));
    view->selectAnnotation(a->id);
    refreshForm();
}

void MainWindow::editAnnotation(const Annotation &before, const Annotation &after)
{
    if (!m_project)
        return;
    push(new Commands::EditAnnotationCommand(m_project.get(), before, after));
}

void MainWindow::setSpanFromSelection(bool time)
{
    ArticleView *view = articleView();
    const auto a = selectedAnnotation();
    if (!view || !a)
        return;
    const Model::Span span = view->selectedSpan();
    Annotation after = *a;
    (time ? after.time : after.condition) = span;
    editAnnotation(*a, after);
}

void MainWindow::createActorFor(const QString &name, bool addressee)
{
    if (!m_project)
        return;
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return;
    for (const Model::Actor &known : m_project->actors()) {
        if (known.isKnownAs(simplified)) {
            m_form->applyActor(known.id, addressee);
            return;
        }
    }
    const std::optional<Annotation> annotation = m_form->annotation();
    if (!annotation)
        return;
    // A new actor and its use, as one undo step.
    push(new Commands::AssignNewActorCommand(m_project.get(), Model::Actor{0, simplified, Model::ActorType::Person, {}, {}},
                                             *annotation, addressee));
}

void MainWindow::mergeActors(qint64 kept, qint64 merged)
{
    if (!m_project)
        return;
    const auto keep = m_project->actor(kept);
    const auto drop = m_project->actor(merged);
    if (!keep || !drop)
        return;
    // Undoable (Edit > Undo separates them again), so no confirmation is asked.
    if (push(new Commands::MergeActorsCommand(m_project.get(), *keep, *drop)))
        statusBar()->showMessage(tr("Merged \u201c%1\u201d into \u201c%2\u201d; Undo separates them again.")
                                     .arg(drop->canonicalName, keep->canonicalName), 10000);
}

void MainWindow::addCategory()
{
    if (!m_project)
        return;
    const QList<Model::CodebookCategory> existing = m_project->categories();
    Model::CodebookCategory c;
    c.name = tr("New category %1").arg(existing.size() + 1);
    c.color = QColor::fromHslF(float(existing.size()) * 0.17f - std::floor(float(existing.size()) * 0.17f), 0.6f, 0.5f);
    if (existing.size() < 9)
        c.shortcut = QString::number(existing.size() + 1);
    push(new Commands::AddCategoryCommand(m_project.get(), c));
}

void MainWindow::removeCategory(qint64 id)
{
    if (!m_project)
        return;
    for (const Model::CodebookCategory &c : m_project->categories()) {
        if (c.id == id) {
            push(new Commands::RemoveCategoryCommand(m_project.get(), c));
            return;
        }
    }
}

} // namespace Parlance::Ui
