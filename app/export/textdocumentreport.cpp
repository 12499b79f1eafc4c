// SPDX-License-Identifier: GPL-2.0-or-later
#include "textdocumentreport.h"

#include "exportutil.h"
#include "reportcomposer.h"
#include "reportsyntax.h"

#include "highlight/reporthighlighter.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <numeric>

namespace Parlance::Export {

namespace {

/// Text for a QTextDocument: controls replaced (an ODT's XML cannot hold them), CRLF as LF.
QString documentText(const QString &text)
{
    QString clean = cleanText(text);
    clean.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    clean.replace(u'\r', u'\n');
    return clean;
}

class TextDocumentSink final : public ReportSink {
public:
    explicit TextDocumentSink(QTextDocument *document)
        : m_document(document)
        , m_cursor(document)
    {
    }

    void begin(const QString &title, const QColor &text, const QColor &) override
    {
        m_document->setMetaInformation(QTextDocument::DocumentTitle, documentText(title));
        QFont font(QStringLiteral("Noto Sans"));
        font.setStyleHint(QFont::SansSerif);
        font.setPointSizeF(9.5);
        m_document->setDefaultFont(font);
        m_document->setDocumentMargin(0);
        m_base.setForeground(text);
    }

    void heading(int level, const QString &text, const QString &anchor) override
    {
        QTextBlockFormat block;
        block.setHeadingLevel(level);
        block.setTopMargin(level == 1 ? 0 : 14);
        block.setBottomMargin(6);
        block.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        QTextCharFormat chars = m_base;
        chars.setFontWeight(QFont::Bold);
        chars.setFontPointSize(level == 1 ? 18 : level == 2 ? 14 : 11.5);
        if (!anchor.isEmpty()) {
            chars.setAnchor(true);
            chars.setAnchorNames({anchor});
        }
        newBlock(block, chars);
        m_cursor.insertText(documentText(text), chars);
    }

    void paragraph(const RichText &text, bool muted) override
    {
        QTextBlockFormat block;
        block.setBottomMargin(6);
        QTextCharFormat chars = m_base;
        if (muted)
            chars.setForeground(QColor(0x66, 0x66, 0x66));
        newBlock(block, chars);
        insert(text, chars);
    }

    void fields(const QList<std::pair<QString, RichText>> &fields) override
    {
        QList<QList<RichText>> rows;
        for (const auto &[label, value] : fields)
            rows.append({plainText(label), value});
        insertTable({}, rows, false);
    }

    void articleText(const RichText &runs) override
    {
        QTextBlockFormat block;
        block.setBottomMargin(4);
        block.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
        block.setLayoutDirection(Qt::LayoutDirectionAuto);
        newBlock(block, m_base);
        // Each line of the text becomes a block (insertText turns line feeds into block breaks);
        // the block format carries over.
        insert(runs, m_base);
    }

    // Rows are gathered first: the column widths depend on all of them.
    void beginTable(const QStringList &header) override
    {
        m_tableHeader = header;
        m_tableRows.clear();
    }

    void tableRow(const QList<RichText> &cells) override { m_tableRows.append(cells); }

    void endTable() override
    {
        insertTable(m_tableHeader, m_tableRows, true);
        m_tableRows.clear();
    }

    void separator() override { m_breakBeforeNext = true; }

    void end() override {}

private:
    void newBlock(QTextBlockFormat block, const QTextCharFormat &chars)
    {
        if (m_breakBeforeNext) {
            block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            m_breakBeforeNext = false;
        }
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
    }

    void insert(const RichText &text, const QTextCharFormat &base)
    {
        for (const ReportRun &run : text) {
            if (run.text.isEmpty())
                continue;
            QTextCharFormat f = base;
            f.merge(run.format);
            m_cursor.insertText(documentText(run.text), f);
        }
    }

