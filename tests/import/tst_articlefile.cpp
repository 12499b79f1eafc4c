// SPDX-License-Identifier: GPL-2.0-or-later
// ArticleFile and HtmlReader: text, Markdown front matter, HTML (tags, scripts, titles, metadata),
// UTF-8 and UTF-16, bounded metadata, and the limits that keep hostile pages linear.
//
// HTML pages in tests/data/import/html/ are read and compared with the .ref beside each (title and
// metadata, then the text). PARLANCE_UPDATE_REFS=1 rewrites the references; check the diff.
#include "import/articlefile.h"
#include "import/htmlreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Parlance;
using namespace Qt::StringLiterals;
using Import::ArticleFile;
using Import::HtmlReader;

namespace {

const QString htmlData = QStringLiteral(PARLANCE_TEST_DATA_DIR "/import/html");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a reference file holds: the metadata, one field a line, then the text.
QString dump(const Model::Article &a)
{
    return u"title: %1\noutlet: %2\nauthor: %3\nurl: %4\ndate: %5\nlanguage: %6\n---\n%7\n"_s.arg(
        a.title, a.outlet, a.author, a.url, a.published.toString(Qt::ISODate), a.language, a.text);
}

std::optional<Model::Article> read(const QByteArray &bytes, const QString &name, Error *error = nullptr)
{
    Error ignored;
    return ArticleFile::fromBytes(bytes, name, error ? error : &ignored);
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char hi = char(u >> 8), lo = char(u & 0xFF);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

} // namespace

class TestArticleFile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainTextKeepsTheTextAsWritten()
    {
        const auto a = read("\xEF\xBB\xBF" "Envoys meet\r\n\r\nThey met.\rAgain.\n", u"envoys.txt"_s);
        QVERIFY(a);
        QCOMPARE(a->text, u"Envoys meet\n\nThey met.\nAgain.\n"_s);
        QCOMPARE(a->title, u"Envoys meet"_s);
        QVERIFY(a->textMatchesHash());
    }

    void markdownFrontMatterBecomesMetadata()
    {
        const auto a = read("---\ntitle: 'Ceasefire holds'\nsource: Harbour Gazette\nauthor: K. Reporter\npublished: 2026-04-02T10:00\n"
                            "lang: en\nlink: https://example.org/c\nignored: yes\n---\n\n\n\n# Heading\n\nBody.\n",
                            u"c.md"_s);
        QVERIFY(a);
        QCOMPARE(a->title, u"Ceasefire holds"_s);
        QCOMPARE(a->outlet, u"Harbour Gazette"_s);
        QCOMPARE(a->author, u"K. Reporter"_s);
        QCOMPARE(a->published, QDate(2026, 4, 2));
        QCOMPARE(a->language, u"en"_s);
        QCOMPARE(a->url, u"https://example.org/c"_s);
        QCOMPARE(a->text, u"# Heading\n\nBody.\n"_s);
    }

    void markdownTitleFallsBackToTheFirstHeading()
    {
        const auto a = read("\n\n## Talks resume ##\n\nText.\n", u"t.md"_s);
        QVERIFY(a);
        QCOMPARE(a->title, u"Talks resume ##"_s);
    }

