// SPDX-License-Identifier: GPL-2.0-or-later
#include "timelinecommand.h"

#include "storage/project.h"
#include "timeline/commitmenttimeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Parlance::Cli {

namespace {

QString usage()
{
    return QStringLiteral("parlance: usage: parlance timeline PROJECT [--holder NAME] [--only confirmed|all] [--format text|json]");
}

QString strength(double s)
{
    return s < 0 ? QStringLiteral("  – ") : QString::number(s, 'f', 1);
}

// One thread for reading: a heading, then a line per step with its date, outlet, strength and move,
// and below it the words the step dropped (−) and added (+).
void printText(const Timeline::CommitmentThread &thread, QTextStream &out)
{
    const QString status = thread.isConfirmed() ? QStringLiteral("confirmed") : QStringLiteral("proposed");
    out << thread.title() << "  (" << status << ", " << thread.steps.size() << " steps"
        << (thread.addressee.isEmpty() ? QString() : QStringLiteral(", to ") + thread.addressee) << ")\n";
    for (const Timeline::CommitmentStep &step : thread.steps) {
        const QString moves = Timeline::movesName(step.change.moves);
        out << "  " << (step.date.isValid() ? step.date.toString(Qt::ISODate) : QStringLiteral("(no date)  ")) << "  "
            << step.outlet.leftJustified(16) << ' ' << strength(step.commitment.strength) << "  " << moves.leftJustified(14)
            << ' ' << step.text.simplified();
        if (!step.change.cue.isEmpty())
            out << "  [" << step.change.cue << ']';
        if (!step.condition.isEmpty())
            out << "  [" << step.condition.simplified() << ']';
        out << '\n';
        QStringList changed;
        for (const QString &w : step.change.wordsDropped)
            changed.append(QStringLiteral("−") + w);
        for (const QString &w : step.change.wordsAdded)
            changed.append(QLatin1Char('+') + w);
        if (!changed.isEmpty())
            out << QString(52, QLatin1Char(' ')) << changed.join(QLatin1Char(' ')) << '\n';
    }
    out << '\n';
}

QJsonObject json(const Timeline::CommitmentThread &thread)
{
    QJsonArray steps;
    for (const Timeline::CommitmentStep &step : thread.steps) {
        QJsonObject s{{QStringLiteral("annotation_id"), step.commitmentId()},
                      {QStringLiteral("article_id"), step.articleId},
                      {QStringLiteral("article"), step.articleNumber},
                      {QStringLiteral("outlet"), step.outlet},
                      {QStringLiteral("stored"), step.stored},
                      {QStringLiteral("type"), Model::commitmentTypeName(step.commitment.commitmentType)},
                      {QStringLiteral("negated"), step.commitment.negated},
                      {QStringLiteral("conditional"), step.commitment.condition.isValid()},
                      {QStringLiteral("moves"), QJsonArray::fromStringList(Timeline::movesName(step.change.moves).split(QLatin1Char('+')))},
                      {QStringLiteral("words_dropped"), QJsonArray::fromStringList(step.change.wordsDropped)},
                      {QStringLiteral("words_added"), QJsonArray::fromStringList(step.change.wordsAdded)},
                      {QStringLiteral("text"), step.text},
                      {QStringLiteral("sentence"), step.sentence}};
        if (step.date.isValid())
            s.insert(QStringLiteral("date"), step.date.toString(Qt::ISODate));
        if (step.commitment.strength >= 0)
            s.insert(QStringLiteral("strength"), step.commitment.strength);
        if (!step.change.cue.isEmpty())
            s.insert(QStringLiteral("cue"), step.change.cue);
        if (!step.condition.isEmpty())
            s.insert(QStringLiteral("condition"), step.condition);
        if (!step.alsoIn.isEmpty()) {
            QJsonArray also;
            for (const qint64 id : step.alsoIn)
                also.append(id);
            s.insert(QStringLiteral("also_annotation_ids"), also);
        }
        steps.append(s);
    }
    QJsonObject o{{QStringLiteral("status"), thread.isConfirmed() ? QStringLiteral("confirmed") : QStringLiteral("proposed")},
                  {QStringLiteral("holder"), thread.holder},
                  {QStringLiteral("title"), thread.title()},
                  {QStringLiteral("steps"), steps}};
    if (thread.isStored())
        o.insert(QStringLiteral("id"), thread.id);
    if (!thread.addressee.isEmpty())
        o.insert(QStringLiteral("addressee"), thread.addressee);
    if (!thread.label.isEmpty())
        o.insert(QStringLiteral("label"), thread.label);
    return o;
}

} // namespace

int runTimeline(const QStringList &args, Output io)
{
    QString projectPath;
    QString holder;
    QString format = QStringLiteral("text");
    Timeline::ThreadOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--holder" && hasValue) {
            holder = args[++i];
        } else if (arg == u"--format" && hasValue) {
            format = args[++i];
            if (format != u"text" && format != u"json") {
                io.err << "parlance: --format takes 'text' or 'json', not '" << format << "'" << Qt::endl;
                return 2;
            }
        } else if (arg == u"--only" && hasValue) {
            const QString only = args[++i];
            if (only != u"confirmed" && only != u"all") {
                io.err << "parlance: --only takes 'confirmed' or 'all', not '" << only << "'" << Qt::endl;
                return 2;
            }
            options.propose = only == u"all";
        } else if (!arg.startsWith(u'-') && projectPath.isEmpty()) {
            projectPath = arg;
        } else {
            io.err << usage() << Qt::endl;
            return 2;
        }
    }
    if (projectPath.isEmpty()) {
        io.err << usage() << Qt::endl;
        return 2;
    }
    Storage::Error error;
    const auto project = Storage::Project::open(projectPath, {.readOnly = true, .createIfMissing = false}, &error);
    if (!project) {
        io.err << "parlance: " << error.message() << Qt::endl;
        return 1;
    }
    if (!holder.isEmpty()) {
        const QString key = Model::normalizedName(holder);
        for (const Model::Actor &actor : project->actors()) {
            bool named = Model::normalizedName(actor.canonicalName) == key;
            for (const QString &alias : actor.aliases)
                named = named || Model::normalizedName(alias) == key;
            if (named)
                options.holderIds.append(actor.id);
        }
        if (options.holderIds.isEmpty()) {
            io.err << "parlance: " << projectPath << ": no actor is called '" << holder << "'" << Qt::endl;
            return 1;
        }
    }
    const QList<Timeline::CommitmentThread> threads = Timeline::threadsOf(*project, options);
    for (const Timeline::CommitmentThread &thread : threads) {
        if (format == u"json")
            io.out << QString::fromUtf8(QJsonDocument(json(thread)).toJson(QJsonDocument::Compact)) << '\n';
        else
            printText(thread, io.out);
    }
    if (format == u"text" && threads.isEmpty())
        io.out << "No commitment threads" << (holder.isEmpty() ? QString() : QStringLiteral(" of ") + holder)
               << " (a thread needs commitments of one holder in two dated articles)." << '\n';
    io.out.flush();
    return 0;
}

} // namespace Parlance::Cli
