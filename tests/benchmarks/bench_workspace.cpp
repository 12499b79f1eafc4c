// SPDX-License-Identifier: GPL-2.0-or-later
// The reading area under load: a 1 MB article with 20,000 highlights, alone and four side by side.
// Prints time to first paint and time to repaint one screen after scrolling (targets: 300 ms, 16 ms).
// Then every size the import accepts: 1, 5 and 20 MB articles, a 10 MB article of one paragraph,
// and two 5 MB one-paragraph articles side by side, each in a process of its own so that its peak
// memory is its own (target: first paint under a second).
//
//   bench_workspace [--size MB [--one-paragraph] [--columns N]]   one case only (what the children run)
#include "articleview.h"
#include "compareview.h"

#include <QApplication>
#include <QEvent>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>

#include <algorithm>
#include <cstdio>

#include <time.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

// A text of about `bytes` characters in paragraphs of news-like sentences (our own words), or in
// one paragraph.
Model::Article makeArticle(qint64 id, int bytes, bool oneParagraph = false)
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
        if (!oneParagraph)
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

// One large case, in this process: the time from setting the article(s) to the first paint.
int largeCase(int megabytes, bool oneParagraph, int columns)
{
    const int bytes = megabytes * 1024 * 1024;
    QList<Model::Article> articles;
    QList<QList<Model::Annotation>> annotations;
    for (int i = 0; i < columns; ++i) {
        articles.append(makeArticle(100 + i, bytes, oneParagraph));
        annotations.append(makeAnnotations(articles.last(), 20 * megabytes * 1000));
    }
    // CPU time too: on a busy machine the wall clock measures the neighbours as well.
    timespec before{}, after{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &before);
    QElapsedTimer wall;
    wall.start();
    Figures f;
    if (columns == 1) {
        Ui::ArticleView view;
        view.resize(1000, 800);
        view.setArticle(articles.first());
        view.setAnnotations(annotations.first(), actorNames(), {{1, QColor(Qt::darkCyan)}});
        view.show();
        settle();
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &after);
        f.firstPaint = wall.nsecsElapsed() / 1e6;
        measureScrolling(view.verticalScrollBar(), {&view}, 30, f);
    } else {
        Ui::CompareView compare;
        compare.resize(1800, 900);
        compare.setArticles(articles);
        for (int i = 0; i < compare.count(); ++i)
            compare.view(i)->setAnnotations(annotations[i], actorNames(), {{1, QColor(Qt::darkCyan)}});
        compare.show();
        settle();
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &after);
        f.firstPaint = wall.nsecsElapsed() / 1e6;
        measureScrolling(compare.view(0)->verticalScrollBar(), compare.views(), 30, f);
    }
    const double cpu = (after.tv_sec - before.tv_sec) * 1e3 + (after.tv_nsec - before.tv_nsec) / 1e6;
    std::printf("%.1f %.1f %.1f %.1f\n", f.firstPaint, f.median, f.worst, cpu);
    return 0;
}

struct Child {
    double firstPaint = -1, median = -1, worst = -1, cpu = -1;
    long peakKb = 0;
};

// Runs this benchmark again for one large case and reads its figures and its peak memory.
Child runChild(const QString &self, const QStringList &args)
{
    Child c;
    QList<QByteArray> argBytes{self.toLocal8Bit()};
    for (const QString &a : args)
        argBytes.append(a.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &a : argBytes)
        argv.append(a.data());
    argv.append(nullptr);
    int out[2];
    if (pipe(out) != 0)
        return c;
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(out[1], 1);
        close(out[0]);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(out[1]);
    QByteArray text;
    char buffer[256];
    for (ssize_t n; (n = read(out[0], buffer, sizeof buffer)) > 0;)
        text.append(buffer, n);
    close(out[0]);
    int status = 0;
    struct rusage usage {};
    wait4(pid, &status, 0, &usage);
    const QList<QByteArray> numbers = text.trimmed().split(' ');
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && numbers.size() == 4) {
        c.firstPaint = numbers[0].toDouble();
        c.median = numbers[1].toDouble();
        c.worst = numbers[2].toDouble();
        c.cpu = numbers[3].toDouble();
    }
    c.peakKb = usage.ru_maxrss;
    return c;
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (const qsizetype size = args.indexOf(u"--size"_s); size > 0 && size + 1 < args.size()) {
        const qsizetype columns = args.indexOf(u"--columns"_s);
        return largeCase(args[size + 1].toInt(), args.contains(u"--one-paragraph"_s),
                         columns > 0 && columns + 1 < args.size() ? args[columns + 1].toInt() : 1);
    }

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

    std::printf("  every size the import accepts (20,000 highlights a MB; each case in a process of its own; target: first paint < 1000 ms):\n");
    const struct {
        const char *label;
        QStringList args;
    } cases[] = {
        {"1 MB", {u"--size"_s, u"1"_s}},
        {"5 MB", {u"--size"_s, u"5"_s}},
        {"20 MB", {u"--size"_s, u"20"_s}},
        {"10 MB, one paragraph", {u"--size"_s, u"10"_s, u"--one-paragraph"_s}},
        {"2 x 5 MB, one paragraph, side by side", {u"--size"_s, u"5"_s, u"--one-paragraph"_s, u"--columns"_s, u"2"_s}},
    };
    for (const auto &c : cases) {
        const Child child = runChild(QCoreApplication::applicationFilePath(), c.args);
        if (child.firstPaint < 0)
            std::printf("    %-40s FAILED (peak memory %ld MB)\n", c.label, child.peakKb / 1024);
        else
            std::printf("    %-40s first paint %8.1f ms (CPU %7.1f ms)   scrolling a screen: median %5.1f ms, worst %6.1f ms   peak memory %5ld MB\n",
                        c.label, child.firstPaint, child.cpu, child.median, child.worst, child.peakKb / 1024);
        std::fflush(stdout);
    }
    return 0;
}
