// SPDX-License-Identifier: GPL-2.0-or-later
#include "w3cthreadannotations.h"

#include "export/exportutil.h"
#include "export/reportthreads.h"

#include <QJsonObject>

namespace Parlance::Export {

namespace {

QJsonObject body(const QString &purpose, const QString &value)
{
    return {{QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("value"), value}};
}

QString annotationIri(qint64 id)
{
    return QStringLiteral("urn:parlance:annotation:%1").arg(id);
}

QJsonArray words(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QJsonArray commitmentThreadAnnotations(const ReportData &data)
{
    QJsonArray items;
    for (const Timeline::CommitmentThread &thread : data.commitmentThreads) {
        const QString iri = threadIri(thread);
        QJsonArray targets;
        for (const qint64 id : thread.commitmentIds())
            targets.append(annotationIri(id));
        QJsonArray bodies{body(QStringLiteral("tagging"), QStringLiteral("commitment thread")),
                          body(QStringLiteral("describing"), thread.title())};
        if (!thread.holder.isEmpty())
            bodies.append(body(QStringLiteral("identifying"), thread.holder));
        QJsonObject linking{{QStringLiteral("id"), iri},
                            {QStringLiteral("type"), QStringLiteral("Annotation")},
                            {QStringLiteral("motivation"), QStringLiteral("linking")},
                            {QStringLiteral("body"), bodies},
                            {QStringLiteral("target"), targets},
                            {QStringLiteral("parlance:status"), threadStatusName(thread)},
                            {QStringLiteral("parlance:holder"), thread.holder}};
        if (!thread.addressee.isEmpty())
            linking.insert(QStringLiteral("parlance:addressee"), thread.addressee);
        if (!thread.label.isEmpty())
            linking.insert(QStringLiteral("label"), thread.label);
        items.append(linking);

        for (qsizetype i = 0; i < thread.steps.size(); ++i) {
            const Timeline::CommitmentStep &step = thread.steps[i];
            const QString moves = Timeline::movesName(step.change.moves);
            QJsonArray stepBodies{body(QStringLiteral("classifying"), moves)};
            if (!step.change.cue.isEmpty())
                stepBodies.append(body(QStringLiteral("describing"), step.change.cue));
            QJsonObject move{{QStringLiteral("id"), QStringLiteral("%1/step/%2").arg(iri).arg(i + 1)},
                             {QStringLiteral("type"), QStringLiteral("Annotation")},
                             {QStringLiteral("motivation"), QStringLiteral("classifying")},
                             {QStringLiteral("body"), stepBodies},
                             {QStringLiteral("target"), annotationIri(step.commitmentId())},
                             {QStringLiteral("parlance:thread"), iri},
                             {QStringLiteral("parlance:step"), int(i + 1)},
                             {QStringLiteral("parlance:moves"), QJsonArray::fromStringList(moves.split(QLatin1Char('+')))}};
            if (step.date.isValid())
                move.insert(QStringLiteral("parlance:date"), step.date.toString(Qt::ISODate));
            if (i > 0) {
                move.insert(QStringLiteral("parlance:previous"), annotationIri(thread.steps[i - 1].commitmentId()));
                move.insert(QStringLiteral("parlance:wordsDropped"), words(step.change.wordsDropped));
                move.insert(QStringLiteral("parlance:wordsAdded"), words(step.change.wordsAdded));
                if (!step.change.hedgesAdded.isEmpty())
                    move.insert(QStringLiteral("parlance:hedgesAdded"), words(step.change.hedgesAdded));
                if (!step.change.hedgesDropped.isEmpty())
                    move.insert(QStringLiteral("parlance:hedgesDropped"), words(step.change.hedgesDropped));
            }
            items.append(move);
        }
    }
    return items;
}

} // namespace Parlance::Export
