// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "exporter.h"

namespace Parlance::Export {

/// The annotated report as an OpenDocument text (.odt, for LibreOffice and Word), with real
/// headings and named styles (OdfReportWriter). In the light theme (paper). Needs a QGuiApplication (fonts).
class OdtReportExporter final : public Exporter {
public:
    explicit OdtReportExporter(const ExportOptions &options = {});

    QString formatName() const override { return QStringLiteral("odt"); }
    QString description() const override { return QStringLiteral("OpenDocument text report"); }
    QString fileSuffix() const override { return QStringLiteral("odt"); }
    bool isReport() const override { return true; }
    bool write(const ReportData &data, const QString &path, Error *error) const override;
};

} // namespace Parlance::Export
