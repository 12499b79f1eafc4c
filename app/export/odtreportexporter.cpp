// SPDX-License-Identifier: GPL-2.0-or-later
#include "odtreportexporter.h"

#include "odfwriter.h"

#include <QGuiApplication>

namespace Parlance::Export {

OdtReportExporter::OdtReportExporter(const ExportOptions &)
{
}

bool OdtReportExporter::write(const ReportData &data, const QString &path, Error *error) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = {Error::Invalid, Error::Problem::ExportNeedsFonts, path, {QStringLiteral("ODT")}};
        return false;
    }
    return OdfReportWriter::write(data, path, error);
}

} // namespace Parlance::Export
