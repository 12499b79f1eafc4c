// SPDX-License-Identifier: GPL-2.0-or-later
// Krippendorff's α against NLTK's (Debian's python3-nltk) on 200 random studies: any number of
// coders, missing values, nominal and interval. Skipped, not failed, where python3 or NLTK is absent.

#include "agreement/coefficients.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Parlance::Agreement;

class TestAlphaNltk final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoHundredRandomStudies()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");

        QRandomGenerator rng(1971);
        QList<RatingTable> tables;
        QList<Metric> metrics;
        QJsonArray studies;
        while (tables.size() < 200) {
            const int coders = 2 + rng.bounded(5);
            const int units = 3 + rng.bounded(40);
            const int values = 2 + rng.bounded(5);
            const double missing = rng.bounded(0.4);
            const Metric metric = tables.size() % 2 == 0 ? Metric::Nominal : Metric::Interval;
            RatingTable table(coders);
            QJsonArray rows;
            for (int u = 0; u < units; ++u) {
                QList<Rating> ratings;
                QJsonArray row;
                for (int c = 0; c < coders; ++c) {
                    if (rng.generateDouble() < missing) {
                        ratings.append(Rating());
                        row.append(QJsonValue());
                    } else {
                        const int v = 1 + rng.bounded(values);
                        ratings.append(QString::number(v));
                        row.append(v);
                    }
                }
                table.addUnit(ratings);
                rows.append(row);
            }
            if (table.pairable().unitCount() < 2)
                continue; // NLTK divides by zero without a pairable unit
            tables.append(table);
            metrics.append(metric);
            studies.append(QJsonObject{{QStringLiteral("metric"), metric == Metric::Nominal ? QStringLiteral("nominal") : QStringLiteral("interval")},
                                       {QStringLiteral("units"), rows}});
        }

        QProcess process;
        process.start(python, {QStringLiteral(PARLANCE_SOURCE_DIR "/tests/agreement/nltk_alpha.py")});
        QVERIFY(process.waitForStarted());
        process.write(QJsonDocument(studies).toJson(QJsonDocument::Compact));
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(120000));
        if (process.exitCode() == 77)
            QSKIP("NLTK is not installed (Debian: python3-nltk)");
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QJsonArray expected = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(expected.size(), tables.size());
        int compared = 0;
        for (qsizetype i = 0; i < tables.size(); ++i) {
            const Coefficient alpha = krippendorffAlpha(tables[i], metrics[i]);
            QVERIFY(alpha.isDefined());
            const double nltk = expected[i].toDouble();
            QVERIFY2(std::abs(alpha.value - nltk) < 1e-9,
                     qPrintable(QStringLiteral("study %1: %2 here, %3 in NLTK").arg(i).arg(alpha.value, 0, 'g', 12).arg(nltk, 0, 'g', 12)));
            ++compared;
        }
        QCOMPARE(compared, 200);
    }
};

QTEST_GUILESS_MAIN(TestAlphaNltk)
#include "tst_alphanltk.moc"
