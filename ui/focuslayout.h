// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QMainWindow;

namespace Parlance::Ui {

/// The focus layout: the window's docks out of the way so that the reading area (side by side
/// columns above all) gets the whole width; leaving it brings the docks back as they were.
class FocusLayout final : public QObject {
    Q_OBJECT
public:
    explicit FocusLayout(QMainWindow *window);

    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// The window state worth remembering: while the focus layout is on, the one from before it.
    QByteArray windowState() const;

private:
    QMainWindow *m_window;
    QByteArray m_before;
    bool m_active = false;
};

} // namespace Parlance::Ui
