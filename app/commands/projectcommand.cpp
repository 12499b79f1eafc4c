// SPDX-License-Identifier: GPL-2.0-or-later
#include "projectcommand.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <memory>

namespace Parlance::Commands {

Storage::Error noProject()
{
    return {Storage::Error::Invalid, Storage::Error::Problem::ProjectClosed, {}};
}

bool push(QUndoStack *stack, ProjectCommand *command, std::function<void(const Storage::Error &)> onError)
{
    // The flag outlives the command, which the stack deletes at once when its first redo fails.
    auto failed = std::make_shared<bool>(false);
    command->setErrorHandler([failed, onError = std::move(onError)](const Storage::Error &e) {
        *failed = true;
        if (onError)
            onError(e);
    });
    stack->push(command);
    const bool ok = !*failed;
    *failed = false;
    return ok;
}

ProjectCommand::ProjectCommand(Storage::Project *project, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_project(project)
{
}

void ProjectCommand::fail(const Storage::Error &error)
{
    m_error = error;
    if (!m_done)
        setObsolete(true);
    if (m_onError)
        m_onError(error);
}

} // namespace Parlance::Commands
