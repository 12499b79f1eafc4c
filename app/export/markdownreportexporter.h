// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "exporter.h"

namespace Parlance::Export {

/// The annotated report as Markdown (CommonMark with GitHub tables), for notes and newsroom tools.
/// Annotated text is in bold (Markdown has no colours); every character that Markdown would read
/// as markup (or HTML) is backslash-escaped.
class MarkdownReportExporter final : public Exporter {
public:
    explicit MarkdownReportExporter(const ExportOptions &options = {});

    QString formatName() const override { return QStringLiteral("markdown"); }
    QString description() const override { return QStringLiteral("Markdown report"); }
    QString fileSuffix() const override { return QStringLiteral("md"); }
    bool isReport() const override { return true; }
    bool write(const ReportData &data, const QString &path, QString *error) const override;

    QString toMarkdown(const ReportData &data) const;
};

/// `text` with Markdown's markup characters escaped, for use inside a paragraph or table cell.
QString escapeMarkdown(QStringView text);

} // namespace Parlance::Export
