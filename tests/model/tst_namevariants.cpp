// SPDX-License-Identifier: GPL-2.0-or-later
// Model::NameVariants against the cases of tests/data/model/name-variants.txt (one block per case:
// the actors, then the groups expected).
#include "model/namevariants.h"

#include <QFile>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

namespace {

struct Case {
    QString title;
    QList<Model::Actor> actors;
    QStringList expected; ///< "Kept, Other, Other" per group
};

QList<Case> readCases()
{
    QFile file(QStringLiteral(PARLANCE_TEST_DATA_DIR "/model/name-variants.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Case> cases;
    Case current;
    QString comment;
    const auto flush = [&] {
        if (!current.actors.isEmpty())
            cases.append(current);
        current = {};
    };
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            flush();
        } else if (line.startsWith(u'#')) {
            comment = line.mid(1).trimmed();
        } else if (line.startsWith(u"expect:"_s)) {
            const QString groups = line.section(u':', 1).trimmed();
            if (groups != u"none"_s)
                current.expected.append(groups);
        } else {
            Model::Actor a;
            a.id = current.actors.size() + 1;
            a.type = Model::actorTypeFromName(line.section(u':', 0, 0).trimmed());
            a.canonicalName = line.section(u':', 1).trimmed();
            if (current.actors.isEmpty())
                current.title = comment;
            current.actors.append(a);
        }
    }
    flush();
    return cases;
}

} // namespace

class TestNameVariants final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void proposesTheGroupsOfTheCases_data()
    {
        QTest::addColumn<QList<Model::Actor>>("actors");
        QTest::addColumn<QStringList>("expected");
        const QList<Case> cases = readCases();
        QVERIFY(cases.size() >= 8);
        for (const Case &c : cases)
            QTest::newRow(qPrintable(c.title)) << c.actors << c.expected;
    }

    void proposesTheGroupsOfTheCases()
    {
        QFETCH(QList<Model::Actor>, actors);
        QFETCH(QStringList, expected);
        QStringList proposed;
        for (const Model::NameVariantGroup &g : Model::NameVariants::propose(actors)) {
            QStringList names;
            for (const qint64 id : g.actorIds)
                names.append(actors[id - 1].canonicalName);
            proposed.append(names.join(u", "_s));
        }
        QCOMPARE(proposed, expected);
    }

    void keyWordsLeaveInitialsOut()
    {
        QCOMPARE(Model::NameVariants::keyWords(u"Donald J. Trump"), (QStringList{u"donald"_s, u"trump"_s}));
        QCOMPARE(Model::NameVariants::keyWords(u"  Aung  San Suu\u00a0Kyi "), (QStringList{u"aung"_s, u"san"_s, u"suu"_s, u"kyi"_s}));
        QVERIFY(Model::NameVariants::isVariant(u"Trump", u"Donald J. Trump"));
        QVERIFY(!Model::NameVariants::isVariant(u"Donald", u"Donald Trump"));
        QVERIFY(!Model::NameVariants::isVariant(u"Hillary Clinton", u"Bill Clinton"));
    }
};

QTEST_GUILESS_MAIN(TestNameVariants)
#include "tst_namevariants.moc"
