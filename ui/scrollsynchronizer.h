// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "analysis/textalignment.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QPlainTextEdit;

namespace Parlance::Ui {

/// Keeps several text views in step (the compare view links them, the views never know each other).
/// When one scrolls, each other one moves so that the place in its own text that tells the same
/// part of the story is at its top: aligned on the quotes linked across the columns, by length
/// where there are none (Analysis::TextAlignment). At either end of the one scrolled, the others
/// go to their ends too.
class ScrollSynchronizer final : public QObject {
    Q_OBJECT
public:
    explicit ScrollSynchronizer(QObject *parent = nullptr);

    /// The views to keep in step; their alignments start over (by length).
    void setViews(const QList<QPlainTextEdit *> &views);
    /// How the texts of views `first` and `second` (indexes into the views) correspond.
    void setAlignment(int first, int second, const Analysis::TextAlignment &alignment);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    /// Moves every other view to the place that corresponds to the top of `source`.
    void follow(QPlainTextEdit *source);

    /// The text position of the line at the top of a view.
    static int topPosition(const QPlainTextEdit *view);
    /// Scrolls a view so that the line holding `position` is at its top (as far as it scrolls).
    static void scrollToPosition(QPlainTextEdit *view, int position);

private:
    /// The position in view `to` corresponding to `position` in view `from`.
    int mapped(int from, int to, int position) const;

    QList<QPointer<QPlainTextEdit>> m_views;
    QList<QMetaObject::Connection> m_connections;
    /// Keyed by (first, second) with first < second.
    QHash<QPair<int, int>, Analysis::TextAlignment> m_alignments;
    bool m_enabled = true;
    bool m_following = false;
};

} // namespace Parlance::Ui
