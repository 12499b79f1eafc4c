// SPDX-License-Identifier: GPL-2.0-or-later
#include "agreementreport.h"

#include "export/exportutil.h"
#include "export/htmlreportexporter.h"
#include "export/markdownreportexporter.h"
#include "storage/diskspace.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace Parlance::Agreement {

using Export::escapeHtml;
using Export::escapeMarkdown;
using Model::AnnotationKind;

namespace {

QJsonValue jsonNumber(double x)
{
    return std::isnan(x) ? QJsonValue() : QJsonValue(x);
}

QJsonValue jsonCoefficient(const Coefficient &c)
{
    if (c.units == 0 && !c.isDefined())
        return QJsonValue();
    return QJsonObject{{QStringLiteral("value"), jsonNumber(c.value)},
                       {QStringLiteral("observed"), jsonNumber(c.observed)},
                       {QStringLiteral("expected"), jsonNumber(c.expected)},
                       {QStringLiteral("units"), c.units}};
}

// Krippendorff (2004: 241): rely on α ≥ .800, draw tentative conclusions from .667 on.
QString verdictClass(const Coefficient &c)
{
    if (!c.isDefined())
        return QStringLiteral("num none");
    if (c.value >= 0.8)
        return QStringLiteral("num good");
    if (c.value >= 0.667)
        return QStringLiteral("num tentative");
    return QStringLiteral("num low");
}

QString csvCell(const QString &text)
{
    QString cell = text;
    // A text cell a spreadsheet would run as a formula gets a leading quote (numbers are written bare).
    if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.front()))
        cell.prepend(u'\'');
    if (cell.contains(u'"') || cell.contains(u',') || cell.contains(u'\n') || cell.contains(u'\r'))
        cell = u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return cell;
}

QString csvNumber(double x)
{
    return std::isnan(x) ? QString() : QString::number(x, 'g', 10);
}

