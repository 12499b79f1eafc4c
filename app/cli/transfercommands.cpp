// SPDX-License-Identifier: GPL-2.0-or-later
#include "transfercommands.h"

#include "printable.h"

#include "storage/postgres/pg.h"
#include "storage/postgres/transfer.h"

#include <QDir>

namespace Parlance::Cli {

namespace {

struct Arguments {
    QStringList positional;
    Storage::Postgres::Schema::Options options;
    QString unexpected;
};

Arguments parse(const QStringList &args, bool schemaOptions)
{
    Arguments a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--schema" && hasValue)
            a.options.schema = args[++i];
        else if (schemaOptions && arg == u"--coders" && hasValue)
            a.options.coderRole = args[++i];
        else if (schemaOptions && arg == u"--curators" && hasValue)
            a.options.curatorRole = args[++i];
        else if (schemaOptions && arg == u"--blind")
            a.options.blind = true;
        else if (arg.startsWith(u'-') && arg != u"-")
            a.unexpected = arg;
        else
            a.positional << arg;
    }
    return a;
}

QString summary(const Storage::Postgres::Transfer::RowCounts &counts)
{
    QStringList parts;
    qint64 total = 0;
    for (const auto &[table, rows] : counts) {
        total += rows;
        if (rows > 0)
            parts << QStringLiteral("%1 %2").arg(rows).arg(table);
    }
    return QStringLiteral("%1 rows (%2)").arg(total).arg(parts.isEmpty() ? QStringLiteral("an empty project") : parts.join(QStringLiteral(", ")));
}

} // namespace

int runPush(const QStringList &args, Output io)
{
    const QString usage = QStringLiteral("parlance: usage: parlance push FILE URL [--schema NAME] [--coders ROLE] [--curators ROLE] [--blind]");
    const Arguments a = parse(args, true);
    if (!a.unexpected.isEmpty() || a.positional.size() != 2) {
        if (!a.unexpected.isEmpty())
            io.err << "parlance: push: unexpected '" << printable(a.unexpected) << "'" << Qt::endl;
        io.err << usage << Qt::endl;
        return 2;
    }
    Storage::Postgres::Connection server;
    if (!server.open(a.positional.at(1))) {
        io.err << "parlance: " << printable(server.errorMessage()) << Qt::endl;
        return 1;
    }
    QString error;
    Storage::Postgres::Transfer::RowCounts counts;
    if (!Storage::Postgres::Transfer::push(a.positional.at(0), server, a.options, &error, &counts)) {
        io.err << "parlance: push: " << printable(error) << Qt::endl << "parlance: nothing was written to the server" << Qt::endl;
        return 1;
    }
    io.out << "pushed " << summary(counts) << " to the project \u201c" << a.options.schema << "\u201d in " << server.description() << Qt::endl;
    return 0;
}

int runPull(const QStringList &args, Output io)
{
    const QString usage = QStringLiteral("parlance: usage: parlance pull URL FILE [--schema NAME]");
    const Arguments a = parse(args, false);
    if (!a.unexpected.isEmpty() || a.positional.size() != 2) {
        if (!a.unexpected.isEmpty())
            io.err << "parlance: pull: unexpected '" << printable(a.unexpected) << "'" << Qt::endl;
        io.err << usage << Qt::endl;
        return 2;
    }
    Storage::Postgres::Connection server;
    if (!server.open(a.positional.at(0))) {
        io.err << "parlance: " << printable(server.errorMessage()) << Qt::endl;
        return 1;
    }
    QString error;
    Storage::Postgres::Transfer::RowCounts counts;
    if (!Storage::Postgres::Transfer::pull(server, a.options.schema, a.positional.at(1), &error, &counts)) {
        io.err << "parlance: pull: " << printable(error) << Qt::endl;
        return 1;
    }
    io.out << "pulled " << summary(counts) << " into " << QDir::toNativeSeparators(a.positional.at(1)) << Qt::endl;
    return 0;
}

} // namespace Parlance::Cli
