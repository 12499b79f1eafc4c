// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Changes to the codebook's categories as undo commands (see ProjectCommand).

#include "model/annotation.h"
#include "projectcommand.h"

namespace Parlance::Commands {

class AddCategoryCommand final : public ProjectCommand {
public:
    AddCategoryCommand(Storage::Project *project, const Model::CodebookCategory &category, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 categoryId() const { return m_category.id; }

private:
    Model::CodebookCategory m_category;
};

/// A new name, colour, shortcut or description.
class EditCategoryCommand final : public ProjectCommand {
public:
    EditCategoryCommand(Storage::Project *project, const Model::CodebookCategory &before,
                        const Model::CodebookCategory &after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    bool write(const Model::CodebookCategory &value);
    Model::CodebookCategory m_before;
    Model::CodebookCategory m_after;
};

/// Removes a category; its annotations stay, without it. Undo puts them back in it.
class RemoveCategoryCommand final : public ProjectCommand {
public:
    RemoveCategoryCommand(Storage::Project *project, const Model::CodebookCategory &category, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Model::CodebookCategory m_category;
    QList<qint64> m_members;
};

} // namespace Parlance::Commands
