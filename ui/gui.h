// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QApplication;

namespace Parlance::Ui {

/// What the GUI was asked to do on its command line.
struct GuiOptions {
    QString projectPath;    ///< empty: the bundled sample
    QString screenshotPath; ///< render the window to this PNG and exit
    QList<int> compare;     ///< article numbers (1-based, as `parlance info` lists them) side by side
    QSize size{1280, 800};
    QString dock;           ///< a dock to show (its object name, e.g. TimelineDock): for screenshots
    QStringList trigger;    ///< actions to trigger (object names, e.g. actionFocusLayout): for screenshots
    QString find;           ///< a search to run as Ctrl+F, typing and Enter would: for screenshots
    bool quitAfterStart = false; ///< show the window, let the event loop start, quit (a test hook)
    QString error;          ///< set when the arguments could not be parsed
};

GuiOptions parseGuiOptions(const QStringList &arguments);

/// Creates the main window as the options say and runs the event loop; returns the exit status.
int runGui(QApplication &app);

} // namespace Parlance::Ui
