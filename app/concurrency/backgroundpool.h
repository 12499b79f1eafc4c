// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Where long work runs while a person works in the window: analysing imported articles, counting
// over a large project. Its threads yield to the GUI thread (a lower scheduling priority), so that
// on a machine whose cores are all busy the window still answers at once.

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

class QThreadPool;

namespace Parlance::Concurrency {

/// The pool for background work (as many threads as cores). Pass it to QtConcurrent::run().
QThreadPool *backgroundPool();

/// Lowers the calling thread's priority below the GUI thread's (once per thread): for threads of
/// one's own, such as an import's writer. Tasks started with run() get this anyway.
void yieldToForeground();

/// Runs `task` on backgroundPool(), its thread yielding to the GUI thread; the result as a QFuture.
template<typename Task>
auto run(Task task)
{
    return QtConcurrent::run(backgroundPool(), [task = std::move(task)]() mutable {
        yieldToForeground();
        return task();
    });
}

} // namespace Parlance::Concurrency
