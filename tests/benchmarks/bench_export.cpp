// SPDX-License-Identifier: GPL-2.0-or-later
// Prints how long the HTML report and the CSV take for a generated project of 1,000 articles with
// 100,000 annotations, and the peak memory (getrusage) after each.

#include "formats/csv/csvexporter.h"
#include "export/htmlreportexporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Parlance;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

// Text of our own: sentences with a quote, a commitment and names, and an emoji now and then.
Export::ReportData generate(int articles, int annotationsPerArticle)
{
    Export::ReportData data;
    data.title = QStringLiteral("Benchmark");
    data.generated = QDateTime::currentDateTimeUtc();
    for (int i = 1; i <= 50; ++i) {
        Model::Actor a;
        a.id = i;
        a.canonicalName = QStringLiteral("Speaker %1").arg(i);
        a.type = Model::ActorType::Person;
        a.role = QStringLiteral("envoy");
        a.aliases = {QStringLiteral("the envoy %1").arg(i)};
        data.actors.append(a);
    }
    data.categories = {{1, QStringLiteral("Access"), QColor(0x2e, 0x7d, 0x32), QStringLiteral("1"), {}}};
    const QString sentence = QStringLiteral(
        "\"We will reopen the crossing next week if the shelling stops,\" the envoy said on Tuesday \U0001F54A. ");
    qint64 annotationId = 0;
    for (int n = 1; n <= articles; ++n) {
        Export::ReportArticle entry;
        entry.article.id = n;
        entry.article.title = QStringLiteral("Talks, day %1").arg(n);
        entry.article.outlet = QStringLiteral("Wire");
        entry.article.published = QDate(2026, 1, 1).addDays(n % 300);
        const int sentences = annotationsPerArticle / 2;
        QString text;
        for (int s = 0; s < sentences; ++s) {
            text += sentence;
            if (s % 4 == 3)
                text += u'\n';
        }
        entry.article.text = text;
        int at = 0;
        for (int s = 0; s < sentences; ++s) {
            const int start = int(text.indexOf(u'"', at));
            Model::Annotation quote;
            quote.id = ++annotationId;
            quote.articleId = n;
            quote.kind = Model::AnnotationKind::Quote;
            quote.span = {start, start + 62};
            quote.contentParts = {{start + 1, start + 60}};
            quote.actorId = 1 + (s + n) % 50;
            quote.note = (s % 10 == 0) ? QStringLiteral("check <wording> & source") : QString();
            Model::Annotation promise = quote;
            promise.id = ++annotationId;
            promise.kind = Model::AnnotationKind::Commitment;
            promise.span = {start + 1, start + 59};
            promise.contentParts.clear();
            promise.strength = 0.8;
            promise.condition = {start + 39, start + 59};
            promise.note.clear();
            entry.annotations.append(quote);
            entry.annotations.append(promise);
            at = start + 63;
        }
        data.articles.append(entry);
    }
    return data;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QElapsedTimer timer;
    timer.start();
    const Export::ReportData data = generate(1000, 100);
    qint64 annotations = 0, characters = 0;
    for (const Export::ReportArticle &a : data.articles) {
        annotations += a.annotations.size();
        characters += a.article.text.size();
    }
    std::printf("generated %lld articles, %lld annotations, %.1f M characters in %.0f ms; peak RSS %.0f MB\n",
                qint64(data.articles.size()), annotations, characters / 1e6, timer.nsecsElapsed() / 1e6, peakMegabytes());

    QTemporaryDir dir;
    QString error;
    // CSV first: the peak (getrusage) only grows, so the smaller export is measured first.
    timer.restart();
    if (!Export::CsvExporter().write(data, dir.filePath(QStringLiteral("annotations.csv")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double csvMs = timer.nsecsElapsed() / 1e6;
    std::printf("CSV: %.0f ms, %.1f MB written; peak RSS %.0f MB\n", csvMs,
                QFileInfo(dir.filePath(QStringLiteral("annotations.csv"))).size() / 1e6, peakMegabytes());
    timer.restart();
    if (!Export::HtmlReportExporter().write(data, dir.filePath(QStringLiteral("report.html")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double htmlMs = timer.nsecsElapsed() / 1e6;
    std::printf("HTML report: %.0f ms, %.1f MB written; peak RSS %.0f MB\n", htmlMs,
                QFileInfo(dir.filePath(QStringLiteral("report.html"))).size() / 1e6, peakMegabytes());

    return 0;
}
