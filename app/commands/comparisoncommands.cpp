// SPDX-License-Identifier: GPL-2.0-or-later
#include "comparisoncommands.h"

#include <QCoreApplication>

namespace Parlance::Commands {

SaveComparisonSetCommand::SaveComparisonSetCommand(Storage::Project *project, const Storage::ComparisonSet &set, QUndoCommand *parent)
    : ProjectCommand(project, QCoreApplication::translate("Parlance::Commands", "Compare side by side"), parent)
    , m_set(set)
{
    m_set.id = 0;
}

void SaveComparisonSetCommand::redo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    // A new row each time (the first redo sets the uuid, later ones keep it).
    m_set.id = 0;
    if (!primitives().saveComparisonSet(m_set, &error))
        return fail(error);
    m_done = true;
}

void SaveComparisonSetCommand::undo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    if (!primitives().removeComparisonSet(m_set.id, &error))
        fail(error);
}

} // namespace Parlance::Commands
