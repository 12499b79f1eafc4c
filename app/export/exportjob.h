// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// One export from a project, shared by `parlance export` and the export dialog so that both take
// the same articles and annotations and write through the same exporter.

#include "exporter.h"

namespace Parlance::Storage {
class Project;
}

namespace Parlance::Export {

/// Loads what `options` chooses from `project` and writes it with `exporter` to `path`. On failure
/// returns false with a one-line message naming the project or the file. `warnings`, if given,
/// receives what was left out (ReportData::warnings).
bool exportProject(const Storage::Project &project, const Exporter &exporter, const ExportOptions &options,
                   const QString &path, Error *error, QStringList *warnings = nullptr);

/// `path` with the suffix of `exporter`'s format in place of its own (a folder format drops it).
QString pathForFormat(const QString &path, const Exporter &exporter);

} // namespace Parlance::Export
