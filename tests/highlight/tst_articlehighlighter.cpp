// SPDX-License-Identifier: GPL-2.0-or-later
#include "highlight/actorcolors.h"
#include "highlight/articlehighlighter.h"
#include "highlight/syntaxrepository.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Highlight::ArticleHighlighter;
using Model::Annotation;
using Model::AnnotationKind;
using Model::Origin;

namespace {

// Our own sentence: a quotation with its speaker and a commitment inside it.
const QString text = u"The envoy said: \u201cWe will withdraw the heavy guns by Friday.\u201d Nobody else spoke."_s;

Model::Span spanOf(const QString &part)
{
    const int at = int(text.indexOf(part));
    return {at, at + int(part.size())};
}

Annotation make(const QString &part, AnnotationKind kind, Origin origin = Origin::Manual, qint64 actor = 7)
{
    Annotation a;
    a.span = spanOf(part);
    a.exact = part;
    a.kind = kind;
    a.origin = origin;
    a.actorId = actor;
    return a;
}

/// A document with the news definition and the light theme, highlighted with `annotations`.
struct Highlighted {
    QTextDocument document;
    ArticleHighlighter highlighter{&document};

    explicit Highlighted(const QList<Annotation> &annotations)
    {
        document.setPlainText(text);
        highlighter.setDefinition(Highlight::SyntaxRepository::instance().definition());
        highlighter.setTheme(Highlight::SyntaxRepository::instance().lightTheme());
        highlighter.setAnnotations(annotations);
        highlighter.rehighlight();
    }

    QTextCharFormat at(int position) const
    {
        const QTextBlock block = document.findBlock(position);
        QTextCharFormat found;
        for (const QTextLayout::FormatRange &r : block.layout()->formats())
            if (position - block.position() >= r.start && position - block.position() < r.start + r.length)
                found = r.format;
        return found;
    }
};

} // namespace

