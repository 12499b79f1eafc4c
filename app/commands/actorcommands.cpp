// SPDX-License-Identifier: GPL-2.0-or-later
#include "actorcommands.h"

#include <QCoreApplication>

namespace Parlance::Commands {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Parlance::Commands", text);
}

QString editText(const Model::Actor &before, const Model::Actor &after)
{
    if (before.canonicalName != after.canonicalName)
        return tr("Rename %1 to %2").arg(before.canonicalName, after.canonicalName);
    if (before.type != after.type)
        return tr("Change the type of %1").arg(after.canonicalName);
    return tr("Change the role of %1").arg(after.canonicalName);
}
} // namespace

AddActorCommand::AddActorCommand(Storage::Project *project, const Model::Actor &actor, QUndoCommand *parent)
    : ProjectCommand(project, tr("Add actor %1").arg(actor.canonicalName), parent)
    , m_actor(actor)
{
}

void AddActorCommand::redo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    const bool ok = m_done ? primitives().restoreActor(m_actor, &error) : primitives().addActor(m_actor, &error);
    if (!ok)
        return fail(error);
    m_done = true;
}

void AddActorCommand::undo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    if (!primitives().removeActor(m_actor.id, &error))
        fail(error);
}

AssignNewActorCommand::AssignNewActorCommand(Storage::Project *project, const Model::Actor &actor,
                                             const Model::Annotation &annotation, bool asAddressee, QUndoCommand *parent)
    : ProjectCommand(project, asAddressee ? tr("Address to new actor %1").arg(actor.canonicalName)
                                          : tr("Attribute to new actor %1").arg(actor.canonicalName), parent)
    , m_actor(actor)
    , m_before(annotation)
    , m_asAddressee(asAddressee)
{
}

void AssignNewActorCommand::redo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    // Both or neither: a failed update leaves no new actor behind.
    const bool ok = primitives().atomically([&](Storage::Error *e) {
        if (!(m_done ? primitives().restoreActor(m_actor, e) : primitives().addActor(m_actor, e)))
            return false;
        Model::Annotation after = m_before;
        (m_asAddressee ? after.addresseeId : after.actorId) = m_actor.id;
        return primitives().updateAnnotation(after, e);
    }, &error);
    if (!ok)
        return fail(error);
    m_done = true;
}

void AssignNewActorCommand::undo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    Model::Annotation before = m_before;
    if (!primitives().atomically([&](Storage::Error *e) { return primitives().updateAnnotation(before, e) && primitives().removeActor(m_actor.id, e); },
                               &error))
        fail(error);
}

AddActorMentionCommand::AddActorMentionCommand(Storage::Project *project, const Model::Actor &actor,
                                               const Model::Annotation &mention, QUndoCommand *parent)
    : ProjectCommand(project, tr("Add actor %1").arg(actor.canonicalName), parent)
    , m_actor(actor)
    , m_mention(mention)
{
}

void AddActorMentionCommand::redo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    // The first time the project gives both their ids; afterwards they come back under them.
    Model::Actor actor = m_actor;
    Model::Annotation mention = m_mention;
    const bool ok = primitives().atomically([&](Storage::Error *e) {
        if (!(m_done ? primitives().restoreActor(actor, e) : primitives().addActor(actor, e)))
            return false;
        mention.actorId = actor.id;
        return m_done ? primitives().restoreAnnotation(mention, e) : primitives().addAnnotation(mention, e);
    }, &error);
    if (!ok)
        return fail(error);
    m_actor = actor;
    m_mention = mention;
    m_done = true;
}

void AddActorMentionCommand::undo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    if (!primitives().atomically([&](Storage::Error *e) {
            return primitives().removeAnnotation(m_mention.id, e) && primitives().removeActor(m_actor.id, e);
        }, &error))
        fail(error);
}

EditActorCommand::EditActorCommand(Storage::Project *project, const Model::Actor &before, const Model::Actor &after,
                                   QUndoCommand *parent)
    : ProjectCommand(project, editText(before, after), parent)
    , m_before(before)
    , m_after(after)
{
}

bool EditActorCommand::write(const Model::Actor &value)
{
    if (!m_project) {
        fail(noProject());
        return false;
    }
    Storage::Error error;
    if (!primitives().updateActor(value, &error)) {
        fail(error);
        return false;
    }
    return true;
}

void EditActorCommand::redo()
{
    if (write(m_after))
        m_done = true;
}

void EditActorCommand::undo()
{
    write(m_before);
}

MergeActorsCommand::MergeActorsCommand(Storage::Project *project, const Model::Actor &kept, const Model::Actor &merged,
                                       QUndoCommand *parent)
    : ProjectCommand(project, tr("Merge %1 into %2").arg(merged.canonicalName, kept.canonicalName), parent)
    , m_kept(kept.id)
    , m_merged(merged.id)
{
}

void MergeActorsCommand::redo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    if (!primitives().mergeActors(m_kept, m_merged, &error, &m_record))
        return fail(error);
    m_done = true;
}

void MergeActorsCommand::undo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    if (!primitives().unmergeActors(m_record, &error))
        fail(error);
}

} // namespace Parlance::Commands
