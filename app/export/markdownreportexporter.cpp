// SPDX-License-Identifier: GPL-2.0-or-later
#include "markdownreportexporter.h"

#include "exportutil.h"
#include "reportcomposer.h"
#include "reportsyntax.h"

#include "highlight/reporthighlighter.h"

#include <QGuiApplication>

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Parlance::Export {

namespace {

bool isMarkup(QChar c)
{
    // ASCII punctuation that CommonMark or GitHub's extensions give a meaning inside a line.
    switch (c.unicode()) {
    case u'\\': case u'`': case u'*': case u'_': case u'[': case u']': case u'<': case u'>':
    case u'|': case u'~': case u'&': case u'#': case u'!': case u'$':
        return true;
    default:
        return false;
    }
}

/// '+' and '=' mean something doubled only (++inserted++, ==marked==).
bool isDoubledMark(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    if (c != u'+' && c != u'=')
        return false;
    return (i > 0 && text[i - 1] == c) || (i + 1 < text.size() && text[i + 1] == c);
}

/// A line that would start a block construct (list, heading underline, ordered list): escaped.
/// Our own marks (++, ==) at the start of a line are inline marks, not blocks.
QString escapeLineStart(const QString &line)
{
    int i = 0;
    while (i < line.size() && line[i] == u' ')
        ++i;
    if (i >= line.size())
        return line;
    const QChar c = line[i];
    const bool doubled = i + 1 < line.size() && line[i + 1] == c;
    if (c == u'-' || ((c == u'+' || c == u'=') && !doubled))
        return line.left(i) + u'\\' + line.mid(i);
    int j = i;
    while (j < line.size() && line[j].isDigit() && line[j].unicode() < 128)
        ++j;
    if (j > i && j < line.size() && (line[j] == u'.' || line[j] == u')'))
        return line.left(j) + u'\\' + line.mid(j);
    return line;
}

using Mark = Highlight::ArticleHighlighter::Mark;

/// The kinds with a mark of their own, outermost first, and their marks.
struct KindMark {
    Mark::Type type;
    const char *mark;
};
constexpr KindMark kindMarks[] = {
    {Mark::Category, "=="}, {Mark::Commitment, "++"}, {Mark::Quote, "*"}, {Mark::Actor, "**"},
};

class MarkdownSink final : public ReportSink {
public:
    /// `chartBase`: the charts become files named chartBase-chart-N.svg beside the report (empty:
    /// no files; charts are described in words).
    explicit MarkdownSink(const QString &chartBase = {})
        : m_chartBase(chartBase)
    {
    }

    void begin(const QString &, const QColor &, const QColor &) override {}

    void heading(int level, const QString &text, const QString &) override
    {
        m_out += QString(level, u'#') + u' ' + escapeMarkdown(oneLine(text)) + QStringLiteral("\n\n");
    }

    void paragraph(const RichText &text, bool muted) override
    {
        const QString body = inlineText(text);
        m_out += (muted ? u'_' + body.trimmed() + u'_' : body) + QStringLiteral("\n\n");
    }

    void fields(const QList<std::pair<QString, RichText>> &fields) override
    {
        for (const auto &[label, value] : fields)
            m_out += QStringLiteral("- **") + escapeMarkdown(label) + QStringLiteral(":** ") + inlineText(value) + u'\n';
        m_out += u'\n';
    }

    void articleText(const RichText &runs) override
    {
        // One Markdown paragraph per line of the text.
        QList<RichText> lines{RichText()};
        for (const ReportRun &run : runs) {
            const QStringList pieces = run.text.split(u'\n');
            for (qsizetype i = 0; i < pieces.size(); ++i) {
                if (i)
                    lines.append(RichText());
                lines.last().append({pieces[i], run.format, run.annotated, run.markTypes});
            }
        }
        for (const RichText &line : std::as_const(lines)) {
            const QString text = inlineText(line, true);
            if (!text.trimmed().isEmpty())
                m_out += escapeLineStart(text) + QStringLiteral("\n\n");
        }
    }

    void beginTable(const QStringList &header) override
    {
        m_columns = header.size();
        QStringList cells;
        for (const QString &h : header)
            cells.append(escapeMarkdown(oneLine(h)));
        m_out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
        for (qsizetype i = 0; i < header.size(); ++i)
            m_out += QStringLiteral(" --- |");
        m_out += u'\n';
    }

    void tableRow(const QList<RichText> &row) override
    {
        QStringList cells;
        for (const RichText &cell : row)
            cells.append(inlineText(cell));
        while (cells.size() < m_columns)
            cells.append(QString());
        m_out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }

    void tableGroupRow(const RichText &text) override
    {
        // GitHub tables have no cells across columns: the group's name in bold in the first one.
        RichText bold = text;
        for (ReportRun &run : bold)
            run.format.setFontWeight(QFont::Bold);
        tableRow({bold});
    }

    void endTable() override { m_out += u'\n'; }

    void charts(const QList<BarChart> &charts) override
    {
        for (const BarChart &chart : charts) {
            if (m_chartBase.isEmpty()) {
                m_out += u'_' + escapeMarkdown(chart.description()) + QStringLiteral("_\n\n");
                continue;
            }
            const QString name = QStringLiteral("%1-chart-%2.svg").arg(m_chartBase).arg(m_chartFiles.size() + 1);
            m_chartFiles.append({name, chart.toSvg()});
            m_out += QStringLiteral("![") + escapeMarkdown(chart.description()) + QStringLiteral("](")
                   + QString::fromLatin1(QUrl::toPercentEncoding(name)) + QStringLiteral(")\n\n");
        }
    }

    void separator() override { m_out += QStringLiteral("---\n\n"); }

    void end() override {}

    QString result() const { return m_out; }
    /// The chart files to write beside the report: (file name, SVG).
    const QList<std::pair<QString, QByteArray>> &chartFiles() const { return m_chartFiles; }

private:
    static QString oneLine(QString text)
    {
        text.replace(u'\r', u' ');
        text.replace(u'\n', u' ');
        return text;
    }

    /// Runs as inline Markdown. Annotated runs carry their kinds' marks (kindMarks); other runs
    /// are bold or italic as their format says (in article text, the lexical layer's bold words
    /// are not emphasised). Markers hug the words, as CommonMark requires, and adjacent runs with
    /// the same marks share them. In a table cell, line breaks become " · ".
    static QString inlineText(const RichText &runs, bool articleText = false)
    {
        struct Piece {
            QString text;
            QStringList marks; // outermost first
        };
        QList<Piece> pieces;
        for (const ReportRun &run : runs) {
            QStringList marks;
            if (run.markTypes) {
                for (const KindMark &k : kindMarks)
                    if (run.markTypes & (1u << k.type))
                        marks.append(QLatin1StringView(k.mark));
            } else if (!articleText) {
                if (run.format.fontItalic())
                    marks.append(QStringLiteral("*"));
                if (run.format.fontWeight() >= QFont::DemiBold)
                    marks.append(QStringLiteral("**"));
            }
            QString text = run.text;
            if (!articleText)
                text.replace(QStringLiteral("\n"), QStringLiteral(" · "));
            if (!pieces.isEmpty() && pieces.last().marks == marks)
                pieces.last().text += text;
            else
                pieces.append({text, marks});
        }
        QString out;
        for (const Piece &p : std::as_const(pieces)) {
            const QString text = escapeMarkdown(oneLine(p.text));
            const qsizetype first = std::distance(text.cbegin(), std::find_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); }));
            if (p.marks.isEmpty() || first >= text.size()) {
                out += text;
                continue;
            }
            qsizetype last = text.size();
            while (last > first && text[last - 1].isSpace())
                --last;
            QString open, close;
            for (const QString &m : p.marks) {
                open += m;
                close.prepend(m);
            }
            out += text.left(first) + open + text.mid(first, last - first) + close + text.mid(last);
        }
        return out;
    }

    QString m_chartBase;
    QString m_out;
    qsizetype m_columns = 0;
    QList<std::pair<QString, QByteArray>> m_chartFiles;
};

} // namespace

