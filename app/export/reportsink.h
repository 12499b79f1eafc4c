// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "barchart.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>

#include <utility>

namespace Parlance::Export {

/// A piece of report text with its character format (colours, weight, underline…).
struct ReportRun {
    QString text;
    QTextCharFormat format;
    bool annotated = false; ///< an annotation covers it: Markdown, which has no colours, emphasises it
    /// Which kinds of mark cover it (bits 1 << Highlight::ArticleHighlighter::Mark::Type), so that
    /// Markdown gives each kind its own mark.
    quint16 markTypes = 0;
};
using RichText = QList<ReportRun>;

inline RichText plainText(const QString &text)
{
    return {ReportRun{text, {}, false}};
}

/// Where ReportComposer puts a report: the HTML, QTextDocument (PDF, ODT) and Markdown writers
/// implement this, so the three carry the same content in the same order. Every string passed in
/// is raw (unescaped) text: each sink escapes for its own format.
class ReportSink {
public:
    virtual ~ReportSink() = default;

    /// `text` and `background`: the colours of plain article text (from the syntax theme).
    virtual void begin(const QString &title, const QColor &text, const QColor &background) = 0;
    /// `anchor`: an id for links inside the report (ASCII letters, digits and dashes only).
    virtual void heading(int level, const QString &text, const QString &anchor = {}) = 0;
    virtual void paragraph(const RichText &text, bool muted = false) = 0;
    /// Label/value pairs, e.g. an article's metadata.
    virtual void fields(const QList<std::pair<QString, RichText>> &fields) = 0;
    /// An article's text: line breaks kept, each line's direction from its own text.
    virtual void articleText(const RichText &runs) = 0;
    /// A table, row by row (so that a report of 100,000 annotations never holds all its rows).
    virtual void beginTable(const QStringList &header) = 0;
    virtual void tableRow(const QList<RichText> &cells) = 0;
    /// A row that heads a group of rows (an article, a holder): one cell across the table.
    virtual void tableGroupRow(const RichText &text) { tableRow({text}); }
    virtual void endTable() = 0;
    void table(const QStringList &header, const QList<QList<RichText>> &rows)
    {
        beginTable(header);
        for (const QList<RichText> &row : rows)
            tableRow(row);
        endTable();
    }
    /// Charts side by side (wrapping where the line is full), each drawn by BarChart::paint().
    virtual void charts(const QList<BarChart> &charts) = 0;
    /// Separates the parts of the report: page one, the articles (a page break where there are pages).
    virtual void separator() = 0;
    virtual void end() = 0;
};

} // namespace Parlance::Export
