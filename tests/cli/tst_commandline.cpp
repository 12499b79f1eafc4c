// SPDX-License-Identifier: GPL-2.0-or-later
#include "cli/commandline.h"

#include <QCoreApplication>
#include <QTest>

using namespace Parlance;
using namespace Qt::StringLiterals;

class TestCommandLine final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decidesCommandLineOrGui()
    {
        QVERIFY(Cli::wantsCommandLine({u"parlance"_s, u"--version"_s}));
        QVERIFY(Cli::wantsCommandLine({u"parlance"_s, u"--help"_s}));
        QVERIFY(Cli::wantsCommandLine({u"parlance"_s, u"version"_s}));
        QVERIFY(!Cli::wantsCommandLine({u"parlance"_s}));
        QVERIFY(!Cli::wantsCommandLine({u"parlance"_s, u"project.parlance"_s}));
        QVERIFY(!Cli::wantsCommandLine({u"parlance"_s, u"--screenshot"_s, u"out.png"_s}));
    }

    void versionAndHelp()
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        QCOMPARE(Cli::run({u"parlance"_s, u"--version"_s}, {o, e}), 0);
        o.flush();
        QVERIFY2(out.contains(QStringLiteral(PARLANCE_VERSION)), qPrintable(out));
        out.clear();
        QCOMPARE(Cli::run({u"parlance"_s, u"--help"_s}, {o, e}), 0);
        o.flush();
        QVERIFY(out.contains(QStringLiteral("Usage: parlance")));
        QVERIFY(out.contains(QStringLiteral("version")));
    }

    void unknownCommandFails()
    {
        QString out, err;
        QTextStream o(&out), e(&err);
        QVERIFY(Cli::run({u"parlance"_s, u"frobnicate"_s}, {o, e}) != 0);
        e.flush();
        QVERIFY(err.contains(QStringLiteral("frobnicate")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
