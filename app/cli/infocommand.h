// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// `parlance info PROJECT`: one JSON object on one line describing a project, e.g.
// {"annotations":3,"articles":2,"integrity":"ok","schema_version":2,…,"articles_list":[…]}.
// The project is opened read-only, so this works while Parlance has it open.

#include "commandline.h"

namespace Parlance::Cli {

/// Runs the command; `args` are the arguments after "info".
int runInfo(const QStringList &args, Output io);

} // namespace Parlance::Cli
