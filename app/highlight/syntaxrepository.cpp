// SPDX-License-Identifier: GPL-2.0-or-later
#include "syntaxrepository.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace Parlance::Highlight {

SyntaxRepository &SyntaxRepository::instance()
{
    static SyntaxRepository repository;
    return repository;
}

SyntaxRepository::SyntaxRepository()
{
    // The repository scans <path>/syntax/*.xml and <path>/themes/*.theme itself.
    m_repository.addCustomSearchPath(QStringLiteral(":/parlance/highlighting"));
}

bool SyntaxRepository::isWordClass(const KSyntaxHighlighting::Format &format)
{
    // The formats that are not word classes; any other format the definition adds is one.
    static const QStringList structure{u"Normal Text"_s, u"Quote"_s, u"Quote Mark"_s, actorFormatName};
    return !structure.contains(format.name());
}

KSyntaxHighlighting::Definition SyntaxRepository::definition() const
{
    return m_repository.definitionForName(definitionName);
}

KSyntaxHighlighting::Theme SyntaxRepository::themeForPalette(const QPalette &palette) const
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const KSyntaxHighlighting::Theme ours = dark ? darkTheme() : lightTheme();
    return ours.isValid() ? ours : m_repository.themeForPalette(palette);
}

} // namespace Parlance::Highlight
