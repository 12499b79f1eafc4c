// SPDX-License-Identifier: GPL-2.0-or-later
#include "articleview.h"

#include "highlight/actorcolors.h"
#include "highlight/articlehighlighter.h"
#include "syntaxsetup.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parlance::Ui {

using Model::Annotation;
using Model::AnnotationKind;

namespace {

// A paragraph is one block of the document, and Qt lays a block out whole (and KSyntaxHighlighting
// highlights it whole) as soon as it changes: a paragraph of megabytes would take minutes before the
// first paint. So a long paragraph is shown as several blocks, each ending where one of its spaces
// was, after a sentence where one ends near. One character for one: document positions stay the
// article's offsets. Only the picture changes (a line ends early every thousand characters or so).
constexpr qsizetype longestBlock = 1500;
constexpr qsizetype shortestPiece = 750;

QString textToShow(const QString &text)
{
    QString shown;
    qsizetype blockStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n') {
            blockStart = i + 1;
            continue;
        }
        if (i - blockStart < longestBlock)
            continue;
        // Over the limit: end the piece at the last sentence end (". ") between shortestPiece and
        // here, else at the last space, else (no space at all) leave it whole.
        const QStringView window = QStringView(text).sliced(blockStart + shortestPiece, i - blockStart - shortestPiece);
        qsizetype cut = -1;
        for (qsizetype k = window.size() - 1; k > 0 && cut < 0; --k) {
            if (window[k] == u' ' && (window[k - 1] == u'.' || window[k - 1] == u'?' || window[k - 1] == u'!'))
                cut = k;
        }
        for (qsizetype k = window.size() - 1; k >= 0 && cut < 0; --k) {
            if (window[k] == u' ' || window[k] == u'\t')
                cut = k;
        }
        if (cut < 0) {
            blockStart = i; // nothing to break at: try again further on
            continue;
        }
        if (shown.isEmpty())
            shown = text;
        shown[blockStart + shortestPiece + cut] = u'\n';
        blockStart = blockStart + shortestPiece + cut + 1;
    }
    return shown.isEmpty() ? text : shown;
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("ArticleView"));
    setAccessibleName(tr("Article text"));
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setMouseTracking(true);
    QFont reading = font();
    reading.setPointSizeF(reading.pointSizeF() * 1.15);
    setFont(reading);
    // Comfortable reading: a margin around the text block.
    document()->setDocumentMargin(24);
    m_highlighter = new Highlight::ArticleHighlighter(document());
    m_highlighter->setOnDemand(true);
    setUpSyntax(m_highlighter, palette());
    m_highlighter->setDarkMode(isDark());
    // Blocks scrolled into view are highlighted before the paint, so that it is not done twice
    // (a block's new formats would ask for another paint).
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticleView::highlightVisibleBlocks);
    m_lookAhead.setSingleShot(true);
    m_lookAhead.setInterval(0);
    connect(&m_lookAhead, &QTimer::timeout, this, &ArticleView::highlightAroundVisibleBlocks);
}

ArticleView::~ArticleView() = default;

bool ArticleView::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void ArticleView::setArticle(const Model::Article &article)
{
    // Overlays index blocks of the old text: drop them before the text changes.
    m_annotations.clear();
    m_boilerplate.clear();
    m_foldMarkers.clear();
    m_selectedId = 0;
    m_emphasizedActor = 0;
    m_hoverActor = 0;
    m_findHits.clear();
    m_currentFindHit = -1;
    m_highlighter->detach();
    m_highlighter->setAnnotations({});
    m_highlighter->setWordMarks({});
    m_highlighter->setBoilerplate({});
    m_article = article;
    setPlainText(textToShow(article.text));
    setExtraSelections({});
    // Highlighted once the overlays are known (setAnnotations) or, at the latest, before painting.
}

void ArticleView::ensureHighlighted()
{
    m_highlighter->attach();
    highlightVisibleBlocks();
}

void ArticleView::highlightVisibleBlocks()
{
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid() || !m_highlighter->isAttached())
        return;
    // Each block is highlighted before it is measured, so that it is laid out once, with its
    // formats, rather than plain first and again when they arrive.
    m_highlighter->highlightShownBlock(block);
    const qreal bottom = viewport()->height();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= bottom) {
        m_highlighter->highlightShownBlock(block);
        top += blockBoundingRect(block).height();
        block = block.next();
    }
    // The screens above and below are highlighted once the event loop is idle (after this
    // paint), so that scrolling to them only lays them out and paints.
    m_lookAhead.start();
}

