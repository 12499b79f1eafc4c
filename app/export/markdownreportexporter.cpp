// SPDX-License-Identifier: GPL-2.0-or-later
#include "markdownreportexporter.h"

#include "exportutil.h"
#include "reportcomposer.h"
#include "reportsyntax.h"

#include "highlight/reporthighlighter.h"

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

/// A line that would start a block construct (list, heading underline, ordered list): escaped.
QString escapeLineStart(const QString &line)
{
    int i = 0;
    while (i < line.size() && line[i] == u' ')
        ++i;
    if (i >= line.size())
        return line;
    const QChar c = line[i];
    if (c == u'-' || c == u'+' || c == u'=')
        return line.left(i) + u'\\' + line.mid(i);
    int j = i;
    while (j < line.size() && line[j].isDigit() && line[j].unicode() < 128)
        ++j;
    if (j > i && j < line.size() && (line[j] == u'.' || line[j] == u')'))
        return line.left(j) + u'\\' + line.mid(j);
    return line;
}

class MarkdownSink final : public ReportSink {
public:
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
                lines.last().append({pieces[i], run.format, run.annotated});
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
        m_out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }

    void endTable() override { m_out += u'\n'; }

    void separator() override { m_out += QStringLiteral("---\n\n"); }

    void end() override {}

    QString result() const { return m_out; }

private:
    static QString oneLine(QString text)
    {
        text.replace(u'\r', u' ');
        text.replace(u'\n', u' ');
        return text;
    }

    /// Runs as inline Markdown: bold for bold or (in article text) annotated runs, italic for
    /// italic ones; markers hug the words, as CommonMark requires, and adjacent runs of the same
    /// emphasis share their markers.
    static QString inlineText(const RichText &runs, bool articleText = false)
    {
        struct Piece {
            QString text;
            bool bold, italic;
        };
        QList<Piece> pieces;
        for (const ReportRun &run : runs) {
            // In article text only the annotations are emphasised, not the lexical layer's bold words.
            const bool bold = articleText ? run.annotated : run.format.fontWeight() >= QFont::DemiBold;
            const bool italic = !articleText && run.format.fontItalic();
            if (!pieces.isEmpty() && pieces.last().bold == bold && pieces.last().italic == italic)
                pieces.last().text += run.text;
            else
                pieces.append({run.text, bold, italic});
        }
        QString out;
        for (const Piece &p : std::as_const(pieces)) {
            const QString text = escapeMarkdown(oneLine(p.text));
            const QString marker = p.bold ? QStringLiteral("**") : p.italic ? QStringLiteral("_") : QString();
            const qsizetype first = marker.isEmpty() ? -1 : std::distance(text.cbegin(), std::find_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); }));
            if (first < 0 || first >= text.size()) {
                out += text;
                continue;
            }
            qsizetype last = text.size();
            while (last > first && text[last - 1].isSpace())
                --last;
            // A marker must not end on a backslash escape's backslash alone: escapes are complete pairs.
            out += text.left(first) + marker + text.mid(first, last - first) + marker + text.mid(last);
        }
        return out;
    }

    QString m_out;
};

} // namespace

QString escapeMarkdown(QStringView text)
{
    const QString clean = cleanText(text);
    QString out;
    out.reserve(clean.size() + clean.size() / 16);
    for (const QChar c : clean) {
        if (isMarkup(c))
            out += u'\\';
        out += c;
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

bool MarkdownReportExporter::write(const ReportData &data, const QString &path, QString *error) const
{
    return writeFile(path, toMarkdown(data).toUtf8(), error);
}

} // namespace Parlance::Export
