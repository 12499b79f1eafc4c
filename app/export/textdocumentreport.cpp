// SPDX-License-Identifier: GPL-2.0-or-later
#include "textdocumentreport.h"

#include "barchart.h"
#include "exportutil.h"
#include "pointmetrics.h"
#include "reportcomposer.h"
#include "reportsyntax.h"
#include "tablelayout.h"

#include "highlight/reporthighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

#include <algorithm>

namespace Parlance::Export {

namespace {

// Type sizes in points.
constexpr double BodySize = 9.0;
constexpr double ArticleSize = 9.5;
constexpr double TableSize = 8.0;
constexpr double SmallSize = 8.0;
constexpr double CellPadding = 2.5; ///< points
constexpr double BorderWidth = 0.5;

constexpr int ChartObject = QTextFormat::UserObject + 1;
constexpr int ChartProperty = QTextFormat::UserProperty + 1;

const QColor mutedColor(0x5f, 0x63, 0x68);

/// Text for a QTextDocument: controls replaced (they would disturb the layout), CRLF as LF.
QString documentText(const QString &text)
{
    QString clean = cleanText(text);
    clean.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
    clean.replace(u'\r', u'\n');
    return clean;
}

/// QTextDocument measures lengths in pixels of a 96 dpi screen and scales them to the device.
double pixels(double points)
{
    return points * 96.0 / 72.0;
}

/// Draws the charts that TextDocumentSink puts in the text as objects.
class ChartHandler final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument *document, int, const QTextFormat &format) override
    {
        const BarChart chart = format.property(ChartProperty).value<BarChart>();
        const QPaintDevice *device = document->documentLayout()->paintDevice();
        const double k = (device ? device->logicalDpiY() : 96) / 72.0;
        return chart.size() * k;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        format.property(ChartProperty).value<BarChart>().paint(*painter, rect.topLeft());
    }
};

class TextDocumentSink final : public ReportSink {
public:
    TextDocumentSink(QTextDocument *document, double textWidth)
        : m_document(document)
        , m_cursor(document)
        , m_textWidth(textWidth)
    {
    }

    void begin(const QString &title, const QColor &text, const QColor &) override
    {
        m_document->setMetaInformation(QTextDocument::DocumentTitle, documentText(title));
        m_document->setDefaultFont(reportFont(BodySize));
        m_document->setDocumentMargin(0);
        m_base.setForeground(text);
        m_muted = m_base;
        m_muted.setForeground(mutedColor);
        m_muted.setFontPointSize(SmallSize);
    }

    void heading(int level, const QString &text, const QString &anchor) override
    {
        QTextBlockFormat block;
        block.setHeadingLevel(level);
        block.setTopMargin(level == 1 ? 0 : level == 2 ? 14 : 8);
        block.setBottomMargin(level == 1 ? 2 : 5);
        QTextCharFormat chars = m_base;
        chars.setFontWeight(QFont::Bold);
        chars.setFontPointSize(level == 1 ? 17 : level == 2 ? 12.5 : 10.5);
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
        const QTextCharFormat &chars = muted ? m_muted : m_base;
        newBlock(block, chars);
        insert(text, chars);
    }

    // Metadata as one line, labels in bold: "Outlet: … · Published: …".
    void fields(const QList<std::pair<QString, RichText>> &fields) override
    {
        QTextBlockFormat block;
        block.setBottomMargin(6);
        newBlock(block, m_muted);
        QTextCharFormat label = m_muted;
        label.setFontWeight(QFont::Bold);
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                m_cursor.insertText(QStringLiteral("  ·  "), m_muted);
            m_cursor.insertText(documentText(fields[i].first) + QStringLiteral(": "), label);
            insert(fields[i].second, m_muted);
        }
    }

    void articleText(const RichText &runs) override
    {
        // One block per line of the text; blank lines only separate paragraphs, which the block's
        // margin does on paper. Line by line, so that a long article is not held twice.
        QTextBlockFormat block;
        block.setBottomMargin(5);
        block.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
        block.setLayoutDirection(Qt::LayoutDirectionAuto);
        QTextCharFormat text = m_base;
        text.setFontPointSize(ArticleSize);
        RichText line;
        auto flush = [&] {
            const bool blank = std::all_of(line.cbegin(), line.cend(),
                                           [](const ReportRun &r) { return r.text.trimmed().isEmpty(); });
            if (!blank) {
                newBlock(block, text);
                insert(line, text);
            }
            line.clear();
        };
        for (const ReportRun &run : runs) {
            const QStringList pieces = documentText(run.text).split(u'\n');
            for (qsizetype i = 0; i < pieces.size(); ++i) {
                if (i)
                    flush();
                if (!pieces[i].isEmpty())
                    line.append({pieces[i], run.format, run.annotated, run.markTypes});
            }
        }
        flush();
    }

    // Rows are gathered first: the column widths depend on all of them.
    void beginTable(const QStringList &header) override
    {
        m_tableHeader = header;
        m_tableRows.clear();
    }

    void tableRow(const QList<RichText> &cells) override { m_tableRows.append({cells, false}); }

    void tableGroupRow(const RichText &text) override { m_tableRows.append({{text}, true}); }

    void endTable() override
    {
        insertTable();
        m_tableRows.clear();
    }

    void charts(const QList<BarChart> &charts) override
    {
        QTextBlockFormat block;
        block.setBottomMargin(6);
        newBlock(block, m_base);
        for (qsizetype i = 0; i < charts.size(); ++i) {
            if (i)
                m_cursor.insertText(QStringLiteral("   "), m_base);
            QTextCharFormat object;
            object.setObjectType(ChartObject);
            object.setProperty(ChartProperty, QVariant::fromValue(charts[i]));
            object.setToolTip(charts[i].description());
            m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        }
    }

    void separator() override { m_breakBeforeNext = true; }

    void end() override {}

