// SPDX-License-Identifier: GPL-2.0-or-later
#include "odtreportexporter.h"

#include "exportutil.h"
#include "textdocumentreport.h"

#include <QGuiApplication>
#include <QBuffer>
#include <QTextDocument>
#include <QTextDocumentWriter>

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
    // Written to memory first: the ODF writer closes its device, which QSaveFile does not allow.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const std::unique_ptr<QTextDocument> document = reportDocument(data);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(document.get())) {
        if (error)
            *error = QStringLiteral("%1: cannot write the document").arg(path);
        return false;
    }
    return writeFile(path, buffer.data(), error);
}

} // namespace Parlance::Export
