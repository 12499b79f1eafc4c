// SPDX-License-Identifier: GPL-2.0-or-later
#include "export/exporter.h"
#include "reportfixture.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <climits>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TestExporterRegistry final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsEveryFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("report"); // a report for people, previewed as such
        QTest::newRow("html") << u"html"_s << u"html"_s << true;
        QTest::newRow("pdf") << u"pdf"_s << u"pdf"_s << true;
        QTest::newRow("odt") << u"odt"_s << u"odt"_s << true;
        QTest::newRow("markdown") << u"markdown"_s << u"md"_s << true;
        QTest::newRow("csv") << u"csv"_s << u"csv"_s << false;
        QTest::newRow("w3c") << u"w3c"_s << u"jsonld"_s << false;
        QTest::newRow("brat") << u"brat"_s << QString() << false;
        QTest::newRow("qdpx") << u"qdpx"_s << u"qdpx"_s << false;
        QTest::newRow("threads-csv") << u"threads-csv"_s << u"csv"_s << false;
        QTest::newRow("summary-csv") << u"summary-csv"_s << u"csv"_s << false;
        QTest::newRow("summary-html") << u"summary-html"_s << u"html"_s << false;
    }

    void createsEveryFormat()
    {
        QFETCH(QString, name);
        QFETCH(QString, suffix);
        QFETCH(bool, report);
        QVERIFY(Export::ExporterRegistry::formatNames().contains(name));
        const std::unique_ptr<Export::Exporter> exporter = Export::ExporterRegistry::create(name);
        QVERIFY(exporter);
        QCOMPARE(exporter->formatName(), name);
        QCOMPARE(exporter->fileSuffix(), suffix);
        QCOMPARE(exporter->writesFolder(), suffix.isEmpty());
        QCOMPARE(exporter->isReport(), report);
        QVERIFY(!exporter->description().isEmpty());
    }

    void listsOnlyWhatItCreates()
    {
        QCOMPARE(Export::ExporterRegistry::formatNames().size(), 11);
        QVERIFY(!Export::ExporterRegistry::create(u"docx"_s));
        QVERIFY(!Export::ExporterRegistry::create(QString()));
    }

    void takesConfirmedAnnotationsUnlessAskedForSuggestions_data()
    {
        QTest::addColumn<int>("origin");
        QTest::addColumn<bool>("confirmedOnly");
        QTest::addColumn<bool>("all");
        QTest::newRow("manual") << int(Model::Origin::Manual) << true << true;
        QTest::newRow("accepted") << int(Model::Origin::Accepted) << true << true;
        QTest::newRow("suggested") << int(Model::Origin::Suggested) << false << true;
        QTest::newRow("rejected") << int(Model::Origin::Rejected) << false << false;
    }

    void takesConfirmedAnnotationsUnlessAskedForSuggestions()
    {
        QFETCH(int, origin);
        QFETCH(bool, confirmedOnly);
        QFETCH(bool, all);
        Export::ExportOptions options;
        QCOMPARE(Export::ReportData::takes(Model::Origin(origin), options), confirmedOnly);
        options.includeSuggestions = true;
        QCOMPARE(Export::ReportData::takes(Model::Origin(origin), options), all);
    }

    void everyFormatWritesHostileOffsetsWithoutCrashing_data()
    {
        QTest::addColumn<QString>("format");
        for (const QString &name : Export::ExporterRegistry::formatNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyFormatWritesHostileOffsetsWithoutCrashing()
    {
        // Spans and parts past the text, backwards, negative, as a hand-edited project may hold;
        // given to the exporters directly (not through ReportData::fromProject, which drops them).
        QFETCH(QString, format);
        if ((format == u"pdf"_s || format == u"odt"_s) && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            QSKIP("needs fonts");
        Export::ReportData data = ParlanceTest::sampleReport();
        Export::ReportArticle &entry = data.articles[0];
        const int length = int(entry.article.text.size());
        const QList<Model::Span> hostile{{length - 1, length + 100}, {-5, 3}, {30, 2}, {length + 1, length + 2}, {0, INT_MAX}};
        qint64 id = 7000;
        for (const Model::Span span : hostile) {
            for (const Model::AnnotationKind kind : {Model::AnnotationKind::Quote, Model::AnnotationKind::Commitment}) {
                Model::Annotation a = entry.annotations[0];
                a.id = ++id;
                a.kind = kind;
                a.span = span;
                a.cue = span;
                a.source = span;
                a.condition = span;
                a.time = span;
                a.contentParts = {span};
                entry.annotations.append(a);
                a.id = ++id;
                a.span = {0, 4}; // a good span with bad parts
                entry.annotations.append(a);
            }
        }
        data.invalidateIndexes();
        QTemporaryDir dir;
        const auto exporter = Export::ExporterRegistry::create(format);
        QVERIFY(exporter);
        Error error;
        QVERIFY2(exporter->write(data, dir.filePath(u"out"_s), &error), qPrintable(error.message()));
    }

    void looksUpById()
    {
        const Export::ReportData data = ParlanceTest::sampleReport();
        QCOMPARE(data.actorName(3), data.actors[1].canonicalName);
        QVERIFY(!data.actor(99));
        QCOMPARE(data.annotation(201)->articleId, 12);
        QCOMPARE(data.article(12)->article.title, u"Envoy repeats pledge"_s);
        QCOMPARE(data.category(5)->name, u"Humanitarian access"_s);
    }
};

QTEST_MAIN(TestExporterRegistry)
#include "tst_exporterregistry.moc"
