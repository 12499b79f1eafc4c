// SPDX-License-Identifier: GPL-2.0-or-later
// Stable identity (schema version 4): every row gets a UUID on insert and in the migration of older
// files, keeps it through edits and undo; ProjectSnapshot reads a project by UUIDs and writes it to
// a new file with every field, index and count, never touching the file it read.

#include "storage/identity.h"
#include "storage/projectwriter.h"
#include "storage/projectsnapshot.h"
#include "storage/sqlite.h"
#include "snapshotdump.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

const QString text = u"Envoys meet in Geneva\n\nThe minister said that \"we will not accept any delay\" and promised talks "
                     u"next week \U0001F54A unless the border closes. Her counterpart offered guarantees."_s;

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

Model::Span spanOf(const QString &part)
{
    const int at = int(text.indexOf(part));
    return {at, at + int(part.size())};
}

// A project with one of everything, every annotation field set.
void fill(Storage::Project &p)
{
    Model::Article article;
    article.title = u"Envoys meet"_s;
    article.outlet = u"Courier"_s;
    article.author = u"R. Writer"_s;
    article.url = u"https://example.org/1"_s;
    article.published = QDate(2026, 3, 14);
    article.language = u"en"_s;
    article.text = text;
    QVERIFY(Storage::ProjectWriter(p).addArticle(article));
    Model::Actor minister{0, u"The Minister"_s, Model::ActorType::Person, u"foreign minister"_s, {u"Minister"_s}};
    QVERIFY(Storage::ProjectWriter(p).addActor(minister));
    const qint64 counterpart = Storage::ProjectWriter(p).actorIdFor(u"Her counterpart"_s, Model::ActorType::Person);
    Model::CodebookCategory hedge{0, u"Hedging"_s, QColor(10, 20, 30, 128), u"1"_s, u"Softening words"_s};
    QVERIFY(Storage::ProjectWriter(p).addCategory(hedge));
    QVERIFY(Storage::ProjectWriter(p).setCurrentCoder(u"ann"_s));

    Model::Annotation c;
    c.articleId = article.id;
    c.span = spanOf(u"promised talks next week \U0001F54A unless the border closes"_s);
    c.kind = Model::AnnotationKind::Commitment;
    c.origin = Model::Origin::Accepted;
    c.actorId = minister.id;
    c.addresseeId = counterpart;
    c.commitmentType = Model::CommitmentType::Promise;
    c.strength = 0.8;
    c.negated = true;
    c.condition = spanOf(u"unless the border closes"_s);
    c.time = spanOf(u"next week"_s);
    c.categoryId = hedge.id;
    c.note = u"hedged by the condition"_s;
    QVERIFY(Storage::ProjectWriter(p).addAnnotation(c));
    Model::Annotation q;
    q.articleId = article.id;
    q.span = spanOf(u"\"we will not accept any delay\""_s);
    q.kind = Model::AnnotationKind::Quote;
    q.quoteKind = Model::QuoteKind::Direct;
    q.contentParts = {spanOf(u"we will not accept any delay"_s)};
    q.cue = spanOf(u"said"_s);
    q.source = spanOf(u"The minister"_s);
    q.actorId = minister.id;
    QVERIFY(Storage::ProjectWriter(p).addAnnotation(q));
    Model::Annotation s;
    s.articleId = article.id;
    s.span = spanOf(u"offered guarantees"_s);
    s.kind = Model::AnnotationKind::Commitment;
    s.origin = Model::Origin::Suggested;
    s.commitmentType = Model::CommitmentType::Offer;
    QVERIFY(Storage::ProjectWriter(p).addAnnotation(s));
    Storage::ComparisonSet set{0, u"Geneva"_s, {article.id}};
    QVERIFY(Storage::ProjectWriter(p).saveComparisonSet(set));
    QVERIFY(Storage::ProjectWriter(p).setSetting(u"view/zoom"_s, 1.25));
    QVERIFY(Storage::ProjectWriter(p).setSetting(u"view/flag"_s, true));
}

