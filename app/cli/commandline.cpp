// SPDX-License-Identifier: GPL-2.0-or-later
#include "commandline.h"

#include "printable.h"

#include "analyzecommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "infocommand.h"
#include "teamcommands.h"
#include "timelinecommand.h"
#include "transfercommands.h"

#include <QCoreApplication>

namespace Parlance::Cli {

namespace {

struct Command {
    const char *name;
    const char *synopsis;
    int (*run)(const QStringList &args, Output io);
};

// The subcommands. Each lives in its own file of this folder.
constexpr Command commands[] = {
    {"version", "version                  print the version", [](const QStringList &, Output io) {
         io.out << QCoreApplication::applicationName() << ' ' << QStringLiteral(PARLANCE_VERSION) << Qt::endl;
         return 0;
     }},
    {"analyze", "analyze FILE... [--format json|brat]  print quotes, speakers, actors, commitments (JSON Lines)",
     &runAnalyze},
    {"import", "import PROJECT FILE... [--no-analysis]\n                           add text, Markdown or HTML files as articles, pre-highlighted\n                           with the analysis' suggestions (creates PROJECT)", &runImport},
    {"info", "info PROJECT             print a project's contents and health as one JSON line", &runInfo},
    {"export", "export PROJECT --format FMT -o OUT [--articles ID,...] [--only confirmed|all]  write a report "
               "(html, pdf, odt, markdown) or an interchange file (csv, w3c, brat, qdpx, threads-csv,\n                           summary-csv, summary-html)", &runExport},
    {"agree", "agree PROJECT [--coders A,B] [--kind K] [--match exact|overlap] [--overlap X] [--format json|csv|markdown|html|pdf|odt] [-o OUT]\n"
              "                           inter-coder agreement: Cohen/Fleiss kappa, Krippendorff's alpha, Gwet's AC1, unitizing alpha",
     &runAgree},
    {"distribute", "distribute MASTER --coders A,B,C -o DIR [--suggestions keep|drop]\n"
                   "                           one blind copy of MASTER per coder", &runDistribute},
    {"merge", "merge A B ... -o OUT       merge projects (e.g. coders' copies) into a new one; the inputs stay as they are", &runMerge},
    {"timeline", "timeline PROJECT [--holder NAME] [--only confirmed|all] [--format text|json]\n"
                 "                           print the commitment threads and each step's move", &runTimeline},
    {"push", "push FILE URL [--schema NAME] [--coders ROLE] [--curators ROLE] [--blind]\n"
             "                           copy a project file into an empty project on a PostgreSQL server", &runPush},
    {"pull", "pull URL FILE [--schema NAME]  copy a project on a PostgreSQL server into a new project file", &runPull},
};

const Command *findCommand(QStringView name)
{
    for (const Command &c : commands)
        if (name == QLatin1StringView(c.name))
            return &c;
    return nullptr;
}

} // namespace

bool needsGuiApplication(const QStringList &arguments)
{
    return exportNeedsGuiApplication(arguments) || agreeNeedsGuiApplication(arguments);
}

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return first == QLatin1StringView("--version") || first == QLatin1StringView("-v")
        || first == QLatin1StringView("--help") || first == QLatin1StringView("-h")
        || findCommand(first) != nullptr;
}

QString helpText()
{
    QString text = QStringLiteral(
        "Usage: parlance [PROJECT] [--screenshot OUT.png] [--compare N,M] [--size WxH]\n"
        "       parlance COMMAND [ARGS]\n"
        "\n"
        "Parlance reads and annotates news about diplomacy: quotes and their speakers, actors,\n"
        "commitments. Without a command it opens the window (on the bundled sample project when\n"
        "no PROJECT is given).\n"
        "\n"
        "Commands (no display needed):\n");
    for (const Command &c : commands)
        text += QStringLiteral("  ") + QString::fromUtf8(c.synopsis) + QLatin1Char('\n');
    text += QStringLiteral(
        "\n"
        "Options:\n"
        "  -h, --help               print this help\n"
        "  -v, --version            print the version\n");
    return text;
}

int run(const QStringList &arguments, Output io)
{
    const QString first = arguments.value(1);
    if (first == QLatin1StringView("--version") || first == QLatin1StringView("-v"))
        return findCommand(u"version")->run({}, io);
    if (first.isEmpty() || first == QLatin1StringView("--help") || first == QLatin1StringView("-h")) {
        io.out << helpText();
        return 0;
    }
    const Command *command = findCommand(first);
    if (!command) {
        io.err << "parlance: unknown command '" << printable(first) << "' (see parlance --help)" << Qt::endl;
        return 2;
    }
    return command->run(arguments.mid(2), io);
}

} // namespace Parlance::Cli
