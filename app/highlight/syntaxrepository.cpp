// SPDX-License-Identifier: GPL-2.0-or-later
#include "syntaxrepository.h"

#include <QPalette>
#include <QSet>

namespace Parley::Highlight {

SyntaxRepository &SyntaxRepository::instance()
{
    static SyntaxRepository repository;
    return repository;
}

SyntaxRepository::SyntaxRepository()
{
    // The repository scans <path>/syntax/*.xml and <path>/themes/*.theme itself.
    m_repository.addCustomSearchPath(QStringLiteral(":/parley/highlighting"));
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

bool SyntaxRepository::setActorNames(const QStringList &names)
{
    QStringList words;
    QSet<QString> seen;
    const auto add = [&](const QString &w) {
        if (w.size() > 1 && !seen.contains(w)) {
            seen.insert(w);
            words.append(w);
        }
    };
    for (const QString &name : names) {
        add(name);
        for (const QString &w : name.split(u' ', Qt::SkipEmptyParts))
            if (w.front().isUpper())
                add(w);
    }
    KSyntaxHighlighting::Definition def = definition();
    return def.isValid() && def.setKeywordList(actorListName, words);
}

} // namespace Parley::Highlight
