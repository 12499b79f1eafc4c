// SPDX-License-Identifier: GPL-2.0-or-later
// The reading area under load: a 1 MB article with 20,000 highlights, alone and four side by side.
// Prints time to first paint and time to repaint one screen after scrolling (targets: 300 ms, 16 ms).
#include "articleview.h"
#include "compareview.h"

#include <QApplication>
#include <QEvent>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

// A text of about `bytes` characters in paragraphs of news-like sentences (our own words).
Model::Article makeArticle(qint64 id, int bytes)
{
    static const QStringList sentences{
        u"The ministers met for six hours behind closed doors."_s,
        u"\u201cWe are ready to resume talks next week,\u201d the envoy said."_s,
        u"Officials from both sides declined to comment on the draft."_s,
        u"The foreign minister warned that sanctions would follow any violation."_s,
        u"Observers said the ceasefire had largely held overnight."_s,
        u"\u201cNothing is agreed until everything is agreed,\u201d a spokesman told reporters."_s,
        u"The government pledged to fund the first phase of the mission."_s,
    };
    QString text;
    text.reserve(bytes + 200);
    QRandomGenerator rng(quint32(42 + id));
    while (text.size() < bytes) {
        const int n = 3 + int(rng.bounded(4));
        for (int i = 0; i < n; ++i)
            text += sentences[rng.bounded(int(sentences.size()))] + u' ';
        text += u"\n\n"_s;
    }
    Model::Article a;
    a.id = id;
    a.title = u"Load test %1"_s.arg(id);
    a.text = text;
    return a;
}

QList<Model::Annotation> makeAnnotations(const Model::Article &article, int count)
{
    QList<Model::Annotation> out;
    out.reserve(count);
    QRandomGenerator rng(7);
    const int stride = int(article.text.size()) / count;
    for (int i = 0; i < count; ++i) {
        Model::Annotation a;
        a.id = i + 1;
        a.articleId = article.id;
        const int start = i * stride + int(rng.bounded(std::max(1, stride / 2)));
        a.span = {start, std::min(int(article.text.size()), start + 8 + int(rng.bounded(40)))};
        a.kind = Model::AnnotationKind(i % 4);
        a.origin = (i % 3 == 0) ? Model::Origin::Manual : Model::Origin::Suggested;
        a.actorId = 1 + (i % 50);
        a.categoryId = 1;
        out.append(a);
    }
    return out;
}

struct Figures {
    double setText = 0;     ///< of the first paint: the text into the document (layout is lazy)
    double highlight = 0;   ///< of the first paint: overlays indexed and the whole text highlighted once
    double firstPaint = 0;
    double median = 0;
    double worst = 0;
    int firstPaints = 0;       ///< paint events of the first paint (all views)
    double paintsPerStep = 0; ///< paint events per view and scroll step
    double idleMedian = 0;    ///< from a scroll until the event loop is idle again
};

QHash<qint64, QString> actorNames()
{
    QHash<qint64, QString> names;
    for (int i = 1; i <= 50; ++i)
        names.insert(i, u"Actor %1"_s.arg(i));
    return names;
}

// Counts the paint events of the viewports it watches, so that a figure is known to include a paint.
class PaintCounter final : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        paints += e->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

// Lets the event loop do what a real one would after a change: deliver the update requests (the
// paint) and anything the paint left queued (a second paint of blocks whose height changed when
// they were highlighted, the highlighter's deferred pass). The figures cover all of that work.
void settle()
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

// Scrolls one screen at a time `steps` times and lets the views repaint after each step.
void measureScrolling(QScrollBar *bar, const QList<Ui::ArticleView *> &views, int steps, Figures &f)
{
    PaintCounter counter;
    for (Ui::ArticleView *v : views)
        v->viewport()->installEventFilter(&counter);
    QList<double> times, idle;
    for (int i = 0; i < steps; ++i) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + bar->pageStep());
        // Until the screen is painted: the update requests only (what a person waits for) ...
        QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
        times.append(t.nsecsElapsed() / 1e6);
        // ... then the rest of the work the scroll caused (the look-ahead highlighting), until idle.
        settle();
        idle.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::sort(idle.begin(), idle.end());
    f.median = times[times.size() / 2];
    f.worst = times.last();
    f.idleMedian = idle[idle.size() / 2];
    f.paintsPerStep = double(counter.paints) / (steps * views.size());
}

Figures single(const Model::Article &article, const QList<Model::Annotation> &annotations)
{
    Figures f;
    Ui::ArticleView view;
    view.resize(1000, 800);
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    QElapsedTimer t;
    t.start();
    view.setArticle(article);
    f.setText = t.nsecsElapsed() / 1e6;
    view.setAnnotations(annotations, actorNames(), {{1, QColor(Qt::darkCyan)}});
    f.highlight = t.nsecsElapsed() / 1e6 - f.setText;
    view.show();
    settle();
    f.firstPaint = t.nsecsElapsed() / 1e6;
    f.firstPaints = counter.paints;
    measureScrolling(view.verticalScrollBar(), {&view}, 60, f);
    return f;
}

Figures fourColumns(const QList<Model::Article> &articles, const QList<QList<Model::Annotation>> &annotations)
{
    Figures f;
    Ui::CompareView compare;
    compare.resize(1800, 900);
    PaintCounter counter;
    QElapsedTimer t;
    t.start();
    compare.setArticles(articles);
    for (int i = 0; i < compare.count(); ++i) {
        compare.view(i)->viewport()->installEventFilter(&counter);
        compare.view(i)->setAnnotations(annotations[i], actorNames(), {{1, QColor(Qt::darkCyan)}});
    }
    compare.show();
    settle();
    f.firstPaint = t.nsecsElapsed() / 1e6;
    f.firstPaints = counter.paints;
    measureScrolling(compare.view(0)->verticalScrollBar(), compare.views(), 60, f);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    const Model::Article article = makeArticle(1, 1024 * 1024);
    const QList<Model::Annotation> annotations = makeAnnotations(article, 20000);
    std::printf("bench_workspace: article of %lld characters, %lld highlights\n", qlonglong(article.text.size()),
                qlonglong(annotations.size()));
    const Figures one = single(article, annotations);
    std::printf("  one column:    first paint %8.1f ms (target 300)   repaint after scrolling a screen: median %5.1f ms, worst %5.1f ms (target 16)\n",
                one.firstPaint, one.median, one.worst);
    std::printf("                 of which: text into the document %.1f ms, overlays %.1f ms, painting (with highlighting what is shown) %.1f ms\n",
                one.setText, one.highlight, one.firstPaint - one.setText - one.highlight);
    std::printf("                 paint events: %d for the first paint, %.2f per scroll step; until idle after a scroll: median %.1f ms\n",
                one.firstPaints, one.paintsPerStep, one.idleMedian);

    QList<Model::Article> four;
    QList<QList<Model::Annotation>> fourAnnotations;
    for (int i = 0; i < 4; ++i) {
        four.append(makeArticle(10 + i, 1024 * 1024));
        fourAnnotations.append(makeAnnotations(four.last(), 20000));
    }
    const Figures many = fourColumns(four, fourAnnotations);
    std::printf("  four columns:  first paint %8.1f ms                 repaint of all four after a linked scroll: median %5.1f ms, worst %5.1f ms\n",
                many.firstPaint, many.median, many.worst);
    std::printf("                 paint events: %d for the first paint, %.2f per view and scroll step; until idle after a scroll: median %.1f ms\n",
                many.firstPaints, many.paintsPerStep, many.idleMedian);
    return 0;
}
