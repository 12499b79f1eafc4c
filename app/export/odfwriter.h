// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "reportdata.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace Parlance::Export {

/// The report as an OpenDocument text package, written by us because QTextDocumentWriter writes
/// neither headings (text:h) nor a styles.xml. Headings are text:h with outline levels in the
/// styles "Heading 1" … "Heading 3" (so the navigator and a table of contents work); every
/// paragraph, table and cell has a named style in styles.xml, fonts come from the styles (Noto
/// Sans, with fallbacks), A4 pages carry page numbers, and the charts are SVG pictures with a PNG
/// beside them for programs that want one. Packaged with `ZipPackage` (libzip); `mimetype` first and
/// stored, as ODF asks. Light theme (paper). Needs a QGuiApplication (the charts' fonts).
class OdfReportWriter final {
public:
    /// The package's parts by name ("mimetype", "content.xml", "styles.xml", "Pictures/…"), for
    /// tests and write().
    static QMap<QString, QByteArray> parts(const ReportData &data);
    /// Writes the package to `path` atomically; on failure sets `error` to "PATH: reason".
    static bool write(const ReportData &data, const QString &path, Error *error);
};

} // namespace Parlance::Export
