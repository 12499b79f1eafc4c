// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Where the automatic analysis meets the project file: what the analysis found in an article is
// stored as that article's pending suggestions, so that a person confirms or corrects rather than
// starts from nothing. Used by the window and by `parlance import` alike.

#include "analysis/analysisresult.h"
#include "storage/project.h"

namespace Parlance::Import {

/// True if the article was analysed before: it has annotations of any origin (pending, accepted,
/// rejected or manual), so a new analysis must not bring back what a person already reviewed.
bool wasAnalysed(const Storage::Project &project, qint64 articleId);

/// Stores `result` as the article's pending suggestions (replacing earlier pending ones, keeping
/// confirmed and rejected ones) and creates the actors it names, with their role and the aliases the
/// article uses. False, with `error` set, on failure.
bool storeSuggestions(Storage::Project &project, qint64 articleId, const Analysis::AnalysisResult &result,
                      Storage::Error *error = nullptr);

} // namespace Parlance::Import
