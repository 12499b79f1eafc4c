// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A hand-built report (no project file): two articles written for these tests, with markup,
// quotes, ampersands, control characters, right-to-left text and characters outside the BMP
// (emoji) in titles, outlets and texts, and annotations of every kind and attribute.

#include "export/reportdata.h"
#include "model/textanchor.h"

#include <QTimeZone>

namespace ParlanceTest {

using namespace Parlance;

/// The span of the `occurrence`-th (0-based) `needle` in `text`; fails loudly if absent.
inline Model::Span spanOf(const QString &text, const QString &needle, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = text.indexOf(needle, at + 1);
        Q_ASSERT_X(at >= 0, "spanOf", qPrintable(needle));
    }
    return {int(at), int(at + needle.size())};
}

inline QDateTime utc(int hour, int minute, int ms = 0)
{
    return QDateTime(QDate(2026, 3, 14), QTime(hour, minute, 7, ms), QTimeZone::UTC);
}

inline const QString &hostileText()
{
    static const QString text = QString::fromUtf8(
        "\xF0\x9F\x98\x80 Negotiators met again on Tuesday in <b>Geneva</b> & nearby.\n"
        "\"We will reopen the crossing next week if the shelling stops,\" the envoy said. "
        "<script>alert(\"x\")</script> & more.\n"
        "The minister told reporters: \"Nothing is agreed \xF0\x9F\xA4\x9D until everything is agreed.\"\n"
        "A banner read \xD7\x9E\xD7\x97\xD7\xA8 \xD7\xA0\xD7\x93\xD7\x91\xD7\xA8 \xD7\xA9\xD7\x95\xD7\x91 in Hebrew.\n"
        "Bell\x07 and escape\x1B characters stay.\n");
    return text;
}

