// SPDX-License-Identifier: GPL-2.0-or-later
// ArticleFile: one file into one article. Plain text and Markdown are kept as written (front
// matter taken as the article's details), HTML is stripped to its paragraphs, and every kind of
// bad input is refused with one line that names the file and says why.
#include "import/articlefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TestArticleFile final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void textIsKeptAsWrittenWithLineEndsMadeOne()
    {
        const QString path = write(u"talks.txt"_s, "\xEF\xBB\xBFTalks in Vienna\r\n\r\nThe minister said: \xE2\x80\x9CWe will return.\xE2\x80\x9D\rEnd.");
        QString error;
        const std::optional<Model::Article> article = Import::ArticleFile::read(path, &error);
        QVERIFY2(article, qPrintable(error));
        QCOMPARE(article->text, u"Talks in Vienna\n\nThe minister said: \u201CWe will return.\u201D\nEnd."_s);
        QCOMPARE(article->title, u"Talks in Vienna"_s);
        QCOMPARE(article->contentHash, Model::Article::hashText(article->text));
    }

    void frontMatterGivesTheDetails()
    {
        const QString path = write(u"note.md"_s,
                                   "---\ntitle: \"Ceasefire talks\"\noutlet: Wire\nauthor: A. Reporter\nurl: https://example.org/a\n"
                                   "date: 2025-03-04T10:00:00Z\nlang: en\n---\n\n# Heading\n\nBody text.\n");
        QString error;
        const std::optional<Model::Article> article = Import::ArticleFile::read(path, &error);
        QVERIFY2(article, qPrintable(error));
        QCOMPARE(article->title, u"Ceasefire talks"_s);
        QCOMPARE(article->outlet, u"Wire"_s);
        QCOMPARE(article->author, u"A. Reporter"_s);
        QCOMPARE(article->url, u"https://example.org/a"_s);
        QCOMPARE(article->published, QDate(2025, 3, 4));
        QCOMPARE(article->language, u"en"_s);
        QCOMPARE(article->text, u"# Heading\n\nBody text.\n"_s); // Markdown is kept as text
    }

    void htmlIsStrippedToItsParagraphs()
    {
        const QString path = write(u"page.html"_s, R"(<!doctype html><html lang="de"><head><title>Gespr&auml;che</title>
<meta name="author" content="B. Autor"><meta property="og:site_name" content="Zeitung">
<meta property="article:published_time" content="2025-05-06T08:00:00+02:00">
<style>p { color: red }</style><script>var hidden = "not text";</script></head>
<body><p>Erster&nbsp;Absatz.</p><div>Zweiter <b>Absatz</b>.</div></body></html>)");
        QString error;
        const std::optional<Model::Article> article = Import::ArticleFile::read(path, &error);
        QVERIFY2(article, qPrintable(error));
        QCOMPARE(article->text, u"Erster Absatz.\n\nZweiter Absatz."_s);
        QCOMPARE(article->title, u"Gespräche"_s);
        QCOMPARE(article->author, u"B. Autor"_s);
        QCOMPARE(article->outlet, u"Zeitung"_s);
        QCOMPARE(article->published, QDate(2025, 5, 6));
        QCOMPARE(article->language, u"de"_s);
    }

    void formatComesFromTheSuffixOrTheFirstTag_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::newRow("html suffix") << u"a.HTM"_s << QByteArray("text") << int(Import::ArticleFile::Format::Html);
        QTest::newRow("markdown suffix") << u"a.markdown"_s << QByteArray("<html>") << int(Import::ArticleFile::Format::Markdown);
        QTest::newRow("html by its doctype") << u"a.txt"_s << QByteArray("  <!DOCTYPE html><p>x") << int(Import::ArticleFile::Format::Html);
        QTest::newRow("text") << u"a"_s << QByteArray("<p> is not a page") << int(Import::ArticleFile::Format::Text);
    }

    void formatComesFromTheSuffixOrTheFirstTag()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QCOMPARE(int(Import::ArticleFile::formatOf(name, bytes)), format);
    }

    void badInputIsRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << u"is empty"_s;
        QTest::newRow("white space") << QByteArray(" \n\t\n") << u"holds only white space"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("Caf\xE9 au lait") << u"is not valid UTF-8 (at byte 3)"_s;
        QTest::newRow("invalid UTF-8 after a BOM") << QByteArray("\xEF\xBB\xBFok \xC0\xAF") << u"is not valid UTF-8 (at byte 6)"_s;
        QTest::newRow("a surrogate") << QByteArray("x \xED\xA0\x80") << u"is not valid UTF-8 (at byte 2)"_s;
        QTest::newRow("a NUL byte") << QByteArray("text\0more", 9) << u"is a binary file, not text"_s;
        QTest::newRow("control characters") << QByteArray("\x01\x02\x03\x04 ab") << u"is a binary file, not text"_s;
        QTest::newRow("front matter only") << QByteArray("---\ntitle: x\n---\n") << u"has no text"_s;
    }

    void badInputIsRefusedWithAReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = write(u"bad.txt"_s, bytes);
        QVERIFY(!path.isEmpty());
        QString error;
        QVERIFY(!Import::ArticleFile::read(path, &error));
        QCOMPARE(error, path + u": "_s + reason);
    }

    void whatIsNoFileIsRefused()
    {
        QString error;
        QVERIFY(!Import::ArticleFile::read(m_dir.filePath(u"missing.txt"_s), &error));
        QVERIFY2(error.endsWith(u": no such file"_s), qPrintable(error));
        QVERIFY(!Import::ArticleFile::read(m_dir.path(), &error));
        QVERIFY2(error.endsWith(u": is a folder, not a file"_s), qPrintable(error));
        // A pipe would block the reader until someone writes to it.
        const QString fifo = m_dir.filePath(u"pipe.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!Import::ArticleFile::read(fifo, &error));
        QVERIFY2(error.endsWith(u": is not a regular file (a pipe or a device?)"_s), qPrintable(error));
    }

    void aFileOverTheLimitIsRefusedUnread()
    {
        const QString path = m_dir.filePath(u"huge.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(Import::ArticleFile::maxSize + 1)); // sparse: no need to write 20 MB
        file.close();
        QString error;
        QVERIFY(!Import::ArticleFile::read(path, &error));
        QVERIFY2(error.contains(u"is too large"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestArticleFile)
#include "tst_articlefile.moc"
