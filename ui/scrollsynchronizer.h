// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractScrollArea;

namespace Parley::Ui {

/// Keeps several scroll areas in step (the application links them, the views never know each other).
/// When one scrolls, the others move to the same relative position of their own text, so columns of
/// different lengths stay roughly on the same part of the story.
class ScrollSynchronizer final : public QObject {
    Q_OBJECT
public:
    explicit ScrollSynchronizer(QObject *parent = nullptr);

    void setAreas(const QList<QAbstractScrollArea *> &areas);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    /// Moves every other area to the relative position of `source`.
    void follow(QAbstractScrollArea *source);

private:
    QList<QPointer<QAbstractScrollArea>> m_areas;
    QList<QMetaObject::Connection> m_connections;
    bool m_enabled = true;
    bool m_following = false;
};

} // namespace Parley::Ui
