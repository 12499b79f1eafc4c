// SPDX-License-Identifier: GPL-2.0-or-later
// The agreement coefficients against the published worked examples (one row per case of
// tests/data/agreement/reference-cases.json, gathered in shared/design/team.md), and the rules that
// hold for any study: identical coders give 1, units fewer than two coders rated change nothing.

#include "agreement/coefficients.h"
#include "agreement/unitizing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Parlance::Agreement;
using namespace Qt::StringLiterals;

namespace {

QString label(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    return v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 12);
}

RatingTable tableFrom(const QJsonObject &c)
{
    if (c.contains(u"table")) {
        // A contingency table of two coders: cell (i, j) counts units coded i by A and j by B.
        const QJsonArray rows = c.value(u"table").toArray();
        RatingTable t(2);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonArray row = rows[i].toArray();
            for (qsizetype j = 0; j < row.size(); ++j)
                t.addUnits(row[j].toInt(), {QString::number(i + 1), QString::number(j + 1)});
        }
        return t;
    }
    const QJsonArray units = c.value(u"units").toArray();
    RatingTable t(int(units.first().toArray().size()));
    for (const QJsonValue &u : units) {
        QList<Rating> ratings;
        for (const QJsonValue &v : u.toArray())
            ratings.append(v.isNull() ? Rating() : Rating(label(v)));
        t.addUnit(ratings);
    }
    return t;
}

Metric metricFrom(const QString &name)
{
    if (name == u"ordinal")
        return Metric::Ordinal;
    if (name == u"interval")
        return Metric::Interval;
    if (name == u"ratio")
        return Metric::Ratio;
    return Metric::Nominal;
}

Coefficient measure(const QJsonObject &c)
{
    const QString m = c.value(u"measure").toString();
    if (m == u"alpha_u") {
        const QJsonObject u = c.value(u"unitizing").toObject();
        const qint64 stretch = u.value(u"stretch").toInteger(1);
        UnitizingStudy study(u.value(u"coders").toInt(), u.value(u"begin").toInteger() * stretch, u.value(u"length").toInteger() * stretch);
        for (const QJsonValue &v : u.value(u"units").toArray()) {
            const QJsonArray unit = v.toArray();
            study.addUnit(unit[0].toInteger() * stretch, unit[1].toInteger() * stretch, unit[2].toInt(), unit[3].toString());
        }
        return c.contains(u"category") ? study.category(c.value(u"category").toString()) : study.overall();
    }
    const RatingTable t = tableFrom(c);
    if (m == u"cohen")
        return cohenKappa(t);
    if (m == u"scott")
        return scottPi(t);
    if (m == u"bennett")
        return bennettS(t);
    if (m == u"fleiss")
        return fleissKappa(t);
    if (m == u"ac1")
        return gwetAc1(t);
    if (m == u"percent")
        return percentAgreement(t);
    if (m == u"alpha")
        return krippendorffAlpha(t, metricFrom(c.value(u"metric").toString()));
    return {};
}

// A random study: `coders` coders, some values missing.
RatingTable randomTable(QRandomGenerator &rng, int coders, int units, int values, double missing)
{
    RatingTable t(coders);
    for (int u = 0; u < units; ++u) {
        QList<Rating> r;
        for (int c = 0; c < coders; ++c)
            r.append(rng.generateDouble() < missing ? Rating() : Rating(QString::number(1 + rng.bounded(values))));
        t.addUnit(r);
    }
    return t;
}

void compareCoefficients(const Coefficient &a, const Coefficient &b)
{
    QCOMPARE(a.isDefined(), b.isDefined());
    if (a.isDefined())
        QVERIFY2(std::abs(a.value - b.value) < 1e-12, qPrintable(QStringLiteral("%1 vs %2").arg(a.value).arg(b.value)));
}

} // namespace