void ArticleView::highlightAroundVisibleBlocks()
{
    const QTextBlock first = firstVisibleBlock();
    if (!first.isValid() || !m_highlighter->isAttached())
        return;
    const qreal screen = viewport()->height();
    qreal below = blockBoundingGeometry(first).translated(contentOffset()).top();
    QTextBlock last = first;
    while (last.isValid() && below <= screen) {
        below += blockBoundingRect(last).height();
        last = last.next();
    }
    // These blocks are off screen: their new formats need no paint, so the layout's update
    // signals are held back. Only a change in the number of lines matters (the scroll bar): the
    // lines of these blocks are counted before and after (the document's own count walks every
    // block of the text, too slow to ask after each scroll of a long article).
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    int linesChange = 0;
    auto highlight = [&](const QTextBlock &b) {
        const int before = b.lineCount();
        m_highlighter->highlightShownBlock(b);
        linesChange += b.lineCount() - before;
    };
    {
        const QSignalBlocker quiet(layout);
        for (QTextBlock b = last; b.isValid() && below <= 2 * screen; b = b.next()) {
            highlight(b);
            below += blockBoundingRect(b).height();
        }
        qreal above = 0;
        for (QTextBlock b = first.previous(); b.isValid() && above <= screen; b = b.previous()) {
            highlight(b);
            above += blockBoundingRect(b).height();
        }
    }
    if (linesChange != 0)
        Q_EMIT layout->documentSizeChanged(layout->documentSize());
}

void ArticleView::rehighlight()
{
    if (m_highlighter->isAttached())
        m_highlighter->actorNamesChanged();
}

void ArticleView::setAnnotations(const QList<Annotation> &annotations, const QHash<qint64, QString> &actorNames,
                                 const QHash<qint64, QColor> &categoryColors)
{
    m_annotations = annotations;
    m_actorNames = actorNames;
    m_categoryColors = categoryColors;
    m_highlighter->setAnnotations(annotations, categoryColors);
    ensureHighlighted();
    if (m_selectedId && !annotation(m_selectedId))
        m_selectedId = 0;
    updateExtraSelections();
}

std::optional<Annotation> ArticleView::annotation(qint64 id) const
{
    for (const Annotation &a : m_annotations)
        if (a.id == id)
            return a;
    return std::nullopt;
}

void ArticleView::setWordMarks(const QList<Analysis::WordMark> &marks)
{
    m_highlighter->setWordMarks(marks);
}

void ArticleView::setBoilerplate(const QList<Model::Span> &spans)
{
    m_boilerplate = spans;
    m_highlighter->setBoilerplate(spans);
    applyFolding();
}

void ArticleView::setBoilerplateFolded(bool folded)
{
    m_folded = folded;
    applyFolding();
}

int ArticleView::hiddenBlockCount() const
{
    int n = 0;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next())
        n += b.isVisible() ? 0 : 1;
    return n;
}

void ArticleView::applyFolding()
{
    QTextDocument *doc = document();
    m_foldMarkers.clear();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        b.setVisible(true);
    if (m_folded) {
        // Blocks are visited in order, so the spans are too: one pass over both, not one scan of
        // every span for every block.
        QList<Model::Span> spans = m_boilerplate;
        std::sort(spans.begin(), spans.end());
        qsizetype nextSpan = 0;
        int coveredTo = -1; // the furthest end of the spans starting at or before the block
        auto covered = [&](const QTextBlock &b) {
            const Model::Span blockSpan(b.position(), b.position() + b.length() - 1);
            while (nextSpan < spans.size() && spans[nextSpan].start <= blockSpan.start) {
                if (spans[nextSpan].isValid())
                    coveredTo = std::max(coveredTo, spans[nextSpan].end);
                ++nextSpan;
            }
            return !blockSpan.isEmpty() && coveredTo >= blockSpan.end;
        };
        // Each run of site-text paragraphs keeps its first paragraph (de-emphasised) with a marker.
        QTextBlock b = doc->begin();
        while (b.isValid()) {
            if (!covered(b)) {
                b = b.next();
                continue;
            }
            const int first = b.blockNumber();
            int hidden = 0;
            b = b.next();
            while (b.isValid() && (covered(b) || b.text().trimmed().isEmpty())) {
                if (!b.text().trimmed().isEmpty() || b.next().isValid()) {
                    b.setVisible(false);
                    ++hidden;
                }
                b = b.next();
            }
            m_foldMarkers.append({first, hidden});
        }
    }
    doc->markContentsDirty(0, doc->characterCount());
    viewport()->update();
}

