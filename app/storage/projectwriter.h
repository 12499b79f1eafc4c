// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The write primitives of a Project (Okular's DocumentPrivate::perform*): private in Project,
// reachable only through this class. A person's edit never calls it: the session pushes a command
// (app/commands/), whose redo() and undo() write through it. Besides the commands only the named
// jobs that must write outside undo use it: the import job and its suggestion store (app/import/),
// housekeeping (app/jobs/: settings, the coder, backups, a new project's codebook), merging and
// distributing (app/teams/), and the tests. Each primitive goes through the project's one write
// helper (a transaction, then the change signal). tst_layering checks who includes this header.

#include "project.h"

namespace Parlance::Storage {

class ProjectWriter final {
public:
    explicit ProjectWriter(Project &project)
        : m_project(project)
    {
    }

    // Articles
    bool addArticles(QList<Model::Article> &articles, Error *error = nullptr) { return m_project.addArticles(articles, error); }
    bool addArticle(Model::Article &article, Error *error = nullptr) { return m_project.addArticle(article, error); }
    bool removeArticle(qint64 id, Error *error = nullptr) { return m_project.removeArticle(id, error); }

    // The codebook
    bool addCategory(Model::CodebookCategory &category, Error *error = nullptr) { return m_project.addCategory(category, error); }
    bool updateCategory(const Model::CodebookCategory &category, Error *error = nullptr)
    {
        return m_project.updateCategory(category, error);
    }
    bool removeCategory(qint64 id, Error *error = nullptr, QList<qint64> *uncategorized = nullptr)
    {
        return m_project.removeCategory(id, error, uncategorized);
    }
    bool restoreCategory(const Model::CodebookCategory &category, const QList<qint64> &annotationIds = {}, Error *error = nullptr)
    {
        return m_project.restoreCategory(category, annotationIds, error);
    }

    // The coder, settings, backups
    bool setCurrentCoder(const QString &name, Error *error = nullptr) { return m_project.setCurrentCoder(name, error); }
    bool setSetting(const QString &key, const QVariant &value, Error *error = nullptr) { return m_project.setSetting(key, value, error); }
    bool backupNow(Error *error = nullptr) { return m_project.backupNow(error); }

    // Comparison sets and commitment threads
    bool saveComparisonSet(ComparisonSet &set, Error *error = nullptr) { return m_project.saveComparisonSet(set, error); }
    bool removeComparisonSet(qint64 id, Error *error = nullptr) { return m_project.removeComparisonSet(id, error); }
    bool changeCommitmentThreads(const QList<qint64> &removeIds, QList<CommitmentThreadRecord> &write, Error *error = nullptr)
    {
        return m_project.changeCommitmentThreads(removeIds, write, error);
    }

    /// Several primitives as one transaction (see Project's private atomically()).
    bool atomically(const std::function<bool(Error *)> &writes, Error *error = nullptr) { return m_project.atomically(writes, error); }

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
