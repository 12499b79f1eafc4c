// SPDX-License-Identifier: GPL-2.0-or-later
// The workspace driven as a person would: keys and mouse on the real widgets, results checked in
// the models and in the project file.
#include "annotationform.h"
#include "storage/projectwriter.h"
#include "articleview.h"
#include "compareview.h"
#include "highlight/actorcolors.h"
#include "highlight/articlehighlighter.h"
#include "highlight/syntaxrepository.h"
#include "mainwindow.h"
#include "models/actormodel.h"
#include "models/annotationmodel.h"
#include "models/articlelistmodel.h"
#include "panels.h"
#include "scrollsynchronizer.h"
#include "session/analysisservice.h"
#include "session/projectsession.h"
#include "projectfixture.h"

#include <QAction>
#include <QClipboard>
#include <QMimeData>
#include <QPushButton>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolTip>
#include <QHelpEvent>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Parlance;
using namespace Parlance::Test;
using namespace Qt::StringLiterals;
using Model::Annotation;
using Model::AnnotationKind;
using Model::Origin;

namespace {

struct Workspace {
    ProjectFixture fixture;
    std::unique_ptr<Ui::MainWindow> window;

    /// Makes the project (with `prepare` run on it first), then opens it in a shown, active window.
    bool start(const std::function<void(ProjectFixture &)> &prepare = {})
    {
        if (!fixture.open() || !fixture.fill())
            return false;
        if (prepare)
            prepare(fixture);
        fixture.project.reset(); // one process holds the project: the window
        return reopen();
    }

