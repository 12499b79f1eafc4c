// SPDX-License-Identifier: GPL-2.0-or-later
#include "panels.h"

#include "actorswatchdelegate.h"

#include "models/actormodel.h"
#include "models/annotationfiltermodel.h"
#include "models/annotationmodel.h"
#include "models/categorymodel.h"

#include <QColorDialog>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QMenu>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace Parlance::Ui {

namespace {

QTreeView *makeTable(QWidget *parent, const QString &accessibleName)
{
    auto *view = new QTreeView(parent);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setAccessibleName(accessibleName);
    view->header()->setStretchLastSection(true);
    return view;
}

/// Edits an actor's type with a combo box.
class ActorTypeDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (Model::ActorType t : Models::ActorModel::allTypes())
            combo->addItem(Models::ActorModel::typeLabel(t), int(t));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

// --- Annotations -----------------------------------------------------------------------------

AnnotationPanel::AnnotationPanel(Models::AnnotationModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new Models::AnnotationFilterModel(this))
    , m_view(makeTable(this, tr("Annotations")))
    , m_kind(new QComboBox(this))
    , m_origin(new QComboBox(this))
    , m_speaker(new QComboBox(this))
    , m_holder(new QComboBox(this))
    , m_coder(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_text(new QLineEdit(this))
{
    setObjectName(QStringLiteral("AnnotationPanel"));
    m_filter->setSourceModel(model);
    m_view->setModel(m_filter);
    m_view->sortByColumn(-1, Qt::AscendingOrder);

    m_scope->setAccessibleName(tr("Annotations of"));
    m_scope->addItem(tr("This article"), int(Models::AnnotationModel::Scope::CurrentArticle));
    m_scope->addItem(tr("All articles"), int(Models::AnnotationModel::Scope::AllArticles));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_kind->addItem(tr("All kinds"), -1);
    for (auto k : {Model::AnnotationKind::Quote, Model::AnnotationKind::ActorMention, Model::AnnotationKind::Commitment,
                   Model::AnnotationKind::Category})
        m_kind->addItem(Models::AnnotationModel::kindLabel(k), int(k));
    m_origin->setAccessibleName(tr("Origin filter"));
    m_origin->addItem(tr("Any origin"), -1);
    m_origin->addItem(tr("Suggested"), 0);
    m_origin->addItem(tr("Confirmed"), 1);
    m_origin->addItem(tr("Rejected"), 2);
    m_speaker->setAccessibleName(tr("Speaker filter"));
    m_holder->setAccessibleName(tr("Holder filter"));
    m_coder->setAccessibleName(tr("Coder filter"));
    m_text->setPlaceholderText(tr("Filter text\u2026"));
    m_text->setAccessibleName(tr("Annotation text filter"));
    m_text->setClearButtonEnabled(true);
    setChoices({}, {});

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_kind);
    filters->addWidget(m_origin);
    auto *filters2 = new QHBoxLayout;
    filters2->addWidget(new QLabel(tr("Speaker:"), this));
    filters2->addWidget(m_speaker, 1);
    filters2->addWidget(new QLabel(tr("Holder:"), this));
    filters2->addWidget(m_holder, 1);
    filters2->addWidget(m_coder, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addLayout(filters2);
    layout->addWidget(m_text);
    layout->addWidget(m_view, 1);

    for (QComboBox *combo : {m_kind, m_origin, m_speaker, m_holder, m_coder})
        connect(combo, &QComboBox::currentIndexChanged, this, &AnnotationPanel::applyFilters);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &AnnotationPanel::applyScope);
    applyScope();
    connect(m_text, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT annotationClicked(index.data(Models::AnnotationModel::AnnotationIdRole).toLongLong(),
                                     index.data(Models::AnnotationModel::ArticleIdRole).toLongLong());
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
}

void AnnotationPanel::setChoices(const QList<QPair<qint64, QString>> &actors, const QStringList &coders)
{
    auto fill = [](QComboBox *combo, const QString &any, const QList<QPair<qint64, QString>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(any, QVariant());
        for (const auto &[id, name] : items)
            combo->addItem(name, id);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    fill(m_speaker, tr("anyone"), actors);
    fill(m_holder, tr("anyone"), actors);
    QList<QPair<qint64, QString>> coderItems;
    for (qsizetype i = 0; i < coders.size(); ++i)
        coderItems.append({qint64(i), coders[i]});
    const QString currentCoder = m_coder->currentIndex() > 0 ? m_coder->currentText() : QString();
    {
        const QSignalBlocker blocker(m_coder);
        m_coder->clear();
        m_coder->addItem(tr("any coder"));
        m_coder->addItems(coders);
        m_coder->setCurrentIndex(std::max(0, m_coder->findText(currentCoder)));
    }
    applyFilters();
}

void AnnotationPanel::applyScope()
{
    const auto scope = Models::AnnotationModel::Scope(m_scope->currentData().toInt());
    m_model->setScope(scope);
    // The article column only says something when there are several.
    m_view->setColumnHidden(Models::AnnotationModel::ArticleColumn, scope == Models::AnnotationModel::Scope::CurrentArticle);
}

void AnnotationPanel::applyFilters()
{
    const int kind = m_kind->currentData().toInt();
    m_filter->setKinds(kind < 0 ? QSet<Model::AnnotationKind>() : QSet<Model::AnnotationKind>{Model::AnnotationKind(kind)});
    switch (m_origin->currentData().toInt()) {
    case 0: m_filter->setOrigins({Model::Origin::Suggested}); break;
    case 1: m_filter->setOrigins({Model::Origin::Manual, Model::Origin::Accepted}); break;
    case 2: m_filter->setOrigins({Model::Origin::Rejected}); break;
    default: m_filter->setOrigins({}); break;
    }
    m_filter->setSpeaker(m_speaker->currentData().toLongLong());
    m_filter->setHolder(m_holder->currentData().toLongLong());
    m_filter->setCoder(m_coder->currentIndex() > 0 ? m_coder->currentText() : QString());
}

void AnnotationPanel::showAnnotation(qint64 annotationId)
{
    const int row = m_model->rowOf(annotationId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    const QSignalBlocker blocker(m_view);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

// --- Actors ----------------------------------------------------------------------------------

ActorPanel::ActorPanel(Models::ActorModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(makeTable(this, tr("Actors")))
    , m_merge(new QPushButton(tr("&Merge Selected"), this))
    , m_mergeMenu(new QMenu(this))
    , m_accept(new QPushButton(tr("Acc&ept"), this))
    , m_reject(new QPushButton(tr("Re&ject"), this))
{
    setObjectName(QStringLiteral("ActorPanel"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(Models::ActorModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setItemDelegateForColumn(Models::ActorModel::TypeColumn, new ActorTypeDelegate(m_view));
    m_view->setItemDelegateForColumn(Models::ActorModel::NameColumn, new ActorSwatchDelegate(m_view));
    m_view->sortByColumn(Models::ActorModel::NameColumn, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(Models::ActorModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(Models::ActorModel::MentionsColumn, QHeaderView::ResizeToContents);
    m_merge->setToolTip(tr("Merge two selected actors into one: choose the name to keep, the other becomes an alias"));
    m_merge->setEnabled(false);
    m_merge->setMenu(m_mergeMenu);
    m_mergeMenu->setObjectName(QStringLiteral("MergeMenu"));
    m_accept->setToolTip(tr("Accept every pending mention of the selected actors, in every article (Y)"));
    m_reject->setToolTip(tr("Reject every pending mention of the selected actors, in every article (X); "
                            "their names are no longer drawn"));
    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter actors\u2026"));
    filter->setAccessibleName(tr("Actor filter"));
    filter->setClearButtonEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("F2 renames; double-click the type to change it."), this), 1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_merge);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(filter);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActorPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ActorPanel::updateButtons);
    updateButtons();
    auto decide = [this](bool accept) {
        if (const QList<qint64> ids = selectedActors(); !ids.isEmpty())
            Q_EMIT decideRequested(ids, accept);
    };
    connect(m_accept, &QPushButton::clicked, this, [decide] { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [decide] { decide(false); });
    // The review keys of the text, in the table.
    auto *acceptKey = new QShortcut(QKeySequence(Qt::Key_Y), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(acceptKey, &QShortcut::activated, this, [decide] { decide(true); });
    auto *rejectKey = new QShortcut(QKeySequence(Qt::Key_X), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(rejectKey, &QShortcut::activated, this, [decide] { decide(false); });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT actorClicked(index.data(Models::ActorModel::ActorIdRole).toLongLong());
    });
}

void ActorPanel::updateButtons()
{
    const QList<qint64> ids = selectedActors();
    m_accept->setEnabled(!ids.isEmpty());
    m_reject->setEnabled(!ids.isEmpty());
    m_merge->setEnabled(ids.size() == 2);
    m_mergeMenu->clear();
    if (ids.size() != 2)
        return;
    // Merging asks which name to keep: one entry per name.
    auto nameOf = [this](qint64 id) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, Models::ActorModel::NameColumn);
            if (index.data(Models::ActorModel::ActorIdRole).toLongLong() == id)
                return index.data().toString();
        }
        return QString();
    };
    for (int keep = 0; keep < 2; ++keep) {
        const qint64 kept = ids[keep], merged = ids[1 - keep];
        QAction *a = m_mergeMenu->addAction(tr("Keep \u201c%1\u201d (\u201c%2\u201d becomes an alias)").arg(nameOf(kept), nameOf(merged)));
        connect(a, &QAction::triggered, this, [this, kept, merged] { Q_EMIT mergeRequested(kept, merged); });
    }
}

QList<qint64> ActorPanel::selectedActors() const
{
    QList<qint64> ids;
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        ids.append(current.data(Models::ActorModel::ActorIdRole).toLongLong());
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const qint64 id = index.data(Models::ActorModel::ActorIdRole).toLongLong();
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

// --- Codebook --------------------------------------------------------------------------------

CodebookPanel::CodebookPanel(Models::CategoryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(makeTable(this, tr("Codebook")))
{
    setObjectName(QStringLiteral("CodebookPanel"));
    m_view->setModel(model);
    m_view->setSortingEnabled(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto *add = new QPushButton(tr("&Add Category"), this);
    auto *remove = new QPushButton(tr("&Remove Category"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &CodebookPanel::addRequested);
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            Q_EMIT removeRequested(index.data(Models::CategoryModel::CategoryIdRole).toLongLong());
    });
    // The colour is picked with the colour dialog rather than typed.
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != Models::CategoryModel::ColorColumn)
            return;
        const QColor color = QColorDialog::getColor(index.data(Qt::EditRole).value<QColor>(), this, tr("Category Colour"));
        if (color.isValid())
            m_model->setData(index, color);
    });
}

} // namespace Parlance::Ui
