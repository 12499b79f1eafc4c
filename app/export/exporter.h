// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportdata.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Parlance::Export {

/// One export format. Exporters are stateless apart from their options: write() may be called
/// many times, and a failure leaves no partial file behind (files are written through QSaveFile).
class Exporter {
public:
    virtual ~Exporter() = default;

    /// The name used by `parlance export --format` and the registry ("html", "csv", …).
    virtual QString formatName() const = 0;
    /// A short description for people ("HTML report").
    virtual QString description() const = 0;
    /// The file name suffix without the dot ("html"); empty for a format that writes a folder.
    virtual QString fileSuffix() const = 0;
    bool writesFolder() const { return fileSuffix().isEmpty(); }
    /// A report for people to read (laid out from reportDocument()), not data for another program:
    /// its preview is the report itself.
    virtual bool isReport() const { return false; }

    /// Writes `data` to `path` (a file, or a folder for writesFolder() formats). On failure returns
    /// false and sets `error` to one line naming the file.
    virtual bool write(const ReportData &data, const QString &path, Error *error) const = 0;

protected:
    Exporter() = default;
    Q_DISABLE_COPY_MOVE(Exporter)
};

/// The exporters by format name, for the command line and the export dialog.
class ExporterRegistry final {
public:
    /// Every format name, in the order a menu shows them.
    static QStringList formatNames();
    /// A new exporter for `formatName` configured by `options`; null for an unknown name.
    static std::unique_ptr<Exporter> create(QStringView formatName, const ExportOptions &options = {});
};

} // namespace Parlance::Export
