// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "actor.h"

#include <QList>
#include <QStringList>

namespace Parlance::Model {

/// Actors that are probably one, named in different ways: "Trump", "Donald Trump" and "Donald J.
/// Trump"; "Suu Kyi" and "Aung San Suu Kyi". Proposals for a person to accept or skip, never
/// merged here.
struct NameVariantGroup {
    QList<qint64> actorIds; ///< the fullest name first (the one proposed to keep), then by name
    friend bool operator==(const NameVariantGroup &, const NameVariantGroup &) = default;
};

namespace NameVariants {

/// The words that identify a name: case-folded, punctuation at their ends dropped, and initials
/// ("J.", "J") left out. "Donald J. Trump" → {"donald", "trump"}.
QStringList keyWords(QStringView name);

/// True if `shorter` names the same one as `longer` in fewer words: its key words are the last
/// words of `longer`'s ("Trump" / "Donald Trump"), or the same words once initials are left out.
bool isVariant(QStringView shorter, QStringView longer);

/// The groups of actors of one type whose canonical names are variants of one another. A short
/// name that would fit two different full names ("Clinton" with "Bill Clinton" and "Hillary
/// Clinton") is proposed with neither; two full names never go together on a shared surname.
QList<NameVariantGroup> propose(const QList<Actor> &actors);

} // namespace NameVariants

} // namespace Parlance::Model