class TestCoefficients final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void referenceCases_data()
    {
        QTest::addColumn<QJsonObject>("reference");
        QFile file(QStringLiteral(PARLANCE_TEST_DATA_DIR "/agreement/reference-cases.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(u"cases").toArray();
        QVERIFY(cases.size() >= 50);
        for (const QJsonValue &c : cases)
            QTest::newRow(qPrintable(c.toObject().value(u"name").toString())) << c.toObject();
    }

    void referenceCases()
    {
        QFETCH(QJsonObject, reference);
        const Coefficient c = measure(reference);
        const QString term = reference.value(u"term").toString();
        const double actual = term == u"observed" ? c.observed : term == u"expected" ? c.expected : c.value;
        const double expected = reference.value(u"expected").toDouble();
        const double tolerance = reference.value(u"tolerance").toDouble();
        QVERIFY2(std::abs(actual - expected) <= tolerance,
                 qPrintable(QStringLiteral("%1: got %2, expected %3 \u00b1 %4 (%5)")
                                .arg(term, QString::number(actual, 'g', 10), QString::number(expected, 'g', 10),
                                     QString::number(tolerance), reference.value(u"source").toString())));
    }

    void identicalCodersGiveOne_data()
    {
        QTest::addColumn<int>("coders");
        QTest::addColumn<int>("values");
        QTest::newRow("two coders, three values") << 2 << 3;
        QTest::newRow("four coders, five values") << 4 << 5;
        QTest::newRow("three coders, one value only") << 3 << 1;
    }

    void identicalCodersGiveOne()
    {
        QFETCH(int, coders);
        QFETCH(int, values);
        RatingTable t(coders);
        for (int u = 0; u < 12; ++u)
            t.addUnit(QList<Rating>(coders, QString::number(1 + u % values)));
        QCOMPARE(cohenKappa(t).value, 1.0);
        QCOMPARE(scottPi(t).value, 1.0);
        QCOMPARE(fleissKappa(t).value, 1.0);
        QCOMPARE(gwetAc1(t).value, 1.0);
        QCOMPARE(percentAgreement(t).value, 1.0);
        for (Metric m : {Metric::Nominal, Metric::Ordinal, Metric::Interval, Metric::Ratio})
            QCOMPARE(krippendorffAlpha(t, m).value, 1.0);
    }

    void unitsOneCoderRatedChangeNothing()
    {
        QRandomGenerator rng(16);
        for (int round = 0; round < 20; ++round) {
            const int coders = 2 + rng.bounded(4);
            RatingTable t = randomTable(rng, coders, 25, 3, 0.2);
            RatingTable more = t;
            for (int extra = 0; extra < 7; ++extra) {
                QList<Rating> lone(coders);
                lone[rng.bounded(coders)] = QString::number(1 + rng.bounded(4)); // even a value no one else used
                more.addUnit(lone);
                more.addUnit(QList<Rating>(coders));
            }
            QCOMPARE(more.pairable().unitCount(), t.pairable().unitCount());
            compareCoefficients(krippendorffAlpha(more), krippendorffAlpha(t));
            compareCoefficients(krippendorffAlpha(more, Metric::Interval), krippendorffAlpha(t, Metric::Interval));
            compareCoefficients(krippendorffAlpha(more, Metric::Ordinal), krippendorffAlpha(t, Metric::Ordinal));
            compareCoefficients(gwetAc1(more), gwetAc1(t));
            compareCoefficients(fleissKappa(more), fleissKappa(t));
            compareCoefficients(cohenKappa(more), cohenKappa(t));
            compareCoefficients(percentAgreement(more), percentAgreement(t));
        }
    }

    void fleissCountsCompleteUnitsOnly()
    {
        RatingTable t(3);
        t.addUnit({u"a"_s, u"a"_s, u"b"_s});
        t.addUnit({u"b"_s, u"b"_s, u"b"_s});
        t.addUnit({u"a"_s, Rating(), u"b"_s}); // incomplete: Fleiss' formula needs all three
        QCOMPARE(fleissKappa(t).units, 2);
        QCOMPARE(krippendorffAlpha(t).units, 3);
        QCOMPARE(gwetAc1(t).units, 3);
    }

    void undefinedWithoutPairableUnits()
    {
        RatingTable t(2);
        t.addUnit({u"a"_s, Rating()});
        t.addUnit({Rating(), u"b"_s});
        QVERIFY(!krippendorffAlpha(t).isDefined());
        QVERIFY(!cohenKappa(t).isDefined());
        QVERIFY(!gwetAc1(t).isDefined());
        QVERIFY(!fleissKappa(t).isDefined());
        QCOMPARE(krippendorffAlpha(t).units, 0);
    }

    void kappaIsUndefinedWhenChanceExplainsEverything()
    {
        // Both coders always said "a" except one disagreement: Pe < 1, defined. A coder who only
        // ever said "a" against one who varied: still defined. Only Pe = 1 with Po < 1 is not.
        RatingTable t(2);
        t.addUnits(5, {u"a"_s, u"a"_s});
        t.addUnit({u"a"_s, u"b"_s});
        QVERIFY(cohenKappa(t).isDefined());
        QVERIFY(cohenKappa(t).value < 1.0);
    }

    void unitizingIgnoresTheOrderUnitsArriveIn()
    {
        UnitizingStudy a(3, 0, 100), b(3, 0, 100);
        const QList<std::tuple<int, int, int, QString>> units{{5, 10, 0, u"x"_s}, {7, 9, 1, u"x"_s}, {40, 20, 2, u"x"_s},
                                                              {50, 5, 0, u"y"_s}, {52, 5, 1, u"y"_s}, {3, 12, 2, u"x"_s}};
        for (const auto &[begin, length, coder, category] : units)
            a.addUnit(begin, length, coder, category);
        for (auto it = units.crbegin(); it != units.crend(); ++it)
            b.addUnit(std::get<0>(*it), std::get<1>(*it), std::get<2>(*it), std::get<3>(*it));
        QCOMPARE(a.overall().value, b.overall().value);
        QVERIFY(a.overall().isDefined());
        QVERIFY(a.overall().value < 1.0);
    }

    void unitizingIdenticalCodersGiveOne()
    {
        UnitizingStudy s(3, 0, 500);
        for (int coder = 0; coder < 3; ++coder) {
            s.addUnit(10, 30, coder, u"promise"_s);
            s.addUnit(200, 45, coder, u"threat"_s);
        }
        QCOMPARE(s.overall().value, 1.0);
        QCOMPARE(s.category(u"promise"_s).value, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestCoefficients)
#include "tst_coefficients.moc"
