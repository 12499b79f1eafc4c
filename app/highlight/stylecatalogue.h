// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "highlight/precision.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTextCharFormat>

namespace Parlance::Highlight {

/// One style an article view draws, for the legend: what it means and how it looks.
struct Style final {
    enum class Group : quint8 { Annotation, Text, WordClass };
    Group group = Group::Annotation;
    /// Stable and unique: the overlay's kind and state ("quote/confirmed"), or the syntax
    /// definition's format name ("Modal").
    QString key;
    QString label;          ///< for people, translated
    QTextCharFormat format; ///< exactly what the highlighter applies
};

/// Every style of ArticleHighlighter, made from the same data it draws with: the overlay formats
/// (ArticleHighlighter::overlayFor) of each kind, confirmed and suggested, and the syntax
/// definition's formats in a theme. A style added to either shows up here without a change.
class StyleCatalogue final {
    Q_DECLARE_TR_FUNCTIONS(Parlance::Highlight::StyleCatalogue)
public:
    /// The styles for the definition in `theme` on a light or dark base; word classes are left out
    /// when `precision` hides them.
    static QList<Style> styles(const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme,
                               bool dark, const Precision &precision = {});
    /// A definition's format as KSyntaxHighlighting::SyntaxHighlighter applies it in `theme`.
    static QTextCharFormat lexicalFormat(const KSyntaxHighlighting::Format &format, const KSyntaxHighlighting::Theme &theme);
};

} // namespace Parlance::Highlight
