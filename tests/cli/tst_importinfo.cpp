// SPDX-License-Identifier: GPL-2.0-or-later
// `parlance import` and `parlance info`, run in-process through Cli::run with string streams.
#include "cli/commandline.h"
#include "cli/printable.h"
#include "import/articlefile.h"
#include "storage/project.h"
#include "storage/projectwriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QStandardPaths>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int status = 0;
    QString out;
    QString err;
};

Run parlance(const QStringList &args)
{
    Run run;
    QTextStream out(&run.out), err(&run.err);
    run.status = Cli::run(QStringList{u"parlance"_s} + args, {out, err});
    out.flush();
    err.flush();
    return run;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Our own small articles, one per format.
const QByteArray plainText = "\xEF\xBB\xBF" "Envoys agree on a timetable\r\n\r\nThe envoys said on Monday they \xE2\x80\x9Cwould meet again\xE2\x80\x9D in May.\r\n";
const QByteArray markdown = "---\ntitle: \"Ceasefire holds\"\noutlet: Harbour Gazette\nauthor: K. Reporter\ndate: 2026-04-02\n"
                            "language: en\nurl: https://example.org/ceasefire\n---\n\n# Ceasefire holds\n\nThe ministry *promised* to keep "
                            "the corridor open.\n";
const QByteArray html = "<!DOCTYPE html><html lang=\"fr\"><head><title>Summit &amp; after</title>"
                        "<meta name=\"author\" content=\"L. Auteur\"><meta property=\"og:site_name\" content=\"Le Quotidien\">"
                        "<meta property=\"article:published_time\" content=\"2026-06-01T08:00:00Z\">"
                        "<style>p { color: red }</style><script>var secret = 'hidden words';</script></head>"
                        "<body><h1>Summit &amp; after</h1><p>The president <b>said</b> the talks were &ldquo;useful&rdquo;.</p>"
                        "<p>Both   sides\nwill report back.</p></body></html>";

} // namespace

