// SPDX-License-Identifier: GPL-2.0-or-later
// Precision first on the review desk (issue 14): a confidence threshold below which suggestions are
// neither drawn nor stepped to, the word classes switched off, the legend made from the
// highlighter's own styles, a form with the fields of the annotation's kind, and the smaller items
// (swatches in the dark theme, toolbar icons, plurals). Driven by keys and mouse clicks on the
// bundled sample.
#include "actorswatchdelegate.h"
#include "annotationform.h"
#include "articleview.h"
#include "gui.h"
#include "highlight/actorcolors.h"
#include "highlight/articlehighlighter.h"
#include "highlight/stylecatalogue.h"
#include "highlight/syntaxrepository.h"
#include "import/importjob.h"
#include "legendview.h"
#include "mainwindow.h"
#include "session/openarticles.h"
#include "session/projectsession.h"
#include "viewprecision.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>

#include <algorithm>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Model::Annotation;
using Model::AnnotationKind;
using Model::Origin;

namespace {

/// Whether a format range drawn over the span has a suggestion's cue (a dotted or wavy underline)
/// or, `confirmed`, a confirmed annotation's (a background).
bool overlaid(const Ui::ArticleView *view, Model::Span span, bool confirmed = false)
{
    const QTextBlock block = view->document()->findBlock(span.start);
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        const int from = block.position() + r.start, to = from + r.length;
        if (to <= span.start || from >= span.end)
            continue;
        const QTextCharFormat &f = r.format;
        if (confirmed ? f.hasProperty(QTextFormat::BackgroundBrush)
                      : f.underlineStyle() == QTextCharFormat::DotLine || f.underlineStyle() == QTextCharFormat::WaveUnderline)
            return true;
    }
    return false;
}

/// The formats drawn in a view over the whole article, with the text they cover.
QList<std::pair<QString, QTextCharFormat>> drawn(Ui::ArticleView *view)
{
    view->highlighter()->highlightBlocks(0, view->document()->blockCount());
    QList<std::pair<QString, QTextCharFormat>> out;
    for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next())
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            out.append({b.text().mid(r.start, r.length), r.format});
    return out;
}

double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double x) { return x <= 0.03928 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    return p;
}

} // namespace

