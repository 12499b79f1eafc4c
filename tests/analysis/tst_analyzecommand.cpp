// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/analyzecommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TestAnalyzeCommand final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static int run(const QStringList &args, QString *out, QString *err)
    {
        QTextStream o(out);
        QTextStream e(err);
        return Cli::runAnalyze(args, {o, e});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void printsOneJsonLinePerFile()
    {
        const QString a = write(u"a.txt"_s, "\xe2\x80\x9cWe agree,\xe2\x80\x9d Chancellor Ingrid Bauer said.\n");
        const QString b = write(u"b.txt"_s, "Nothing here.\n");
        QString out, err;
        QCOMPARE(run({a, b}, &out, &err), 0);
        QVERIFY(err.isEmpty());
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(first[u"file"_s].toString(), a);
        QCOMPARE(first[u"length"_s].toInt(), 42);
        const QJsonObject quote = first[u"quotes"_s].toArray().at(0).toObject();
        QCOMPARE(quote[u"kind"_s].toString(), u"direct"_s);
        QCOMPARE(quote[u"content"_s].toArray(), (QJsonArray{QJsonArray{1, 10}}));
        QCOMPARE(quote[u"speaker"_s].toString(), u"Ingrid Bauer"_s);
        QCOMPARE(quote[u"cue"_s].toArray(), (QJsonArray{QJsonArray{36, 40}}));
        QCOMPARE(quote[u"source"_s].toArray(), (QJsonArray{QJsonArray{12, 35}}));
        QCOMPARE(quote[u"source_kind"_s].toString(), u"named"_s);
        const double confidence = quote[u"confidence"_s].toDouble(-1);
        QVERIFY2(confidence > 0.5 && confidence <= 1.0, qPrintable(QString::number(confidence)));
        const QJsonObject actor = first[u"actors"_s].toArray().at(0).toObject();
        QCOMPARE(actor[u"name"_s].toString(), u"Ingrid Bauer"_s);
        QCOMPARE(actor[u"type"_s].toString(), u"person"_s);
        QCOMPARE(actor[u"role"_s].toString(), u"Chancellor"_s);
        QVERIFY(first[u"commitments"_s].isArray());
        QVERIFY(first[u"boilerplate"_s].isArray());
        const QJsonObject second = QJsonDocument::fromJson(lines[1].toUtf8()).object();
        QCOMPARE(second[u"quotes"_s].toArray().size(), 0);
        QVERIFY(second[u"actors"_s].toArray().isEmpty());
    }

    void countsOffsetsInCodePoints()
    {
        // U+1D11E (a surrogate pair in UTF-16) before the quote shifts UTF-16 offsets by one more.
        const QString path = write(u"astral.txt"_s, "\xf0\x9d\x84\x9e \xe2\x80\x9cYes,\xe2\x80\x9d Okonkwo said.");
        QString out, err;
        QCOMPARE(run({path}, &out, &err), 0);
        const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(o[u"length"_s].toInt(), 22);
        const QJsonObject quote = o[u"quotes"_s].toArray().at(0).toObject();
        QCOMPARE(quote[u"content"_s].toArray(), (QJsonArray{QJsonArray{3, 7}}));
        QCOMPARE(quote[u"source"_s].toArray(), (QJsonArray{QJsonArray{9, 16}}));
    }

    void reportsBadInputAndGoesOn_data()
    {
        QTest::addColumn<QByteArray>("bytes"); // empty: the file does not exist
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing file") << QByteArray() << u"no such file"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("caf\xe9 talks\n") << u"invalid UTF-8"_s;
        QTest::newRow("binary file") << QByteArray("PK\x03\x04\0\0\x01", 7) << u"binary file"_s;
    }

    void reportsBadInputAndGoesOn()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString bad = bytes.isEmpty() ? m_dir.filePath(u"absent.txt"_s) : write(u"bad.bin"_s, bytes);
        const QString good = write(u"good.txt"_s, "Fine.\n");
        QString out, err;
        QCOMPARE(run({bad, good}, &out, &err), 1);
        const QStringList errors = err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].contains(bad) && errors[0].contains(reason), qPrintable(errors[0]));
        QCOMPARE(out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
        QVERIFY(out.contains(good));
    }

    void writesBratStandoff()
    {
        const QString path = write(u"brat.txt"_s, "\xe2\x80\x9cWe agree,\xe2\x80\x9d Chancellor Ingrid Bauer said.\n");
        QString out, err;
        QCOMPARE(run({path, u"--format"_s, u"brat"_s}, &out, &err), 0);
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.contains(u"T1\tPerson 12 35\tChancellor Ingrid Bauer"_s));
        QVERIFY(lines.contains(u"T2\tQuote 1 10\tWe agree,"_s));
        QVERIFY(lines.contains(u"A1\tKind T2 direct"_s));
        QVERIFY(lines.contains(u"A2\tSourceKind T2 named"_s));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) {
            return l.startsWith(u"#2\tAnnotatorNotes T2\tconfidence: 0."_s) && l.endsWith(u"; speaker: Ingrid Bauer"_s);
        }));
        QVERIFY(lines.contains(u"T3\tCue 36 40\tsaid"_s));
        QVERIFY(lines.contains(u"T4\tSource 12 35\tChancellor Ingrid Bauer"_s));
    }

    void analysesManyFilesInTheirOrder()
    {
        // The files are analysed on several cores; the output keeps the order of the arguments, and a
        // bad file among them is reported in its place while the others are still analysed.
        QStringList files;
        for (int i = 0; i < 24; ++i) {
            const QByteArray text = "\xe2\x80\x9cRound " + QByteArray::number(i)
                + " is over,\xe2\x80\x9d Chancellor Ingrid Bauer said.\n";
            files.append(i == 7 ? m_dir.filePath(u"missing-7.txt"_s) : write(u"many-%1.txt"_s.arg(i), text));
        }
        QString out, err;
        QCOMPARE(run(files, &out, &err), 1);
        QVERIFY2(err.contains(u"missing-7.txt"_s), qPrintable(err));
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 23);
        int line = 0;
        for (int i = 0; i < 24; ++i) {
            if (i == 7)
                continue;
            const QJsonObject o = QJsonDocument::fromJson(lines[line++].toUtf8()).object();
            QCOMPARE(o[u"file"_s].toString(), files[i]);
            QCOMPARE(o[u"quotes"_s].toArray().size(), 1);
        }
    }

    void rejectsUnknownFormat()
    {
        QString out, err;
        QCOMPARE(run({u"x.txt"_s, u"--format"_s, u"xml"_s}, &out, &err), 2);
        QVERIFY(err.contains(u"xml"_s));
    }
};

QTEST_GUILESS_MAIN(TestAnalyzeCommand)
#include "tst_analyzecommand.moc"
