// SPDX-License-Identifier: GPL-2.0-or-later
#include "syntaxrepository.h"

#include <QPalette>
#include <QSet>

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
    // The definition's keywords are single words matched case-insensitively, so a name goes in
    // word by word, and only its proper-noun words: "The" of "The United Nations" or "of" of
    // "Ministry of Defence" would otherwise mark every "the" and "of" in the text as an actor.
    static const QSet<QString> functionWords{u"the"_s, u"of"_s, u"and"_s, u"for"_s, u"on"_s, u"in"_s,
                                             u"at"_s, u"to"_s, u"a"_s, u"an"_s, u"de"_s, u"der"_s,
                                             u"la"_s, u"le"_s, u"von"_s, u"van"_s, u"al"_s, u"el"_s};
    QStringList words;
    QSet<QString> seen;
    for (const QString &name : names) {
        for (const QString &w : name.split(u' ', Qt::SkipEmptyParts)) {
            const QString key = w.toCaseFolded();
            if (w.size() > 1 && w.front().isUpper() && !functionWords.contains(key) && !seen.contains(key)) {
                seen.insert(key);
                words.append(w);
            }
        }
    }
    KSyntaxHighlighting::Definition def = definition();
    return def.isValid() && def.setKeywordList(actorListName, words);
}

} // namespace Parlance::Highlight
