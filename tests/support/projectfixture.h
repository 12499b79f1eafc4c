// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A small project for workspace tests: two articles written for these tests (one statement reported
// by two outlets, worded differently), a few actors and a codebook.

#include "projectstate.h"
#include "testbackend.h"
#include "storage/project.h"
#include "storage/projectwriter.h"

#include <QTemporaryDir>
#include <QTest>

namespace Parlance::Test {

inline const QString firstText()
{
    return QStringLiteral(
        "Envoys agree to meet again\n"
        "\n"
        "GENEVA \u2014 Foreign Minister Lena Brandt said on Monday that her government was ready to reopen the "
        "border crossings before winter. \u201cWe are ready to reopen the crossings before the first snow,\u201d "
        "Brandt told reporters. Minister Tomas Varga of the neighbouring state said his side would consider the offer.\n"
        "\n"
        "\u201cNothing is agreed until everything is agreed,\u201d Varga added.\n"
        "\n"
        "Share this article\n"
        "Sign up for our newsletter\n");
}

inline const QString secondText()
{
    return QStringLiteral(
        "Border crossings could reopen, minister says\n"
        "\n"
        "Lena Brandt signalled a thaw. \u201cWe are prepared to reopen the crossings before winter,\u201d she said, "
        "while Tomas Varga stayed cautious.\n");
}

/// The span of the first occurrence of `part` in `text` (fails the test if absent).
inline Model::Span spanOf(const QString &text, const QString &part, int from = 0)
{
    const int at = int(text.indexOf(part, from));
    if (at < 0)
        qFatal("fixture text lacks %s", qPrintable(part));
    return {at, at + int(part.size())};
}

/// An annotation with the fields tests set most.
inline Model::Annotation annotationOf(qint64 article, Model::Span span, Model::AnnotationKind kind, qint64 actor = 0,
                                      Model::Origin origin = Model::Origin::Manual)
{
    Model::Annotation a;
    a.articleId = article;
    a.span = span;
    a.kind = kind;
    a.actorId = actor;
    a.origin = origin;
    return a;
}

struct ProjectFixture {
    QTemporaryDir dir;
    std::unique_ptr<Storage::Project> project;
    qint64 first = 0;
    qint64 second = 0;
    mutable QString target;
    static int &fixtures()
    {
        static int count = 0;
        return count;
    }

    /// The project file, or on the server (testbackend.h) a project schema of its own.
    QString path() const
    {
        if (target.isEmpty())
            target = testBackend().newProject(dir, QStringLiteral("f%1").arg(++fixtures()));
        return target;
    }

    /// Every table of the project file, as a connection of its own reads it (see projectstate.h),
    /// modification times left out: what to compare before and after an undo.
    QStringList state() const { return testBackend().state(path(), dir, volatileColumns()); }

    bool open(bool create = true)
    {
        Storage::Error error;
        Storage::OpenOptions options;
        options.createIfMissing = create;
        project = Storage::Project::open(path(), options, &error);
        if (!project)
            qWarning("cannot open the test project: %s", qPrintable(error.message()));
        return project != nullptr;
    }

    bool fill()
    {
        QList<Model::Article> articles(2);
        articles[0].title = QStringLiteral("Envoys agree to meet again");
        articles[0].outlet = QStringLiteral("Test Wire");
        articles[0].published = QDate(2026, 3, 2);
        articles[0].text = firstText();
        articles[1].title = QStringLiteral("Border crossings could reopen, minister says");
        articles[1].outlet = QStringLiteral("Test Daily");
        articles[1].published = QDate(2026, 3, 3);
        articles[1].text = secondText();
        for (Model::Article &a : articles) {
            a.contentHash = Model::Article::hashText(a.text);
            a.importedAt = QDateTime::currentDateTimeUtc();
        }
        Storage::Error error;
        if (!Storage::ProjectWriter(*project).addArticles(articles, &error)) {
            qWarning("%s", qPrintable(error.message()));
            return false;
        }
        first = articles[0].id;
        second = articles[1].id;
        Model::CodebookCategory security{0, QStringLiteral("Security"), QColor(0xd9, 0x5f, 0x0e), QStringLiteral("1"), QString()};
        Model::CodebookCategory process{0, QStringLiteral("Process"), QColor(0x75, 0x70, 0xb3), QStringLiteral("2"), QString()};
        return Storage::ProjectWriter(*project).addCategory(security) && Storage::ProjectWriter(*project).addCategory(process) && Storage::ProjectWriter(*project).setCurrentCoder(QStringLiteral("tester"));
    }

    /// A suggested annotation stored through replaceSuggestions.
    QList<Model::Annotation> suggest(qint64 articleId, const QList<Model::Annotation> &suggestions)
    {
        QList<Model::Annotation> list = suggestions;
        Storage::Error error;
        if (!Parlance::Storage::ProjectWriter(*project).replaceSuggestions(articleId, list, &error))
            qWarning("%s", qPrintable(error.message()));
        return list;
    }
};

} // namespace Parlance::Test