private:
    struct Row {
        QList<RichText> cells;
        bool group = false;
    };

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

    void insertTable()
    {
        const int columns = int(m_tableHeader.size());
        if (columns == 0)
            return;
        const TableLayout layout(m_textWidth, TableSize, CellPadding + BorderWidth);
        const double fontSize = layout.fontSizeFor(m_tableHeader);
        QList<QStringList> texts;
        for (const Row &row : std::as_const(m_tableRows)) {
            if (row.group) // across the table: no column's business
                continue;
            QStringList cells;
            for (const RichText &cell : row.cells)
                cells.append(cellString(cell));
            texts.append(cells);
        }
        QList<QTextLength> widths;
        for (const double share : layout.columnShares(m_tableHeader, texts, fontSize))
            widths.append(QTextLength(QTextLength::PercentageLength, 100 * share));
        newBlock(QTextBlockFormat(), m_base);
        QTextTableFormat format;
        format.setCellPadding(pixels(CellPadding));
        format.setCellSpacing(0);
        format.setBorder(pixels(BorderWidth));
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(QColor(0xc8, 0xc8, 0xc8));
        format.setBorderCollapse(true);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setHeaderRowCount(1);
        format.setBottomMargin(8);
        format.setColumnWidthConstraints(widths);
        QTextTable *table = m_cursor.insertTable(int(m_tableRows.size()) + 1, columns, format);

        QTextCharFormat cellText = m_base;
        cellText.setFontPointSize(fontSize);
        QTextCharFormat bold = cellText;
        bold.setFontWeight(QFont::Bold);
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            QTextCharFormat cellFormat = cell.format();
            cellFormat.setBackground(QColor(0xee, 0xee, 0xee));
            cell.setFormat(cellFormat);
            cell.firstCursorPosition().insertText(documentText(m_tableHeader[c]), bold);
        }
        for (int r = 0; r < m_tableRows.size(); ++r) {
            const Row &row = m_tableRows[r];
            if (row.group) {
                table->mergeCells(r + 1, 0, 1, columns);
                QTextTableCell cell = table->cellAt(r + 1, 0);
                QTextCharFormat cellFormat = cell.format();
                cellFormat.setBackground(QColor(0xf6, 0xf6, 0xf6));
                cell.setFormat(cellFormat);
                m_cursor = cell.firstCursorPosition();
                insert(row.cells.value(0), bold);
                continue;
            }
            for (int c = 0; c < columns && c < row.cells.size(); ++c) {
                m_cursor = table->cellAt(r + 1, c).firstCursorPosition();
                insert(row.cells[c], cellText);
            }
        }
        m_cursor = table->lastCursorPosition();
        m_cursor.movePosition(QTextCursor::NextBlock);
        m_cursor.movePosition(QTextCursor::End);
    }

    static QString cellString(const RichText &cell)
    {
        QString text;
        for (const ReportRun &run : cell)
            text += run.text;
        return text;
    }

    QTextDocument *m_document;
    QTextCursor m_cursor;
    double m_textWidth; ///< points
    bool m_first = true;
    bool m_breakBeforeNext = false;
    QTextCharFormat m_base;
    QTextCharFormat m_muted;
    QStringList m_tableHeader;
    QList<Row> m_tableRows;
};

} // namespace

QPageLayout reportPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 14, 15, 16), QPageLayout::Millimeter);
}

std::unique_ptr<QTextDocument> reportDocument(const ReportData &data, int articleTextLimit)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    Highlight::ReportHighlighter highlighter;
    setUpReportHighlighter(highlighter, false);
    TextDocumentSink sink(document.get(), reportPageLayout().paintRect(QPageLayout::Point).width());
    ReportComposer composer(data, highlighter);
    composer.setArticleTextLimit(articleTextLimit);
    composer.compose(sink);
    // The layout is made only now: a layout that exists while the text goes in lays out every
    // table again on each insertion into one of its cells (quadratic in the table's rows).
    document->documentLayout()->registerHandler(ChartObject, new ChartHandler(document.get()));
    return document;
}

int printReport(QTextDocument &document, QPagedPaintDevice &device)
{
    QPainter painter(&device);
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    layout->setPaintDevice(&device);
    const double k = device.logicalDpiY() / 72.0;
    // The page number sits in the bottom margin, under the text.
    const QRectF page(0, 0, device.width(), device.height());
    document.setPageSize(page.size());
    const int pages = document.pageCount();
    QFont numberFont = reportFont(SmallSize);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * page.height(), page.width(), page.height());
        painter.setClipRect(context.clip);
        layout->draw(&painter, context);
        painter.restore();
        painter.setFont(numberFont);
        painter.setPen(mutedColor);
        const double below = device.pageLayout().marginsPoints().bottom() * k;
        painter.drawText(QRectF(0, page.height(), page.width(), below * 0.6), Qt::AlignRight | Qt::AlignBottom,
                         QString::number(i + 1));
    }
    return pages;
}

} // namespace Parlance::Export

#include "textdocumentreport.moc"
