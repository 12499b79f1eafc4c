// SPDX-License-Identifier: GPL-2.0-or-later
#include "articlehighlighter.h"

#include "actorcolors.h"
#include "syntaxrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/FoldingRegion>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QVarLengthArray>

#include <algorithm>

namespace Parlance::Highlight {

using Model::AnnotationKind;
using Model::Span;

ArticleHighlighter::ArticleHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(document)
    , m_target(document)
{
}

void ArticleHighlighter::detach()
{
    if (document())
        m_target = document();
    setDocument(nullptr);
}

void ArticleHighlighter::attach()
{
    if (document() || !m_target)
        return;
    // A new text (the only time the document changes) starts with no block shown yet.
    m_wanted.assign(size_t(m_target->blockCount()), 0);
    rebuild();
    setDocument(m_target);
    // setDocument() only schedules the work; do it now so the first paint is highlighted. On
    // demand, the paint asks for its blocks itself, and the scheduled pass (a call posted to this
    // object) would visit every block only to skip it: 70,000 blocks of a 20 MB article, a sixth
    // of its first paint. It is dropped; the text never changes while a highlighter is attached.
    if (!m_onDemand)
        rehighlight();
    else
        QCoreApplication::removePostedEvents(this, QEvent::MetaCall);
}

bool ArticleHighlighter::isBlockHighlighted(int blockNumber) const
{
    if (!document())
        return false;
    if (!m_onDemand)
        return true;
    return blockNumber >= 0 && size_t(blockNumber) < m_wanted.size() && m_wanted[size_t(blockNumber)];
}

void ArticleHighlighter::highlightBlocks(int first, int last)
{
    QTextDocument *doc = document();
    if (!m_onDemand || !doc)
        return;
    for (QTextBlock block = doc->findBlockByNumber(std::max(0, first)); block.isValid() && block.blockNumber() <= last;
         block = block.next())
        highlightShownBlock(block);
}

void ArticleHighlighter::highlightShownBlock(const QTextBlock &block)
{
    QTextDocument *doc = document();
    if (!m_onDemand || !doc || !block.isValid() || block.document() != doc)
        return;
    m_wanted.resize(size_t(doc->blockCount()), 0);
    char &wanted = m_wanted[size_t(block.blockNumber())];
    if (wanted)
        return;
    wanted = 1;
    rehighlightBlock(block);
}

void ArticleHighlighter::setDarkMode(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    rebuild();
}

void ArticleHighlighter::setAnnotations(const QList<Model::Annotation> &annotations, const QHash<qint64, QColor> &categoryColors)
{
    m_annotations = annotations;
    m_categoryColors = categoryColors;
    rebuild();
}

void ArticleHighlighter::setPrecision(const Precision &precision)
{
    if (m_precision == precision)
        return;
    const bool lexical = m_precision.wordClasses != precision.wordClasses;
    m_precision = precision;
    rebuild();
    // The lexical layer is not among the marks: every highlighted block is drawn anew.
    if (lexical && document())
        rehighlight();
}

void ArticleHighlighter::actorNamesChanged()
{
    rebuild();
    if (document())
        rehighlight();
}

void ArticleHighlighter::setWordMarks(const QList<Analysis::WordMark> &marks)
{
    m_wordMarks = marks;
    rebuild();
}

void ArticleHighlighter::setBoilerplate(const QList<Model::Span> &spans)
{
    m_boilerplate = spans;
    rebuild();
}

QList<ArticleHighlighter::Mark> ArticleHighlighter::marksInBlock(int blockNumber) const
{
    return m_blockMarks.value(blockNumber);
}

QList<ArticleHighlighter::Mark> ArticleHighlighter::annotationMarks(const QList<Model::Annotation> &annotations,
                                                                   const QHash<qint64, QColor> &categoryColors, bool dark)
{
    QList<Mark> marks;
    marks.reserve(annotations.size());
    for (const Model::Annotation &a : annotations) {
        if (a.origin == Model::Origin::Rejected || a.span.isEmpty())
            continue;
        Mark m;
        m.span = a.span;
        m.confirmed = a.isConfirmed();
        switch (a.kind) {
        case AnnotationKind::Quote: m.type = Mark::Quote; break;
        case AnnotationKind::ActorMention: m.type = Mark::Actor; break;
        case AnnotationKind::Commitment: m.type = Mark::Commitment; break;
        case AnnotationKind::Category: m.type = Mark::Category; break;
        }
        if (a.kind == AnnotationKind::Category) {
            const QColor c = categoryColors.value(a.categoryId, ActorColors::neutral(dark));
            m.color = c;
            m.tint = c;
            m.tint.setAlphaF(dark ? 0.35f : 0.25f);
        } else {
            m.color = ActorColors::color(a.actorId, dark);
            m.tint = ActorColors::tint(a.actorId, dark);
        }
        marks.append(m);
    }
    return marks;
}

QList<ArticleHighlighter::Mark> ArticleHighlighter::wordMarks(const QList<Analysis::WordMark> &marks, bool dark)
{
    QList<Mark> result;
    result.reserve(marks.size());
    for (const Analysis::WordMark &w : marks) {
        Mark m;
        m.span = w.span;
        m.confirmed = true;
        switch (w.change) {
        case Analysis::WordChange::Equal: m.type = Mark::WordEqual; break;
        case Analysis::WordChange::Changed: m.type = Mark::WordChanged; break;
        case Analysis::WordChange::Deleted:
        case Analysis::WordChange::Inserted: m.type = Mark::WordOnlyHere; break;
        }
        m.color = dark ? QColor(0xff, 0x9e, 0x80) : QColor(0xb0, 0x30, 0x00);
        m.tint = dark ? QColor(0x6a, 0x3a, 0x10) : QColor(0xff, 0xe0, 0xa0);
        result.append(m);
    }
    return result;
}

void ArticleHighlighter::rebuild()
{
    QTextDocument *doc = m_target;
    if (!doc)
        return;

    QList<Mark> marks;
    marks.reserve(m_annotations.size() + m_wordMarks.size() + m_boilerplate.size());
    for (const Span &s : std::as_const(m_boilerplate))
        marks.append({s, Mark::Boilerplate, true, ActorColors::neutral(m_dark), {}});
    // A pending mention that does not name its actor ("he", "the ministry", resolved by the
    // analysis) is drawn once a person confirms it: precision first.
    const ActorNameMatcher &names = SyntaxRepository::instance().actorNames();
    QList<Model::Annotation> shown;
    shown.reserve(m_annotations.size());
    for (const Model::Annotation &a : std::as_const(m_annotations)) {
        if (m_precision.hides(a))
            continue;
        if (a.kind != AnnotationKind::ActorMention || a.origin != Model::Origin::Suggested || !a.actorId || names.isName(a.exact))
            shown.append(a);
    }
    marks += annotationMarks(shown, m_categoryColors, m_dark);
    marks += wordMarks(m_wordMarks, m_dark);

    // Where each block starts, found once by walking the blocks: findBlock() and position() per
    // mark each search the document's tree, a third of a 20 MB article's first paint.
    QList<int> blockStarts;
    blockStarts.reserve(doc->blockCount());
    int position = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        blockStarts.append(position);
        position += block.length();
    }
    QList<QList<Mark>> perBlock(blockStarts.size());
    for (const Mark &m : std::as_const(marks)) {
        if (m.span.isEmpty() || m.span.start < 0 || m.span.start >= position)
            continue; // nothing to draw, or past the text (as findBlock() would say)
        // The block holding the mark's start: the last one starting at or before it.
        auto first = std::upper_bound(blockStarts.cbegin(), blockStarts.cend(), m.span.start);
        for (qsizetype n = std::max<qsizetype>(0, first - blockStarts.cbegin() - 1);
             n < blockStarts.size() && blockStarts[n] < m.span.end; ++n)
            perBlock[n].append(m);
    }

