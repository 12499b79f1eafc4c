// SPDX-License-Identifier: GPL-2.0-or-later
// Prints how long the HTML report and the CSV take for a generated project of 1,000 articles with
// 100,000 annotations, and the peak memory (getrusage) after each; then the PDF report of one 20 MB
// article (the import's size limit), in a process of its own so that its peak memory is its own
// (target: under 1 GB).
//
//   bench_export [--pdf MB]   the PDF case only (what the child runs)

#include "formats/csv/csvexporter.h"
#include "export/htmlreportexporter.h"
#include "export/pdfreportexporter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QProcess>
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
Export::ReportData generate(int articles, int annotationsPerArticle, int sentencesPerQuote = 1)
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
        const int sentences = annotationsPerArticle / 2 * sentencesPerQuote;
        QString text;
        for (int s = 0; s < sentences; ++s) {
            text += sentence;
            if (s % 4 == 3)
                text += u'\n';
        }
        entry.article.text = text;
        for (int s = 0; s < sentences; s += sentencesPerQuote) {
            const int start = int(s * qsizetype(sentence.size()) + s / 4); // the sentence opens with its quote (a newline every four)
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
        }
        data.articles.append(entry);
    }
    return data;
}

// One article of `megabytes` of UTF-8 with a quote and a commitment every twentieth sentence, as a
// PDF report; prints one line.
int pdfCase(double megabytes)
{
    QElapsedTimer timer;
    timer.start();
    const int sentences = int(megabytes * 1024 * 1024 / 100); // a sentence is 100 bytes of UTF-8 (95 characters)
    const Export::ReportData data = generate(1, sentences / 10, 20);
    const qint64 bytes = data.articles.first().article.text.toUtf8().size();
    const double generatedMb = peakMegabytes();
    QTemporaryDir dir;
    Error error;
    timer.restart();
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    if (!Export::PdfReportExporter().write(data, path, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    std::printf("PDF report of one article of %.1f MB with %lld annotations: %.0f ms, %.1f MB written; peak RSS %.0f MB "
                "(%.0f MB of it the generated data; target: under 1 GB)\n",
                bytes / 1048576.0, qint64(data.articles.first().annotations.size()), timer.nsecsElapsed() / 1e6,
                QFileInfo(path).size() / 1e6, peakMegabytes(), generatedMb);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--pdf") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv); // the report's charts and fonts
            return pdfCase(QByteArray(argv[i + 1]).toDouble());
        }
    }
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
    Error error;
    // CSV first: the peak (getrusage) only grows, so the smaller export is measured first.
    timer.restart();
    if (!Export::CsvExporter().write(data, dir.filePath(QStringLiteral("annotations.csv")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    const double csvMs = timer.nsecsElapsed() / 1e6;
    std::printf("CSV: %.0f ms, %.1f MB written; peak RSS %.0f MB\n", csvMs,
                QFileInfo(dir.filePath(QStringLiteral("annotations.csv"))).size() / 1e6, peakMegabytes());
    timer.restart();
    if (!Export::HtmlReportExporter().write(data, dir.filePath(QStringLiteral("report.html")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return 1;
    }
    const double htmlMs = timer.nsecsElapsed() / 1e6;
    std::printf("HTML report: %.0f ms, %.1f MB written; peak RSS %.0f MB\n", htmlMs,
                QFileInfo(dir.filePath(QStringLiteral("report.html"))).size() / 1e6, peakMegabytes());
    std::fflush(stdout);

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--pdf"), QStringLiteral("20")});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return 1;

    return 0;
}
