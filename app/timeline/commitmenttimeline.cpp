// SPDX-License-Identifier: GPL-2.0-or-later
#include "commitmenttimeline.h"

#include "analysis/textsegmenter.h"
#include "moveclassifier.h"
#include "storage/project.h"

namespace Parlance::Timeline {

namespace {

// The sentence around `span`: the paragraph (a line of the text) is segmented, not the whole article.
void setSentence(CommitmentStep &step, const QString &text)
{
    const Model::Span span = step.commitment.span;
    if (!span.fitsIn(text.size()))
        return;
    step.text = span.textIn(text).toString();
    step.condition = step.commitment.condition.textIn(text).toString();
    const qsizetype lineStart = span.start > 0 ? text.lastIndexOf(QLatin1Char('\n'), span.start - 1) + 1 : 0;
    qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), span.start);
    if (lineEnd < 0)
        lineEnd = text.size();
    lineEnd = std::max<qsizetype>(lineEnd, span.end);
    const QStringView paragraph = QStringView(text).sliced(lineStart, lineEnd - lineStart);
    const Analysis::TextSegmentation seg = Analysis::TextSegmenter().segment(paragraph);
    const int at = seg.sentenceAt(int(span.start - lineStart));
    Model::Span sentence = at >= 0 ? seg.sentences[at].span : Model::Span(0, int(paragraph.size()));
    sentence = sentence.united(Model::Span(int(span.start - lineStart), int(span.end - lineStart)));
    step.sentence = sentence.textIn(paragraph).toString();
    step.sentenceStart = int(lineStart) + sentence.start;
}

} // namespace

ThreadInput inputOf(const Storage::Project &project)
{
    ThreadInput input;
    const QList<Storage::ArticleSummary> summaries = project.articles();
    input.articles.reserve(summaries.size());
    for (const Storage::ArticleSummary &s : summaries)
        input.articles.append({s.id, s.number, s.published, s.outlet, s.title});
    input.commitments = project.annotationsOfKind(Model::AnnotationKind::Commitment);
    input.records = project.commitmentThreads();
    const QList<Model::Actor> actors = project.actors();
    for (const Model::Actor &a : actors)
        input.actorNames.insert(a.id, a.canonicalName);
    return input;
}

QList<CommitmentThread> threadsOf(const ThreadInput &input, const ThreadOptions &options,
                                  const std::function<QString(qint64)> &textOf)
{
    QList<CommitmentThread> threads = ThreadBuilder().build(input, options);
    describeSteps(threads, textOf);
    return threads;
}

QList<CommitmentThread> threadsOf(const Storage::Project &project, const ThreadOptions &options)
{
    QHash<qint64, QString> texts;
    return threadsOf(inputOf(project), options, [&](qint64 articleId) {
        auto it = texts.constFind(articleId);
        if (it == texts.cend()) {
            const std::optional<Model::Article> article = project.article(articleId);
            it = texts.insert(articleId, article ? article->text : QString());
        }
        return *it;
    });
}

void describeSteps(QList<CommitmentThread> &threads, const std::function<QString(qint64)> &textOf)
{
    const MoveClassifier classifier;
    for (CommitmentThread &thread : threads) {
        for (CommitmentStep &step : thread.steps) {
            if (textOf)
                setSentence(step, textOf(step.articleId));
        }
        classifier.classify(thread);
    }
}

} // namespace Parlance::Timeline
