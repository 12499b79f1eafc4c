// SPDX-License-Identifier: GPL-2.0-or-later
#include "threadcommands.h"

#include "annotationcommands.h"

#include <QCoreApplication>

namespace Parlance::Commands {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Parlance::Commands", text);
}

Storage::Error invalidChange(const QString &why)
{
    return Storage::Error::told(Storage::Error::Invalid, why);
}

QList<qint64> idsOf(const QList<Storage::CommitmentThreadRecord> &records)
{
    QList<qint64> ids;
    for (const Storage::CommitmentThreadRecord &r : records)
        ids.append(r.id);
    return ids;
}

QList<qint64> commitmentsOfSteps(const Timeline::CommitmentThread &thread, int from, int to)
{
    QList<qint64> ids;
    for (int i = from; i < to && i < thread.steps.size(); ++i) {
        ids.append(thread.steps[i].commitmentId());
        ids.append(thread.steps[i].alsoIn);
    }
    return ids;
}
} // namespace

ThreadChangeCommand::ThreadChangeCommand(Storage::Project *project, const QString &text,
                                         const QList<Timeline::CommitmentThread> &threads, const QList<QList<qint64>> &after,
                                         QUndoCommand *parent)
    : ProjectCommand(project, text, parent)
{
    if (!project)
        return;
    // The stored threads as the project has them now (labels and all): what undo brings back.
    const QList<Storage::CommitmentThreadRecord> stored = project->commitmentThreads();
    QString label;
    QList<qint64> reusable;
    for (const Timeline::CommitmentThread &t : threads) {
        if (label.isEmpty())
            label = t.label;
        for (const Storage::CommitmentThreadRecord &r : stored) {
            if (t.id && r.id == t.id) {
                m_before.append(r);
                reusable.append(r.id);
            }
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QList<qint64> &ids : after) {
        Storage::CommitmentThreadRecord record;
        // The first thread afterwards keeps the first stored thread's id and name.
        if (m_after.isEmpty()) {
            record.id = reusable.value(0);
            record.label = label;
        }
        record.commitmentIds = ids;
        record.coder = project->currentCoder();
        record.modified = now;
        m_after.append(record);
        for (const qint64 id : ids) {
            const std::optional<Model::Annotation> a = project->annotation(id);
            if (a && a->origin == Model::Origin::Suggested)
                m_suggestions.append(*a);
        }
    }
}

bool ThreadChangeCommand::acceptSuggestions()
{
    const QString coder = m_project->currentCoder();
    for (qsizetype i = 0; i < m_suggestions.size(); ++i) {
        Model::Annotation accepted = withOrigin(m_suggestions[i], Model::Origin::Accepted, coder);
        Storage::Error error;
        if (!primitives().updateAnnotation(accepted, &error)) {
            for (qsizetype k = i - 1; k >= 0; --k) {
                Model::Annotation before = m_suggestions[k];
                primitives().updateAnnotation(before);
            }
            fail(error);
            return false;
        }
    }
    return true;
}

void ThreadChangeCommand::restoreSuggestions()
{
    for (qsizetype k = m_suggestions.size() - 1; k >= 0; --k) {
        Model::Annotation before = m_suggestions[k];
        Storage::Error error;
        if (!primitives().updateAnnotation(before, &error))
            fail(error);
    }
}

void ThreadChangeCommand::redo()
{
    if (!m_project)
        return fail(noProject());
    for (const Storage::CommitmentThreadRecord &r : std::as_const(m_after)) {
        if (r.commitmentIds.isEmpty())
            return fail(invalidChange(tr("A commitment thread cannot be empty.")));
    }
    if (!acceptSuggestions())
        return;
    Storage::Error error;
    // The first time new threads get their ids; later redos write them back under the same ids.
    if (!primitives().changeCommitmentThreads(idsOf(m_before), m_after, &error)) {
        restoreSuggestions();
        return fail(error);
    }
    m_done = true;
}

void ThreadChangeCommand::undo()
{
    if (!m_project)
        return fail(noProject());
    Storage::Error error;
    QList<Storage::CommitmentThreadRecord> before = m_before;
    if (!primitives().changeCommitmentThreads(idsOf(m_after), before, &error))
        return fail(error);
    restoreSuggestions();
}

// --- The three decisions ----------------------------------------------------------------------

ConfirmThreadCommand::ConfirmThreadCommand(Storage::Project *project, const Timeline::CommitmentThread &thread,
                                           QUndoCommand *parent)
    : ThreadChangeCommand(project, tr("Confirm commitment thread"), {thread}, {thread.commitmentIds()}, parent)
{
}

SplitThreadCommand::SplitThreadCommand(Storage::Project *project, const Timeline::CommitmentThread &thread,
                                       int firstStepOfSecond, QUndoCommand *parent)
    : ThreadChangeCommand(project, tr("Split commitment thread"), {thread},
                          {commitmentsOfSteps(thread, 0, firstStepOfSecond),
                           commitmentsOfSteps(thread, firstStepOfSecond, int(thread.steps.size()))},
                          parent)
{
}

namespace {
QList<QList<qint64>> splitOff(const Timeline::CommitmentThread &thread, const QList<qint64> &ids)
{
    QList<qint64> stay;
    QList<qint64> leave;
    for (const qint64 id : thread.commitmentIds())
        (ids.contains(id) ? leave : stay).append(id);
    return {stay, leave};
}
} // namespace

SplitThreadCommand::SplitThreadCommand(Storage::Project *project, const Timeline::CommitmentThread &thread,
                                       const QList<qint64> &ids, QUndoCommand *parent)
    : ThreadChangeCommand(project, tr("Split commitment thread"), {thread}, splitOff(thread, ids), parent)
{
}

JoinThreadsCommand::JoinThreadsCommand(Storage::Project *project, const Timeline::CommitmentThread &first,
                                       const Timeline::CommitmentThread &second, QUndoCommand *parent)
    : ThreadChangeCommand(project, tr("Join commitment threads"), {first, second},
                          {first.commitmentIds() + second.commitmentIds()}, parent)
{
}

} // namespace Parlance::Commands
