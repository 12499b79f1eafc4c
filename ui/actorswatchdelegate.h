// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Parlance::Ui {

/// Draws an actor's swatch (Models::ActorModel's decoration) in the colour for the view's palette:
/// the model knows no palette and gives the light theme's colour, which is too dark on a dark base.
class ActorSwatchDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// The swatch colour of an actor on a base of this colour.
    static QColor swatchColor(qint64 actorId, const QColor &base);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Parlance::Ui
