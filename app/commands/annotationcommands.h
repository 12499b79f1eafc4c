// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Every change a person makes to annotations is one of these commands on the project's QUndoStack
// (see ProjectCommand).

#include "model/annotation.h"
#include "projectcommand.h"

namespace Parlance::Commands {

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

/// Accepts or rejects the pending ones of the suggestions given, as one undo step (one speaker's
/// suggestions, an actor's mentions).
class DecideSuggestionsCommand final : public ProjectCommand {
public:
    DecideSuggestionsCommand(Storage::Project *project, const QList<Model::Annotation> &suggestions, Model::Origin decision,
                             QUndoCommand *parent = nullptr);
    void redo() override;
    int count() const { return childCount(); }
};

/// The annotation with a new origin and the coder who decided.
Model::Annotation withOrigin(Model::Annotation annotation, Model::Origin origin, const QString &coder);

} // namespace Parlance::Commands
