// SPDX-License-Identifier: GPL-2.0-or-later
#include "timelineview.h"

#include "export/exportutil.h"

#include "storage/project.h"
#include "timeline/commitmenttimeline.h"
#include "timeline/firstmoves.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QScatterSeries>
#include <QSet>
#include <QSplitter>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace Parlance::Ui {

using Timeline::CommitmentStep;
using Timeline::CommitmentThread;

namespace {

enum StepColumn { DateColumn, HolderColumn, OutletColumn, MoveColumn, StrengthColumn, SentenceColumn, ColumnCount };

// Okabe and Ito's palette: told apart by people with the common colour-vision deficiencies.
constexpr QRgb kHolderColors[] = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000, 0xF0E442};

// An unset strength sits at the bottom of the ladder rather than off the chart.
double heightOf(const CommitmentStep &step)
{
    return std::clamp(step.commitment.strength < 0 ? 0.0 : step.commitment.strength, 0.0, 1.0);
}

QString movesText(Timeline::Moves moves)
{
    return Timeline::movesName(moves).replace(QLatin1Char('+'), QStringLiteral(", "));
}

qreal msecsOf(QDate date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

QString subjectOf(const CommitmentThread &thread, TimelineView::Grouping grouping)
{
    return grouping == TimelineView::Grouping::ByHolder ? thread.holder : thread.title();
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("TimelineView"));
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(150); // an import changes hundreds of annotations: rebuild once
    connect(&m_reloadTimer, &QTimer::timeout, this, &TimelineView::reload);

    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("TimelineGrouping"));
    m_grouping->setAccessibleName(tr("Show the timeline"));
    m_grouping->addItem(tr("Per holder"));
    m_grouping->addItem(tr("Per thread"));
    m_subjects = new QListWidget(this);
    m_subjects->setObjectName(QStringLiteral("TimelineSubjects"));
    m_subjects->setAccessibleName(tr("Holders or threads shown"));
    m_subjects->setToolTip(tr("Check the holders or threads to show together (Space toggles)"));

    m_firstMover = new QLabel(this);
    m_firstMover->setObjectName(QStringLiteral("TimelineFirstMover"));
    m_firstMover->setWordWrap(true);
    m_firstMover->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_chart = new QChart;
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // The holder list beside the chart carries the colours: the chart keeps its height for the steps.
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("TimelineChart"));
    m_chartView->setAccessibleName(tr("Commitments over time"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFocusPolicy(Qt::StrongFocus);
    m_chartView->setToolTip(tr("Left/Right: previous/next step; Enter or a click: open the article at the commitment"));
    m_chartView->installEventFilter(this);
    m_chartView->setMinimumHeight(150);

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("TimelineSteps"));
    m_steps->setAccessibleName(tr("Steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(true);
    m_steps->setAlternatingRowColors(true);
    m_steps->setColumnCount(ColumnCount);
    m_steps->setHeaderLabels({tr("Date"), tr("Holder"), tr("Outlet"), tr("Move"), tr("Strength"), tr("Sentence")});
    m_steps->header()->setStretchLastSection(true);
    m_steps->installEventFilter(this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_grouping);
    leftLayout->addWidget(m_subjects, 1);
    auto *chartAndSteps = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(chartAndSteps);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_firstMover);
    topLayout->addWidget(m_chartView, 1);
    chartAndSteps->addWidget(top);
    chartAndSteps->addWidget(m_steps);
    chartAndSteps->setStretchFactor(0, 3);
    chartAndSteps->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(chartAndSteps);
    split->setStretchFactor(1, 1);
    split->setSizes({180, 800});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(split);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        fillSubjects();
        showSubjects();
    });
    connect(m_subjects, &QListWidget::itemChanged, this, &TimelineView::showSubjects);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            setCurrentStep(m_steps->indexOfTopLevelItem(item));
    });
    connect(m_steps, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        activate(m_steps->indexOfTopLevelItem(item));
    });
    reload();
}

TimelineView::~TimelineView() = default;

QSize TimelineView::sizeHint() const
{
    // Docked below the reading area: tall enough for the ladder's five rungs and a few steps.
    return {900, 330};
}

