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

bool PdfReportExporter::write(const ReportData &data, const QString &path, QString *error) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QStringLiteral("%1: PDF export needs fonts, which need a QGuiApplication").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, Storage::DiskSpace::writeFailure(path, file.errorString()));
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(data.title);
        writer.setCreator(QStringLiteral("Parlance %1").arg(QStringLiteral(PARLANCE_VERSION)));
        const std::unique_ptr<QTextDocument> document = reportDocument(data);
        // A document without a page size is paginated by print(), which then numbers the pages.
        document->print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, Storage::DiskSpace::writeFailure(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace Parlance::Export
