// SPDX-License-Identifier: GPL-2.0-or-later
// The layers hold: the widgets (ui/) read the project and ask the session to change it. No file of
// ui/ calls a write primitive of Storage::Project, holds a writable project, makes a command, or
// reaches below the project into SQLite. Every write primitive is private to Project and reached
// through Storage::ProjectWriter, which only the commands and the named jobs that write outside
// undo use: not the session, not ui/. Project's public part has no mutator left (but one that
// only announces what a worker connection wrote). The list of primitives is read from project.h
// and projectwriter.h, so a new one is guarded as soon as it is declared.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// The names of Storage::ProjectWriter's member functions: the primitives only it reaches.
QStringList writerPrimitives()
{
    const QString header = read(QStringLiteral(PARLANCE_SOURCE_DIR "/app/storage/projectwriter.h"));
    static const QRegularExpression declaration(uR"(\n\s+(?:bool|qint64)\s+(\w+)\()"_s);
    QStringList names;
    for (const QRegularExpressionMatch &m : declaration.globalMatch(header))
        names << m.captured(1);
    return names;
}

/// The files that may use Storage::ProjectWriter: the commands, and the named jobs that write
/// outside undo (the import job and its suggestion store; housekeeping; merging and distributing).
bool mayUseTheWriter(const QString &relativePath)
{
    return relativePath.startsWith(u"app/commands/"_s) || relativePath.startsWith(u"app/storage/"_s)
        || relativePath.startsWith(u"app/teams/"_s) || relativePath.startsWith(u"app/jobs/"_s)
        || relativePath == u"app/import/suggestionstore.cpp"_s || relativePath == u"app/import/importjob.cpp"_s;
}

/// Whether `source` uses the writer, outside comments.
bool usesTheWriter(const QString &source)
{
    const QStringList lines = source.split(u'\n');
    for (const QString &line : lines) {
        if (line.section(u"//"_s, 0, 0).contains(u"ProjectWriter"_s) || line.contains(u"#include \"storage/projectwriter.h\""_s))
            return true;
    }
    return false;
}

/// The names of Storage::Project's public member functions that are neither const nor static: what
/// would write if it were called (there should be none but announceWrittenElsewhere()).
QStringList publicMutators()
{
    const QString header = read(QStringLiteral(PARLANCE_SOURCE_DIR "/app/storage/project.h"));
    const qsizetype start = header.indexOf(u"class Project final"_s);
    const qsizetype end = header.indexOf(u"Q_SIGNALS:"_s, start);
    // One declaration per match: return type, name, arguments, then what follows the ')'.
    static const QRegularExpression declaration(uR"(\n\s+(static\s+)?[\w:<>,\s\*&]+?[\s\*&](\w+)\(([^;{]*)\)\s*(const)?\s*[;{])"_s);
    QStringList names;
    for (const QRegularExpressionMatch &m : declaration.globalMatch(header.mid(start, end - start))) {
        if (m.captured(1).isEmpty() && m.captured(4).isEmpty() && m.captured(2) != u"Project"_s)
            names << m.captured(2);
    }
    return names;
}

/// Every name a write to the project goes by: the writer's primitives, and any public mutator.
QStringList projectMutators()
{
    QStringList names = publicMutators() + writerPrimitives();
    names.removeAll(u"announceWrittenElsewhere"_s); // writes nothing: tells the views
    names.removeDuplicates();
    return names;
}

