// SPDX-License-Identifier: GPL-2.0-or-later
#include "exportjob.h"

#include <QFileInfo>

namespace Parlance::Export {

bool exportProject(const Storage::Project &project, const Exporter &exporter, const ExportOptions &options,
                   const QString &path, Error *error, QStringList *warnings)
{
    ReportData data;
    if (!ReportData::fromProject(project, options, &data, error))
        return false;
    if (warnings)
        *warnings = data.warnings;
    return exporter.write(data, path, error);
}

QString pathForFormat(const QString &path, const Exporter &exporter)
{
    if (path.isEmpty())
        return path;
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    // Only a known export suffix is replaced: "report.v2" keeps its dot.
    static const QStringList known = [] {
        QStringList list;
        for (const QString &name : ExporterRegistry::formatNames())
            if (const auto e = ExporterRegistry::create(name); e && !e->fileSuffix().isEmpty())
                list.append(e->fileSuffix());
        return list;
    }();
    QString base = path;
    if (!suffix.isEmpty() && known.contains(suffix, Qt::CaseInsensitive))
        base.chop(suffix.size() + 1);
    if (exporter.writesFolder())
        return base;
    return base + u'.' + exporter.fileSuffix();
}

} // namespace Parlance::Export
