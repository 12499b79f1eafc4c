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
    // The actors found get their role and the names this article uses for them, unless a person
    // already set a role (a person's word wins over the analysis').
    for (const Analysis::FoundActor &found : result.actors) {
        const qint64 id = project.actorIdFor(found.name, found.type, error);
        if (!id)
            return false;
        std::optional<Model::Actor> actor = project.actor(id);
        if (!actor)
            continue;
        const Model::Actor before = *actor;
        if (actor->role.isEmpty())
            actor->role = found.role;
        for (const QString &alias : found.aliases)
            actor->addAlias(alias);
        if (!(*actor == before) && !project.updateActor(*actor, error))
            return false;
    }
    QList<Model::Annotation> suggestions =
        Analysis::toSuggestions(result, articleId, [&project](const QString &name, Model::ActorType type) {
            return project.actorIdFor(name, type);
        });
    if (suggestions.isEmpty())
        return true;
    return project.replaceSuggestions(articleId, suggestions, error);
}

} // namespace Parley::Import
