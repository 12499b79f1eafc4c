// SPDX-License-Identifier: GPL-2.0-or-later
#include "codebookcommands.h"

#include <QCoreApplication>

namespace Parlance::Commands {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Parlance::Commands", text);
}
} // namespace

AddCategoryCommand::AddCategoryCommand(Storage::Project *project, const Model::CodebookCategory &category, QUndoCommand *parent)
    : ProjectCommand(project, tr("Add category %1").arg(category.name), parent)
    , m_category(category)
{
}

void AddCategoryCommand::redo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    const bool ok = m_done ? primitives().restoreCategory(m_category, {}, &error) : primitives().addCategory(m_category, &error);
    if (!ok)
        return fail(error);
    m_done = true;
}

void AddCategoryCommand::undo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    if (!primitives().removeCategory(m_category.id, &error))
        fail(error);
}

EditCategoryCommand::EditCategoryCommand(Storage::Project *project, const Model::CodebookCategory &before,
                                         const Model::CodebookCategory &after, QUndoCommand *parent)
    : ProjectCommand(project, tr("Edit category %1").arg(after.name), parent)
    , m_before(before)
    , m_after(after)
{
}

bool EditCategoryCommand::write(const Model::CodebookCategory &value)
{
    if (!m_project) {
        fail(noProject());
        return false;
    }
    Storage::Error error;
    if (!primitives().updateCategory(value, &error)) {
        fail(error);
        return false;
    }
    return true;
}

void EditCategoryCommand::redo()
{
    if (write(m_after))
        m_done = true;
}

void EditCategoryCommand::undo()
{
    write(m_before);
}

RemoveCategoryCommand::RemoveCategoryCommand(Storage::Project *project, const Model::CodebookCategory &category,
                                             QUndoCommand *parent)
    : ProjectCommand(project, tr("Remove category %1").arg(category.name), parent)
    , m_category(category)
{
}

void RemoveCategoryCommand::redo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    if (!primitives().removeCategory(m_category.id, &error, &m_members))
        return fail(error);
    m_done = true;
}

void RemoveCategoryCommand::undo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    if (!primitives().restoreCategory(m_category, m_members, &error))
        fail(error);
}

} // namespace Parlance::Commands