    bool reopen()
    {
        window = std::make_unique<Ui::MainWindow>();
        window->setInteractive(false);
        window->resize(1280, 800);
        QString error;
        if (!window->openProject(fixture.path(), {}, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        window->showArticle(fixture.first);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return false;
        view()->setFocus();
        return true;
    }

    Ui::ArticleView *view() const { return window->articleView(); }
    const Storage::Project *project() const { return window->project(); }

    /// Selects words of the current article as a person would: a mouse drag over them.
    void dragSelect(Ui::ArticleView *v, Model::Span span) const
    {
        QTextCursor c(v->document());
        c.setPosition(span.start);
        const QPoint from = v->cursorRect(c).center() + QPoint(1, 0);
        c.setPosition(span.end);
        const QPoint to = v->cursorRect(c).center();
        QTest::mousePress(v->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(v->viewport(), to);
        QTest::mouseRelease(v->viewport(), Qt::LeftButton, {}, to);
    }

    /// Selects words with the keyboard: the cursor goes to the start, Shift+Right to the end.
    void keySelect(Ui::ArticleView *v, Model::Span span) const
    {
        QTextCursor c(v->document());
        c.setPosition(span.start);
        v->setTextCursor(c);
        for (int i = span.start; i < span.end; ++i)
            QTest::keyClick(v, Qt::Key_Right, Qt::ShiftModifier);
    }

    void key(int key, Qt::KeyboardModifiers modifiers = {}) const { QTest::keyClick(view(), Qt::Key(key), modifiers); }

    QPoint pointAt(Ui::ArticleView *v, int position) const
    {
        QTextCursor c(v->document());
        c.setPosition(position);
        return v->cursorRect(c).center() + QPoint(2, 0);
    }

    void save(const QString &name) const
    {
        QVERIFY(window->grab().save(QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/") + name + u".png"_s));
    }
};

/// How long the calling thread has waited, in all, for a core while it was ready to run (Linux's
/// schedstat run delay, in ms); 0 where the system does not tell.
qint64 runDelayMs()
{
    QFile stat(u"/proc/thread-self/schedstat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    return stat.readAll().split(' ').value(1).toLongLong() / 1000000;
}

/// Drops files on the window, as a person drags them from a file manager.
void dropFiles(QWidget *window, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(600, 300), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(window, &enter);
    QDropEvent drop(QPointF(600, 300), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(window, &drop);
}

/// A file of our own reporting close to the 20 MB an import accepts: the fixture's paragraphs,
/// numbered (and tagged) so that no two paragraphs, and no two such files, are alike.
QString writeLargeArticle(const QString &path, const QString &tag)
{
    QByteArray text = "Talks go on, day after day (" + tag.toUtf8() + ")\n\n";
    const QByteArray paragraph = firstText().section(u'\n', 2, 2).toUtf8();
    for (int i = 0; text.size() < 19 * 1024 * 1024; ++i)
        text += "Day " + QByteArray::number(i) + ", " + tag.toUtf8() + ". " + paragraph + "\n\n";
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return path;
}

QStringList kindsOf(const Storage::Project &p, qint64 articleId, bool withSuggestions = true)
{
    QStringList out;
    for (const Annotation &a : p.annotations(articleId))
        if (withSuggestions || a.origin != Origin::Suggested)
            out << Model::annotationKindName(a.kind) + u'/' + Model::originName(a.origin) + u':' + a.exact;
    out.sort();
    return out;
}

} // namespace

class TestWorkspace final : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void createsEachKindByKeyboard()
    {
        Workspace w;
        QVERIFY(w.start());
        const QString &t = firstText();
        // Shown, the article got no suggestions written: they come with an import (or Analyse Again).
        const qsizetype suggested = w.project()->annotations(w.fixture.first).size();
        QCOMPARE(suggested, 0);

        w.keySelect(w.view(), spanOf(t, u"\u201cWe are ready to reopen the crossings before the first snow,\u201d"_s));
        w.key(Qt::Key_Q);
        w.dragSelect(w.view(), spanOf(t, u"Lena Brandt"_s));
        QCOMPARE(w.view()->selectedSpan().textIn(t), u"Lena Brandt");
        w.key(Qt::Key_A);
        w.keySelect(w.view(), spanOf(t, u"her government was ready to reopen the border crossings before winter"_s));
        w.key(Qt::Key_C);
        w.keySelect(w.view(), spanOf(t, u"reopen the border crossings"_s));
        w.key(Qt::Key_1);
        w.keySelect(w.view(), spanOf(t, u"Nothing is agreed"_s));
        w.key(Qt::Key_2);

        QCOMPARE(kindsOf(*w.project(), w.fixture.first, false),
                 (QStringList{u"actor/manual:Lena Brandt"_s, u"category/manual:Nothing is agreed"_s,
                              u"category/manual:reopen the border crossings"_s,
                              u"commitment/manual:her government was ready to reopen the border crossings before winter"_s,
                              u"quote/manual:\u201cWe are ready to reopen the crossings before the first snow,\u201d"_s}));
        const QList<Annotation> rows = w.project()->annotations(w.fixture.first);
        for (const Annotation &a : rows) {
            if (a.origin == Origin::Suggested)
                continue;
            QCOMPARE(a.coder, u"tester"_s);
            if (a.kind == AnnotationKind::Quote) // the quoted words, without the marks
                QCOMPARE(a.contentParts.value(0).textIn(t), u"We are ready to reopen the crossings before the first snow");
            if (a.kind == AnnotationKind::ActorMention)
                QCOMPARE(w.project()->actor(a.actorId)->canonicalName, u"Lena Brandt"_s);
            if (a.kind == AnnotationKind::Category)
                QCOMPARE(a.categoryId, w.project()->categories().at(a.exact == u"Nothing is agreed"_s ? 1 : 0).id);
        }
        // The model of the annotations panel and the view have them too.
        QCOMPARE(w.window->annotationModel()->rowCount(), suggested + 5);
        QCOMPARE(w.view()->annotations().size(), suggested + 5);
        // The last one made is selected and shown in the form.
        QCOMPARE(w.window->annotationForm()->annotation()->exact, u"Nothing is agreed"_s);

        // Nothing selected: no annotation, and a hint in the status bar.
        QTextCursor c = w.view()->textCursor();
        c.clearSelection();
        w.view()->setTextCursor(c);
        w.key(Qt::Key_Q);
        QCOMPARE(w.project()->annotations(w.fixture.first).size(), suggested + 5);
        w.save(u"workspace-annotated"_s);
    }

    void attributesFormEditsThroughCommands()
    {
        Workspace w;
        QVERIFY(w.start([](ProjectFixture &f) { Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person); }));
        const QString &t = firstText();
        w.keySelect(w.view(), spanOf(t, u"ready to reopen the border crossings before winter"_s));
        w.key(Qt::Key_C);
        Ui::AnnotationForm *form = w.window->annotationForm();
        QVERIFY(form->annotation());
        const qint64 id = form->annotation()->id;

        // Holder picked from the project's actors; addressee typed as a new name (created on the spot).
        form->actorBox()->setFocus();
        form->actorBox()->setCurrentIndex(form->actorBox()->findText(u"Lena Brandt"_s));
        Q_EMIT form->actorBox()->activated(form->actorBox()->currentIndex());
        for (const Model::Actor &actor : w.project()->actors())
            QVERIFY(!actor.isKnownAs(u"Ines Moreau"));
        form->addresseeBox()->setFocus();
        form->addresseeBox()->lineEdit()->selectAll();
        QTest::keyClicks(form->addresseeBox()->lineEdit(), u"Ines Moreau"_s);
        QTest::keyClick(form->addresseeBox()->lineEdit(), Qt::Key_Return);
        form->typeBox()->setCurrentIndex(form->typeBox()->findText(u"offer"_s));
        Q_EMIT form->typeBox()->activated(form->typeBox()->currentIndex());
        form->strengthBox()->setFocus();
        form->strengthBox()->setValue(0.8);
        QTest::keyClick(form->strengthBox(), Qt::Key_Return);
        // The time: from the words selected in the text.
        w.keySelect(w.view(), spanOf(t, u"before winter"_s));
        QPushButton *timeButton = nullptr;
        for (QPushButton *b : form->findChildren<QPushButton *>())
            if (b->accessibleName() == u"Time from selection"_s)
                timeButton = b;
        QVERIFY(timeButton);
        QTest::mouseClick(timeButton, Qt::LeftButton);
        form->noteEdit()->setFocus();
        QTest::keyClicks(form->noteEdit(), u"check the date"_s);
        QTest::keyClick(form->noteEdit(), Qt::Key_Return);

        const Annotation a = *w.project()->annotation(id);
        QCOMPARE(w.project()->actor(a.actorId)->canonicalName, u"Lena Brandt"_s);
        QVERIFY(a.addresseeId);
        QCOMPARE(w.project()->actor(a.addresseeId)->canonicalName, u"Ines Moreau"_s);
        QCOMPARE(a.commitmentType, Model::CommitmentType::Offer);
        QCOMPARE(a.strength, 0.8);
        QCOMPARE(a.note, u"check the date"_s);
        QCOMPARE(a.time.textIn(t), u"before winter");
        QCOMPARE(w.window->undoStack()->count(), 7); // add + six edits
        // The tooltip tells holder, type, strength and note.
        const QString tip = w.view()->describe(a);
        for (const QString &part : {u"offer"_s, u"Lena Brandt"_s, u"Ines Moreau"_s, u"0.80"_s, u"check the date"_s})
            QVERIFY2(tip.contains(part), qPrintable(tip));
        w.save(u"workspace-form"_s);

        // Undoing the six edits also takes away the actor created on the spot.
        for (int i = 0; i < 6; ++i)
            QTest::keySequence(w.window.get(), QKeySequence::Undo);
        QCOMPARE(w.project()->annotation(id)->addresseeId, 0);
        QCOMPARE(w.project()->annotation(id)->actorId, 0);
        for (const Model::Actor &actor : w.project()->actors())
            QVERIFY(!actor.isKnownAs(u"Ines Moreau"));
        QTest::keySequence(w.window.get(), QKeySequence::Redo);
        QTest::keySequence(w.window.get(), QKeySequence::Redo);
        QCOMPARE(w.project()->actor(w.project()->annotation(id)->addresseeId)->canonicalName, u"Ines Moreau"_s);
    }

    void undoRedoTenStepsByKeyboard()
    {
        Workspace w;
        const QString &t = firstText();
        QVERIFY(w.start([&](ProjectFixture &f) {
            f.suggest(f.first, {annotationOf(f.first, spanOf(t, u"Tomas Varga"_s), AnnotationKind::ActorMention),
                                annotationOf(f.first, spanOf(t, u"GENEVA"_s), AnnotationKind::ActorMention),
                                annotationOf(f.first, spanOf(t, u"Varga added"_s), AnnotationKind::ActorMention)});
        }));
        const qint64 article = w.fixture.first;
        w.window->findChild<QAction *>(u"actionReviewActorMentions"_s)->trigger(); // the suggestions are actor mentions
        QList<QStringList> states{w.fixture.state()};
        auto step = [&](const std::function<void()> &action) {
            action();
            states.append(w.fixture.state());
        };
        step([&] { w.keySelect(w.view(), spanOf(t, u"We are ready"_s)); w.key(Qt::Key_Q); });
        step([&] { w.key(Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier); });       // grow the quote by a word
        step([&] { w.key(Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier); });        // and shrink it back
        step([&] { w.keySelect(w.view(), spanOf(t, u"Lena Brandt"_s)); w.key(Qt::Key_A); });
        step([&] { w.keySelect(w.view(), spanOf(t, u"would consider the offer"_s)); w.key(Qt::Key_C); });
        step([&] { w.key(Qt::Key_Delete); });                                            // remove that commitment
        step([&] { w.key(Qt::Key_N); w.key(Qt::Key_Y); });                               // accept the first suggestion
        step([&] { w.key(Qt::Key_X); });                                                 // reject the next
        step([&] { w.keySelect(w.view(), spanOf(t, u"the offer"_s)); w.key(Qt::Key_1); });
        step([&] { w.key(Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier); });       // accept all the rest
        QCOMPARE(w.window->undoStack()->count(), 10);
        for (int i = 1; i < states.size(); ++i)
            QVERIFY2(states[i] != states[i - 1], qPrintable(u"step %1 changed nothing"_s.arg(i)));
        // The grown quote took the next word; shrinking gave it back, exactly.
        QVERIFY(states[2] != states[1]);
        QCOMPARE(states[3], states[1]);

        for (int i = 10; i > 0; --i) {
            QTest::keySequence(w.window.get(), QKeySequence::Undo);
            QCOMPARE(w.fixture.state(), states[i - 1]);
        }
        for (int i = 1; i <= 10; ++i) {
            QTest::keySequence(w.window.get(), QKeySequence::Redo);
            QCOMPARE(w.fixture.state(), states[i]);
        }
        QCOMPARE(w.view()->annotations().size(), w.project()->annotations(article).size());
    }

    void stepsThroughAndDecidesSuggestions()
    {
        Workspace w;
        const QString &t = firstText();
        QVERIFY(w.start([&](ProjectFixture &f) {
            f.suggest(f.first, {annotationOf(f.first, spanOf(t, u"Tomas Varga"_s), AnnotationKind::ActorMention),
                                annotationOf(f.first, spanOf(t, u"Lena Brandt"_s), AnnotationKind::ActorMention),
                                annotationOf(f.first, spanOf(t, u"Nothing is agreed"_s), AnnotationKind::Quote)});
        }));
        // Actor mentions are reviewed per actor, in the Actors panel: N goes to the quote only.
        w.key(Qt::Key_N);
        QCOMPARE(w.view()->annotation(w.view()->selectedAnnotationId())->exact, u"Nothing is agreed"_s);
        QCOMPARE(w.window->findChild<QLabel *>(u"ReviewProgress"_s)->text(), u"1 of 1 left"_s);
        w.window->findChild<QAction *>(u"actionReviewActorMentions"_s)->trigger();
        QCOMPARE(w.window->findChild<QLabel *>(u"ReviewProgress"_s)->text(), u"3 of 3 left"_s);
        // With them, N goes on (around the end) to the first suggestion in reading order, then on; P goes back.
        w.key(Qt::Key_N);
        QCOMPARE(w.view()->annotation(w.view()->selectedAnnotationId())->exact, u"Lena Brandt"_s);
        QCOMPARE(w.view()->selectedSpan().textIn(t), u"Lena Brandt");
        w.key(Qt::Key_N);
        QCOMPARE(w.view()->annotation(w.view()->selectedAnnotationId())->exact, u"Tomas Varga"_s);
        w.key(Qt::Key_P);
        QCOMPARE(w.view()->annotation(w.view()->selectedAnnotationId())->exact, u"Lena Brandt"_s);
        // Enter accepts and moves on; X rejects.
        w.key(Qt::Key_Return);
        QCOMPARE(w.view()->annotation(w.view()->selectedAnnotationId())->exact, u"Tomas Varga"_s);
        w.key(Qt::Key_X);
        QCOMPARE(kindsOf(*w.project(), w.fixture.first),
                 (QStringList{u"actor/accepted:Lena Brandt"_s, u"actor/rejected:Tomas Varga"_s, u"quote/suggested:Nothing is agreed"_s}));
        // The rejected one is no longer drawn; the accepted one is.
        QCOMPARE(w.view()->annotationsAt(spanOf(t, u"Tomas Varga"_s).start + 1).size(), 0);
        QCOMPARE(w.view()->annotationsAt(spanOf(t, u"Lena Brandt"_s).start + 1).size(), 1);
        // The panel filters on origin.
        Ui::AnnotationPanel *panel = w.window->annotationPanel();
        panel->originFilter()->setCurrentIndex(panel->originFilter()->findText(u"Suggested"_s));
        QCOMPARE(panel->view()->model()->rowCount(), 1);
        // Clicking the row jumps to it in the text.
        const QModelIndex row = panel->view()->model()->index(0, 1);
        QTest::mouseClick(panel->view()->viewport(), Qt::LeftButton, {}, panel->view()->visualRect(row).center());
        QCOMPARE(w.view()->annotation(w.view()->selectedAnnotationId())->exact, u"Nothing is agreed"_s);
        QCOMPARE(w.view()->selectedSpan().textIn(t), u"Nothing is agreed");
    }

    void markingASuggestionConfirmsItInsteadOfDoublingIt()
    {
        Workspace w;
        const QString &t = firstText();
        QVERIFY(w.start([&](ProjectFixture &f) {
            const qint64 varga = Storage::ProjectWriter(*f.project).actorIdFor(u"Tomas Varga"_s, Model::ActorType::Person);
            f.suggest(f.first, {annotationOf(f.first, spanOf(t, u"Nothing is agreed"_s), AnnotationKind::Quote, varga),
                                annotationOf(f.first, spanOf(t, u"would consider the offer"_s), AnnotationKind::Quote, varga)});
        }));
        const qint64 article = w.fixture.first;
        // Clicking into the suggested quote selects it; Q accepts it, with its speaker.
        QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, {}, w.pointAt(w.view(), spanOf(t, u"is agreed"_s).start));
        QCOMPARE(w.view()->annotation(w.view()->selectedAnnotationId())->exact, u"Nothing is agreed"_s);
        w.key(Qt::Key_Q);
        // Selecting the other one's words by hand and pressing C makes it an accepted commitment.
        w.keySelect(w.view(), spanOf(t, u"would consider the offer"_s));
        w.key(Qt::Key_C);
        QCOMPARE(kindsOf(*w.project(), article),
                 (QStringList{u"commitment/accepted:would consider the offer"_s, u"quote/accepted:Nothing is agreed"_s}));
        for (const Annotation &a : w.project()->annotations(article))
            QVERIFY(a.actorId != 0); // the speaker stays, as the holder
        QCOMPARE(w.window->undoStack()->count(), 2);
    }

    void escapeReturnsToTheTextAndNumberKeysExplainAnEmptyCodebook()
    {
        Workspace w;
        QVERIFY(w.start([](ProjectFixture &f) {
            for (const Model::CodebookCategory &c : f.project->categories())
                QVERIFY(Storage::ProjectWriter(*f.project).removeCategory(c.id));
        }));
        const QString &t = firstText();
        w.keySelect(w.view(), spanOf(t, u"Lena Brandt"_s));
        w.key(Qt::Key_A);
        // Into the note: N is typed there; Escape goes back to the text, where N steps again.
        QLineEdit *note = w.window->annotationForm()->noteEdit();
        QTest::mouseClick(note, Qt::LeftButton);
        QTRY_VERIFY(note->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(w.view()->hasFocus());
        // From the annotations panel too.
        w.window->annotationPanel()->view()->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(w.view()->hasFocus());
        QTRY_COMPARE(w.project()->annotations(w.fixture.first).value(0).note, u"n"_s);
        // 1 with no category says how to add one, and adds nothing.
        w.keySelect(w.view(), spanOf(t, u"Tomas Varga"_s));
        w.key(Qt::Key_1);
        QVERIFY(w.window->statusBar()->currentMessage().contains(u"Add Category"_s));
        QCOMPARE(w.project()->annotations(w.fixture.first).size(), 1);
    }

    void dragsAnEndOfTheSelectedAnnotation()
    {
        Workspace w;
        const QString &t = firstText();
        Annotation quote;
        QVERIFY(w.start([&](ProjectFixture &f) {
            quote = annotationOf(f.first, spanOf(t, u"We are ready to reopen"_s), AnnotationKind::Quote);
            QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(quote));
        }));
        Ui::ArticleView *v = w.view();
        QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, w.pointAt(v, quote.span.start + 3));
        QCOMPARE(v->selectedAnnotationId(), quote.id);
        // Grab the end and drop it after "the crossings".
        QTextCursor c(v->document());
        c.setPosition(quote.span.end);
        const QPoint grab = v->cursorRect(c).center();
        const Model::Span longer(quote.span.start, spanOf(t, u"reopen the crossings"_s).end);
        c.setPosition(longer.end);
        const QPoint drop = v->cursorRect(c).center();
        QTest::mousePress(v->viewport(), Qt::LeftButton, {}, grab);
        QTest::mouseMove(v->viewport(), drop);
        QTest::mouseRelease(v->viewport(), Qt::LeftButton, {}, drop);
        QCOMPARE(w.project()->annotation(quote.id)->span, longer);
        QCOMPARE(w.project()->annotation(quote.id)->exact, u"We are ready to reopen the crossings"_s);
        QCOMPARE(w.window->undoStack()->count(), 1);
        QTest::keySequence(w.window.get(), QKeySequence::Undo);
        QCOMPARE(w.project()->annotation(quote.id)->span, quote.span);
    }

    void hoverLightsUpTheSpeaker()
    {
        Workspace w;
        const QString &t = firstText();
        QVERIFY(w.start([&](ProjectFixture &f) {
            const qint64 brandt = Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person);
            Annotation quote = annotationOf(f.first, spanOf(t, u"We are ready to reopen the crossings"_s), AnnotationKind::Quote, brandt);
            Annotation mention = annotationOf(f.first, spanOf(t, u"Lena Brandt"_s), AnnotationKind::ActorMention, brandt);
            Annotation later = annotationOf(f.first, spanOf(t, u"Brandt told"_s), AnnotationKind::ActorMention, brandt);
            later.span.end -= 5;
            QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(quote) && Storage::ProjectWriter(*f.project).addAnnotation(mention) && Storage::ProjectWriter(*f.project).addAnnotation(later));
        }));
        Ui::ArticleView *v = w.view();
        QVERIFY(v->litSpans().isEmpty());
        QTest::mouseMove(v->viewport(), w.pointAt(v, spanOf(t, u"reopen the crossings"_s).start));
        QTRY_COMPARE(v->litSpans().size(), 2);
        QVERIFY(v->litSpans().contains(spanOf(t, u"Lena Brandt"_s)));
        // Resting on the quote shows its tooltip: kind and speaker.
        const QPoint onQuote = w.pointAt(v, spanOf(t, u"reopen the crossings"_s).start);
        QHelpEvent help(QEvent::ToolTip, onQuote, v->viewport()->mapToGlobal(onQuote));
        QCoreApplication::sendEvent(v->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(u"Speaker: Lena Brandt"_s), qPrintable(QToolTip::text()));
        QToolTip::hideText();
        QTest::mouseMove(v->viewport(), w.pointAt(v, spanOf(t, u"GENEVA"_s).start));
        QTRY_VERIFY(v->litSpans().isEmpty());
        // Clicking the quote keeps its speaker lit and selects it.
        QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, w.pointAt(v, spanOf(t, u"reopen the crossings"_s).start));
        QCOMPARE(v->annotation(v->selectedAnnotationId())->kind, AnnotationKind::Quote);
        QCOMPARE(v->emphasizedActor(), v->annotation(v->selectedAnnotationId())->actorId);
        w.save(u"workspace-hover"_s);
    }

