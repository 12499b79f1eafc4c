// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QPalette;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Parlance::Ui {

/// Gives a highlighter Parlance's news definition and the theme that suits the palette (light or dark).
void setUpSyntax(KSyntaxHighlighting::SyntaxHighlighter *highlighter, const QPalette &palette);

} // namespace Parlance::Ui
