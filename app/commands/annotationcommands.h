// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Every change a person makes to annotations is one of these commands on the project's QUndoStack.
// They hold ids and before/after snapshots (never pointers to annotations) and call the project's
// mutators, which write the change to the file at once. A command whose first redo() fails marks
// itself obsolete, so QUndoStack::push() drops it; error() says why.

#include "model/annotation.h"
#include "storage/project.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace Parley::Commands {

/// Shared by all commands: the project and the last error.
class ProjectCommand : public QUndoCommand {
public:
    const Storage::Error &error() const { return m_error; }
    /// Called whenever redo() or undo() fails (e.g. to tell the person); push() drops a command
    /// whose first redo() failed, so this is the way to hear of it.
    void setErrorHandler(std::function<void(const Storage::Error &)> handler) { m_onError = std::move(handler); }

protected:
    ProjectCommand(Storage::Project *project, const QString &text, QUndoCommand *parent);
    /// Records a failure; on the first redo the command becomes obsolete.
    void fail(const Storage::Error &error);

    QPointer<Storage::Project> m_project;
    Storage::Error m_error;
    bool m_done = false; ///< redo() has succeeded at least once
    std::function<void(const Storage::Error &)> m_onError;
};

class AddAnnotationCommand final : public ProjectCommand {
public:
    AddAnnotationCommand(Storage::Project *project, const Model::Annotation &annotation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /// The id the project gave the annotation (0 before the first redo).
    qint64 annotationId() const { return m_annotation.id; }

private:
    Model::Annotation m_annotation;
};

class EditAnnotationCommand : public ProjectCommand {
public:
    EditAnnotationCommand(Storage::Project *project, const Model::Annotation &before, const Model::Annotation &after,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /// Successive edits of one annotation's note merge into one step (typing).
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    qint64 annotationId() const { return m_after.id; }

protected:
    EditAnnotationCommand(Storage::Project *project, const Model::Annotation &before, const Model::Annotation &after,
                          const QString &text, QUndoCommand *parent);

private:
    bool write(const Model::Annotation &value);
    Model::Annotation m_before;
    Model::Annotation m_after;
};

class RemoveAnnotationCommand final : public ProjectCommand {
public:
    RemoveAnnotationCommand(Storage::Project *project, const Model::Annotation &annotation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Model::Annotation m_annotation;
};

/// Marks a suggestion Accepted (a person confirmed it).
class AcceptSuggestionCommand final : public EditAnnotationCommand {
public:
    AcceptSuggestionCommand(Storage::Project *project, const Model::Annotation &suggestion, QUndoCommand *parent = nullptr);
};

/// Marks a suggestion Rejected: kept, so that re-analysis does not propose it again.
class RejectSuggestionCommand final : public EditAnnotationCommand {
public:
    RejectSuggestionCommand(Storage::Project *project, const Model::Annotation &suggestion, QUndoCommand *parent = nullptr);
};

/// Accepts every pending suggestion of one article as one undo step.
class AcceptAllSuggestionsCommand final : public ProjectCommand {
public:
    AcceptAllSuggestionsCommand(Storage::Project *project, qint64 articleId, QUndoCommand *parent = nullptr);
    void redo() override;
    int count() const { return childCount(); }
};

/// The annotation with a new origin and the coder who decided.
Model::Annotation withOrigin(Model::Annotation annotation, Model::Origin origin, const QString &coder);

} // namespace Parley::Commands
