// SPDX-License-Identifier: GPL-2.0-or-later
#include "threadcsvexporter.h"

#include "export/exportutil.h"
#include "export/reportthreads.h"

namespace Parlance::Export {

CommitmentThreadCsvExporter::CommitmentThreadCsvExporter(const ExportOptions &options)
    : m_byteOrderMark(options.csvByteOrderMark)
    , m_formulaGuard(options.csvFormulaGuard)
{
}

QStringList CommitmentThreadCsvExporter::columns()
{
    return {QStringLiteral("thread"),        QStringLiteral("thread_status"),  QStringLiteral("thread_label"),
            QStringLiteral("holder"),        QStringLiteral("addressee"),      QStringLiteral("step"),
            QStringLiteral("date"),          QStringLiteral("outlet"),         QStringLiteral("article_id"),
            QStringLiteral("article"),       QStringLiteral("annotation_id"),  QStringLiteral("also_annotation_ids"),
            QStringLiteral("step_status"),   QStringLiteral("type"),           QStringLiteral("strength"),
            QStringLiteral("previous_strength"), QStringLiteral("negated"),    QStringLiteral("condition"),
            QStringLiteral("move"),          QStringLiteral("cue"),            QStringLiteral("hedges_added"),
            QStringLiteral("hedges_dropped"), QStringLiteral("words_dropped"), QStringLiteral("words_added"),
            QStringLiteral("text"),          QStringLiteral("sentence")};
}

QByteArray CommitmentThreadCsvExporter::toCsv(const ReportData &data) const
{
    QByteArray out = m_byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    // The quoting and formula guard of the annotation CSV (csvexporter.cpp).
    const auto field = [&](QStringView value, bool last = false) {
        QString v = cleanText(value);
        if (m_formulaGuard && !v.isEmpty()
            && (v[0] == u'=' || v[0] == u'+' || v[0] == u'-' || v[0] == u'@' || v[0] == u'\t' || v[0] == u'\r'))
            v.prepend(u'\'');
        if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
            v.replace(u'"', QLatin1StringView("\"\""));
            out += '"' + v.toUtf8() + '"';
        } else {
            out += v.toUtf8();
        }
        out += last ? "\r\n" : ",";
    };
    const auto list = [](const QStringList &words) { return words.join(QStringLiteral("; ")); };

    const QStringList header = columns();
    for (qsizetype i = 0; i < header.size(); ++i)
        field(header[i], i + 1 == header.size());

    for (const Timeline::CommitmentThread &thread : data.commitmentThreads) {
        const QString iri = threadIri(thread);
        const QString status = threadStatusName(thread);
        for (qsizetype i = 0; i < thread.steps.size(); ++i) {
            const Timeline::CommitmentStep &step = thread.steps[i];
            const Model::Annotation &c = step.commitment;
            const ReportArticle *article = data.article(step.articleId);
            QStringList also;
            for (const qint64 id : step.alsoIn)
                also.append(QString::number(id));
            field(iri);
            field(status);
            field(thread.label);
            field(data.actorName(c.actorId));
            field(data.actorName(c.addresseeId));
            field(QString::number(i + 1));
            field(step.date.isValid() ? step.date.toString(Qt::ISODate) : QString());
            field(step.outlet);
            field(QString::number(step.articleId));
            field(step.articleTitle);
            field(QString::number(c.id));
            field(also.join(QLatin1Char(' ')));
            field(step.stored ? QStringLiteral("stored") : QStringLiteral("proposed"));
            field(Model::commitmentTypeName(c.commitmentType));
            field(strengthText(c.strength));
            field(i > 0 ? strengthText(step.change.strengthBefore) : QString());
            field(c.negated ? QStringLiteral("yes") : QStringLiteral("no"));
            field(article ? c.condition.textIn(article->article.text) : QStringView());
            field(Timeline::movesName(step.change.moves));
            field(step.change.cue);
            field(list(step.change.hedgesAdded));
            field(list(step.change.hedgesDropped));
            field(list(step.change.wordsDropped));
            field(list(step.change.wordsAdded));
            field(step.text);
            field(step.sentence, true);
        }
    }
    return out;
}

bool CommitmentThreadCsvExporter::write(const ReportData &data, const QString &path, Error *error) const
{
    return writeFile(path, toCsv(data), error);
}

} // namespace Parlance::Export
