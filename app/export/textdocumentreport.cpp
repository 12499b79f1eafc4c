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

namespace Parley::Export {

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
    TextDocumentSink(QTextDocument *document, bool dark)
        : m_document(document)
        , m_cursor(document)
        , m_dark(dark)
    {
    }

    void begin(const QString &title) override
    {
        m_document->setMetaInformation(QTextDocument::DocumentTitle, documentText(title));
        QFont font(QStringLiteral("Noto Sans"));
        font.setStyleHint(QFont::SansSerif);
        font.setPointSizeF(9.5);
        m_document->setDefaultFont(font);
        m_document->setDocumentMargin(0);
        m_base.setForeground(m_dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x1d, 0x1d, 0x1f));
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

    void table(const QStringList &header, const QList<QList<RichText>> &rows) override
    {
        insertTable(header, rows, true);
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
            cellFormat.setBackground(m_dark ? QColor(0x2a, 0x2a, 0x2e) : QColor(0xf0, 0xf0, 0xf0));
            cell.setFormat(cellFormat);
            cell.firstCursorPosition().insertText(documentText(header[c]), bold);
        }
        QTextCharFormat cellText = m_base;
        if (bordered)
            cellText.setFontPointSize(m_document->defaultFont().pointSizeF() * 0.9);
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

    /// Widths in proportion to how much text a column holds (a long sentence needs more room than
    /// a strength), each between a floor and a ceiling, so that narrow pages stay readable.
    static QList<QTextLength> columnWidths(const QStringList &header, const QList<QList<RichText>> &rows, int columns,
                                           bool bordered)
    {
        if (!bordered) // label/value pairs: labels narrow
            return {QTextLength(QTextLength::PercentageLength, 16), QTextLength(QTextLength::PercentageLength, 84)};
        QList<double> weights(columns, 0.0);
        for (int c = 0; c < columns; ++c) {
            double total = 0;
            for (const QList<RichText> &row : rows) {
                for (const ReportRun &run : row.value(c))
                    total += run.text.size();
            }
            const double average = rows.isEmpty() ? 0 : total / rows.size();
            weights[c] = std::clamp(std::max(average, double(header.value(c).size()) * 1.2), 6.0, 60.0);
        }
        const double sum = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
        QList<QTextLength> widths;
        for (const double w : std::as_const(weights))
            widths.append(QTextLength(QTextLength::PercentageLength, 100.0 * w / sum));
        return widths;
    }

    QTextDocument *m_document;
    QTextCursor m_cursor;
    bool m_dark;
    bool m_first = true;
    bool m_breakBeforeNext = false;
    QTextCharFormat m_base;
};

} // namespace

std::unique_ptr<QTextDocument> reportDocument(const ReportData &data, bool dark)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    Highlight::ReportHighlighter highlighter;
    setUpReportHighlighter(highlighter, dark);
    TextDocumentSink sink(document.get(), dark);
    ReportComposer(data, highlighter).compose(sink);
    return document;
}

} // namespace Parley::Export
