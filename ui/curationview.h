// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Curation in the window (issue 16): one article as each coder annotated it, a column per coder,
// and the curator's layer beside them. Agreed annotations are taken into the curator's layer when
// an article is first curated; disagreements are marked (wavy underline) and listed, and decided
// with the window's keys: Y or Enter takes the chosen coder's version (Left/Right chooses),
// X or Delete leaves the unit out, N / P go to the next / previous open disagreement. Coders' names
// can be hidden (blind curation). Every decision is a Commands::CurateCommand handed to the
// command sink (the window's undo stack); the view itself never writes to the project.

#include "agreement/curation.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSplitter;
class QTreeWidget;

namespace Parlance::Commands {
class ProjectCommand;
}
namespace Parlance::Storage {
class Project;
}

namespace Parlance::Ui {

class ArticleView;

class CurationView final : public QWidget {
    Q_OBJECT
public:
    /// Carries out a decision as one undo step (Commands::CurateCommand): the curator's
    /// annotations `remove` go, `add` come in. False if the project refused it.
    using DecisionSink = std::function<bool(const QString &text, const QList<Model::Annotation> &remove,
                                            const QList<Model::Annotation> &add)>;

    explicit CurationView(QWidget *parent = nullptr);
    ~CurationView() override;

    /// Follows this project (nullptr: none). The curator is its current coder.
    void setProject(const Storage::Project *project);
    /// Where decisions go (normally MainWindow::push); without one the view is read-only.
    void setDecisionSink(DecisionSink sink) { m_sink = std::move(sink); }
    /// Curates this article (one of articleIds()); 0: none.
    void setArticle(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    /// The articles that at least two coders annotated.
    QList<qint64> articleIds() const;
    void reload();

    void setNamesHidden(bool hidden);
    bool namesHidden() const;
    /// What a coder is called on screen: the name, or "Coder A" when names are hidden.
    QString displayName(int coder) const;

    const Agreement::CurationState &state() const { return m_state; }
    int currentUnit() const { return m_current; }
    void setCurrentUnit(int unit);
    /// The coder whose version Y takes in.
    int chosenCoder() const { return m_chosen; }

    QComboBox *articleBox() const { return m_articles; }
    QCheckBox *hideNamesBox() const { return m_hideNames; }
    QTreeWidget *unitList() const { return m_units; }
    /// Column `coder` (0 … coders-1), or the curator's layer (coders).
    ArticleView *column(int index) const;
    QString columnTitle(int index) const;
    QString summary() const;

    /// Decisions on the current unit (what the keys do).
    bool acceptChosen();
    bool rejectCurrent();
    /// Takes every agreed annotation not yet decided into the curator's layer.
    bool preMerge();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void scheduleReload();
    QString curatorName() const;
    void fillArticles();
    void rebuildColumns();
    void fillColumns();
    void fillUnits();
    void updateTitles();
    void chooseCoder(int coder);
    bool decide(const QString &text, const Model::Annotation &add);
    bool push(const QString &text, const QList<Model::Annotation> &remove, const QList<Model::Annotation> &add);

    QPointer<const Storage::Project> m_project;
    DecisionSink m_sink;
    qint64 m_articleId = 0;
    Agreement::CurationState m_state;
    int m_current = -1;
    int m_chosen = 0;
    bool m_stale = true;
    QSet<qint64> m_preMerged; ///< articles whose agreed annotations were taken in (once per session)
    QTimer m_reloadTimer;

    QComboBox *m_articles = nullptr;
    QCheckBox *m_hideNames = nullptr;
    QLabel *m_summary = nullptr;
    QSplitter *m_columnSplitter = nullptr;
    QList<QLabel *> m_titles;
    QList<ArticleView *> m_columns;
    QTreeWidget *m_units = nullptr;
};

} // namespace Parlance::Ui
