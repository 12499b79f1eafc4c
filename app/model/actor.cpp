// SPDX-License-Identifier: GPL-2.0-or-later
#include "actor.h"

#include <array>
#include <utility>

namespace Parlance::Model {

namespace {
constexpr std::array<std::pair<ActorType, const char *>, 6> typeNames{{
    {ActorType::Person, "person"},
    {ActorType::State, "state"},
    {ActorType::Organisation, "organisation"},
    {ActorType::Group, "group"},
    {ActorType::Place, "place"},
    {ActorType::Other, "other"},
}};
} // namespace

QString actorTypeName(ActorType type)
{
    for (const auto &[t, name] : typeNames)
        if (t == type)
            return QString::fromLatin1(name);
    return QStringLiteral("other");
}

ActorType actorTypeFromName(QStringView name)
{
    for (const auto &[t, n] : typeNames)
        if (name.compare(QLatin1StringView(n), Qt::CaseInsensitive) == 0)
            return t;
    if (name.compare(QLatin1StringView("organization"), Qt::CaseInsensitive) == 0)
        return ActorType::Organisation;
    return ActorType::Other;
}

QString normalizedName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    bool pendingSpace = false;
    for (const QChar c : name) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        // Typographic apostrophes compare equal to the ASCII one.
        out += (c == QChar(0x2019) || c == QChar(0x2018)) ? QLatin1Char('\'') : c.toCaseFolded();
    }
    return out;
}

bool Actor::isKnownAs(QStringView name) const
{
    const QString wanted = normalizedName(name);
    if (wanted.isEmpty())
        return false;
    if (normalizedName(canonicalName) == wanted)
        return true;
    for (const QString &alias : aliases)
        if (normalizedName(alias) == wanted)
            return true;
    return false;
}

void Actor::addAlias(const QString &alias)
{
    if (!alias.trimmed().isEmpty() && !isKnownAs(alias))
        aliases.append(alias.trimmed());
}

} // namespace Parlance::Model
