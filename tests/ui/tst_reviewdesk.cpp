// SPDX-License-Identifier: GPL-2.0-or-later
// The review desk driven by keys: how many presses a person needs to review the bundled sample's
// quotes and commitments.
#include "articleview.h"
#include "highlight/actorcolors.h"
#include "highlight/articlehighlighter.h"
#include "highlight/syntaxrepository.h"
#include "session/openarticles.h"
#include "session/projectsession.h"
#include "gui.h"
#include "import/samples.h"
#include "mainwindow.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Model::Annotation;
using Model::AnnotationKind;
using Model::Origin;

namespace {

bool isReviewed(const Annotation &a)
{
    return a.kind == AnnotationKind::Quote || a.kind == AnnotationKind::Commitment;
}

int pendingQuotesAndCommitments(const Storage::Project &project, qint64 articleId)
{
    int n = 0;
    for (const Annotation &a : project.annotations(articleId))
        n += isReviewed(a) && a.origin == Origin::Suggested;
    return n;
}

} // namespace

class TestReviewDesk final : public QObject {
    Q_OBJECT
    QTemporaryDir m_settings;
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void init()
    {
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sample.parlance"_s);
    }

    /// A person reviews every quote and commitment of the sample: in each article, N to the first
    /// suggestion, then Enter (accept and on) on a quote or commitment and N past anything else,
    /// until none is pending. With actor mentions reviewed in the Actors panel, the queue holds only
    /// quotes and commitments: one press per suggestion and one per article.
    void keyPressesToReviewTheSampleOneByOne()
    {
        const Review r = review(Qt::Key_Return);
        qInfo("Reviewing the sample's %d quotes and commitments in %d articles one by one took %d key presses",
              r.reviewed, r.articles, r.presses);
        QVERIFY(r.reviewed > 0);
        QCOMPARE(r.presses, r.reviewed + r.articles);
    }

    /// The same with Shift+Y, which accepts all the pending suggestions of the selected one's speaker
    /// or holder in the article: one press per speaker or holder (or unattributed suggestion).
    void keyPressesToReviewTheSampleBySpeaker()
    {
        const Review r = review(Qt::Key_Y, Qt::ShiftModifier);
        qInfo("Reviewing the sample's %d quotes and commitments in %d articles by speaker and holder took %d key presses",
              r.reviewed, r.articles, r.presses);
        QCOMPARE(r.presses, r.groups + r.articles);
        QVERIFY(r.presses < r.reviewed);
    }

