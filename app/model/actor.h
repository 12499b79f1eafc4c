// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Parlance::Model {

enum class ActorType { Person, State, Organisation, Group, Place, Other };

/// Stable lower-case names ("person", "state", …) used in files, JSON and the project schema.
QString actorTypeName(ActorType type);
/// The type named by actorTypeName(); Other for an unknown name.
ActorType actorTypeFromName(QStringView name);

/// Someone who speaks or commits: a person, a state, an organisation or a group.
/// One actor has many names: "Antony Blinken" (canonical), "Blinken", "the Secretary of State".
struct Actor final {
    qint64 id = 0; ///< 0 until stored in a project
    QString canonicalName;
    ActorType type = ActorType::Other;
    QString role;          ///< e.g. "US Secretary of State"
    QStringList aliases;   ///< other names, without the canonical one
    QString uuid = {}; ///< stable identity across copies of a project; assigned when first stored

    /// True if `name` is the canonical name or an alias (case-insensitive, spaces folded).
    bool isKnownAs(QStringView name) const;
    /// Adds an alias unless it is already a name of this actor.
    void addAlias(const QString &alias);

    friend bool operator==(const Actor &, const Actor &) = default;
};

/// Folds case and runs of white space (including no-break spaces) for comparing names.
QString normalizedName(QStringView name);

} // namespace Parlance::Model
