// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A person's decisions on commitment threads (issue 18), each one undo step: confirm a proposed
// thread, split a thread in two, join two threads. Proposed threads are computed (Timeline::
// ThreadBuilder); these commands store the person's version (Project::changeCommitmentThreads), and
// the commitments a stored thread names are confirmed too: their pending suggestions are accepted,
// so that a new analysis of the article, which replaces pending suggestions, cannot take them away.

#include "projectcommand.h"
#include "timeline/commitmentthread.h"

namespace Parlance::Commands {

/// Replaces stored threads by others and accepts the suggestions among their commitments, as one step.
class ThreadChangeCommand : public ProjectCommand {
public:
    void redo() override;
    void undo() override;
    /// The threads as stored after redo() (ids set once the first redo succeeded).
    const QList<Storage::CommitmentThreadRecord> &storedThreads() const { return m_after; }

protected:
    /// `threads` are the threads the change starts from (stored ones are replaced, proposed ones
    /// simply become stored); `after` lists the commitments of each thread afterwards.
    ThreadChangeCommand(Storage::Project *project, const QString &text, const QList<Timeline::CommitmentThread> &threads,
                        const QList<QList<qint64>> &after, QUndoCommand *parent);

private:
    bool acceptSuggestions();
    void restoreSuggestions();

    QList<Storage::CommitmentThreadRecord> m_before;
    QList<Storage::CommitmentThreadRecord> m_after;
    QList<Model::Annotation> m_suggestions; ///< the pending suggestions this change accepts, as they were
};

/// Stores a thread as it is shown, proposed steps included.
class ConfirmThreadCommand final : public ThreadChangeCommand {
public:
    ConfirmThreadCommand(Storage::Project *project, const Timeline::CommitmentThread &thread, QUndoCommand *parent = nullptr);
};

/// Splits a thread before step `firstStepOfSecond`: the steps before it stay, the others become a thread
/// of their own. Or splits off the commitments `ids` (with the rest of their steps) into a new thread.
class SplitThreadCommand final : public ThreadChangeCommand {
public:
    SplitThreadCommand(Storage::Project *project, const Timeline::CommitmentThread &thread, int firstStepOfSecond,
                       QUndoCommand *parent = nullptr);
    SplitThreadCommand(Storage::Project *project, const Timeline::CommitmentThread &thread, const QList<qint64> &ids,
                       QUndoCommand *parent = nullptr);
};

/// Joins two threads into one (e.g. a minister's and her state's mentions of one pledge).
class JoinThreadsCommand final : public ThreadChangeCommand {
public:
    JoinThreadsCommand(Storage::Project *project, const Timeline::CommitmentThread &first,
                       const Timeline::CommitmentThread &second, QUndoCommand *parent = nullptr);
};

} // namespace Parlance::Commands
