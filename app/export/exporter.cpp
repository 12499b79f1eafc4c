// SPDX-License-Identifier: GPL-2.0-or-later
#include "exporter.h"

#include "formats/brat/bratexporter.h"
#include "formats/csv/csvexporter.h"
#include "htmlreportexporter.h"
#include "markdownreportexporter.h"
#include "odtreportexporter.h"
#include "pdfreportexporter.h"
#include "summaryexporter.h"
#include "formats/refiqda/qdpxexporter.h"
#include "formats/csv/threadcsvexporter.h"
#include "formats/w3c/w3cannotationexporter.h"

namespace Parlance::Export {

QStringList ExporterRegistry::formatNames()
{
    return {QStringLiteral("html"), QStringLiteral("pdf"),  QStringLiteral("odt"),  QStringLiteral("markdown"),
            QStringLiteral("csv"),  QStringLiteral("w3c"),  QStringLiteral("brat"), QStringLiteral("qdpx"),
            QStringLiteral("threads-csv"), QStringLiteral("summary-csv"), QStringLiteral("summary-html")};
}

std::unique_ptr<Exporter> ExporterRegistry::create(QStringView formatName, const ExportOptions &options)
{
    if (formatName == u"html")
        return std::make_unique<HtmlReportExporter>(options);
    if (formatName == u"pdf")
        return std::make_unique<PdfReportExporter>(options);
    if (formatName == u"odt")
        return std::make_unique<OdtReportExporter>(options);
    if (formatName == u"markdown" || formatName == u"md")
        return std::make_unique<MarkdownReportExporter>(options);
    if (formatName == u"csv")
        return std::make_unique<CsvExporter>(options);
    if (formatName == u"w3c" || formatName == u"jsonld")
        return std::make_unique<W3cAnnotationExporter>(options);
    if (formatName == u"brat")
        return std::make_unique<BratExporter>(options);
    if (formatName == u"qdpx")
        return std::make_unique<QdpxExporter>(options);
    if (formatName == u"threads-csv")
        return std::make_unique<CommitmentThreadCsvExporter>(options);
    if (formatName == u"summary-csv")
        return std::make_unique<SummaryExporter>(SummaryExporter::Format::Csv, options);
    if (formatName == u"summary-html")
        return std::make_unique<SummaryExporter>(SummaryExporter::Format::Html, options);
    return nullptr;
}

} // namespace Parlance::Export
