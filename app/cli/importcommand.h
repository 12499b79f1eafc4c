// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// `parlance import PROJECT FILE...`: adds each file as an article (creating the project if absent).
// A file that cannot be read is reported on stderr, one line naming it, and the others are still
// imported; the exit status is non-zero if any file failed. Only stores articles: no analysis.

#include "commandline.h"

namespace Parlance::Cli {

/// Runs the command; `args` are the arguments after "import".
int runImport(const QStringList &args, Output io);

} // namespace Parlance::Cli
