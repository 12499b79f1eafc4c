// SPDX-License-Identifier: GPL-2.0-or-later
#include "highlight/syntaxrepository.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/State>

#include <QPalette>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Parlance::Highlight::SyntaxRepository;

namespace {

// Records what the definition does to one line: the format name applied at each offset.
class FormatRecorder final : public KSyntaxHighlighting::AbstractHighlighter {
public:
    QStringList formatsOf(const QString &line)
    {
        m_names = QStringList(line.size());
        highlightLine(line, KSyntaxHighlighting::State());
        return m_names;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        for (int i = offset; i < offset + length && i < m_names.size(); ++i)
            m_names[i] = format.name();
    }

private:
    QStringList m_names;
};

} // namespace

class TestSyntaxRepository final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void definitionLoadsFromResources()
    {
        const KSyntaxHighlighting::Definition def = SyntaxRepository::instance().definition();
        QVERIFY(def.isValid());
        QCOMPARE(def.name(), u"Parlance News"_s);
        QStringList names;
        for (const KSyntaxHighlighting::Format &f : def.formats())
            names.append(f.name());
        for (const QString &expected : {u"Quote"_s, u"Quote Mark"_s, u"Reporting Verb"_s, u"Modal"_s,
                                        u"Commissive"_s, u"Hedge"_s, u"Time"_s, u"Actor"_s})
            QVERIFY2(names.contains(expected), qPrintable(expected));
    }

    void choosesThemeForPalette_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("quoteColor");
        QTest::newRow("light") << QColor(u"#fdfdfd"_s) << u"Parlance Light"_s << u"#00615c"_s;
        QTest::newRow("dark") << QColor(u"#202124"_s) << u"Parlance Dark"_s << u"#6fd3c8"_s;
    }
    void choosesThemeForPalette()
    {
        QFETCH(QColor, base);
        QFETCH(QString, theme);
        QFETCH(QString, quoteColor);
        QPalette palette;
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::Window, base);
        const KSyntaxHighlighting::Theme t = SyntaxRepository::instance().themeForPalette(palette);
        QVERIFY(t.isValid());
        QCOMPARE(t.name(), theme);
        // The theme's custom style for "Parlance News" reaches the definition's formats.
        for (const KSyntaxHighlighting::Format &f : SyntaxRepository::instance().definition().formats()) {
            if (f.name() == u"Quote")
                QCOMPARE(f.textColor(t).name(), quoteColor);
        }
    }

    void highlightsLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("word"); // the first occurrence of this text is checked
        QTest::addColumn<QString>("format");
        const QString line = u"Vos said “we will certainly pledge aid” next week, perhaps on Friday."_s;
        QTest::newRow("plain word") << line << u"Vos"_s << u"Normal Text"_s;
        QTest::newRow("reporting verb") << line << u"said"_s << u"Reporting Verb"_s;
        QTest::newRow("opening mark") << line << u"“"_s << u"Quote Mark"_s;
        QTest::newRow("quoted word") << line << u"we"_s << u"Quote"_s;
        QTest::newRow("modal inside a quote") << line << u"will"_s << u"Modal"_s;
        QTest::newRow("booster") << line << u"certainly"_s << u"Hedge"_s;
        QTest::newRow("commissive") << line << u"pledge"_s << u"Commissive"_s;
        QTest::newRow("closing mark") << line << u"”"_s << u"Quote Mark"_s;
        QTest::newRow("time phrase") << line << u"next week"_s << u"Time"_s;
        QTest::newRow("hedge") << line << u"perhaps"_s << u"Hedge"_s;
        QTest::newRow("weekday") << line << u"Friday"_s << u"Time"_s;
        const QString single = u"They called it 'Borduria's plan' and left."_s;
        QTest::newRow("single quote opens") << single << u"'B"_s << u"Quote Mark"_s;
        QTest::newRow("apostrophe stays inside") << single << u"'s plan"_s << u"Quote"_s;
        QTest::newRow("single quote closes") << single << u"' and"_s << u"Quote Mark"_s;
        QTest::newRow("after the quote") << single << u"left"_s << u"Normal Text"_s;
        const QString french = u"Il a dit «nous verrons» puis „gut“ und ‹oui›."_s;
        QTest::newRow("guillemets") << french << u"nous"_s << u"Quote"_s;
        QTest::newRow("low-high quotes") << french << u"gut"_s << u"Quote"_s;
        QTest::newRow("single guillemets") << french << u"oui"_s << u"Quote"_s;
        QTest::newRow("between quotes") << french << u"und"_s << u"Normal Text"_s;
        QTest::newRow("unclosed quote ends with the line")
            << u"He said “we will stay"_s << u"stay"_s << u"Quote"_s;
        QTest::newRow("deadline phrase") << u"The aid arrives by the end of the month."_s << u"end of the month"_s
                                         << u"Time"_s;
    }
    void highlightsLine()
    {
        QFETCH(QString, line);
        QFETCH(QString, word);
        QFETCH(QString, format);
        FormatRecorder recorder;
        recorder.setDefinition(SyntaxRepository::instance().definition());
        recorder.setTheme(SyntaxRepository::instance().lightTheme());
        const QStringList formats = recorder.formatsOf(line);
        const qsizetype at = line.indexOf(word);
        QVERIFY(at >= 0);
        QCOMPARE(formats[at], format);
        // A word or phrase (letters and spaces only) has the format throughout.
        const bool plain = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter() || c == u' '; });
        for (qsizetype i = at; plain && i < at + word.size(); ++i)
            QCOMPARE(formats[i], format);
    }

    void actorNamesMatchWholeAndWithTheirCase_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        const QStringList trump{u"Donald Trump"_s, u"Trump"_s};
        QTest::newRow("longest name wins") << trump << u"Donald Trump and Trump met."_s
                                           << QStringList{u"Donald Trump"_s, u"Trump"_s};
        QTest::newRow("no-break space inside a name") << trump << u"Donald\u00a0Trump spoke"_s
                                                      << QStringList{u"Donald\u00a0Trump"_s};
        QTest::newRow("possessive") << trump << u"Trump\u2019s plan"_s << QStringList{u"Trump"_s};
        QTest::newRow("not a word of a name") << QStringList{u"White House"_s, u"Frank Ellis"_s}
                                              << u"house arrest, a frank talk, White House aides"_s
                                              << QStringList{u"White House"_s};
        QTest::newRow("case counts") << QStringList{u"Frank"_s} << u"frank, Frank"_s << QStringList{u"Frank"_s};
        QTest::newRow("not inside a word") << QStringList{u"Iran"_s} << u"Iranian officials"_s << QStringList{};
        QTest::newRow("alias with function words") << QStringList{u"the Secretary of State"_s}
                                                   << u"the Secretary of State said; the secretary of state"_s
                                                   << QStringList{u"the Secretary of State"_s};
        QTest::newRow("signs in a name") << QStringList{u"U.N."_s, u"C++"_s} << u"the U.N. said UxNx"_s
                                         << QStringList{u"U.N."_s};
        QTest::newRow("one letter is no name") << QStringList{u"A"_s} << u"A plan"_s << QStringList{};
    }

    void actorNamesMatchWholeAndWithTheirCase()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QStringList got;
        for (const Parlance::Model::Span &s : Parlance::Highlight::ActorNameMatcher(names).find(text))
            got << s.textIn(text).toString();
        QCOMPARE(got, found);
    }
};

QTEST_MAIN(TestSyntaxRepository)
#include "tst_syntaxrepository.moc"
