// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "export/exporter.h"

namespace Parlance::Export {

/// Commitment threads for spreadsheets (`--format threads-csv`): one row per step, in thread and date
/// order, so that filtering by thread, holder or move and sorting by date work at once. RFC 4180,
/// UTF-8, like the annotation CSV (byte order mark and formula guard from the same options). The
/// `annotation_id` column is the `id` of the annotation CSV, for joining the two.
class CommitmentThreadCsvExporter final : public Exporter {
public:
    explicit CommitmentThreadCsvExporter(const ExportOptions &options = {});

    QString formatName() const override { return QStringLiteral("threads-csv"); }
    QString description() const override { return QStringLiteral("CSV, one row per step of each commitment thread"); }
    QString fileSuffix() const override { return QStringLiteral("csv"); }
    bool write(const ReportData &data, const QString &path, Error *error) const override;

    static QStringList columns();
    QByteArray toCsv(const ReportData &data) const;

private:
    bool m_byteOrderMark;
    bool m_formulaGuard;
};

} // namespace Parlance::Export
