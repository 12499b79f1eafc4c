// SPDX-License-Identifier: GPL-2.0-or-later
#include "curationview.h"

#include "export/exportutil.h"

#include "articleview.h"
#include "model/annotation.h"
#include "storage/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Parlance::Ui {

using Agreement::CurationDecision;
using Agreement::CurationUnit;
using Model::Annotation;

namespace {

enum UnitColumn { TextColumn, KindColumn, DecisionColumn, FirstCoderColumn };

QString kindText(Model::AnnotationKind kind)
{
    switch (kind) {
    case Model::AnnotationKind::Quote: return CurationView::tr("quote");
    case Model::AnnotationKind::ActorMention: return CurationView::tr("actor");
    case Model::AnnotationKind::Commitment: return CurationView::tr("commitment");
    case Model::AnnotationKind::Category: return CurationView::tr("category");
    }
    return {};
}

} // namespace

CurationView::CurationView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("CurationView"));
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CurationView::reload);

    m_articles = new QComboBox(this);
    m_articles->setObjectName(QStringLiteral("CurationArticle"));
    m_articles->setAccessibleName(tr("Article to curate"));
    m_articles->setMinimumContentsLength(30);
    m_articles->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_hideNames = new QCheckBox(tr("&Hide coders' names"), this);
    m_hideNames->setObjectName(QStringLiteral("CurationHideNames"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("CurationSummary"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Article:"), this));
    bar->addWidget(m_articles, 1);
    bar->addWidget(m_hideNames);
    bar->addWidget(m_summary, 1);

    m_columnSplitter = new QSplitter(Qt::Horizontal, this);
    // A docked view opens at its least height: the columns must still show a few lines of text.
    m_columnSplitter->setMinimumHeight(180);
    m_units = new QTreeWidget(this);
    m_units->setObjectName(QStringLiteral("CurationUnits"));
    m_units->setAccessibleName(tr("Units to curate"));
    m_units->setRootIsDecorated(false);
    m_units->setUniformRowHeights(true);
    m_units->setAlternatingRowColors(true);
    m_units->setToolTip(tr("Y or Enter: take the chosen coder's version · X or Delete: leave it out · "
                           "Left/Right: choose the coder · N / P: next / previous open disagreement"));
    m_units->installEventFilter(this);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_columnSplitter);
    split->addWidget(m_units);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_articles, &QComboBox::currentIndexChanged, this, [this](int index) {
        setArticle(m_articles->itemData(index).toLongLong());
    });
    connect(m_hideNames, &QCheckBox::toggled, this, [this] {
        updateTitles();
        fillUnits();
    });
    connect(m_units, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            setCurrentUnit(m_units->indexOfTopLevelItem(item));
    });
}

CurationView::~CurationView() = default;

void CurationView::setProject(const Storage::Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_preMerged.clear();
    m_articleId = 0;
    if (project) {
        using Storage::Project;
        connect(project, &Project::annotationAdded, this, &CurationView::scheduleReload);
        connect(project, &Project::annotationChanged, this, &CurationView::scheduleReload);
        connect(project, &Project::annotationRemoved, this, &CurationView::scheduleReload);
        connect(project, &Project::articlesChanged, this, &CurationView::scheduleReload);
        connect(project, &Project::actorsChanged, this, &CurationView::scheduleReload);
    }
    m_stale = true;
    if (isVisible() || !project)
        reload();
}

void CurationView::scheduleReload()
{
    m_stale = true;
    if (isVisible())
        m_reloadTimer.start();
}

void CurationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

QString CurationView::curatorName() const
{
    // A project without a named coder curates as "curator", never as one of the coders.
    const QString coder = m_project ? m_project->currentCoder() : QString();
    return coder.isEmpty() ? tr("curator") : coder;
}

QList<qint64> CurationView::articleIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_articles->count(); ++i)
        ids.append(m_articles->itemData(i).toLongLong());
    return ids;
}

void CurationView::fillArticles()
{
    const QSignalBlocker blocker(m_articles);
    m_articles->clear();
    if (!m_project)
        return;
    const QString curator = curatorName();
    for (const Storage::ArticleSummary &s : m_project->articles()) {
        QSet<QString> coders;
        for (const Annotation &a : m_project->annotations(s.id)) {
            if (a.isConfirmed() && !a.coder.isEmpty() && a.coder != curator)
                coders.insert(a.coder);
        }
        if (coders.size() >= 2)
            m_articles->addItem(QStringLiteral("%1. %2").arg(s.number).arg(s.title), s.id);
    }
    const int at = m_articles->findData(m_articleId);
    m_articles->setCurrentIndex(at >= 0 ? at : 0);
}

