// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The app's one KSyntaxHighlighting repository ("a singleton you keep alive"), with Parlance's own
// syntax definition (resources/highlighting/syntax/parlance-news.xml) and light and dark themes
// (resources/highlighting/themes/) found through the Qt resources under :/parlance/highlighting.

#include "actornamematcher.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QStringList>

class QPalette;

namespace Parlance::Highlight {

class SyntaxRepository final {
public:
    static inline const QString definitionName = QStringLiteral("Parlance News");
    static inline const QString lightThemeName = QStringLiteral("Parlance Light");
    static inline const QString darkThemeName = QStringLiteral("Parlance Dark");
    static inline const QString actorFormatName = QStringLiteral("Actor");

    /// Whether a format of the definition is a word class (reporting verbs, modals, commitment
    /// verbs, hedges, times: what View > Show Word Classes switches), rather than the text's own
    /// structure (quotation marks, quoted runs) or the project's actor names.
    static bool isWordClass(const KSyntaxHighlighting::Format &format);

    /// The instance for the whole app, created on first use. Use it from the GUI thread only, as
    /// KSyntaxHighlighting::Repository is not thread-safe.
    static SyntaxRepository &instance();

    KSyntaxHighlighting::Repository &repository() { return m_repository; }
    /// The "Parlance News" definition; invalid only if the resources are missing.
    KSyntaxHighlighting::Definition definition() const;
    /// "Parlance Dark" for a palette whose base colour is dark, "Parlance Light" otherwise (falling back
    /// to the repository's own choice if ours were missing).
    KSyntaxHighlighting::Theme themeForPalette(const QPalette &palette) const;
    KSyntaxHighlighting::Theme lightTheme() const { return m_repository.theme(lightThemeName); }
    KSyntaxHighlighting::Theme darkTheme() const { return m_repository.theme(darkThemeName); }

    /// The project's actor names and aliases, drawn in the definition's "Actor" format wherever the
    /// text names them whole (see ActorNameMatcher): a keyword list could only hold single words,
    /// matched without their case. Highlighters must rehighlight afterwards.
    void setActorNames(const QStringList &names) { m_actorNames = ActorNameMatcher(names); }
    const ActorNameMatcher &actorNames() const { return m_actorNames; }

private:
    SyntaxRepository();

    KSyntaxHighlighting::Repository m_repository;
    ActorNameMatcher m_actorNames;
};

} // namespace Parlance::Highlight
