// SPDX-License-Identifier: GPL-2.0-or-later
#include "mergeproposaldialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Parlance::Ui {

namespace {
constexpr int IdsRole = Qt::UserRole + 1; ///< QList<qint64>: the group, the proposed name first
}

MergeProposalDialog::MergeProposalDialog(const QList<Model::Actor> &actors, const QList<Model::NameVariantGroup> &groups,
                                         Merger merger, QWidget *parent)
    : QDialog(parent)
    , m_actors(actors)
    , m_merger(std::move(merger))
    , m_status(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_keep(new QComboBox(this))
{
    setObjectName(QStringLiteral("MergeProposalDialog"));
    setWindowTitle(tr("Propose Merges of Name Variants"));
    m_status->setWordWrap(true);
    m_list->setAccessibleName(tr("Proposed merges"));
    m_keep->setAccessibleName(tr("Name to keep"));
    for (const Model::NameVariantGroup &g : groups) {
        QStringList names;
        for (const qint64 id : g.actorIds)
            names.append(nameOf(id));
        auto *item = new QListWidgetItem(names.join(QStringLiteral(" \u00b7 ")), m_list);
        item->setData(IdsRole, QVariant::fromValue(g.actorIds));
    }

    auto *buttons = new QDialogButtonBox(this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_skip = buttons->addButton(tr("&Skip"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_merge->setDefault(true);
    m_merge->setToolTip(tr("Merge these actors under the name to keep; the other names become its aliases and their "
                           "mentions follow (Enter; Ctrl+Z in the window undoes it)"));
    m_skip->setToolTip(tr("Leave these actors apart"));
    // Merge and Skip act on the proposal and move on; only Close closes.
    disconnect(buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_merge, &QPushButton::clicked, this, &MergeProposalDialog::mergeCurrent);
    connect(m_skip, &QPushButton::clicked, this, &MergeProposalDialog::skipCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &MergeProposalDialog::showCurrent);

    auto *form = new QFormLayout;
    form->addRow(tr("&Keep the name:"), m_keep);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 360);
    m_list->setCurrentRow(0);
    showCurrent();
    m_keep->setFocus();
}

int MergeProposalDialog::remaining() const
{
    return m_list->count();
}

QString MergeProposalDialog::nameOf(qint64 actorId) const
{
    for (const Model::Actor &a : m_actors)
        if (a.id == actorId)
            return a.canonicalName;
    return {};
}

void MergeProposalDialog::showCurrent()
{
    m_keep->clear();
    const QListWidgetItem *item = m_list->currentItem();
    m_merge->setEnabled(item);
    m_skip->setEnabled(item);
    m_keep->setEnabled(item);
    if (!item) {
        m_status->setText(tr("No more proposals: every actor whose name is a variant of another's was merged or skipped."));
        return;
    }
    m_status->setText(tr("Each group below may be one person or body, named in different ways (%1 left). Choose the "
                         "name to keep: the other names become its aliases and their mentions follow.")
                          .arg(m_list->count()));
    for (const qint64 id : item->data(IdsRole).value<QList<qint64>>())
        m_keep->addItem(nameOf(id), id);
}

void MergeProposalDialog::mergeCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 kept = m_keep->currentData().toLongLong();
    QList<qint64> merged = item->data(IdsRole).value<QList<qint64>>();
    merged.removeAll(kept);
    if (m_merger && m_merger(kept, merged))
        removeCurrent();
}

void MergeProposalDialog::skipCurrent()
{
    removeCurrent();
}

void MergeProposalDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    delete m_list->takeItem(row);
    // The next proposal becomes current (a taken item leaves none).
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    showCurrent();
    m_keep->setFocus();
}

} // namespace Parlance::Ui
