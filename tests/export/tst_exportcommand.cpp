// SPDX-License-Identifier: GPL-2.0-or-later
// `parlance export` end to end: a real project file, the exporters, the command's errors.
#include "cli/commandline.h"
#include "cli/exportcommand.h"
#include "exporttesttools.h"
#include "formats/brat/bratimporter.h"
#include "storage/project.h"
#include "storage/projectwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TestExportCommand final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;
    qint64 m_first = 0, m_second = 0;

    int run(const QStringList &args, QString *err = nullptr)
    {
        QString out, errText;
        QTextStream o(&out), e(&errText);
        const int status = Cli::run(QStringList{u"parlance"_s, u"export"_s} + args, {o, e});
        e.flush();
        if (err)
            *err = errText;
        return status;
    }

    QStringList csvIds(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList ids;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines.mid(1))
            if (!line.trimmed().isEmpty())
                ids.append(QString::fromUtf8(line.left(line.indexOf(','))));
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_project = m_dir.filePath(u"talks.parlance"_s);
        Storage::Error error;
        auto project = Storage::Project::open(m_project, {.readOnly = false, .createIfMissing = true}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        Model::Article first;
        first.title = u"Ceasefire talks resume"_s;
        first.text = u"\"We will reopen the crossing next week,\" the envoy said. The ministry declined to comment."_s;
        Model::Article second;
        second.title = u"Envoy repeats pledge"_s;
        second.text = u"\"We will reopen the crossing soon,\" the envoy said on Wednesday."_s;
        QVERIFY(Storage::ProjectWriter(*project).addArticle(first, &error));
        QVERIFY(Storage::ProjectWriter(*project).addArticle(second, &error));
        m_first = first.id;
        m_second = second.id;
        Model::Actor envoy;
        envoy.canonicalName = u"Ana Moreau"_s;
        envoy.type = Model::ActorType::Person;
        QVERIFY(Storage::ProjectWriter(*project).addActor(envoy, &error));

        const auto add = [&](qint64 articleId, const QString &text, const QString &exact, Model::AnnotationKind kind,
                             Model::Origin origin) {
            Model::Annotation a;
            a.articleId = articleId;
            const int at = int(text.indexOf(exact));
            a.span = {at, at + int(exact.size())};
            a.kind = kind;
            a.origin = origin;
            a.actorId = envoy.id;
            if (kind == Model::AnnotationKind::Quote)
                a.contentParts = {{at + 1, at + int(exact.size()) - 2}};
            Storage::Error e;
            const bool ok = Storage::ProjectWriter(*project).addAnnotation(a, &e);
            return ok ? a.id : qint64(-1);
        };
        QVERIFY(add(m_first, first.text, u"\"We will reopen the crossing next week,\""_s, Model::AnnotationKind::Quote,
                    Model::Origin::Manual) > 0);
        QVERIFY(add(m_first, first.text, u"We will reopen the crossing next week"_s, Model::AnnotationKind::Commitment,
                    Model::Origin::Suggested) > 0);
        QVERIFY(add(m_first, first.text, u"declined to comment"_s, Model::AnnotationKind::Commitment,
                    Model::Origin::Rejected) > 0);
        QVERIFY(add(m_second, second.text, u"\"We will reopen the crossing soon,\""_s, Model::AnnotationKind::Quote,
                    Model::Origin::Accepted) > 0);
        Storage::ComparisonSet set;
        set.name = u"Two days"_s;
        set.articleIds = {m_first, m_second};
        QVERIFY(Storage::ProjectWriter(*project).saveComparisonSet(set, &error));
    }

    void confirmedOnlyByDefault_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("rows");
        QTest::newRow("default: manual and accepted") << QStringList() << 2;
        QTest::newRow("--only confirmed") << QStringList{u"--only"_s, u"confirmed"_s} << 2;
        QTest::newRow("--only all adds suggestions, never rejected") << QStringList{u"--only"_s, u"all"_s} << 3;
    }

    void confirmedOnlyByDefault()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, rows);
        const QString out = m_dir.filePath(u"out.csv"_s);
        QString err;
        QCOMPARE(run(QStringList{m_project, u"--format"_s, u"csv"_s, u"-o"_s, out} + extra, &err), 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(csvIds(out).size(), rows);
    }

    void selectsArticlesById()
    {
        const QString out = m_dir.filePath(u"second.csv"_s);
        QCOMPARE(run({m_project, u"--format"_s, u"csv"_s, u"-o"_s, out, u"--articles"_s, QString::number(m_second)}), 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.contains(u"Envoy repeats pledge"_s));
        QVERIFY(!csv.contains(u"Ceasefire talks resume"_s));
    }

    void writesEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QByteArray>("starts");
        QTest::newRow("html") << u"html"_s << u"r.html"_s << QByteArray("<!DOCTYPE html>");
        QTest::newRow("pdf") << u"pdf"_s << u"r.pdf"_s << QByteArray("%PDF-");
        QTest::newRow("odt") << u"odt"_s << u"r.odt"_s << QByteArray("PK");
        QTest::newRow("markdown") << u"markdown"_s << u"r.md"_s << QByteArray("# Who said what in 2 articles"); // the title says what the project holds
        QTest::newRow("w3c") << u"w3c"_s << u"r.jsonld"_s << QByteArray("{");
        QTest::newRow("qdpx") << u"qdpx"_s << u"r.qdpx"_s << QByteArray("PK");
    }

    void writesEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, output);
        QFETCH(QByteArray, starts);
        const QString out = m_dir.filePath(output);
        QString err;
        QCOMPARE(run({m_project, u"--format"_s, format, u"-o"_s, out}, &err), 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY2(written.startsWith(starts), written.left(80).constData());
    }

    void reportShowsLinkedQuotesOfComparedArticles()
    {
        const QString out = m_dir.filePath(u"linked.html"_s);
        QCOMPARE(run({m_project, u"--format"_s, u"html"_s, u"-o"_s, out}), 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(u"id=\"linked\""_s));
        QVERIFY(html.contains(u"Two days"_s));
    }

    void bratWritesAFolderThatReadsBack()
    {
        const QString folder = m_dir.filePath(u"brat"_s);
        QCOMPARE(run({m_project, u"--format"_s, u"brat"_s, u"-o"_s, folder}), 0);
        QVERIFY(QFile::exists(folder + u"/article-%1.txt"_s.arg(m_first)));
        QVERIFY(QFile::exists(folder + u"/article-%1.ann"_s.arg(m_second)));
        Error error;
        const auto docs = Import::BratImporter::readFolder(folder, &error);
        QVERIFY2(docs, qPrintable(error.message()));
        QCOMPARE(docs->size(), 2);
        QCOMPARE(docs->at(0).annotations.size() + docs->at(1).annotations.size(), 2);
    }

    void errorsAreOneLineNamingTheFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString out = u"/tmp/parlance-never-written.csv"_s;
        QTest::newRow("missing project") << QStringList{u"/nonexistent/p.parlance"_s, u"--format"_s, u"csv"_s, u"-o"_s, out}
                                         << 1 << u"/nonexistent/p.parlance"_s;
        QTest::newRow("unknown format") << QStringList{u"P"_s, u"--format"_s, u"docx"_s, u"-o"_s, out} << 2
                                        << u"unknown export format 'docx'"_s;
        QTest::newRow("unknown article") << QStringList{u"P"_s, u"--format"_s, u"csv"_s, u"-o"_s, out, u"--articles"_s, u"999"_s}
                                         << 1 << u"no article with id 999"_s;
        QTest::newRow("bad --only") << QStringList{u"P"_s, u"--format"_s, u"csv"_s, u"-o"_s, out, u"--only"_s, u"some"_s} << 2
                                    << u"--only takes"_s;
        QTest::newRow("no output") << QStringList{u"P"_s, u"--format"_s, u"csv"_s} << 2 << u"usage: parlance export"_s;
        QTest::newRow("unwritable output") << QStringList{u"P"_s, u"--format"_s, u"csv"_s, u"-o"_s, u"/nonexistent/x.csv"_s}
                                           << 1 << u"/nonexistent/x.csv:"_s;
    }

    void errorsAreOneLineNamingTheFile()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, message);
        args.replaceInStrings(QRegularExpression(u"^P$"_s), m_project);
        QString err;
        QCOMPARE(run(args, &err), status);
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY2(err.trimmed().count(u'\n') <= 1, qPrintable(err)); // a message (and, for usage errors, the usage)
    }

    void pdfAndOdtAskForAGuiApplication()
    {
        QVERIFY(Cli::exportNeedsGuiApplication({u"parlance"_s, u"export"_s, u"p"_s, u"--format"_s, u"pdf"_s, u"-o"_s, u"x"_s}));
        QVERIFY(Cli::exportNeedsGuiApplication({u"parlance"_s, u"export"_s, u"p"_s, u"--format"_s, u"odt"_s, u"-o"_s, u"x"_s}));
        QVERIFY(!Cli::exportNeedsGuiApplication({u"parlance"_s, u"export"_s, u"p"_s, u"--format"_s, u"csv"_s, u"-o"_s, u"x"_s}));
        QVERIFY(!Cli::exportNeedsGuiApplication({u"parlance"_s, u"info"_s, u"p"_s}));
    }

    // Six real-looking articles with every suggestion of the analysis (the bundled samples and
    // tests/data/reports): page one and the articles fit on a third of the 55 pages the report
    // took before page one and the content-wide tables, and no site text is printed.
    void sixArticlesWithSuggestionsFitOnFewPages()
    {
        const QString project = m_dir.filePath(u"six.parlance"_s);
        QStringList files;
        for (const QString &folder : {QStringLiteral(PARLANCE_SOURCE_DIR "/resources/samples"), QStringLiteral(PARLANCE_TEST_DATA_DIR "/reports")})
            for (const QFileInfo &file : QDir(folder).entryInfoList({u"*.txt"_s}, QDir::Files, QDir::Name))
                files.append(file.filePath());
        QCOMPARE(files.size(), 6);
        QString out, errText;
        QTextStream o(&out), e(&errText);
        QCOMPARE(Cli::run(QStringList{u"parlance"_s, u"import"_s, project} + files, {o, e}), 0);

        const QString pdf = m_dir.filePath(u"six.pdf"_s);
        QString err;
        QCOMPARE(run({project, u"--format"_s, u"pdf"_s, u"-o"_s, pdf, u"--only"_s, u"all"_s}, &err), 0);
        const ParlanceTest::ToolResult info = ParlanceTest::runTool(u"pdfinfo"_s, {pdf});
        int pages = 0;
        for (const QByteArray &line : info.out.split('\n'))
            if (line.startsWith("Pages:"))
                pages = line.mid(6).trimmed().toInt();
        qInfo("six articles with suggestions: %d pages", pages);
        QVERIFY2(pages > 3 && pages <= 55 / 3, info.out.constData());
        const QString text = QString::fromUtf8(ParlanceTest::runTool(u"pdftotext"_s, {pdf, u"-"_s}).out);
        QVERIFY(text.contains(u"Who said what in 6 articles"_s));
        QVERIFY(text.contains(u"Who committed to what"_s));
        for (const QString &siteText : {u"This video is no longer available"_s, u"Read more on these topics"_s, u"Subscribe to our newsletter"_s})
            QVERIFY2(!text.contains(siteText), qPrintable(siteText));
    }
};

QTEST_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
