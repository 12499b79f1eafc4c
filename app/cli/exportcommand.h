// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// `parlance export PROJECT --format FMT -o OUT [--articles ID,...] [--only confirmed|all] [--bom] [--dark]`
// writes a report or an interchange file through the exporter registry (app/export/). For brat,
// OUT is a folder that receives one .txt and one .ann per article. Errors are one line naming the
// file, with exit status 1 (2 for a usage error).

#include "commandline.h"

namespace Parlance::Cli {

/// Runs the command; `args` are the arguments after "export".
int runExport(const QStringList &args, Output io);

/// True if `arguments` (as for Cli::run) ask for an export that lays out text (PDF, ODT), which
/// needs fonts and so a QGuiApplication rather than a QCoreApplication.
bool exportNeedsGuiApplication(const QStringList &arguments);

} // namespace Parlance::Cli
