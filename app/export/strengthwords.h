// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

namespace Parlance::Export {

/// A commitment's strength in words, from the bands of resources/reports/strength-words.txt.
namespace StrengthWords {
/// Every band's word, strongest first ("very strong" … "very weak").
QStringList words();
/// The band of a strength (0..1) as an index into words(); -1 when the strength is not set.
int band(double strength);
/// The word for a strength; empty when it is not set (negative).
QString word(double strength);
} // namespace StrengthWords

} // namespace Parlance::Export
