// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The app's one KSyntaxHighlighting repository ("a singleton you keep alive"), with Parlance's own
// syntax definition (resources/highlighting/syntax/parlance-news.xml) and light and dark themes
// (resources/highlighting/themes/) found through the Qt resources under :/parlance/highlighting.

#include <KSyntaxHighlighting/Definition>
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
    static inline const QString actorListName = QStringLiteral("actors");

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

    /// Fills the definition's "actors" list so that actor names stand out; keywords are single
    /// words, so each name is added whole and word by word ("Hana Vos": "Hana", "Vos"). Highlighters
    /// using the definition must rehighlight afterwards. Returns false if the list is missing.
    bool setActorNames(const QStringList &names);

private:
    SyntaxRepository();

    KSyntaxHighlighting::Repository m_repository;
};

} // namespace Parlance::Highlight
