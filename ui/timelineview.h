// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Commitments over time (issue 18): the steps of commitment threads on a date axis, their height
// the commitment's strength on the modality ladder, each labelled with its move; below, the steps
// as a list with outlet and sentence. Per holder (several together show who moved first) or per
// thread. A click on a step, or Enter, asks for its article opened at the commitment.
// Reads the project through Timeline::threadsOf() and rebuilds when it changes; writes nothing.

#include "timeline/commitmentthread.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTreeWidget;
class QChart;
class QChartView;
class QScatterSeries;

namespace Parlance::Storage {
class Project;
}

namespace Parlance::Ui {

class TimelineView final : public QWidget {
    Q_OBJECT
public:
    enum class Grouping { ByHolder, ByThread };

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;
    QSize sizeHint() const override;

    /// Follows this project (nullptr: none): rebuilds on its changes, when visible.
    void setProject(const Storage::Project *project);
    /// Rebuilds the threads now (the view otherwise waits for the event loop).
    void reload();

    void setGrouping(Grouping grouping);
    Grouping grouping() const;
    /// Shows exactly these holders (ByHolder) or thread titles (ByThread); unknown ones are ignored.
    void setShownSubjects(const QStringList &names);
    QStringList shownSubjects() const;

    /// Every thread of the project, as last built.
    const QList<Timeline::CommitmentThread> &threads() const { return m_threads; }
    /// The steps on screen, in date order (the rows of the step list).
    int stepCount() const { return int(m_rows.size()); }
    const Timeline::CommitmentStep &step(int row) const;
    const Timeline::CommitmentThread &threadOfStep(int row) const;
    int currentStep() const { return m_current; }
    void setCurrentStep(int row);
    /// Where a step's marker is, in the chart view's viewport coordinates (for clicks and tests).
    QPoint markerPosition(int row) const;
    /// The "who moved first" line above the chart.
    QString firstMoverText() const;

    QComboBox *groupingBox() const { return m_grouping; }
    QListWidget *subjectList() const { return m_subjects; }
    QChartView *chartView() const { return m_chartView; }
    QTreeWidget *stepList() const { return m_steps; }

Q_SIGNALS:
    /// Open this commitment's article and select it.
    void commitmentActivated(qint64 annotationId, qint64 articleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Row {
        int thread = 0;
        int step = 0;
        QScatterSeries *series = nullptr;
        int point = 0; ///< the step's index in `series`
    };

    void scheduleReload();
    void fillSubjects();
    void showSubjects();
    void rebuildChart();
    void fillSteps();
    void activate(int row);
    void markerClicked(QScatterSeries *series, const QPointF &point);
    QColor colorOf(const QString &holder) const;
    bool isShown(const Timeline::CommitmentThread &thread) const;

    QPointer<const Storage::Project> m_project;
    QList<Timeline::CommitmentThread> m_threads;
    QList<Row> m_rows;
    int m_current = -1;
    bool m_stale = true;
    QTimer m_reloadTimer;

    QComboBox *m_grouping = nullptr;
    QListWidget *m_subjects = nullptr;
    QLabel *m_firstMover = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QTreeWidget *m_steps = nullptr;
};

} // namespace Parlance::Ui
