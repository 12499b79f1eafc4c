// SPDX-License-Identifier: GPL-2.0-or-later
// parlance: the command line when asked for one (no display needed), else the window.

#include "cli/commandline.h"
#include "gui.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace {

// Parlance's catalogue for the system locale (compiled in under :/parlance/translations/, see
// packaging/CMakeLists.txt) and Qt's own, for its standard dialogs. Without one, texts stay English.
void installTranslations(QCoreApplication &app)
{
    const QLocale locale = QLocale::system();
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *parlance = new QTranslator(&app);
    if (parlance->load(locale, QStringLiteral("parlance"), QStringLiteral("_"), QStringLiteral(":/parlance/translations")))
        QCoreApplication::installTranslator(parlance);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("parlance"));
    QCoreApplication::setOrganizationName(QStringLiteral("Parlance"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PARLANCE_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Parlance::Cli::wantsCommandLine(arguments)) {
        // PDF and ODT reports lay out text, which needs fonts and so a QGuiApplication; without a
        // display it runs on the offscreen platform. Every other command needs only QtCore.
        std::unique_ptr<QCoreApplication> app;
        if (Parlance::Cli::needsGuiApplication(arguments)) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        installTranslations(*app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return Parlance::Cli::run(QCoreApplication::arguments(), {out, err});
    }

    QApplication app(argc, argv);
    installTranslations(app);
    // The desktop entry and icon installed by packaging/ are named after the application id.
    QGuiApplication::setDesktopFileName(QStringLiteral(PARLANCE_APP_ID));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(PARLANCE_APP_ID), QIcon(QStringLiteral(":/parlance/icons/parlance.svg"))));
    return Parlance::Ui::runGui(app);
}
