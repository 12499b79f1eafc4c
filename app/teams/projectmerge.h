// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Merging copies of a project (one per coder, or any projects sharing articles) into one: the
// union of their contents by UUID. Pure: it reads snapshots and returns a snapshot, so the input
// files are never touched, and the result depends only on the inputs' contents, not their order.

#include "storage/projectsnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Parlance::Teams {

/// One project to merge, with the name the report uses for it (its file).
struct MergeInput {
    QString name;
    Storage::ProjectSnapshot snapshot;
};

/// A conflict this merge settled, with where each value came from.
struct ReportedConflict {
    Storage::MergeConflict conflict;
    QStringList keptFrom;
    QStringList lostFrom;
};

/// An annotation left out because its text is no longer in its article.
struct UnanchoredAnnotation {
    QString uuid;
    QString articleTitle;
    QString exact;
    QStringList from;
};

struct MergeResult {
    std::optional<Storage::ProjectSnapshot> project; ///< empty when the merge was refused
    QString error;                                   ///< why it was refused, naming the files
    QList<ReportedConflict> conflicts;               ///< settled by this merge (the project records them)
    QList<UnanchoredAnnotation> unanchored;
    QList<Storage::MergedIdentity> folded;           ///< identities this merge folded (same text or name)
    int reanchored = 0;                              ///< annotations moved to where their text now is
};

/// Merges the inputs. For one UUID in several inputs the newest version wins (by its modified
/// time; ties by content, so the result never depends on input order) and each differing field
/// is recorded as a conflict. Articles with the same text are one article; actors and categories
/// with the same normalised name are one (the losing name becomes an alias). An article UUID with
/// two different texts, or an annotation UUID on two different articles, refuses the merge.
MergeResult mergeProjects(const QList<MergeInput> &inputs);

} // namespace Parlance::Teams
