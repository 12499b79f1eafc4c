// SPDX-License-Identifier: GPL-2.0-or-later
#include "curationcommands.h"

namespace Parlance::Commands {

CurateCommand::CurateCommand(Storage::Project *project, const QString &text, const QList<Model::Annotation> &remove,
                             const QList<Model::Annotation> &add, QUndoCommand *parent)
    : ProjectCommand(project, text, parent)
    , m_remove(remove)
    , m_add(add)
{
}

void CurateCommand::redo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    QList<Model::Annotation> added = m_add;
    const bool ok = primitives().atomically([&](Storage::Error *e) {
        for (const Model::Annotation &a : std::as_const(m_remove)) {
            if (!primitives().removeAnnotation(a.id, e))
                return false;
        }
        // The first time the project assigns ids; afterwards the same rows come back under them.
        for (Model::Annotation &a : added) {
            if (!(m_done ? primitives().restoreAnnotation(a, e) : primitives().addAnnotation(a, e)))
                return false;
        }
        return true;
    }, &error);
    if (!ok)
        return fail(error);
    m_add = added;
    m_done = true;
}

void CurateCommand::undo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    const bool ok = primitives().atomically([&](Storage::Error *e) {
        for (const Model::Annotation &a : std::as_const(m_add)) {
            if (!primitives().removeAnnotation(a.id, e))
                return false;
        }
        for (const Model::Annotation &a : std::as_const(m_remove)) {
            if (!primitives().restoreAnnotation(a, e))
                return false;
        }
        return true;
    }, &error);
    if (!ok)
        fail(error);
}

} // namespace Parlance::Commands
