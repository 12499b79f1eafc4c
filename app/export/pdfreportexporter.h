// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "exporter.h"

namespace Parlance::Export {

/// The annotated report as PDF (A4, searchable text, page numbers), printed from the report's
/// QTextDocument. In the light theme (paper). Needs a QGuiApplication (fonts).
class PdfReportExporter final : public Exporter {
public:
    explicit PdfReportExporter(const ExportOptions &options = {});

    QString formatName() const override { return QStringLiteral("pdf"); }
    QString description() const override { return QStringLiteral("PDF report"); }
    QString fileSuffix() const override { return QStringLiteral("pdf"); }
    bool isReport() const override { return true; }
    bool write(const ReportData &data, const QString &path, Error *error) const override;
};

} // namespace Parlance::Export
