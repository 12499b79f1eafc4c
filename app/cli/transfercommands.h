// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// `parlance push FILE URL` and `parlance pull URL FILE`: a whole project between a file and a
// PostgreSQL server (see storage/postgres/transfer.h and doc/postgresql.md). URL is a
// postgresql:// URL, a libpq connection string or a service name; passwords come from libpq's
// usual places (~/.pgpass, PGPASSWORD, pg_service.conf) and are never printed.

#include "commandline.h"

namespace Parlance::Cli {

/// `args` are the arguments after "push": FILE URL [--schema NAME] [--coders ROLE] [--curators ROLE] [--blind]
int runPush(const QStringList &args, Output io);
/// `args` are the arguments after "pull": URL FILE [--schema NAME]
int runPull(const QStringList &args, Output io);

} // namespace Parlance::Cli
