// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Parlance::Cli {

/// Where a command writes: standard output and standard error (tests pass string-backed streams).
struct Output {
    QTextStream &out;
    QTextStream &err;
};

/// True if the arguments ask for the command line (a subcommand, --version or --help) rather than
/// the GUI; decided before any QApplication exists, so no display is needed for these.
bool wantsCommandLine(const QStringList &arguments);

/// Runs the command line (`arguments` as from QCoreApplication::arguments()); returns the exit status.
int run(const QStringList &arguments, Output io);

/// True if the command lays out text (a PDF or ODT report), which needs fonts and so a
/// QGuiApplication rather than a QCoreApplication.
bool needsGuiApplication(const QStringList &arguments);

/// The text of `parlance --help`.
QString helpText();

} // namespace Parlance::Cli
