// SPDX-License-Identifier: GPL-2.0-or-later
// The review desk driven by keys: how many presses a person needs to review the bundled sample's
// quotes and commitments.
#include "articleview.h"
#include "gui.h"
#include "import/samples.h"
#include "mainwindow.h"

#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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
