// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Blind coding: one copy of a master project per coder, sharing the master's UUIDs, so that the
// copies merge back (projectmerge.h) into one project holding every coder's work.

#include "storage/projectsnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Parlance::Teams {

/// What happens to the master's pending suggestions in the copies.
enum class Suggestions {
    Keep, ///< every coder gets them as their own pending suggestions, to accept or reject
    Drop, ///< coders start from the bare texts
};

struct CoderCopy {
    QString coder;
    Storage::ProjectSnapshot project;
};

/// The coders' copies of `master`: its articles, actors, codebook and comparison sets with their
/// UUIDs, the whole coder set, and of the annotations only the coder's own (and the suggestions,
/// by `suggestions`): no other coder's work, and no merge conflicts that would show it. A
/// suggestion's copy is the coder's, under a UUID derived from the master's and the coder's name,
/// so the coders' decisions on it never collide when merged.
QList<CoderCopy> distributeProject(const Storage::ProjectSnapshot &master, const QStringList &coders, Suggestions suggestions);

/// A file name for a coder's copy: `base`-`coder`.parlance, with characters that are unsafe in
/// file names replaced.
QString copyFileName(const QString &base, const QString &coder);

} // namespace Parlance::Teams
