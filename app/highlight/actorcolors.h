// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>

namespace Parlance::Highlight {

/// One colour per actor, the same in every column, view and session: the hue follows from the
/// actor's id (golden-ratio steps keep neighbouring ids apart), never from display order.
namespace ActorColors {
/// The actor's colour for lines and text marks; readable on a light or a dark base.
QColor color(qint64 actorId, bool dark);
/// A pale (or, on dark bases, deep) tint of the actor's colour for backgrounds behind text.
QColor tint(qint64 actorId, bool dark);
/// Colour for annotations without an actor.
QColor neutral(bool dark);
} // namespace ActorColors

} // namespace Parlance::Highlight
