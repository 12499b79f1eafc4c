// SPDX-License-Identifier: GPL-2.0-or-later
#include "scrollsynchronizer.h"

#include <QAbstractScrollArea>
#include <QScrollBar>

namespace Parley::Ui {

ScrollSynchronizer::ScrollSynchronizer(QObject *parent)
    : QObject(parent)
{
}

void ScrollSynchronizer::setAreas(const QList<QAbstractScrollArea *> &areas)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_areas.clear();
    for (QAbstractScrollArea *area : areas) {
        m_areas.append(area);
        m_connections.append(connect(area->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, area] {
            if (m_enabled)
                follow(area);
        }));
    }
}

void ScrollSynchronizer::setEnabled(bool enabled)
{
    m_enabled = enabled;
}

void ScrollSynchronizer::follow(QAbstractScrollArea *source)
{
    // A guard rather than QSignalBlocker: the scroll bars' valueChanged also moves each view's
    // contents, so blocking it would leave the followers unpainted.
    if (m_following || !source)
        return;
    m_following = true;
    const QScrollBar *from = source->verticalScrollBar();
    const double fraction = from->maximum() > from->minimum()
        ? double(from->value() - from->minimum()) / double(from->maximum() - from->minimum())
        : 0.0;
    for (const QPointer<QAbstractScrollArea> &area : std::as_const(m_areas)) {
        if (!area || area == source)
            continue;
        QScrollBar *to = area->verticalScrollBar();
        to->setValue(to->minimum() + int(fraction * (to->maximum() - to->minimum()) + 0.5));
    }
    m_following = false;
}

} // namespace Parley::Ui
