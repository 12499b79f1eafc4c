// SPDX-License-Identifier: GPL-2.0-or-later
// Commitment threads in the exports, on the bundled sample: a CSV row per step (threads-csv) and
// linked annotations in the W3C export; proposed threads only with the suggestions.

#include "commands/threadcommands.h"
#include "export/exporter.h"
#include "formats/csv/threadcsvexporter.h"
#include "formats/w3c/w3cannotationexporter.h"
#include "rfc4180reader.h"
#include "sampleproject.h"
#include "timeline/commitmenttimeline.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

Export::ReportData dataOf(const Storage::Project &project, bool suggestions, const QList<qint64> &articles = {})
{
    Export::ExportOptions options;
    options.includeSuggestions = suggestions;
    options.articleIds = articles;
    Export::ReportData data;
    Error error;
    if (!Export::ReportData::fromProject(project, options, &data, &error))
        qFatal("%s", qPrintable(error.message()));
    return data;
}

QList<QStringList> rowsOf(const Export::ReportData &data)
{
    bool wellFormed = false;
    const QList<QStringList> rows = ParlanceTest::parseCsv(QString::fromUtf8(Export::CommitmentThreadCsvExporter().toCsv(data)), &wellFormed);
    if (!wellFormed)
        qFatal("the CSV is not well formed");
    return rows;
}

} // namespace

