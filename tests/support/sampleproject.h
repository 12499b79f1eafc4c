// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The bundled sample as the window makes it on first start: every sample article imported and
// analysed, its findings stored as suggestions. For the commitment-thread tests.

#include "analysis/analyzer.h"
#include "import/samples.h"
#include "import/suggestionstore.h"
#include "storage/project.h"
#include "storage/projectwriter.h"

#include <QTemporaryDir>

namespace Parlance::Test {

struct SampleProject {
    QTemporaryDir dir;
    std::unique_ptr<Storage::Project> project;
    QHash<QString, qint64> articleByFile; ///< "03-monitors-pledge-wire.md" → article id

    bool make()
    {
        Storage::Error error;
        Storage::OpenOptions options;
        options.createIfMissing = true;
        project = Storage::Project::open(dir.filePath(QStringLiteral("sample.parlance")), options, &error);
        if (!project)
            return false;
        QList<Model::Article> articles = Import::bundledSamples();
        if (!Storage::ProjectWriter(*project).addArticles(articles, &error))
            return false;
        const Analysis::Analyzer analyzer;
        for (const Model::Article &a : std::as_const(articles)) {
            if (!Import::storeSuggestions(*project, a.id, analyzer.analyze(a.text), &error))
                return false;
            articleByFile.insert(a.url.section(QLatin1Char('/'), -1), a.id);
        }
        return true;
    }

    /// The commitment of an article whose text contains `words` (0 if none, or if several do).
    qint64 commitment(const QString &file, const QString &words) const
    {
        qint64 found = 0;
        for (const Model::Annotation &a : project->annotations(articleByFile.value(file))) {
            if (a.kind != Model::AnnotationKind::Commitment || !a.exact.contains(words))
                continue;
            if (found)
                return 0;
            found = a.id;
        }
        return found;
    }
};

} // namespace Parlance::Test
