// SPDX-License-Identifier: GPL-2.0-or-later
#include "summaryview.h"

#include "export/exportutil.h"
#include "export/summaryexporter.h"
#include "models/summarytablemodel.h"
#include "storage/project.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Parlance::Ui {

using Models::SummaryTableModel;

namespace {

QTreeView *makeTable(QWidget *parent, const QString &accessibleName, QAbstractItemModel *model)
{
    auto *view = new QTreeView(parent);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setAllColumnsShowFocus(false);
    view->setTextElideMode(Qt::ElideRight);
    view->header()->setTextElideMode(Qt::ElideRight);
    view->header()->setStretchLastSection(false);
    return view;
}

/// The articles of `ids` that exist, with the annotations an export with `options` takes, in text order.
Export::ReportData load(const Storage::Project &project, const QList<qint64> &ids, const Export::ExportOptions &options)
{
    Export::ReportData data;
    for (const qint64 id : ids) {
        std::optional<Model::Article> article = project.article(id);
        if (!article)
            continue;
        Export::ReportArticle entry{std::move(*article), {}};
        const QList<Model::Annotation> annotations = project.annotations(id);
        for (const Model::Annotation &a : annotations)
            if (Export::ReportData::takes(a.origin, options))
                entry.annotations.append(a);
        std::stable_sort(entry.annotations.begin(), entry.annotations.end(),
                         [](const Model::Annotation &a, const Model::Annotation &b) { return a.span < b.span; });
        data.articles.append(std::move(entry));
    }
    data.includesSuggestions = options.includeSuggestions;
    data.dropSpansOutsideTexts();
    data.actors = project.actors();
    data.title = Export::ReportData::describedTitle(data.articles);
    return data;
}

} // namespace

SummaryView::SummaryView(QWidget *parent)
    : QWidget(parent)
    , m_scope(new QLabel(this))
    , m_suggestions(new QCheckBox(tr("Include &suggestions"), this))
    , m_export(new QPushButton(tr("E&xport Summary\u2026"), this))
    , m_matrixModel(new SummaryTableModel(this))
    , m_commitmentModel(new SummaryTableModel(this))
{
    setObjectName(QStringLiteral("SummaryView"));
    m_matrix = makeTable(this, tr("Speakers by article"), m_matrixModel);
    m_matrix->setObjectName(QStringLiteral("SummaryMatrix"));
    m_commitments = makeTable(this, tr("Commitments by holder"), m_commitmentModel);
    m_commitments->setObjectName(QStringLiteral("SummaryCommitments"));
    m_suggestions->setChecked(true);
    m_suggestions->setToolTip(tr("Count the suggestions not yet reviewed too (rejected ones never count)"));
    m_export->setToolTip(tr("Write these tables as CSV (for a spreadsheet) or HTML"));
    m_scope->setTextFormat(Qt::PlainText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scope, 1);
    bar->addWidget(m_suggestions);
    bar->addWidget(m_export);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_matrix);
    splitter->addWidget(m_commitments);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(150);
    connect(&m_reloadTimer, &QTimer::timeout, this, &SummaryView::reload);
    connect(m_suggestions, &QCheckBox::toggled, this, &SummaryView::reload);
    connect(m_export, &QPushButton::clicked, this, &SummaryView::exportDialog);
    for (QTreeView *view : {m_matrix, m_commitments}) {
        // A click or Enter (activated) jumps; a click on the current cell too.
        connect(view, &QTreeView::clicked, this, &SummaryView::activate);
        connect(view, &QTreeView::activated, this, &SummaryView::activate);
    }
    reload();
}

SummaryView::~SummaryView() = default;

QSize SummaryView::sizeHint() const
{
    return {900, 300};
}

void SummaryView::setProject(const Storage::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_articleIds.clear();
    if (project) {
        using Storage::Project;
        connect(project, &Project::articlesChanged, this, &SummaryView::scheduleReload);
        connect(project, &Project::actorsChanged, this, &SummaryView::scheduleReload);
        connect(project, &Project::suggestionsReplaced, this, &SummaryView::scheduleReload);
        connect(project, &Project::annotationRemoved, this, &SummaryView::scheduleReload);
        auto ifShown = [this](const Model::Annotation &a) {
            if (m_articleIds.contains(a.articleId))
                scheduleReload();
        };
        connect(project, &Project::annotationAdded, this, ifShown);
        connect(project, &Project::annotationChanged, this, ifShown);
    }
    m_stale = true;
    if (isVisible() || !project)
        reload();
}

