// SPDX-License-Identifier: GPL-2.0-or-later
// ArticleView and CompareView on articles that used to hang or crash them: a paragraph of
// megabytes (shown as several blocks at spaces, with the article's offsets unchanged) and titles
// of a million characters (cut when drawn).
#include "articleview.h"
#include "compareview.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMimeData>
#include <QTest>
#include <QTextBlock>

#include <algorithm>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

Model::Article onePargraph(qint64 id, qsizetype characters)
{
    Model::Article a;
    a.id = id;
    a.title = u"One paragraph"_s;
    const QString sentence = u"The envoys met again and said \u201Cwe are close\u201D to a deal. "_s;
    a.text.reserve(characters + sentence.size());
    while (a.text.size() < characters)
        a.text += sentence;
    return a;
}

} // namespace

class TestArticleView final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aLongParagraphIsShownInBlocksWithTheSameOffsets()
    {
        const Model::Article article = onePargraph(1, 200'000);
        Ui::ArticleView view;
        view.resize(800, 600);
        view.setArticle(article);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTextDocument *doc = view.document();
        // Blocks of at most 1,500 characters, not one of 200,000.
        QVERIFY(doc->blockCount() > 200'000 / 1'500);
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
            QVERIFY(b.length() <= 1'501);
        // One character for one: the document is the article's text with some spaces as breaks.
        const QString shown = doc->toPlainText();
        QCOMPARE(shown.size(), article.text.size());
        for (qsizetype i = 0; i < shown.size(); ++i) {
            if (shown[i] != article.text[i])
                QVERIFY2(shown[i] == u'\n' && article.text[i] == u' ', qPrintable(QString::number(i)));
        }

        // Selecting and copying across a break gives the article's own text.
        const int firstBreak = int(shown.indexOf(u'\n'));
        QVERIFY(firstBreak > 700);
        const Model::Span across(firstBreak - 50, firstBreak + 50);
        view.selectSpan(across);
        QCOMPARE(view.selectedSpan(), across);
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), across.textIn(article.text).toString());

        // An annotation past a break is highlighted where it is.
        Model::Annotation a;
        a.id = 1;
        a.kind = Model::AnnotationKind::Quote;
        a.origin = Model::Origin::Manual;
        a.span = {150'000, 150'040};
        view.setAnnotations({a}, {});
        view.selectAnnotation(1);
        QCOMPARE(view.selectedSpan(), a.span);
    }

    void aLongTitleIsCutInTheColumnHeader()
    {
        Model::Article first = onePargraph(1, 1'000);
        first.title = QString(1'000'000, u'x');
        Model::Article second = onePargraph(2, 1'000);
        second.title = u"Short"_s;
        Ui::CompareView compare;
        compare.resize(1000, 700);
        compare.setArticles({first, second});
        compare.show();
        QVERIFY(QTest::qWaitForWindowExposed(&compare));
        const QList<QLabel *> headers = compare.findChildren<QLabel *>(u"ColumnHeader"_s);
        QCOMPARE(headers.size(), 2);
        for (QLabel *header : headers) {
            QVERIFY(header->text().size() < 200);
            QVERIFY(header->height() < compare.height() / 3);
        }
        const auto firstHeader = std::find_if(headers.cbegin(), headers.cend(), [](QLabel *h) { return h->text().startsWith(u"1. "_s); });
        QVERIFY(firstHeader != headers.cend());
        QVERIFY((*firstHeader)->text().endsWith(QChar(0x2026)));
        QVERIFY(compare.view(0)->height() > compare.height() / 2);
        // It paints (this crashed in QTextLayout::drawCursor).
        compare.view(0)->setFocus();
        QTest::keyClick(compare.view(0), Qt::Key_End, Qt::ControlModifier);
        QVERIFY(!compare.view(0)->grab().isNull());
    }
};

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
