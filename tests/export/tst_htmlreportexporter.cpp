// SPDX-License-Identifier: GPL-2.0-or-later
#include "export/exportutil.h"
#include "export/htmlreportexporter.h"
#include "reportfixture.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

QString unescape(QString html)
{
    html.replace(u"&lt;"_s, u"<"_s);
    html.replace(u"&gt;"_s, u">"_s);
    html.replace(u"&quot;"_s, u"\""_s);
    html.replace(u"&#39;"_s, u"'"_s);
    html.replace(u"&amp;"_s, u"&"_s);
    return html;
}

/// The pieces of an element's content: (class of the enclosing span or empty, unescaped text).
QList<std::pair<QString, QString>> pieces(const QString &html)
{
    QList<std::pair<QString, QString>> result;
    static const QRegularExpression piece(u"<span class=\"([a-z0-9]+)\">([^<]*)</span>|([^<]+)"_s);
    for (const QRegularExpressionMatch &m : piece.globalMatch(html)) {
        if (m.capturedLength(3))
            result.append({QString(), unescape(m.captured(3))});
        else
            result.append({m.captured(1), unescape(m.captured(2))});
    }
    return result;
}

/// The article text blocks of the report, in order.
QStringList articleDivs(const QString &html)
{
    QStringList divs;
    static const QRegularExpression div(u"<div class=\"text\">(.*?)</div>"_s, QRegularExpression::DotMatchesEverythingOption);
    for (const QRegularExpressionMatch &m : div.globalMatch(html))
        divs.append(m.captured(1));
    return divs;
}

/// The CSS of a class, from the report's style sheet.
QString cssOf(const QString &html, const QString &cls)
{
    const QRegularExpression rule(u"\\."_s + cls + u"\\{([^}]*)\\}"_s);
    return rule.match(html).captured(1);
}

} // namespace