    void highlightsTellKindsAndOriginsApartWithoutColour()
    {
        Workspace w;
        const QString &t = firstText();
        QVERIFY(w.start([&](ProjectFixture &f) {
            Annotation quote = annotationOf(f.first, spanOf(t, u"We are ready to reopen the crossings"_s), AnnotationKind::Quote);
            Annotation commitment = annotationOf(f.first, spanOf(t, u"ready to reopen the crossings"_s), AnnotationKind::Commitment);
            QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(quote) && Storage::ProjectWriter(*f.project).addAnnotation(commitment));
            f.suggest(f.first, {annotationOf(f.first, spanOf(t, u"Tomas Varga"_s), AnnotationKind::ActorMention),
                                annotationOf(f.first, spanOf(t, u"would consider the offer"_s), AnnotationKind::Commitment)});
        }));
        Ui::ArticleView *v = w.view();
        auto formatAt = [&](int position) {
            const QTextBlock block = v->document()->findBlock(position);
            for (const QTextLayout::FormatRange &r : block.layout()->formats())
                if (position - block.position() >= r.start && position - block.position() < r.start + r.length)
                    return r.format;
            return QTextCharFormat();
        };
        // A confirmed quote: italic on a background. Inside it a confirmed commitment: underlined too.
        const QTextCharFormat quote = formatAt(spanOf(t, u"We are"_s, t.indexOf(u"\u201cWe"_s)).start);
        QVERIFY(quote.fontItalic());
        QVERIFY(quote.hasProperty(QTextFormat::BackgroundBrush));
        const QTextCharFormat both = formatAt(spanOf(t, u"ready to reopen the crossings"_s).start + 2);
        QVERIFY(both.fontItalic());
        QCOMPARE(both.underlineStyle(), QTextCharFormat::SingleUnderline);
        // Suggestions: no background, a dotted (actor, bold) or wavy (commitment) line.
        const QTextCharFormat actor = formatAt(spanOf(t, u"Tomas Varga"_s).start + 1);
        QCOMPARE(actor.fontWeight(), int(QFont::Bold));
        QCOMPARE(actor.underlineStyle(), QTextCharFormat::DotLine);
        QVERIFY(!actor.hasProperty(QTextFormat::BackgroundBrush));
        const QTextCharFormat offer = formatAt(spanOf(t, u"would consider the offer"_s).start + 1);
        QCOMPARE(offer.underlineStyle(), QTextCharFormat::WaveUnderline);
        QVERIFY(!offer.hasProperty(QTextFormat::BackgroundBrush));
        // Plain text stays plain.
        QVERIFY(!formatAt(spanOf(t, u"neighbouring"_s).start).fontItalic());
    }

    void followsADarkPalette()
    {
        Workspace w;
        const QString &t = firstText();
        QVERIFY(w.start([&](ProjectFixture &f) {
            const qint64 brandt = Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person);
            Annotation quote = annotationOf(f.first, spanOf(t, u"We are ready to reopen the crossings"_s), AnnotationKind::Quote, brandt);
            QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(quote));
        }));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x23, 0x26, 0x29));
        dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
        dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
        dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
        const QPalette before = QApplication::palette();
        QApplication::setPalette(dark);
        QCoreApplication::processEvents();
        Ui::ArticleView *v = w.view();
        QVERIFY(v->highlighter()->isDarkMode());
        // The quote's background is the dark tint of its speaker, not the light one.
        const qint64 brandt = v->annotations().first().actorId;
        const auto marks = v->highlighter()->marksInBlock(v->document()->findBlock(spanOf(t, u"We are ready"_s).start).blockNumber());
        QVERIFY(!marks.isEmpty());
        QCOMPARE(marks.first().tint, Highlight::ActorColors::tint(brandt, true));
        QVERIFY(marks.first().tint.lightness() < 100);
        // Every block follows the dark theme, not only those whose overlays changed: the headline's
        // plain words are drawn in the dark theme's light text colour.
        const KSyntaxHighlighting::Theme darkTheme = Highlight::SyntaxRepository::instance().darkTheme();
        const QTextBlock headline = v->document()->firstBlock();
        bool checked = false;
        for (const QTextLayout::FormatRange &r : headline.layout()->formats()) {
            if (r.format.hasProperty(QTextFormat::ForegroundBrush) && r.format.foreground().color().lightness() < 80)
                QFAIL(qPrintable(u"dark text left in the headline at %1"_s.arg(r.start)));
            checked = true;
        }
        QVERIFY(checked);
        QVERIFY(darkTheme.isValid());
        w.save(u"workspace-dark"_s);
        QApplication::setPalette(before);
        QCoreApplication::processEvents();
        QVERIFY(!v->highlighter()->isDarkMode());
    }

    void foldsSiteText()
    {
        Workspace w;
        QVERIFY(w.start());
        const QString &t = firstText();
        Ui::ArticleView *v = w.view();
        const Model::Span site(spanOf(t, u"Share this article"_s).start, int(t.size()));
        v->setBoilerplate({site});
        QCOMPARE(v->hiddenBlockCount(), 1); // "Sign up…" hidden, "Share this article" kept with a marker
        QTest::keyClick(w.window.get(), Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier); // View > Show Site Text
        QCOMPARE(v->hiddenBlockCount(), 0);
        QVERIFY(!v->isBoilerplateFolded());
        v->setBoilerplateFolded(true);
        QCOMPARE(v->hiddenBlockCount(), 1);
        // The text itself is untouched: offsets still match the article.
        QCOMPARE(v->document()->toRawText().replace(QChar::ParagraphSeparator, u'\n'), t);
    }

    void longArticleIsHighlightedWhereItIsShown()
    {
        // 400 paragraphs of our own words, each with a quote: only what is on screen is highlighted.
        Model::Article article;
        article.id = 1;
        for (int i = 0; i < 400; ++i)
            article.text += u"Paragraph %1: \u201cWe will keep talking,\u201d the envoy said.\n"_s.arg(i);
        article.text.chop(1);
        Ui::ArticleView view;
        view.resize(600, 400);
        view.setArticle(article);
        Annotation lastQuote;
        lastQuote.id = 1;
        lastQuote.articleId = 1;
        lastQuote.kind = AnnotationKind::Quote;
        lastQuote.origin = Model::Origin::Manual;
        lastQuote.span = {int(article.text.lastIndexOf(u'\u201c')), int(article.text.lastIndexOf(u'\u201d')) + 1};
        view.setAnnotations({lastQuote}, {});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *h = view.highlighter();
        QVERIFY(h->isBlockHighlighted(0));
        QVERIFY(!view.document()->firstBlock().layout()->formats().isEmpty());
        QVERIFY(!h->isBlockHighlighted(399));
        QVERIFY(view.document()->lastBlock().layout()->formats().isEmpty());
        // The next screen is highlighted ahead, when the event loop is idle.
        const QTextBlock belowScreen = view.cursorForPosition(QPoint(10, view.viewport()->height() + 10)).block().next();
        QTRY_VERIFY(h->isBlockHighlighted(belowScreen.blockNumber() + 5));
        QVERIFY(!h->isBlockHighlighted(200));

        // Ctrl+End scrolls to the end: the last paragraph is highlighted, with its quote's overlay,
        // before it is painted; the paragraphs scrolled past were never highlighted.
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QTRY_VERIFY(h->isBlockHighlighted(399));
        bool italic = false;
        for (const QTextLayout::FormatRange &r : view.document()->lastBlock().layout()->formats())
            italic = italic || r.format.fontItalic();
        QVERIFY(italic);
        QVERIFY(!h->isBlockHighlighted(200));
        int highlighted = 0;
        for (int n = 0; n < 400; ++n)
            highlighted += h->isBlockHighlighted(n) ? 1 : 0;
        QVERIFY2(highlighted < 100, qPrintable(QString::number(highlighted)));
    }

    void sideBySideLinksQuotesAndMarksWordDifferences()
    {
        Workspace w;
        const QString &a = firstText();
        const QString &b = secondText();
        QVERIFY(w.start([&](ProjectFixture &f) {
            const qint64 brandt = Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person);
            Annotation qa = annotationOf(f.first, spanOf(a, u"\u201cWe are ready to reopen the crossings before the first snow,\u201d"_s),
                                         AnnotationKind::Quote, brandt);
            qa.contentParts = {spanOf(a, u"We are ready to reopen the crossings before the first snow"_s)};
            Annotation qb = annotationOf(f.second, spanOf(b, u"\u201cWe are prepared to reopen the crossings before winter,\u201d"_s),
                                         AnnotationKind::Quote, brandt);
            qb.contentParts = {spanOf(b, u"We are prepared to reopen the crossings before winter"_s)};
            Annotation other = annotationOf(f.first, spanOf(a, u"Nothing is agreed until everything is agreed"_s), AnnotationKind::Quote);
            Annotation ma = annotationOf(f.first, spanOf(a, u"Lena Brandt"_s), AnnotationKind::ActorMention, brandt);
            Annotation mb = annotationOf(f.second, spanOf(b, u"Lena Brandt"_s), AnnotationKind::ActorMention, brandt);
            QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(qa) && Storage::ProjectWriter(*f.project).addAnnotation(qb) && Storage::ProjectWriter(*f.project).addAnnotation(other)
                    && Storage::ProjectWriter(*f.project).addAnnotation(ma) && Storage::ProjectWriter(*f.project).addAnnotation(mb));
        }));
        // Both selected in the list, then Compare (Ctrl+D): side by side, and the set kept.
        w.window->articleList()->selectAll();
        QTest::keyClick(w.window.get(), Qt::Key_D, Qt::ControlModifier);
        Ui::CompareView *compare = w.window->compareView();
        QCOMPARE(compare->count(), 2);
        Ui::ArticleView *left = compare->view(0);
        Ui::ArticleView *right = compare->view(1);
        QCOMPARE(left->article().id, w.fixture.first);
        QCOMPARE(right->article().id, w.fixture.second);

        // One link: the same statement, worded differently.
        QCOMPARE(compare->links().size(), 1);
        auto marked = [](Ui::ArticleView *v, Highlight::ArticleHighlighter::Mark::Type type) {
            QStringList words;
            for (QTextBlock block = v->document()->begin(); block.isValid(); block = block.next())
                for (const auto &m : v->highlighter()->marksInBlock(block.blockNumber()))
                    if (m.type == type)
                        words << m.span.textIn(v->article().text).toString();
            return words;
        };
        using Mark = Highlight::ArticleHighlighter::Mark;
        QCOMPARE(marked(left, Mark::WordChanged), (QStringList{u"ready"_s, u"the"_s, u"first"_s, u"snow"_s}));
        QCOMPARE(marked(right, Mark::WordChanged), (QStringList{u"prepared"_s, u"winter"_s}));
        // The tooltip flags the rewording from each side.
        const auto quoteIn = [](Ui::ArticleView *v) {
            for (const Annotation &a : v->annotations())
                if (a.kind == AnnotationKind::Quote && a.exact.contains(u"crossings"_s))
                    return a;
            return Annotation();
        };
        QVERIFY2(left->describe(quoteIn(left)).contains(u"Also in column 2, wording differs: 4 words reworded"_s),
                 qPrintable(left->describe(quoteIn(left))));
        QVERIFY2(right->describe(quoteIn(right)).contains(u"Also in column 1, wording differs: 2 words reworded"_s),
                 qPrintable(right->describe(quoteIn(right))));

        // Clicking the quote on the left selects its counterpart on the right.
        QTest::mouseClick(left->viewport(), Qt::LeftButton, {}, w.pointAt(left, spanOf(a, u"reopen the crossings"_s).start));
        QCOMPARE(left->annotation(left->selectedAnnotationId())->kind, AnnotationKind::Quote);
        QVERIFY(right->selectedAnnotationId());
        QCOMPARE(right->selectedSpan().textIn(b), u"\u201cWe are prepared to reopen the crossings before winter,\u201d");
        // One actor, one colour in both columns.
        const auto brandtMark = [&](Ui::ArticleView *v) {
            const int at = int(v->article().text.indexOf(u"Lena Brandt"_s));
            for (const auto &m : v->highlighter()->marksInBlock(v->document()->findBlock(at).blockNumber()))
                if (m.type == Mark::Actor)
                    return m.color;
            return QColor();
        };
        QVERIFY(brandtMark(left).isValid());
        QCOMPARE(brandtMark(left), brandtMark(right));

        // The set is saved with the project.
        const QList<Storage::ComparisonSet> sets = w.project()->comparisonSets();
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.first().articleIds, (QList<qint64>{w.fixture.first, w.fixture.second}));

        // Annotation keys act on the column that has the focus.
        right->setFocus();
        QTRY_COMPARE(compare->currentView(), right);
        w.keySelect(right, spanOf(b, u"Tomas Varga"_s));
        QTest::keyClick(right, Qt::Key_A);
        QCOMPARE(w.project()->annotations(w.fixture.second).size(), 3);
        w.save(u"workspace-side-by-side"_s);
        // Two columns with long titles still fit a 1366×768 laptop screen.
        w.window->resize(1366, 768);
        QCOMPARE(w.window->width(), 1366);
    }

    void scrollingIsLinked()
    {
        Workspace w;
        QString longText;
        for (int i = 0; i < 200; ++i)
            longText += u"Paragraph %1 of a long dispatch about talks that went on late into the night.\n\n"_s.arg(i);
        QVERIFY(w.start([&](ProjectFixture &f) {
            QList<Model::Article> more(2);
            for (Model::Article &m : more) {
                m.title = u"Long dispatch"_s;
                m.text = longText;
                m.contentHash = Model::Article::hashText(m.text + QString::number(quintptr(&m)));
            }
            QVERIFY(Storage::ProjectWriter(*f.project).addArticles(more));
            f.second = more[1].id;
            f.first = more[0].id;
        }));
        w.window->showArticles({w.fixture.first, w.fixture.second});
        Ui::CompareView *compare = w.window->compareView();
        QScrollBar *left = compare->view(0)->verticalScrollBar();
        QScrollBar *right = compare->view(1)->verticalScrollBar();
        QVERIFY(left->maximum() > 10);
        // Line counts of wrapped text settle as the views lay it out, so "the middle" is a range.
        left->setValue(left->maximum() / 2);
        const int followed = right->value();
        QVERIFY2(qAbs(followed - right->maximum() / 2) <= right->maximum() / 10,
                 qPrintable(u"%1 of %2"_s.arg(followed).arg(right->maximum())));
        left->setValue(left->maximum());
        QCOMPARE(right->value(), right->maximum());
        compare->setScrollLinked(false);
        left->setValue(0);
        QCOMPARE(right->value(), right->maximum());
    }

    void linkedScrollingLinesUpLinkedQuotes()
    {
        // The same statement early in a short wire story and late in a long feature.
        const QString statement = u"\u201cThe corridor stays open for as long as the convoys need it,\u201d the envoy said."_s;
        QString wire, feature;
        for (int i = 0; i < 120; ++i) {
            wire += (i == 10 ? statement : u"Wire paragraph %1 on the talks that went on late into the night."_s.arg(i)) + u"\n\n"_s;
            feature += (i == 90 ? statement : u"Feature paragraph %1 with background on the region and its people."_s.arg(i)) + u"\n\n"_s;
        }
        const auto quoteIn = [&](const QString &text) {
            const int at = int(text.indexOf(statement));
            return Model::Span(at, at + int(statement.indexOf(u'\u201d')) + 1);
        };
        Workspace w;
        QVERIFY(w.start([&](ProjectFixture &f) {
            QList<Model::Article> two(2);
            two[0].title = u"Wire"_s;
            two[0].text = wire;
            two[1].title = u"Feature"_s;
            two[1].text = feature;
            for (Model::Article &a : two)
                a.contentHash = Model::Article::hashText(a.text);
            QVERIFY(Storage::ProjectWriter(*f.project).addArticles(two));
            f.first = two[0].id;
            f.second = two[1].id;
            const qint64 envoy = Storage::ProjectWriter(*f.project).actorIdFor(u"The envoy"_s, Model::ActorType::Person);
            Annotation inWire = annotationOf(f.first, quoteIn(wire), AnnotationKind::Quote, envoy);
            Annotation inFeature = annotationOf(f.second, quoteIn(feature), AnnotationKind::Quote, envoy);
            QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(inWire) && Storage::ProjectWriter(*f.project).addAnnotation(inFeature));
        }));
        w.window->showArticles({w.fixture.first, w.fixture.second});
        Ui::CompareView *compare = w.window->compareView();
        QCOMPARE(compare->links().size(), 1);
        Ui::ArticleView *left = compare->view(0);
        Ui::ArticleView *right = compare->view(1);
        QVERIFY(compare->isScrollLinked());

        // Scrolling the wire story to its quote brings the feature's quote to the top of its column,
        // although it is at a very different place in a text of another length.
        Ui::ScrollSynchronizer::scrollToPosition(left, quoteIn(wire).start);
        QCOMPARE(Ui::ScrollSynchronizer::topPosition(left), quoteIn(wire).start);
        QCOMPARE(right->document()->findBlock(Ui::ScrollSynchronizer::topPosition(right)).text(),
                 right->document()->findBlock(quoteIn(feature).start).text());
        // And back: scrolling the feature a screen up moves the wire story up too, never down.
        const int wireTop = Ui::ScrollSynchronizer::topPosition(left);
        right->verticalScrollBar()->setValue(right->verticalScrollBar()->value() - 10);
        QVERIFY(Ui::ScrollSynchronizer::topPosition(left) < wireTop);
        w.save(u"workspace-aligned-scrolling"_s);
    }

    void reopenedProjectShowsEverythingAgain()
    {
        Workspace w;
        QVERIFY(w.start());
        const QString &t = firstText();
        w.keySelect(w.view(), spanOf(t, u"We are ready"_s));
        w.key(Qt::Key_Q);
        w.keySelect(w.view(), spanOf(t, u"Tomas Varga"_s));
        w.key(Qt::Key_A);
        // Both selected in the list, then Compare (Ctrl+D): side by side, and the set kept.
        w.window->articleList()->selectAll();
        QTest::keyClick(w.window.get(), Qt::Key_D, Qt::ControlModifier);
        const QStringList before = w.fixture.state();
        w.window->close(); // the layout is remembered
        QVERIFY(!QSettings().value(u"window/state"_s).toByteArray().isEmpty());
        QVERIFY(!QSettings().value(u"window/geometry"_s).toByteArray().isEmpty());
        w.window.reset(); // closes the project

        QVERIFY(w.reopen());
        QCOMPARE(w.fixture.state(), before);
        const qsizetype rows = w.project()->annotations(w.fixture.first).size();
        QCOMPARE(w.view()->annotations().size(), rows);
        QCOMPARE(w.window->annotationModel()->rowCount(), rows);
        QCOMPARE(kindsOf(*w.project(), w.fixture.first, false),
                 (QStringList{u"actor/manual:Tomas Varga"_s, u"quote/manual:We are ready"_s}));
        QCOMPARE(w.window->actorModel()->rowCount(), w.project()->actors().size());
        QCOMPARE(w.window->articleModel()->rowCount(), 2);
        QCOMPARE(w.project()->comparisonSets().size(), 1);
        QVERIFY(QSettings().value(u"recentProjects"_s).toStringList().contains(QFileInfo(w.fixture.path()).absoluteFilePath()));
        // The undo history belongs to the session that made it.
        QCOMPARE(w.window->undoStack()->count(), 0);
    }

    void lockedProjectOpensReadOnly()
    {
        ProjectFixture f;
        QVERIFY(f.open());
        QVERIFY(f.fill());
        Ui::MainWindow window;
        window.setInteractive(false);
        QString error;
        QVERIFY2(window.openProject(f.path(), {}, &error), qPrintable(error));
        QVERIFY(window.project()->isReadOnly());
        QVERIFY(window.windowTitle().contains(u"read-only"_s));
        QVERIFY(!window.findChild<QAction *>(u"actionQuote"_s)->isEnabled());
    }

    void refusedFileKeepsTheCurrentProject()
    {
        Workspace w;
        QVERIFY(w.start());
        const QString bogus = w.fixture.dir.filePath(u"not-a-project.parlance"_s);
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is a text file, not a project\n");
        file.close();
        QString error;
        QVERIFY(!w.window->openProject(bogus, {}, &error));
        QVERIFY2(error.contains(u"not-a-project.parlance"_s), qPrintable(error));
        QCOMPARE(w.project()->path(), w.fixture.path());
    }

    void pastesDropsAndImportsArticles()
    {
        Workspace w;
        QVERIFY(w.start());
        // Paste as a new article: added, analysed, shown.
        QGuiApplication::clipboard()->setText(u"Talks resume in Oslo\n\nThe foreign minister said on Friday that "
                                              u"\u201cwe will not walk away from the table,\u201d according to aides.\n"_s);
        QSignalSpy imported(w.window->session(), &Session::ProjectSession::importFinished);
        QTest::keyClick(w.window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
        QCOMPARE(w.project()->articles().size(), 3);
        const Storage::ArticleSummary pasted = w.project()->articles().last();
        QCOMPARE(pasted.title, u"Talks resume in Oslo"_s);
        QCOMPARE(w.view()->article().id, pasted.id);
        QVERIFY(!w.project()->annotations(pasted.id).isEmpty()); // the analysis' suggestions

        // Files dropped on the window are imported.
        const QString path = w.fixture.dir.filePath(u"dropped.md"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Envoy lands in Ankara\n\nThe envoy arrived late on Sunday.\n");
        file.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(600, 300), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(w.window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(600, 300), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(w.window.get(), &drop);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 2, 60000);
        QCOMPARE(w.project()->articles().size(), 4);
        QCOMPARE(w.project()->articles().last().title, u"Envoy lands in Ankara"_s);
        QCOMPARE(w.window->articleModel()->rowCount(), 4);
    }

    void actorsAreReviewedOnceInTheActorsPanel()
    {
        Workspace w;
        const QString &t = firstText();
        const QString &t2 = secondText();
        qint64 varga = 0, brandt = 0;
        QVERIFY(w.start([&](ProjectFixture &f) {
            varga = Storage::ProjectWriter(*f.project).actorIdFor(u"Tomas Varga"_s, Model::ActorType::Person);
            brandt = Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person);
            f.suggest(f.first, {annotationOf(f.first, spanOf(t, u"Tomas Varga"_s), AnnotationKind::ActorMention, varga),
                                annotationOf(f.first, spanOf(t, u"Lena Brandt"_s), AnnotationKind::ActorMention, brandt)});
            f.suggest(f.second, {annotationOf(f.second, spanOf(t2, u"Tomas Varga"_s), AnnotationKind::ActorMention, varga),
                                 annotationOf(f.second, spanOf(t2, u"Lena Brandt"_s), AnnotationKind::ActorMention, brandt)});
        }));
        Ui::ArticleView *v = w.view();
        auto foregroundAt = [&](int position) {
            const QTextBlock block = v->document()->findBlock(position);
            for (const QTextLayout::FormatRange &r : block.layout()->formats())
                if (position - block.position() >= r.start && position - block.position() < r.start + r.length
                    && r.format.hasProperty(QTextFormat::ForegroundBrush))
                    return r.format.foreground().color();
            return QColor();
        };
        const int vargaAt = spanOf(t, u"Tomas Varga"_s).start + 1;
        QCOMPARE(foregroundAt(vargaAt), Highlight::ActorColors::color(varga, false));

        Ui::ActorPanel *actors = w.window->actorPanel();
        QTreeView *list = actors->view();
        auto rowOf = [&](qint64 id) {
            for (int r = 0; r < list->model()->rowCount(); ++r)
                if (list->model()->index(r, 0).data(Models::ActorModel::ActorIdRole).toLongLong() == id)
                    return r;
            return -1;
        };
        // X on Varga's row rejects his mentions in both articles, as one step.
        list->setFocus();
        list->setCurrentIndex(list->model()->index(rowOf(varga), 0));
        QTest::keyClick(list, Qt::Key_X);
        QCOMPARE(kindsOf(*w.project(), w.fixture.first),
                 (QStringList{u"actor/rejected:Tomas Varga"_s, u"actor/suggested:Lena Brandt"_s}));
        QCOMPARE(kindsOf(*w.project(), w.fixture.second),
                 (QStringList{u"actor/rejected:Tomas Varga"_s, u"actor/suggested:Lena Brandt"_s}));
        QCOMPARE(w.window->undoStack()->count(), 1);
        // His name is drawn no more: neither as a mention nor as a known name.
        const int plainAt = spanOf(t, u"neighbouring"_s).start + 1;
        QTRY_COMPARE(foregroundAt(vargaAt), foregroundAt(plainAt));
        // Y on Brandt's row accepts hers.
        list->setCurrentIndex(list->model()->index(rowOf(brandt), 0));
        QTest::keyClick(list, Qt::Key_Y);
        QCOMPARE(kindsOf(*w.project(), w.fixture.second),
                 (QStringList{u"actor/accepted:Lena Brandt"_s, u"actor/rejected:Tomas Varga"_s}));
        // Undo brings Varga's name back.
        QTest::keySequence(w.window.get(), QKeySequence::Undo);
        QTest::keySequence(w.window.get(), QKeySequence::Undo);
        QTRY_COMPARE(foregroundAt(vargaAt), Highlight::ActorColors::color(varga, false));
    }

    void panelsMergeActorsAndEditTheCodebook()
    {
        Workspace w;
        qint64 brandt = 0, minister = 0;
        QVERIFY(w.start([&](ProjectFixture &f) {
            brandt = Storage::ProjectWriter(*f.project).actorIdFor(u"Lena Brandt"_s, Model::ActorType::Person);
            minister = Storage::ProjectWriter(*f.project).actorIdFor(u"the minister"_s, Model::ActorType::Other);
            Annotation a = annotationOf(f.first, spanOf(firstText(), u"Lena Brandt"_s), AnnotationKind::ActorMention, minister);
            QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(a));
        }));
        Ui::ActorPanel *actors = w.window->actorPanel();
        QTreeView *list = actors->view();
        // Current row first: it is the one kept.
        auto rowOf = [&](qint64 id) {
            for (int r = 0; r < list->model()->rowCount(); ++r)
                if (list->model()->index(r, 0).data(Models::ActorModel::ActorIdRole).toLongLong() == id)
                    return r;
            return -1;
        };
        QVERIFY(!actors->mergeButton()->isEnabled());
        // A click on Brandt, a Ctrl+click on the minister.
        const QPoint brandtAt = list->visualRect(list->model()->index(rowOf(brandt), 0)).center();
        const QPoint ministerAt = list->visualRect(list->model()->index(rowOf(minister), 0)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, brandtAt);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ControlModifier, ministerAt);
        QCOMPARE(actors->selectedActors().size(), 2);
        QVERIFY(actors->mergeButton()->isEnabled());
        // The button opens a menu that asks which name to keep, the current (last clicked) row's
        // first; Down, Down and Enter choose the second: Brandt's.
        QStringList offered;
        QTimer::singleShot(0, this, [&offered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction *a : menu->actions())
                offered.append(a->text());
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Down);
            QTest::keyClick(menu, Qt::Key_Return);
        });
        QTest::mouseClick(actors->mergeButton(), Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        // The offscreen platform gives the closed menu's activation back only when asked.
        w.window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), w.window.get());
        QCOMPARE(offered, (QStringList{u"Keep \u201cthe minister\u201d (\u201cLena Brandt\u201d becomes an alias)"_s,
                                       u"Keep \u201cLena Brandt\u201d (\u201cthe minister\u201d becomes an alias)"_s}));
        QVERIFY(!w.project()->actor(minister));
        QVERIFY(w.project()->actor(brandt)->isKnownAs(u"the minister"));
        QCOMPARE(w.project()->annotations(w.fixture.first).first().actorId, brandt);
        QCOMPARE(list->model()->rowCount(), int(w.project()->actors().size()));
        // A merge is an undo step: Undo separates them again, Redo merges them again.
        QTest::keySequence(w.window.get(), QKeySequence::Undo);
        QVERIFY(w.project()->actor(minister));
        QCOMPARE(w.project()->actor(minister)->canonicalName, u"the minister"_s);
        QVERIFY(!w.project()->actor(brandt)->isKnownAs(u"the minister"));
        QCOMPARE(w.project()->annotations(w.fixture.first).first().actorId, minister);
        QCOMPARE(list->model()->rowCount(), int(w.project()->actors().size()));
        QTest::keySequence(w.window.get(), QKeySequence::Redo);
        QVERIFY(!w.project()->actor(minister));
        QCOMPARE(w.project()->annotations(w.fixture.first).first().actorId, brandt);

        // Renaming in the panel (F2, type, Enter) is an undo step too; the old name stays an alias.
        list->setFocus();
        list->setCurrentIndex(list->model()->index(rowOf(brandt), Models::ActorModel::NameColumn));
        QTest::keyClick(list, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY2(editor, QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "no focus");
        editor->selectAll();
        QTest::keyClicks(editor, u"Lena Brandt-Okafor"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(w.project()->actor(brandt)->canonicalName, u"Lena Brandt-Okafor"_s);
        QVERIFY(w.project()->actor(brandt)->isKnownAs(u"Lena Brandt"));
        QTest::keySequence(w.window.get(), QKeySequence::Undo);
        QCOMPARE(w.project()->actor(brandt)->canonicalName, u"Lena Brandt"_s);

        // A new category gets the next number key, which codes selected text at once.
        Ui::CodebookPanel *codebook = w.window->codebookPanel();
        QPushButton *add = nullptr;
        for (QPushButton *b : codebook->findChildren<QPushButton *>())
            if (b->text().remove(u'&') == u"Add Category"_s)
                add = b;
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(w.project()->categories().size(), 3);
        const Model::CodebookCategory added = w.project()->categories().last();
        QCOMPARE(added.shortcut, u"3"_s);
        w.view()->setFocus();
        w.keySelect(w.view(), spanOf(firstText(), u"neighbouring state"_s));
        w.key(Qt::Key_3);
        bool coded = false;
        for (const Annotation &a : w.project()->annotations(w.fixture.first))
            coded = coded || (a.kind == AnnotationKind::Category && a.categoryId == added.id && a.exact == u"neighbouring state"_s);
        QVERIFY(coded);
        // Undo takes back the coding, then the new category.
        QTest::keySequence(w.window.get(), QKeySequence::Undo);
        QTest::keySequence(w.window.get(), QKeySequence::Undo);
        QCOMPARE(w.project()->categories().size(), 2);
        QCOMPARE(codebook->findChild<QTreeView *>()->model()->rowCount(), 2);
        QTest::keySequence(w.window.get(), QKeySequence::Redo);
        QCOMPARE(w.project()->categories().last().id, added.id);
    }

    void annotationsPanelListsEveryArticle()
    {
        Workspace w;
        qint64 inSecond = 0;
        QVERIFY(w.start([&](ProjectFixture &f) {
            Annotation a = annotationOf(f.second, spanOf(secondText(), u"We are prepared"_s), AnnotationKind::Quote);
            QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(a));
            inSecond = a.id;
        }));
        QCOMPARE(w.view()->article().id, w.fixture.first);
        Ui::AnnotationPanel *panel = w.window->annotationPanel();
        QTreeView *list = panel->view();
        auto rowOf = [&](qint64 id) {
            for (int r = 0; r < list->model()->rowCount(); ++r)
                if (list->model()->index(r, 0).data(Models::AnnotationModel::AnnotationIdRole).toLongLong() == id)
                    return r;
            return -1;
        };
        QCOMPARE(rowOf(inSecond), -1);
        QVERIFY(list->isColumnHidden(Models::AnnotationModel::ArticleColumn));

        // "All articles", chosen by keyboard, lists the other article's annotation with its article.
        panel->scopeChoice()->setFocus();
        QTest::keyClick(panel->scopeChoice(), Qt::Key_Down);
        QCOMPARE(panel->scopeChoice()->currentText(), u"All articles"_s);
        QVERIFY(!list->isColumnHidden(Models::AnnotationModel::ArticleColumn));
        const int row = rowOf(inSecond);
        QVERIFY(row >= 0);
        QVERIFY(list->model()->index(row, Models::AnnotationModel::ArticleColumn).data().toString().startsWith(u"2. "_s));

        // Clicking it opens that article and selects the annotation.
        const QModelIndex index = list->model()->index(row, Models::AnnotationModel::TextColumn);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        QCOMPARE(w.view()->article().id, w.fixture.second);
        QCOMPARE(w.view()->selectedAnnotationId(), inSecond);
        QCOMPARE(w.view()->selectedSpan().textIn(secondText()), u"We are prepared");
        w.save(u"workspace-all-annotations"_s);
    }

    void actorMarkedThenUndoneLeavesEveryTableAsBefore()
    {
        Workspace w;
        QVERIFY(w.start());
        const QString &t = firstText();
        const QStringList before = w.fixture.state();
        QVERIFY(!w.project()->actorIdForName(u"Tomas Varga"_s));
        // A on a name the project does not know: the actor and its mention, one undo step.
        w.keySelect(w.view(), spanOf(t, u"Tomas Varga"_s));
        w.key(Qt::Key_A);
        QCOMPARE(w.window->undoStack()->count(), 1);
        const qint64 varga = w.project()->actorIdForName(u"Tomas Varga"_s);
        QVERIFY(varga);
        QCOMPARE(w.view()->annotation(w.view()->selectedAnnotationId())->actorId, varga);
        QVERIFY(w.fixture.state() != before);
        // Ctrl+Z: every table as it was, actors included.
        QTest::keySequence(w.window.get(), QKeySequence::Undo);
        QCOMPARE(w.fixture.state(), before);
        QVERIFY(!w.project()->actorIdForName(u"Tomas Varga"_s));
        QCOMPARE(w.window->actorModel()->rowCount(), w.project()->actors().size());
        // Ctrl+Shift+Z: both back, under their ids.
        QTest::keySequence(w.window.get(), QKeySequence::Redo);
        QCOMPARE(w.project()->actorIdForName(u"Tomas Varga"_s), varga);
    }

    void aWindowThatOnlyReadsWritesNothing()
    {
        // A project as `parlance import --no-analysis` leaves it, plus a suggestion and a decision.
        ProjectFixture f;
        QVERIFY(f.open() && f.fill());
        const QString &t = firstText();
        f.suggest(f.first, {annotationOf(f.first, spanOf(t, u"Tomas Varga"_s), AnnotationKind::ActorMention),
                            annotationOf(f.first, spanOf(t, u"Nothing is agreed"_s), AnnotationKind::Quote)});
        Annotation quote = annotationOf(f.first, spanOf(t, u"We are ready"_s), AnnotationKind::Quote);
        QVERIFY(Storage::ProjectWriter(*f.project).addAnnotation(quote));
        f.project.reset();
        const QStringList before = projectState(f.path()); // everything, no column left out
        QVERIFY(before.size() > 10);
        {
            Ui::MainWindow window;
            window.setInteractive(false);
            window.resize(1280, 800);
            QString error;
            QVERIFY2(window.openProject(f.path(), {}, &error), qPrintable(error));
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            // Reading: both articles side by side (never analysed: nothing may be stored for them),
            // stepping through suggestions, searching, the other article alone.
            QSignalSpy analysed(window.session()->analysis(), &Session::AnalysisService::analysed);
            window.showArticles({f.first, f.second});
            QTRY_COMPARE_WITH_TIMEOUT(analysed.count(), 2, 30000);
            Ui::ArticleView *view = window.compareView()->view(0);
            view->setFocus();
            QTest::keyClick(view, Qt::Key_N);
            QTest::keyClick(view, Qt::Key_N);
            QTest::keyClick(view, Qt::Key_P);
            QVERIFY(view->selectedAnnotationId());
            QTest::keySequence(&window, QKeySequence::Find);
            QTest::keyClicks(window.searchBox(), u"snow"_s);
            QTest::keyClick(window.searchBox(), Qt::Key_Return);
            window.showArticle(f.second);
            window.close();
        }
        QCOMPARE(projectState(f.path()), before);
    }

    void importingTheSameFilesTwiceAddsNothingAndSaysSo()
    {
        Workspace w;
        QVERIFY(w.start());
        QStringList paths;
        for (const QString &name : {u"oslo"_s, u"ankara"_s, u"geneva"_s}) {
            QFile file(w.fixture.dir.filePath(name + u".txt"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Envoys meet in " + name.toUtf8() + "\n\n\u201cWe will sign the protocol next week,\u201d Foreign Minister "
                       "Lena Brandt told reporters in " + name.toUtf8() + ".\n");
            paths << file.fileName();
        }
        QSignalSpy finished(w.window->session(), &Session::ProjectSession::importFinished);
        dropFiles(w.window.get(), paths);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const QList<Storage::ArticleSummary> articles = w.project()->articles();
        QCOMPARE(articles.size(), 5);
        for (qsizetype i = 2; i < articles.size(); ++i)
            QVERIFY2(!w.project()->annotations(articles[i].id).isEmpty(), qPrintable(articles[i].title)); // with suggestions
        // Imported while reading: the reader stays, the new articles are selected in the list.
        QCOMPARE(w.view()->article().id, w.fixture.first);
        QCOMPARE(w.window->articleList()->selectionModel()->selectedRows().size(), 3);

        const QStringList once = w.fixture.state();
        dropFiles(w.window.get(), paths);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(w.fixture.state(), once);
        const QString said = w.window->statusBar()->currentMessage();
        QVERIFY2(said.contains(u"skipped 3 already in the project"_s), qPrintable(said));
        for (const QString &path : std::as_const(paths))
            QVERIFY2(said.contains(QDir::toNativeSeparators(path)), qPrintable(said));
    }

    void largeImportKeepsTheWindowResponsiveAndCanBeCancelled()
    {
        Workspace w;
        QVERIFY(w.start());
        const QString big = writeLargeArticle(w.fixture.dir.filePath(u"long-talks.txt"_s), u"first"_s);
        QVERIFY(!big.isEmpty());
        QSignalSpy finished(w.window->session(), &Session::ProjectSession::importFinished);

        // A timer ticking every 10 ms on the GUI thread: the longest gap between two ticks is the
        // longest the window could not answer a key or paint. Time the thread spent waiting for a
        // core while it could have run is left out (the machine may be busy with other programs):
        // what counts is what this process made the GUI thread do, or wait for.
        QElapsedTimer clock;
        qint64 last = 0, lastDelay = runDelayMs(), longest = 0, longestOnTheClock = 0;
        bool progressShown = false;
        int ticks = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            const qint64 delay = runDelayMs();
            longest = std::max(longest, (now - last) - (delay - lastDelay));
            longestOnTheClock = std::max(longestOnTheClock, now - last);
            last = now;
            lastDelay = delay;
            ++ticks;
            progressShown = progressShown || w.window->importProgress()->isVisible();
        });
        dropFiles(w.window.get(), {big});
        clock.start();
        tick.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 600000);
        tick.stop();
        qInfo("20 MB import: %.1f s; longest gap between timer ticks %lld ms (%lld ms on the clock, waits for a core included)",
              double(clock.elapsed()) / 1000.0, longest, longestOnTheClock);
        // The gap is a figure, not a pass mark (speed is for benchmarks): what must hold is that the
        // event loop kept running while the import worked (analysis on the GUI thread ran none).
        QVERIFY2(ticks > 20, qPrintable(u"the event loop ran %1 times during the import"_s.arg(ticks)));
        QVERIFY(progressShown); // it took over a second, and said how far it was
        QCOMPARE(w.project()->articles().size(), 3);
        QVERIFY(w.project()->articles().last().quoteCount > 1000); // stored with its suggestions

        // Cancelled while the next large file is under way: what is not stored whole is not stored.
        const QString other = writeLargeArticle(w.fixture.dir.filePath(u"longer-talks.txt"_s), u"second"_s);
        QFile small(w.fixture.dir.filePath(u"short.txt"_s));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("A short note\n\nThe talks resume on Monday.\n");
        small.close();
        const QStringList before = w.fixture.state();
        dropFiles(w.window.get(), {other, small.fileName()});
        QTRY_VERIFY_WITH_TIMEOUT(w.window->cancelImportButton()->isVisible(), 60000);
        QTest::mouseClick(w.window->cancelImportButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 600000);
        const auto report = finished.last().first().value<Import::ImportReport>();
        QVERIFY(report.cancelled);
        QVERIFY(!w.window->cancelImportButton()->isVisible());
        if (report.storedIds().isEmpty())
            QCOMPARE(w.fixture.state(), before);
        QCOMPARE(w.project()->articles().size(), 3 + report.storedIds().size());
        for (qint64 id : report.storedIds())
            QVERIFY(!w.project()->annotations(id).isEmpty()); // an article with its suggestions, or none
        QCOMPARE(w.project()->integrityCheck(), u"ok"_s);
        QVERIFY2(w.window->statusBar()->currentMessage().contains(u"cancelled"_s), qPrintable(w.window->statusBar()->currentMessage()));
    }

    void everyActionHasAShortcutOrAName()
    {
        Workspace w;
        QVERIFY(w.start());
        QHash<QKeySequence, QString> seen;
        const QList<QAction *> actions = w.window->findChildren<QAction *>();
        QVERIFY(actions.size() > 25);
        for (QAction *a : actions) {
            if (a->isSeparator() || a->menu() || a->objectName().startsWith(u"_q_"_s)) // Qt's own, inside line edits
                continue;
            const QString name = a->text().remove(u'&').trimmed();
            QVERIFY2(!a->shortcuts().isEmpty() || !name.isEmpty() || !a->toolTip().isEmpty(),
                     qPrintable(u"action %1 has neither shortcut nor name"_s.arg(a->objectName())));
            QVERIFY2(!name.isEmpty(), qPrintable(u"action %1 has no text for screen readers"_s.arg(a->objectName())));
            // No two actions of the window fight over a key.
            for (const QKeySequence &key : a->shortcuts()) {
                QVERIFY2(!seen.contains(key), qPrintable(u"%1 is bound to both %2 and %3"_s.arg(key.toString(), seen.value(key), name)));
                seen.insert(key, name);
            }
        }
        // Annotating by keyboard only: every annotate action has a key.
        for (QAction *a : w.window->findChildren<QAction *>()) {
            if (a->objectName().startsWith(u"actionCategory"_s) || a->objectName() == u"actionQuote"_s
                || a->objectName() == u"actionAccept"_s || a->objectName() == u"actionNextSuggestion"_s)
                QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
        }
        for (const QString &name : {u"actionOpen"_s, u"actionNew"_s, u"actionSaveAs"_s, u"actionUndo"_s, u"actionRedo"_s, u"actionFind"_s,
                                    u"actionQuit"_s})
            QVERIFY2(w.window->findChild<QAction *>(name), qPrintable(name));
        QCOMPARE(w.window->findChild<QAction *>(u"actionFind"_s)->shortcut(), QKeySequence(QKeySequence::Find));
        // Find puts the cursor in the search box, whose Enter searches the project's index.
        QTest::keySequence(w.window.get(), QKeySequence::Find);
        QVERIFY(w.window->searchBox()->hasFocus());
        QTest::keyClicks(w.window->searchBox(), u"snow"_s);
        QTest::keyClick(w.window->searchBox(), Qt::Key_Return);
        QCOMPARE(w.window->articleList()->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
