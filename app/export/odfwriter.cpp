// SPDX-License-Identifier: GPL-2.0-or-later
#include "odfwriter.h"

#include "exportutil.h"
#include "reportcomposer.h"
#include "reportsyntax.h"
#include "tablelayout.h"
#include "zippackage.h"

#include "highlight/reporthighlighter.h"


#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Parlance::Export {

namespace {

const char mimeType[] = "application/vnd.oasis.opendocument.text";
constexpr double TextWidthPoints = 180.0 / 25.4 * 72.0; ///< A4 less 15 mm margins, as in odt-styles.xml
constexpr double TableFontSize = 8.0;                    ///< Table Contents
constexpr double CellPadding = 3.0;                      ///< Report cell's padding and border

const char namespaces[] =
    R"( xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0")"
    R"( xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0")"
    R"( xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0")"
    R"( xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0")"
    R"( xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")"
    R"( xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0")"
    R"( xmlns:xlink="http://www.w3.org/1999/xlink")"
    R"( xmlns:dc="http://purl.org/dc/elements/1.1/")"
    R"( xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0")"
    R"( xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")"
    R"( office:version="1.3")";

/// ODF has no transparency for text backgrounds: a translucent tint is mixed with white paper.
QString opaqueColor(QColor c)
{
    if (c.alpha() < 255) {
        const double a = c.alphaF();
        c = QColor::fromRgbF(float(c.redF() * a + (1 - a)), float(c.greenF() * a + (1 - a)), float(c.blueF() * a + (1 - a)));
    }
    return c.name(QColor::HexRgb);
}

QString points(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("pt");
}

/// The text properties of a character format, as ODF attributes (name, value), in a fixed order.
QList<std::pair<QString, QString>> textProperties(const QTextCharFormat &f)
{
    QList<std::pair<QString, QString>> p;
    if (f.hasProperty(QTextFormat::ForegroundBrush) && f.foreground().style() != Qt::NoBrush)
        p.append({QStringLiteral("fo:color"), opaqueColor(f.foreground().color())});
    if (f.hasProperty(QTextFormat::BackgroundBrush) && f.background().style() != Qt::NoBrush)
        p.append({QStringLiteral("fo:background-color"), opaqueColor(f.background().color())});
    if (f.hasProperty(QTextFormat::FontWeight) && f.fontWeight() >= QFont::DemiBold)
        for (const char *name : {"fo:font-weight", "style:font-weight-asian", "style:font-weight-complex"})
            p.append({QLatin1StringView(name), QStringLiteral("bold")});
    if (f.fontItalic())
        for (const char *name : {"fo:font-style", "style:font-style-asian", "style:font-style-complex"})
            p.append({QLatin1StringView(name), QStringLiteral("italic")});
    if (f.intProperty(QTextFormat::FontSizeAdjustment) < 0)
        p.append({QStringLiteral("fo:font-size"), QStringLiteral("85%")});
    const QTextCharFormat::UnderlineStyle underline = f.underlineStyle();
    if (underline != QTextCharFormat::NoUnderline) {
        const char *style = underline == QTextCharFormat::DotLine      ? "dotted"
                          : underline == QTextCharFormat::DashUnderline ? "dash"
                          : underline == QTextCharFormat::WaveUnderline ? "wave"
                                                                        : "solid";
        p.append({QStringLiteral("style:text-underline-style"), QLatin1StringView(style)});
        p.append({QStringLiteral("style:text-underline-width"), QStringLiteral("auto")});
        p.append({QStringLiteral("style:text-underline-color"),
                  f.underlineColor().isValid() ? opaqueColor(f.underlineColor()) : QStringLiteral("font-color")});
    }
    if (f.fontOverline()) {
        p.append({QStringLiteral("style:text-overline-style"), QStringLiteral("solid")});
        p.append({QStringLiteral("style:text-overline-width"), QStringLiteral("auto")});
        p.append({QStringLiteral("style:text-overline-color"), QStringLiteral("font-color")});
    }
    if (f.fontStrikeOut())
        p.append({QStringLiteral("style:text-line-through-style"), QStringLiteral("solid")});
    return p;
}

/// Writes the report's body (content.xml's office:text) and gathers the automatic styles it uses.
class OdfSink final : public ReportSink {
public:
    OdfSink()
        : m_xml(&m_body)
    {
    }

    void begin(const QString &, const QColor &, const QColor &) override {}