class TestReviewPrecision final : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;

    Ui::MainWindow &window() { return *m_window; }
    const Storage::Project &project() { return *m_window->project(); }

    /// Opens the sample's articles one by one until one has what `wanted` asks for.
    template<typename Wanted>
    std::optional<Annotation> openArticleWith(Wanted wanted)
    {
        for (const Storage::ArticleSummary &article : project().articles()) {
            for (const Annotation &a : project().annotations(article.id)) {
                if (wanted(a)) {
                    window().showArticle(article.id);
                    window().articleView()->setFocus();
                    return a;
                }
            }
        }
        return std::nullopt;
    }

    void clickMenuAction(QMenu *menu, const QString &name)
    {
        QAction *action = menu->findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        menu->popup(window().mapToGlobal(QPoint(100, 100)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        // Down to the entry, then Enter, as a person does with the keyboard.
        while (menu->activeAction() != action) {
            QAction *before = menu->activeAction();
            QTest::keyClick(menu, Qt::Key_Down);
            QVERIFY(menu->activeAction() != before);
        }
        QTest::keyClick(menu, Qt::Key_Return);
        QTRY_VERIFY(!menu->isVisible());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sample.parlance"_s);
        m_window = std::make_unique<Ui::MainWindow>();
        window().setInteractive(false);
        QString error;
        QVERIFY2(window().openStartupContent(Ui::GuiOptions{}, &error), qPrintable(error));
        window().resize(1366, 768);
        window().show();
        QVERIFY(QTest::qWaitForWindowActive(&window()));
        QTRY_VERIFY(window().session()->openArticles()->isAnalysed());
    }

    void cleanup() { m_window.reset(); }

    /// View > Hide Suggestions Below > 60 %: a suggestion of confidence 0.4 is drawn no more, N never
    /// stops on it, the counter says how many are hidden; a confirmed annotation stays drawn.
    void aThresholdHidesWeakSuggestionsAndTheQueuePassesThem()
    {
        auto hidden = [](const Annotation &a) { return a.origin == Origin::Suggested && a.confidence >= 0 && a.confidence < 0.6; };
        // One alone on its words once the threshold is set: nothing else is drawn over them.
        const std::optional<Annotation> weak = openArticleWith([&](const Annotation &a) {
            if (a.kind == AnnotationKind::ActorMention || !hidden(a))
                return false;
            for (const Annotation &o : project().annotations(a.articleId))
                if (o.id != a.id && o.span.overlaps(a.span) && o.origin != Origin::Rejected && !hidden(o))
                    return false;
            return true;
        });
        QVERIFY2(weak, "the sample has a suggestion of confidence below 60 %");
        Ui::ArticleView *view = window().articleView();
        view->highlighter()->highlightBlocks(0, view->document()->blockCount());
        QVERIFY(overlaid(view, weak->span));

        QMenu *menu = window().findChild<QMenu *>(u"menuHideSuggestionsBelow"_s);
        QVERIFY(menu);
        clickMenuAction(menu, u"actionHideBelow60"_s);
        QCOMPARE(QSettings().value(u"view/hideSuggestionsBelow"_s).toDouble(), 0.6);
        view->highlighter()->highlightBlocks(0, view->document()->blockCount());
        // No dotted or wavy underline where the weak suggestion was.
        QVERIFY(!overlaid(view, weak->span));
        for (const Highlight::ArticleHighlighter::Mark &m :
             view->highlighter()->marksInBlock(view->document()->findBlock(weak->span.start).blockNumber()))
            QVERIFY2(!(m.span == weak->span && !m.confirmed), "no mark for the hidden suggestion");

        // N walks the whole queue and never lands on a hidden suggestion.
        QSet<qint64> visited;
        for (int i = 0; i < 200; ++i) {
            QTest::keyClick(view, Qt::Key_N);
            const std::optional<Annotation> at = view->annotation(view->selectedAnnotationId());
            if (!at)
                break;
            QVERIFY2(!(at->confidence >= 0 && at->confidence < 0.6), "N stopped on a hidden suggestion");
            if (visited.contains(at->id))
                break;
            visited.insert(at->id);
        }
        const QLabel *counter = window().findChild<QLabel *>(u"ReviewProgress"_s);
        QVERIFY(counter);
        QVERIFY2(counter->text().contains(u"hidden below 60 %"_s), qPrintable(counter->text()));

        // Accepted, it is confirmed: drawn whatever its confidence.
        window().session()->accept(weak->id);
        view->highlighter()->highlightBlocks(0, view->document()->blockCount());
        QVERIFY(overlaid(view, weak->span, true));

        // Back to all suggestions: the counter loses its note.
        clickMenuAction(menu, u"actionHideBelow0"_s);
        QVERIFY(!counter->text().contains(u"hidden"_s));
    }

    /// Annotate > Review Queue > Quotes off, chosen by keyboard: N steps through commitments only and
    /// the counter counts them only; on again, quotes are back in the queue.
    void theQueueHoldsTheKindsChosen()
    {
        const std::optional<Annotation> first = openArticleWith([&](const Annotation &a) {
            if (a.kind != AnnotationKind::Quote || a.origin != Origin::Suggested)
                return false;
            const QList<Annotation> all = project().annotations(a.articleId);
            return std::any_of(all.cbegin(), all.cend(), [](const Annotation &o) {
                return o.kind == AnnotationKind::Commitment && o.origin == Origin::Suggested;
            });
        });
        QVERIFY2(first, "the sample has an article with suggested quotes and commitments");
        auto pending = [&](AnnotationKind kind) {
            int n = 0;
            for (const Annotation &a : project().annotations(first->articleId))
                n += a.kind == kind && a.origin == Origin::Suggested;
            return n;
        };
        const QLabel *counter = window().findChild<QLabel *>(u"ReviewProgress"_s);
        QVERIFY(counter);
        const QString both = counter->text();
        QVERIFY2(both.startsWith(QString::number(pending(AnnotationKind::Quote) + pending(AnnotationKind::Commitment)) + u" of"_s),
                 qPrintable(both));

        QMenu *menu = window().findChild<QMenu *>(u"menuReviewQueue"_s);
        QVERIFY(menu);
        clickMenuAction(menu, u"actionReviewQuotes"_s);
        QVERIFY(!window().findChild<QAction *>(u"actionReviewQuotes"_s)->isChecked());
        QVERIFY2(counter->text().startsWith(QString::number(pending(AnnotationKind::Commitment)) + u" of"_s), qPrintable(counter->text()));
        Ui::ArticleView *view = window().articleView();
        view->setFocus();
        QSet<qint64> visited;
        for (int i = 0; i < 100; ++i) {
            QTest::keyClick(view, Qt::Key_N);
            const std::optional<Annotation> at = view->annotation(view->selectedAnnotationId());
            QVERIFY(at);
            QCOMPARE(at->kind, AnnotationKind::Commitment);
            if (visited.contains(at->id))
                break;
            visited.insert(at->id);
        }
        QCOMPARE(visited.size(), pending(AnnotationKind::Commitment));

        clickMenuAction(menu, u"actionReviewQuotes"_s);
        QCOMPARE(counter->text(), both);
    }

    /// View > Show Word Classes off (Ctrl+Shift+W): no modal, time or reporting verb is drawn in its
    /// colour, quotes and actor names still are; on again, they are back. Remembered.
    void wordClassesCanBeSwitchedOff()
    {
        window().showArticle(project().articles().first().id);
        Ui::ArticleView *view = window().articleView();
        const KSyntaxHighlighting::Theme theme = Highlight::SyntaxRepository::instance().themeForPalette(view->palette());
        QHash<QString, QRgb> colours; // format name -> its colour
        for (const KSyntaxHighlighting::Format &f : Highlight::SyntaxRepository::instance().definition().formats())
            colours.insert(f.name(), f.textColor(theme).rgb());
        auto count = [&](const QString &name) {
            int n = 0;
            for (const auto &[text, f] : drawn(view))
                n += f.hasProperty(QTextFormat::ForegroundBrush) && f.foreground().color().rgb() == colours.value(name);
            return n;
        };
        QVERIFY(count(u"Modal"_s) > 0);
        QVERIFY(count(u"Reporting Verb"_s) > 0);
        const int quotes = count(u"Quote"_s);
        QVERIFY(quotes > 0);

        QTest::keyClick(view, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(count(u"Modal"_s), 0);
        QCOMPARE(count(u"Reporting Verb"_s), 0);
        QCOMPARE(count(u"Time"_s), 0);
        QCOMPARE(count(u"Quote"_s), quotes);
        QCOMPARE(QSettings().value(u"view/showWordClasses"_s).toBool(), false);

        QTest::keyClick(view, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(count(u"Modal"_s) > 0);
    }

    /// F9 shows the legend; it lists exactly the styles the highlighter has (every overlay kind,
    /// confirmed and suggested, and every format of the definition), each in the format the text
    /// gets; it follows the dark theme and the switches.
    void theLegendListsEveryStyleAsTheTextHasIt()
    {
        window().showArticle(project().articles().first().id);
        Ui::ArticleView *view = window().articleView();
        auto *legend = window().findChild<Ui::LegendView *>();
        QVERIFY(legend);
        QVERIFY(!legend->isVisible());
        QTest::keyClick(view, Qt::Key_F9);
        QTRY_VERIFY(legend->isVisible());

        using Mark = Highlight::ArticleHighlighter::Mark;
        QSet<QString> keys;
        for (const Highlight::Style &s : legend->styles()) {
            QVERIFY2(!keys.contains(s.key), qPrintable(s.key));
            keys.insert(s.key);
            QVERIFY(!s.label.isEmpty());
        }
        QSet<QString> expected{u"quote/confirmed"_s, u"quote/suggested"_s,      u"actor/confirmed"_s, u"actor/suggested"_s,
                               u"commitment/confirmed"_s, u"commitment/suggested"_s, u"category"_s, u"sitetext"_s,
                               u"wordonlyhere"_s,        u"wordchanged"_s};
        // Every mark type but the equal words (which are not marked) has its overlay in the legend.
        QCOMPARE(int(Mark::WordChanged) + 1 - 1 /* WordEqual */ + 3 /* confirmed and suggested */, int(expected.size()));
        const KSyntaxHighlighting::Definition def = Highlight::SyntaxRepository::instance().definition();
        for (const KSyntaxHighlighting::Format &f : def.formats())
            if (f.name() != u"Normal Text"_s)
                expected.insert(f.name());
        QCOMPARE(keys, expected);

        // The legend's "Modal" is the format a modal verb gets in the text.
        QTextCharFormat modalInLegend;
        for (const Highlight::Style &s : legend->styles())
            if (s.key == u"Modal"_s)
                modalInLegend = s.format;
        bool checked = false;
        for (const Storage::ArticleSummary &article : project().articles()) {
            window().showArticle(article.id);
            for (const auto &[text, f] : drawn(window().articleView())) {
                if (text.compare(u"will"_s, Qt::CaseInsensitive) != 0)
                    continue;
                QCOMPARE(f.foreground().color(), modalInLegend.foreground().color());
                QCOMPARE(f.fontWeight(), modalInLegend.fontWeight());
                checked = true;
            }
            if (checked)
                break;
        }
        view = window().articleView();
        QVERIFY2(checked, "a \"will\" in the sample");
        // The legend's document carries the same format on the label's text.
        bool found = false;
        for (QTextBlock b = legend->document()->begin(); b.isValid(); b = b.next())
            for (const QTextLayout::FormatRange &r : b.textFormats())
                found = found || (r.format.foreground().color() == modalInLegend.foreground().color() && b.text().contains(u"will"_s));
        QVERIFY(found);

        // The dark theme: the legend's colours are the dark theme's.
        window().setPalette(darkPalette());
        QApplication::processEvents();
        QRgb darkModal = 0;
        for (const KSyntaxHighlighting::Format &f : def.formats())
            if (f.name() == u"Modal"_s)
                darkModal = f.textColor(Highlight::SyntaxRepository::instance().darkTheme()).rgb();
        for (const Highlight::Style &s : legend->styles())
            if (s.key == u"Modal"_s)
                QCOMPARE(s.format.foreground().color().rgb(), darkModal);

        // Word classes off: they leave the legend, which says so.
        QTest::keyClick(view, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        for (const Highlight::Style &s : legend->styles())
            QVERIFY2(s.group != Highlight::Style::Group::WordClass, qPrintable(s.key));
        QVERIFY(legend->toPlainText().contains(u"Word classes are not drawn"_s));
        QVERIFY(keys.contains(u"Quote"_s));
    }

    /// The form shows the fields of the selected annotation's kind only.
    void theFormHasTheFieldsOfItsKind()
    {
        auto *form = window().findChild<Ui::AnnotationForm *>();
        QVERIFY(form);
        const std::optional<Annotation> quote = openArticleWith([](const Annotation &a) {
            return a.kind == AnnotationKind::Quote && a.origin != Origin::Rejected;
        });
        QVERIFY(quote);
        Ui::ArticleView *view = window().articleView();
        // Nothing selected: no speaker, holder or strength.
        QVERIFY(!form->isFieldShown(form->actorBox()));
        QVERIFY(!form->isFieldShown(form->strengthBox()));

        // A click on the quote selects it.
        const QRect at = view->cursorRect([&] {
            QTextCursor c(view->document());
            c.setPosition(quote->span.start + quote->span.length() / 2);
            return c;
        }());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at.center());
        QTRY_COMPARE(form->annotation().value_or(Annotation{}).kind, AnnotationKind::Quote);
        QVERIFY(form->isFieldShown(form->actorBox()));
        QVERIFY(form->isFieldShown(form->addresseeBox()));
        QVERIFY(!form->isFieldShown(form->strengthBox()));
        QVERIFY(!form->isFieldShown(form->typeBox()));
        QVERIFY(!form->isFieldShown(form->conditionEdit()));
        QVERIFY(form->isFieldShown(form->noteEdit()));

        // The form keeps its height whatever the excerpt's length.
        const int height = form->sizeHint().height();
        Annotation longer = *form->annotation();
        longer.span = {0, int(view->article().text.size())};
        form->setAnnotation(longer, view->article().text);
        QCOMPARE(form->sizeHint().height(), height);
    }

    /// A commitment's condition and time are typed: Enter stores the words found near it (through
    /// an undo step), Ctrl+Z restores what was there; words the article does not have are refused.
    void conditionAndTimeAreTypedAndUndone()
    {
        auto *form = window().findChild<Ui::AnnotationForm *>();
        const std::optional<Annotation> commitment = openArticleWith([](const Annotation &a) {
            return a.kind == AnnotationKind::Commitment && a.origin != Origin::Rejected && a.condition.isEmpty();
        });
        QVERIFY(commitment);
        Ui::ArticleView *view = window().articleView();
        window().selectAnnotation(view, commitment->id);
        QTRY_COMPARE(form->annotation().value_or(Annotation{}).id, commitment->id);
        QVERIFY(form->isFieldShown(form->strengthBox()));
        QVERIFY(form->isFieldShown(form->conditionEdit()));
        QVERIFY(form->isFieldShown(form->timeEdit()));

        // Two words of the commitment itself stand for the condition.
        const QString text = view->article().text;
        const QStringList words = commitment->span.textIn(text).toString().split(u' ', Qt::SkipEmptyParts);
        QVERIFY(words.size() >= 2);
        const QString typed = words.mid(words.size() - 2).join(u' ');
        QLineEdit *condition = form->conditionEdit();
        QTest::mouseClick(condition, Qt::LeftButton);
        QTest::keyClicks(condition, typed);
        QTest::keyClick(condition, Qt::Key_Return);
        const Annotation stored = window().session()->openArticles()->annotation(commitment->id).value();
        QCOMPARE(stored.condition.textIn(text).toString(), typed);
        QVERIFY(commitment->span.contains(stored.condition));
        QCOMPARE(project().annotation(commitment->id).value().condition, stored.condition);
        // Enter went back to the text: Ctrl+Z is the project's undo.
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(project().annotation(commitment->id).value().condition.isEmpty());
        QTRY_COMPARE(condition->text(), QString());

        // Words that are not in the article: nothing stored, a message says why.
        QLineEdit *time = form->timeEdit();
        QTest::mouseClick(time, Qt::LeftButton);
        QTest::keyClicks(time, u"in the year 2999 xyzzy"_s);
        QTest::keyClick(time, Qt::Key_Return);
        QVERIFY(project().annotation(commitment->id).value().time.isEmpty());
        auto *problem = form->findChild<QLabel *>(u"FormProblem"_s);
        QVERIFY(problem && problem->isVisible());
        QVERIFY(problem->text().contains(u"not in the article"_s));
    }

    /// Smaller items: swatches readable on a dark base; the toolbar has icons with no icon theme;
    /// counts read as English without "(s)".
    void swatchesIconsAndPlurals()
    {
        for (const Model::Actor &a : project().actors()) {
            const QColor base = darkPalette().color(QPalette::Base);
            QVERIFY2(contrast(Ui::ActorSwatchDelegate::swatchColor(a.id, base), base) >= 3.0, qPrintable(a.canonicalName));
        }
        auto *toolbar = window().findChild<QToolBar *>(u"MainToolBar"_s);
        QVERIFY(toolbar);
        QIcon::setThemeName(QString());
        for (QAction *a : toolbar->actions())
            if (!a->isSeparator())
                QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));

        Import::ImportReport one;
        one.outcomes.append(Import::ImportOutcome{});
        one.outcomes.last().kind = Import::ImportOutcome::Stored;
        QVERIFY2(one.summary().startsWith(u"Imported 1 article"_s) && !one.summary().contains(u"(s)"_s), qPrintable(one.summary()));
        Import::ImportReport two = one;
        two.outcomes.append(one.outcomes.first());
        QVERIFY2(two.summary().startsWith(u"Imported 2 articles"_s), qPrintable(two.summary()));
    }
};

QTEST_MAIN(TestReviewPrecision)
#include "tst_reviewprecision.moc"