void CurationView::reload()
{
    m_reloadTimer.stop();
    m_stale = false;
    fillArticles();
    const qint64 wanted = m_articles->currentData().toLongLong();
    if (wanted != m_articleId) {
        m_articleId = 0;
        setArticle(wanted);
        return;
    }
    setArticle(m_articleId);
}

void CurationView::setArticle(qint64 articleId)
{
    const bool changed = articleId != m_articleId;
    m_articleId = articleId;
    {
        const QSignalBlocker blocker(m_articles);
        m_articles->setCurrentIndex(m_articles->findData(articleId));
    }
    m_state = {};
    if (m_project && articleId) {
        QHash<qint64, QString> actors;
        for (const Model::Actor &a : m_project->actors())
            actors.insert(a.id, a.canonicalName);
        QHash<qint64, QString> categories;
        for (const Model::CodebookCategory &c : m_project->categories())
            categories.insert(c.id, c.name);
        m_state = Agreement::curationOf(m_project->annotations(articleId), curatorName(),
                                        Agreement::AnnotationFacets(actors, categories));
    }
    if (changed || m_columns.size() != m_state.coders.size() + 1)
        rebuildColumns();
    fillColumns();
    const int keep = changed ? -1 : m_current;
    fillUnits();
    setCurrentUnit(keep >= 0 && keep < m_state.units.size() ? keep : m_state.nextOpen(-1, +1));
    if (m_current < 0 && !m_state.units.isEmpty())
        setCurrentUnit(0);
    // Agreed annotations come into the curator's layer the first time an article is curated (an
    // undo step of its own; undone, they stay out until Pre-merge is asked for again).
    if (m_articleId && !m_preMerged.contains(m_articleId) && !m_state.toPreMerge.isEmpty()) {
        m_preMerged.insert(m_articleId);
        preMerge();
    }
}

void CurationView::rebuildColumns()
{
    // The splitter's own widgets only: its handles are children too, and belong to it.
    while (m_columnSplitter->count() > 0)
        delete m_columnSplitter->widget(0);
    m_titles.clear();
    m_columns.clear();
    if (m_state.coders.isEmpty())
        return;
    for (int i = 0; i <= m_state.coders.size(); ++i) {
        auto *box = new QWidget(m_columnSplitter);
        auto *title = new QLabel(box);
        title->setAlignment(Qt::AlignCenter);
        auto *view = new ArticleView(box);
        view->setObjectName(i < m_state.coders.size() ? QStringLiteral("CurationCoder%1").arg(i) : QStringLiteral("CurationCurated"));
        view->setFocusPolicy(Qt::ClickFocus);
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(title);
        l->addWidget(view, 1);
        m_columnSplitter->addWidget(box);
        box->show(); // made while the view is shown: a new child stays hidden until told
        m_titles.append(title);
        m_columns.append(view);
    }
    // Equal columns (a splitter already laid out gives widgets added later no room).
    m_columnSplitter->setSizes(QList<int>(m_columns.size(), 1000));
    m_chosen = 0;
}

void CurationView::fillColumns()
{
    if (m_columns.isEmpty() || !m_project)
        return;
    const std::optional<Model::Article> article = m_project->article(m_articleId);
    if (!article)
        return;
    QHash<qint64, QString> actors;
    for (const Model::Actor &a : m_project->actors())
        actors.insert(a.id, a.canonicalName);
    QHash<qint64, QColor> colors;
    for (const Model::CodebookCategory &c : m_project->categories())
        colors.insert(c.id, c.color);
    QList<QList<Annotation>> layers(m_columns.size());
    for (const Annotation &a : m_project->annotations(m_articleId)) {
        const qsizetype coder = m_state.coders.indexOf(a.coder);
        if (coder >= 0 && a.isConfirmed())
            layers[coder].append(a);
        else if (a.coder == m_state.curator && a.isConfirmed())
            layers.last().append(a);
    }
    // Where coders differ, every coder's column marks the stretch (the compare view's wavy line).
    QList<Analysis::WordMark> marks;
    for (const CurationUnit &u : std::as_const(m_state.units)) {
        if (!u.unit.isUnanimous())
            marks.append({u.unit.span, Analysis::WordChange::Changed});
    }
    for (int i = 0; i < m_columns.size(); ++i) {
        ArticleView *view = m_columns[i];
        if (view->article().id != article->id)
            view->setArticle(*article);
        view->setAnnotations(layers[i], actors, colors);
        view->setWordMarks(i < m_state.coders.size() ? marks : QList<Analysis::WordMark>());
    }
    updateTitles();
}