class TestThreadExport final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void csvHasARowPerStep()
    {
        Test::SampleProject sample;
        QVERIFY(sample.make());
        const Export::ReportData data = dataOf(*sample.project, true);
        QCOMPARE(data.commitmentThreads.size(), 4);
        const QList<QStringList> rows = rowsOf(data);
        const QStringList header = Export::CommitmentThreadCsvExporter::columns();
        QCOMPARE(rows.first(), header);
        QCOMPARE(rows.size(), 1 + 12);
        auto column = [&](const QStringList &row, const QString &name) { return row.value(header.indexOf(name)); };

        // The monitors: four steps, made, repeated, softened, withdrawn, with what changed.
        QList<QStringList> monitors;
        for (const QStringList &row : rows.mid(1)) {
            if (column(row, u"text"_s).contains(u"ceasefire monitors"_s))
                monitors.append(row);
        }
        QCOMPARE(monitors.size(), 4);
        QStringList moves;
        for (const QStringList &row : std::as_const(monitors)) {
            moves.append(column(row, u"move"_s));
            QCOMPARE(column(row, u"thread"_s), column(monitors.first(), u"thread"_s));
            QCOMPARE(column(row, u"holder"_s), u"Norway"_s);
            QCOMPARE(column(row, u"thread_status"_s), u"proposed"_s);
        }
        QCOMPARE(moves, (QStringList{u"first"_s, u"repeated"_s, u"softened"_s, u"withdrawn"_s}));
        QCOMPARE(column(monitors[0], u"date"_s), u"2025-03-10"_s);
        QCOMPARE(column(monitors[1], u"outlet"_s), u"The Ledger"_s);
        QCOMPARE(column(monitors[1], u"words_dropped"_s), u"unarmed"_s);
        QCOMPARE(column(monitors[2], u"strength"_s), u"0.4"_s);
        QCOMPARE(column(monitors[2], u"previous_strength"_s), u"1"_s);
        QCOMPARE(column(monitors[3], u"cue"_s), u"withdrawn"_s);
        QVERIFY(column(monitors[3], u"sentence"_s).startsWith(u"Norway has withdrawn its offer"_s));
        QCOMPARE(column(monitors[3], u"step"_s), u"4"_s);
        // The annotation id joins the annotation CSV.
        QVERIFY(data.annotation(column(monitors[0], u"annotation_id"_s).toLongLong()));
    }

    void confirmedOnlyExportsConfirmedThreads()
    {
        Test::SampleProject sample;
        QVERIFY(sample.make());
        QVERIFY(dataOf(*sample.project, false).commitmentThreads.isEmpty());
        QCOMPARE(rowsOf(dataOf(*sample.project, false)).size(), 1);

        Timeline::CommitmentThread office;
        for (const Timeline::CommitmentThread &t : Timeline::threadsOf(*sample.project))
            if (t.steps.first().text.contains(u"liaison office"_s))
                office = t;
        QCOMPARE(office.steps.size(), 3);
        QUndoStack stack;
        QVERIFY(Commands::push(&stack, new Commands::ConfirmThreadCommand(sample.project.get(), office), {}));
        const Export::ReportData data = dataOf(*sample.project, false);
        QCOMPARE(data.commitmentThreads.size(), 1);
        const QList<QStringList> rows = rowsOf(data);
        QCOMPARE(rows.size(), 1 + 3);
        const int status = int(rows.first().indexOf(u"thread_status"_s));
        const int thread = int(rows.first().indexOf(u"thread"_s));
        for (const QStringList &row : rows.mid(1)) {
            QCOMPARE(row[status], u"confirmed"_s);
            QCOMPARE(row[thread], u"urn:parlance:thread:%1"_s.arg(sample.project->commitmentThreads().first().id));
        }
    }

    void exportOfSomeArticlesHasTheirThreadsOnly()
    {
        Test::SampleProject sample;
        QVERIFY(sample.make());
        // 10 and 24 March: every thread has its first two steps there.
        const Export::ReportData data =
            dataOf(*sample.project, true, {sample.articleByFile.value(u"03-monitors-pledge-wire.md"_s),
                                           sample.articleByFile.value(u"04-monitors-deadline-broadsheet.md"_s)});
        QCOMPARE(data.commitmentThreads.size(), 4);
        for (const Timeline::CommitmentThread &t : data.commitmentThreads)
            QCOMPARE(t.steps.size(), 2);
        const Export::ReportData one = dataOf(*sample.project, true, {sample.articleByFile.value(u"05-monitors-delay-wire.md"_s)});
        QVERIFY(one.commitmentThreads.isEmpty());
    }

    void w3cLinksTheStepsOfEachThread()
    {
        Test::SampleProject sample;
        QVERIFY(sample.make());
        const Export::ReportData data = dataOf(*sample.project, true);
        const QJsonObject json = Export::W3cAnnotationExporter().toJson(data);
        const QJsonArray items = json[u"first"_s][u"items"_s].toArray();
        QCOMPARE(json[u"total"_s].toInt(), items.size());
        QSet<QString> annotationIris;
        QList<QJsonObject> links;
        QHash<QString, QJsonObject> moves; // target → move annotation
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const QString id = o[u"id"_s].toString();
            if (id.startsWith(u"urn:parlance:annotation:"_s))
                annotationIris.insert(id);
            else if (o[u"motivation"_s] == u"linking"_s)
                links.append(o);
            else if (o[u"motivation"_s] == u"classifying"_s && o.contains(u"parlance:thread"_s))
                moves.insert(o[u"target"_s].toString(), o);
        }
        QCOMPARE(links.size(), 4);
        QCOMPARE(moves.size(), 12);
        for (const QJsonObject &link : std::as_const(links)) {
            QVERIFY(link[u"id"_s].toString().startsWith(u"urn:parlance:thread:proposed-"_s));
            QCOMPARE(link[u"type"_s].toString(), u"Annotation"_s);
            QCOMPARE(link[u"parlance:status"_s].toString(), u"proposed"_s);
            const QJsonArray targets = link[u"target"_s].toArray();
            QVERIFY(targets.size() >= 2);
            QString previous;
            for (const QJsonValue &t : targets) {
                // Every target is an annotation of the same export, and has its move.
                QVERIFY(annotationIris.contains(t.toString()));
                const QJsonObject move = moves.value(t.toString());
                QCOMPARE(move[u"parlance:thread"_s].toString(), link[u"id"_s].toString());
                if (previous.isEmpty())
                    QVERIFY(!move.contains(u"parlance:previous"_s));
                else
                    QCOMPARE(move[u"parlance:previous"_s].toString(), previous);
                previous = t.toString();
            }
        }
        bool sawWithdrawn = false;
        for (const QJsonObject &move : std::as_const(moves)) {
            const QJsonObject first = move[u"body"_s].toArray().first().toObject();
            QCOMPARE(first[u"purpose"_s].toString(), u"classifying"_s);
            if (first[u"value"_s] == u"withdrawn"_s) {
                sawWithdrawn = true;
                QCOMPARE(move[u"parlance:date"_s].toString(), u"2025-05-05"_s);
            }
        }
        QVERIFY(sawWithdrawn);
    }
};

QTEST_GUILESS_MAIN(TestThreadExport)
#include "tst_threadexport.moc"
