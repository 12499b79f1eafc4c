// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Moving a whole project between a file and a server, every row of every table
// (Schema::tables(), parents first), both ways:
//   push: file -> an empty project on the server (made there when the schema does not exist yet);
//         ids are kept, identity sequences continue after them, each annotation's coder_role is
//         its coder when a role of that name exists (else the pushing role).
//   pull: server -> a new file (written beside, renamed into place when complete); the full-text
//         indexes are rebuilt. Pull as the owner or a curator: a coder of a blind project copies
//         only what row-level security lets them read.
// Values are converted by the server column's type: boolean <-> 0/1, timestamptz <-> the file's
// ISO 8601 text with milliseconds in UTC, date <-> ISO date, double precision exactly; a setting
// of type "bytes" travels in settings.value_bytes.

#include "pgschema.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Parlance::Storage::Postgres {

class Connection;

namespace Transfer {

/// Rows copied per table, in Schema::tables() order.
using RowCounts = QList<QPair<QString, qint64>>;

/// Copies the project file `path` (at the current schema version) into the schema
/// `options.schema` on `server`, creating it with `options` when it does not exist. Refuses a
/// schema that holds rows already. All or nothing: one transaction.
bool push(const QString &path, Connection &server, const Schema::Options &options, QString *error,
          RowCounts *counts = nullptr);

/// Copies the project in `schema` on `server` into a new project file `path`, which must not
/// exist. All or nothing: on failure no file is left at `path`.
bool pull(Connection &server, const QString &schema, const QString &path, QString *error, RowCounts *counts = nullptr);

} // namespace Transfer
} // namespace Parlance::Storage::Postgres