void SummaryView::setArticles(const QList<qint64> &articleIds)
{
    if (articleIds == m_articleIds)
        return;
    m_articleIds = articleIds;
    scheduleReload();
}

void SummaryView::scheduleReload()
{
    m_stale = true;
    // A hidden view rebuilds when it is shown: following a big project costs nothing meanwhile.
    if (isVisible())
        m_reloadTimer.start();
}

void SummaryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void SummaryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        m_matrixModel->setDarkTheme(dark);
        m_commitmentModel->setDarkTheme(dark);
    }
}

void SummaryView::reload()
{
    m_reloadTimer.stop();
    m_stale = false;
    Export::ExportOptions options;
    options.includeSuggestions = m_suggestions->isChecked();
    m_data = m_project ? load(*m_project, m_articleIds, options) : Export::ReportData();
    const QList<Export::SummarySection> sections = Export::SummaryExporter::sections(m_data);
    m_matrixModel->setTable(sections.value(0).table);
    m_commitmentModel->setTable(sections.value(1).table);
    spanGroups();

    const qsizetype articles = m_data.articles.size();
    m_export->setEnabled(articles > 0);
    if (!m_project)
        m_scope->setText(QString());
    else if (articles == 0)
        m_scope->setText(tr("Select articles in the list, or open them side by side, to see who said what in them."));
    else
        m_scope->setText(Export::translateCounted("Parlance::Ui::SummaryView",
                                                  "Who said what in %n article(s): speakers by article (a click opens "
                                                  "the quote), commitments by holder.", int(articles)));

    // The speaker wide enough to read, each article a narrow count column (the header names it in
    // full as its tooltip), the commitment's words the widest.
    const QFontMetrics metrics(m_matrix->font());
    QHeaderView *header = m_matrix->header();
    if (m_matrixModel->columnCount() > 0) {
        header->setSectionResizeMode(QHeaderView::Interactive);
        m_matrix->resizeColumnToContents(0);
        header->resizeSection(0, std::min(header->sectionSize(0), metrics.averageCharWidth() * 30));
        header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        const int total = m_matrixModel->columnCount() - 1;
        for (int c = 2; c < total; ++c)
            header->resizeSection(c, metrics.averageCharWidth() * 10);
        header->setSectionResizeMode(total, QHeaderView::ResizeToContents);
    }
    QHeaderView *commitments = m_commitments->header();
    if (m_commitmentModel->columnCount() > 0) {
        commitments->setSectionResizeMode(QHeaderView::ResizeToContents);
        commitments->setSectionResizeMode(0, QHeaderView::Stretch);
    }
}

void SummaryView::spanGroups()
{
    for (int row = 0; row < m_commitmentModel->rowCount(); ++row)
        m_commitments->setFirstColumnSpanned(row, {}, m_commitmentModel->index(row, 0).data(SummaryTableModel::GroupRole).toBool());
}

void SummaryView::activate(const QModelIndex &index)
{
    const qint64 id = index.data(SummaryTableModel::AnnotationIdRole).toLongLong();
    const Model::Annotation *annotation = id ? m_data.annotation(id) : nullptr;
    if (annotation)
        Q_EMIT annotationActivated(id, annotation->articleId);
}

bool SummaryView::exportTo(const QString &path, Error *error) const
{
    const bool html = path.endsWith(QLatin1StringView(".html"), Qt::CaseInsensitive)
                   || path.endsWith(QLatin1StringView(".htm"), Qt::CaseInsensitive);
    const Export::SummaryExporter exporter(html ? Export::SummaryExporter::Format::Html : Export::SummaryExporter::Format::Csv);
    return exporter.write(m_data, path, error);
}

void SummaryView::exportDialog()
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Summary"), tr("who-said-what.csv"),
                                                      tr("CSV for spreadsheets (*.csv);;HTML page (*.html)"), &selected);
    if (path.isEmpty())
        return;
    const bool html = selected.contains(QLatin1StringView("*.html"));
    if (html && !path.endsWith(QLatin1StringView(".html"), Qt::CaseInsensitive) && !path.endsWith(QLatin1StringView(".htm"), Qt::CaseInsensitive))
        path += QLatin1StringView(".html");
    Error error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export Summary"), error.message());
}

} // namespace Parlance::Ui
