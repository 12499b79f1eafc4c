// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// `parlance timeline PROJECT [--holder NAME] [--only confirmed|all] [--format text|json]`: the
// commitment threads of a project and each step's move, as text for reading or as JSON Lines (one
// thread per line) for scripts. The project is opened read-only.

#include "commandline.h"

namespace Parlance::Cli {

/// Runs the command; `args` are the arguments after "timeline".
int runTimeline(const QStringList &args, Output io);

} // namespace Parlance::Cli
