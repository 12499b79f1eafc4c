// SPDX-License-Identifier: GPL-2.0-or-later
#include "scrollsynchronizer.h"

#include <QAbstractTextDocumentLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

namespace Parlance::Ui {

ScrollSynchronizer::ScrollSynchronizer(QObject *parent)
    : QObject(parent)
{
}

void ScrollSynchronizer::setViews(const QList<QPlainTextEdit *> &views)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_views.clear();
    m_alignments.clear();
    for (QPlainTextEdit *view : views) {
        m_views.append(view);
        m_connections.append(connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, view] {
            if (m_enabled)
                follow(view);
        }));
    }
}

void ScrollSynchronizer::setAlignment(int first, int second, const Analysis::TextAlignment &alignment)
{
    if (first > second)
        std::swap(first, second);
    m_alignments.insert({first, second}, alignment);
}

void ScrollSynchronizer::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

int ScrollSynchronizer::mapped(int from, int to, int position) const
{
    const auto it = m_alignments.constFind({std::min(from, to), std::max(from, to)});
    if (it != m_alignments.cend())
        return from < to ? it->toB(position) : it->toA(position);
    const Analysis::TextAlignment byLength(m_views[from]->document()->characterCount(),
                                           m_views[to]->document()->characterCount(), {});
    return byLength.toB(position);
}

int ScrollSynchronizer::topPosition(const QPlainTextEdit *view)
{
    // QPlainTextEdit scrolls by lines: the scroll bar's value is the top line's number.
    const int line = view->verticalScrollBar()->value();
    const QTextBlock block = view->document()->findBlockByLineNumber(line);
    if (!block.isValid())
        return 0;
    const QTextLayout *layout = block.layout();
    const int lineInBlock = line - block.firstLineNumber();
    if (layout && lineInBlock > 0 && lineInBlock < layout->lineCount())
        return block.position() + layout->lineAt(lineInBlock).textStart();
    return block.position();
}

void ScrollSynchronizer::scrollToPosition(QPlainTextEdit *view, int position)
{
    const QTextBlock block = view->document()->findBlock(position);
    if (!block.isValid())
        return;
    // Lay the block out first (the plain text layout does that lazily): its lines are counted then.
    view->document()->documentLayout()->blockBoundingRect(block);
    int line = block.firstLineNumber();
    if (const QTextLayout *layout = block.layout(); layout && layout->lineCount() > 1)
        line += std::max(0, layout->lineForTextPosition(position - block.position()).lineNumber());
    view->verticalScrollBar()->setValue(line);
}

void ScrollSynchronizer::follow(QPlainTextEdit *source)
{
    // A guard rather than QSignalBlocker: the scroll bars' valueChanged also moves each view's
    // contents, so blocking it would leave the followers unpainted.
    const int from = int(m_views.indexOf(source));
    if (m_following || from < 0)
        return;
    m_following = true;
    const QScrollBar *bar = source->verticalScrollBar();
    const bool atStart = bar->value() <= bar->minimum();
    const bool atEnd = !atStart && bar->value() >= bar->maximum();
    const int top = topPosition(source);
    for (int to = 0; to < m_views.size(); ++to) {
        QPlainTextEdit *view = m_views[to];
        if (!view || to == from)
            continue;
        QScrollBar *other = view->verticalScrollBar();
        if (atStart)
            other->setValue(other->minimum());
        else if (atEnd)
            other->setValue(other->maximum());
        else
            scrollToPosition(view, mapped(from, to, top));
    }
    m_following = false;
}

} // namespace Parlance::Ui
