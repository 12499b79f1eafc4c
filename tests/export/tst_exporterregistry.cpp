// SPDX-License-Identifier: GPL-2.0-or-later
#include "export/exporter.h"
#include "reportfixture.h"

#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TestExporterRegistry final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsEveryFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("html") << u"html"_s << u"html"_s;
        QTest::newRow("pdf") << u"pdf"_s << u"pdf"_s;
        QTest::newRow("odt") << u"odt"_s << u"odt"_s;
        QTest::newRow("markdown") << u"markdown"_s << u"md"_s;
        QTest::newRow("csv") << u"csv"_s << u"csv"_s;
        QTest::newRow("w3c") << u"w3c"_s << u"jsonld"_s;
        QTest::newRow("brat") << u"brat"_s << QString();
        QTest::newRow("qdpx") << u"qdpx"_s << u"qdpx"_s;
        QTest::newRow("threads-csv") << u"threads-csv"_s << u"csv"_s;
    }

    void createsEveryFormat()
    {
        QFETCH(QString, name);
        QFETCH(QString, suffix);
        QVERIFY(Export::ExporterRegistry::formatNames().contains(name));
        const std::unique_ptr<Export::Exporter> exporter = Export::ExporterRegistry::create(name);
        QVERIFY(exporter);
        QCOMPARE(exporter->formatName(), name);
        QCOMPARE(exporter->fileSuffix(), suffix);
        QCOMPARE(exporter->writesFolder(), suffix.isEmpty());
        QVERIFY(!exporter->description().isEmpty());
    }

    void listsOnlyWhatItCreates()
    {
        QCOMPARE(Export::ExporterRegistry::formatNames().size(), 9);
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

QTEST_GUILESS_MAIN(TestExporterRegistry)
#include "tst_exporterregistry.moc"