QString CurationView::displayName(int coder) const
{
    if (coder < 0 || coder >= m_state.coders.size())
        return {};
    if (namesHidden())
        return tr("Coder %1").arg(QChar(u'A' + coder % 26));
    return m_state.coders[coder];
}

void CurationView::setNamesHidden(bool hidden)
{
    m_hideNames->setChecked(hidden);
}

bool CurationView::namesHidden() const
{
    return m_hideNames->isChecked();
}

void CurationView::updateTitles()
{
    for (int i = 0; i < m_titles.size(); ++i) {
        const QString name = i < m_state.coders.size() ? displayName(i) : tr("Curated (%1)").arg(m_state.curator);
        // The chosen coder's column is the one Y takes from.
        m_titles[i]->setText(i == m_chosen ? QStringLiteral("<b>\u25B6 %1</b>").arg(name.toHtmlEscaped()) : name.toHtmlEscaped());
    }
    QStringList headers{tr("Text"), tr("Kind"), tr("Decision")};
    for (int c = 0; c < m_state.coders.size(); ++c)
        headers.append(displayName(c));
    m_units->setColumnCount(int(headers.size()));
    m_units->setHeaderLabels(headers);
}

QString CurationView::columnTitle(int index) const
{
    return index >= 0 && index < m_titles.size() ? m_titles[index]->text() : QString();
}

ArticleView *CurationView::column(int index) const
{
    return m_columns.value(index);
}

void CurationView::fillUnits()
{
    const QSignalBlocker blocker(m_units);
    m_units->clear();
    const std::optional<Model::Article> article = m_project && m_articleId ? m_project->article(m_articleId) : std::nullopt;
    QHash<qint64, QString> actors;
    if (m_project) {
        for (const Model::Actor &a : m_project->actors())
            actors.insert(a.id, a.canonicalName);
    }
    const Agreement::AnnotationFacets facets(actors, {});
    for (const CurationUnit &u : std::as_const(m_state.units)) {
        auto *item = new QTreeWidgetItem(m_units);
        item->setText(TextColumn, article && u.unit.span.fitsIn(article->text.size())
                                      ? u.unit.span.textIn(article->text).toString().simplified() : QString());
        item->setText(KindColumn, kindText(u.unit.kind));
        QString decision;
        switch (u.decision) {
        case CurationDecision::Open:
            decision = u.unit.isUnanimous() ? tr("agreed") : tr("differs: %1").arg(u.unit.differences.join(QStringLiteral(", ")));
            break;
        case CurationDecision::Accepted:
            decision = u.unit.isUnanimous() ? tr("agreed, taken in")
                                            : (u.acceptedCoder >= 0 ? tr("taken from %1").arg(displayName(u.acceptedCoder)) : tr("taken in"));
            break;
        case CurationDecision::Rejected:
            decision = tr("left out");
            break;
        }
        item->setText(DecisionColumn, decision);
        if (!u.unit.isUnanimous()) {
            QFont bold = item->font(DecisionColumn);
            bold.setBold(u.decision == CurationDecision::Open);
            item->setFont(DecisionColumn, bold);
            item->setIcon(DecisionColumn, style()->standardIcon(u.decision == CurationDecision::Open ? QStyle::SP_MessageBoxWarning
                                                                                                     : QStyle::SP_DialogApplyButton));
        }
        for (int c = 0; c < u.unit.byCoder.size(); ++c)
            item->setText(FirstCoderColumn + c, u.unit.byCoder[c] ? facets.describe(*u.unit.byCoder[c]) : QStringLiteral("\u2014"));
    }
    for (int c = 0; c < FirstCoderColumn; ++c)
        m_units->resizeColumnToContents(c);
    m_units->setColumnWidth(TextColumn, std::min(m_units->columnWidth(TextColumn), 320));
    m_current = -1;
    const int open = m_state.openCount();
    m_summary->setText(m_state.coders.size() < 2
                           ? tr("No article has annotations of two coders yet.")
                           : tr("%1 units: %2 agreed, %3 differ, %4 still open")
                                 .arg(m_state.units.size())
                                 .arg(m_state.units.size() - m_state.disagreementCount())
                                 .arg(m_state.disagreementCount())
                                 .arg(open));
}