class TestArticleHighlighter final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lexicalColoursSurviveUnderOverlays()
    {
        const int inQuote = spanOf(u"heavy guns"_s).start + 1;
        const Highlighted plain({});
        const QTextCharFormat lexical = plain.at(inQuote);
        // The definition colours quoted text; otherwise this test would prove nothing.
        QVERIFY(lexical.hasProperty(QTextFormat::ForegroundBrush));

        const Highlighted overlaid({make(u"We will withdraw the heavy guns by Friday."_s, AnnotationKind::Quote),
                                    make(u"will withdraw the heavy guns"_s, AnnotationKind::Commitment)});
        const QTextCharFormat merged = overlaid.at(inQuote);
        QCOMPARE(merged.foreground(), lexical.foreground());
        QVERIFY(merged.fontItalic());
        QCOMPARE(merged.underlineStyle(), QTextCharFormat::SingleUnderline);
        QVERIFY(merged.hasProperty(QTextFormat::BackgroundBrush));
    }

    void speakersAndReportingVerbsNeverShareAStyle()
    {
        const Highlight::SyntaxRepository &repo = Highlight::SyntaxRepository::instance();
        for (const KSyntaxHighlighting::Format &f : repo.definition().formats()) {
            if (f.name() != u"Reporting Verb"_s)
                continue;
            for (const KSyntaxHighlighting::Theme &theme : {repo.lightTheme(), repo.darkTheme()}) {
                const bool dark = theme.name() == repo.darkThemeName;
                QVERIFY(!f.isBold(theme)); // actor mentions are bold
                const float verbHue = f.textColor(theme).hslHueF();
                for (qint64 id = 1; id <= 2000; ++id) {
                    const float hue = Highlight::ActorColors::color(id, dark).hslHueF();
                    const float apart = std::min(std::abs(hue - verbHue), 1.0f - std::abs(hue - verbHue));
                    QVERIFY2(apart > 0.05f, qPrintable(u"actor %1"_s.arg(id)));
                }
            }
            return;
        }
        QFAIL("no Reporting Verb format");
    }

    void pendingMentionsThatDoNotNameTheirActorWaitForAPerson()
    {
        // "The envoy" resolved to actor 7, whose only name is "Nobody else": drawn once accepted.
        Highlight::SyntaxRepository::instance().setActorNames({u"Nobody else"_s});
        const Highlighted pending({make(u"The envoy"_s, AnnotationKind::ActorMention, Origin::Suggested)});
        QVERIFY(pending.at(spanOf(u"The envoy"_s).start + 1).fontWeight() != QFont::Bold);
        const Highlighted accepted({make(u"The envoy"_s, AnnotationKind::ActorMention, Origin::Accepted)});
        QCOMPARE(accepted.at(spanOf(u"The envoy"_s).start + 1).fontWeight(), QFont::Bold);
        // The name itself is drawn in the lexical "Actor" format wherever it stands, whole.
        QCOMPARE(pending.at(spanOf(u"Nobody else"_s).start + 1).foreground().color(),
                 pending.at(spanOf(u"Nobody else"_s).start + 8).foreground().color());
        QVERIFY(pending.at(spanOf(u"Nobody else"_s).start + 1).foreground() != pending.at(spanOf(u"spoke"_s).start).foreground());
        Highlight::SyntaxRepository::instance().setActorNames({});
    }

    void eachKindAndOriginHasItsOwnCue_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("origin");
        QTest::addColumn<bool>("italic");
        QTest::addColumn<bool>("bold");
        QTest::addColumn<bool>("overline");
        QTest::addColumn<int>("underline");
        QTest::addColumn<bool>("background");
        using F = QTextCharFormat;
        QTest::newRow("quote, confirmed") << int(AnnotationKind::Quote) << int(Origin::Manual) << true << false << false << int(F::NoUnderline) << true;
        QTest::newRow("quote, suggested") << int(AnnotationKind::Quote) << int(Origin::Suggested) << true << false << false << int(F::DotLine) << false;
        QTest::newRow("actor, accepted") << int(AnnotationKind::ActorMention) << int(Origin::Accepted) << false << true << false << int(F::NoUnderline) << true;
        QTest::newRow("actor, suggested") << int(AnnotationKind::ActorMention) << int(Origin::Suggested) << false << true << false << int(F::DotLine) << false;
        QTest::newRow("commitment, confirmed") << int(AnnotationKind::Commitment) << int(Origin::Manual) << false << false << false << int(F::SingleUnderline) << true;
        QTest::newRow("commitment, suggested") << int(AnnotationKind::Commitment) << int(Origin::Suggested) << false << false << false << int(F::WaveUnderline) << false;
        QTest::newRow("category") << int(AnnotationKind::Category) << int(Origin::Manual) << false << false << true << int(F::NoUnderline) << true;
    }

    void eachKindAndOriginHasItsOwnCue()
    {
        QFETCH(int, kind);
        QFETCH(int, origin);
        // A pending mention is drawn where it names its actor (the lexical layer draws the name too).
        if (AnnotationKind(kind) == AnnotationKind::ActorMention)
            Highlight::SyntaxRepository::instance().setActorNames({u"Nobody else"_s});
        const Highlighted h({make(u"Nobody else"_s, AnnotationKind(kind), Origin(origin))});
        Highlight::SyntaxRepository::instance().setActorNames({});
        const QTextCharFormat f = h.at(spanOf(u"Nobody else"_s).start + 2);
        QTEST(f.fontItalic(), "italic");
        QTEST(f.fontWeight() == QFont::Bold, "bold");
        QTEST(f.fontOverline(), "overline");
        QTEST(int(f.underlineStyle()), "underline");
        QTEST(f.hasProperty(QTextFormat::BackgroundBrush), "background");
        // Outside the span nothing changes.
        QVERIFY(!h.at(spanOf(u"spoke"_s).start).fontItalic());
        QCOMPARE(h.at(spanOf(u"spoke"_s).start).underlineStyle(), QTextCharFormat::NoUnderline);
    }

    void rejectedSuggestionsAreNotDrawn()
    {
        const Highlighted h({make(u"Nobody else"_s, AnnotationKind::Quote, Origin::Rejected)});
        QVERIFY(!h.at(spanOf(u"Nobody else"_s).start + 1).fontItalic());
        QVERIFY(h.highlighter.marksInBlock(0).isEmpty());
    }

    void overlapsKeepEveryCue()
    {
        // An actor mention inside a suggested quote inside a category: italic, bold and overlined at once.
        const Highlighted h({make(u"The envoy said: \u201cWe will"_s, AnnotationKind::Category),
                             make(u"We will withdraw"_s, AnnotationKind::Quote, Origin::Suggested),
                             make(u"We"_s, AnnotationKind::ActorMention)});
        const QTextCharFormat f = h.at(spanOf(u"We will"_s).start);
        QVERIFY(f.fontItalic());
        QCOMPARE(f.fontWeight(), int(QFont::Bold));
        QVERIFY(f.fontOverline());
        QCOMPARE(f.underlineStyle(), QTextCharFormat::DotLine);
    }

    void oneActorOneColour()
    {
        QCOMPARE(Highlight::ActorColors::color(42, false), Highlight::ActorColors::color(42, false));
        QVERIFY(Highlight::ActorColors::color(42, false) != Highlight::ActorColors::color(43, false));
        QVERIFY(Highlight::ActorColors::color(42, false) != Highlight::ActorColors::color(42, true));
        // Two highlighters (two columns) draw the same actor in the same colour.
        const Highlighted left({make(u"envoy"_s, AnnotationKind::ActorMention, Origin::Manual, 42)});
        const Highlighted right({make(u"Nobody"_s, AnnotationKind::ActorMention, Origin::Manual, 42)});
        QCOMPARE(left.at(spanOf(u"envoy"_s).start).foreground(), right.at(spanOf(u"Nobody"_s).start).foreground());
        QCOMPARE(left.at(spanOf(u"envoy"_s).start).foreground().color(), Highlight::ActorColors::color(42, false));
    }

    void wordDifferencesAreMarked()
    {
        Highlighted h({});
        const QTextCharFormat lexicalFriday = h.at(spanOf(u"Friday"_s).start);
        h.highlighter.setWordMarks({{spanOf(u"Friday"_s), Analysis::WordChange::Changed},
                                    {spanOf(u"heavy"_s), Analysis::WordChange::Deleted}});
        QCOMPARE(h.at(spanOf(u"Friday"_s).start).underlineStyle(), QTextCharFormat::WaveUnderline);
        QCOMPARE(h.at(spanOf(u"heavy"_s).start).underlineStyle(), QTextCharFormat::DashUnderline);
        QCOMPARE(h.at(spanOf(u"guns"_s).start).underlineStyle(), QTextCharFormat::NoUnderline);
        // Cleared: back to the lexical layer alone (the theme may underline times such as "Friday").
        h.highlighter.setWordMarks({});
        QCOMPARE(h.at(spanOf(u"Friday"_s).start), lexicalFriday);
    }

    void onDemandHighlightsOnlyTheBlocksAskedFor()
    {
        // Three paragraphs; the middle one leaves a nested quote open at its end, which must not
        // leak into the paragraph after it (each paragraph is highlighted on its own).
        const QString three = text + u"\n\u201cThey said \u2018maybe\n"_s + text;
        const int third = int(three.lastIndexOf(u"heavy guns"_s));
        auto formatAt = [](QTextDocument &d, int position) {
            const QTextBlock block = d.findBlock(position);
            QTextCharFormat found;
            for (const QTextLayout::FormatRange &r : block.layout()->formats())
                if (position - block.position() >= r.start && position - block.position() < r.start + r.length)
                    found = r.format;
            return found;
        };
        const auto setUp = [&](QTextDocument &d, ArticleHighlighter &h) {
            h.detach();
            d.setPlainText(three);
            h.setDefinition(Highlight::SyntaxRepository::instance().definition());
            h.setTheme(Highlight::SyntaxRepository::instance().lightTheme());
            Annotation quote = make(u"heavy guns"_s, AnnotationKind::Quote);
            quote.span = {third, third + 10};
            h.setAnnotations({quote});
            h.attach();
        };

        QTextDocument whole;
        ArticleHighlighter wholeHighlighter(&whole);
        setUp(whole, wholeHighlighter);

        QTextDocument lazy;
        ArticleHighlighter onDemand(&lazy);
        onDemand.setOnDemand(true);
        setUp(lazy, onDemand);
        QCoreApplication::processEvents(); // the pass setDocument() schedules skips unasked blocks
        for (int n = 0; n < 3; ++n) {
            QVERIFY(!onDemand.isBlockHighlighted(n));
            QVERIFY(lazy.findBlockByNumber(n).layout()->formats().isEmpty());
        }

        onDemand.highlightBlocks(2, 2);
        QVERIFY(onDemand.isBlockHighlighted(2));
        QVERIFY(!onDemand.isBlockHighlighted(0));
        QVERIFY(lazy.firstBlock().layout()->formats().isEmpty());
        // The same formats as the whole document highlighted from the top, overlay included.
        QCOMPARE(lazy.lastBlock().layout()->formats(), whole.lastBlock().layout()->formats());
        QVERIFY(formatAt(lazy, third + 2).fontItalic());
        // The quote left open above did not leak: the third paragraph's first word is plain text,
        // as in the first paragraph, and unlike the quoted words.
        const int thirdStart = lazy.lastBlock().position();
        onDemand.highlightBlocks(0, 0);
        QCOMPARE(formatAt(lazy, thirdStart).foreground(), formatAt(lazy, 0).foreground());
        QVERIFY(formatAt(lazy, thirdStart).foreground() != formatAt(lazy, third + 2).foreground());
        QCOMPARE(formatAt(whole, thirdStart).foreground(), formatAt(whole, 0).foreground());
        QVERIFY(formatAt(lazy, third + 2).hasProperty(QTextFormat::BackgroundBrush));

        // New overlays reach the blocks already shown, and only those.
        onDemand.setAnnotations({});
        QVERIFY(!formatAt(lazy, third + 2).hasProperty(QTextFormat::BackgroundBrush));
        QVERIFY(lazy.findBlockByNumber(1).layout()->formats().isEmpty());
        onDemand.highlightBlocks(0, 1);
        wholeHighlighter.setAnnotations({});
        for (int n = 0; n < 3; ++n)
            QCOMPARE(lazy.findBlockByNumber(n).layout()->formats(), whole.findBlockByNumber(n).layout()->formats());

        // A new text starts with nothing shown.
        onDemand.detach();
        lazy.setPlainText(text);
        onDemand.attach();
        QVERIFY(!onDemand.isBlockHighlighted(0));
    }
};

QTEST_MAIN(TestArticleHighlighter)
#include "tst_articlehighlighter.moc"