QString escapeMarkdown(QStringView text)
{
    const QString clean = cleanText(text);
    QString out;
    out.reserve(clean.size() + clean.size() / 16);
    for (qsizetype i = 0; i < clean.size(); ++i) {
        if (isMarkup(clean[i]) || isDoubledMark(clean, i))
            out += u'\\';
        out += clean[i];
    }
    return out;
}

MarkdownReportExporter::MarkdownReportExporter(const ExportOptions &)
{
}

QString MarkdownReportExporter::toMarkdown(const ReportData &data) const
{
    Highlight::ReportHighlighter highlighter;
    setUpReportHighlighter(highlighter, false);
    MarkdownSink sink;
    ReportComposer(data, highlighter).compose(sink);
    return sink.result();
}

QStringList MarkdownReportExporter::marks()
{
    QStringList list;
    for (const KindMark &k : kindMarks)
        list.append(QLatin1StringView(k.mark));
    return list;
}

bool MarkdownReportExporter::write(const ReportData &data, const QString &path, Error *error) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = {Error::Invalid, Error::Problem::ExportDrawsCharts, path, {QStringLiteral("Markdown")}};
        return false;
    }
    Highlight::ReportHighlighter highlighter;
    setUpReportHighlighter(highlighter, false);
    const QFileInfo info(path);
    MarkdownSink sink(info.completeBaseName());
    ReportComposer(data, highlighter).compose(sink);
    // The images first: a report is never left pointing at charts that are not there.
    for (const auto &[name, svg] : sink.chartFiles())
        if (!writeFile(info.dir().filePath(name), svg, error))
            return false;
    return writeFile(path, sink.result().toUtf8(), error);
}

} // namespace Parlance::Export