QStringList uuidsOf(Storage::Project &p, const QByteArray &sql)
{
    QStringList uuids;
    auto stmt = p.database().prepareUncached(sql);
    while (stmt->step())
        uuids.append(stmt->text(0));
    return uuids;
}

void verifyAllUuids(Storage::Project &p)
{
    for (const char *table : {"articles", "actors", "categories", "annotations", "coders", "comparison_sets"}) {
        const QStringList uuids = uuidsOf(p, "SELECT uuid FROM " + QByteArray(table));
        QVERIFY2(!uuids.isEmpty(), table);
        for (const QString &u : uuids)
            QVERIFY2(Storage::Identity::isUuid(u), qPrintable(u"%1: '%2'"_s.arg(QString::fromLatin1(table), u)));
        QCOMPARE(QSet<QString>(uuids.cbegin(), uuids.cend()).size(), uuids.size());
    }
}

} // namespace

class TestProjectSnapshot final : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(u"p%1.parlance"_s.arg(++m_counter)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void everyRowGetsAUuid()
    {
        auto p = Storage::Project::open(newPath(), {.readOnly = false, .createIfMissing = true}, nullptr);
        QVERIFY(p);
        fill(*p);
        verifyAllUuids(*p);
        const qint64 articleId = p->articles().first().id;
        QVERIFY(Storage::Identity::isUuid(p->article(articleId)->uuid));
        QVERIFY(Storage::Identity::isUuid(p->actors().first().uuid));
        QVERIFY(Storage::Identity::isUuid(p->categories().first().uuid));
        QVERIFY(Storage::Identity::isUuid(p->comparisonSets().first().uuid));
    }

    void identityOutlivesEditsAndUndo()
    {
        auto p = Storage::Project::open(newPath(), {.readOnly = false, .createIfMissing = true}, nullptr);
        fill(*p);
        const qint64 articleId = p->articles().first().id;
        Model::Annotation a = p->annotations(articleId).first();
        const QString uuid = a.uuid;
        a.uuid.clear(); // an editor that does not know about identities
        a.note = u"edited"_s;
        QVERIFY(Storage::ProjectWriter(*p).updateAnnotation(a));
        QCOMPARE(p->annotation(a.id)->uuid, uuid);
        QCOMPARE(a.uuid, uuid);
        // Undo of a removal brings it back under the same identity.
        const Model::Annotation removed = *p->annotation(a.id);
        QVERIFY(Storage::ProjectWriter(*p).removeAnnotation(a.id));
        QVERIFY(Storage::ProjectWriter(*p).restoreAnnotation(removed));
        QCOMPARE(p->annotation(a.id)->uuid, uuid);

        Model::Actor actor = p->actors().first();
        const QString actorUuid = actor.uuid;
        actor.uuid.clear();
        actor.role = u"retired"_s;
        QVERIFY(Storage::ProjectWriter(*p).updateActor(actor));
        QCOMPARE(p->actor(actor.id)->uuid, actorUuid);
        QVERIFY(Storage::ProjectWriter(*p).removeActor(actor.id));
        actor.uuid = actorUuid;
        QVERIFY(Storage::ProjectWriter(*p).restoreActor(actor));
        QCOMPARE(p->actor(actor.id)->uuid, actorUuid);

        Model::CodebookCategory category = p->categories().first();
        QList<qint64> members;
        QVERIFY(Storage::ProjectWriter(*p).removeCategory(category.id, nullptr, &members));
        QVERIFY(Storage::ProjectWriter(*p).restoreCategory(category, members));
        QCOMPARE(p->categories().first().uuid, category.uuid);
    }

    void olderProjectsGetUuidsWhenUpgraded_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Storage::Project::currentSchemaVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }

    void olderProjectsGetUuidsWhenUpgraded()
    {
        QFETCH(int, version);
        const QString fixture = QStringLiteral(PARLANCE_TEST_DATA_DIR) + u"/storage/project-v%1.parley"_s.arg(version);
        const QString path = newPath();
        QVERIFY(QFile::copy(fixture, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        Storage::Error error;
        {
            auto p = Storage::Project::open(path, {}, &error);
            QVERIFY2(p, qPrintable(error.message()));
            verifyAllUuids(*p);
        }
        auto again = Storage::Project::open(path, {}, &error); // and it verifies as a current project
        QVERIFY2(again, qPrintable(error.message()));
        QCOMPARE(again->schemaVersion(), Storage::Project::currentSchemaVersion());
    }

    void readingAnOlderFileLeavesItAsItWas()
    {
        const QString path = newPath();
        QVERIFY(QFile::copy(QStringLiteral(PARLANCE_TEST_DATA_DIR "/storage/project-v1.parley"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray before = fileHash(path);
        Storage::Error error;
        const std::optional<Storage::ProjectSnapshot> snap = Storage::ProjectSnapshot::readFile(path, &error);
        QVERIFY2(snap, qPrintable(error.message()));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + u".parlance-backups"_s));
        QCOMPARE(snap->articles.size(), 1);
        QVERIFY(Storage::Identity::isUuid(snap->articles.first().uuid));
        QCOMPARE(snap->annotations.first().articleUuid, snap->articles.first().uuid);
    }

    void writeThenReadGivesTheSameProject()
    {
        const QString source = newPath();
        {
            auto p = Storage::Project::open(source, {.readOnly = false, .createIfMissing = true}, nullptr);
            fill(*p);
        }
        Storage::Error error;
        const std::optional<Storage::ProjectSnapshot> first = Storage::ProjectSnapshot::readFile(source, &error);
        QVERIFY2(first, qPrintable(error.message()));
        const QString copy = newPath();
        QVERIFY2(first->write(copy, &error), qPrintable(error.message()));
        const std::optional<Storage::ProjectSnapshot> second = Storage::ProjectSnapshot::readFile(copy, &error);
        QVERIFY2(second, qPrintable(error.message()));
        QCOMPARE(Test::dumpSnapshot(*second), Test::dumpSnapshot(*first));
        QCOMPARE(second->annotations.size(), 3);

        // The copy is a working project: indexes and counts are in step, the schema verifies.
        auto p = Storage::Project::open(copy, {}, &error);
        QVERIFY2(p, qPrintable(error.message()));
        QCOMPARE(p->integrityCheck(), u"ok"_s);
        QCOMPARE(p->search(u"Geneva"_s).size(), 1);
        QCOMPARE(p->search(u"hedged"_s).size(), 1);
        QCOMPARE(p->articles().first().commitmentCount, 2);
        QCOMPARE(p->articles().first().quoteCount, 1);
        QCOMPARE(p->setting(u"view/zoom"_s).toDouble(), 1.25);
        QCOMPARE(p->setting(u"view/flag"_s).toBool(), true);
        QCOMPARE(p->currentCoder(), u"ann"_s);
        QCOMPARE(p->comparisonSets().first().articleIds, QList<qint64>{p->articles().first().id});
        const QList<Model::Annotation> annotations = p->annotations(p->articles().first().id);
        const auto commitment = std::find_if(annotations.cbegin(), annotations.cend(), [](const Model::Annotation &a) { return a.negated; });
        QVERIFY(commitment != annotations.cend());
        QCOMPARE(commitment->time.textIn(p->article(commitment->articleId)->text), u"next week"_s);
        QCOMPARE(p->actor(commitment->addresseeId)->canonicalName, u"Her counterpart"_s);
        QCOMPARE(p->categories().first().color, QColor(10, 20, 30, 128));
    }

    void writeRefusesAnExistingFileAndLeavesNothingBehind()
    {
        const QString path = newPath();
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("someone's file");
        existing.close();
        Storage::Error error;
        QVERIFY(!Storage::ProjectSnapshot().write(path, &error));
        QVERIFY(error.message().contains(u"exists already"_s));
        QCOMPARE(fileHash(path), QCryptographicHash::hash("someone's file", QCryptographicHash::Sha256));
        const QStringList left = QDir(m_dir.path()).entryList({u".*writing*"_s}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestProjectSnapshot)
#include "tst_projectsnapshot.moc"
