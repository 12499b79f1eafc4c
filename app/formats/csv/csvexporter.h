// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "export/exporter.h"

namespace Parlance::Export {

/// One row per annotation (RFC 4180: comma separated, CRLF line ends, fields quoted when they hold
/// a comma, a quote or a line break). Offsets are Unicode code points, end exclusive.
class CsvExporter final : public Exporter {
public:
    explicit CsvExporter(const ExportOptions &options = {});

    QString formatName() const override { return QStringLiteral("csv"); }
    QString description() const override { return QStringLiteral("CSV, one row per annotation"); }
    QString fileSuffix() const override { return QStringLiteral("csv"); }
    bool write(const ReportData &data, const QString &path, Error *error) const override;

    /// The column names of the header row.
    static QStringList columns();
    /// The whole file.
    QByteArray toCsv(const ReportData &data) const;

private:
    bool m_byteOrderMark;
    bool m_formulaGuard;
};

} // namespace Parlance::Export
