// SPDX-License-Identifier: GPL-2.0-or-later
#include "syntaxsetup.h"

#include "highlight/syntaxrepository.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QPalette>

namespace Parlance::Ui {

void setUpSyntax(KSyntaxHighlighting::SyntaxHighlighter *highlighter, const QPalette &palette)
{
    Highlight::SyntaxRepository &syntax = Highlight::SyntaxRepository::instance();
    const KSyntaxHighlighting::Definition definition = syntax.definition();
    if (definition.isValid() && highlighter->definition() != definition)
        highlighter->setDefinition(definition);
    highlighter->setTheme(syntax.themeForPalette(palette));
}

} // namespace Parlance::Ui
