// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/article.h"
#include "storage/project.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QDockWidget;
class QLineEdit;
class QMenu;
class QTreeView;
class QUndoStack;

namespace Parlance::Analysis {
class Analyzer;
struct AnalysisResult;
} // namespace Parlance::Analysis

namespace Parlance::Commands {
class ProjectCommand;
}

namespace Parlance::Models {
class ActorModel;
class AnnotationModel;
class ArticleFilterModel;
class ArticleListModel;
class CategoryModel;
} // namespace Parlance::Models

namespace Parlance::Ui {

class AnnotationForm;
class AnnotationPanel;
class ActorPanel;
class ArticleView;
class CodebookPanel;
class CompareView;
class TimelineView;
class CurationView;
struct GuiOptions;

/// The main window: the article list, the reading area (one to four columns), the panels for
/// annotations, attributes, actors and the codebook, menus and toolbar. Every change to
/// annotations goes through the project's undo stack as a command.
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
    Storage::Project *project() const { return m_project.get(); }
    QUndoStack *undoStack() const { return m_undo; }

    /// Shows these articles side by side (one to four), and saves the set in the project when
    /// there are several.
    void showArticles(const QList<qint64> &articleIds);
    /// Shows one article in the reading area.
    void showArticle(qint64 articleId);
    /// Adds articles to the project, with suggestions from the analysis; returns the new ids.
    QList<qint64> addArticles(QList<Model::Article> articles, QString *errorText = nullptr);

    /// The column annotation keys act on.
    ArticleView *articleView() const;
    CompareView *compareView() const { return m_compare; }
    AnnotationForm *annotationForm() const { return m_form; }
    AnnotationPanel *annotationPanel() const { return m_annotationPanel; }
    ActorPanel *actorPanel() const { return m_actorPanel; }
    CodebookPanel *codebookPanel() const { return m_codebookPanel; }
    TimelineView *timelineView() const { return m_timeline; }
    CurationView *curationView() const { return m_curation; }
    QTreeView *articleList() const { return m_articleList; }
    QLineEdit *searchBox() const { return m_search; }
    Models::AnnotationModel *annotationModel() const { return m_annotationModel; }
    Models::ArticleListModel *articleModel() const { return m_articleModel; }
    Models::ActorModel *actorModel() const { return m_actorModel; }
    Models::CategoryModel *categoryModel() const { return m_categoryModel; }

    /// Shows an annotation from the annotations panel: in its column, or its article opened.
    void goToAnnotation(qint64 annotationId, qint64 articleId);
    /// Selects an annotation in a column (and its counterparts), the form and the list.
    void selectAnnotation(ArticleView *view, qint64 annotationId);
    /// Selects something that shows what the workspace does (a linked quote, else the first
    /// suggestion): used for screenshots.
    void selectShowcase();
    /// Pushes a command on the undo stack; false (and a message) if the project refused it.
    bool push(Commands::ProjectCommand *command);
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
    void setProject(std::unique_ptr<Storage::Project> project);
    void refreshViews(qint64 articleId = 0);
    void refreshView(ArticleView *view);
    void refreshForm();
    void refreshChoices();
    void rebuildCategoryActions();
    void updateActorNames();
    void updateActions();
    void updateTitle();
    void showError(const QString &message);

    // File
    void newProject();
    void openProjectDialog();
    void saveProjectAs();
    void exportDialog();
    void importArticlesDialog();
    void importFiles(const QStringList &paths);
    void pasteAsArticle();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    // Articles
    void searchArticles();
    void compareSelected();
    // Annotating
    void annotateSelection(Model::AnnotationKind kind, qint64 categoryId = 0);
    void stepSuggestion(int direction);
    void acceptSelected();
    void rejectOrRemoveSelected();
    void removeSelected();
    void acceptAllInArticle();
    void resizeSelected(bool atEnd, int direction);
    std::optional<Model::Annotation> selectedAnnotation() const;
    void editAnnotation(const Model::Annotation &before, const Model::Annotation &after);
    void setSpanFromSelection(bool time);
    void createActorFor(const QString &name, bool addressee);
    void mergeActors(qint64 kept, qint64 merged);
    void addCategory();
    void removeCategory(qint64 id);
    /// The analysis of an article (run once per article and kept while the project is open).
    const Analysis::AnalysisResult &analysisOf(qint64 articleId, const QString &text);
    QList<Model::Span> boilerplateOf(const Model::Article &article);
    void suggest(qint64 articleId, const QString &text);

    std::unique_ptr<Storage::Project> m_project;
    std::unique_ptr<Analysis::Analyzer> m_analyzer;
    QHash<qint64, Analysis::AnalysisResult> m_analyses;
    QUndoStack *m_undo = nullptr;
    Models::ArticleListModel *m_articleModel = nullptr;
    Models::ArticleFilterModel *m_articleFilter = nullptr;
    Models::AnnotationModel *m_annotationModel = nullptr;
    Models::ActorModel *m_actorModel = nullptr;
    Models::CategoryModel *m_categoryModel = nullptr;
    CompareView *m_compare = nullptr;
    QTreeView *m_articleList = nullptr;
    QLineEdit *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    AnnotationPanel *m_annotationPanel = nullptr;
    ActorPanel *m_actorPanel = nullptr;
    CodebookPanel *m_codebookPanel = nullptr;
    AnnotationForm *m_form = nullptr;
    TimelineView *m_timeline = nullptr;
    CurationView *m_curation = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_annotateMenu = nullptr;
    QList<QAction *> m_categoryActions;
    QList<QAction *> m_editingActions; ///< disabled for read-only projects
    bool m_interactive = true; ///< false for screenshots and tests: no dialogs
    QString m_lastError;
    QTimer m_actorNamesTimer;
    QStringList m_actorNames; ///< as last given to the syntax definition
};

} // namespace Parlance::Ui
