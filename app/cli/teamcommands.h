// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The commands for teams of coders:
//   parlance agree PROJECT [--coders A,B] [--kind K] [--match exact|overlap] [--overlap X]
//                  [--format json|csv|markdown|html|pdf|odt] [-o OUT]
//   parlance distribute MASTER --coders A,B,C -o DIR [--suggestions keep|drop]
//   parlance merge A B ... -o OUT
// Errors are one line naming the file, exit status 1 (2 for a usage error). Inputs are never changed.

#include "commandline.h"

namespace Parlance::Cli {

int runAgree(const QStringList &args, Output io);
int runDistribute(const QStringList &args, Output io);
int runMerge(const QStringList &args, Output io);

/// True if `arguments` ask for an agreement report that lays out text (PDF, ODT).
bool agreeNeedsGuiApplication(const QStringList &arguments);

} // namespace Parlance::Cli