QString styleSheet()
{
    QFile file(QStringLiteral(":/parlance/reports/agreement.css"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString matchText(const MatchOptions &match)
{
    return match.mode == MatchOptions::Mode::Exact
        ? QStringLiteral("spans match when their bounds are the same")
        : QStringLiteral("spans match when they share at least %1% of their united length").arg(qRound(match.threshold * 100));
}

QList<const AgreementRow *> rowsOf(const AgreementResult &result, AnnotationKind kind)
{
    QList<const AgreementRow *> rows;
    for (const AgreementRow &row : result.rows) {
        if (row.kind == kind)
            rows.append(&row);
    }
    return rows;
}

QList<const Disagreement *> disagreementsOf(const AgreementResult &result, AnnotationKind kind)
{
    QList<const Disagreement *> list;
    for (const Disagreement &d : result.disagreements) {
        if (d.unit.kind == kind)
            list.append(&d);
    }
    return list;
}

// The coder × coder matrix of one coefficient: rows and columns are coders.
QList<QStringList> matrix(const AgreementResult &result, AnnotationKind kind, Coefficient PairAgreement::*which)
{
    const int n = int(result.coders.size());
    QList<QStringList> cells(n, QStringList(n, QStringLiteral("\u2014")));
    for (const PairAgreement &p : result.pairs) {
        if (p.kind != kind)
            continue;
        const QString value = AgreementReport::number((p.*which).value);
        cells[p.a][p.b] = value;
        cells[p.b][p.a] = value;
    }
    return cells;
}

QString shortText(const QString &text)
{
    QString t = text.simplified();
    return t.size() > 240 ? t.left(239) + u'\u2026' : t;
}

} // namespace

AgreementReport::AgreementReport(const AgreementResult &result, const QString &title)
    : m_result(result)
    , m_title(title)
{
}

QStringList AgreementReport::formatNames()
{
    return {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("pdf"),
            QStringLiteral("odt")};
}

bool AgreementReport::needsGuiApplication(QStringView format)
{
    return format == u"pdf" || format == u"odt";
}

QString AgreementReport::number(double value)
{
    return std::isnan(value) ? QStringLiteral("\u2013") : QString::number(value, 'f', 3);
}

QString AgreementReport::kindTitle(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Quote:
        return QStringLiteral("Quotes");
    case AnnotationKind::ActorMention:
        return QStringLiteral("Actor mentions");
    case AnnotationKind::Commitment:
        return QStringLiteral("Commitments");
    case AnnotationKind::Category:
        return QStringLiteral("Categories");
    }
    return {};
}

QString AgreementReport::rowTitle(const AgreementRow &row) const
{
    if (!row.value.isEmpty())
        return row.value;
    QString title = row.facet;
    title[0] = title[0].toUpper();
    if (row.metric != Metric::Nominal)
        title += QStringLiteral(" (%1)").arg(metricName(row.metric));
    return title;
}

QByteArray AgreementReport::toJson() const
{
    const AgreementResult &r = m_result;
    QJsonArray rows;
    for (const AgreementRow &row : r.rows) {
        rows.append(QJsonObject{{QStringLiteral("kind"), Model::annotationKindName(row.kind)},
                                {QStringLiteral("facet"), row.facet},
                                {QStringLiteral("value"), row.value.isEmpty() ? QJsonValue() : QJsonValue(row.value)},
                                {QStringLiteral("metric"), metricName(row.metric)},
                                {QStringLiteral("units"), row.units},
                                {QStringLiteral("percent"), jsonCoefficient(row.percent)},
                                {QStringLiteral("kappa"), jsonCoefficient(row.kappa)},
                                {QStringLiteral("alpha"), jsonCoefficient(row.alpha)},
                                {QStringLiteral("ac1"), jsonCoefficient(row.ac1)},
                                {QStringLiteral("alpha_u"), jsonCoefficient(row.alphaU)}});
    }
    QJsonArray pairs;
    for (const PairAgreement &p : r.pairs) {
        pairs.append(QJsonObject{{QStringLiteral("kind"), Model::annotationKindName(p.kind)},
                                 {QStringLiteral("a"), r.coders.value(p.a)},
                                 {QStringLiteral("b"), r.coders.value(p.b)},
                                 {QStringLiteral("kappa"), jsonCoefficient(p.kappa)},
                                 {QStringLiteral("alpha"), jsonCoefficient(p.alpha)},
                                 {QStringLiteral("alpha_u"), jsonCoefficient(p.alphaU)}});
    }
    QJsonArray disagreements;
    for (const Disagreement &d : r.disagreements) {
        QJsonObject byCoder;
        for (qsizetype c = 0; c < r.coders.size(); ++c)
            byCoder.insert(r.coders[c], d.unit.byCoder.value(c) ? QJsonValue(d.byCoder.value(c)) : QJsonValue());
        disagreements.append(QJsonObject{{QStringLiteral("article"), d.articleNumber},
                                         {QStringLiteral("article_id"), d.articleId},
                                         {QStringLiteral("title"), d.articleTitle},
                                         {QStringLiteral("kind"), Model::annotationKindName(d.unit.kind)},
                                         {QStringLiteral("start"), d.unit.span.start},
                                         {QStringLiteral("end"), d.unit.span.end},
                                         {QStringLiteral("text"), d.text},
                                         {QStringLiteral("differences"), QJsonArray::fromStringList(d.unit.differences)},
                                         {QStringLiteral("coders"), byCoder}});
    }
    QJsonObject match{{QStringLiteral("mode"), r.options.match.mode == MatchOptions::Mode::Exact ? QStringLiteral("exact") : QStringLiteral("overlap")}};
    if (r.options.match.mode == MatchOptions::Mode::Overlap)
        match.insert(QStringLiteral("threshold"), r.options.match.threshold);
    const QJsonObject root{{QStringLiteral("title"), m_title},
                           {QStringLiteral("coders"), QJsonArray::fromStringList(r.coders)},
                           {QStringLiteral("articles"), r.articles},
                           {QStringLiteral("coded_articles"), r.codedArticles},
                           {QStringLiteral("match"), match},
                           {QStringLiteral("kappa"), r.coders.size() == 2 ? QStringLiteral("cohen") : QStringLiteral("fleiss")},
                           {QStringLiteral("rows"), rows},
                           {QStringLiteral("pairs"), pairs},
                           {QStringLiteral("disagreements"), disagreements}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray AgreementReport::toCsv() const
{
    QString out = QStringLiteral("kind,facet,value,metric,units,percent,kappa,alpha,ac1,alpha_u\r\n");
    for (const AgreementRow &row : m_result.rows) {
        const QStringList cells{csvCell(Model::annotationKindName(row.kind)), csvCell(row.facet), csvCell(row.value),
                                metricName(row.metric), QString::number(row.units), csvNumber(row.percent.value),
                                csvNumber(row.kappa.value), csvNumber(row.alpha.value), csvNumber(row.ac1.value),
                                csvNumber(row.alphaU.value)};
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QString AgreementReport::toMarkdown() const
{
    const AgreementResult &r = m_result;
    auto md = [](const QString &text) { return escapeMarkdown(text); };
    QString out = QStringLiteral("# Agreement: ") + md(m_title) + QStringLiteral("\n\n");
    out += QStringLiteral("Coders: %1. Articles: %2 (%3 worked on by every coder, the continuum of \u03b1_U). %4; \u03ba is %5.\n\n")
               .arg(md(r.coders.join(QStringLiteral(", "))))
               .arg(r.articles)
               .arg(r.codedArticles)
               .arg(matchText(r.options.match))
               .arg(r.kappaName());
    for (AnnotationKind kind : studyKinds(r.options)) {
        out += QStringLiteral("## ") + kindTitle(kind) + QStringLiteral("\n\n");
        out += QStringLiteral("| | units | agreement | %1 | \u03b1 | AC1 | \u03b1_U |\n|---|--:|--:|--:|--:|--:|--:|\n").arg(r.kappaName());
        for (const AgreementRow *row : rowsOf(r, kind)) {
            const QString title = row->value.isEmpty() ? md(rowTitle(*row)) : QStringLiteral("\u2003") + md(rowTitle(*row));
            out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                       .arg(title)
                       .arg(row->units)
                       .arg(number(row->percent.value), number(row->kappa.value), number(row->alpha.value), number(row->ac1.value),
                            number(row->alphaU.value));
        }
        if (r.coders.size() > 1) {
            out += QStringLiteral("\nCoder \u00d7 coder, Cohen's \u03ba on the %1 (\u03b1_U in brackets):\n\n| |")
                       .arg(AnnotationFacets::facets(kind).constFirst().name);
            for (const QString &c : r.coders)
                out += u' ' + md(c) + QStringLiteral(" |");
            out += QStringLiteral("\n|---|") + QStringLiteral("--:|").repeated(r.coders.size()) + u'\n';
            const QList<QStringList> kappa = matrix(r, kind, &PairAgreement::kappa);
            const QList<QStringList> where = matrix(r, kind, &PairAgreement::alphaU);
            for (qsizetype a = 0; a < r.coders.size(); ++a) {
                out += QStringLiteral("| ") + md(r.coders[a]) + QStringLiteral(" |");
                for (qsizetype b = 0; b < r.coders.size(); ++b)
                    out += a == b ? QStringLiteral(" \u2014 |") : QStringLiteral(" %1 (%2) |").arg(kappa[a][b], where[a][b]);
                out += u'\n';
            }
        }
        const QList<const Disagreement *> list = disagreementsOf(r, kind);
        out += QStringLiteral("\n### Disagreements (%1)\n\n").arg(list.size());
        if (list.isEmpty()) {
            out += QStringLiteral("None.\n\n");
            continue;
        }
        out += QStringLiteral("| article | text |");
        for (const QString &c : r.coders)
            out += u' ' + md(c) + QStringLiteral(" |");
        out += QStringLiteral(" differs in |\n|--:|---|") + QStringLiteral("---|").repeated(r.coders.size()) + QStringLiteral("---|\n");
        for (const Disagreement *d : list) {
            out += QStringLiteral("| %1 | \u201c%2\u201d |").arg(d->articleNumber).arg(md(shortText(d->text)));
            for (const QString &cell : d->byCoder)
                out += u' ' + md(cell) + QStringLiteral(" |");
            out += u' ' + md(d->unit.differences.join(QStringLiteral(", "))) + QStringLiteral(" |\n");
        }
        out += u'\n';
    }
    return out;
}

QString AgreementReport::toHtml(bool forTextDocument) const
{
    const AgreementResult &r = m_result;
    // QTextDocument reads table borders and padding from attributes, not from the style sheet.
    const QString table = forTextDocument ? QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">")
                                          : QStringLiteral("<table>");
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                 "<meta http-equiv=\"Content-Security-Policy\" content=\"")
        + Export::HtmlReportExporter::contentSecurityPolicy()
        + QStringLiteral("\">\n<meta name=\"generator\" content=\"Parlance %1\">\n<title>Agreement: %2</title>\n<style>%3</style>\n</head>\n<body>\n")
              .arg(QStringLiteral(PARLANCE_VERSION), escapeHtml(m_title), styleSheet());
    out += QStringLiteral("<h1>Agreement: %1</h1>\n").arg(escapeHtml(m_title));
    out += QStringLiteral("<p class=\"meta\">Coders: %1. Articles: %2 (%3 worked on by every coder: the continuum of \u03b1<sub>U</sub>). "
                          "%4; \u03ba is %5. Only confirmed annotations count; units fewer than two coders marked count in "
                          "\u03b1<sub>U</sub> and the disagreements, not in \u03ba, \u03b1 and AC1.</p>\n")
               .arg(escapeHtml(r.coders.join(QStringLiteral(", "))))
               .arg(r.articles)
               .arg(r.codedArticles)
               .arg(escapeHtml(matchText(r.options.match)), r.kappaName());
    out += QStringLiteral("<p class=\"legend\"><span style=\"background-color:#dff3e3\">\u00a0\u2265 0.800 reliable\u00a0</span> "
                          "<span style=\"background-color:#fff1cc\">\u00a00.667\u20130.800 tentative\u00a0</span> "
                          "<span style=\"background-color:#fbe0de\">\u00a0&lt; 0.667 low\u00a0</span> (Krippendorff 2004)</p>\n");
    auto cell = [&](const Coefficient &c) {
        return QStringLiteral("<td class=\"%1\">%2</td>").arg(verdictClass(c), number(c.value));
    };
    for (AnnotationKind kind : studyKinds(r.options)) {
        out += QStringLiteral("<h2>%1</h2>\n").arg(kindTitle(kind));
        out += table + QStringLiteral("\n<tr><th></th><th>units</th><th>agreement</th><th>%1</th><th>\u03b1</th><th>AC1</th><th>\u03b1<sub>U</sub></th></tr>\n")
                           .arg(r.kappaName());
        for (const AgreementRow *row : rowsOf(r, kind)) {
            out += QStringLiteral("<tr><td style=\"white-space:nowrap\"%1>%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td>%5%6%7%8</tr>\n")
                       .arg(row->value.isEmpty() ? QString() : QStringLiteral(" class=\"sub\""),
                            (row->value.isEmpty() ? QString() : QStringLiteral("\u2003")) + escapeHtml(rowTitle(*row)))
                       .arg(row->units)
                       .arg(number(row->percent.value), cell(row->kappa), cell(row->alpha), cell(row->ac1), cell(row->alphaU));
        }
        out += QStringLiteral("</table>\n");
        if (r.coders.size() > 1) {
            out += QStringLiteral("<h3>Coder \u00d7 coder</h3>\n<p class=\"meta\">Cohen's \u03ba on the %1, and in brackets \u03b1<sub>U</sub>.</p>\n")
                       .arg(escapeHtml(AnnotationFacets::facets(kind).constFirst().name));
            out += table + QStringLiteral("\n<tr><th></th>");
            for (const QString &c : r.coders)
                out += QStringLiteral("<th>%1</th>").arg(escapeHtml(c));
            out += QStringLiteral("</tr>\n");
            const QList<QStringList> kappa = matrix(r, kind, &PairAgreement::kappa);
            const QList<QStringList> where = matrix(r, kind, &PairAgreement::alphaU);
            for (qsizetype a = 0; a < r.coders.size(); ++a) {
                out += QStringLiteral("<tr><th>%1</th>").arg(escapeHtml(r.coders[a]));
                for (qsizetype b = 0; b < r.coders.size(); ++b) {
                    if (a == b) {
                        out += QStringLiteral("<td class=\"absent\">\u2014</td>");
                        continue;
                    }
                    const PairAgreement *p = nullptr;
                    for (const PairAgreement &q : r.pairs) {
                        if (q.kind == kind && ((q.a == a && q.b == b) || (q.a == b && q.b == a)))
                            p = &q;
                    }
                    out += QStringLiteral("<td class=\"%1\">%2 (%3)</td>").arg(p ? verdictClass(p->kappa) : QStringLiteral("num none"), kappa[a][b], where[a][b]);
                }
                out += QStringLiteral("</tr>\n");
            }
            out += QStringLiteral("</table>\n");
        }
        const QList<const Disagreement *> list = disagreementsOf(r, kind);
        out += QStringLiteral("<h3>Disagreements (%1)</h3>\n").arg(list.size());
        if (list.isEmpty()) {
            out += QStringLiteral("<p>None.</p>\n");
            continue;
        }
        if (forTextDocument) {
            // On paper a table of long texts in narrow columns reads badly: one block per unit.
            for (const Disagreement *d : list) {
                out += QStringLiteral("<p><b>%1</b> \u00b7 <i>\u201c%2\u201d</i> \u2014 differs in: %3")
                           .arg(d->articleNumber)
                           .arg(escapeHtml(shortText(d->text)), escapeHtml(d->unit.differences.join(QStringLiteral(", "))));
                for (qsizetype c = 0; c < d->byCoder.size(); ++c)
                    out += QStringLiteral("<br>\u2003%1: %2").arg(escapeHtml(r.coders.value(c)), escapeHtml(d->byCoder[c]));
                out += QStringLiteral("</p>\n");
            }
            continue;
        }
        out += QStringLiteral("<table>\n<tr><th>article</th><th>text</th>");
        for (const QString &c : r.coders)
            out += QStringLiteral("<th>%1</th>").arg(escapeHtml(c));
        out += QStringLiteral("<th>differs in</th></tr>\n");
        for (const Disagreement *d : list) {
            out += QStringLiteral("<tr><td class=\"num\" title=\"%1\">%2</td><td class=\"text\"><q>%3</q></td>")
                       .arg(escapeHtml(d->articleTitle))
                       .arg(d->articleNumber)
                       .arg(escapeHtml(shortText(d->text)));
            for (qsizetype c = 0; c < d->byCoder.size(); ++c) {
                out += d->unit.byCoder.value(c) ? QStringLiteral("<td>%1</td>").arg(escapeHtml(d->byCoder[c]))
                                                : QStringLiteral("<td class=\"absent\">\u2014</td>");
            }
            out += QStringLiteral("<td>%1</td></tr>\n").arg(escapeHtml(d->unit.differences.join(QStringLiteral(", "))));
        }
        out += QStringLiteral("</table>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    if (forTextDocument) // QTextDocument squeezes the columns of a header to its narrowest word otherwise
        out.replace(QStringLiteral("<th"), QStringLiteral("<th style=\"white-space:nowrap; border: 1px solid #d0d0d5\""));
    return out;
}

QByteArray AgreementReport::bytes(QStringView format) const
{
    if (format == u"json")
        return toJson();
    if (format == u"csv")
        return toCsv();
    if (format == u"markdown" || format == u"md")
        return toMarkdown().toUtf8();
    if (format == u"html")
        return toHtml().toUtf8();
    return {};
}

bool AgreementReport::write(QStringView format, const QString &path, Error *error) const
{
    auto fail = [&](Error what) {
        if (error)
            *error = std::move(what);
        return false;
    };
    if (!needsGuiApplication(format)) {
        if (!formatNames().contains(format.toString()) && format != u"md")
            return fail({Error::Invalid, Error::Problem::UnknownReportFormat, path});
        return Export::writeFile(path, bytes(format), error);
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail({Error::Invalid, Error::Problem::ExportNeedsFonts, path, {format.toString().toUpper()}});
    QTextDocument document;
    document.setHtml(toHtml(true));
    if (format == u"odt") {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(&document))
            return fail({Error::Io, Error::Problem::CannotWriteDocument, path});
        return Export::writeFile(path, buffer.data(), error);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Storage::DiskSpace::writeError(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("Agreement: ") + m_title);
        writer.setCreator(QStringLiteral("Parlance %1").arg(QStringLiteral(PARLANCE_VERSION)));
        document.print(&writer);
    }
    if (!file.commit())
        return fail(Storage::DiskSpace::writeError(path, file.errorString()));
    return true;
}

} // namespace Parlance::Agreement