void TimelineView::setProject(const Storage::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_subjects->setProperty("filledFor", 0); // a new project starts with its busiest subjects shown
    if (project) {
        using Storage::Project;
        connect(project, &Project::commitmentThreadsChanged, this, &TimelineView::scheduleReload);
        connect(project, &Project::articlesChanged, this, &TimelineView::scheduleReload);
        connect(project, &Project::actorsChanged, this, &TimelineView::scheduleReload);
        connect(project, &Project::suggestionsReplaced, this, &TimelineView::scheduleReload);
        connect(project, &Project::annotationRemoved, this, &TimelineView::scheduleReload);
        auto ifCommitment = [this](const Model::Annotation &a) {
            if (a.kind == Model::AnnotationKind::Commitment)
                scheduleReload();
        };
        connect(project, &Project::annotationAdded, this, ifCommitment);
        connect(project, &Project::annotationChanged, this, ifCommitment);
    }
    m_stale = true;
    if (isVisible() || !project)
        reload();
}

void TimelineView::scheduleReload()
{
    m_stale = true;
    // A hidden view rebuilds when it is shown: following a big project costs nothing meanwhile.
    if (isVisible())
        m_reloadTimer.start();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void TimelineView::reload()
{
    m_reloadTimer.stop();
    m_stale = false;
    m_threads = m_project ? Timeline::threadsOf(*m_project) : QList<CommitmentThread>();
    fillSubjects();
    showSubjects();
}

void TimelineView::setGrouping(Grouping grouping)
{
    m_grouping->setCurrentIndex(grouping == Grouping::ByHolder ? 0 : 1);
}

TimelineView::Grouping TimelineView::grouping() const
{
    return m_grouping->currentIndex() == 1 ? Grouping::ByThread : Grouping::ByHolder;
}

void TimelineView::fillSubjects()
{
    // What was shown stays shown across rebuilds; the first time, the busiest subjects are.
    const QStringList before = shownSubjects();
    const bool first = m_subjects->property("filledFor").toInt() != m_grouping->currentIndex() + 1;
    QHash<QString, int> steps;
    QStringList order;
    for (const CommitmentThread &t : std::as_const(m_threads)) {
        const QString name = subjectOf(t, grouping());
        if (!steps.contains(name))
            order.append(name);
        steps[name] += int(t.steps.size());
    }
    QStringList busiest = order;
    std::stable_sort(busiest.begin(), busiest.end(), [&](const QString &a, const QString &b) { return steps[a] > steps[b]; });
    busiest = busiest.mid(0, grouping() == Grouping::ByHolder ? 4 : 1);

    const QSignalBlocker blocker(m_subjects);
    m_subjects->clear();
    for (const QString &name : std::as_const(order)) {
        auto *item = new QListWidgetItem(name, m_subjects);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState((first ? busiest.contains(name) : before.contains(name)) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(Export::translateCounted("Parlance::Ui::TimelineView", QT_TRANSLATE_N_NOOP("Parlance::Ui::TimelineView", "%n step(s)"), steps[name]));
        if (grouping() == Grouping::ByHolder)
            item->setData(Qt::DecorationRole, colorOf(name));
    }
    if (m_subjects->count() > 0) {
        m_subjects->setCurrentRow(0);
        m_subjects->setProperty("filledFor", m_grouping->currentIndex() + 1);
    }
}

void TimelineView::setShownSubjects(const QStringList &names)
{
    {
        const QSignalBlocker blocker(m_subjects);
        for (int i = 0; i < m_subjects->count(); ++i)
            m_subjects->item(i)->setCheckState(names.contains(m_subjects->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    }
    showSubjects();
}

QStringList TimelineView::shownSubjects() const
{
    QStringList names;
    for (int i = 0; i < m_subjects->count(); ++i) {
        if (m_subjects->item(i)->checkState() == Qt::Checked)
            names.append(m_subjects->item(i)->text());
    }
    return names;
}

bool TimelineView::isShown(const CommitmentThread &thread) const
{
    return shownSubjects().contains(subjectOf(thread, grouping()));
}

QColor TimelineView::colorOf(const QString &holder) const
{
    // By the holder's place among all holders, so that a holder keeps its colour whatever is shown.
    QStringList holders;
    for (const CommitmentThread &t : m_threads) {
        if (!holders.contains(t.holder))
            holders.append(t.holder);
    }
    const qsizetype i = std::max<qsizetype>(0, holders.indexOf(holder));
    return QColor::fromRgb(kHolderColors[i % std::size(kHolderColors)]);
}

void TimelineView::showSubjects()
{
    rebuildChart();
    fillSteps();
    QStringList parts;
    QList<CommitmentThread> shown;
    for (const CommitmentThread &t : std::as_const(m_threads)) {
        if (isShown(t))
            shown.append(t);
    }
    const QList<Timeline::FirstMove> first = Timeline::firstMovesByHolder(shown);
    for (const Timeline::FirstMove &m : first)
        parts.append(tr("%1 (%2, %3)").arg(m.holder, movesText(m.moves), QLocale().toString(m.date, QLocale::ShortFormat)));
    if (m_threads.isEmpty())
        m_firstMover->setText(tr("No commitment is followed across dated articles yet."));
    else if (parts.isEmpty())
        m_firstMover->setText(tr("No holder shown has changed a commitment yet."));
    else
        m_firstMover->setText(parts.size() == 1 ? tr("First move: %1").arg(parts.first())
                                                : tr("Who moved first: %1").arg(parts.join(tr(", then "))));
}

void TimelineView::rebuildChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    m_rows.clear();

    auto *dates = new QDateTimeAxis;
    dates->setFormat(QStringLiteral("d MMM yyyy"));
    // The modality ladder, 0 to 1: could 0.2, prepared to 0.4, plans 0.6, would 0.8, will 1.0
    // (resources/lexicons/modality.txt). Numbers, because rung names elide on a short chart.
    auto *strength = new QValueAxis;
    strength->setRange(0.0, 1.0);
    strength->setTickCount(6);
    strength->setLabelFormat(QStringLiteral("%.1f"));
    strength->setTitleText(tr("Strength"));
    m_chart->addAxis(dates, Qt::AlignBottom);
    m_chart->addAxis(strength, Qt::AlignLeft);

    QDate earliest, latest;
    QSet<QString> inLegend;
    for (int t = 0; t < m_threads.size(); ++t) {
        const CommitmentThread &thread = m_threads.at(t);
        if (!isShown(thread))
            continue;
        const QColor color = colorOf(thread.holder);
        auto *line = new QLineSeries;
        auto *markers = new QScatterSeries;
        line->setPen(QPen(color, 1.5, thread.isConfirmed() ? Qt::SolidLine : Qt::DashLine));
        markers->setName(thread.holder);
        markers->setColor(color);
        markers->setBorderColor(color.darker(150));
        markers->setMarkerSize(11);
        markers->setSelectedColor(QColor(0xFFD700));
        markers->setPointLabelsVisible(true);
        QFont labelFont = font();
        labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
        markers->setPointLabelsFont(labelFont);
        markers->setPointLabelsClipping(false);
        markers->setPointLabelsColor(palette().color(QPalette::WindowText));
        for (int s = 0; s < thread.steps.size(); ++s) {
            const CommitmentStep &step = thread.steps.at(s);
            if (!step.date.isValid())
                continue;
            const QPointF p(msecsOf(step.date), heightOf(step));
            line->append(p);
            const int point = int(markers->count());
            markers->append(p);
            // A marker that changed the commitment is labelled with its move ("softened"); making and
            // repeating it are the markers' default and unlabelled, so labels on one date rarely collide.
            const bool change = Timeline::isChange(step.change.moves);
            markers->setPointConfiguration(point, QXYSeries::PointConfiguration::LabelVisibility, change);
            if (change)
                markers->setPointConfiguration(point, QXYSeries::PointConfiguration::LabelFormat, movesText(step.change.moves));
            m_rows.append({t, s, markers, point});
            earliest = earliest.isValid() ? std::min(earliest, step.date) : step.date;
            latest = latest.isValid() ? std::max(latest, step.date) : step.date;
        }
        for (QXYSeries *series : {static_cast<QXYSeries *>(line), static_cast<QXYSeries *>(markers)}) {
            m_chart->addSeries(series);
            series->attachAxis(dates);
            series->attachAxis(strength);
        }
        for (QLegendMarker *marker : m_chart->legend()->markers(line))
            marker->setVisible(false);
        // One legend entry per holder, not per thread.
        if (inLegend.contains(thread.holder)) {
            for (QLegendMarker *marker : m_chart->legend()->markers(markers))
                marker->setVisible(false);
        }
        inLegend.insert(thread.holder);
        connect(markers, &QScatterSeries::clicked, this, [this, markers](const QPointF &p) { markerClicked(markers, p); });
    }
    if (earliest.isValid()) {
        // A margin either side, so that the first and last labels are not cut.
        const qint64 span = std::max<qint64>(earliest.daysTo(latest), 1);
        const qint64 pad = std::max<qint64>(1, span / 8);
        dates->setRange(earliest.addDays(-pad).startOfDay(), latest.addDays(pad).startOfDay());
        dates->setTickCount(int(std::clamp<qint64>(span + 1 + 2 * pad, 2, 8)));
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [this](const Row &a, const Row &b) {
        const CommitmentStep &x = m_threads[a.thread].steps[a.step], &y = m_threads[b.thread].steps[b.step];
        if (x.date != y.date)
            return x.date < y.date;
        return x.articleNumber < y.articleNumber;
    });
}

void TimelineView::fillSteps()
{
    const QSignalBlocker blocker(m_steps);
    m_steps->clear();
    const QLocale locale;
    for (const Row &row : std::as_const(m_rows)) {
        const CommitmentStep &s = m_threads[row.thread].steps[row.step];
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(DateColumn, locale.toString(s.date, QLocale::ShortFormat));
        item->setText(HolderColumn, m_threads[row.thread].holder);
        item->setData(HolderColumn, Qt::DecorationRole, colorOf(m_threads[row.thread].holder));
        item->setText(OutletColumn, s.outlet);
        item->setText(MoveColumn, movesText(s.change.moves));
        item->setText(StrengthColumn, s.commitment.strength < 0 ? QString() : locale.toString(s.commitment.strength, 'f', 1));
        const QString sentence = s.sentence.isEmpty() ? s.text : s.sentence;
        item->setText(SentenceColumn, sentence.simplified());
        QString tip = sentence.toHtmlEscaped();
        if (!s.change.wordsDropped.isEmpty())
            tip += QStringLiteral("<br>") + tr("Dropped: <s>%1</s>").arg(s.change.wordsDropped.join(QLatin1Char(' ')).toHtmlEscaped());
        if (!s.change.wordsAdded.isEmpty())
            tip += QStringLiteral("<br>") + tr("Added: <u>%1</u>").arg(s.change.wordsAdded.join(QLatin1Char(' ')).toHtmlEscaped());
        item->setToolTip(SentenceColumn, tip);
    }
    for (int c = 0; c < SentenceColumn; ++c)
        m_steps->resizeColumnToContents(c);
    m_current = -1;
    setCurrentStep(m_rows.isEmpty() ? -1 : 0);
}

const CommitmentStep &TimelineView::step(int row) const
{
    const Row &r = m_rows.at(row);
    return m_threads.at(r.thread).steps.at(r.step);
}

const CommitmentThread &TimelineView::threadOfStep(int row) const
{
    return m_threads.at(m_rows.at(row).thread);
}

void TimelineView::setCurrentStep(int row)
{
    if (row < -1 || row >= m_rows.size() || row == m_current)
        return;
    if (m_current >= 0)
        m_rows[m_current].series->deselectPoint(m_rows[m_current].point);
    m_current = row;
    if (row < 0)
        return;
    m_rows[row].series->selectPoint(m_rows[row].point);
    const QSignalBlocker blocker(m_steps);
    m_steps->setCurrentItem(m_steps->topLevelItem(row));
    m_steps->scrollToItem(m_steps->topLevelItem(row));
}

QPoint TimelineView::markerPosition(int row) const
{
    const Row &r = m_rows.at(row);
    const QPointF inChart = m_chart->mapToPosition(r.series->at(r.point), r.series);
    return m_chartView->mapFromScene(m_chart->mapToScene(inChart));
}

QString TimelineView::firstMoverText() const
{
    return m_firstMover->text();
}

void TimelineView::markerClicked(QScatterSeries *series, const QPointF &point)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].series == series && series->at(m_rows[row].point) == point) {
            setCurrentStep(row);
            activate(row);
            return;
        }
    }
}

void TimelineView::activate(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const CommitmentStep &s = step(row);
    Q_EMIT commitmentActivated(s.commitment.id, s.articleId);
}

bool TimelineView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (watched == m_chartView) {
        switch (key->key()) {
        case Qt::Key_Left:
            setCurrentStep(std::max(0, m_current - 1));
            return true;
        case Qt::Key_Right:
            setCurrentStep(std::min(int(m_rows.size()) - 1, m_current + 1));
            return true;
        case Qt::Key_Home:
            setCurrentStep(m_rows.isEmpty() ? -1 : 0);
            return true;
        case Qt::Key_End:
            setCurrentStep(int(m_rows.size()) - 1);
            return true;
        default:
            break;
        }
    }
    if (enter && (watched == m_chartView || watched == m_steps)) {
        activate(m_current);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Parlance::Ui
