// SPDX-License-Identifier: GPL-2.0-or-later
#include "formats/brat/bratexporter.h"
#include "formats/brat/bratimporter.h"
#include "reportfixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TestBratExporter final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportThenImportGivesTheSameAnnotations()
    {
        const Export::ReportData data = ParlanceTest::sampleReport();
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"brat"_s);
        Error written;
        QVERIFY2(Export::BratExporter().write(data, folder, &written), qPrintable(written.message()));
        Error error;
        QVERIFY(QFile::exists(folder + u"/annotation.conf"_s));

        const std::optional<QList<Import::BratDocument>> docs = Import::BratImporter::readFolder(folder, &error);
        QVERIFY2(docs, qPrintable(error.message()));
        QCOMPARE(docs->size(), data.articles.size());
        for (qsizetype i = 0; i < docs->size(); ++i) {
            const Import::BratDocument &doc = docs->at(i);
            const Export::ReportArticle &entry = data.articles[i];
            QCOMPARE(doc.name, Export::BratExporter::baseName(entry.article));
            QCOMPARE(doc.article.text, entry.article.text);
            QCOMPARE(doc.annotations.size(), entry.annotations.size());
            for (qsizetype j = 0; j < entry.annotations.size(); ++j) {
                Model::Annotation expected = entry.annotations[j];
                expected.articleId = 0; // brat files carry no article identity: the caller assigns it
                const Model::Annotation &got = doc.annotations[j];
                QCOMPARE(got.span, expected.span);
                QCOMPARE(got.contentParts, expected.contentParts);
                QCOMPARE(got.cue, expected.cue);
                QCOMPARE(got.source, expected.source);
                QCOMPARE(got.condition, expected.condition);
                QCOMPARE(got.time, expected.time);
                QCOMPARE(got.note, expected.note);
                QCOMPARE(got.created, expected.created);
                QVERIFY(got == expected); // and every other attribute
            }
            for (const Model::Annotation &a : doc.annotations) {
                if (a.actorId) {
                    const auto actor = std::find_if(doc.actors.cbegin(), doc.actors.cend(),
                                                    [&](const Model::Actor &x) { return x.id == a.actorId; });
                    QVERIFY(actor != doc.actors.cend());
                    QCOMPARE(actor->canonicalName, data.actorName(a.actorId));
                }
            }
        }
        QCOMPARE(docs->at(0).categories.size(), 1);
        QCOMPARE(docs->at(0).categories[0].name, u"Humanitarian access"_s);
    }

    void spansPastTheTextAreLeftOutNotACrash()
    {
        // Offsets come from a project file, which anyone can edit: a span or a part past the end of
        // the text (or backwards) must neither crash the writer nor reach the .ann file.
        Export::ReportData data = ParlanceTest::sampleReport();
        Export::ReportArticle &entry = data.articles[0];
        const int length = int(entry.article.text.size());
        Model::Annotation past = entry.annotations[0];
        past.id = 9001;
        past.span = {length - 2, length + 500};
        Model::Annotation partPast = entry.annotations[0];
        partPast.id = 9002;
        partPast.kind = Model::AnnotationKind::Quote;
        partPast.cue = {length + 10, length + 20};
        partPast.contentParts = {{0, 3}, {length, length + 40}};
        Model::Annotation backwards = entry.annotations[0];
        backwards.id = 9003;
        backwards.span = {20, 10};
        entry.annotations += {past, partPast, backwards};

        // Written as it is (exporters never read past a text) ...
        const QString ann = Export::BratExporter::annotationFile(entry, data);
        Error error;
        const auto read = Import::BratImporter::parse(entry.article.text, ann, u"a.ann"_s, &error);
        QVERIFY2(read, qPrintable(error.message())); // every offset written lies within the text
        QVERIFY(std::none_of(read->annotations.cbegin(), read->annotations.cend(),
                             [](const Model::Annotation &a) { return a.id == 9001 || a.id == 9003; }));

        // ... and ReportData says what it leaves out.
        data.dropSpansOutsideTexts();
        QCOMPARE(data.warnings.size(), 4);
        QVERIFY(data.warnings[0].contains(u"annotation 9001"_s));
        QVERIFY(data.warnings[1].contains(u"its cue"_s));
        QVERIFY(data.warnings[2].contains(u"1 quoted part(s)"_s));
        QVERIFY(data.warnings[3].contains(u"annotation 9003"_s));
        const auto kept = std::find_if(data.articles[0].annotations.cbegin(), data.articles[0].annotations.cend(),
                                       [](const Model::Annotation &a) { return a.id == 9002; });
        QVERIFY(kept != data.articles[0].annotations.cend());
        QVERIFY(!kept->cue.isValid());
        QCOMPARE(kept->contentParts, (QList<Model::Span>{{0, 3}}));
        QVERIFY(!data.annotation(9001));
    }

    void offsetsAreCodePointsAndLineBreaksSplitFragments()
    {
        const Export::ReportData data = ParlanceTest::sampleReport();
        const QString ann = Export::BratExporter::annotationFile(data.articles[0], data);
        const QStringList lines = ann.split(u'\n', Qt::SkipEmptyParts);
        const QList<uint> codePoints = data.articles[0].article.text.toUcs4();
        int entities = 0;
        for (const QString &line : lines) {
            if (!line.startsWith(u'T'))
                continue;
            ++entities;
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 3);
            const QStringList fragments = fields[1].section(u' ', 1).split(u';');
            QStringList texts;
            for (const QString &f : fragments) {
                const int s = f.section(u' ', 0, 0).toInt(), e = f.section(u' ', 1, 1).toInt();
                texts.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + s, e - s));
            }
            QCOMPARE(texts.join(u' '), fields[2]);
            QVERIFY(!fields[2].contains(u'\n'));
        }
        QVERIFY(entities > 6);
        QVERIFY(ann.contains(u"Category "_s) && ann.contains(u';')); // the category crosses a line break
    }

    void spansOnLineBreaksComeBackExactly()
    {
        Export::ReportData data;
        Export::ReportArticle entry;
        entry.article.id = 7;
        entry.article.text = u"First line.\nSecond line.\n\nThird."_s;
        Model::Annotation a;
        a.id = 1;
        a.kind = Model::AnnotationKind::Category;
        a.span = {10, 26}; // ".\nSecond line.\n\n": starts before and ends on line breaks
        Model::Annotation breakOnly = a;
        breakOnly.id = 2;
        breakOnly.span = {11, 12}; // just the line break
        entry.annotations = {a, breakOnly};
        data.articles = {entry};
        Error error;
        const auto doc = Import::BratImporter::parse(entry.article.text, Export::BratExporter::annotationFile(entry, data),
                                                     u"x.ann"_s, &error);
        QVERIFY2(doc, qPrintable(error.message()));
        QCOMPARE(doc->annotations.size(), 2);
        QCOMPARE(doc->annotations[0].span, a.span);
        QCOMPARE(doc->annotations[1].span, breakOnly.span);
    }

    void readsPlainBratFromOtherTools()
    {
        const QString text = u"Talks resumed in Oslo today."_s;
        const QString ann = u"T1\tLocation 17 21\tOslo\nT2\tQuote 0 5\tTalks\nE1\tMeet:T1\n#1\tAnnotatorNotes T1\tcapital\n"_s;
        Error error;
        const std::optional<Import::BratDocument> doc = Import::BratImporter::parse(text, ann, u"x.ann"_s, &error);
        QVERIFY2(doc, qPrintable(error.message()));
        QCOMPARE(doc->annotations.size(), 2);
        QCOMPARE(doc->annotations[0].kind, Model::AnnotationKind::Category);
        QCOMPARE(doc->annotations[0].span, Model::Span(17, 21));
        QCOMPARE(doc->annotations[0].note, u"capital"_s);
        QCOMPARE(doc->categories.size(), 1);
        QCOMPARE(doc->categories[0].name, u"Location"_s);
        QCOMPARE(doc->annotations[0].categoryId, doc->categories[0].id);
        QCOMPARE(doc->annotations[1].kind, Model::AnnotationKind::Quote);
    }

    // Every kind of line the reader knows, written by hand: the fields after the second tab, a
    // percent-encoded value, a reference with its name, a note holding a tab, CRLF line ends.
    void readsEveryLineKind()
    {
        const QString text = u"Talks resumed in Oslo today."_s;
        const QString ann = u"T1\tQuote 0 5\tTalks\r\n"
                            u"T2\tContent 0 5\tTalks\r\n"
                            u"R1\tContent Arg1:T1 Arg2:T2\r\n"
                            u"A1\tOrigin T1 manual\r\n"
                            u"A2\tCoder T1 J%C3%B6rg%20K\r\n"
                            u"A3\tNegated T1\r\n"
                            u"N1\tReference T1 ParlanceActor:7\tNorway's envoy\textra\r\n"
                            u"#1\tAnnotatorNotes T1\tfirst\tsecond\r\n"_s;
        Error error;
        const std::optional<Import::BratDocument> doc = Import::BratImporter::parse(text, ann, u"x.ann"_s, &error);
        QVERIFY2(doc, qPrintable(error.message()));
        QCOMPARE(doc->annotations.size(), 1); // T2 is T1's content part
        const Model::Annotation &a = doc->annotations[0];
        QCOMPARE(a.kind, Model::AnnotationKind::Quote);
        QCOMPARE(a.contentParts, QList<Model::Span>{Model::Span(0, 5)});
        QCOMPARE(a.origin, Model::Origin::Manual);
        QCOMPARE(a.coder, u"J\u00f6rg K"_s);
        QVERIFY(a.negated);
        QCOMPARE(a.actorId, 7);
        QCOMPARE(doc->actors.size(), 1);
        QCOMPARE(doc->actors[0].canonicalName, u"Norway's envoy"_s);
        QCOMPARE(a.note, u"first\tsecond"_s);
    }

    // Ids that are not "T" and a number (looked up another way than T1, T2, …) work alike, and
    // "T07" is not "T7".
    void readsIdsOfAnyForm()
    {
        const QString text = u"Talks resumed in Oslo today."_s;
        const QString ann = u"T7\tQuote 0 5\tTalks\n"
                            u"T07\tQuote 17 21\tOslo\n"
                            u"Tx\tContent 17 21\tOslo\n"
                            u"R1\tContent Arg1:T07 Arg2:Tx\n"
                            u"A1\tCoder T07 ann\n"
                            u"A2\tCoder T7 bob\n"_s;
        Error error;
        const std::optional<Import::BratDocument> doc = Import::BratImporter::parse(text, ann, u"x.ann"_s, &error);
        QVERIFY2(doc, qPrintable(error.message()));
        QCOMPARE(doc->annotations.size(), 2);
        QCOMPARE(doc->annotations[0].span, Model::Span(0, 5));
        QCOMPARE(doc->annotations[0].coder, u"bob"_s);
        QVERIFY(doc->annotations[0].contentParts.isEmpty());
        QCOMPARE(doc->annotations[1].span, Model::Span(17, 21));
        QCOMPARE(doc->annotations[1].coder, u"ann"_s);
        QCOMPARE(doc->annotations[1].contentParts, QList<Model::Span>{Model::Span(17, 21)});
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QString>("ann");
        QTest::addColumn<QString>("message");
        QTest::newRow("offset past the end") << u"T1\tQuote 0 99\tx\n"_s << u"x.ann: line 1: bad offsets '0 99' (the text has 14 characters)"_s;
        QTest::newRow("garbage offsets") << u"\nT1\tQuote a b\tx\n"_s << u"x.ann: line 2: bad offsets 'a b'"_s;
        QTest::newRow("no tab") << u"T1 Quote 0 1\n"_s << u"x.ann: line 1: expected an id, a tab and an annotation"_s;
        QTest::newRow("bad origin") << u"T1\tQuote 0 1\tT\nA1\tOrigin T1 sometimes\n"_s << u"x.ann: line 2: bad value 'sometimes' of Origin"_s;
    }

    void rejectsBadFiles()
    {
        QFETCH(QString, ann);
        QFETCH(QString, message);
        Error error;
        QVERIFY(!Import::BratImporter::parse(u"Talks resumed."_s, ann, u"x.ann"_s, &error));
        QVERIFY2(error.message().startsWith(message), qPrintable(error.message()));
        QCOMPARE(error.code, Error::Invalid);
        QCOMPARE(error.file, u"x.ann"_s);
    }

    void missingFolderNamesIt()
    {
        Error error;
        QVERIFY(!Import::BratImporter::readFolder(u"/nonexistent/brat"_s, &error));
        QCOMPARE(error.message(), u"/nonexistent/brat: the folder does not exist"_s);
        QCOMPARE(error.code, Error::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestBratExporter)
#include "tst_bratexporter.moc"