QMimeData *ArticleView::createMimeDataFromSelection() const
{
    const QTextCursor c = textCursor();
    auto *data = new QMimeData;
    data->setText(m_article.text.mid(c.selectionStart(), c.selectionEnd() - c.selectionStart()));
    return data;
}

Model::Span ArticleView::selectedSpan() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return {};
    return {c.selectionStart(), c.selectionEnd()};
}

void ArticleView::selectSpan(Model::Span span)
{
    if (!span.fitsIn(document()->characterCount()))
        return;
    QTextCursor c(document());
    c.setPosition(span.start);
    c.setPosition(span.end, QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
}

void ArticleView::selectAnnotation(qint64 id)
{
    const auto a = annotation(id);
    m_selectedId = a ? id : 0;
    if (a) {
        selectSpan(a->span);
        m_emphasizedActor = a->actorId;
    } else {
        m_emphasizedActor = 0;
    }
    updateExtraSelections();
}

void ArticleView::setPrecision(const Highlight::Precision &precision)
{
    m_highlighter->setPrecision(precision);
}

QList<Annotation> ArticleView::annotationsAt(int position) const
{
    QList<Annotation> out;
    const Highlight::Precision &precision = m_highlighter->precision();
    for (const Annotation &a : m_annotations)
        if (a.origin != Model::Origin::Rejected && !precision.hides(a) && a.span.contains(position))
            out.append(a);
    std::sort(out.begin(), out.end(), [](const Annotation &x, const Annotation &y) { return x.span.length() < y.span.length(); });
    return out;
}

QString ArticleView::describe(const Annotation &a) const
{
    auto name = [this](qint64 id) { return id ? m_actorNames.value(id, tr("unknown actor")) : tr("not stated"); };
    QStringList lines;
    const QString state = a.origin == Model::Origin::Suggested ? tr("suggestion") : tr("confirmed");
    switch (a.kind) {
    case AnnotationKind::Quote:
        lines << tr("Quote (%1, %2)").arg(Model::quoteKindName(a.quoteKind), state);
        lines << tr("Speaker: %1").arg(name(a.actorId));
        if (a.addresseeId)
            lines << tr("Addressed to: %1").arg(name(a.addresseeId));
        break;
    case AnnotationKind::ActorMention:
        lines << tr("Actor: %1 (%2)").arg(name(a.actorId), state);
        break;
    case AnnotationKind::Commitment:
        lines << tr("Commitment: %1%2 (%3)")
                     .arg(Model::commitmentTypeName(a.commitmentType), a.negated ? tr(", negated") : QString(), state);
        lines << tr("Holder: %1").arg(name(a.actorId));
        if (a.addresseeId)
            lines << tr("Addressed to: %1").arg(name(a.addresseeId));
        if (a.strength >= 0)
            lines << tr("Strength: %1").arg(a.strength, 0, 'f', 2);
        if (!a.condition.isEmpty())
            lines << tr("Condition: %1").arg(a.condition.textIn(m_article.text).toString());
        if (!a.time.isEmpty())
            lines << tr("Time: %1").arg(a.time.textIn(m_article.text).toString());
        break;
    case AnnotationKind::Category:
        lines << tr("Category (%1)").arg(state);
        break;
    }
    lines << m_linkNotes.value(a.id);
    if (!a.note.isEmpty())
        lines << tr("Note: %1").arg(a.note);
    if (!a.coder.isEmpty())
        lines << tr("Coder: %1").arg(a.coder);
    return lines.join(u'\n');
}

bool ArticleView::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QList<Annotation> here = annotationsAt(cursorForPosition(inViewport).position());
        if (here.isEmpty()) {
            QToolTip::hideText();
            e->ignore();
            return true;
        }
        QStringList parts;
        for (const Annotation &a : here)
            parts << describe(a);
        QToolTip::showText(help->globalPos(), parts.join(u"\n\n"_s), this);
        return true;
    }
    return QPlainTextEdit::event(e);
}