inline Export::ReportData sampleReport()
{
    Export::ReportData data;
    data.title = QStringLiteral("Crossing <talks> & \"more\"");
    data.generated = utc(9, 30);

    Model::Actor envoy;
    envoy.id = 1;
    envoy.canonicalName = QStringLiteral("Ana Moreau");
    envoy.type = Model::ActorType::Person;
    envoy.role = QStringLiteral("special envoy");
    envoy.aliases = {QStringLiteral("the envoy"), QStringLiteral("Moreau")};
    Model::Actor minister;
    minister.id = 3;
    minister.canonicalName = QString::fromUtf8("\xD7\xA8\xD7\x95\xD7\xAA \xD7\x9B\xD7\x94\xD7\x9F"); // Hebrew name
    minister.type = Model::ActorType::Person;
    minister.role = QStringLiteral("minister <of> \"things\"");
    minister.aliases = {QStringLiteral("the minister")};
    Model::Actor state;
    state.id = 4;
    state.canonicalName = QStringLiteral("Freedonia");
    state.type = Model::ActorType::State;
    data.actors = {envoy, minister, state};
    data.categories = {{5, QStringLiteral("Humanitarian access"), QColor(0x2e, 0x7d, 0x32), QStringLiteral("1"),
                        QStringLiteral("Aid & crossings")}};

    Export::ReportArticle first;
    first.article.id = 11;
    first.article.title = QString::fromUtf8("Talks <script>alert(1)</script> & \"ceasefire\" \x07 \xF0\x9F\x95\x8A");
    first.article.outlet = QString::fromUtf8("The <i>Daily</i> & \"Wire\"\x01 \xD7\x97\xD7\x93\xD7\xA9\xD7\x95\xD7\xAA");
    first.article.author = QStringLiteral("Sam O'Brien");
    first.article.url = QStringLiteral("https://example.org/talks?a=1&b=2");
    first.article.published = QDate(2026, 3, 13);
    first.article.language = QStringLiteral("en");
    first.article.text = hostileText();
    const QString &t = first.article.text;

    Model::Annotation quote;
    quote.id = 101;
    quote.articleId = 11;
    quote.kind = Model::AnnotationKind::Quote;
    quote.origin = Model::Origin::Manual;
    quote.span = spanOf(t, QStringLiteral("\"We will reopen the crossing next week if the shelling stops,\" the envoy said"));
    quote.contentParts = {spanOf(t, QStringLiteral("We will reopen the crossing next week if the shelling stops,"))};
    quote.cue = spanOf(t, QStringLiteral("said"));
    quote.source = spanOf(t, QStringLiteral("the envoy"));
    quote.actorId = 1;
    quote.addresseeId = 4;
    quote.note = QStringLiteral("Check\twith <the> wire,\nsecond line \\ and \"quotes\" & more");
    quote.coder = QStringLiteral("Jane Doe");
    quote.created = utc(8, 1, 250);
    quote.modified = utc(8, 2, 500);

    Model::Annotation promise;
    promise.id = 102;
    promise.articleId = 11;
    promise.kind = Model::AnnotationKind::Commitment;
    promise.origin = Model::Origin::Accepted;
    promise.span = spanOf(t, QStringLiteral("We will reopen the crossing next week if the shelling stops"));
    promise.cue = spanOf(t, QStringLiteral("will"));
    promise.commitmentType = Model::CommitmentType::Promise;
    promise.strength = 0.9;
    promise.condition = spanOf(t, QStringLiteral("if the shelling stops"));
    promise.time = spanOf(t, QStringLiteral("next week"));
    promise.actorId = 1;
    promise.addresseeId = 4;
    promise.coder = QStringLiteral("Jane Doe");
    promise.created = utc(8, 3);
    promise.modified = utc(8, 3);

    Model::Annotation emojiQuote;
    emojiQuote.id = 103;
    emojiQuote.articleId = 11;
    emojiQuote.kind = Model::AnnotationKind::Quote;
    emojiQuote.origin = Model::Origin::Suggested;
    emojiQuote.span = spanOf(t, QString::fromUtf8("\"Nothing is agreed \xF0\x9F\xA4\x9D until everything is agreed.\""));
    emojiQuote.contentParts = {spanOf(t, QString::fromUtf8("Nothing is agreed \xF0\x9F\xA4\x9D until everything is agreed."))};
    emojiQuote.cue = spanOf(t, QStringLiteral("told reporters"));
    emojiQuote.source = spanOf(t, QStringLiteral("The minister"));
    emojiQuote.actorId = 3;
    emojiQuote.coder = QStringLiteral("analysis");

    Model::Annotation refusal;
    refusal.id = 104;
    refusal.articleId = 11;
    refusal.kind = Model::AnnotationKind::Commitment;
    refusal.origin = Model::Origin::Manual;
    refusal.span = spanOf(t, QStringLiteral("Nothing is agreed"));
    refusal.commitmentType = Model::CommitmentType::Refusal;
    refusal.strength = 0.25;
    refusal.negated = true;
    refusal.actorId = 3;
    refusal.note = QString::fromUtf8("=HYPERLINK(\"http://evil\") \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D");

    Model::Annotation mention;
    mention.id = 105;
    mention.articleId = 11;
    mention.kind = Model::AnnotationKind::ActorMention;
    mention.span = spanOf(t, QStringLiteral("the envoy"));
    mention.actorId = 1;

    Model::Annotation access;
    access.id = 106;
    access.articleId = 11;
    access.kind = Model::AnnotationKind::Category;
    access.span = spanOf(t, QStringLiteral("& nearby.\n\"We will reopen")); // crosses a line break
    access.categoryId = 5;
    access.coder = QStringLiteral("Jane Doe");

    first.annotations = {access, quote, promise, mention, emojiQuote, refusal};
    std::sort(first.annotations.begin(), first.annotations.end(),
              [](const Model::Annotation &a, const Model::Annotation &b) { return a.span < b.span; });

    Export::ReportArticle second;
    second.article.id = 12;
    second.article.title = QStringLiteral("Envoy repeats pledge");
    second.article.outlet = QStringLiteral("Evening Courier");
    second.article.published = QDate(2026, 3, 14);
    second.article.text = QStringLiteral(
        "Ana Moreau said on Wednesday: \"We will reopen the crossing soon if the shelling stops.\"\n"
        "Freedonia said it would consider the plan.\n");
    Model::Annotation again;
    again.id = 201;
    again.articleId = 12;
    again.kind = Model::AnnotationKind::Quote;
    again.span = spanOf(second.article.text, QStringLiteral("\"We will reopen the crossing soon if the shelling stops.\""));
    again.contentParts = {spanOf(second.article.text, QStringLiteral("We will reopen the crossing soon if the shelling stops."))};
    again.cue = spanOf(second.article.text, QStringLiteral("said"));
    again.source = spanOf(second.article.text, QStringLiteral("Ana Moreau"));
    again.actorId = 1;
    Model::Annotation consider;
    consider.id = 202;
    consider.articleId = 12;
    consider.kind = Model::AnnotationKind::Commitment;
    consider.span = spanOf(second.article.text, QStringLiteral("it would consider the plan"));
    consider.commitmentType = Model::CommitmentType::Offer;
    consider.strength = 0.4;
    consider.actorId = 4;
    second.annotations = {again, consider};

    // The text anchors, as the project stores them.
    for (Export::ReportArticle *entry : {&first, &second}) {
        for (Model::Annotation &a : entry->annotations) {
            const Model::TextAnchor anchor = Model::TextAnchor::capture(entry->article.text, a.span);
            a.exact = anchor.exact;
            a.prefix = anchor.prefix;
            a.suffix = anchor.suffix;
        }
    }
    data.articles = {first, second};
    data.comparisons = {{QStringLiteral("Two days of talks"), {11, 12}}};
    data.linkQuotes();
    return data;
}

} // namespace ParlanceTest
