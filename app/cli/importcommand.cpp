// SPDX-License-Identifier: GPL-2.0-or-later
#include "importcommand.h"

#include "analysis/analyzer.h"
#include "import/importjob.h"
#include "printable.h"
#include "storage/project.h"

#include <QDir>

namespace Parlance::Cli {

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
        io.err << "parlance: " << printable(error.message()) << Qt::endl;
        return 1;
    }
    if (!project->openingNotice().isEmpty())
        io.err << "parlance: " << printable(QDir::toNativeSeparators(projectPath)) << ": " << printable(project->openingNotice()) << Qt::endl;
    if (project->isReadOnly()) {
        io.err << "parlance: " << printable(QDir::toNativeSeparators(projectPath)) << ": cannot import into it: " << printable(project->readOnlyReason())
               << Qt::endl;
        return 1;
    }

    // Every new article is pre-highlighted, as in the window: the analysis' findings are stored as
    // suggestions (unless --no-analysis), each article with its own in one transaction.
    std::shared_ptr<const Analysis::Analyzer> analyzer;
    if (analyse)
        analyzer = std::make_shared<const Analysis::Analyzer>();
    Import::ImportJob job(*project, analyzer, {.analyse = analyse});
    bool storageFailed = false;
    QObject::connect(&job, &Import::ImportJob::outcome, [&](const Import::ImportOutcome &o) {
        switch (o.kind) {
        case Import::ImportOutcome::Stored:
            io.out << "imported " << printable(o.source);
            if (!o.readAs.isEmpty())
                io.out << " (read as " << o.readAs << ")";
            io.out << ": " << QChar(0x201C) << printable(o.title) << QChar(0x201D) << Qt::endl;
            break;
        case Import::ImportOutcome::AlreadyInProject:
            // The same text twice is skipped, not an error: importing a folder again is harmless.
            io.err << "parlance: " << printable(o.source) << ": skipped, the same text is already in the project (article id " << o.articleId
                   << ")" << Qt::endl;
            if (o.suggestionsAdded)
                io.err << "parlance: " << printable(o.source) << ": its suggestions were missing and have been added" << Qt::endl;
            break;
        case Import::ImportOutcome::SameAsEarlier:
            io.err << "parlance: " << printable(o.source) << ": skipped, the same text as " << printable(o.earlierSource) << Qt::endl;
            break;
        case Import::ImportOutcome::Failed:
            // A failure of the project itself (a full disk) is said once; the rest is not attempted.
            if (!o.isStorageFailure() || !storageFailed)
                io.err << "parlance: " << printable(o.error.message()) << Qt::endl;
            storageFailed = storageFailed || o.isStorageFailure();
            break;
        case Import::ImportOutcome::NotDone:
            break;
        }
    });
    QList<Import::ImportSource> sources;
    for (const QString &file : args.mid(1))
        sources.append(Import::ImportSource::file(file));
    const Import::ImportReport report = job.run(sources);
    const int imported = report.count(Import::ImportOutcome::Stored);
    // Not imported: those that failed, and those not attempted after the project refused a write.
    const int failed = report.count(Import::ImportOutcome::Failed) + report.count(Import::ImportOutcome::NotDone);
    io.out << "imported " << imported << (imported == 1 ? " article" : " articles") << " into "
           << printable(QDir::toNativeSeparators(project->path()));
    if (failed > 0)
        io.out << "; " << failed << (failed == 1 ? " file was" : " files were") << " not imported";
    io.out << Qt::endl;
    return failed > 0 ? 1 : 0;
}

} // namespace Parlance::Cli