    void insertTable(const QStringList &header, const QList<QList<RichText>> &rows, bool bordered)
    {
        const int columns = header.isEmpty() ? (rows.isEmpty() ? 0 : int(rows.first().size())) : int(header.size());
        if (columns == 0)
            return;
        newBlock(QTextBlockFormat(), m_base);
        QTextTableFormat format;
        format.setCellPadding(bordered ? 3 : 1);
        format.setCellSpacing(0);
        format.setBorder(bordered ? 1 : 0);
        format.setBorderStyle(bordered ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
        format.setBorderBrush(QColor(0xc8, 0xc8, 0xc8));
        format.setBorderCollapse(true);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setHeaderRowCount(header.isEmpty() ? 0 : 1);
        format.setBottomMargin(8);
        format.setColumnWidthConstraints(columnWidths(header, rows, columns, bordered));
        const int headerRows = header.isEmpty() ? 0 : 1;
        QTextTable *table = m_cursor.insertTable(int(rows.size()) + headerRows, columns, format);
        QTextCharFormat bold = m_base;
        bold.setFontWeight(QFont::Bold);
        for (int c = 0; c < header.size(); ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            QTextCharFormat cellFormat = cell.format();
            cellFormat.setBackground(QColor(0xf0, 0xf0, 0xf0));
            cell.setFormat(cellFormat);
            QTextCharFormat headerText = bold;
            headerText.setFontPointSize(m_document->defaultFont().pointSizeF() * cellScale(columns));
            cell.firstCursorPosition().insertText(documentText(header[c]), headerText);
        }
        QTextCharFormat cellText = m_base;
        if (bordered)
            cellText.setFontPointSize(m_document->defaultFont().pointSizeF() * cellScale(columns));
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < columns && c < rows[r].size(); ++c) {
                m_cursor = table->cellAt(r + headerRows, c).firstCursorPosition();
                // Field labels (the first column of a table without header) in bold.
                insert(rows[r][c], !bordered && c == 0 ? bold : cellText);
            }
        }
        m_cursor = table->lastCursorPosition();
        m_cursor.movePosition(QTextCursor::NextBlock);
        m_cursor.movePosition(QTextCursor::End);
    }

    /// Column widths: every column gets room for its longest word (words do not break), and what
    /// is left of a line goes to the columns holding more text (a sentence more than a strength).
    /// The font size of table cells relative to the text: wide tables get smaller type.
    static double cellScale(int columns) { return columns >= 7 ? 0.78 : 0.9; }

    static QList<QTextLength> columnWidths(const QStringList &header, const QList<QList<RichText>> &rows, int columns,
                                           bool bordered)
    {
        if (!bordered) // label/value pairs: labels narrow
            return {QTextLength(QTextLength::PercentageLength, 19), QTextLength(QTextLength::PercentageLength, 81)};
        // About what an A4 line holds at the table's font size (smaller for wide tables).
        const double lineCharacters = 100 * 0.9 / cellScale(columns);
        QList<double> minimum(columns, 3.0), wanted(columns, 0.0);
        // In average characters; bold headings and cell padding need a little more than the letters.
        const auto longestWord = [](const QString &text) {
            qsizetype longest = 0;
            for (const QStringView word : QStringView(text).tokenize(u' '))
                longest = std::max(longest, word.size());
            return double(longest) * 1.5 + 3.0;
        };
        for (int c = 0; c < columns; ++c) {
            minimum[c] = std::max(minimum[c], longestWord(header.value(c)));
            double total = 0;
            for (const QList<RichText> &row : rows) {
                QString cell;
                for (const ReportRun &run : row.value(c))
                    cell += run.text;
                minimum[c] = std::max(minimum[c], std::min(longestWord(cell), 24.0));
                total += cell.size();
            }
            wanted[c] = std::max(minimum[c], rows.isEmpty() ? 0.0 : total / rows.size());
        }
        const double minimumSum = std::accumulate(minimum.cbegin(), minimum.cend(), 0.0);
        double extraWanted = 0;
        for (int c = 0; c < columns; ++c)
            extraWanted += wanted[c] - minimum[c];
        const double spare = std::max(0.0, lineCharacters - minimumSum);
        QList<double> widths(columns);
        for (int c = 0; c < columns; ++c)
            widths[c] = minimum[c] + (extraWanted > 0 ? spare * (wanted[c] - minimum[c]) / extraWanted : spare / columns);
        const double sum = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
        QList<QTextLength> lengths;
        for (const double w : std::as_const(widths))
            lengths.append(QTextLength(QTextLength::PercentageLength, 100.0 * w / sum));
        return lengths;
    }

    QTextDocument *m_document;
    QTextCursor m_cursor;
    bool m_first = true;
    bool m_breakBeforeNext = false;
    QTextCharFormat m_base;
    QStringList m_tableHeader;
    QList<QList<RichText>> m_tableRows;
};

} // namespace

std::unique_ptr<QTextDocument> reportDocument(const ReportData &data)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    Highlight::ReportHighlighter highlighter;
    setUpReportHighlighter(highlighter, false);
    TextDocumentSink sink(document.get());
    ReportComposer(data, highlighter).compose(sink);
    return document;
}

} // namespace Parlance::Export
