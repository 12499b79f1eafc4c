// SPDX-License-Identifier: GPL-2.0-or-later
// ReportData::fromProject lives apart from the value type so that code using ReportData without a
// project (tests, the benchmark) does not pull the storage layer in.
#include "reportdata.h"
#include "reportthreads.h"

#include "storage/project.h"


#include <algorithm>

namespace Parlance::Export {

bool ReportData::fromProject(const Storage::Project &project, const ExportOptions &options, ReportData *data,
                             Error *error)
{
    ReportData result;
    result.generated = QDateTime::currentDateTimeUtc();
    result.exportedBy = project.currentCoder();
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"})
        if (result.exportedBy.isEmpty())
            result.exportedBy = qEnvironmentVariable(variable);
    result.includesSuggestions = options.includeSuggestions;

    QList<qint64> ids = options.articleIds;
    if (ids.isEmpty()) {
        const QList<Storage::ArticleSummary> summaries = project.articles();
        for (const Storage::ArticleSummary &s : summaries)
            ids.append(s.id);
    }
    for (const qint64 id : std::as_const(ids)) {
        std::optional<Model::Article> article = project.article(id);
        if (!article) {
            if (error)
                *error = {Error::Invalid, Error::Problem::NoArticleWithId, project.path(), {QString::number(id)}};
            return false;
        }
        ReportArticle entry{std::move(*article), {}};
        const QList<Model::Annotation> annotations = project.annotations(id);
        for (const Model::Annotation &a : annotations) {
            if (takes(a.origin, options))
                entry.annotations.append(a);
        }
        std::stable_sort(entry.annotations.begin(), entry.annotations.end(),
                         [](const Model::Annotation &a, const Model::Annotation &b) { return a.span < b.span; });
        result.articles.append(std::move(entry));
    }

    result.dropSpansOutsideTexts();
    result.title = options.title.simplified();
    if (result.title.isEmpty())
        result.title = project.setting(QString::fromLatin1(TitleSetting)).toString().simplified();
    if (result.title.isEmpty())
        result.title = describedTitle(result.articles);
    result.actors = project.actors();
    result.categories = project.categories();
    const QList<Storage::ComparisonSet> sets = project.comparisonSets();
    for (const Storage::ComparisonSet &set : sets) {
        // Only the sets whose articles are all part of this export.
        const bool complete = std::all_of(set.articleIds.cbegin(), set.articleIds.cend(),
                                          [&](qint64 id) { return ids.contains(id); });
        if (complete)
            result.comparisons.append({set.name, set.articleIds});
    }
    result.linkQuotes();
    result.commitmentThreads = commitmentThreadsOf(result, project.commitmentThreads());
    *data = std::move(result);
    return true;
}

} // namespace Parlance::Export
