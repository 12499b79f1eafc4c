// SPDX-License-Identifier: GPL-2.0-or-later
#include "summaryexporter.h"

#include "exportutil.h"

#include "highlight/actorcolors.h"

#include <QCoreApplication>

namespace Parlance::Export {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Parlance::Export::SummaryExporter", text);
}

} // namespace

SummaryExporter::SummaryExporter(Format format, const ExportOptions &options)
    : m_format(format)
    , m_byteOrderMark(options.csvByteOrderMark)
    , m_formulaGuard(options.csvFormulaGuard)
{
}

QString SummaryExporter::formatName() const
{
    return m_format == Format::Csv ? QStringLiteral("summary-csv") : QStringLiteral("summary-html");
}

QString SummaryExporter::description() const
{
    return m_format == Format::Csv ? QStringLiteral("CSV, who said what: speakers × articles and commitments by holder")
                                   : QStringLiteral("HTML, who said what: speakers × articles and commitments by holder");
}

QString SummaryExporter::fileSuffix() const
{
    return m_format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("html");
}

QList<SummarySection> SummaryExporter::sections(const ReportData &data)
{
    const ReportSummary summary(data);
    return {{tr("Who said what"), summary.speakersByArticle()}, {tr("Who committed to what"), summary.commitments()}};
}

QByteArray SummaryExporter::toCsv(const ReportData &data) const
{
    QByteArray out = m_byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    // The quoting and formula guard of the annotation CSV (csvexporter.cpp).
    const auto row = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            QString v = cleanText(cells[i]);
            if (m_formulaGuard && !v.isEmpty()
                && (v[0] == u'=' || v[0] == u'+' || v[0] == u'-' || v[0] == u'@' || v[0] == u'\t' || v[0] == u'\r'))
                v.prepend(u'\'');
            if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
                v.replace(u'"', QLatin1StringView("\"\""));
                v = u'"' + v + u'"';
            }
            if (i > 0)
                out += ',';
            out += v.toUtf8();
        }
        out += "\r\n";
    };
    for (const SummarySection &section : sections(data)) {
        row({section.title});
        row(section.table.header);
        for (const SummaryRow &r : section.table.rows) {
            QStringList cells;
            for (const SummaryCell &c : r.cells)
                cells.append(c.plainText());
            row(cells);
        }
        out += "\r\n";
    }
    return out;
}

QByteArray SummaryExporter::toHtml(const ReportData &data) const
{
    QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>\n"
        "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
        "th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}"
        "tr.group td{background:#eee;font-weight:bold}.muted{color:#777}.quotes{font-style:italic;white-space:pre-line}"
        ".detail{color:#666}td.count{text-align:right}\n</style></head><body>\n<h1>%1</h1>\n")
                       .arg(escapeHtml(data.title));
    for (const SummarySection &section : sections(data)) {
        html += QStringLiteral("<h2>%1</h2>\n<table>\n<tr>").arg(escapeHtml(section.title));
        for (const QString &h : section.table.header)
            html += QStringLiteral("<th>%1</th>").arg(escapeHtml(h));
        html += QStringLiteral("</tr>\n");
        for (const SummaryRow &r : section.table.rows) {
            html += r.group ? QStringLiteral("<tr class=\"group\">") : QStringLiteral("<tr>");
            for (const SummaryCell &c : r.cells) {
                QString text = escapeHtml(c.text);
                if (c.style == SummaryCell::Excerpt && c.emphasis.fitsIn(c.text.size()))
                    text = escapeHtml(QStringView(c.text).first(c.emphasis.start)) + QStringLiteral("<b>")
                         + escapeHtml(c.emphasis.textIn(c.text)) + QStringLiteral("</b>")
                         + escapeHtml(QStringView(c.text).sliced(c.emphasis.end));
                QString attributes = r.group ? QStringLiteral(" colspan=\"%1\"").arg(section.table.header.size()) : QString();
                if (c.style == SummaryCell::Actor)
                    attributes += QStringLiteral(" style=\"color:%1\"").arg(Highlight::ActorColors::color(c.actorId, false).name());
                else if (c.style == SummaryCell::Muted)
                    attributes += QStringLiteral(" class=\"muted\"");
                else if (c.style == SummaryCell::Quotes)
                    attributes += QStringLiteral(" class=\"quotes\"");
                if (!c.detail.isEmpty())
                    text += QStringLiteral(" <span class=\"detail\">(%1)</span>").arg(escapeHtml(c.detail));
                html += QStringLiteral("<td%1>%2</td>").arg(attributes, text);
            }
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

bool SummaryExporter::write(const ReportData &data, const QString &path, Error *error) const
{
    return writeFile(path, m_format == Format::Csv ? toCsv(data) : toHtml(data), error);
}

} // namespace Parlance::Export
