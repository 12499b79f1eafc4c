// SPDX-License-Identifier: GPL-2.0-or-later
#include "exportcommand.h"

#include "printable.h"

#include "export/exporter.h"
#include "export/exportjob.h"
#include "storage/project.h"

#include <QDir>

namespace Parlance::Cli {

namespace {

QString usage()
{
    return QStringLiteral("parlance: usage: parlance export PROJECT --format %1 -o OUT [--articles ID,...] "
                          "[--only confirmed|all] [--bom] [--dark]")
        .arg(Export::ExporterRegistry::formatNames().join(u'|'));
}

QString formatOf(const QStringList &args)
{
    for (qsizetype i = 0; i + 1 < args.size(); ++i)
        if (args[i] == u"--format" || args[i] == u"-f")
            return args[i + 1];
    return {};
}

} // namespace

bool exportNeedsGuiApplication(const QStringList &arguments)
{
    if (arguments.value(1) != u"export")
        return false;
    const QString format = formatOf(arguments.mid(2));
    // Reports lay out text and draw charts, which need fonts.
    return format == u"pdf" || format == u"odt" || format == u"html" || format == u"markdown";
}

int runExport(const QStringList &args, Output io)
{
    QString projectPath, format, output;
    Export::ExportOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if ((arg == u"--format" || arg == u"-f") && hasValue) {
            format = args[++i];
        } else if ((arg == u"-o" || arg == u"--output") && hasValue) {
            output = args[++i];
        } else if (arg == u"--articles" && hasValue) {
            const QStringList ids = args[++i].split(u',', Qt::SkipEmptyParts);
            for (const QString &id : ids) {
                bool ok = false;
                const qint64 value = id.trimmed().toLongLong(&ok);
                if (!ok || value <= 0) {
                    io.err << "parlance: --articles: '" << printable(id) << "' is not an article id" << Qt::endl;
                    return 2;
                }
                options.articleIds.append(value);
            }
            if (options.articleIds.isEmpty()) {
                io.err << usage() << Qt::endl;
                return 2;
            }
        } else if (arg == u"--only" && hasValue) {
            const QString only = args[++i];
            if (only != u"confirmed" && only != u"all") {
                io.err << "parlance: --only takes 'confirmed' or 'all', not '" << printable(only) << "'" << Qt::endl;
                return 2;
            }
            options.includeSuggestions = only == u"all";
        } else if (arg == u"--bom") {
            options.csvByteOrderMark = true;
        } else if (arg == u"--dark") {
            options.darkTheme = true;
        } else if (!arg.startsWith(u'-') && projectPath.isEmpty()) {
            projectPath = arg;
        } else {
            io.err << "parlance: export: unexpected '" << printable(arg) << "'" << Qt::endl << usage() << Qt::endl;
            return 2;
        }
    }
    if (projectPath.isEmpty() || format.isEmpty() || output.isEmpty()) {
        io.err << usage() << Qt::endl;
        return 2;
    }
    const std::unique_ptr<Export::Exporter> exporter = Export::ExporterRegistry::create(format, options);
    if (!exporter) {
        io.err << "parlance: unknown export format '" << printable(format) << "' (one of "
               << Export::ExporterRegistry::formatNames().join(QStringLiteral(", ")) << ")" << Qt::endl;
        return 2;
    }

    Storage::Error openError;
    const auto project = Storage::Project::open(projectPath, {.readOnly = true, .createIfMissing = false}, &openError);
    if (!project) {
        io.err << "parlance: " << printable(openError.message()) << Qt::endl;
        return 1;
    }
    Error error;
    QStringList warnings;
    const bool written = Export::exportProject(*project, *exporter, options, output, &error, &warnings);
    for (const QString &warning : std::as_const(warnings))
        io.err << "parlance: " << printable(QDir::toNativeSeparators(projectPath)) << ": " << printable(warning) << Qt::endl;
    if (!written) {
        io.err << "parlance: " << printable(error.message()) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace Parlance::Cli
