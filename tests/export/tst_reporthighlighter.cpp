// SPDX-License-Identifier: GPL-2.0-or-later
// The report's highlighting is the article view's: same definition, theme and overlays, character
// for character.
#include "highlight/articlehighlighter.h"
#include "highlight/reporthighlighter.h"
#include "highlight/syntaxrepository.h"
#include "reportfixture.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

// The properties that show; a foreground equal to the theme's plain text colour is what plain
// text looks like anyway (SyntaxHighlighter sets it on every run, the report on the page).
QMap<int, QVariant> visible(QTextCharFormat f, const QColor &plainText)
{
    if (f.hasProperty(QTextFormat::ForegroundBrush) && f.foreground().color() == plainText)
        f.clearProperty(QTextFormat::ForegroundBrush);
    return f.properties();
}

} // namespace

class TestReportHighlighter final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesTheArticleView_data()
    {
        QTest::addColumn<int>("article");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("wordMarks");
        QTest::newRow("hostile text, light") << 0 << false << false;
        QTest::newRow("hostile text, dark") << 0 << true << false;
        QTest::newRow("linked quote word marks") << 1 << false << true;
    }

    void matchesTheArticleView()
    {
        QFETCH(int, article);
        QFETCH(bool, dark);
        QFETCH(bool, wordMarks);
        const Export::ReportData data = ParlanceTest::sampleReport();
        const Export::ReportArticle &entry = data.articles[article];
        const QString &text = entry.article.text;
        QHash<qint64, QColor> categoryColors;
        for (const Model::CodebookCategory &c : data.categories)
            categoryColors.insert(c.id, c.color);
        QList<Analysis::WordMark> words;
        if (wordMarks)
            words = data.linkedQuotes.value(0).diff.b;
        QVERIFY(!wordMarks || !words.isEmpty());

        Highlight::SyntaxRepository &syntax = Highlight::SyntaxRepository::instance();
        QVERIFY(syntax.definition().isValid());
        const KSyntaxHighlighting::Theme theme = dark ? syntax.darkTheme() : syntax.lightTheme();

        QTextDocument document(text);
        Highlight::ArticleHighlighter view(&document);
        view.setDarkMode(dark);
        view.setDefinition(syntax.definition());
        view.setTheme(theme);
        view.setAnnotations(entry.annotations, categoryColors);
        view.setWordMarks(words);
        view.rehighlight();

        Highlight::ReportHighlighter report;
        report.setDarkMode(dark);
        report.setDefinition(syntax.definition());
        report.setTheme(theme);
        const QList<Highlight::ReportHighlighter::Run> runs =
            report.highlight(text, report.marksFor(entry.annotations, categoryColors) + report.wordMarks(words));

        // The runs cover the text, in order, without gaps.
        QVERIFY(!runs.isEmpty());
        QCOMPARE(runs.first().span.start, 0);
        QCOMPARE(runs.last().span.end, int(text.size()));
        for (qsizetype i = 1; i < runs.size(); ++i)
            QCOMPARE(runs[i].span.start, runs[i - 1].span.end);

        const QColor plain = report.textColor();
        int compared = 0, styled = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            QList<QTextCharFormat> expected(block.length());
            for (const QTextLayout::FormatRange &r : block.layout()->formats())
                for (int i = r.start; i < r.start + r.length && i < expected.size(); ++i)
                    expected[i] = r.format;
            for (int i = 0; i + 1 < block.length(); ++i) { // not the block separator
                const int pos = block.position() + i;
                const auto run = std::find_if(runs.cbegin(), runs.cend(),
                                              [&](const auto &r) { return r.span.contains(pos); });
                QVERIFY(run != runs.cend());
                const QMap<int, QVariant> want = visible(expected[i], plain);
                QVERIFY2(visible(run->format, plain) == want,
                         qPrintable(u"at %1 ('%2')"_s.arg(pos).arg(text.mid(pos, 12))));
                ++compared;
                styled += want.isEmpty() ? 0 : 1;
            }
        }
        QVERIFY(compared > 50);
        QVERIFY(styled > 20); // the comparison is not between two unstyled texts
    }

    void annotatedFlagFollowsTheAnnotations()
    {
        const Export::ReportData data = ParlanceTest::sampleReport();
        const QString &text = data.articles[0].article.text;
        Highlight::ReportHighlighter report; // no definition: overlays only
        const auto runs = report.highlight(text, report.marksFor(data.articles[0].annotations, {}));
        QString annotated;
        for (const auto &r : runs)
            if (r.annotated)
                annotated += r.span.textIn(text);
        QVERIFY(annotated.contains(u"the envoy said"_s));
        QVERIFY(!annotated.contains(u"Negotiators"_s));
        QVERIFY(annotated.contains(QString::fromUtf8("\xF0\x9F\xA4\x9D"))); // a whole emoji inside a quote
    }
};

QTEST_MAIN(TestReportHighlighter)
#include "tst_reporthighlighter.moc"
