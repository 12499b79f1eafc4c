// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "export/exporter.h"

#include <QJsonObject>

namespace Parlance::Export {

/// JSON-LD following the W3C Web Annotation Data Model: one AnnotationCollection whose page holds
/// an Annotation per annotation, targeting its article with a TextQuoteSelector (exact, prefix,
/// suffix) and a TextPositionSelector (Unicode code points, end exclusive). The speaker, type and
/// note are TextualBody bodies; Parlance's other attributes are "parlance:" properties.
class W3cAnnotationExporter final : public Exporter {
public:
    explicit W3cAnnotationExporter(const ExportOptions &options = {});

    QString formatName() const override { return QStringLiteral("w3c"); }
    QString description() const override { return QStringLiteral("W3C Web Annotation (JSON-LD)"); }
    QString fileSuffix() const override { return QStringLiteral("jsonld"); }
    bool write(const ReportData &data, const QString &path, Error *error) const override;

    QJsonObject toJson(const ReportData &data) const;
    /// The IRI an article is targeted by: its URL if it has one, else urn:parlance:article:ID.
    static QString sourceIri(const Model::Article &article);
};

} // namespace Parlance::Export
