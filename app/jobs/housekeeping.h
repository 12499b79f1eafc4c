// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The writes a project gets that are no person's edit, so no undo step: a setting remembered
// (the title reports carry), a new project's sample codebook. Named here so that the session
// reaches no write primitive itself: its verbs push commands (app/commands/) or call a named job
// (this one, or Import::ImportJob). Each write goes through Storage::ProjectWriter.

#include "model/annotation.h"
#include "storage/project.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace Parlance::Jobs {

class Housekeeping final {
public:
    explicit Housekeeping(Storage::Project &project)
        : m_project(project)
    {
    }

    /// Remembers a setting (Project::setting() reads it).
    bool remember(const QString &key, const QVariant &value, Error *error = nullptr);
    /// Gives a new project its first categories, all in one transaction or none; sets their ids.
    bool seedCodebook(QList<Model::CodebookCategory> &categories, Error *error = nullptr);

private:
    Storage::Project &m_project;
};

} // namespace Parlance::Jobs
