// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Every change a person makes to the project (annotations, actors, the codebook) is a command on
// the project's QUndoStack. Commands hold ids and before/after snapshots (never pointers into the
// project) and call the project's write primitives (through primitives(): Storage::ProjectWriter), which
// write the change to the file at once. Rows come
// back under their former ids on undo and redo, so that the commands around them stay valid.
// A command whose first redo() fails marks itself obsolete, so QUndoStack::push() drops it;
// error() says why.

#include "storage/project.h"
#include "storage/projectwriter.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace Parlance::Commands {

/// Shared by all commands: the project and the last error.
class ProjectCommand : public QUndoCommand {
public:
    const Storage::Error &error() const { return m_error; }
    /// Called whenever redo() or undo() fails (e.g. to tell the person); push() drops a command
    /// whose first redo() failed, so this is the way to hear of it.
    void setErrorHandler(std::function<void(const Storage::Error &)> handler) { m_onError = std::move(handler); }

protected:
    ProjectCommand(Storage::Project *project, const QString &text, QUndoCommand *parent);
    /// The project's write primitives (check m_project first: it may have been closed).
    Storage::ProjectWriter primitives() const { return Storage::ProjectWriter(*m_project); }
    /// Records a failure; on the first redo the command becomes obsolete.
    void fail(const Storage::Error &error);

    QPointer<Storage::Project> m_project;
    Storage::Error m_error;
    bool m_done = false; ///< redo() has succeeded at least once
    std::function<void(const Storage::Error &)> m_onError;
};

/// Pushes a command onto a stack and tells whether its first redo() succeeded (a failed command is
/// dropped by the stack). `onError` hears of every failure, then and on later undos and redos.
bool push(QUndoStack *stack, ProjectCommand *command, std::function<void(const Storage::Error &)> onError);

/// The error a command reports when its project has been closed.
Storage::Error noProject();

} // namespace Parlance::Commands
