// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "exporter.h"

namespace Parlance::Export {

/// The annotated report as one self-contained HTML file: inline CSS only, no scripts, no external
/// resources, a Content-Security-Policy that forbids everything but inline styles, and every piece
/// of article or user text escaped (control characters replaced visibly, see cleanText()).
class HtmlReportExporter final : public Exporter {
public:
    explicit HtmlReportExporter(const ExportOptions &options = {});

    QString formatName() const override { return QStringLiteral("html"); }
    QString description() const override { return QStringLiteral("HTML report"); }
    QString fileSuffix() const override { return QStringLiteral("html"); }
    bool isReport() const override { return true; }
    bool write(const ReportData &data, const QString &path, Error *error) const override;

    /// The whole document.
    QString toHtml(const ReportData &data) const;

    /// The Content-Security-Policy the report carries.
    static QString contentSecurityPolicy();

private:
    bool m_dark;
};

} // namespace Parlance::Export
