// SPDX-License-Identifier: GPL-2.0-or-later
#include "pdfreportexporter.h"
#include "storage/diskspace.h"

#include "textdocumentreport.h"

#include <QGuiApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Parlance::Export {

PdfReportExporter::PdfReportExporter(const ExportOptions &)
{
}

bool PdfReportExporter::write(const ReportData &data, const QString &path, Error *error) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = {Error::Invalid, Error::Problem::ExportNeedsFonts, path, {QStringLiteral("PDF")}};
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Storage::DiskSpace::writeError(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(reportPageLayout());
        writer.setResolution(300);
        writer.setTitle(data.title);
        writer.setCreator(QStringLiteral("Parlance %1").arg(QStringLiteral(PARLANCE_VERSION)));
        const std::unique_ptr<QTextDocument> document = reportDocument(data);
        // Laid out for the page itself (QTextDocument::print() would add 2 cm margins of its own).
        printReport(*document, writer);
    }
    if (!file.commit()) {
        if (error)
            *error = Storage::DiskSpace::writeError(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Parlance::Export
