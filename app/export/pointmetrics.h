// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFont>
#include <QFontMetricsF>

namespace Parlance::Export {

/// Font metrics in points (as on a 72 dpi device), for laying out paper reports before the page
/// exists. Unhinted fonts (QFont::PreferNoHinting) measure the same on every device, scaled.
QFontMetricsF pointMetrics(const QFont &font);

/// The reports' sans-serif font at `pointSize`, unhinted.
QFont reportFont(double pointSize, bool bold = false);

} // namespace Parlance::Export
