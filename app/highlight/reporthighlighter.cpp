// SPDX-License-Identifier: GPL-2.0-or-later
#include "reporthighlighter.h"

#include "actorcolors.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <algorithm>

namespace Parlance::Highlight {

using Mark = ReportHighlighter::Mark;

ReportHighlighter::ReportHighlighter()
    : m_formats{QTextCharFormat()}
{
}

QColor ReportHighlighter::textColor() const
{
    if (!theme().isValid())
        return m_dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x1d, 0x1d, 0x1f);
    return QColor::fromRgba(theme().textColor(KSyntaxHighlighting::Theme::Normal));
}

QColor ReportHighlighter::backgroundColor() const
{
    if (!theme().isValid())
        return m_dark ? QColor(0x1b, 0x1b, 0x1d) : QColor(Qt::white);
    return QColor::fromRgba(theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
}

QList<Mark> ReportHighlighter::marksFor(const QList<Model::Annotation> &annotations,
                                        const QHash<qint64, QColor> &categoryColors) const
{
    return ArticleHighlighter::annotationMarks(annotations, categoryColors, m_dark);
}

QList<Mark> ReportHighlighter::wordMarks(const QList<Analysis::WordMark> &marks) const
{
    return ArticleHighlighter::wordMarks(marks, m_dark);
}

QTextCharFormat ReportHighlighter::lexicalFormat(const KSyntaxHighlighting::Format &format) const
{
    // As KSyntaxHighlighting::SyntaxHighlighter::applyFormat() converts it.
    QTextCharFormat f;
    const KSyntaxHighlighting::Theme t = theme();
    if (!format.isValid() || format.isDefaultTextStyle(t))
        return f;
    f.setForeground(format.textColor(t));
    if (format.hasBackgroundColor(t))
        f.setBackground(format.backgroundColor(t));
    if (format.isBold(t))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(t))
        f.setFontItalic(true);
    if (format.isUnderline(t))
        f.setFontUnderline(true);
    if (format.isStrikeThrough(t))
        f.setFontStrikeOut(true);
    return f;
}

void ReportHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || !format.isValid())
        return;
    auto it = m_formatIndex.constFind(format.id());
    if (it == m_formatIndex.cend()) {
        const QTextCharFormat f = lexicalFormat(format);
        // Formats equal to the plain text need no run of their own.
        const int index = f.properties().isEmpty() ? 0 : int(m_formats.size());
        if (index)
            m_formats.append(f);
        it = m_formatIndex.insert(format.id(), index);
    }
    if (*it)
        m_lexical.append({m_lineStart + offset, m_lineStart + offset + length, *it});
}

QList<ReportHighlighter::Run> ReportHighlighter::highlight(QStringView text, const QList<Mark> &marks)
{
    const int length = int(text.size());

    // 1. The lexical layer, each line from the initial state as ArticleHighlighter does.
    m_lexical.clear();
    if (definition().isValid() && theme().isValid()) {
        int start = 0;
        while (start <= length) {
            int end = int(text.indexOf(u'\n', start));
            if (end < 0)
                end = length;
            m_lineStart = start;
            highlightLine(text.sliced(start, end - start), KSyntaxHighlighting::State());
            start = end + 1;
        }
    }
    std::sort(m_lexical.begin(), m_lexical.end(), [](const Lexical &a, const Lexical &b) { return a.start < b.start; });

    // 2. Cut the text wherever a lexical run or a mark starts or ends.
    QList<int> cuts{0, length};
    cuts.reserve(2 + 2 * (m_lexical.size() + marks.size()));
    for (const Lexical &l : std::as_const(m_lexical)) {
        cuts.append(l.start);
        cuts.append(l.end);
    }
    QList<Mark> sorted;
    for (const Mark &m : marks) {
        if (m.span.isEmpty() || !m.span.fitsIn(length))
            continue;
        sorted.append(m);
        cuts.append(m.span.start);
        cuts.append(m.span.end);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::sort(sorted.begin(), sorted.end(), [](const Mark &a, const Mark &b) { return a.span.start < b.span.start; });

    // 3. Each piece: its lexical format merged with the overlays of the marks covering it, in
    //    ArticleHighlighter's order (narrower, more specific kinds later; word differences last).
    static constexpr Mark::Type order[] = {Mark::Boilerplate, Mark::Category,  Mark::Quote,        Mark::Commitment,
                                           Mark::Actor,       Mark::WordEqual, Mark::WordOnlyHere, Mark::WordChanged};
    QList<Run> runs;
    qsizetype lexicalAt = 0;
    qsizetype nextMark = 0;
    QList<const Mark *> active;
    for (qsizetype c = 0; c + 1 < cuts.size(); ++c) {
        const int from = cuts[c], to = cuts[c + 1];
        while (lexicalAt < m_lexical.size() && m_lexical[lexicalAt].end <= from)
            ++lexicalAt;
        const bool inLexical = lexicalAt < m_lexical.size() && m_lexical[lexicalAt].start <= from;
        QTextCharFormat format = m_formats[inLexical ? m_lexical[lexicalAt].formatIndex : 0];

        active.erase(std::remove_if(active.begin(), active.end(), [&](const Mark *m) { return m->span.end <= from; }),
                     active.end());
        while (nextMark < sorted.size() && sorted[nextMark].span.start <= from) {
            if (sorted[nextMark].span.end > from)
                active.append(&sorted[nextMark]);
            ++nextMark;
        }
        for (const Mark::Type type : order) {
            for (const Mark *m : std::as_const(active)) {
                if (m->type != type)
                    continue;
                QTextCharFormat overlay = ArticleHighlighter::overlayFor(*m);
                if (m->type == Mark::Boilerplate)
                    overlay.setProperty(QTextFormat::FontSizeAdjustment, -1);
                format.merge(overlay);
            }
        }
        quint16 types = 0;
        for (const Mark *m : std::as_const(active))
            types |= quint16(1u << m->type);
        const bool annotated = (types & ~quint16((1u << Mark::Boilerplate) | (1u << Mark::WordEqual))) != 0;
        if (!runs.isEmpty() && runs.last().format == format && runs.last().markTypes == types)
            runs.last().span.end = to;
        else
            runs.append({{from, to}, format, annotated, types});
    }
    return runs;
}

} // namespace Parlance::Highlight
