// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "exporter.h"

namespace Parlance::Export {

/// The annotated report as Markdown (CommonMark with GitHub tables), for notes and newsroom tools.
/// Markdown has no colours, so each kind of annotation keeps a mark of its own, as the legend
/// shows: quotes *italic*, actor mentions **bold**, commitments ++inserted++ and codebook
/// categories ==highlighted== (the last two are read by markdown-it, Pandoc and most editors, and
/// stay visible as marks elsewhere). The charts are SVG files beside the Markdown file
/// (NAME-chart-1.svg, …). Every character that Markdown would read as markup (or HTML) is
/// backslash-escaped. Needs a QGuiApplication (the charts' fonts).
class MarkdownReportExporter final : public Exporter {
public:
    explicit MarkdownReportExporter(const ExportOptions &options = {});

    QString formatName() const override { return QStringLiteral("markdown"); }
    QString description() const override { return QStringLiteral("Markdown report"); }
    QString fileSuffix() const override { return QStringLiteral("md"); }
    bool isReport() const override { return true; }
    bool write(const ReportData &data, const QString &path, Error *error) const override;

    /// The report; charts are described in words (they need files beside the report).
    QString toMarkdown(const ReportData &data) const;

    /// The marks of annotated text, in the order they nest (outermost first).
    static QStringList marks();
};

/// `text` with Markdown's markup characters escaped, for use inside a paragraph or table cell.
QString escapeMarkdown(QStringView text);

} // namespace Parlance::Export
