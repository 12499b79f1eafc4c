// SPDX-License-Identifier: GPL-2.0-or-later
#include "actorcolors.h"

#include <cmath>

namespace Parlance::Highlight::ActorColors {

namespace {
double hueOf(qint64 actorId)
{
    constexpr double golden = 0.6180339887498949;
    double h = std::fmod(double(actorId) * golden + 0.11, 1.0);
    h = h < 0 ? h + 1.0 : h;
    // The purples are left to reporting verbs (the themes' "Function" style), so that a speaker is
    // never drawn like the verb next to it.
    constexpr double purpleFrom = 0.70, purpleWidth = 0.15;
    h *= 1.0 - purpleWidth;
    return h >= purpleFrom ? h + purpleWidth : h;
}
} // namespace

QColor color(qint64 actorId, bool dark)
{
    if (actorId <= 0)
        return neutral(dark);
    return QColor::fromHslF(float(hueOf(actorId)), 0.75f, dark ? 0.68f : 0.38f);
}

QColor tint(qint64 actorId, bool dark)
{
    if (actorId <= 0)
        return dark ? QColor::fromHslF(0.0f, 0.0f, 0.28f) : QColor::fromHslF(0.0f, 0.0f, 0.88f);
    return QColor::fromHslF(float(hueOf(actorId)), dark ? 0.45f : 0.85f, dark ? 0.26f : 0.88f);
}

QColor neutral(bool dark)
{
    return dark ? QColor::fromHslF(0.0f, 0.0f, 0.75f) : QColor::fromHslF(0.0f, 0.0f, 0.35f);
}

} // namespace Parlance::Highlight::ActorColors
