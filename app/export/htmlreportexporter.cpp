// SPDX-License-Identifier: GPL-2.0-or-later
#include "htmlreportexporter.h"
#include "storage/diskspace.h"

#include "exportutil.h"
#include "reportcomposer.h"
#include "reportsyntax.h"

#include "highlight/reporthighlighter.h"

#include <QGuiApplication>

#include <QBuffer>
#include <QHash>
#include <QSaveFile>

namespace Parlance::Export {

namespace {

QString colorCss(const QColor &c)
{
    if (c.alpha() == 255)
        return c.name(QColor::HexRgb);
    return QStringLiteral("rgba(%1,%2,%3,%4)").arg(c.red()).arg(c.green()).arg(c.blue()).arg(c.alphaF(), 0, 'f', 2);
}

/// CSS declarations for a character format: what ArticleHighlighter and the theme set.
QString formatCss(const QTextCharFormat &f)
{
    QStringList css;
    if (f.hasProperty(QTextFormat::ForegroundBrush) && f.foreground().style() != Qt::NoBrush)
        css.append(u"color:" + colorCss(f.foreground().color()));
    if (f.hasProperty(QTextFormat::BackgroundBrush) && f.background().style() != Qt::NoBrush)
        css.append(u"background-color:" + colorCss(f.background().color()));
    if (f.hasProperty(QTextFormat::FontWeight) && f.fontWeight() >= QFont::DemiBold)
        css.append(QStringLiteral("font-weight:bold"));
    if (f.fontItalic())
        css.append(QStringLiteral("font-style:italic"));
    if (f.intProperty(QTextFormat::FontSizeAdjustment) < 0)
        css.append(QStringLiteral("font-size:smaller"));
    QStringList lines;
    const QTextCharFormat::UnderlineStyle underline = f.underlineStyle();
    if (underline != QTextCharFormat::NoUnderline)
        lines.append(QStringLiteral("underline"));
    if (f.fontOverline())
        lines.append(QStringLiteral("overline"));
    if (f.fontStrikeOut())
        lines.append(QStringLiteral("line-through"));
    if (!lines.isEmpty()) {
        css.append(u"text-decoration-line:" + lines.join(u' '));
        const char *style = underline == QTextCharFormat::DotLine      ? "dotted"
                          : underline == QTextCharFormat::DashUnderline ? "dashed"
                          : underline == QTextCharFormat::WaveUnderline ? "wavy"
                                                                        : "solid";
        css.append(u"text-decoration-style:" + QLatin1StringView(style));
        if (f.underlineColor().isValid())
            css.append(u"text-decoration-color:" + colorCss(f.underlineColor()));
    }
    return css.join(u';');
}

const char styleSheet[] = R"(
body{font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.5;color:#1d1d1f;background:#fff}
h1{font-size:1.8em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ccc;padding-bottom:.2em}h3{margin-top:1.5em}
h1,h2,h3,td,th,dd,p{unicode-bidi:plaintext}
.muted{color:#666}
dl.meta{display:grid;grid-template-columns:max-content auto;gap:.1em 1em;margin:.5em 0 1em}
dl.meta dt{font-weight:bold;color:#555}dl.meta dd{margin:0;overflow-wrap:anywhere}
.text{white-space:pre-wrap;unicode-bidi:plaintext;overflow-wrap:break-word;border-left:3px solid #ddd;padding-left:1em;text-underline-offset:.2em}
table{border-collapse:collapse;width:100%;margin:.5em 0 1em;font-size:.92em}
th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:start;white-space:pre-line}
th{background:#f2f2f2}
tr.group th{background:#fafafa;text-align:start;font-weight:bold;border-top:2px solid #bbb}
.charts{display:flex;flex-wrap:wrap;gap:1em;margin:.5em 0 1em}.charts svg{max-width:100%;height:auto}
hr{border:0;border-top:1px solid #ddd;margin:2em 0}
nav a{margin-right:1em}
@media print{hr{break-after:page;border:0}}
)";

/// Writes the report as HTML; formats become classes of one style sheet.
class HtmlSink final : public ReportSink {
public:
    explicit HtmlSink(bool dark)
        : m_dark(dark)
    {
    }

    void begin(const QString &title, const QColor &text, const QColor &background) override
    {
        m_title = title;
        m_text = text;
        m_background = background;
        m_body.reserve(1 << 20);
    }

    void heading(int level, const QString &text, const QString &anchor) override
    {
        if (!anchor.isEmpty())
            m_anchors.append({anchor, text});
        m_body += QStringLiteral("<h%1").arg(level);
        if (!anchor.isEmpty())
            m_body += QStringLiteral(" id=\"%1\"").arg(escapeHtml(anchor));
        m_body += u'>' + escapeHtml(text) + QStringLiteral("</h%1>\n").arg(level);
        if (level == 1) {
            flush();
            m_navAt = m_bodyUtf8.size();
        }
    }

    void paragraph(const RichText &text, bool muted) override
    {
        m_body += muted ? QStringLiteral("<p class=\"muted\">") : QStringLiteral("<p>");
        rich(text);
        m_body += QStringLiteral("</p>\n");
    }

    void fields(const QList<std::pair<QString, RichText>> &fields) override
    {
        m_body += QStringLiteral("<dl class=\"meta\">");
        for (const auto &[label, value] : fields) {
            m_body += QStringLiteral("<dt>") + escapeHtml(label) + QStringLiteral("</dt><dd>");
            rich(value);
            m_body += QStringLiteral("</dd>");
        }
        m_body += QStringLiteral("</dl>\n");
    }

    void articleText(const RichText &runs) override
    {
        m_body += QStringLiteral("<div class=\"text\">");
        rich(runs);
        m_body += QStringLiteral("</div>\n");
    }

    void beginTable(const QStringList &header) override
    {
        m_columns = header.size();
        m_body += QStringLiteral("<table><thead><tr>");
        for (const QString &h : header)
            m_body += QStringLiteral("<th>") + escapeHtml(h) + QStringLiteral("</th>");
        m_body += QStringLiteral("</tr></thead><tbody>\n");
    }

    void tableGroupRow(const RichText &text) override
    {
        m_body += QStringLiteral("<tr class=\"group\"><th colspan=\"%1\">").arg(std::max<qsizetype>(1, m_columns));
        rich(text);
        m_body += QStringLiteral("</th></tr>\n");
    }

    void charts(const QList<BarChart> &charts) override
    {
        // Inline SVG: part of the page, so the Content-Security-Policy has nothing to load.
        m_body += QStringLiteral("<div class=\"charts\">");
        for (const BarChart &chart : charts) {
            const QByteArray svg = chart.toSvg();
            const qsizetype start = svg.indexOf("<svg");
            m_body += QString::fromUtf8(start < 0 ? QByteArray() : svg.mid(start));
        }
        m_body += QStringLiteral("</div>\n");
    }

    void tableRow(const QList<RichText> &cells) override
    {
        m_body += QStringLiteral("<tr>");
        for (const RichText &cell : cells) {
            m_body += QStringLiteral("<td>");
            rich(cell);
            m_body += QStringLiteral("</td>");
        }
        m_body += QStringLiteral("</tr>\n");
        if (m_body.size() > 64 * 1024)
            flush();
    }

    void endTable() override { m_body += QStringLiteral("</tbody></table>\n"); }

    void separator() override
    {
        m_body += QStringLiteral("<hr>\n");
        // The body is kept as UTF-8 (half the memory of UTF-16) for large reports.
        if (m_body.size() > 64 * 1024)
            flush();
    }

    void end() override {}

    /// Writes the document: the head (with the style sheet, known only now), the body with the
    /// table of contents after the title.
    bool writeTo(QIODevice *device)
    {
        flush();
        QString nav = QStringLiteral("<nav>");
        for (const auto &[anchor, text] : m_anchors)
            nav += QStringLiteral("<a href=\"#") + escapeHtml(anchor) + QStringLiteral("\">") + escapeHtml(text)
                 + QStringLiteral("</a> ");
        nav += QStringLiteral("</nav>\n");

        QString css = QString::fromUtf8(styleSheet);
        if (m_dark)
            css += QStringLiteral(".muted{color:#aaa}th{background:#2a2a2e}"
                                  "th,td{border-color:#444}.text{border-color:#444}dl.meta dt{color:#bbb}\n");
        css += QStringLiteral("body{color:%1;background:%2}\n").arg(colorCss(m_text), colorCss(m_background));
        // In order of first use, so that the same report gives the same file.
        for (qsizetype i = 0; i < m_classOrder.size(); ++i)
            css += QStringLiteral(".f%1{").arg(i) + m_classOrder[i] + QStringLiteral("}\n");
        const QString head =
            QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta http-equiv=\"Content-Security-Policy\" content=\"")
            + HtmlReportExporter::contentSecurityPolicy()
            + QStringLiteral("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
                             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                             "<meta name=\"generator\" content=\"Parlance ")
            + QStringLiteral(PARLANCE_VERSION) + QStringLiteral("\">\n<title>") + escapeHtml(m_title)
            + QStringLiteral("</title>\n<style>") + css + QStringLiteral("</style>\n</head>\n<body>\n");
        const QByteArray headUtf8 = head.toUtf8();
        const QByteArray navUtf8 = nav.toUtf8();
        const QByteArrayView body(m_bodyUtf8);
        const QByteArrayView parts[] = {headUtf8, body.first(m_navAt), navUtf8, body.sliced(m_navAt),
                                        "</body>\n</html>\n"};
        for (const QByteArrayView part : parts)
            if (device->write(part.data(), part.size()) != part.size())
                return false;
        return true;
    }

private:
    void flush()
    {
        m_bodyUtf8 += m_body.toUtf8();
        m_body.clear();
    }

    void rich(const RichText &text)
    {
        for (const ReportRun &run : text) {
            if (run.text.isEmpty())
                continue;
            const QString cls = classFor(run.format);
            if (cls.isEmpty()) {
                m_body += escapeHtml(run.text);
            } else {
                m_body += QStringLiteral("<span class=\"") + cls + QStringLiteral("\">") + escapeHtml(run.text)
                        + QStringLiteral("</span>");
            }
        }
    }

    QString classFor(const QTextCharFormat &format)
    {
        if (format.properties().isEmpty())
            return {};
        // The same few formats come back hundreds of thousands of times in a large report: looked
        // up by what formatCss() reads before building any CSS text.
        const auto brush = [&](QTextFormat::Property p) {
            const QBrush b = format.brushProperty(p);
            return format.hasProperty(p) && b.style() != Qt::NoBrush ? b.color().rgba() : QRgb(0);
        };
        const FormatKey key{brush(QTextFormat::ForegroundBrush), brush(QTextFormat::BackgroundBrush),
                            format.underlineColor().isValid() ? format.underlineColor().rgba() : QRgb(0),
                            quint32(format.hasProperty(QTextFormat::FontWeight) ? format.fontWeight() : 0),
                            quint32(format.underlineStyle()) | quint32(format.fontItalic()) << 8
                                | quint32(format.fontOverline()) << 9 | quint32(format.fontStrikeOut()) << 10
                                | quint32(format.intProperty(QTextFormat::FontSizeAdjustment) < 0) << 11};
        const auto cached = m_classByKey.constFind(key);
        if (cached != m_classByKey.cend())
            return *cached;
        const QString cls = classForCss(formatCss(format));
        m_classByKey.insert(key, cls);
        return cls;
    }

    QString classForCss(const QString &css)
    {
        if (css.isEmpty())
            return {};
        auto it = m_classes.constFind(css);
        if (it == m_classes.cend()) {
            it = m_classes.insert(css, QStringLiteral("f%1").arg(m_classes.size()));
            m_classOrder.append(css);
        }
        return *it;
    }

    bool m_dark;
    qsizetype m_columns = 0; ///< of the table being written
    QString m_title;
    QColor m_text;
    QColor m_background;
    QString m_body;         ///< what was written since the last flush()
    QByteArray m_bodyUtf8;  ///< the body before that
    qsizetype m_navAt = 0;  ///< where the table of contents goes, in m_bodyUtf8
    QList<std::pair<QString, QString>> m_anchors;
    struct FormatKey {
        QRgb foreground, background, underline;
        quint32 weight, flags;
        friend bool operator==(const FormatKey &, const FormatKey &) = default;
        friend size_t qHash(const FormatKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.foreground, k.background, k.underline, k.weight, k.flags);
        }
    };
    QHash<FormatKey, QString> m_classByKey;
    QHash<QString, QString> m_classes; // CSS declarations -> class name
    QStringList m_classOrder;          // CSS declarations by class number
};

} // namespace

HtmlReportExporter::HtmlReportExporter(const ExportOptions &options)
    : m_dark(options.darkTheme)
{
}

QString HtmlReportExporter::contentSecurityPolicy()
{
    return QStringLiteral("default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
}

QString HtmlReportExporter::toHtml(const ReportData &data) const
{
    Highlight::ReportHighlighter highlighter;
    setUpReportHighlighter(highlighter, m_dark);
    HtmlSink sink(m_dark);
    ReportComposer(data, highlighter).compose(sink);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    sink.writeTo(&buffer);
    return QString::fromUtf8(buffer.data());
}

bool HtmlReportExporter::write(const ReportData &data, const QString &path, Error *error) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = {Error::Invalid, Error::Problem::ExportDrawsCharts, path, {QStringLiteral("HTML")}};
        return false;
    }
    Highlight::ReportHighlighter highlighter;
    setUpReportHighlighter(highlighter, m_dark);
    HtmlSink sink(m_dark);
    ReportComposer(data, highlighter).compose(sink);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !sink.writeTo(&file) || !file.commit()) {
        if (error)
            *error = Storage::DiskSpace::writeError(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Parlance::Export
