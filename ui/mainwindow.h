// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/article.h"
#include "storage/project.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace Parlance::Import {
struct ImportReport;
}

namespace Parlance::Models {
class ActorModel;
class AnnotationModel;
class ArticleFilterModel;
class ArticleListModel;
class CategoryModel;
} // namespace Parlance::Models

namespace Parlance::Session {
class ProjectSession;
}

namespace Parlance::Ui {

class AnnotationForm;
class AnnotationPanel;
class ActorPanel;
class ArticleView;
class CodebookPanel;
class CompareView;
class FindResults;
class FocusLayout;
class LegendView;
class ViewPrecision;
class TimelineView;
class SummaryView;
class CurationView;
struct GuiOptions;

/// The main window: the article list, the reading area (one to four columns), the panels for
/// annotations, attributes, actors and the codebook, menus and toolbar. It maps actions to the
/// verbs of its Session::ProjectSession, which owns the project, the undo stack and the models;
/// the window and its views only read (a const project) and show what the session's models and
/// Session::OpenArticles hold.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens what the command line asked for: the named project, or the sample project (made on
    /// first use in the app's data folder). Never asks questions: a locked project opens read-only.
    bool openStartupContent(const GuiOptions &options, QString *errorText);

    /// Opens a project file; on failure fills `errorText` and keeps the current project.
    bool openProject(const QString &path, const Storage::OpenOptions &options, QString *errorText);
    Session::ProjectSession *session() const { return m_session; }
    const Storage::Project *project() const;
    QUndoStack *undoStack() const;

    /// Shows these articles side by side (one to four). Saves nothing: Compare (Ctrl+D) keeps the set.
    void showArticles(const QList<qint64> &articleIds);
    /// Shows one article in the reading area.
    void showArticle(qint64 articleId);

    /// The column annotation keys act on.
    ArticleView *articleView() const;
    CompareView *compareView() const { return m_compare; }
    AnnotationForm *annotationForm() const { return m_form; }
    AnnotationPanel *annotationPanel() const { return m_annotationPanel; }
    ActorPanel *actorPanel() const { return m_actorPanel; }
    CodebookPanel *codebookPanel() const { return m_codebookPanel; }
    TimelineView *timelineView() const { return m_timeline; }
    CurationView *curationView() const { return m_curation; }
    SummaryView *summaryView() const { return m_summary; }
    QTreeView *articleList() const { return m_articleList; }
    QLineEdit *searchBox() const { return m_search; }
    /// Find in Text's keyword-in-context list (the Find Results dock).
    FindResults *findResults() const { return m_findResults; }
    Models::AnnotationModel *annotationModel() const;
    Models::ArticleListModel *articleModel() const;
    Models::ActorModel *actorModel() const;
    Models::CategoryModel *categoryModel() const;
    /// The import progress shown in the status bar (while an import takes over a second) and its button.
    QProgressBar *importProgress() const { return m_importProgress; }
    QToolButton *cancelImportButton() const { return m_cancelImport; }

    /// Shows an annotation from the annotations panel: in its column, or its article opened.
    void goToAnnotation(qint64 annotationId, qint64 articleId);
    /// Selects an annotation in a column (and its counterparts), the form and the list.
    void selectAnnotation(ArticleView *view, qint64 annotationId);
    /// Selects something that shows what the workspace does (a linked quote, else the first
    /// suggestion): used for screenshots.
    void selectShowcase();
    /// Off for screenshots and tests: errors go to the status bar only, never to a message box.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    QString lastError() const { return m_lastError; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void createImportProgress();
    void onProjectChanged();
    void onArticlesOpened();
    void onAnnotationsChanged(int column);
    void onImportFinished(const Import::ImportReport &report);
    void refreshForm();
    void refreshChoices();
    void rebuildCategoryActions();
    void updateActorNames();
    void updateActions();
    void updateTitle();
    void showError(const QString &message);
    void showStatus(const QString &message);

    // File
    void newProject();
    void openProjectDialog();
    /// File > Open Shared Project…: a project on a PostgreSQL server (sharedprojectdialog.h).
    void openSharedProjectDialog();
    void saveProjectAs();
    void exportDialog();
    void importArticlesDialog();
    void importFiles(const QStringList &paths);
    void pasteAsArticle();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    // Articles
    void searchArticles();
    // Find in Text: hits marked in the open articles, stepped through with F3 / Shift+F3.
    void findInText(const QString &query);
    void goToFindHit(int hit);
    void stepFindHit(int step);
    void markFindHits(qint64 currentArticle, Model::Span current);
    void compareSelected();
    /// Who Said What summarises the articles selected in the list (two or more), else the open ones.
    void updateSummaryScope();
    /// Actors > Propose Merges: the name-variant groups in a dialog, each merged as one undo step.
    void proposeMerges();
    QList<qint64> selectedArticleIds() const;
    void selectInList(const QList<qint64> &articleIds);
    // Annotating
    void annotateSelection(Model::AnnotationKind kind, qint64 categoryId = 0);
    void stepSuggestion(int direction);
    void acceptSelected();
    void rejectOrRemoveSelected();
    void removeSelected();
    void acceptAllInArticle();
    void acceptAllOfSelectedActor();
    void createReviewActions();
    void updateReviewProgress();
    void reanalyseArticle();
    void resizeSelected(int edge, int step);
    std::optional<Model::Annotation> selectedAnnotation() const;
    void setSpanFromSelection(bool time);
    /// The View menu's precision switches to every view, the legend and the review queue.
    void applyPrecision();
    void createActorFor(const QString &name, bool addressee);

    Session::ProjectSession *m_session = nullptr;
    Models::ArticleFilterModel *m_articleFilter = nullptr;
    CompareView *m_compare = nullptr;
    FocusLayout *m_focusLayout = nullptr;
    FindResults *m_findResults = nullptr;
    ViewPrecision *m_viewPrecision = nullptr;
    LegendView *m_legend = nullptr;
    QString m_findQuery;
    int m_findHit = -1;
    QTreeView *m_articleList = nullptr;
    QLineEdit *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    AnnotationPanel *m_annotationPanel = nullptr;
    ActorPanel *m_actorPanel = nullptr;
    CodebookPanel *m_codebookPanel = nullptr;
    AnnotationForm *m_form = nullptr;
    TimelineView *m_timeline = nullptr;
    CurationView *m_curation = nullptr;
    SummaryView *m_summary = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_annotateMenu = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    QLabel *m_reviewProgress = nullptr; ///< "12 of 48 left"
    QTimer m_importProgressDelay; ///< progress is shown only for imports that take a while
    /// Per import asked for, what to do when it is done: open its first article (a paste, or the first
    /// articles of a project), or select the new ones in the list without leaving the one being read.
    enum class AfterImport { Open, Select, Nothing };
    QList<AfterImport> m_afterImport;
    QList<QAction *> m_categoryActions;
    QList<QAction *> m_editingActions; ///< disabled for read-only projects
    bool m_interactive = true; ///< false for screenshots and tests: no dialogs
    QString m_lastError;
    QTimer m_actorNamesTimer;
    QStringList m_actorNames; ///< as last given to the syntax definition
};

} // namespace Parlance::Ui
