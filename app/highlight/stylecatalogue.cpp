// SPDX-License-Identifier: GPL-2.0-or-later
#include "stylecatalogue.h"

#include "actorcolors.h"
#include "articlehighlighter.h"
#include "syntaxrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parlance::Highlight {

namespace {

using Mark = ArticleHighlighter::Mark;

/// People's words for the definition's formats; a format without one is listed by its own name.
QString lexicalLabel(const QString &name)
{
    static const QHash<QString, const char *> labels{
        {u"Quote"_s, QT_TRANSLATE_NOOP("Parlance::Highlight::StyleCatalogue", "Quoted words")},
        {u"Quote Mark"_s, QT_TRANSLATE_NOOP("Parlance::Highlight::StyleCatalogue", "Quotation marks \u201c \u201d")},
        {u"Reporting Verb"_s, QT_TRANSLATE_NOOP("Parlance::Highlight::StyleCatalogue", "Reporting verbs (said)")},
        {u"Modal"_s, QT_TRANSLATE_NOOP("Parlance::Highlight::StyleCatalogue", "Modals (will, must)")},
        {u"Commissive"_s, QT_TRANSLATE_NOOP("Parlance::Highlight::StyleCatalogue", "Commitment verbs (promise, warn)")},
        {u"Hedge"_s, QT_TRANSLATE_NOOP("Parlance::Highlight::StyleCatalogue", "Hedges (perhaps, clearly)")},
        {u"Time"_s, QT_TRANSLATE_NOOP("Parlance::Highlight::StyleCatalogue", "Times (next week)")},
        {u"Actor"_s, QT_TRANSLATE_NOOP("Parlance::Highlight::StyleCatalogue", "Actor names")},
    };
    const char *label = labels.value(name);
    return label ? StyleCatalogue::tr(label) : name;
}

QString overlayLabel(Mark::Type type, bool confirmed)
{
    switch (type) {
    case Mark::Quote:
        return confirmed ? StyleCatalogue::tr("Quote, confirmed")
                         : StyleCatalogue::tr("Quote, suggested");
    case Mark::Actor:
        return confirmed ? StyleCatalogue::tr("Actor, confirmed")
                         : StyleCatalogue::tr("Actor, suggested");
    case Mark::Commitment:
        return confirmed ? StyleCatalogue::tr("Commitment, confirmed")
                         : StyleCatalogue::tr("Commitment, suggested");
    case Mark::Category: return StyleCatalogue::tr("Codebook category");
    case Mark::Boilerplate: return StyleCatalogue::tr("Site text");
    case Mark::WordEqual: return {};
    case Mark::WordOnlyHere: return StyleCatalogue::tr("Only in this version");
    case Mark::WordChanged: return StyleCatalogue::tr("Reworded");
    }
    return {};
}

QString overlayKey(Mark::Type type, bool confirmed)
{
    static const char *const names[] = {"quote", "actor", "commitment", "category", "sitetext", "wordequal", "wordonlyhere", "wordchanged"};
    QString key = QString::fromLatin1(names[type]);
    if (type == Mark::Quote || type == Mark::Actor || type == Mark::Commitment)
        key += confirmed ? u"/confirmed"_s : u"/suggested"_s;
    return key;
}

} // namespace

QTextCharFormat StyleCatalogue::lexicalFormat(const KSyntaxHighlighting::Format &format, const KSyntaxHighlighting::Theme &theme)
{
    // As KSyntaxHighlighting::SyntaxHighlighter::applyFormat() makes it.
    QTextCharFormat f;
    f.setForeground(format.textColor(theme));
    if (format.hasBackgroundColor(theme))
        f.setBackground(format.backgroundColor(theme));
    if (format.isBold(theme))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(theme))
        f.setFontItalic(true);
    if (format.isUnderline(theme))
        f.setFontUnderline(true);
    if (format.isStrikeThrough(theme))
        f.setFontStrikeOut(true);
    return f;
}

QList<Style> StyleCatalogue::styles(const KSyntaxHighlighting::Definition &definition, const KSyntaxHighlighting::Theme &theme,
                                    bool dark, const Precision &precision)
{
    QList<Style> out;
    // The overlays, drawn for one sample actor through the same functions as in an article.
    constexpr qint64 sampleActor = 2; // a green: far from the word classes' blues, purples and oranges
    const QList<Mark::Type> kinds{Mark::Quote, Mark::Actor, Mark::Commitment};
    for (const Mark::Type type : kinds) {
        for (const bool confirmed : {true, false}) {
            Mark m{{0, 1}, type, confirmed, ActorColors::color(sampleActor, dark), ActorColors::tint(sampleActor, dark)};
            out.append({Style::Group::Annotation, overlayKey(type, confirmed), overlayLabel(type, confirmed), ArticleHighlighter::overlayFor(m)});
        }
    }
    {
        Model::Annotation category;
        category.kind = Model::AnnotationKind::Category;
        category.span = {0, 1};
        category.categoryId = 1;
        const QHash<qint64, QColor> colors{{1, dark ? QColor(0x4c, 0xaf, 0x50) : QColor(0x2e, 0x7d, 0x32)}};
        const Mark m = ArticleHighlighter::annotationMarks({category}, colors, dark).value(0);
        out.append({Style::Group::Annotation, overlayKey(Mark::Category, true), overlayLabel(Mark::Category, true), ArticleHighlighter::overlayFor(m)});
    }
    {
        const Mark m{{0, 1}, Mark::Boilerplate, true, ActorColors::neutral(dark), {}};
        out.append({Style::Group::Text, overlayKey(Mark::Boilerplate, true), overlayLabel(Mark::Boilerplate, true), ArticleHighlighter::overlayFor(m)});
    }
    for (const Analysis::WordChange change : {Analysis::WordChange::Inserted, Analysis::WordChange::Changed}) {
        const Mark m = ArticleHighlighter::wordMarks({Analysis::WordMark{{0, 1}, change}}, dark).value(0);
        out.append({Style::Group::Text, overlayKey(m.type, true), overlayLabel(m.type, true), ArticleHighlighter::overlayFor(m)});
    }

    // The lexical layer: every format of the definition but the plain text.
    for (const KSyntaxHighlighting::Format &format : definition.formats()) {
        if (format.textStyle() == KSyntaxHighlighting::Theme::Normal)
            continue;
        const bool wordClass = SyntaxRepository::isWordClass(format);
        if (wordClass && !precision.wordClasses)
            continue;
        out.append({wordClass ? Style::Group::WordClass : Style::Group::Text, format.name(), lexicalLabel(format.name()),
                    lexicalFormat(format, theme)});
    }
    // Grouped, in the order each group first came.
    std::stable_sort(out.begin(), out.end(), [](const Style &a, const Style &b) { return a.group < b.group; });
    return out;
}

} // namespace Parlance::Highlight
