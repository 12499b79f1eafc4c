// SPDX-License-Identifier: GPL-2.0-or-later
#include "reportsyntax.h"

#include "highlight/reporthighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>

namespace Parley::Export {

void setUpReportHighlighter(Highlight::ReportHighlighter &highlighter, bool dark)
{
    static KSyntaxHighlighting::Repository *repository = [] {
        auto *r = new KSyntaxHighlighting::Repository;
        r->addCustomSearchPath(QStringLiteral(":/parley/highlighting"));
        return r;
    }();
    highlighter.setDarkMode(dark);
    highlighter.setDefinition(repository->definitionForName(QStringLiteral("Parley News")));
    QPalette palette;
    palette.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white));
    palette.setColor(QPalette::Highlight, dark ? QColor(0x3d, 0xae, 0xe9) : QColor(0x30, 0x8c, 0xc6));
    highlighter.setTheme(repository->themeForPalette(palette));
}

} // namespace Parley::Export
