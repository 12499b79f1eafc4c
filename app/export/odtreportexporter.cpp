// SPDX-License-Identifier: GPL-2.0-or-later
#include "odtreportexporter.h"

#include "odfwriter.h"

#include <QGuiApplication>

namespace Parlance::Export {

OdtReportExporter::OdtReportExporter(const ExportOptions &)
{
}

bool OdtReportExporter::write(const ReportData &data, const QString &path, QString *error) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QStringLiteral("%1: ODT export needs fonts, which need a QGuiApplication").arg(path);
        return false;
    }
    return OdfReportWriter::write(data, path, error);
}

} // namespace Parlance::Export
