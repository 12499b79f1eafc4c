// SPDX-License-Identifier: GPL-2.0-or-later
// Golden-file tests of the whole analysis, in the manner of KSyntaxHighlighting's testhighlighter:
// every tests/data/analysis/NAME.txt (texts written for Parlance, in the house styles of wire copy,
// broadsheets, tabloids, transcripts, British single quotes, «» and „“) is analysed, the result is
// written as readable JSON — one attribution, actor or commitment a line, with the words of each span —
// to the build folder's test-output/analysis/NAME.json, and compared with NAME.expected.json beside
// the text. A change of the analysis shows as a diff of the references:
//
//     tests/data/analysis/update-references.sh [BUILD_DIR]
//
// copies the outputs over the references; review the diff, then commit it.

#include "analysis/analyzer.h"
#include "model/span.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

QString words(QStringView text, Model::Span s)
{
    return s.isValid() ? s.textIn(text).toString() : QString();
}

QString line(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString section(const char *name, const QStringList &lines, bool last)
{
    QString out = u"  \""_s + QLatin1StringView(name) + u"\": ["_s;
    if (lines.isEmpty())
        return out + u"]"_s + (last ? u"\n"_s : u",\n"_s);
    out += u"\n"_s;
    for (int i = 0; i < lines.size(); ++i)
        out += u"    "_s + lines[i] + (i + 1 < lines.size() ? u",\n"_s : u"\n"_s);
    return out + u"  ]"_s + (last ? u"\n"_s : u",\n"_s);
}

} // namespace

/// The reference form of an analysis: stable, one finding a line, spans as their words.
QString goldenJson(QStringView text, const Analysis::AnalysisResult &r)
{
    QStringList quotes;
    for (const Analysis::FoundQuote &q : r.quotes) {
        QJsonArray content;
        for (Model::Span s : q.content)
            content.append(words(text, s));
        QJsonObject o{{u"kind"_s, Model::quoteKindName(q.kind)},
                      {u"content"_s, content},
                      {u"cue"_s, words(text, q.cue)},
                      {u"source"_s, words(text, q.source)},
                      {u"source_kind"_s, Model::sourceKindName(q.sourceKind)},
                      {u"speaker"_s, q.speaker},
                      {u"confidence"_s, qRound(q.confidence * 100) / 100.0}};
        quotes.append(line(o));
    }
    QStringList actors;
    for (const Analysis::FoundActor &a : r.actors) {
        QJsonObject o{{u"name"_s, a.name},
                      {u"type"_s, Model::actorTypeName(a.type)},
                      {u"role"_s, a.role},
                      {u"aliases"_s, QJsonArray::fromStringList(a.aliases)},
                      {u"mentions"_s, int(a.mentions.size())}};
        actors.append(line(o));
    }
    QStringList commitments;
    for (const Analysis::FoundCommitment &c : r.commitments) {
        QJsonObject o{{u"type"_s, Model::commitmentTypeName(c.type)},
                      {u"text"_s, words(text, c.span)},
                      {u"holder"_s, c.holder},
                      {u"strength"_s, qRound(c.strength * 100) / 100.0}};
        commitments.append(line(o));
    }
    QStringList boilerplate;
    for (Model::Span b : r.boilerplate)
        boilerplate.append(line(QJsonObject{{u"text"_s, words(text, b)}}));
    return u"{\n"_s + section("quotes", quotes, false) + section("actors", actors, false)
        + section("commitments", commitments, false) + section("boilerplate", boilerplate, true) + u"}\n"_s;
}

class TestAnalysisGolden final : public QObject {
    Q_OBJECT

    static QString dataDir() { return QStringLiteral(PARLANCE_TEST_DATA_DIR "/analysis"); }
    static QString outputDir() { return QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/analysis"); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(QDir().mkpath(outputDir())); }

    void matchesReferences_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList texts = QDir(dataDir()).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QVERIFY(texts.size() >= 12);
        for (const QString &t : texts)
            QTest::newRow(qPrintable(t)) << t.chopped(4);
    }

    void matchesReferences()
    {
        QFETCH(QString, name);
        QFile in(dataDir() + u'/' + name + u".txt"_s);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(in.readAll());
        const QString actual = goldenJson(text, Analysis::Analyzer().analyze(text));
        const QString outPath = outputDir() + u'/' + name + u".json"_s;
        QFile out(outPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual.toUtf8());
        out.close();

        const QString refPath = dataDir() + u'/' + name + u".expected.json"_s;
        QFile ref(refPath);
        if (!ref.open(QIODevice::ReadOnly))
            QFAIL(qPrintable(u"no reference %1: run tests/data/analysis/update-references.sh"_s.arg(refPath)));
        const QString expected = QString::fromUtf8(ref.readAll());
        if (actual != expected) {
            // Show what changed, line by line, as diff would.
            QProcess diff;
            diff.start(u"diff"_s, {u"-u"_s, refPath, outPath});
            diff.waitForFinished();
            qWarning().noquote() << diff.readAllStandardOutput();
        }
        QCOMPARE(actual, expected);
    }

    void referencesAreValidJson()
    {
        // The references are JSON a reviewer or a script can read, not just text to compare.
        const QStringList refs = QDir(dataDir()).entryList({u"*.expected.json"_s}, QDir::Files);
        QVERIFY(!refs.isEmpty());
        for (const QString &r : refs) {
            QFile f(dataDir() + u'/' + r);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r + u": "_s + error.errorString()));
            QVERIFY(doc.object().contains(u"quotes"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysisGolden)
#include "tst_analysisgolden.moc"
