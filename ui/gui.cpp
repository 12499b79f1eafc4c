// SPDX-License-Identifier: GPL-2.0-or-later
#include "gui.h"

#include "backupdialog.h"
#include "mainwindow.h"
#include "session/openarticles.h"
#include "session/projectsession.h"
#include "storage/closeonsignal.h"
#include "storage/filelock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QAction>
#include <QLineEdit>
#include <QTimer>
#include <cstdio>

namespace Parlance::Ui {

GuiOptions parseGuiOptions(const QStringList &arguments)
{
    GuiOptions options;
    QCommandLineParser parser;
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("png"));
    const QCommandLineOption compare(QStringLiteral("compare"), QString(), QStringLiteral("list"));
    const QCommandLineOption size(QStringLiteral("size"), QString(), QStringLiteral("WxH"));
    const QCommandLineOption quit(QStringLiteral("quit-after-start"));
    const QCommandLineOption dock(QStringLiteral("dock"), QString(), QStringLiteral("name"));
    const QCommandLineOption trigger(QStringLiteral("trigger"), QString(), QStringLiteral("action"));
    const QCommandLineOption find(QStringLiteral("find"), QString(), QStringLiteral("words"));
    parser.addOptions({screenshot, compare, size, quit, dock, trigger, find});
    parser.addPositionalArgument(QStringLiteral("project"), QString());
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    options.projectPath = parser.positionalArguments().value(0);
    options.screenshotPath = parser.value(screenshot);
    options.quitAfterStart = parser.isSet(quit);
    options.dock = parser.value(dock);
    options.trigger = parser.values(trigger);
    options.find = parser.value(find);
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        bool okW = false, okH = false;
        const int w = wh.value(0).toInt(&okW), h = wh.value(1).toInt(&okH);
        if (wh.size() != 2 || !okW || !okH || w < 200 || h < 150 || w > 8000 || h > 8000)
            options.error = QStringLiteral("--size wants WIDTHxHEIGHT, e.g. 1280x800");
        else
            options.size = QSize(w, h);
    }
    if (parser.isSet(compare)) {
        for (const QString &n : parser.value(compare).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int number = n.trimmed().toInt(&ok);
            if (!ok || number < 1) {
                options.error = QStringLiteral("--compare wants article numbers such as 1,2");
                break;
            }
            options.compare.append(number);
        }
    }
    return options;
}

int runGui(QApplication &app)
{
    const GuiOptions options = parseGuiOptions(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "parlance: %s\n", qPrintable(options.error));
        return 2;
    }

    // SIGTERM or Ctrl+C closes the project as quitting does (see closeonsignal.h).
    Storage::CloseOnSignal closeOnSignal;
    MainWindow window;
    // Screenshots and start-up checks run unattended: no dialog may wait for a person.
    const bool interactive = options.screenshotPath.isEmpty() && !options.quitAfterStart;
    window.setInteractive(interactive);
    window.resize(options.size);
    QString error;
    if (!window.openStartupContent(options, &error)) {
        std::fprintf(stderr, "parlance: %s\n", qPrintable(error));
        // A project that was refused (not one in use elsewhere): say why and offer its backups.
        if (!interactive || options.projectPath.isEmpty() || Storage::FileLock::isHeld(options.projectPath))
            return 1;
        GuiOptions restored = options;
        restored.projectPath = BackupDialog::offer(nullptr, options.projectPath, error);
        if (restored.projectPath.isEmpty())
            return 1;
        if (!window.openStartupContent(restored, &error)) {
            std::fprintf(stderr, "parlance: %s\n", qPrintable(error));
            return 1;
        }
    }

    if (!options.dock.isEmpty()) {
        auto *dock = window.findChild<QDockWidget *>(options.dock);
        if (!dock) {
            std::fprintf(stderr, "parlance: --dock: no dock called %s\n", qPrintable(options.dock));
            return 2;
        }
        window.show(); // docks are sized once the window is laid out
        dock->show();
        dock->raise();
        // A bottom dock's first height is its content's least: give a view of the project room.
        window.resizeDocks({dock}, {options.size.height() * 2 / 5}, Qt::Vertical);
    }
    for (const QString &name : options.trigger) {
        auto *action = window.findChild<QAction *>(name);
        if (!action) {
            std::fprintf(stderr, "parlance: --trigger: no action called %s\n", qPrintable(name));
            return 2;
        }
        window.show();
        action->trigger();
    }
    if (!options.find.isEmpty()) {
        window.show();
        window.searchBox()->setText(options.find);
        Q_EMIT window.searchBox()->returnPressed();
    }
    if (!options.screenshotPath.isEmpty()) {
        window.show();
        // The site text is folded once the analysis (off the GUI thread) is in.
        QDeadlineTimer deadline(30000);
        while (!window.session()->openArticles()->isAnalysed() && !deadline.hasExpired())
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        if (options.find.isEmpty()) // a search has opened its first hit
            window.selectShowcase();
        // Let layouts settle and the highlighter finish before grabbing.
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        if (!window.grab().save(options.screenshotPath, "PNG")) {
            std::fprintf(stderr, "parlance: %s: cannot write the screenshot\n", qPrintable(options.screenshotPath));
            return 1;
        }
        return 0;
    }

    window.show();
    if (options.quitAfterStart)
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}

} // namespace Parlance::Ui
