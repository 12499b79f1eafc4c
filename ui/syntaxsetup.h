// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QPalette;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Parley::Ui {

/// Gives a highlighter Parley's news definition and the theme that suits the palette (light or dark).
void setUpSyntax(KSyntaxHighlighting::SyntaxHighlighter *highlighter, const QPalette &palette);

} // namespace Parley::Ui
