// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The write primitives of a Project's annotations and actors (Okular's DocumentPrivate::perform*):
// private in Project, reachable only through this class. A person's edit never calls it: the
// session pushes a command (app/commands/), whose redo() and undo() write through it. Besides the
// commands only the jobs that must write outside undo use it: the import job and its suggestion
// store (app/import/), merging and distributing (app/teams/), and the storage tests. Each primitive
// goes through the project's one write helper (a transaction, then the change signal).
// tst_writeaccess checks that nothing else includes this header.

#include "project.h"

namespace Parlance::Storage {

class ProjectWriter final {
public:
    explicit ProjectWriter(Project &project)
        : m_project(project)
    {
    }

    // Annotations
    bool addAnnotation(Model::Annotation &annotation, Error *error = nullptr) { return m_project.addAnnotation(annotation, error); }
    bool restoreAnnotation(const Model::Annotation &annotation, Error *error = nullptr)
    {
        return m_project.restoreAnnotation(annotation, error);
    }
    bool updateAnnotation(Model::Annotation &annotation, Error *error = nullptr) { return m_project.updateAnnotation(annotation, error); }
    bool removeAnnotation(qint64 id, Error *error = nullptr) { return m_project.removeAnnotation(id, error); }
    bool replaceSuggestions(qint64 articleId, QList<Model::Annotation> &suggestions, Error *error = nullptr)
    {
        return m_project.replaceSuggestions(articleId, suggestions, error);
    }

    // Actors
    bool addActor(Model::Actor &actor, Error *error = nullptr) { return m_project.addActor(actor, error); }
    bool updateActor(const Model::Actor &actor, Error *error = nullptr) { return m_project.updateActor(actor, error); }
    bool removeActor(qint64 id, Error *error = nullptr) { return m_project.removeActor(id, error); }
    bool restoreActor(const Model::Actor &actor, Error *error = nullptr) { return m_project.restoreActor(actor, error); }
    bool mergeActors(qint64 kept, qint64 merged, Error *error = nullptr, Project::ActorMerge *record = nullptr)
    {
        return m_project.mergeActors(kept, merged, error, record);
    }
    bool unmergeActors(const Project::ActorMerge &record, Error *error = nullptr) { return m_project.unmergeActors(record, error); }
    qint64 actorIdFor(const QString &name, Model::ActorType type, Error *error = nullptr)
    {
        return m_project.actorIdFor(name, type, error);
    }

private:
    Project &m_project;
};

} // namespace Parlance::Storage