    void heading(int level, const QString &text, const QString &anchor) override
    {
        m_xml.writeStartElement(QStringLiteral("text:h"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), paragraphStyle(QStringLiteral("Heading_20_%1").arg(level)));
        m_xml.writeAttribute(QStringLiteral("text:outline-level"), QString::number(level));
        m_afterSpace = true;
        if (!anchor.isEmpty()) {
            m_xml.writeEmptyElement(QStringLiteral("text:bookmark"));
            m_xml.writeAttribute(QStringLiteral("text:name"), anchor);
        }
        writeText(text);
        m_xml.writeEndElement();
    }

    void paragraph(const RichText &text, bool muted) override
    {
        startParagraph(muted ? QStringLiteral("Report_20_note") : QStringLiteral("Text_20_body"));
        writeRuns(text);
        m_xml.writeEndElement();
    }

    void fields(const QList<std::pair<QString, RichText>> &fields) override
    {
        startParagraph(QStringLiteral("Report_20_note"));
        bool first = true;
        for (const auto &[label, value] : fields) {
            if (!first)
                writeText(QStringLiteral("  ·  "));
            m_xml.writeStartElement(QStringLiteral("text:span"));
            m_xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Strong_20_Emphasis"));
            writeText(label + QStringLiteral(": "));
            m_xml.writeEndElement();
            writeRuns(value);
            first = false;
        }
        m_xml.writeEndElement();
    }

    void articleText(const RichText &runs) override
    {
        // One paragraph per line; blank lines only separate paragraphs, which the style's margin does.
        QList<RichText> lines{RichText()};
        for (const ReportRun &run : runs) {
            const QStringList pieces = run.text.split(u'\n');
            for (qsizetype i = 0; i < pieces.size(); ++i) {
                if (i)
                    lines.append(RichText());
                if (!pieces[i].isEmpty())
                    lines.last().append({pieces[i], run.format, run.annotated, run.markTypes});
            }
        }
        for (const RichText &line : std::as_const(lines)) {
            QString plain;
            for (const ReportRun &r : line)
                plain += r.text;
            if (plain.trimmed().isEmpty())
                continue;
            startParagraph(plain.isRightToLeft() ? rightToLeftStyle() : QStringLiteral("Article_20_text"));
            writeRuns(line);
            m_xml.writeEndElement();
        }
    }

    void beginTable(const QStringList &header) override
    {
        m_header = header;
        m_rows.clear();
    }

    void tableRow(const QList<RichText> &cells) override { m_rows.append({cells, false}); }

    void tableGroupRow(const RichText &text) override { m_rows.append({{text}, true}); }

    void endTable() override
    {
        writeTable();
        m_rows.clear();
    }

