// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "exporter.h"
#include "reportsummary.h"

namespace Parlance::Export {

/// A summary table with the heading it is shown under.
struct SummarySection {
    QString title;
    SummaryTable table;
};

/// The review desk's "Who Said What" tables alone (`--format summary-csv` / `summary-html`): the
/// speakers × articles matrix and the commitments grouped by holder, as the window shows them
/// (Ui::SummaryView) and as the report's page one has them.
class SummaryExporter final : public Exporter {
public:
    enum class Format { Csv, Html };
    explicit SummaryExporter(Format format, const ExportOptions &options = {});

    QString formatName() const override;
    QString description() const override;
    QString fileSuffix() const override;
    bool write(const ReportData &data, const QString &path, Error *error) const override;

    /// The tables, in the order they are shown and written.
    static QList<SummarySection> sections(const ReportData &data);
    /// RFC 4180, UTF-8: per section a row with its title, the header, the rows (a group row is its
    /// one cell), then an empty line. Cells as SummaryCell::plainText().
    QByteArray toCsv(const ReportData &data) const;
    /// One self-contained HTML page: the title, then a table per section (actors in their colours).
    QByteArray toHtml(const ReportData &data) const;

private:
    Format m_format;
    bool m_byteOrderMark;
    bool m_formulaGuard;
};

} // namespace Parlance::Export
