// SPDX-License-Identifier: GPL-2.0-or-later
#include "infocommand.h"

#include "printable.h"

#include "storage/project.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Parlance::Cli {

int runInfo(const QStringList &args, Output io)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        io.err << "parlance: usage: parlance info PROJECT" << Qt::endl;
        return 2;
    }
    Storage::Error error;
    auto project = Storage::Project::open(args.first(), {.readOnly = true, .createIfMissing = false}, &error);
    if (!project) {
        io.err << "parlance: " << printable(error.message()) << Qt::endl;
        return 1;
    }

    const QList<Storage::ArticleSummary> articles = project->articles();
    QJsonArray list;
    int quotes = 0;
    int commitments = 0;
    for (const Storage::ArticleSummary &a : articles) {
        QJsonObject item{{QStringLiteral("number"), a.number},
                         {QStringLiteral("id"), a.id},
                         {QStringLiteral("title"), a.title},
                         {QStringLiteral("quotes"), a.quoteCount},
                         {QStringLiteral("commitments"), a.commitmentCount},
                         {QStringLiteral("annotations"), a.annotationCount}};
        if (!a.outlet.isEmpty())
            item.insert(QStringLiteral("outlet"), a.outlet);
        if (a.published.isValid())
            item.insert(QStringLiteral("published"), a.published.toString(Qt::ISODate));
        list.append(item);
        quotes += a.quoteCount;
        commitments += a.commitmentCount;
    }
    const QString integrity = project->integrityCheck();
    const QJsonObject info{
        {QStringLiteral("path"), QDir::toNativeSeparators(project->path())},
        {QStringLiteral("articles"), int(articles.size())},
        {QStringLiteral("annotations"), project->annotationCount()},
        {QStringLiteral("quotes"), quotes},
        {QStringLiteral("commitments"), commitments},
        {QStringLiteral("actors"), int(project->actors().size())},
        {QStringLiteral("categories"), int(project->categories().size())},
        {QStringLiteral("coders"), QJsonArray::fromStringList(project->coders())},
        {QStringLiteral("comparison_sets"), int(project->comparisonSets().size())},
        {QStringLiteral("schema_version"), project->schemaVersion()},
        {QStringLiteral("integrity"), integrity},
        {QStringLiteral("size_bytes"), QFileInfo(project->path()).size()},
        {QStringLiteral("backups"), int(Storage::Project::backupsFor(project->path()).size())},
        {QStringLiteral("articles_list"), list},
    };
    io.out << QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)) << Qt::endl;
    if (integrity != QLatin1StringView("ok")) {
        io.err << "parlance: " << printable(QDir::toNativeSeparators(project->path())) << ": integrity check failed: " << printable(integrity) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace Parlance::Cli
