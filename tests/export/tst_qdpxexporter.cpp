// SPDX-License-Identifier: GPL-2.0-or-later
#include "formats/refiqda/qdpxexporter.h"
#include "exporttesttools.h"
#include "reportfixture.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

// The element names of the REFI-QDA project schema (Project.xsd, version 1.0) that an exporter of
// codebook, sources and coded text may use.
const QSet<QString> &refiElementNames()
{
    static const QSet<QString> names{
        u"Project"_s, u"Users"_s, u"User"_s, u"CodeBook"_s, u"Codes"_s, u"Code"_s, u"Description"_s,
        u"Variables"_s, u"Cases"_s, u"Sources"_s, u"TextSource"_s, u"PlainTextContent"_s,
        u"PlainTextSelection"_s, u"Coding"_s, u"CodeRef"_s, u"NoteRef"_s, u"Notes"_s, u"Note"_s,
        u"Links"_s, u"Sets"_s, u"Graphs"_s, u"VariableValue"_s};
    return names;
}

} // namespace

class TestQdpxExporter final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_qde;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"project.qdpx"_s);
        Error error;
        QVERIFY2(Export::QdpxExporter().write(ParlanceTest::sampleReport(), m_path, &error), qPrintable(error.message()));
        const ParlanceTest::ToolResult qde = ParlanceTest::runTool(u"unzip"_s, {u"-p"_s, m_path, u"project.qde"_s});
        QCOMPARE(qde.exitCode, 0);
        m_qde = qde.out;
    }

    void isAValidZip()
    {
        const ParlanceTest::ToolResult test = ParlanceTest::runTool(u"unzip"_s, {u"-t"_s, m_path});
        QVERIFY2(test.exitCode == 0, test.out.constData());
        const ParlanceTest::ToolResult list = ParlanceTest::runTool(u"unzip"_s, {u"-Z1"_s, m_path});
        const QStringList names = QString::fromUtf8(list.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(names.size(), 3);
        QCOMPARE(names[0], u"project.qde"_s);
        QVERIFY(names[1].startsWith(u"sources/"_s) && names[1].endsWith(u".txt"_s));
    }

    // libzip writes the archive: deflated, and the same data gives the same bytes.
    void archiveIsDeflatedAndRepeatable()
    {
        const Export::ReportData data = ParlanceTest::sampleReport();
        Error error;
        const QByteArray bytes = Export::QdpxExporter().archive(data, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error.message()));
        QCOMPARE(error.code, Error::None);
        QCOMPARE(Export::QdpxExporter().archive(data), bytes);
        const ParlanceTest::ToolResult verbose = ParlanceTest::runTool(u"unzip"_s, {u"-v"_s, m_path});
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY2(verbose.out.contains("Defl:"), verbose.out.constData());
    }

    // A large export (70,000 annotations, a project.qde of many megabytes) is a valid archive that
    // holds every selection.
    void manyAnnotationsMakeAValidArchive()
    {
        Export::ReportData data = ParlanceTest::sampleReport();
        Export::ReportArticle &article = data.articles.first();
        const QList<Model::Annotation> pattern = article.annotations;
        QVERIFY(!pattern.isEmpty());
        qint64 id = 1000000;
        while (article.annotations.size() < 70000) {
            Model::Annotation copy = pattern.at(article.annotations.size() % pattern.size());
            copy.id = ++id;
            article.annotations.append(copy);
        }
        qsizetype selections = 0;
        for (const Export::ReportArticle &entry : std::as_const(data.articles))
            selections += entry.annotations.size();
        const QString path = m_dir.filePath(u"large.qdpx"_s);
        Error error;
        QVERIFY2(Export::QdpxExporter().write(data, path, &error), qPrintable(error.message()));
        const ParlanceTest::ToolResult test = ParlanceTest::runTool(u"unzip"_s, {u"-t"_s, path});
        QVERIFY2(test.exitCode == 0, test.out.right(2000).constData());
        const ParlanceTest::ToolResult qde = ParlanceTest::runTool(u"unzip"_s, {u"-p"_s, path, u"project.qde"_s});
        QCOMPARE(qde.exitCode, 0);
        QCOMPARE(qde.out.count("<PlainTextSelection "), selections);
    }

    // More than 65,535 entries (70,000 articles, one annotation each) need ZIP64 records: the
    // archive has them, `unzip -t` passes, and every source is listed.
    void seventyThousandSourcesMakeAZip64Archive()
    {
        Export::ReportData data = ParlanceTest::sampleReport();
        const Export::ReportArticle pattern = data.articles.first();
        QVERIFY(!pattern.annotations.isEmpty());
        data.articles.clear();
        data.comparisons.clear();
        data.linkedQuotes.clear();
        for (qint64 id = 1; id <= 70000; ++id) {
            Export::ReportArticle entry = pattern;
            entry.article.id = id;
            entry.article.text = u"Article %1: \u201cWe will talk,\u201d the envoy said."_s.arg(id, 5, 10, QChar(u'0'));
            Model::Annotation annotation = pattern.annotations.first();
            annotation.id = id;
            annotation.articleId = id;
            annotation.span = {15, 29}; // the quotation, marks included
            annotation.contentParts = {{16, 28}};
            annotation.cue = {};
            annotation.exact = entry.article.text.mid(15, 14);
            annotation.prefix = entry.article.text.left(15);
            annotation.suffix = entry.article.text.mid(29);
            entry.annotations = {annotation};
            data.articles.append(entry);
        }
        const QString path = m_dir.filePath(u"many-sources.qdpx"_s);
        Error error;
        QVERIFY2(Export::QdpxExporter().write(data, path, &error), qPrintable(error.message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.contains(QByteArray("PK\x06\x06", 4)), "no ZIP64 end of central directory record");
        QVERIFY2(bytes.contains(QByteArray("PK\x06\x07", 4)), "no ZIP64 end of central directory locator");
        const ParlanceTest::ToolResult test = ParlanceTest::runTool(u"unzip"_s, {u"-tq"_s, path});
        QVERIFY2(test.exitCode == 0, test.out.right(2000).constData());
        const ParlanceTest::ToolResult list = ParlanceTest::runTool(u"unzip"_s, {u"-Z1"_s, path});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out.count(".txt\n"), 70000);
        const ParlanceTest::ToolResult qde = ParlanceTest::runTool(u"unzip"_s, {u"-p"_s, path, u"project.qde"_s});
        QCOMPARE(qde.out.count("<PlainTextSelection "), 70000);
    }

    void projectIsWellFormedXmlOfTheRefiNamespace()
    {
        const ParlanceTest::ToolResult lint = ParlanceTest::runTool(u"xmllint"_s, {u"--noout"_s, u"-"_s}, m_qde);
        QVERIFY2(lint.exitCode == 0, lint.err.constData());
        QXmlStreamReader xml(m_qde);
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            ++elements;
            QCOMPARE(xml.namespaceUri().toString(), u"urn:QDA-XML:project:1.0"_s);
            QVERIFY2(refiElementNames().contains(xml.name().toString()), qPrintable(xml.name().toString()));
        }
        QVERIFY(!xml.hasError());
        QVERIFY(elements > 20);
    }

    // Every selection points at the annotation's text in its source file (code points), every code
    // reference and user reference resolves, every GUID is unique and well formed.
    void selectionsAndReferencesResolve()
    {
        const Export::ReportData data = ParlanceTest::sampleReport();
        QSet<QString> codes, users, guids;
        QStringList codeRefs, userRefs;
        struct Selection {
            QString source;
            int start, end;
            QString name;
        };
        QList<Selection> selections;
        QHash<QString, QString> sourcePaths;
        QString currentSource;
        static const QRegularExpression guidPattern(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
        QXmlStreamReader xml(m_qde);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            const QString guid = a.value(u"guid"_s).toString();
            if (!guid.isEmpty()) {
                QVERIFY2(guidPattern.match(guid).hasMatch(), qPrintable(guid));
                QVERIFY2(!guids.contains(guid), qPrintable(guid));
                guids.insert(guid);
            }
            if (!a.value(u"creatingUser"_s).isEmpty())
                userRefs.append(a.value(u"creatingUser"_s).toString());
            if (xml.name() == u"Code") {
                codes.insert(guid);
                QCOMPARE(a.value(u"isCodable"_s), u"true"_s);
            } else if (xml.name() == u"User") {
                users.insert(guid);
            } else if (xml.name() == u"CodeRef") {
                codeRefs.append(a.value(u"targetGUID"_s).toString());
            } else if (xml.name() == u"TextSource") {
                currentSource = guid;
                sourcePaths.insert(guid, a.value(u"plainTextPath"_s).toString());
            } else if (xml.name() == u"PlainTextSelection") {
                selections.append({currentSource, a.value(u"startPosition"_s).toInt(), a.value(u"endPosition"_s).toInt(),
                                   a.value(u"name"_s).toString()});
            }
        }
        for (const QString &ref : std::as_const(codeRefs))
            QVERIFY2(codes.contains(ref), qPrintable(ref));
        for (const QString &ref : std::as_const(userRefs))
            QVERIFY2(users.contains(ref), qPrintable(ref));

        int annotations = 0;
        for (const Export::ReportArticle &entry : data.articles)
            annotations += int(entry.annotations.size());
        QCOMPARE(selections.size(), annotations);

        QHash<QString, QList<uint>> sourceText;
        for (auto it = sourcePaths.cbegin(); it != sourcePaths.cend(); ++it) {
            QVERIFY(it.value().startsWith(u"internal://"_s));
            const QString member = u"sources/"_s + it.value().mid(11);
            const ParlanceTest::ToolResult text = ParlanceTest::runTool(u"unzip"_s, {u"-p"_s, m_path, member});
            QCOMPARE(text.exitCode, 0);
            sourceText.insert(it.key(), QString::fromUtf8(text.out).toUcs4());
        }
        qsizetype i = 0;
        for (const Export::ReportArticle &entry : data.articles) {
            for (const Model::Annotation &a : entry.annotations) {
                const Selection &s = selections[i++];
                const QList<uint> &cps = sourceText[s.source];
                QVERIFY(s.end <= cps.size());
                QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()) + s.start, s.end - s.start),
                         a.exact);
            }
        }
    }

    void sameDataGivesTheSameIdentities()
    {
        const Export::ReportData data = ParlanceTest::sampleReport();
        QCOMPARE(Export::QdpxExporter().projectXml(data), Export::QdpxExporter().projectXml(data));
        QCOMPARE(Export::QdpxExporter::guid(u"article:11"_s), Export::QdpxExporter::guid(u"article:11"_s));
        QVERIFY(Export::QdpxExporter::guid(u"article:11"_s) != Export::QdpxExporter::guid(u"article:12"_s));
    }

    void controlCharactersNeverReachTheXml()
    {
        static const QRegularExpression controls(u"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]"_s);
        QVERIFY(!controls.match(QString::fromUtf8(m_qde)).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestQdpxExporter)
#include "tst_qdpxexporter.moc"
