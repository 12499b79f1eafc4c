// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "export/exporter.h"

namespace Parlance::Export {

/// REFI-QDA project exchange (.qdpx), read by QualCoder, MAXQDA, ATLAS.ti and NVivo: a ZIP with
/// project.qde (XML in the urn:QDA-XML:project:1.0 namespace) and sources/GUID.txt per article.
///
/// The codebook has a code per annotation kind (quote kinds and commitment types as sub-codes),
/// one per actor (under "Actors") and one per codebook category. Each annotation is a
/// PlainTextSelection of its article (positions in Unicode code points, end exclusive) coded with
/// its kind/type code and its speaker's or holder's code; its note is the selection's
/// description. GUIDs are derived from Parlance's ids (UUID v5; sources and selections within the
/// project's name), so exporting twice gives the same identities.
class QdpxExporter final : public Exporter {
public:
    explicit QdpxExporter(const ExportOptions &options = {});

    QString formatName() const override { return QStringLiteral("qdpx"); }
    QString description() const override { return QStringLiteral("REFI-QDA project (.qdpx)"); }
    QString fileSuffix() const override { return QStringLiteral("qdpx"); }
    bool write(const ReportData &data, const QString &path, Error *error) const override;

    /// The project.qde document.
    QByteArray projectXml(const ReportData &data) const;
    /// The whole archive (`ZipPackage`: libzip, deflated, ZIP64 when needed); empty, with `error`, if it cannot be made.
    QByteArray archive(const ReportData &data, Error *error = nullptr) const;

    /// The GUID the export gives to a thing ("code:quote", "actor:3", "project:NAME/article:12", …).
    static QString guid(const QString &key);
};

} // namespace Parlance::Export
