// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggestionstore.h"

#include "analysis/suggestions.h"
#include "storage/projectwriter.h"

#include <QHash>

namespace Parlance::Import {

bool wasAnalysed(const Storage::Project &project, qint64 articleId)
{
    return !project.annotations(articleId).isEmpty();
}

bool storeSuggestions(Storage::Project &project, qint64 articleId, const Analysis::AnalysisResult &result,
                      Storage::Error *error)
{
    // The actors found get their role and the names this article uses for them, unless a person
    // already set a role (a person's word wins over the analysis'). Their ids are kept, so that each
    // suggestion below does not look its speaker or holder up in the project again.
    // A job that writes outside undo (suggestions are the analysis', not a person's edit).
    Storage::ProjectWriter writer(project);
    QHash<QString, qint64> actorIds;
    for (const Analysis::FoundActor &found : result.actors) {
        const qint64 id = writer.actorIdFor(found.name, found.type, error);
        if (!id)
            return false;
        actorIds.insert(found.name, id);
        std::optional<Model::Actor> actor = project.actor(id);
        if (!actor)
            continue;
        const Model::Actor before = *actor;
        if (actor->role.isEmpty())
            actor->role = found.role;
        for (const QString &alias : found.aliases)
            actor->addAlias(alias);
        if (!(*actor == before) && !writer.updateActor(*actor, error))
            return false;
    }
    QList<Model::Annotation> suggestions =
        Analysis::toSuggestions(result, articleId, [&](const QString &name, Model::ActorType type) {
            const auto known = actorIds.constFind(name);
            return known != actorIds.cend() ? *known : writer.actorIdFor(name, type);
        });
    if (suggestions.isEmpty())
        return true;
    return writer.replaceSuggestions(articleId, suggestions, error);
}

} // namespace Parlance::Import
