// SPDX-License-Identifier: GPL-2.0-or-later
#include "annotationcommands.h"

#include <QCoreApplication>

namespace Parlance::Commands {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Parlance::Commands", text);
}

QString describe(const Model::Annotation &a)
{
    switch (a.kind) {
    case Model::AnnotationKind::Quote: return tr("quote");
    case Model::AnnotationKind::ActorMention: return tr("actor mention");
    case Model::AnnotationKind::Commitment: return tr("commitment");
    case Model::AnnotationKind::Category: return tr("category");
    }
    return {};
}
} // namespace

Model::Annotation withOrigin(Model::Annotation annotation, Model::Origin origin, const QString &coder)
{
    annotation.origin = origin;
    if (!coder.isEmpty())
        annotation.coder = coder;
    return annotation;
}

// --- Add -------------------------------------------------------------------------------------

AddAnnotationCommand::AddAnnotationCommand(Storage::Project *project, const Model::Annotation &annotation, QUndoCommand *parent)
    : ProjectCommand(project, tr("Add %1").arg(describe(annotation)), parent)
    , m_annotation(annotation)
{
}

void AddAnnotationCommand::redo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    // The first time the project assigns the id; afterwards the same row comes back under it, so
    // later commands that name this id stay valid.
    const bool ok = m_done ? primitives().restoreAnnotation(m_annotation, &error) : primitives().addAnnotation(m_annotation, &error);
    if (!ok)
        return fail(error);
    m_done = true;
}

void AddAnnotationCommand::undo()
{
    Storage::Error error;
    if (!m_project)
        return fail(noProject());
    if (!primitives().removeAnnotation(m_annotation.id, &error))
        fail(error);
}

// --- Edit ------------------------------------------------------------------------------------

EditAnnotationCommand::EditAnnotationCommand(Storage::Project *project, const Model::Annotation &before,
                                             const Model::Annotation &after, QUndoCommand *parent)
    : EditAnnotationCommand(project, before, after, tr("Edit %1").arg(describe(after)), parent)
{
}

EditAnnotationCommand::EditAnnotationCommand(Storage::Project *project, const Model::Annotation &before,
                                             const Model::Annotation &after, const QString &text, QUndoCommand *parent)
    : ProjectCommand(project, text, parent)
    , m_before(before)
    , m_after(after)
{
}

bool EditAnnotationCommand::write(const Model::Annotation &value)
{
    if (!m_project) {
        fail(noProject());
        return false;
    }
    Model::Annotation copy = value;
    Storage::Error error;
    if (!primitives().updateAnnotation(copy, &error)) {
        fail(error);
        return false;
    }
    return true;
}

void EditAnnotationCommand::redo()
{
    if (write(m_after))
        m_done = true;
}

void EditAnnotationCommand::undo()
{
    write(m_before);
}

int EditAnnotationCommand::id() const
{
    return 0x5041524c; // "PARL": edits of notes merge, see mergeWith()
}

bool EditAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = dynamic_cast<const EditAnnotationCommand *>(other);
    if (!edit || edit->m_after.id != m_after.id)
        return false;
    // Only a change of the note alone merges (one undo step for a typed note).
    auto withoutNote = [](Model::Annotation a) {
        a.note.clear();
        a.modified = {};
        return a;
    };
    if (withoutNote(m_before) != withoutNote(m_after) || withoutNote(edit->m_before) != withoutNote(edit->m_after)
        || withoutNote(m_after) != withoutNote(edit->m_before))
        return false;
    m_after = edit->m_after;
    return true;
}

// --- Remove ----------------------------------------------------------------------------------

RemoveAnnotationCommand::RemoveAnnotationCommand(Storage::Project *project, const Model::Annotation &annotation,
                                                 QUndoCommand *parent)
    : ProjectCommand(project, tr("Remove %1").arg(describe(annotation)), parent)
    , m_annotation(annotation)
{
}

void RemoveAnnotationCommand::redo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    if (!primitives().removeAnnotation(m_annotation.id, &error))
        return fail(error);
    m_done = true;
}

void RemoveAnnotationCommand::undo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    if (!primitives().restoreAnnotation(m_annotation, &error))
        fail(error);
}

// --- Suggestions -----------------------------------------------------------------------------

AcceptSuggestionCommand::AcceptSuggestionCommand(Storage::Project *project, const Model::Annotation &suggestion,
                                                 QUndoCommand *parent)
    : EditAnnotationCommand(project, suggestion,
                            withOrigin(suggestion, Model::Origin::Accepted, project ? project->currentCoder() : QString()),
                            tr("Accept %1").arg(describe(suggestion)), parent)
{
}

RejectSuggestionCommand::RejectSuggestionCommand(Storage::Project *project, const Model::Annotation &suggestion,
                                                 QUndoCommand *parent)
    : EditAnnotationCommand(project, suggestion,
                            withOrigin(suggestion, Model::Origin::Rejected, project ? project->currentCoder() : QString()),
                            tr("Reject %1").arg(describe(suggestion)), parent)
{
}

AcceptAllSuggestionsCommand::AcceptAllSuggestionsCommand(Storage::Project *project, qint64 articleId, QUndoCommand *parent)
    : ProjectCommand(project, tr("Accept all suggestions"), parent)
{
    if (project) {
        for (const Model::Annotation &a : project->annotations(articleId))
            if (a.origin == Model::Origin::Suggested)
                new AcceptSuggestionCommand(project, a, this);
    }
    setText(tr("Accept %1 suggestions").arg(childCount()));
}

void AcceptAllSuggestionsCommand::redo()
{
    if (childCount() == 0) {
        setObsolete(true);
        return;
    }
    QUndoCommand::redo();
    m_done = true;
}

DecideSuggestionsCommand::DecideSuggestionsCommand(Storage::Project *project, const QList<Model::Annotation> &suggestions,
                                                   Model::Origin decision, QUndoCommand *parent)
    : ProjectCommand(project, QString(), parent)
{
    const bool accept = decision == Model::Origin::Accepted;
    for (const Model::Annotation &a : suggestions) {
        if (a.origin != Model::Origin::Suggested)
            continue;
        if (accept)
            new AcceptSuggestionCommand(project, a, this);
        else
            new RejectSuggestionCommand(project, a, this);
    }
    setText(accept ? tr("Accept %1 suggestions").arg(childCount()) : tr("Reject %1 suggestions").arg(childCount()));
}

void DecideSuggestionsCommand::redo()
{
    if (childCount() == 0) {
        setObsolete(true);
        return;
    }
    QUndoCommand::redo();
    m_done = true;
}

} // namespace Parlance::Commands
