// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportthreads.h"

#include "timeline/commitmenttimeline.h"

namespace Parlance::Export {

QList<Timeline::CommitmentThread> commitmentThreadsOf(const ReportData &data,
                                                      const QList<Storage::CommitmentThreadRecord> &stored)
{
    Timeline::ThreadInput input;
    int number = 0;
    for (const ReportArticle &entry : data.articles) {
        const Model::Article &a = entry.article;
        input.articles.append({a.id, ++number, a.published, a.outlet, a.displayTitle()});
        for (const Model::Annotation &annotation : entry.annotations) {
            if (annotation.kind == Model::AnnotationKind::Commitment)
                input.commitments.append(annotation);
        }
    }
    input.records = stored;
    for (const Model::Actor &actor : data.actors)
        input.actorNames.insert(actor.id, actor.canonicalName);
    Timeline::ThreadOptions options;
    // Proposed threads are suggestions: exported with the suggestions only.
    options.propose = data.includesSuggestions;
    return Timeline::threadsOf(input, options, [&](qint64 articleId) {
        const ReportArticle *entry = data.article(articleId);
        return entry ? entry->article.text : QString();
    });
}

QString threadStatusName(const Timeline::CommitmentThread &thread)
{
    return thread.isConfirmed() ? QStringLiteral("confirmed") : QStringLiteral("proposed");
}

QString threadIri(const Timeline::CommitmentThread &thread)
{
    if (thread.isStored())
        return QStringLiteral("urn:parlance:thread:%1").arg(thread.id);
    return QStringLiteral("urn:parlance:thread:proposed-%1").arg(thread.steps.isEmpty() ? 0 : thread.steps.first().commitmentId());
}

} // namespace Parlance::Export