    void charts(const QList<BarChart> &charts) override
    {
        startParagraph(QStringLiteral("Report_20_charts"));
        for (const BarChart &chart : charts) {
            const int n = int(m_pictures.size() / 2) + 1;
            const QString svg = QStringLiteral("Pictures/chart-%1.svg").arg(n);
            const QString png = QStringLiteral("Pictures/chart-%1.png").arg(n);
            m_pictures.insert(svg, chart.toSvg());
            m_pictures.insert(png, chart.toPng(200));
            const QSizeF size = chart.size();
            m_xml.writeStartElement(QStringLiteral("draw:frame"));
            m_xml.writeAttribute(QStringLiteral("draw:style-name"), QStringLiteral("Report_20_chart"));
            m_xml.writeAttribute(QStringLiteral("draw:name"), QStringLiteral("Chart %1").arg(n));
            m_xml.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
            m_xml.writeAttribute(QStringLiteral("svg:width"), points(size.width()));
            m_xml.writeAttribute(QStringLiteral("svg:height"), points(size.height()));
            m_xml.writeAttribute(QStringLiteral("draw:z-index"), QString::number(n - 1));
            // The SVG, and the PNG for programs that take the first picture they can read.
            for (const QString &href : {svg, png}) {
                m_xml.writeEmptyElement(QStringLiteral("draw:image"));
                m_xml.writeAttribute(QStringLiteral("xlink:href"), href);
                m_xml.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
                m_xml.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
                m_xml.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
            }
            m_xml.writeTextElement(QStringLiteral("svg:title"), cleanText(chart.title));
            m_xml.writeTextElement(QStringLiteral("svg:desc"), cleanText(chart.description()));
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void separator() override { m_breakBeforeNext = true; }

    void end() override {}

    /// content.xml: the automatic styles, then the body.
    QByteArray content() const
    {
        QByteArray tables;
        QFile tableStyles(QStringLiteral(":/parlance/reports/odt-table-styles.xml"));
        if (tableStyles.open(QIODevice::ReadOnly))
            tables = tableStyles.readAll();
        QByteArray styles;
        QXmlStreamWriter xml(&styles);
        for (const auto &[name, properties] : m_textStyles) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), name);
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("text"));
            xml.writeEmptyElement(QStringLiteral("style:text-properties"));
            for (const auto &[attribute, value] : properties)
                xml.writeAttribute(attribute, value);
            xml.writeEndElement();
        }
        for (const auto &[name, parent] : m_breakStyles) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), name);
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
            xml.writeAttribute(QStringLiteral("style:parent-style-name"), parent);
            xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
            if (parent == QStringLiteral("Article_20_text") && name.startsWith(u"Rtl"))
                xml.writeAttribute(QStringLiteral("style:writing-mode"), QStringLiteral("rl-tb"));
            else
                xml.writeAttribute(QStringLiteral("fo:break-before"), QStringLiteral("page"));
            xml.writeEndElement();
        }
        for (const auto &[name, width] : m_columnStyles) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), name);
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-column"));
            xml.writeEmptyElement(QStringLiteral("style:table-column-properties"));
            xml.writeAttribute(QStringLiteral("style:column-width"), points(width));
            xml.writeAttribute(QStringLiteral("style:rel-column-width"), QStringLiteral("%1*").arg(qRound(width * 100)));
            xml.writeEndElement();
        }
        return QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>)" "\n<office:document-content") + namespaces + '>'
             + "<office:automatic-styles>" + tables + styles + "</office:automatic-styles>"
             + "<office:body><office:text>" + m_body + "</office:text></office:body></office:document-content>\n";
    }

    const QMap<QString, QByteArray> &pictures() const { return m_pictures; }