int ArticleView::edgeAt(const QPoint &point) const
{
    const auto a = annotation(m_selectedId);
    if (!a)
        return 0;
    auto near = [&](int position) {
        QTextCursor c(document());
        c.setPosition(position);
        const QRect r = cursorRect(c);
        return std::abs(point.x() - r.center().x()) <= 4 && point.y() >= r.top() && point.y() <= r.bottom();
    };
    if (near(a->span.start))
        return 1;
    if (near(a->span.end))
        return 2;
    return 0;
}

Model::Span ArticleView::draggedSpan(const QPoint &point) const
{
    const auto a = annotation(m_selectedId);
    if (!a)
        return {};
    const int position = cursorForPosition(point).position();
    Model::Span span = a->span;
    (m_dragEdge == 1 ? span.start : span.end) = position;
    if (span.start > span.end)
        std::swap(span.start, span.end);
    return span;
}

void ArticleView::mousePressEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton && (m_dragEdge = edgeAt(e->position().toPoint())) != 0) {
        // Dragging an end of the selected annotation resizes it instead of selecting text.
        m_dragPreview = draggedSpan(e->position().toPoint());
        e->accept();
        return;
    }
    QPlainTextEdit::mousePressEvent(e);
}

void ArticleView::mouseMoveEvent(QMouseEvent *e)
{
    if (m_dragEdge) {
        m_dragPreview = draggedSpan(e->position().toPoint());
        selectSpan(m_dragPreview);
        return;
    }
    viewport()->setCursor(edgeAt(e->position().toPoint()) ? Qt::SizeHorCursor : Qt::IBeamCursor);
    QPlainTextEdit::mouseMoveEvent(e);
    qint64 actor = 0;
    for (const Annotation &a : annotationsAt(cursorForPosition(e->position().toPoint()).position())) {
        if (a.actorId) {
            actor = a.actorId;
            break;
        }
    }
    if (actor != m_hoverActor) {
        m_hoverActor = actor;
        updateExtraSelections();
    }
}

void ArticleView::leaveEvent(QEvent *e)
{
    QPlainTextEdit::leaveEvent(e);
    if (m_hoverActor) {
        m_hoverActor = 0;
        updateExtraSelections();
    }
}

void ArticleView::mouseReleaseEvent(QMouseEvent *e)
{
    if (m_dragEdge) {
        const Model::Span span = draggedSpan(e->position().toPoint());
        m_dragEdge = 0;
        const auto a = annotation(m_selectedId);
        if (a && !span.isEmpty() && span != a->span)
            Q_EMIT resizeRequested(a->id, span);
        else if (a)
            selectSpan(a->span);
        return;
    }
    QPlainTextEdit::mouseReleaseEvent(e);
    if (e->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const QList<Annotation> here = annotationsAt(cursorForPosition(e->position().toPoint()).position());
    m_selectedId = here.isEmpty() ? 0 : here.first().id;
    m_emphasizedActor = here.isEmpty() ? 0 : here.first().actorId;
    updateExtraSelections();
    if (m_selectedId)
        Q_EMIT annotationActivated(m_selectedId);
}

void ArticleView::focusInEvent(QFocusEvent *e)
{
    QPlainTextEdit::focusInEvent(e);
    Q_EMIT focusedIn();
}

void ArticleView::contextMenuEvent(QContextMenuEvent *e)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(e->pos()));
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        for (QAction *action : std::as_const(m_contextActions)) {
            if (action)
                menu->addAction(action);
            else
                menu->addSeparator();
        }
    }
    menu->exec(e->globalPos());
}

void ArticleView::changeEvent(QEvent *e)
{
    QPlainTextEdit::changeEvent(e);
    if (e->type() == QEvent::PaletteChange) {
        // A new theme changes every lexical format: highlight the whole text again, once.
        const bool attached = m_highlighter->isAttached();
        m_highlighter->detach();
        setUpSyntax(m_highlighter, palette());
        m_highlighter->setDarkMode(isDark());
        if (attached)
            ensureHighlighted();
        updateExtraSelections();
    }
}