    void badFilesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << u"is empty"_s;
        QTest::newRow("blank") << QByteArray(" \n\t\n") << u"holds only white space"_s;
        QTest::newRow("NUL") << QByteArray("text\0more", 9) << u"binary"_s;
        QTest::newRow("Latin-1") << QByteArray("Caf\xE9") << u"not valid UTF-8 (at byte 3)"_s;
        QTest::newRow("overlong") << QByteArray("a\xC0\xAF") << u"not valid UTF-8 (at byte 1)"_s;
        QTest::newRow("surrogate in UTF-8") << QByteArray("a\xED\xA0\x80") << u"not valid UTF-8 (at byte 1)"_s;
        QTest::newRow("controls") << QByteArray("\x01\x02\x03\x04 abc") << u"binary"_s;
        QTest::newRow("UTF-16 odd length") << QByteArray("\xFF\xFE" "a\0b", 5) << u"not valid UTF-16 LE (an odd number of bytes)"_s;
        QTest::newRow("UTF-16 lone surrogate") << QByteArray("\xFF\xFE" "a\0\x00\xD8" "b\0", 8) << u"not valid UTF-16 LE"_s;
        QTest::newRow("UTF-16 with NUL") << QByteArray("\xFE\xFF\0a\0\0\0b", 8) << u"binary"_s;
        // A binary file that happens to start like a UTF-16 byte order mark.
        QByteArray noise("\xFF\xFE");
        for (int i = 0; i < 256; ++i)
            noise += char(i % 7 + 1) + QByteArray(1, char(i % 3));
        QTest::newRow("binary behind a BOM") << noise << u"binary"_s;
        QTest::newRow("HTML without text") << QByteArray("<html><body><script>x()</script></body></html>") << u"has no text"_s;
    }

    void badFilesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        Error error;
        const QString name = reason == u"has no text"_s ? u"dir/f.html"_s : u"dir/f.txt"_s;
        QVERIFY(!ArticleFile::fromBytes(bytes, name, &error));
        QVERIFY2(error.message().startsWith(QDir::toNativeSeparators(u"dir/f."_s)), qPrintable(error.message()));
        QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
    }

    void utf16WithAByteOrderMarkReadsLikeItsUtf8Twin_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("littleEndian");
        QTest::newRow("text LE") << u"notepad.txt"_s << true;
        QTest::newRow("text BE") << u"notepad.txt"_s << false;
        QTest::newRow("markdown LE") << u"notes.md"_s << true;
        QTest::newRow("html BE") << u"page.html"_s << false;
    }

    void utf16WithAByteOrderMarkReadsLikeItsUtf8Twin()
    {
        QFETCH(QString, name);
        QFETCH(bool, littleEndian);
        const QString text = name.endsWith(u".html"_s)
            ? u"<html><head><title>Gespräche 😀</title></head><body><p>«Wir sind bereit», sagte sie.</p></body></html>"_s
            : u"---\ntitle: Переговоры\n---\nΟι συνομιλίες 😀 συνεχίζονται.\r\nZweite Zeile — «ja».\r\n"_s;
        ArticleFile::Encoding encoding = ArticleFile::Encoding::Utf8;
        Error error;
        const auto fromUtf16 = ArticleFile::fromBytes(utf16(text, littleEndian), name, &error, &encoding);
        QVERIFY2(fromUtf16, qPrintable(error.message()));
        QCOMPARE(encoding, littleEndian ? ArticleFile::Encoding::Utf16LE : ArticleFile::Encoding::Utf16BE);
        QCOMPARE(ArticleFile::encodingName(encoding), littleEndian ? u"UTF-16 LE"_s : u"UTF-16 BE"_s);
        const auto fromUtf8 = ArticleFile::fromBytes("\xEF\xBB\xBF" + text.toUtf8(), name, &error, &encoding);
        QVERIFY(fromUtf8);
        QCOMPARE(encoding, ArticleFile::Encoding::Utf8);
        QCOMPARE(fromUtf16->text, fromUtf8->text);
        QCOMPARE(fromUtf16->title, fromUtf8->title);
        QCOMPARE(fromUtf16->contentHash, fromUtf8->contentHash);
        QVERIFY(!fromUtf16->text.isEmpty());
    }

    void readsAFileAndSaysHowItWasDecoded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"unicode.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(utf16(u"Talks\nin Geneva"_s, true));
        f.close();
        ArticleFile::Encoding encoding = ArticleFile::Encoding::Utf8;
        Error error;
        const auto a = ArticleFile::read(path, &error, &encoding);
        QVERIFY2(a, qPrintable(error.message()));
        QCOMPARE(a->text, u"Talks\nin Geneva"_s);
        QCOMPARE(encoding, ArticleFile::Encoding::Utf16LE);
        QVERIFY(!ArticleFile::read(dir.filePath(u"missing.txt"_s), &error));
        QVERIFY(error.message().endsWith(u"no such file"_s));
        QVERIFY(!ArticleFile::read(dir.path(), &error));
        QVERIFY(error.message().endsWith(u"is a folder, not a file"_s));
    }

    void titlesAndMetadataAreBounded()
    {
        // A megabyte title in front matter, a 10 MB <title>, a one-line text of a megabyte.
        const QByteArray longWords = QByteArray("word ").repeated(200'000);
        const auto md = read("---\ntitle: " + longWords + "\nauthor: " + longWords + "\nurl: https://e.org/" + QByteArray(3000, 'x')
                                 + "\nlanguage: " + QByteArray(100, 'x') + "\n---\nText.\n",
                             u"long.md"_s);
        QVERIFY(md);
        QVERIFY(md->title.size() <= Model::Article::maxTitleLength);
        QVERIFY(md->title.endsWith(QChar(0x2026)));
        QVERIFY(md->title.startsWith(u"word word"_s));
        QVERIFY(md->author.size() <= Model::Article::maxNameLength);
        QVERIFY(md->url.isEmpty());      // a URL cut short would be wrong
        QVERIFY(md->language.isEmpty()); // so would a language tag
        const auto html = read("<title>" + QByteArray("x").repeated(10 * 1024 * 1024) + "</title><p>Body.</p>", u"t.html"_s);
        QVERIFY(html);
        QVERIFY(html->title.size() <= Model::Article::maxTitleLength);
        QCOMPARE(html->text, u"Body."_s);
        const auto line = read(longWords, u"line.txt"_s);
        QVERIFY(line);
        QVERIFY(line->title.size() <= Model::Article::maxTitleLength);
        QCOMPARE(line->text.size(), longWords.size());
        // Control characters in a title (a terminal's escape sequences) become spaces.
        const auto escape = read("---\ntitle: \"a\x1B[2Jb\tc\"\n---\n" + QByteArray("Text. ").repeated(100), u"e.md"_s);
        QVERIFY(escape);
        QCOMPARE(escape->title, u"a [2Jb c"_s);
    }

    void displayTitleIsBoundedToo()
    {
        Model::Article a;
        a.title = QString(100'000, u'x');
        QCOMPARE(a.displayTitle().size(), Model::Article::shownTitleLength);
        QVERIFY(a.displayTitle().endsWith(QChar(0x2026)));
        a.title.clear();
        a.text = u"\n\n"_s + QString(5'000'000, u'y');
        QCOMPARE(a.displayTitle().size(), 80);
    }

    void htmlPagesReadAsTheirReferences_data()
    {
        QTest::addColumn<QString>("page");
        const QStringList pages = QDir(htmlData).entryList({u"*.html"_s}, QDir::Files, QDir::Name);
        QVERIFY(pages.size() >= 4);
        for (const QString &page : pages)
            QTest::newRow(qPrintable(page)) << page;
    }

    void htmlPagesReadAsTheirReferences()
    {
        QFETCH(QString, page);
        Error error;
        const auto a = ArticleFile::fromBytes(readAll(htmlData + u'/' + page), page, &error);
        QVERIFY2(a, qPrintable(error.message()));
        const QString refPath = htmlData + u'/' + page + u".ref"_s;
        if (qEnvironmentVariableIntValue("PARLANCE_UPDATE_REFS")) {
            QFile ref(refPath);
            QVERIFY(ref.open(QIODevice::WriteOnly));
            ref.write(dump(*a).toUtf8());
        }
        QCOMPARE(dump(*a), QString::fromUtf8(readAll(refPath)));
    }

    void hostilePagesAreRefusedOrReadInLinearTime_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason"); // empty: read
        QTest::newRow("deep nesting") << "<p>x</p>" + QByteArray("<div>").repeated(100'000) << u"more than 256 deep"_s;
        QTest::newRow("deep, then stray end tags")
            << "<p>x</p>" + QByteArray("<div>").repeated(2'000) + QByteArray("</p>").repeated(100'000) << u"more than 256 deep"_s;
        QTest::newRow("nesting at the limit") << "<p>x</p>" + QByteArray("<span>").repeated(250) << QString();
        QByteArray attributes("<meta ");
        for (int i = 0; i < 20'000; ++i)
            attributes += "a" + QByteArray::number(i) + "=\"\" ";
        QTest::newRow("distinct attributes") << attributes + "><p>x</p>" << u"more than 256 attributes"_s;
        QTest::newRow("one attribute repeated") << "<meta " + QByteArray("name=\"author\" ").repeated(100'000) + "><p>x</p>" << u"more than 256 attributes"_s;
        QTest::newRow("unclosed script") << "<p>x</p><script>" + QByteArray("var a = '<b>x</b>';\n").repeated(100'000) << QString();
        // Attributes the parser would see although a quote, comment or doctype seems to hide them.
        QTest::newRow("behind a doctype literal")
            << "<!DOCTYPE x \"<a b='\">" + attributes + "><p>x</p>'" << u"more than 256 attributes"_s;
        QTest::newRow("behind a text '<'") << "<!x " + attributes + "><p>x</p>" << u"more than 256 attributes"_s;
        QTest::newRow("behind an end tag") << "</\"" + attributes + "><p>x</p>" << u"more than 256 attributes"_s;
        QTest::newRow("after a comment cut by a control character")
            << "<!-- \x01 " + attributes + "><p>x</p> -->" << u"more than 256 attributes"_s;
        QTest::newRow("a long attribute name") << "<meta " + QByteArray(30'000, 'a') + "><p>x</p>" << u"more than 256 attributes"_s;
    }

    void hostilePagesAreRefusedOrReadInLinearTime()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        Error error;
        const auto a = ArticleFile::fromBytes(bytes, u"hostile.html"_s, &error);
        if (reason.isEmpty()) {
            QVERIFY2(a, qPrintable(error.message()));
            QCOMPARE(a->text.left(1), u"x"_s);
        } else {
            QVERIFY(!a);
            QVERIFY2(error.message().contains(reason), qPrintable(error.message()));
        }
    }

    void attributesAreCountedAsTheParserReadsThem()
    {
        QCOMPARE(HtmlReader::mostAttributesInOneTag("<p a=1 b='2' c=\"3\" d>"), 4);
        QCOMPARE(HtmlReader::mostAttributesInOneTag("<p title=\"a b c d e\">"), 1);
        QCOMPARE(HtmlReader::mostAttributesInOneTag("<!-- <p a b c d> --><p a>"), 1);
        QCOMPARE(HtmlReader::mostAttributesInOneTag("<script>x = '<p a b c d>'</script><p a>"), 1);
        QCOMPARE(HtmlReader::mostAttributesInOneTag("<p a=\"x\"b=\"y\"c>"), 3);
        QCOMPARE(HtmlReader::mostAttributesInOneTag("<p \"junk a b>"), 2);
        QCOMPARE(HtmlReader::mostAttributesInOneTag("3<4 a b c"), 0);
    }

    void everyImporterHandlesItsOwnFuzzFindings()
    {
        // Inputs the fuzzer (./dev fuzz) once found crashing or hanging: read again, never crashing.
        const QDir dir(QStringLiteral(PARLANCE_TEST_DATA_DIR "/fuzz/articlefile"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QByteArray bytes = readAll(dir.filePath(file));
            for (const QString &name : {u"f.txt"_s, u"f.md"_s, u"f.html"_s}) {
                Error error;
                const auto a = ArticleFile::fromBytes(bytes, name, &error);
                QVERIFY2(a || bool(error), qPrintable(file));
            }
        }
    }

    void formatComesFromTheSuffixOrTheFirstTag_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::newRow("html suffix") << u"a.HTM"_s << QByteArray("text") << int(ArticleFile::Format::Html);
        QTest::newRow("markdown suffix") << u"a.markdown"_s << QByteArray("<html>") << int(ArticleFile::Format::Markdown);
        QTest::newRow("html by its doctype") << u"a.txt"_s << QByteArray("  <!DOCTYPE html><p>x") << int(ArticleFile::Format::Html);
        QTest::newRow("text") << u"a"_s << QByteArray("<p> is not a page") << int(ArticleFile::Format::Text);
    }

    void formatComesFromTheSuffixOrTheFirstTag()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QCOMPARE(int(ArticleFile::formatOf(name, bytes)), format);
    }

    void whatIsNoFileIsRefused()
    {
        QTemporaryDir dir;
        Error error;
        QVERIFY(!ArticleFile::read(dir.filePath(u"missing.txt"_s), &error));
        QCOMPARE(error.message(), QDir::toNativeSeparators(dir.filePath(u"missing.txt"_s)) + u": no such file"_s);
        QCOMPARE(error.code, Error::NotFound);
        QVERIFY(!ArticleFile::read(dir.path(), &error));
        QVERIFY2(error.message().endsWith(u": is a folder, not a file"_s), qPrintable(error.message()));
        // A pipe would block the reader until someone writes to it.
        const QString fifo = dir.filePath(u"pipe.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!ArticleFile::read(fifo, &error));
        QVERIFY2(error.message().endsWith(u": is not a regular file (a pipe or a device?)"_s), qPrintable(error.message()));
    }

    void aFileOverTheLimitIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ArticleFile::maxSize + 1)); // sparse: no need to write 20 MB
        file.close();
        Error error;
        QVERIFY(!ArticleFile::read(path, &error));
        QVERIFY2(error.message().contains(u"is too large"_s), qPrintable(error.message()));
    }
};

QTEST_GUILESS_MAIN(TestArticleFile)
#include "tst_articlefile.moc"