class TestImportInfo final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }

    static QJsonObject info(const QString &project)
    {
        const Run run = parlance({u"info"_s, project});
        if (run.status != 0)
            qWarning() << run.err;
        const QStringList out = lines(run.out);
        if (out.size() != 1)
            return {};
        return QJsonDocument::fromJson(out.first().toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the list of verified files goes to a test folder
        QVERIFY(m_dir.isValid());
    }

    void importsGoodFilesAndNamesBadOnes()
    {
        const QString project = m_dir.filePath(u"mixed.parlance"_s);
        const QString txt = file(u"envoys.txt"_s, plainText);
        const QString md = file(u"ceasefire.md"_s, markdown);
        const QString htm = file(u"summit.html"_s, html);
        const QString invalid = file(u"latin1.txt"_s, "Caf\xE9 talks resume\n");
        const QString empty = file(u"empty.txt"_s, {});
        const QString binary = file(u"image.txt"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        const QString big = m_dir.filePath(u"huge.txt"_s);
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(Import::ArticleFile::maxSize + 1));
        }
        const QString missing = m_dir.filePath(u"missing.txt"_s);

        const Run run = parlance({u"import"_s, project, txt, invalid, md, empty, binary, htm, big, missing, u"--no-analysis"_s});
        QCOMPARE(run.status, 1);
        const QStringList errors = lines(run.err);
        QCOMPARE(errors.size(), 5);
        const QList<std::pair<QString, QString>> expected{{invalid, u"not valid UTF-8 (at byte 3)"_s},
                                                          {empty, u"is empty"_s},
                                                          {binary, u"binary"_s},
                                                          {big, u"too large"_s},
                                                          {missing, u"no such file"_s}};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(errors[i].contains(QDir::toNativeSeparators(expected[i].first)), qPrintable(errors[i]));
            QVERIFY2(errors[i].contains(expected[i].second), qPrintable(errors[i]));
        }
        QVERIFY(run.out.contains(u"imported 3 articles"_s));

        const QJsonObject json = info(project);
        QCOMPARE(json.value(u"articles"_s).toInt(), 3);
        QCOMPARE(json.value(u"annotations"_s).toInt(), 0);
        QCOMPARE(json.value(u"schema_version"_s).toInt(), Storage::Project::currentSchemaVersion());
        QCOMPARE(json.value(u"integrity"_s).toString(), u"ok"_s);
        const QJsonArray list = json.value(u"articles_list"_s).toArray();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].toObject().value(u"number"_s).toInt(), 1);
        QCOMPARE(list[0].toObject().value(u"title"_s).toString(), u"Envoys agree on a timetable"_s);
        QCOMPARE(list[1].toObject().value(u"title"_s).toString(), u"Ceasefire holds"_s);
        QCOMPARE(list[2].toObject().value(u"title"_s).toString(), u"Summit & after"_s);

        // The texts: as written, but for the BOM and line ends; HTML without tags, scripts or styles.
        auto stored = Storage::Project::open(project, {.readOnly = true, .createIfMissing = false}, nullptr);
        QVERIFY(stored);
        const Model::Article a1 = *stored->article(qint64(list[0].toObject().value(u"id"_s).toInteger()));
        QCOMPARE(a1.text, u"Envoys agree on a timetable\n\nThe envoys said on Monday they \u201Cwould meet again\u201D in May.\n"_s);
        QVERIFY(a1.textMatchesHash());
        const Model::Article a2 = *stored->article(qint64(list[1].toObject().value(u"id"_s).toInteger()));
        QCOMPARE(a2.text, u"# Ceasefire holds\n\nThe ministry *promised* to keep the corridor open.\n"_s);
        QCOMPARE(a2.outlet, u"Harbour Gazette"_s);
        QCOMPARE(a2.author, u"K. Reporter"_s);
        QCOMPARE(a2.published, QDate(2026, 4, 2));
        QCOMPARE(a2.language, u"en"_s);
        QCOMPARE(a2.url, u"https://example.org/ceasefire"_s);
        const Model::Article a3 = *stored->article(qint64(list[2].toObject().value(u"id"_s).toInteger()));
        QCOMPARE(a3.text, u"Summit & after\n\nThe president said the talks were \u201Cuseful\u201D.\n\nBoth sides will report back."_s);
        QCOMPARE(a3.author, u"L. Auteur"_s);
        QCOMPARE(a3.outlet, u"Le Quotidien"_s);
        QCOMPARE(a3.published, QDate(2026, 6, 1));
        QCOMPARE(a3.language, u"fr"_s);
    }

    void importStoresTheAnalysisAsSuggestions()
    {
        const QString project = m_dir.filePath(u"suggested.parlance"_s);
        const QString txt = file(u"talks.txt"_s,
                                 "Envoys meet in Oslo\n\n\u201CWe will sign the protocol next week,\u201D Foreign Minister Lena Brandt "
                                 "told reporters on Monday.\n");
        const Run run = parlance({u"import"_s, project, txt});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));

        auto p = Storage::Project::open(project, {.readOnly = true}, nullptr);
        QVERIFY(p);
        const QList<Model::Annotation> annotations = p->annotations(p->articles().first().id);
        QVERIFY(!annotations.isEmpty());
        bool quoteWithSpeaker = false;
        for (const Model::Annotation &a : annotations) {
            QCOMPARE(a.origin, Model::Origin::Suggested); // pre-highlighted, for a person to confirm
            if (a.kind == Model::AnnotationKind::Quote && a.quoteKind == Model::QuoteKind::Direct) {
                QCOMPARE(a.exact.contains(u"We will sign the protocol"_s), true);
                const auto speaker = p->actor(a.actorId);
                QVERIFY(speaker);
                QCOMPARE(speaker->canonicalName, u"Lena Brandt"_s);
                QCOMPARE(speaker->role, u"Foreign Minister"_s); // the role and names the article used
                QVERIFY(speaker->isKnownAs(u"Foreign Minister Lena Brandt"));
                quoteWithSpeaker = true;
            }
        }
        QVERIFY(quoteWithSpeaker);

        // --no-analysis stores the article alone.
        const QString bare = m_dir.filePath(u"bare.parlance"_s);
        QCOMPARE(parlance({u"import"_s, u"--no-analysis"_s, bare, txt}).status, 0);
        QCOMPARE(info(bare).value(u"annotations"_s).toInt(), 0);
    }

    void titlesAndFileNamesArePrintedWithoutTerminalControls()
    {
        // A title that would clear the screen and set the terminal's title, a file name with a line
        // break, and a UTF-16 file: what is printed holds no control character, and says the encoding.
        const QString project = m_dir.filePath(u"escapes.parlance"_s);
        const QString hostile = file(u"clear\nscreen.md"_s,
                                     "---\ntitle: \"\x1B]0;owned\x07\x1B[2JTalks\"\n---\n" + QByteArray("Envoys met again. ").repeated(20));
        QByteArray utf16("\xFF\xFE");
        for (const char c : QByteArray("Notepad talks\r\nThe envoys met.\r\n"))
            utf16 += QByteArray(1, c) + QByteArray(1, '\0');
        const QString unicode = file(u"unicode.txt"_s, utf16);
        const Run run = parlance({u"import"_s, project, hostile, unicode, m_dir.filePath(u"missing\u202Efdp.txt"_s), u"--no-analysis"_s});
        QCOMPARE(run.status, 1);
        for (const QString &stream : {run.out, run.err}) {
            for (const QChar c : stream)
                QVERIFY2(c == u'\n' || (c.unicode() >= 0x20 && c.unicode() != 0x7F && c.unicode() != 0x202E), qPrintable(stream));
        }
        QVERIFY2(run.out.contains(u"clear\\nscreen.md"_s), qPrintable(run.out));
        // Import already made the title's controls spaces; a title of an older project is escaped.
        QVERIFY2(run.out.contains(u"\u201C]0;owned [2JTalks\u201D"_s), qPrintable(run.out));
        QCOMPARE(Cli::printable(u"a\x1B[2J\nb\u202E\u0085\tc"_s), u"a\\x1B[2J\\nb\\u{202E}\\x85\\tc"_s);
        QVERIFY2(run.out.contains(u"unicode.txt (read as UTF-16 LE): \u201CNotepad talks\u201D"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"missing\\u{202E}fdp.txt"_s), qPrintable(run.err));
        QCOMPARE(lines(run.err).size(), 1);
    }

    void importingTheSameTextTwiceSkipsIt()
    {
        const QString project = m_dir.filePath(u"twice.parlance"_s);
        const QString txt = file(u"once.txt"_s, "A single article\n\nIt says little.\n");
        const QString copy = file(u"copy.txt"_s, "A single article\n\nIt says little.\n");
        Run run = parlance({u"import"_s, project, txt, copy});
        QCOMPARE(run.status, 0);
        QVERIFY(run.err.contains(u"skipped"_s));
        run = parlance({u"import"_s, project, txt});
        QCOMPARE(run.status, 0);
        QVERIFY(run.err.contains(u"already in the project"_s));
        QCOMPARE(info(project).value(u"articles"_s).toInt(), 1);
    }

    void manyFilesAreImportedInBatches()
    {
        const QString project = m_dir.filePath(u"many.parlance"_s);
        QStringList args{u"import"_s, project};
        for (int i = 0; i < 250; ++i)
            args.append(file(u"many-%1.txt"_s.arg(i), QByteArray("Report number ") + QByteArray::number(i) + "\n\nNothing happened.\n"));
        const Run run = parlance(args);
        QCOMPARE(run.status, 0);
        const QJsonObject json = info(project);
        QCOMPARE(json.value(u"articles"_s).toInt(), 250);
        QCOMPARE(json.value(u"articles_list"_s).toArray().last().toObject().value(u"title"_s).toString(), u"Report number 249"_s);
    }

    void infoReportsAnnotationsAndMore()
    {
        const QString project = m_dir.filePath(u"annotated.parlance"_s);
        QCOMPARE(parlance({u"import"_s, u"--no-analysis"_s, project, file(u"a.txt"_s, "Talks\n\nThe minister said yes.\n")}).status, 0);
        {
            auto p = Storage::Project::open(project, {}, nullptr);
            QVERIFY(p);
            Model::Annotation a;
            a.articleId = p->articles().first().id;
            a.span = {7, 19};
            a.kind = Model::AnnotationKind::Quote;
            QVERIFY(Storage::ProjectWriter(*p).addAnnotation(a));
            QVERIFY(Storage::ProjectWriter(*p).actorIdFor(u"The Minister"_s, Model::ActorType::Person) > 0);
        }
        const Run run = parlance({u"info"_s, project});
        QCOMPARE(run.status, 0);
        QVERIFY(run.err.isEmpty());
        QCOMPARE(lines(run.out).size(), 1);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(u"annotations"_s).toInt(), 1);
        QCOMPARE(json.value(u"quotes"_s).toInt(), 1);
        QCOMPARE(json.value(u"actors"_s).toInt(), 1);
        QCOMPARE(json.value(u"articles_list"_s).toArray().first().toObject().value(u"quotes"_s).toInt(), 1);
    }

    void errorsAreOneLineNamingTheFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("info of a missing project") << QStringList{u"info"_s, u"@/nowhere.parlance"_s} << 1 << u"no such file"_s;
        QTest::newRow("info of a text file") << QStringList{u"info"_s, u"@notes.txt"_s} << 1 << u"not a Parlance project"_s;
        QTest::newRow("import into a text file") << QStringList{u"import"_s, u"@notes.txt"_s, u"@notes.txt"_s} << 1 << u"not a Parlance project"_s;
        QTest::newRow("info without a project") << QStringList{u"info"_s} << 2 << u"usage"_s;
        QTest::newRow("import without files") << QStringList{u"import"_s, u"@x.parlance"_s} << 2 << u"usage"_s;
    }

    void errorsAreOneLineNamingTheFile()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, says);
        file(u"notes.txt"_s, "Just notes.\n");
        QString named;
        for (QString &a : args) {
            if (a.startsWith(QLatin1Char('@'))) {
                a = a.mid(1).startsWith(QLatin1Char('/')) ? m_dir.path() + a.mid(1) : m_dir.filePath(a.mid(1));
                named = a;
            }
        }
        const Run run = parlance(args);
        QCOMPARE(run.status, status);
        QCOMPARE(lines(run.err).size(), 1);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        if (status == 1)
            QVERIFY2(run.err.contains(QDir::toNativeSeparators(named)), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x.parlance"_s)));
    }
};

QTEST_GUILESS_MAIN(TestImportInfo)
#include "tst_importinfo.moc"
