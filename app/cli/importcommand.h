// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// `parlance import PROJECT FILE... [--no-analysis]`: adds each file as an article with the
// analysis' suggestions (creating the project if absent), through the same Import::ImportJob as
// the window. A file that cannot be read, or whose text the project already has, is reported on
// stderr, one line naming it, and the others are still imported; the exit status is non-zero if
// any file failed.

#include "commandline.h"

namespace Parlance::Cli {

/// Runs the command; `args` are the arguments after "import".
int runImport(const QStringList &args, Output io);

} // namespace Parlance::Cli
