// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "highlight/precision.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace Parlance::Ui {

/// The View menu's precision switches: View > Hide Suggestions Below (off, 40 %, 60 %, 80 %) and
/// View > Show Word Classes. Remembered in the app's settings (a way of reading, not part of a
/// project: opening a project to read it writes nothing).
class ViewPrecision final : public QObject {
    Q_OBJECT
public:
    /// `parent` also owns the menu.
    explicit ViewPrecision(QWidget *parent);

    const Highlight::Precision &precision() const { return m_precision; }
    /// The thresholds offered, as fractions (0: off).
    static QList<double> thresholds();

    /// "Hide Suggestions Below" with one checkable action per threshold.
    QMenu *thresholdMenu() const { return m_menu; }
    QAction *wordClassesAction() const { return m_wordClasses; }

Q_SIGNALS:
    void changed(const Parlance::Highlight::Precision &precision);

private:
    void set(const Highlight::Precision &precision);

    Highlight::Precision m_precision;
    QMenu *m_menu;
    QActionGroup *m_group;
    QAction *m_wordClasses;
};

} // namespace Parlance::Ui
