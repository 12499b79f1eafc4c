// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportsyntax.h"

#include "highlight/reporthighlighter.h"
#include "highlight/syntaxrepository.h"

#include <QPalette>

namespace Parlance::Export {

void setUpReportHighlighter(Highlight::ReportHighlighter &highlighter, bool dark)
{
    Highlight::SyntaxRepository &syntax = Highlight::SyntaxRepository::instance();
    highlighter.setDarkMode(dark);
    highlighter.setDefinition(syntax.definition());
    KSyntaxHighlighting::Theme theme = dark ? syntax.darkTheme() : syntax.lightTheme();
    if (!theme.isValid()) {
        QPalette palette;
        palette.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white));
        theme = syntax.themeForPalette(palette);
    }
    highlighter.setTheme(theme);
}

} // namespace Parlance::Export
