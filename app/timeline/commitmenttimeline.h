// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// What the timeline view, the reports, the exporters and `parlance timeline` call: a project's
// commitment threads with every step described — its sentence, and its move against the step
// before with the words that changed.
//
//   const QList<Timeline::CommitmentThread> threads = Timeline::threadsOf(project);
//   for (const auto &thread : threads)
//       for (const auto &step : thread.steps)
//           … step.date, step.outlet, step.commitment.strength, step.sentence,
//             Timeline::movesName(step.change.moves), step.change.wordsAdded …
//
// Rebuild on Project::commitmentThreadsChanged() and on the annotation signals.

#include "commitmentthread.h"
#include "threadbuilder.h"

#include <functional>

namespace Parlance::Storage {
class Project;
}

namespace Parlance::Timeline {

/// The project's articles, commitments (confirmed and suggested; rejected never), stored threads
/// and actor names.
ThreadInput inputOf(const Storage::Project &project);

/// The project's threads: the stored ones and, unless `options.propose` is false, those proposed
/// over its commitments; described (see describeSteps()).
QList<CommitmentThread> threadsOf(const Storage::Project &project, const ThreadOptions &options = {});

/// Builds the threads of `input` and describes them with the article texts `textOf` gives.
QList<CommitmentThread> threadsOf(const ThreadInput &input, const ThreadOptions &options,
                                  const std::function<QString(qint64 articleId)> &textOf);

/// Sets each step's text and sentence from its article's text (`textOf` may return an empty string:
/// the step keeps its stored words) and classifies its move against the step before.
void describeSteps(QList<CommitmentThread> &threads, const std::function<QString(qint64 articleId)> &textOf);

} // namespace Parlance::Timeline
