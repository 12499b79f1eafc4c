// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Actors > Propose Merges (issue 14): the groups of actors whose names are variants of one another
// (Model::NameVariants), one at a time: choose the name to keep, then Merge (the others become its
// aliases and their mentions follow; one undo step) or Skip.

#include "model/actor.h"
#include "model/namevariants.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Parlance::Ui {

class MergeProposalDialog final : public QDialog {
    Q_OBJECT
public:
    /// Merges `merged` into `kept` (the window: through the session, as one undo step).
    using Merger = std::function<bool(qint64 kept, const QList<qint64> &merged)>;

    MergeProposalDialog(const QList<Model::Actor> &actors, const QList<Model::NameVariantGroup> &groups, Merger merger,
                        QWidget *parent = nullptr);

    QListWidget *proposalList() const { return m_list; }
    QComboBox *keepChoice() const { return m_keep; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *skipButton() const { return m_skip; }
    /// The proposals not yet merged or skipped.
    int remaining() const;

private:
    void showCurrent();
    void mergeCurrent();
    void skipCurrent();
    void removeCurrent();
    QString nameOf(qint64 actorId) const;

    QList<Model::Actor> m_actors;
    Merger m_merger;
    QLabel *m_status = nullptr;
    QListWidget *m_list = nullptr;
    QComboBox *m_keep = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_skip = nullptr;
};

} // namespace Parlance::Ui
