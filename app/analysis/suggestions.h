// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Turns what the analysis found in an article into suggested annotations for the project.

#include "analysisresult.h"
#include "model/annotation.h"

#include <functional>

namespace Parlance::Analysis {

/// Maps a name the analysis resolved to the project's actor id (creating the actor if needed);
/// 0 when it cannot.
using ActorIdFor = std::function<qint64(const QString &name, Model::ActorType type)>;

/// One suggestion (origin Suggested) per quote, actor mention and commitment found. Spans are kept
/// as found; anchors (exact, prefix, suffix) are left to the project, which fills them from the text.
QList<Model::Annotation> toSuggestions(const AnalysisResult &result, qint64 articleId, const ActorIdFor &actorId);

} // namespace Parlance::Analysis
