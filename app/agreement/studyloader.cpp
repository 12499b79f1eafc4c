// SPDX-License-Identifier: GPL-2.0-or-later
#include "studyloader.h"

#include "storage/project.h"

namespace Parlance::Agreement {

StudyData loadStudy(const Storage::Project &project)
{
    StudyData data;
    const QList<Storage::ArticleSummary> summaries = project.articles();
    for (const Storage::ArticleSummary &summary : summaries) {
        const std::optional<Model::Article> article = project.article(summary.id);
        if (!article)
            continue;
        data.articles.append({summary.id, summary.number, summary.title, article->text, project.annotations(summary.id)});
    }
    const QList<Model::Actor> actors = project.actors();
    for (const Model::Actor &actor : actors)
        data.actorNames.insert(actor.id, actor.canonicalName);
    const QList<Model::CodebookCategory> categories = project.categories();
    for (const Model::CodebookCategory &category : categories)
        data.categoryNames.insert(category.id, category.name);
    return data;
}

} // namespace Parlance::Agreement
