// SPDX-License-Identifier: GPL-2.0-or-later
#include "importcommand.h"

#include "analysis/analyzer.h"
#include "import/articlefile.h"
#include "import/suggestionstore.h"
#include "storage/project.h"

#include <QDir>
#include <QHash>

namespace Parlance::Cli {

namespace {
// Articles are committed in batches: one transaction per batch keeps a large import fast, and
// bounds how much text is held in memory at once (by count and by size).
constexpr int batchSize = 100;
constexpr qsizetype batchChars = 16 * 1024 * 1024;
} // namespace

int runImport(const QStringList &arguments, Output io)
{
    QStringList args = arguments;
    const bool analyse = args.removeAll(QStringLiteral("--no-analysis")) == 0;
    if (args.size() < 2 || args.first().startsWith(QLatin1Char('-'))) {
        io.err << "parlance: usage: parlance import PROJECT FILE... [--no-analysis]" << Qt::endl;
        return 2;
    }
    const QString projectPath = args.first();
    Storage::Error error;
    auto project = Storage::Project::open(projectPath, {.readOnly = false, .createIfMissing = true}, &error);
    if (!project) {
        io.err << "parlance: " << error.message << Qt::endl;
        return 1;
    }
    if (!project->openingNotice().isEmpty())
        io.err << "parlance: " << QDir::toNativeSeparators(projectPath) << ": " << project->openingNotice() << Qt::endl;
    if (project->isReadOnly()) {
        io.err << "parlance: " << QDir::toNativeSeparators(projectPath) << ": cannot import into it: " << project->readOnlyReason()
               << Qt::endl;
        return 1;
    }

    int failed = 0;
    int imported = 0;
    QList<Model::Article> batch;
    QStringList batchFiles;
    qsizetype pendingChars = 0;
    QHash<QByteArray, QString> seenInThisRun;
    // Every new article is pre-highlighted: the analysis' findings are stored as suggestions
    // (unless --no-analysis), as the window does for articles added there.
    std::optional<Analysis::Analyzer> analyzer;
    if (analyse)
        analyzer.emplace();

    bool storageFailed = false;
    // Each batch of articles is stored with its suggestions in one transaction: a crash or a full
    // disk leaves the whole batch out (and importing again brings it), never an article without
    // its suggestions. The analysis runs first, outside the transaction.
    auto flush = [&]() {
        if (batch.isEmpty())
            return true;
        QList<Analysis::AnalysisResult> results;
        if (analyzer) {
            for (const Model::Article &article : std::as_const(batch))
                results.append(analyzer->analyze(article.text));
        }
        const bool stored = project->writeAtomically(
            [&](Storage::Error *e) {
                if (!project->addArticles(batch, e))
                    return false;
                for (qsizetype i = 0; i < results.size(); ++i) {
                    if (!Import::storeSuggestions(*project, batch.at(i).id, results.at(i), e))
                        return false;
                }
                return true;
            },
            &error);
        if (!stored) {
            io.err << "parlance: " << error.message << Qt::endl;
            failed += int(batch.size());
            storageFailed = true;
        } else {
            for (qsizetype i = 0; i < batch.size(); ++i)
                io.out << "imported " << QDir::toNativeSeparators(batchFiles.at(i)) << ": " << QChar(0x201C) << batch.at(i).displayTitle()
                       << QChar(0x201D) << Qt::endl;
            imported += int(batch.size());
        }
        batch.clear();
        batchFiles.clear();
        pendingChars = 0;
        return stored;
    };

    const QStringList files = args.mid(1);
    for (const QString &file : files) {
        if (storageFailed) { // the project cannot take more (e.g. the disk is full): said once above
            ++failed;
            continue;
        }
        QString message;
        std::optional<Model::Article> article = Import::ArticleFile::read(file, &message);
        if (!article) {
            io.err << "parlance: " << message << Qt::endl;
            ++failed;
            continue;
        }
        // The same text twice is skipped, not an error: importing a folder again is harmless.
        if (const qint64 existing = project->articleIdForHash(article->contentHash)) {
            io.err << "parlance: " << QDir::toNativeSeparators(file) << ": skipped, the same text is already in the project (article id "
                   << existing << ")" << Qt::endl;
            // An article stored without its analysis (by an older Parlance interrupted mid-import) gets it now.
            if (analyzer && !Import::wasAnalysed(*project, existing)) {
                const Analysis::AnalysisResult result = analyzer->analyze(article->text);
                if (project->writeAtomically([&](Storage::Error *e) { return Import::storeSuggestions(*project, existing, result, e); }, &error))
                    io.err << "parlance: " << QDir::toNativeSeparators(file) << ": its suggestions were missing and have been added" << Qt::endl;
                else {
                    io.err << "parlance: " << error.message << Qt::endl;
                    ++failed;
                }
            }
            continue;
        }
        if (seenInThisRun.contains(article->contentHash)) {
            io.err << "parlance: " << QDir::toNativeSeparators(file) << ": skipped, the same text as "
                   << QDir::toNativeSeparators(seenInThisRun.value(article->contentHash)) << Qt::endl;
            continue;
        }
        seenInThisRun.insert(article->contentHash, file);
        pendingChars += article->text.size();
        batch.append(*article);
        batchFiles.append(file);
        if (batch.size() >= batchSize || pendingChars >= batchChars)
            flush();
    }
    flush();
    io.out << "imported " << imported << (imported == 1 ? " article" : " articles") << " into "
           << QDir::toNativeSeparators(project->path());
    if (failed > 0)
        io.out << "; " << failed << (failed == 1 ? " file was" : " files were") << " not imported";
    io.out << Qt::endl;
    return failed > 0 ? 1 : 0;
}

} // namespace Parlance::Cli