    /// Every run of text drawn as an actor (the lexical "Actor" format, or an actor mention in its
    /// actor's colour) in the sample project and in the seed article is a name or alias of an actor
    /// that is not rejected, exactly and with its case.
    void noOrdinaryWordIsDrawnAsAnActor()
    {
        Ui::MainWindow window;
        window.setInteractive(false);
        QString error;
        QVERIFY2(window.openStartupContent(Ui::GuiOptions{}, &error), qPrintable(error));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QString seed = QStringLiteral(PARLANCE_SOURCE_DIR "/../shared/seeds/000_9e7b35b94457d591.txt");
        const bool haveSeed = QFileInfo::exists(seed);
        if (haveSeed) {
            QSignalSpy imported(window.session(), &Session::ProjectSession::importFinished);
            window.session()->importFiles({seed});
            QVERIFY(imported.wait(60000));
        } else {
            qWarning("%s is missing: the seed article is not checked", qPrintable(seed));
        }
        const Storage::Project &project = *window.project();
        QTRY_VERIFY(window.session()->openArticles()->isAnalysed());
        QApplication::processEvents(); // the actor names are given to the highlighters after the import

        const QSet<qint64> rejected = project.actorsOnlyRejected();
        QSet<QString> names;
        QSet<QRgb> actorColours;
        for (const Model::Actor &a : project.actors()) {
            actorColours.insert(Highlight::ActorColors::color(a.id, false).rgb());
            if (rejected.contains(a.id))
                continue;
            names.insert(a.canonicalName.simplified());
            for (const QString &alias : a.aliases)
                names.insert(alias.simplified());
        }
        const KSyntaxHighlighting::Definition def = Highlight::SyntaxRepository::instance().definition();
        QRgb lexicalActor = 0;
        for (const KSyntaxHighlighting::Format &f : def.formats())
            if (f.name() == Highlight::SyntaxRepository::actorFormatName)
                lexicalActor = f.textColor(Highlight::SyntaxRepository::instance().lightTheme()).rgb();
        QVERIFY(lexicalActor);

        int drawn = 0;
        QStringList wrong;
        for (const Storage::ArticleSummary &article : project.articles()) {
            window.showArticle(article.id);
            Ui::ArticleView *view = window.articleView();
            QVERIFY(!view->highlighter()->isDarkMode());
            view->highlighter()->highlightBlocks(0, view->document()->blockCount());
            const QString text = view->article().text;
            for (QTextBlock b = view->document()->begin(); b.isValid(); b = b.next()) {
                // Runs in an actor's colour, joined where they touch (the lexical layer cuts them).
                QList<Model::Span> runs;
                for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
                    const QRgb fg = r.format.foreground().color().rgb();
                    if (!r.format.hasProperty(QTextFormat::ForegroundBrush) || (fg != lexicalActor && !actorColours.contains(fg)))
                        continue;
                    const Model::Span span{b.position() + r.start, b.position() + r.start + r.length};
                    if (!runs.isEmpty() && runs.last().end == span.start)
                        runs.last().end = span.end;
                    else
                        runs.append(span);
                }
                for (const Model::Span &run : std::as_const(runs)) {
                    ++drawn;
                    const QString words = run.textIn(text).toString().simplified();
                    if (!names.contains(words))
                        wrong << u"%1: \u201c%2\u201d"_s.arg(article.title, words);
                }
            }
        }
        qInfo("%d actor mentions drawn in %lld articles%s; not a name or alias: %lld", drawn, qlonglong(project.articles().size()),
              haveSeed ? " (the seed article among them)" : "", qlonglong(wrong.size()));
        QVERIFY(drawn > 20);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

private:
    struct Review {
        int presses = 0;
        int reviewed = 0;
        int articles = 0; ///< with something to review
        int groups = 0;   ///< per article, the speakers and holders, and the suggestions without one
    };

    Review review(Qt::Key acceptKey, Qt::KeyboardModifiers modifiers = {})
    {
        Review r;
        Ui::MainWindow window;
        window.setInteractive(false);
        QString error;
        if (!window.openStartupContent(Ui::GuiOptions{}, &error)) {
            qWarning("%s", qPrintable(error));
            return r;
        }
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowActive(&window))
            return r;
        const Storage::Project &project = *window.project();
        for (const Storage::ArticleSummary &article : project.articles()) {
            window.showArticle(article.id);
            Ui::ArticleView *view = window.articleView();
            view->setFocus();
            const int pending = pendingQuotesAndCommitments(project, article.id);
            if (!pending)
                continue;
            r.reviewed += pending;
            ++r.articles;
            QSet<qint64> actors;
            for (const Annotation &a : project.annotations(article.id)) {
                if (isReviewed(a) && a.origin == Origin::Suggested) {
                    r.groups += a.actorId == 0 || !actors.contains(a.actorId);
                    actors.insert(a.actorId);
                }
            }
            QTest::keyClick(view, Qt::Key_N);
            ++r.presses;
            // A bound, so that a queue that never reaches a suggestion fails instead of looping.
            for (int guard = 0; pendingQuotesAndCommitments(project, article.id) > 0 && guard < 5000; ++guard) {
                const std::optional<Annotation> a = view->annotation(view->selectedAnnotationId());
                if (a && a->origin == Origin::Suggested && isReviewed(*a))
                    QTest::keyClick(view, acceptKey, modifiers);
                else
                    QTest::keyClick(view, Qt::Key_N);
                ++r.presses;
            }
        }
        return r;
    }
};

QTEST_MAIN(TestReviewDesk)
#include "tst_reviewdesk.moc"