    // Only blocks whose marks changed are highlighted again (none while detached: attach() does all).
    const QList<QList<Mark>> old = std::exchange(m_blockMarks, perBlock);
    if (!document())
        return;
    for (int n = 0; n < m_blockMarks.size(); ++n) {
        if (n < old.size() && old[n] == m_blockMarks[n])
            continue;
        if (old.value(n).isEmpty() && m_blockMarks[n].isEmpty())
            continue;
        if (!isBlockHighlighted(n))
            continue; // highlighted with its new marks when it is shown
        rehighlightBlock(doc->findBlockByNumber(n));
    }
}

QTextCharFormat ArticleHighlighter::overlayFor(const Mark &m)
{
    QTextCharFormat f;
    switch (m.type) {
    case Mark::Quote:
        f.setFontItalic(true);
        if (m.confirmed) {
            f.setBackground(m.tint);
        } else {
            f.setUnderlineStyle(QTextCharFormat::DotLine);
            f.setUnderlineColor(m.color);
        }
        break;
    case Mark::Actor:
        f.setFontWeight(QFont::Bold);
        f.setForeground(m.color);
        if (m.confirmed) {
            f.setBackground(m.tint);
        } else {
            f.setUnderlineStyle(QTextCharFormat::DotLine);
            f.setUnderlineColor(m.color);
        }
        break;
    case Mark::Commitment:
        f.setUnderlineColor(m.color);
        if (m.confirmed) {
            f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            f.setBackground(m.tint);
        } else {
            f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        }
        break;
    case Mark::Category:
        f.setFontOverline(true);
        f.setBackground(m.tint);
        break;
    case Mark::Boilerplate:
        f.setForeground(m.color);
        break;
    case Mark::WordEqual:
        break;
    case Mark::WordOnlyHere:
        f.setBackground(m.tint);
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        f.setUnderlineColor(m.color);
        break;
    case Mark::WordChanged:
        f.setBackground(m.tint);
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(m.color);
        break;
    }
    return f;
}

void ArticleHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (!m_precision.wordClasses && SyntaxRepository::isWordClass(format))
        return;
    KSyntaxHighlighting::SyntaxHighlighter::applyFormat(offset, length, format);
    m_lexicalCuts.append(offset);
    m_lexicalCuts.append(offset + length);
}

void ArticleHighlighter::applyFolding(int, int, KSyntaxHighlighting::FoldingRegion)
{
    // Paragraphs are not folded by the definition (site text is, by the view), and the base class
    // would collect regions that only its own highlightBlock() clears.
}

void ArticleHighlighter::applyActorNames(const QString &text)
{
    const ActorNameMatcher &names = SyntaxRepository::instance().actorNames();
    if (names.isEmpty())
        return;
    const QList<KSyntaxHighlighting::Format> formats = definition().formats();
    const auto actor = std::find_if(formats.cbegin(), formats.cend(), [](const KSyntaxHighlighting::Format &f) {
        return f.name() == SyntaxRepository::actorFormatName;
    });
    if (actor == formats.cend())
        return;
    for (const Span &s : names.find(text))
        applyFormat(s.start, s.length(), *actor);
}

void ArticleHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    const int number = block.blockNumber();
    if (!isBlockHighlighted(number))
        return; // not shown yet: left plain

    // Each paragraph on its own, from the definition's initial state: the lexical layer of a block
    // never depends on the blocks before it (a quote left open ends with its paragraph), which is
    // what lets a block be highlighted when it is shown, without those above it.
    m_lexicalCuts.clear();
    if (definition().isValid()) {
        highlightLine(text, KSyntaxHighlighting::State());
        applyActorNames(text);
    }

    if (number < 0 || number >= m_blockMarks.size())
        return;
    const QList<Mark> &marks = m_blockMarks[number];
    if (marks.isEmpty())
        return;
    const int base = block.position();
    const int length = int(text.size());

    // Segment boundaries: every mark's start and end within the block, and every change of the
    // lexical format, so that each segment is uniform in both.
    QList<int> cuts{0, length};
    for (int cut : std::as_const(m_lexicalCuts))
        cuts.append(std::clamp(cut, 0, length));
    for (const Mark &m : marks) {
        cuts.append(std::clamp(m.span.start - base, 0, length));
        cuts.append(std::clamp(m.span.end - base, 0, length));
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    // Each mark's overlay once per block, in merge order: the usually narrower and more specific
    // kind is merged later and wins shared properties (background, underline); word differences
    // come last of all.
    static constexpr Mark::Type order[] = {Mark::Boilerplate, Mark::Category,  Mark::Quote,        Mark::Commitment,
                                           Mark::Actor,       Mark::WordEqual, Mark::WordOnlyHere, Mark::WordChanged};
    const qreal smallSize = document()->defaultFont().pointSizeF() * 0.85;
    QVarLengthArray<std::pair<const Mark *, QTextCharFormat>, 16> overlays;
    for (const Mark::Type type : order) {
        for (const Mark &m : marks) {
            if (m.type != type)
                continue;
            QTextCharFormat f = overlayFor(m);
            if (m.type == Mark::Boilerplate && smallSize > 0)
                f.setFontPointSize(smallSize);
            overlays.append({&m, f});
        }
    }
    for (qsizetype c = 0; c + 1 < cuts.size(); ++c) {
        const int from = cuts[c], to = cuts[c + 1];
        QTextCharFormat overlay;
        bool any = false;
        for (const auto &[m, f] : overlays) {
            if (m->span.start - base > from || m->span.end - base < to)
                continue;
            overlay.merge(f);
            any = true;
        }
        if (!any)
            continue;
        // The segment has one lexical format (see the cuts): merge once.
        QTextCharFormat merged = format(from);
        merged.merge(overlay);
        setFormat(from, to - from, merged);
    }
}

} // namespace Parlance::Highlight