QString CurationView::summary() const
{
    return m_summary->text();
}

void CurationView::setCurrentUnit(int unit)
{
    if (unit < 0 || unit >= m_state.units.size())
        return;
    m_current = unit;
    {
        const QSignalBlocker blocker(m_units);
        m_units->setCurrentItem(m_units->topLevelItem(unit));
        m_units->scrollToItem(m_units->topLevelItem(unit));
    }
    const CurationUnit &u = m_state.units[unit];
    // Each column shows the unit: the coder's own version where there is one.
    for (int i = 0; i < m_columns.size(); ++i) {
        const std::optional<Annotation> version = i < u.unit.byCoder.size() ? u.unit.byCoder[i] : std::nullopt;
        if (version)
            m_columns[i]->selectAnnotation(version->id);
        else if (i == m_columns.size() - 1 && !u.curated.isEmpty() && u.curated.first().origin != Model::Origin::Rejected)
            m_columns[i]->selectAnnotation(u.curated.first().id);
        else
            m_columns[i]->selectSpan(u.unit.span);
    }
    // The version chosen: the one accepted before, else the first coder who marked it.
    int chosen = u.acceptedCoder;
    for (int k = 0; chosen < 0 && k < u.unit.byCoder.size(); ++k)
        chosen = u.unit.byCoder[k] ? k : -1;
    chooseCoder(std::max(chosen, 0));
}

void CurationView::chooseCoder(int coder)
{
    if (coder < 0 || coder >= m_state.coders.size())
        return;
    m_chosen = coder;
    updateTitles();
}

bool CurationView::push(const QString &text, const QList<Model::Annotation> &remove, const QList<Model::Annotation> &add)
{
    if (!m_sink || !m_project || m_project->isReadOnly())
        return false;
    return m_sink(text, remove, add);
}

bool CurationView::decide(const QString &text, const Annotation &add)
{
    if (m_current < 0 || m_current >= m_state.units.size())
        return false;
    const CurationUnit &u = m_state.units[m_current];
    const int at = m_current;
    const bool ok = push(text, u.curated, {add});
    if (ok) {
        // Decided: on to the next open disagreement (the state is rebuilt first).
        reload();
        const int next = m_state.nextOpen(at, +1);
        setCurrentUnit(next >= 0 ? next : at);
    }
    return ok;
}

bool CurationView::acceptChosen()
{
    if (m_current < 0 || m_current >= m_state.units.size())
        return false;
    const std::optional<Annotation> version = m_state.units[m_current].unit.byCoder.value(m_chosen);
    if (!version)
        return false; // this coder marked nothing here: X leaves it out
    return decide(tr("Curate: take %1's version").arg(displayName(m_chosen)), Agreement::curatedCopy(*version, m_state.curator));
}

bool CurationView::rejectCurrent()
{
    if (m_current < 0 || m_current >= m_state.units.size())
        return false;
    return decide(tr("Curate: leave out"), Agreement::rejectionOf(m_state.units[m_current].unit, m_state.curator));
}

bool CurationView::preMerge()
{
    if (m_state.toPreMerge.isEmpty())
        return false;
    const QList<Annotation> add = m_state.toPreMerge;
    const bool ok = push(Export::translateCounted("Parlance::Ui::CurationView", QT_TRANSLATE_N_NOOP("Parlance::Ui::CurationView", "Curate: take in %n agreed annotation(s)"), int(add.size())), {}, add);
    if (ok)
        reload();
    return ok;
}

bool CurationView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_units || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return QWidget::eventFilter(watched, event);
    switch (key->key()) {
    case Qt::Key_Y:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        acceptChosen();
        return true;
    case Qt::Key_X:
    case Qt::Key_Delete:
        rejectCurrent();
        return true;
    case Qt::Key_N:
    case Qt::Key_P: {
        const int next = m_state.nextOpen(m_current, key->key() == Qt::Key_N ? +1 : -1);
        if (next >= 0)
            setCurrentUnit(next);
        return true;
    }
    case Qt::Key_Left:
    case Qt::Key_Right:
        chooseCoder(m_chosen + (key->key() == Qt::Key_Right ? 1 : -1));
        return true;
    case Qt::Key_M:
        preMerge();
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace Parlance::Ui
