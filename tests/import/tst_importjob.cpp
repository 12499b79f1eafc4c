// SPDX-License-Identifier: GPL-2.0-or-later
// The one import job (command line and window): sources in order on every core, each article stored
// with its suggestions in one transaction, duplicates and bad files named, cancelling leaves
// nothing half-written.
#include "analysis/analyzer.h"
#include "import/importjob.h"
#include "projectfixture.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace Parlance;
using namespace Parlance::Test;
using namespace Qt::StringLiterals;
using Import::ImportOutcome;

class TestImportJob final : public QObject {
    Q_OBJECT
    std::shared_ptr<const Analysis::Analyzer> m_analyzer;

    QString file(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
    {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            return {};
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_analyzer = std::make_shared<const Analysis::Analyzer>();
    }

    void importsInTheOrderGivenAndNamesWhatItSkips()
    {
        ProjectFixture f;
        QVERIFY(f.open() && f.fill());
        QList<Import::ImportSource> sources;
        QList<ImportOutcome::Kind> expected;
        for (int i = 0; i < 40; ++i) {
            // Every fifth a copy of the one before, every seventh unreadable.
            QByteArray text = "Report " + QByteArray::number(i % 5 == 4 ? i - 1 : i)
                + "\n\n\xE2\x80\x9CWe will meet again,\xE2\x80\x9D Foreign Minister Lena Brandt said.\n";
            if (i % 7 == 6)
                text = "Caf\xE9";
            sources.append(Import::ImportSource::file(file(f.dir, u"report-%1.txt"_s.arg(i), text)));
            expected.append(i % 7 == 6 ? ImportOutcome::Failed : i % 5 == 4 && (i - 1) % 7 != 6 ? ImportOutcome::SameAsEarlier
                                                                                                    : ImportOutcome::Stored);
        }
        sources.append(Import::ImportSource::file(f.dir.filePath(u"missing.txt"_s)));
        expected.append(ImportOutcome::Failed);
        Model::Article known;
        known.text = firstText();
        sources.append(Import::ImportSource::text(known));
        expected.append(ImportOutcome::AlreadyInProject);

        Import::ImportJob job(*f.project, m_analyzer, {});
        QList<ImportOutcome::Kind> heard;
        connect(&job, &Import::ImportJob::outcome, this, [&](const ImportOutcome &o) { heard.append(o.kind); });
        QSignalSpy changed(f.project.get(), &Storage::Project::articlesChanged);
        const Import::ImportReport report = job.run(sources);
        QCOMPARE(heard, expected);
        QVERIFY(!report.cancelled);
        QCOMPARE(report.outcomes.last().articleId, f.first);
        QVERIFY(report.outcomes[4].earlierSource.endsWith(u"report-3.txt"_s));
        QVERIFY2(report.outcomes[6].error.message().contains(u"report-6.txt"_s), qPrintable(report.outcomes[6].error.message()));
        QVERIFY(changed.count() >= 1); // the first connection heard of them
        // Numbered in the order given, each with its suggestions and their speaker.
        const QList<Storage::ArticleSummary> articles = f.project->articles();
        QCOMPARE(articles.size(), 2 + report.count(ImportOutcome::Stored));
        QStringList titles;
        for (qsizetype i = 2; i < articles.size(); ++i) {
            titles << articles[i].title;
            QVERIFY2(articles[i].quoteCount > 0, qPrintable(articles[i].title));
        }
        QCOMPARE(titles.first(), u"Report 0"_s);
        QCOMPARE(titles.last(), u"Report 38"_s);
        QVERIFY(std::is_sorted(titles.cbegin(), titles.cend(), [](const QString &a, const QString &b) {
            return a.section(u' ', 1).toInt() < b.section(u' ', 1).toInt();
        }));
        QVERIFY(f.project->actorIdForName(u"Lena Brandt"_s));
    }

    void cancelledImportLeavesNothingHalfWritten()
    {
        ProjectFixture f;
        QVERIFY(f.open() && f.fill());
        const QStringList before = f.state();
        // A long text first: cancelled while it is analysed, nothing of the rest is written either.
        QByteArray longText = "A long day of talks\n\n";
        const QByteArray paragraph = firstText().section(u'\n', 2, 2).toUtf8();
        for (int i = 0; longText.size() < 4 * 1024 * 1024; ++i)
            longText += "Hour " + QByteArray::number(i) + ". " + paragraph + "\n\n";
        const QList<Import::ImportSource> sources{
            Import::ImportSource::file(file(f.dir, u"long.txt"_s, longText)),
            Import::ImportSource::file(file(f.dir, u"short.txt"_s, "A short one\n\nThe talks resume.\n")),
        };
        Import::ImportJob job(*f.project, m_analyzer, {});
        QSignalSpy finished(&job, &Import::ImportJob::finished);
        job.start(sources);
        QTest::qWait(200); // reading done, analysing the long text
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const Import::ImportReport report = job.report();
        QVERIFY(report.cancelled);
        QCOMPARE(report.count(ImportOutcome::NotDone), 2);
        QCOMPARE(f.state(), before);
        QVERIFY(report.summary().contains(u"cancelled, 2 not imported"_s));
    }

    void aStoredArticleHasItsSuggestions()
    {
        // With the analysis each article comes with its suggestions, in the same transaction; without,
        // alone. Either way the project's counts agree with its rows.
        ProjectFixture f;
        QVERIFY(f.open() && f.fill());
        const QString path = file(f.dir, u"one.txt"_s, "Talks\n\n\xE2\x80\x9CWe will sign,\xE2\x80\x9D the envoy said.\n");
        Import::ImportJob bare(*f.project, nullptr, {.analyse = false});
        QCOMPARE(bare.run({Import::ImportSource::file(path)}).count(ImportOutcome::Stored), 1);
        const qint64 id = f.project->articles().last().id;
        QVERIFY(f.project->annotations(id).isEmpty());
        Import::ImportJob again(*f.project, m_analyzer, {});
        const Import::ImportReport report = again.run({Import::ImportSource::analysisOf(id)});
        QCOMPARE(report.count(ImportOutcome::Stored), 1);
        QVERIFY(!f.project->annotations(id).isEmpty());
        QCOMPARE(f.project->articles().last().annotationCount, int(f.project->annotations(id).size()));
    }

    void anArticleFoundAgainWithoutSuggestionsGetsThem()
    {
        // An older Parlance interrupted mid-import could leave an article without its analysis:
        // importing its file again skips the text but adds what it lacks, and says so.
        ProjectFixture f;
        QVERIFY(f.open() && f.fill());
        const QString path = file(f.dir, u"bare.txt"_s, "Talks\n\n\xE2\x80\x9CWe will sign,\xE2\x80\x9D the envoy said.\n");
        Import::ImportJob bare(*f.project, nullptr, {.analyse = false});
        QCOMPARE(bare.run({Import::ImportSource::file(path)}).count(ImportOutcome::Stored), 1);
        const qint64 id = f.project->articles().last().id;
        QVERIFY(f.project->annotations(id).isEmpty());
        const qsizetype articles = f.project->articles().size();

        Import::ImportJob again(*f.project, m_analyzer, {});
        Import::ImportReport report = again.run({Import::ImportSource::file(path)});
        QCOMPARE(report.outcomes.size(), 1);
        QCOMPARE(report.outcomes.first().kind, ImportOutcome::AlreadyInProject);
        QCOMPARE(report.outcomes.first().articleId, id);
        QVERIFY(report.outcomes.first().suggestionsAdded);
        QCOMPARE(f.project->articles().size(), articles);
        const qsizetype suggestions = f.project->annotations(id).size();
        QVERIFY(suggestions > 0);

        // Once it has them, a third import changes nothing.
        report = again.run({Import::ImportSource::file(path)});
        QCOMPARE(report.outcomes.first().kind, ImportOutcome::AlreadyInProject);
        QVERIFY(!report.outcomes.first().suggestionsAdded);
        QCOMPARE(f.project->annotations(id).size(), suggestions);
    }

    void aReadOnlyProjectTakesNothing()
    {
        ProjectFixture f;
        QVERIFY(f.open() && f.fill());
        auto readOnly = Storage::Project::open(f.path(), {.readOnly = true, .createIfMissing = false}, nullptr);
        QVERIFY(readOnly);
        Import::ImportJob job(*readOnly, m_analyzer, {});
        const Import::ImportReport report = job.run({Import::ImportSource::file(f.path())});
        QCOMPARE(report.count(ImportOutcome::Failed), 1);
        QCOMPARE(report.outcomes.first().error.code, Storage::Error::ReadOnly);
        QVERIFY(report.stoppedByStorage);
        QVERIFY2(report.summary().contains(u"could not be saved"_s), qPrintable(report.summary()));
    }
};

QTEST_GUILESS_MAIN(TestImportJob)
#include "tst_importjob.moc"
