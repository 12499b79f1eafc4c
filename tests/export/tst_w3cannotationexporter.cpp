// SPDX-License-Identifier: GPL-2.0-or-later
#include "formats/w3c/w3cannotationexporter.h"
#include "model/textanchor.h"
#include "reportfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TestW3cAnnotationExporter final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void isAnAnnotationCollection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.jsonld"_s);
        Error error;
        QVERIFY2(Export::W3cAnnotationExporter().write(ParlanceTest::sampleReport(), path, &error), qPrintable(error.message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(root[u"@context"_s].toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(root[u"type"_s].toString(), u"AnnotationCollection"_s);
        const QJsonArray items = root[u"first"_s][u"items"_s].toArray();
        QCOMPARE(items.size(), 8);
        QCOMPARE(root[u"total"_s].toInt(), 8);
        for (const QJsonValue &item : items) {
            QCOMPARE(item[u"type"_s].toString(), u"Annotation"_s);
            QVERIFY(item[u"id"_s].toString().startsWith(u"urn:parlance:annotation:"));
        }
    }

    // Both selectors of every annotation, read as a web-annotation tool would, find the same text.
    void selectorsReanchorToTheSameOffsets()
    {
        const Export::ReportData data = ParlanceTest::sampleReport();
        const QJsonObject root = Export::W3cAnnotationExporter().toJson(data);
        const QJsonArray items = root[u"first"_s][u"items"_s].toArray();
        int checked = 0;
        for (const Export::ReportArticle &entry : data.articles) {
            const QString &text = entry.article.text;
            const QList<uint> codePoints = text.toUcs4();
            for (const Model::Annotation &a : entry.annotations) {
                const auto it = std::find_if(items.cbegin(), items.cend(), [&](const QJsonValue &v) {
                    return v[u"id"_s].toString() == u"urn:parlance:annotation:"_s + QString::number(a.id);
                });
                QVERIFY(it != items.cend());
                const QJsonObject target = (*it)[u"target"_s].toObject();
                QCOMPARE(target[u"source"_s].toString(), Export::W3cAnnotationExporter::sourceIri(entry.article));
                QJsonObject quote, position;
                for (const QJsonValue &s : target[u"selector"_s].toArray())
                    (s[u"type"_s].toString() == u"TextQuoteSelector" ? quote : position) = s.toObject();
                QCOMPARE(position[u"type"_s].toString(), u"TextPositionSelector"_s);

                // Position selector: code points, counted independently of CodePointMap.
                const int start = position[u"start"_s].toInt(), end = position[u"end"_s].toInt();
                const QString byPosition =
                    QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start);
                QCOMPARE(byPosition, a.exact);
                QCOMPARE(quote[u"exact"_s].toString(), a.exact);

                // Quote selector: found again from exact + prefix + suffix alone (no hint).
                const Model::TextAnchor anchor{quote[u"exact"_s].toString(), quote[u"prefix"_s].toString(),
                                               quote[u"suffix"_s].toString()};
                QVERIFY(text.mid(a.span.start - anchor.prefix.size(), anchor.prefix.size()) == anchor.prefix);
                QVERIFY(text.mid(a.span.end, anchor.suffix.size()) == anchor.suffix);
                QCOMPARE(anchor.locate(text, Model::Span()), a.span);
                ++checked;
            }
        }
        QCOMPARE(checked, 8);
    }

    void contextNeverSplitsASurrogatePair()
    {
        // An emoji right where the 32-character context would be cut.
        const QString text = QString::fromUtf8("\xF0\x9F\x98\x80") + QString(31, u'a') + u"HIT"_s + QString(31, u'b')
                           + QString::fromUtf8("\xF0\x9F\x98\x80");
        Export::ReportData data;
        Export::ReportArticle entry;
        entry.article.id = 1;
        entry.article.text = text;
        Model::Annotation a;
        a.id = 1;
        a.span = ParlanceTest::spanOf(text, u"HIT"_s);
        entry.annotations = {a};
        data.articles = {entry};
        const QJsonObject selector =
            Export::W3cAnnotationExporter().toJson(data)[u"first"_s][u"items"_s][0][u"target"_s][u"selector"_s][0].toObject();
        const QString prefix = selector[u"prefix"_s].toString();
        const QString suffix = selector[u"suffix"_s].toString();
        QCOMPARE(prefix, QString(31, u'a'));
        QCOMPARE(suffix, QString(31, u'b'));
    }

    void keepsSpeakerTypeAndNote()
    {
        const QJsonObject root = Export::W3cAnnotationExporter().toJson(ParlanceTest::sampleReport());
        const QJsonArray items = root[u"first"_s][u"items"_s].toArray();
        const QJsonObject quote = std::find_if(items.cbegin(), items.cend(), [](const QJsonValue &v) {
                                      return v[u"id"_s].toString() == u"urn:parlance:annotation:101";
                                  })->toObject();
        QStringList bodies;
        for (const QJsonValue &b : quote[u"body"_s].toArray())
            bodies.append(b[u"purpose"_s].toString() + u'=' + b[u"value"_s].toString());
        QVERIFY(bodies.contains(u"tagging=quote"_s));
        QVERIFY(bodies.contains(u"classifying=direct"_s));
        QVERIFY(bodies.contains(u"identifying=Ana Moreau"_s));
        QVERIFY(bodies.contains(u"commenting="_s + ParlanceTest::sampleReport().annotation(101)->note));
        QCOMPARE(quote[u"creator"_s][u"name"_s].toString(), u"Jane Doe"_s);
        QCOMPARE(quote[u"created"_s].toString(), u"2026-03-14T08:01:07Z"_s);
        QCOMPARE(quote[u"parlance:addressee"_s].toString(), u"Freedonia"_s);
    }
};

QTEST_GUILESS_MAIN(TestW3cAnnotationExporter)
#include "tst_w3cannotationexporter.moc"
