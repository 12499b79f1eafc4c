// SPDX-License-Identifier: GPL-2.0-or-later
// Parlance::Error: the sentence is composed where it is shown, from the code, in the reader's
// language; the file and the library's words are put in their places.
#include "error/error.h"
#include "storage/project.h"
#include "storage/projectwriter.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

/// A German catalogue of two of Error's sentences, as lrelease would make it.
class GermanErrors final : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (qstrcmp(context, "Parlance::Error") != 0)
            return {};
        if (qstrcmp(sourceText, "there is no actor %1") == 0)
            return u"es gibt keinen Akteur %1"_s;
        if (qstrcmp(sourceText, "cannot save the annotation (%1)") == 0)
            return u"die Annotation kann nicht gespeichert werden (%1)"_s;
        return {};
    }
};

} // namespace

class TestError final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void noErrorSaysNothing()
    {
        const Error none;
        QVERIFY(!none);
        QCOMPARE(none.message(), QString());
    }

    void theFileComesFirstThenTheSentenceThenTheLibrarysWords()
    {
        const Error e(Error::Io, Error::Problem::SaveAnnotation, u"/tmp/a.parlance"_s, {}, u"disk I/O error"_s);
        QVERIFY(e);
        QCOMPARE(e.code, Error::Io);
        QCOMPARE(e.message(), u"/tmp/a.parlance: cannot save the annotation (disk I/O error)"_s);
        QCOMPARE(e.sentence(), u"cannot save the annotation (disk I/O error)"_s);
    }

    void argumentsFillTheSentenceInOrder()
    {
        const Error e(Error::Invalid, Error::Problem::SuggestionForOtherArticle, u"p.parlance"_s, {u"3"_s, u"7"_s});
        QCOMPARE(e.message(), u"p.parlance: a suggestion for article 3 was given for article 7"_s);
        // Arguments go before the detail.
        const Error upgrade(Error::Io, Error::Problem::CannotUpgrade, u"p.parlance"_s, {u"5"_s}, u"database is locked"_s);
        QCOMPARE(upgrade.sentence(), u"cannot be upgraded from project version 5 (database is locked); a backup was made first"_s);
    }

    void aValueThatLooksLikeAPlaceholderStaysAsItIs()
    {
        const Error e(Error::Io, Error::Problem::AddArticle, u"p.parlance"_s, {u"100%1 sure"_s}, u"near \"%2\": syntax error"_s);
        QCOMPARE(e.sentence(), u"cannot add the article \u201c100%1 sure\u201d (near \"%2\": syntax error)"_s);
    }

    void aDetailWithoutAPlaceFollowsInParentheses()
    {
        const Error e(Error::Io, Error::Problem::RecoveryCannotCopyAside, u"p.parlance"_s, {}, u"no space left on the device"_s);
        QCOMPARE(e.sentence(), u"was left unfinished by a crash; not recovered, as it cannot be copied aside first (no space left on the device)"_s);
        const Error without(Error::Io, Error::Problem::RecoveryCannotCopyAside, u"p.parlance"_s);
        QCOMPARE(without.sentence(), u"was left unfinished by a crash; not recovered, as it cannot be copied aside first"_s);
    }

    void isOneLineEvenWhenTheLibraryQuotesSeveralLines()
    {
        const Error e(Error::Corrupt, Error::Problem::Damaged, u"p.parlance"_s, {}, u"malformed schema\nCREATE TABLE x (\n  y)"_s);
        QVERIFY2(!e.message().contains(u'\n'), qPrintable(e.message()));
        QCOMPARE(e.sentence(), u"is damaged (malformed schema CREATE TABLE x ( y))"_s);
    }

    void wordsToldElsewhereAreSaidAsTheyAre()
    {
        const Error e = Error::told(Error::Invalid, u"Select some text first."_s);
        QCOMPARE(e.code, Error::Invalid);
        QCOMPARE(e.message(), u"Select some text first."_s);
    }

    void everySentenceIsWritten()
    {
        // From the first sentence to the last one declared: each its own, none left as a bare placeholder.
        QSet<QString> seen;
        for (int p = int(Error::Problem::ProjectClosed); p <= int(Error::Problem::BratBadValue); ++p) {
            const Error e(Error::Io, Error::Problem(p), {});
            const QString said = e.sentence();
            QVERIFY2(!said.isEmpty() && said != u"%1"_s, qPrintable(QString::number(p)));
            QVERIFY2(!seen.contains(said), qPrintable(said));
            seen.insert(said);
        }
        QVERIFY(seen.size() > 100);
    }

    void isTranslatedWhereItIsShown()
    {
        const Error actor(Error::Invalid, Error::Problem::NoSuchActor, u"p.parlance"_s, {u"12"_s});
        const Error save(Error::Io, Error::Problem::SaveAnnotation, u"p.parlance"_s, {}, u"disk I/O error"_s);
        QCOMPARE(actor.message(), u"p.parlance: there is no actor 12"_s);
        GermanErrors german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        // The same values, made before the language changed, now speak German; SQLite's words stay.
        QCOMPARE(actor.message(), u"p.parlance: es gibt keinen Akteur 12"_s);
        QCOMPARE(save.message(), u"p.parlance: die Annotation kann nicht gespeichert werden (disk I/O error)"_s);
        QVERIFY(QCoreApplication::removeTranslator(&german));
        QCOMPARE(actor.message(), u"p.parlance: there is no actor 12"_s);
    }

    void storageFillsInTheFileAndTheCode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"absent.parlance"_s);
        Error error;
        QVERIFY(!Storage::Project::open(path, {}, &error));
        QCOMPARE(error.code, Error::NotFound);
        QCOMPARE(error.problem, Error::Problem::NoSuchFile);
        QCOMPARE(error.file, path);
        QCOMPARE(error.message(), path + u": no such file"_s);

        auto project = Storage::Project::open(dir.filePath(u"p.parlance"_s), {.readOnly = false, .createIfMissing = true}, &error);
        QVERIFY2(project, qPrintable(error.message()));
        Model::CodebookCategory unnamed;
        QVERIFY(!Storage::ProjectWriter(*project).addCategory(unnamed, &error));
        QCOMPARE(error.code, Error::Invalid);
        QCOMPARE(error.problem, Error::Problem::CategoryNeedsName);
        QCOMPARE(error.message(), dir.filePath(u"p.parlance"_s) + u": a category needs a name"_s);
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