class TestHtmlReportExporter final : public QObject {
    Q_OBJECT
private:
    QString m_html;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = QStringLiteral(PARLANCE_TEST_OUTPUT_DIR "/report.html");
        Error error;
        QVERIFY2(Export::HtmlReportExporter().write(ParlanceTest::sampleReport(), path, &error), qPrintable(error.message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_html = QString::fromUtf8(file.readAll());
    }

    void hasNoScriptAndNoExternalResource_data()
    {
        QTest::addColumn<QString>("forbidden");
        for (const char *s : {"<script", "<iframe", "<img", "<link", "<object", "<embed", "<base", " src=", " on",
                              "url(", "javascript:", "@import"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void hasNoScriptAndNoExternalResource()
    {
        QFETCH(QString, forbidden);
        // Outside of our own attribute names, " on" can only appear in text, where it is harmless:
        // look for it as an attribute (" on…=").
        if (forbidden == u" on") {
            static const QRegularExpression handler(u"<[^>]*\\son[a-z]+\\s*="_s, QRegularExpression::CaseInsensitiveOption);
            QVERIFY(!handler.match(m_html).hasMatch());
            return;
        }
        QVERIFY2(!m_html.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden));
    }

    void carriesARestrictiveContentSecurityPolicy()
    {
        QVERIFY(m_html.contains(u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                                u"style-src 'unsafe-inline';"_s));
        QVERIFY(m_html.indexOf(u"Content-Security-Policy"_s) < m_html.indexOf(u"<title>"_s));
        QVERIFY(m_html.startsWith(u"<!DOCTYPE html>"_s));
    }

    void escapesMetadata()
    {
        QVERIFY(m_html.contains(u"Talks &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;ceasefire&quot; \u2407"_s));
        QVERIFY(m_html.contains(u"The &lt;i&gt;Daily&lt;/i&gt; &amp; &quot;Wire&quot;\u2401"_s));
        QVERIFY(m_html.contains(u"Sam O&#39;Brien"_s));
        QVERIFY(m_html.contains(u"https://example.org/talks?a=1&amp;b=2"_s));
        QVERIFY(m_html.contains(u"minister &lt;of&gt; &quot;things&quot;"_s));
        // Control characters never reach the file.
        static const QRegularExpression controls(u"[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]"_s);
        QVERIFY(!controls.match(m_html).hasMatch());
    }

    void articleTextSurvivesCharacterForCharacter()
    {
        const Export::ReportData data = ParlanceTest::sampleReport();
        const QStringList divs = articleDivs(m_html);
        QCOMPARE(divs.size(), data.articles.size());
        for (qsizetype i = 0; i < divs.size(); ++i) {
            QString text;
            for (const auto &[cls, piece] : pieces(divs[i]))
                text += piece;
            QCOMPARE(text, Export::cleanText(data.articles[i].article.text));
        }
        // Right-to-left text is kept and each line takes its own direction.
        QVERIFY(m_html.contains(QString::fromUtf8("\xD7\x9E\xD7\x97\xD7\xA8 \xD7\xA0\xD7\x93\xD7\x91\xD7\xA8")));
        QVERIFY(m_html.contains(u"unicode-bidi:plaintext"_s));
    }

    // After characters outside the BMP, highlights still cover exactly their annotation's text:
    // the italic runs (quotes) of the first article are the two quotes.
    void highlightsStayOnTheirTextAfterEmoji()
    {
        const Export::ReportData data = ParlanceTest::sampleReport();
        const QString div = articleDivs(m_html).value(0);
        QStringList italicRuns;
        bool inRun = false;
        for (const auto &[cls, piece] : pieces(div)) {
            const bool italic = !cls.isEmpty() && cssOf(m_html, cls).contains(u"font-style:italic"_s);
            if (italic && inRun)
                italicRuns.last() += piece;
            else if (italic)
                italicRuns.append(piece);
            inRun = italic;
        }
        QStringList quotes;
        for (const Model::Annotation &a : data.articles[0].annotations)
            if (a.kind == Model::AnnotationKind::Quote)
                quotes.append(a.exact);
        QCOMPARE(italicRuns, quotes);
    }

    void hasEverySection()
    {
        for (const QString &title : {u"Who said what"_s, u"Who committed to what"_s, u"Legend"_s, u"Actors"_s, u"Notes"_s, u"Linked quotes"_s})
            QVERIFY2(m_html.contains(u"\">"_s + title + u"</h2>"_s), qPrintable(title));
        // Who said what: per article, the speaker with role, the kind of source, the quote.
        QVERIFY(m_html.contains(u"<tr><td><span class=\"f1\">Ana Moreau</span><span class=\"f0\">\nspecial envoy</span></td><td>named</td>"_s));
        // Who committed to what: condition and time under the sentence, type, strength in words, addressee, article.
        QVERIFY(m_html.contains(u"if the shelling stops · next week</span></td><td>promise</td><td>strong</td>"_s));
        // Both charts inline as SVG, described in words.
        QCOMPARE(m_html.count(u"<svg"_s), 2);
        QVERIFY(m_html.contains(u"<desc>Commitments by type and strength: promise 1 (1 strong); offer 1 (1 weak); refusal 1 (1 very weak)</desc>"_s));
        QVERIFY(m_html.contains(u"refusal, negated"_s));
        // Actor index with aliases.
        QVERIFY(m_html.contains(u"the envoy; Moreau"_s));
        // The note, escaped, line break kept as text.
        QVERIFY(m_html.contains(u"Check\twith &lt;the&gt; wire,\nsecond line"_s));
        // The linked quote with its differing words.
        QVERIFY(m_html.contains(u"82%"_s) || m_html.contains(u"%</td>"_s));
    }

    void linkedQuotesMarkTheDifferingWords()
    {
        const Export::ReportData data = ParlanceTest::sampleReport();
        QCOMPARE(data.linkedQuotes.size(), 1);
        const qsizetype at = m_html.indexOf(u"id=\"linked\""_s);
        QVERIFY(at > 0);
        const QString section = m_html.mid(at);
        // "next week" vs "soon": marked as the compare view marks them (a wavy or dashed underline).
        bool nextMarked = false, soonMarked = false;
        for (const auto &[cls, piece] : pieces(section)) {
            const QString css = cssOf(m_html, cls);
            if (css.contains(u"text-decoration-style:wavy"_s) || css.contains(u"text-decoration-style:dashed"_s)) {
                nextMarked |= piece.contains(u"next"_s) || piece.contains(u"week"_s);
                soonMarked |= piece.contains(u"soon"_s);
            }
        }
        QVERIFY(nextMarked);
        QVERIFY(soonMarked);
    }

    void darkThemeChangesColours()
    {
        Export::ExportOptions options;
        options.darkTheme = true;
        const QString dark = Export::HtmlReportExporter(options).toHtml(ParlanceTest::sampleReport());
        // The page takes the theme's plain text colours: light text on a dark page.
        static const QRegularExpression page(u"body\\{color:(#[0-9a-f]{6});background:(#[0-9a-f]{6})\\}"_s);
        const QRegularExpressionMatch darkPage = page.match(dark);
        const QRegularExpressionMatch lightPage = page.match(m_html);
        QVERIFY(darkPage.hasMatch() && lightPage.hasMatch());
        QVERIFY(QColor::fromString(darkPage.captured(2)).lightness() < 100);
        QVERIFY(QColor::fromString(darkPage.captured(1)).lightness() > 150);
        QVERIFY(QColor::fromString(lightPage.captured(2)).lightness() > 200);
        QVERIFY(QColor::fromString(lightPage.captured(1)).lightness() < 100);
    }
};

QTEST_MAIN(TestHtmlReportExporter)
#include "tst_htmlreportexporter.moc"
