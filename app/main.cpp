// SPDX-License-Identifier: GPL-2.0-or-later
// parley: the command line when asked for one (no display needed), else the window.

#include "cli/commandline.h"
#include "gui.h"

#include <QApplication>
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("parley"));
    QCoreApplication::setOrganizationName(QStringLiteral("Parley"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARLEY_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Parley::Cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Parley::Cli::run(QCoreApplication::arguments(), {out, err});
    }

    QApplication app(argc, argv);
    return Parley::Ui::runGui(app);
}
