// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace Parlance::Highlight {
class ReportHighlighter;
}

namespace Parlance::Export {

/// Gives a report highlighter the app's syntax definition and its light or dark theme, and the
/// matching annotation colours, so a report looks like the article view.
void setUpReportHighlighter(Highlight::ReportHighlighter &highlighter, bool dark);

} // namespace Parlance::Export
