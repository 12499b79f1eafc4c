// SPDX-License-Identifier: GPL-2.0-or-later
#include "focuslayout.h"

#include <QDockWidget>
#include <QMainWindow>

namespace Parlance::Ui {

FocusLayout::FocusLayout(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void FocusLayout::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_before = m_window->saveState();
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
            dock->hide();
    } else {
        // Every dock comes back as it was before, where it was.
        m_window->restoreState(m_before);
    }
}

QByteArray FocusLayout::windowState() const
{
    return m_active ? m_before : m_window->saveState();
}

} // namespace Parlance::Ui
