// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The dockable panels: annotations of the current article, the project's actors, the codebook.
// They show models from parlancecore and turn clicks into requests; the window acts on them.

#include <QWidget>

class QComboBox;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace Parlance::Storage {
class Project;
}

namespace Parlance::Models {
class ActorModel;
class AnnotationFilterModel;
class AnnotationModel;
class CategoryModel;
} // namespace Parlance::Models

namespace Parlance::Ui {

class AnnotationPanel final : public QWidget {
    Q_OBJECT
public:
    AnnotationPanel(Models::AnnotationModel *model, QWidget *parent = nullptr);
    QTreeView *view() const { return m_view; }
    Models::AnnotationFilterModel *filter() const { return m_filter; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *originFilter() const { return m_origin; }
    QComboBox *speakerFilter() const { return m_speaker; }
    QComboBox *holderFilter() const { return m_holder; }
    QComboBox *coderFilter() const { return m_coder; }
    /// "This article" or "All articles".
    QComboBox *scopeChoice() const { return m_scope; }
    /// Makes the annotation's row current (when it was selected in the text).
    void showAnnotation(qint64 annotationId);
    /// Refreshes the actor and coder choices.
    void setChoices(const QList<QPair<qint64, QString>> &actors, const QStringList &coders);

Q_SIGNALS:
    /// A row was clicked or activated: the annotation and the article it is in.
    void annotationClicked(qint64 annotationId, qint64 articleId);

private:
    void applyFilters();
    void applyScope();
    Models::AnnotationModel *m_model;
    Models::AnnotationFilterModel *m_filter;
    QTreeView *m_view;
    QComboBox *m_kind;
    QComboBox *m_origin;
    QComboBox *m_speaker;
    QComboBox *m_holder;
    QComboBox *m_coder;
    QComboBox *m_scope;
    QLineEdit *m_text;
};

class ActorPanel final : public QWidget {
    Q_OBJECT
public:
    ActorPanel(Models::ActorModel *model, QWidget *parent = nullptr);
    QTreeView *view() const { return m_view; }
    QPushButton *mergeButton() const { return m_merge; }
    /// The selected actors' ids; the current row first.
    QList<qint64> selectedActors() const;

    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }

Q_SIGNALS:
    /// Merge `merged` into `kept`.
    void mergeRequested(qint64 kept, qint64 merged);
    void actorClicked(qint64 actorId);
    /// Accept (or reject) every pending mention of the actors.
    void decideRequested(const QList<qint64> &actorIds, bool accept);

private:
    void updateButtons();

    Models::ActorModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QPushButton *m_merge;
    QMenu *m_mergeMenu; ///< which name to keep
    QPushButton *m_accept;
    QPushButton *m_reject;
};

class CodebookPanel final : public QWidget {
    Q_OBJECT
public:
    CodebookPanel(Models::CategoryModel *model, QWidget *parent = nullptr);
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void addRequested();
    void removeRequested(qint64 categoryId);

private:
    Models::CategoryModel *m_model;
    QTreeView *m_view;
};

} // namespace Parlance::Ui
