// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggestionstore.h"

#include "analysis/suggestions.h"

namespace Parley::Import {

bool wasAnalysed(const Storage::Project &project, qint64 articleId)
{
    return !project.annotations(articleId).isEmpty();
}

bool storeSuggestions(Storage::Project &project, qint64 articleId, const Analysis::AnalysisResult &result,
                      Storage::Error *error)
{
    QList<Model::Annotation> suggestions =
        Analysis::toSuggestions(result, articleId, [&project](const QString &name, Model::ActorType type) {
            return project.actorIdFor(name, type);
        });
    if (suggestions.isEmpty())
        return true;
    return project.replaceSuggestions(articleId, suggestions, error);
}

} // namespace Parley::Import
