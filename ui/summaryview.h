// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Who Said What (issue 14): for the articles chosen (selected in the list, or open side by side),
// speakers × articles — each count a click (or Enter) away from that speaker's first quote there —
// with unnamed and collective sources flagged, and the commitments grouped by holder with their
// strength in words. The tables are Export::ReportSummary's, as the report and `parlance export
// --format summary-csv|summary-html` have them. Reads the project and rebuilds when it changes;
// writes nothing to it.

#include "export/reportdata.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace Parlance::Storage {
class Project;
}

namespace Parlance::Models {
class SummaryTableModel;
}

namespace Parlance::Ui {

class SummaryView final : public QWidget {
    Q_OBJECT
public:
    explicit SummaryView(QWidget *parent = nullptr);
    ~SummaryView() override;
    QSize sizeHint() const override;

    /// Follows this project (nullptr: none): rebuilds on its changes, when visible.
    void setProject(const Storage::Project *project);
    /// The articles summarised, in column order.
    void setArticles(const QList<qint64> &articleIds);
    QList<qint64> articles() const { return m_articleIds; }
    /// Rebuilds the tables now (the view otherwise waits for the event loop).
    void reload();

    /// What the tables were built from: the articles with their confirmed annotations, and the
    /// pending suggestions too unless unticked.
    const Export::ReportData &data() const { return m_data; }
    Models::SummaryTableModel *matrixModel() const { return m_matrixModel; }
    Models::SummaryTableModel *commitmentModel() const { return m_commitmentModel; }
    QTreeView *matrixView() const { return m_matrix; }
    QTreeView *commitmentView() const { return m_commitments; }
    QCheckBox *suggestionsBox() const { return m_suggestions; }
    QPushButton *exportButton() const { return m_export; }
    QLabel *scopeLabel() const { return m_scope; }

    /// Writes the tables to `path`: CSV, or HTML for a path ending in .html or .htm.
    bool exportTo(const QString &path, Error *error) const;

Q_SIGNALS:
    /// Open this annotation's article and select it.
    void annotationActivated(qint64 annotationId, qint64 articleId);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleReload();
    void activate(const QModelIndex &index);
    void exportDialog();
    void spanGroups();

    QPointer<const Storage::Project> m_project;
    QList<qint64> m_articleIds;
    Export::ReportData m_data;
    bool m_stale = true;
    QTimer m_reloadTimer;

    QLabel *m_scope = nullptr;
    QCheckBox *m_suggestions = nullptr;
    QPushButton *m_export = nullptr;
    QTreeView *m_matrix = nullptr;
    QTreeView *m_commitments = nullptr;
    Models::SummaryTableModel *m_matrixModel = nullptr;
    Models::SummaryTableModel *m_commitmentModel = nullptr;
};

} // namespace Parlance::Ui