private:
    struct Row {
        QList<RichText> cells;
        bool group = false;
    };

    /// The style for the next paragraph: `name`, or a variant of it that starts a new page.
    QString paragraphStyle(const QString &name)
    {
        if (!m_breakBeforeNext)
            return name;
        m_breakBeforeNext = false;
        const QString variant = QStringLiteral("Break_%1").arg(name);
        if (std::none_of(m_breakStyles.cbegin(), m_breakStyles.cend(), [&](const auto &s) { return s.first == variant; }))
            m_breakStyles.append({variant, name});
        return variant;
    }

    QString rightToLeftStyle()
    {
        const QString name = QStringLiteral("Rtl_Article_20_text");
        if (std::none_of(m_breakStyles.cbegin(), m_breakStyles.cend(), [&](const auto &s) { return s.first == name; }))
            m_breakStyles.append({name, QStringLiteral("Article_20_text")});
        return name;
    }

    void startParagraph(const QString &style)
    {
        m_xml.writeStartElement(QStringLiteral("text:p"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), paragraphStyle(style));
        m_afterSpace = true;
    }

    QString textStyle(const QTextCharFormat &format)
    {
        const QList<std::pair<QString, QString>> properties = textProperties(format);
        if (properties.isEmpty())
            return {};
        QString key;
        for (const auto &[attribute, value] : properties)
            key += attribute + u'=' + value + u';';
        auto it = m_textStyleNames.constFind(key);
        if (it == m_textStyleNames.cend()) {
            const QString name = QStringLiteral("T%1").arg(m_textStyles.size() + 1);
            m_textStyles.append({name, properties});
            it = m_textStyleNames.insert(key, name);
        }
        return *it;
    }

    void writeRuns(const RichText &runs)
    {
        for (const ReportRun &run : runs) {
            if (run.text.isEmpty())
                continue;
            const QString style = textStyle(run.format);
            if (!style.isEmpty()) {
                m_xml.writeStartElement(QStringLiteral("text:span"));
                m_xml.writeAttribute(QStringLiteral("text:style-name"), style);
            }
            writeText(run.text);
            if (!style.isEmpty())
                m_xml.writeEndElement();
        }
    }

    /// Text with ODF's white space elements: runs of spaces (text:s), tabs, line breaks.
    void writeText(const QString &raw)
    {
        const QString text = cleanText(raw);
        QString pending;
        bool &afterSpace = m_afterSpace;
        const auto flush = [&] {
            if (!pending.isEmpty())
                m_xml.writeCharacters(pending);
            pending.clear();
        };
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == u'\n' || c == u'\r') {
                flush();
                m_xml.writeEmptyElement(QStringLiteral("text:line-break"));
                afterSpace = true;
            } else if (c == u'\t') {
                flush();
                m_xml.writeEmptyElement(QStringLiteral("text:tab"));
                afterSpace = false;
            } else if (c == u' ') {
                int n = 1;
                while (i + n < text.size() && text[i + n] == u' ')
                    ++n;
                i += n - 1;
                // One space is text; the others (or all, where a space would be dropped) text:s.
                if (!afterSpace) {
                    pending += u' ';
                    --n;
                }
                if (n > 0) {
                    flush();
                    m_xml.writeEmptyElement(QStringLiteral("text:s"));
                    if (n > 1)
                        m_xml.writeAttribute(QStringLiteral("text:c"), QString::number(n));
                }
                afterSpace = true;
            } else {
                pending += c;
                afterSpace = false;
            }
        }
        flush();
    }

    static QString columnName(qsizetype index)
    {
        QString name;
        for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26)
            name.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
        return name;
    }

    void writeTable()
    {
        const qsizetype columns = m_header.size();
        if (columns == 0)
            return;
        const int number = ++m_tables;
        const TableLayout layout(TextWidthPoints, TableFontSize, CellPadding);
        QList<QStringList> texts;
        for (const Row &row : std::as_const(m_rows)) {
            if (row.group)
                continue;
            QStringList cells;
            for (const RichText &cell : row.cells) {
                QString text;
                for (const ReportRun &run : cell)
                    text += run.text;
                cells.append(text);
            }
            texts.append(cells);
        }
        const QList<double> shares = layout.columnShares(m_header, texts, TableFontSize);
        if (m_breakBeforeNext) {
            // A table cannot carry a page break of its own here: an empty paragraph before it does.
            startParagraph(QStringLiteral("Text_20_body"));
            m_xml.writeEndElement();
        }
        m_xml.writeStartElement(QStringLiteral("table:table"));
        m_xml.writeAttribute(QStringLiteral("table:name"), QStringLiteral("Table%1").arg(number));
        m_xml.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("Report_20_table"));
        for (qsizetype c = 0; c < columns; ++c) {
            const QString style = QStringLiteral("Table%1.%2").arg(number).arg(columnName(c));
            m_columnStyles.append({style, shares[c] * TextWidthPoints});
            m_xml.writeEmptyElement(QStringLiteral("table:table-column"));
            m_xml.writeAttribute(QStringLiteral("table:style-name"), style);
        }
        m_xml.writeStartElement(QStringLiteral("table:table-header-rows"));
        m_xml.writeStartElement(QStringLiteral("table:table-row"));
        for (const QString &h : std::as_const(m_header))
            writeCell(QStringLiteral("Report_20_header_20_cell"), QStringLiteral("Table_20_Heading"), plainText(h));
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        for (const Row &row : std::as_const(m_rows)) {
            m_xml.writeStartElement(QStringLiteral("table:table-row"));
            if (row.group) {
                writeCell(QStringLiteral("Report_20_group_20_cell"), QStringLiteral("Table_20_Heading"), row.cells.value(0),
                          int(columns));
                for (qsizetype c = 1; c < columns; ++c)
                    m_xml.writeEmptyElement(QStringLiteral("table:covered-table-cell"));
            } else {
                for (qsizetype c = 0; c < columns; ++c)
                    writeCell(QStringLiteral("Report_20_cell"), QStringLiteral("Table_20_Contents"), row.cells.value(c));
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    void writeCell(const QString &cellStyle, const QString &paragraphStyle, const RichText &text, int span = 1)
    {
        m_xml.writeStartElement(QStringLiteral("table:table-cell"));
        m_xml.writeAttribute(QStringLiteral("table:style-name"), cellStyle);
        if (span > 1)
            m_xml.writeAttribute(QStringLiteral("table:number-columns-spanned"), QString::number(span));
        m_xml.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
        m_xml.writeStartElement(QStringLiteral("text:p"));
        m_xml.writeAttribute(QStringLiteral("text:style-name"), paragraphStyle);
        m_afterSpace = true;
        writeRuns(text);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }

    QByteArray m_body;
    QXmlStreamWriter m_xml;
    bool m_breakBeforeNext = false;
    bool m_afterSpace = true; ///< a space here would be dropped (start of a paragraph, after a space)
    int m_tables = 0;
    QStringList m_header;
    QList<Row> m_rows;
    QList<std::pair<QString, QList<std::pair<QString, QString>>>> m_textStyles; ///< name, properties
    QHash<QString, QString> m_textStyleNames;                                  ///< properties -> name
    QList<std::pair<QString, QString>> m_breakStyles;                          ///< name, parent style
    QList<std::pair<QString, double>> m_columnStyles;                          ///< name, width in points
    QMap<QString, QByteArray> m_pictures;
};

QByteArray metaXml(const ReportData &data)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("office:document-meta"));
    xml.writeAttribute(QStringLiteral("xmlns:office"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:meta"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0"));
    xml.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("office:meta"));
    xml.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Parlance/%1").arg(QStringLiteral(PARLANCE_VERSION)));
    xml.writeTextElement(QStringLiteral("dc:title"), cleanText(data.title));
    if (!data.exportedBy.isEmpty()) {
        xml.writeTextElement(QStringLiteral("meta:initial-creator"), cleanText(data.exportedBy));
        xml.writeTextElement(QStringLiteral("dc:creator"), cleanText(data.exportedBy));
    }
    if (data.generated.isValid()) {
        const QString when = data.generated.toUTC().toString(Qt::ISODate);
        xml.writeTextElement(QStringLiteral("meta:creation-date"), when);
        xml.writeTextElement(QStringLiteral("dc:date"), when);
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray manifestXml(const QMap<QString, QByteArray> &parts)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("manifest:manifest"));
    xml.writeAttribute(QStringLiteral("xmlns:manifest"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
    xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
    const auto entry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
        xml.writeAttribute(QStringLiteral("manifest:full-path"), path);
        if (path == u"/")
            xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
        xml.writeAttribute(QStringLiteral("manifest:media-type"), type);
    };
    entry(QStringLiteral("/"), QLatin1StringView(mimeType));
    for (auto it = parts.cbegin(); it != parts.cend(); ++it) {
        const QString &name = it.key();
        if (name == u"mimetype" || name.startsWith(u"META-INF/"))
            continue;
        entry(name, name.endsWith(u".xml")   ? QStringLiteral("text/xml")
                    : name.endsWith(u".svg") ? QStringLiteral("image/svg+xml")
                                             : QStringLiteral("image/png"));
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace

QMap<QString, QByteArray> OdfReportWriter::parts(const ReportData &data)
{
    Highlight::ReportHighlighter highlighter;
    setUpReportHighlighter(highlighter, false);
    OdfSink sink;
    ReportComposer(data, highlighter).compose(sink);

    QMap<QString, QByteArray> parts = sink.pictures();
    parts.insert(QStringLiteral("mimetype"), QByteArray(mimeType));
    parts.insert(QStringLiteral("content.xml"), sink.content());
    QFile styles(QStringLiteral(":/parlance/reports/odt-styles.xml"));
    if (styles.open(QIODevice::ReadOnly))
        parts.insert(QStringLiteral("styles.xml"), styles.readAll());
    parts.insert(QStringLiteral("meta.xml"), metaXml(data));
    parts.insert(QStringLiteral("META-INF/manifest.xml"), manifestXml(parts));
    return parts;
}

bool OdfReportWriter::write(const ReportData &data, const QString &path, Error *error)
{
    const QMap<QString, QByteArray> content = parts(data);
    // The same report gives the same bytes: every entry carries the report's time.
    ZipPackage zip(data.generated.isValid() ? data.generated : QDateTime::fromSecsSinceEpoch(0));
    // "mimetype" first and stored, so that it can be read at a fixed offset.
    bool ok = zip.add(QStringLiteral("mimetype"), content.value(QStringLiteral("mimetype")), ZipPackage::Compression::Stored);
    for (auto it = content.cbegin(); ok && it != content.cend(); ++it)
        if (it.key() != u"mimetype")
            ok = zip.add(it.key(), it.value());
    const QByteArray bytes = ok ? zip.finish() : QByteArray();
    if (bytes.isEmpty()) {
        if (error)
            *error = {Error::Io, Error::Problem::CannotWritePackage, path, {}, zip.errorString()};
        return false;
    }
    return writeFile(path, bytes, error);
}

} // namespace Parlance::Export
