// SPDX-License-Identifier: GPL-2.0-or-later
// The layers hold: the widgets (ui/) read the project and ask the session to change it. No file of
// ui/ calls a write primitive of Storage::Project, holds a writable project, makes a command, or
// reaches below the project into SQLite. (The list of primitives is read from project.h, so a new
// one is guarded as soon as it is declared.)
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

/// The names of Storage::Project's public member functions that are neither const nor static:
/// the write primitives (and open(), which only the session calls).
QStringList projectMutators()
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
    names.removeDuplicates();
    return names;
}

/// What in `source` breaks the layering, one line each (empty: nothing).
QStringList violations(const QString &source, const QStringList &mutators)
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
        if (code.contains(u"#include \"commands/"_s))
            report(u"makes commands (the session does)"_s);
        if (code.contains(u"#include \"storage/sqlite.h\""_s) || code.contains(u"<sqlite3.h>"_s))
            report(u"reaches into SQLite"_s);
        if (line.contains(u"const_cast"_s))
            report(u"casts const away"_s);
        if (line.contains(u"Project"_s) && writableProject.match(line).hasMatch())
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
        for (const char *name : {"annotations", "actor", "actorIdForName", "articles", "saveCopyAs", "backupsFor"})
            QVERIFY2(!mutators.contains(QLatin1StringView(name)), name);
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
