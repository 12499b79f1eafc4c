// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "highlight/articlehighlighter.h"
#include "model/annotation.h"

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QColor>
#include <QHash>
#include <QList>
#include <QTextCharFormat>

namespace Parlance::Highlight {

/// Highlights an article for a report (HTML, PDF, ODT) the way the article view does, without a
/// QTextDocument: the lexical layer comes from the same KSyntaxHighlighting definition and theme
/// (walking the text line by line with highlightLine()), and the annotations are overlaid with
/// ArticleHighlighter's own overlay formats and colours. The result is a list of runs, each with
/// the merged character format, which the report writers turn into HTML spans or text fragments.
class ReportHighlighter final : public KSyntaxHighlighting::AbstractHighlighter {
public:
    using Mark = ArticleHighlighter::Mark;

    /// A piece of the text with one format. Runs cover the text without gaps, in order.
    struct Run {
        Model::Span span;
        QTextCharFormat format;
        bool annotated = false; ///< some annotation covers it (for formats without colours, e.g. Markdown)
        quint16 markTypes = 0;  ///< the Mark::Type of every mark covering it, as bits (1 << type)
    };

    ReportHighlighter();

    void setDarkMode(bool dark) { m_dark = dark; }
    bool isDarkMode() const { return m_dark; }

    /// The theme's normal text and background colours (what plain text looks like in the view).
    QColor textColor() const;
    QColor backgroundColor() const;

    /// The overlay marks of `annotations`, built as the article view builds them (rejected ones and
    /// empty spans are left out); categories take their colour from `categoryColors`.
    QList<Mark> marksFor(const QList<Model::Annotation> &annotations, const QHash<qint64, QColor> &categoryColors) const;
    /// Word marks of a linked quote, coloured as in the compare view.
    QList<Mark> wordMarks(const QList<Analysis::WordMark> &marks) const;

    /// Highlights `text` with `marks` on top.
    QList<Run> highlight(QStringView text, const QList<Mark> &marks);

    /// The format of a theme's lexical style, as a QTextCharFormat (what SyntaxHighlighter applies).
    QTextCharFormat lexicalFormat(const KSyntaxHighlighting::Format &format) const;

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    struct Lexical {
        int start;
        int end;
        int formatIndex;
    };
    bool m_dark = false;
    int m_lineStart = 0;
    QList<Lexical> m_lexical;
    QList<QTextCharFormat> m_formats; ///< index 0: no lexical format
    QHash<int, int> m_formatIndex;   ///< KSyntaxHighlighting::Format::id() -> index into m_formats
};

} // namespace Parlance::Highlight