/// What in `source` breaks the layering, one line each (empty: nothing). The session (`widgets`
/// false) may hold a writable project and make commands; it may not call a write primitive either.
QStringList violations(const QString &source, const QStringList &mutators, bool widgets = true)
{
    QStringList found;
    const QStringList lines = source.split(u'\n');
    static const QRegularExpression stringLiteral(uR"("(?:[^"\\]|\\.)*")"_s);
    QList<QRegularExpression> calls;
    for (const QString &name : mutators)
        calls.append(QRegularExpression(uR"(([\w()]+)\s*(->|\.)(%1)\s*\()"_s.arg(name)));
    static const QRegularExpression writableProject(uR"((?<!const )(?<!const Storage::)(?<!\w)(Storage::)?Project\s*[\*&](?!&))"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // Comments and words in quotes may name anything.
        const QString code = lines[i].section(u"//"_s, 0, 0);
        const QString line = QString(code).replace(stringLiteral, u"\"\""_s);
        auto report = [&](const QString &what) { found << u"line %1: %2: %3"_s.arg(i + 1).arg(what, lines[i].trimmed()); };
        // x->addAnnotation( or x.addAnnotation(, unless x is the session (whose verbs may share a name).
        for (const QRegularExpression &call : std::as_const(calls)) {
            for (const QRegularExpressionMatch &m : call.globalMatch(line)) {
                if (!m.captured(1).contains(u"session"_s, Qt::CaseInsensitive))
                    report(u"calls the project's write primitive %1()"_s.arg(m.captured(3)));
            }
        }
        if (widgets && code.contains(u"#include \"commands/"_s))
            report(u"makes commands (the session does)"_s);
        if (code.contains(u"#include \"storage/sqlite.h\""_s) || code.contains(u"<sqlite3.h>"_s))
            report(u"reaches into SQLite"_s);
        if (line.contains(u"const_cast"_s))
            report(u"casts const away"_s);
        if (widgets && line.contains(u"Project"_s) && writableProject.match(line).hasMatch())
            report(u"holds a writable project"_s);
    }
    return found;
}

} // namespace

class TestLayering final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsTheWritePrimitivesFromTheHeader()
    {
        const QStringList mutators = projectMutators();
        for (const char *name : {"addAnnotation", "updateAnnotation", "removeAnnotation", "replaceSuggestions", "addArticles",
                                 "actorIdFor", "updateActor", "addCategory", "saveComparisonSet", "setSetting", "atomically"})
            QVERIFY2(mutators.contains(QLatin1StringView(name)), name);
        for (const char *name : {"annotations", "actor", "actorIdForName", "articles", "saveCopyAs", "backupsFor",
                                 "announceWrittenElsewhere"})
            QVERIFY2(!mutators.contains(QLatin1StringView(name)), name);
    }

    /// Nothing writes through Project's public part: a mutator declared there again fails here.
    void projectHasNoPublicMutator()
    {
        QCOMPARE(publicMutators(), QStringList{u"announceWrittenElsewhere"_s});
    }

    void everyPrimitiveIsPrivateAndReachedThroughTheWriter()
    {
        const QStringList primitives = writerPrimitives();
        for (const char *name : {"addAnnotation", "restoreAnnotation", "updateAnnotation", "removeAnnotation", "replaceSuggestions",
                                 "addActor", "updateActor", "removeActor", "restoreActor", "mergeActors", "unmergeActors", "actorIdFor",
                                 "addArticles", "addArticle", "removeArticle", "addCategory", "updateCategory", "removeCategory",
                                 "restoreCategory", "setCurrentCoder", "saveComparisonSet", "removeComparisonSet", "setSetting",
                                 "atomically", "backupNow", "changeCommitmentThreads"})
            QVERIFY2(primitives.contains(QLatin1StringView(name)), name);
        // Declared in Project's private part, which names the writer its friend.
        const QString header = read(QStringLiteral(PARLANCE_SOURCE_DIR "/app/storage/project.h"));
        const qsizetype start = header.indexOf(u"class Project final"_s);
        const qsizetype privatePart = header.indexOf(u"\nprivate:"_s, start);
        QVERIFY(start > 0 && privatePart > start);
        QVERIFY(header.indexOf(u"friend class ProjectWriter;"_s, privatePart) > privatePart);
        // Comments may name them (ActorMerge's says what undoes it).
        const QString publicPart = header.mid(start, privatePart - start).remove(QRegularExpression(u"//[^\n]*"_s));
        for (const QString &name : primitives) {
            QVERIFY2(!publicPart.contains(QRegularExpression(uR"(\b%1\()"_s.arg(name))), qPrintable(name + u" is public"_s));
            QVERIFY2(header.indexOf(QRegularExpression(uR"(\b%1\()"_s.arg(name)), privatePart) > privatePart, qPrintable(name));
        }
    }

    void theWriterCheckFindsWhatItLooksFor()
    {
        QVERIFY(usesTheWriter(u"#include \"storage/projectwriter.h\""_s));
        QVERIFY(usesTheWriter(u"    Storage::ProjectWriter(*p).addAnnotation(a);"_s));
        QVERIFY(!usesTheWriter(u"    p->setting(key); // not Storage::ProjectWriter"_s));
        QVERIFY(mayUseTheWriter(u"app/commands/annotationcommands.cpp"_s));
        QVERIFY(mayUseTheWriter(u"app/jobs/housekeeping.cpp"_s));
        QVERIFY(!mayUseTheWriter(u"app/session/projectsession.cpp"_s));
        QVERIFY(!mayUseTheWriter(u"ui/mainwindow.cpp"_s));
    }

    /// Neither the widgets nor the session's verbs reach the primitives: they push commands.
    void onlyCommandsAndNamedJobsUseTheWriter()
    {
        int files = 0;
        QStringList found;
        for (const QString &folder : {u"app"_s, u"ui"_s}) {
            QDirIterator it(QStringLiteral(PARLANCE_SOURCE_DIR "/") + folder, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const QString relative = QDir(QStringLiteral(PARLANCE_SOURCE_DIR)).relativeFilePath(path);
                ++files;
                if (usesTheWriter(read(path)) && !mayUseTheWriter(relative))
                    found << relative;
            }
        }
        QVERIFY(files > 100);
        QVERIFY2(found.isEmpty(), qPrintable(u"use Storage::ProjectWriter, which only commands and named jobs may: "_s + found.join(u", "_s)));
    }

    void theCheckFindsWhatItLooksFor()
    {
        const QStringList mutators = projectMutators();
        QCOMPARE(violations(u"    m_project->addCategory(c);"_s, mutators).size(), 1);
        QCOMPARE(violations(u"    project()->saveComparisonSet(set);"_s, mutators).size(), 1);
        QCOMPARE(violations(u"    Storage::Project *p = nullptr;"_s, mutators).size(), 1);
        QCOMPARE(violations(u"#include \"commands/annotationcommands.h\""_s, mutators).size(), 1);
        QCOMPARE(violations(u"    const Storage::Project *p = project(); // p->addCategory(c) is not allowed"_s, mutators).size(), 0);
        QCOMPARE(violations(u"    m_session->addCategory();"_s, mutators).size(), 0);
        // The session holds the project and makes commands, but calls no primitive either.
        QCOMPARE(violations(u"    Storage::Project *p = writable();"_s, mutators, false).size(), 0);
        QCOMPARE(violations(u"#include \"commands/codebookcommands.h\""_s, mutators, false).size(), 0);
        QCOMPARE(violations(u"    return p && (p->setSetting(key, title));"_s, mutators, false).size(), 1);
        QCOMPARE(violations(u"    if (!m_project->saveComparisonSet(set, &error))"_s, mutators, false).size(), 1);
        QCOMPARE(violations(u"            if (!p->addCategory(c, e))"_s, mutators, false).size(), 1);
        QCOMPARE(violations(u"    const bool ok = p->atomically([&](Storage::Error *e) {"_s, mutators, false).size(), 1);
    }

    /// The session's verbs change the project through commands and named jobs only.
    void sessionVerbsCallNoPrimitive_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(PARLANCE_SOURCE_DIR "/app/session"), {u"*.cpp"_s, u"*.h"_s}, QDir::Files);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QDir(QStringLiteral(PARLANCE_SOURCE_DIR)).relativeFilePath(path))) << path;
            ++files;
        }
        QVERIFY(files >= 10);
    }

    void sessionVerbsCallNoPrimitive()
    {
        QFETCH(QString, path);
        const QStringList found = violations(read(path), projectMutators(), false);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void widgetsNeitherWriteNorHoldAWritableProject_data()
    {
        QTest::addColumn<QString>("path");
        QDirIterator it(QStringLiteral(PARLANCE_SOURCE_DIR "/ui"), {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QTest::newRow(qPrintable(QDir(QStringLiteral(PARLANCE_SOURCE_DIR)).relativeFilePath(path))) << path;
            ++files;
        }
        QVERIFY(files > 10);
    }

    void widgetsNeitherWriteNorHoldAWritableProject()
    {
        QFETCH(QString, path);
        const QStringList found = violations(read(path), projectMutators());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
