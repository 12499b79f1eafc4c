// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Changes to the project's actors as undo commands (see ProjectCommand).

#include "model/actor.h"
#include "model/annotation.h"
#include "projectcommand.h"

namespace Parlance::Commands {

/// A new actor (e.g. a speaker typed into the attributes form).
class AddActorCommand final : public ProjectCommand {
public:
    AddActorCommand(Storage::Project *project, const Model::Actor &actor, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /// The id the project gave the actor (0 before the first redo).
    qint64 actorId() const { return m_actor.id; }

private:
    Model::Actor m_actor;
};

/// A new actor made the speaker, holder or addressee of an annotation, as one step (a name typed
/// into the attributes form that the project did not know).
class AssignNewActorCommand final : public ProjectCommand {
public:
    AssignNewActorCommand(Storage::Project *project, const Model::Actor &actor, const Model::Annotation &annotation,
                          bool asAddressee, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 actorId() const { return m_actor.id; }

private:
    Model::Actor m_actor;
    Model::Annotation m_before;
    bool m_asAddressee = false;
};

/// Text marked as an actor whose name the project does not know yet: the new actor and its first
/// mention as one step (undo takes both away).
class AddActorMentionCommand final : public ProjectCommand {
public:
    AddActorMentionCommand(Storage::Project *project, const Model::Actor &actor, const Model::Annotation &mention,
                           QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 actorId() const { return m_actor.id; }
    qint64 annotationId() const { return m_mention.id; }

private:
    Model::Actor m_actor;
    Model::Annotation m_mention;
};

/// A new name (the old one kept as an alias), type or role.
class EditActorCommand final : public ProjectCommand {
public:
    EditActorCommand(Storage::Project *project, const Model::Actor &before, const Model::Actor &after,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    bool write(const Model::Actor &value);
    Model::Actor m_before;
    Model::Actor m_after;
};

/// Two actors found to be one: the merged one's names become aliases of the kept one, and its
/// annotations move over. Undo separates them again, under their former ids.
class MergeActorsCommand final : public ProjectCommand {
public:
    MergeActorsCommand(Storage::Project *project, const Model::Actor &kept, const Model::Actor &merged,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    qint64 m_kept = 0;
    qint64 m_merged = 0;
    Storage::Project::ActorMerge m_record;
};

} // namespace Parlance::Commands
