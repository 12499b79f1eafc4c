// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

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
    virtual void endTable() = 0;
    void table(const QStringList &header, const QList<QList<RichText>> &rows)
    {
        beginTable(header);
        for (const QList<RichText> &row : rows)
            tableRow(row);
        endTable();
    }
    /// Separates articles (a page break where there are pages).
    virtual void separator() = 0;
    virtual void end() = 0;
};

} // namespace Parlance::Export
