// SPDX-License-Identifier: GPL-2.0-or-later
#include "actorswatchdelegate.h"

#include "highlight/actorcolors.h"
#include "models/actormodel.h"

#include <QPixmap>

namespace Parlance::Ui {

QColor ActorSwatchDelegate::swatchColor(qint64 actorId, const QColor &base)
{
    return Highlight::ActorColors::color(actorId, base.lightness() < 128);
}

void ActorSwatchDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!(option->features & QStyleOptionViewItem::HasDecoration) || !index.data(Qt::DecorationRole).canConvert<QColor>())
        return;
    const qint64 id = index.data(Models::ActorModel::ActorIdRole).toLongLong();
    QPixmap swatch(option->decorationSize);
    swatch.fill(swatchColor(id, option->palette.color(QPalette::Base)));
    option->icon = QIcon(swatch);
}

} // namespace Parlance::Ui
