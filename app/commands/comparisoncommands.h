// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The side-by-side sets a project keeps (Storage::ComparisonSet) as undo commands (see ProjectCommand).

#include "projectcommand.h"

namespace Parlance::Commands {

/// Keeps a new set of articles compared side by side, so that the same columns come back
/// (`--compare` names them). Undo forgets it; redo keeps it again under the same uuid (its
/// identity across copies of the project; nothing refers to a set by its row id).
class SaveComparisonSetCommand final : public ProjectCommand {
public:
    SaveComparisonSetCommand(Storage::Project *project, const Storage::ComparisonSet &set, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 setId() const { return m_set.id; }

private:
    Storage::ComparisonSet m_set;
};

} // namespace Parlance::Commands
