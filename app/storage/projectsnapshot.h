// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A whole project as values keyed by UUID, read from one file and written to a new one: what
// `parlance distribute` and `parlance merge` work on. Row ids stay inside a file; between files
// only UUIDs (and an article's content hash) name things.

#include "project.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace Parlance::Storage {

struct SnapshotActor {
    Model::Actor actor; ///< id is the source file's
    QDateTime modified; ///< invalid when unknown (made before version 4)
};

struct SnapshotCategory {
    Model::CodebookCategory category;
    QDateTime modified;
};

/// An annotation with its references as UUIDs (its own ids are the source file's).
struct SnapshotAnnotation {
    Model::Annotation annotation;
    QString articleUuid;
    QString actorUuid;     ///< empty: none
    QString addresseeUuid;
    QString categoryUuid;
};

struct SnapshotCoder {
    QString name;
    QString uuid;
    friend bool operator==(const SnapshotCoder &, const SnapshotCoder &) = default;
};

struct SnapshotComparisonSet {
    QString uuid;
    QString name;
    QStringList articleUuids; ///< in column order
};

/// A difference a merge settled: the same entity (by UUID) with two values of a field.
struct MergeConflict {
    QString entity; ///< "annotation", "actor", "category", "article", "comparison set", "coder"
    QString uuid;
    QString field;
    QString keptValue;
    QString lostValue;
    QDateTime keptModified;
    QDateTime lostModified;

    /// The identity under which a project records the conflict once.
    QStringList key() const { return {entity, uuid, field, keptValue, lostValue}; }
};

/// An entity a merge folded into another (same text, or same name): later merges map `uuid` to
/// `mergedInto` as well.
struct MergedIdentity {
    QString entity;
    QString uuid;
    QString mergedInto;
    friend bool operator==(const MergedIdentity &, const MergedIdentity &) = default;
};

/// A row of the settings table, as stored (its declared type and value).
struct SnapshotSetting {
    QString key;
    QString type;
    QVariant value;
    friend bool operator==(const SnapshotSetting &, const SnapshotSetting &) = default;
};

struct ProjectSnapshot {
    QList<Model::Article> articles; ///< with texts
    QList<SnapshotActor> actors;
    QList<SnapshotCategory> categories;
    QList<SnapshotCoder> coders;
    QList<SnapshotAnnotation> annotations;
    QList<SnapshotComparisonSet> comparisonSets;
    QList<MergeConflict> conflicts;
    QList<MergedIdentity> mergedIdentities;
    QList<SnapshotSetting> settings;

    /// Reads an open project.
    static ProjectSnapshot read(const Project &project);
    /// Reads the project file at `path` and leaves it as it was: opened read-only, or, for a
    /// project of an earlier version, upgraded in a temporary copy. Null on failure (see `error`).
    static std::optional<ProjectSnapshot> readFile(const QString &path, Error *error);

    /// Writes this snapshot as a new project at `path`, which must not exist. The file appears
    /// complete or not at all (it is built under a temporary name beside `path`).
    bool write(const QString &path, Error *error) const;
};

/// Opens the project at `path` for reading and leaves the file as it was: read-only, or, for a
/// project of an earlier version, upgraded in a copy inside `scratch`. Null on failure.
std::unique_ptr<Project> openWithoutChanging(const QString &path, const QTemporaryDir &scratch, Error *error);

} // namespace Parlance::Storage
