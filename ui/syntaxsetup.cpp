// SPDX-License-Identifier: GPL-2.0-or-later
#include "syntaxsetup.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>

namespace Parley::Ui {

void setUpSyntax(KSyntaxHighlighting::SyntaxHighlighter *highlighter, const QPalette &palette)
{
    // One repository for the app, kept alive as long as it runs.
    static KSyntaxHighlighting::Repository *repository = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        r->addCustomSearchPath(QStringLiteral(":/parley/highlighting"));
        return r;
    }();
    const KSyntaxHighlighting::Definition definition = repository->definitionForName(QStringLiteral("Parley News"));
    if (definition.isValid() && highlighter->definition() != definition)
        highlighter->setDefinition(definition);
    highlighter->setTheme(repository->themeForPalette(palette));
}

} // namespace Parley::Ui
