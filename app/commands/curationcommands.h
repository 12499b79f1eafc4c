// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Curation (issue 16) writes the curator's layer: agreed annotations taken in at once, a coder's
// version accepted, a unit left out. One decision is one undo step, written in one transaction.

#include "model/annotation.h"
#include "projectcommand.h"

namespace Parlance::Commands {

/// Removes some of the curator's annotations and adds others, as one step: e.g. the rejection of a
/// unit replaced by a coder's version, or every agreed annotation pre-merged.
class CurateCommand final : public ProjectCommand {
public:
    CurateCommand(Storage::Project *project, const QString &text, const QList<Model::Annotation> &remove,
                  const QList<Model::Annotation> &add, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /// The added annotations, with their ids once done.
    const QList<Model::Annotation> &added() const { return m_add; }

private:
    QList<Model::Annotation> m_remove;
    QList<Model::Annotation> m_add;
};

} // namespace Parlance::Commands