QList<Model::Span> ArticleView::litSpans() const
{
    QList<Model::Span> out;
    for (const QTextEdit::ExtraSelection &s : extraSelections())
        out.append({s.cursor.selectionStart(), s.cursor.selectionEnd()});
    return out;
}

void ArticleView::emphasize(qint64 actorId)
{
    m_emphasizedActor = actorId;
    updateExtraSelections();
}

void ArticleView::setFindHits(const QList<Model::Span> &hits, int current)
{
    m_findHits = hits;
    m_currentFindHit = current;
    updateExtraSelections();
}

void ArticleView::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> extras;
    // Search hits under everything else, the current one in the selection's colours.
    for (int i = 0; i < m_findHits.size(); ++i) {
        if (!m_findHits[i].fitsIn(int(document()->characterCount())))
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(m_findHits[i].start);
        s.cursor.setPosition(m_findHits[i].end, QTextCursor::KeepAnchor);
        if (i == m_currentFindHit) {
            s.format.setBackground(palette().color(QPalette::Highlight));
            s.format.setForeground(palette().color(QPalette::HighlightedText));
        } else {
            QColor mark = palette().color(QPalette::Highlight);
            mark.setAlphaF(0.3f);
            s.format.setBackground(mark);
        }
        extras.append(s);
    }
    const qint64 actor = m_hoverActor ? m_hoverActor : m_emphasizedActor;
    const bool dark = isDark();
    if (actor) {
        // The speaker of a quote, the holder of a commitment: every annotation naming the actor.
        QColor glow = Highlight::ActorColors::color(actor, dark);
        glow.setAlphaF(0.35f);
        for (const Annotation &a : std::as_const(m_annotations)) {
            if (a.origin == Model::Origin::Rejected || (a.actorId != actor && a.addresseeId != actor))
                continue;
            if (a.kind != AnnotationKind::ActorMention && a.id != m_selectedId)
                continue;
            QTextEdit::ExtraSelection s;
            s.cursor = QTextCursor(document());
            s.cursor.setPosition(a.span.start);
            s.cursor.setPosition(a.span.end, QTextCursor::KeepAnchor);
            s.format.setBackground(glow);
            s.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            s.format.setUnderlineColor(Highlight::ActorColors::color(actor, dark));
            extras.append(s);
        }
    }
    setExtraSelections(extras);
}

void ArticleView::resizeEvent(QResizeEvent *e)
{
    QPlainTextEdit::resizeEvent(e);
    highlightVisibleBlocks();
}

void ArticleView::paintEvent(QPaintEvent *e)
{
    ensureHighlighted();
    QPlainTextEdit::paintEvent(e);
    if (m_foldMarkers.isEmpty())
        return;
    QPainter p(viewport());
    QFont f = font();
    f.setItalic(true);
    f.setPointSizeF(f.pointSizeF() * 0.85);
    p.setFont(f);
    const QFontMetrics fm(f);
    for (const auto &[number, hidden] : std::as_const(m_foldMarkers)) {
        const QTextBlock block = document()->findBlockByNumber(number);
        if (!block.isValid() || !block.isVisible())
            continue;
        const QRectF r = blockBoundingGeometry(block).translated(contentOffset());
        if (r.bottom() < 0 || r.top() > viewport()->height())
            continue;
        const QString full = hidden > 1 ? tr("\u22ef site text folded (%1 more paragraphs)").arg(hidden)
            : hidden == 1              ? tr("\u22ef site text folded (one more paragraph)")
                                       : tr("\u22ef site text");
        // A narrow column gets the marker shortened, never cut at the column's edge.
        const QString text = fm.elidedText(full, Qt::ElideRight, std::max(0, viewport()->width() - 28));
        const int w = fm.horizontalAdvance(text) + 12;
        const QRectF box(viewport()->width() - w - 8, r.bottom() - fm.height() - 4, w, fm.height() + 2);
        p.setPen(palette().color(QPalette::Mid));
        p.setBrush(palette().color(QPalette::AlternateBase));
        p.drawRoundedRect(box, 4, 4);
        QColor ink = palette().color(QPalette::Text);
        ink.setAlphaF(0.7f);
        p.setPen(ink);
        p.drawText(box, Qt::AlignCenter, text);
    }
}

} // namespace Parlance::Ui
