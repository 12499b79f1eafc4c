// SPDX-License-Identifier: GPL-2.0-or-later
#include "csvexporter.h"

#include "export/exportutil.h"

namespace Parlance::Export {

namespace {

QString dateTimeText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

CsvExporter::CsvExporter(const ExportOptions &options)
    : m_byteOrderMark(options.csvByteOrderMark)
    , m_formulaGuard(options.csvFormulaGuard)
{
}

QStringList CsvExporter::columns()
{
    return {QStringLiteral("id"),        QStringLiteral("article_id"), QStringLiteral("article"),
            QStringLiteral("start"),     QStringLiteral("end"),        QStringLiteral("text"),
            QStringLiteral("kind"),      QStringLiteral("actor"),      QStringLiteral("addressee"),
            QStringLiteral("type"),      QStringLiteral("strength"),   QStringLiteral("negated"),
            QStringLiteral("condition"), QStringLiteral("time"),       QStringLiteral("category"),
            QStringLiteral("origin"),    QStringLiteral("coder"),      QStringLiteral("note"),
            QStringLiteral("created"),   QStringLiteral("modified")};
}

QByteArray CsvExporter::toCsv(const ReportData &data) const
{
    // UTF-8 straight away: the file can be large, and a QString would be twice its size.
    QByteArray out = m_byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    const auto field = [&](QStringView value, bool last = false) {
        QString v = value.toString();
        // A cell starting with these is run as a formula by spreadsheets: article text is untrusted.
        if (m_formulaGuard && !v.isEmpty()
            && (v[0] == u'=' || v[0] == u'+' || v[0] == u'-' || v[0] == u'@' || v[0] == u'\t' || v[0] == u'\r'))
            v.prepend(u'\'');
        if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
            v.replace(u'"', QLatin1StringView("\"\""));
            out += '"';
            out += v.toUtf8();
            out += '"';
        } else {
            out += v.toUtf8();
        }
        out += last ? "\r\n" : ",";
    };

    const QStringList header = columns();
    for (qsizetype i = 0; i < header.size(); ++i)
        field(header[i], i + 1 == header.size());

    for (const ReportArticle &entry : data.articles) {
        const QString &text = entry.article.text;
        const Model::CodePointMap map(text);
        const QString title = entry.article.displayTitle();
        const QString articleId = QString::number(entry.article.id);
        for (const Model::Annotation &a : entry.annotations) {
            const Model::Span cp = map.toCodePoints(a.span);
            QString type;
            if (a.kind == Model::AnnotationKind::Quote)
                type = Model::quoteKindName(a.quoteKind);
            else if (a.kind == Model::AnnotationKind::Commitment)
                type = Model::commitmentTypeName(a.commitmentType);
            const Model::CodebookCategory *category = a.categoryId ? data.category(a.categoryId) : nullptr;
            field(QString::number(a.id));
            field(articleId);
            field(title);
            field(QString::number(cp.start));
            field(QString::number(cp.end));
            field(a.span.textIn(text));
            field(Model::annotationKindName(a.kind));
            field(data.actorName(a.actorId));
            field(data.actorName(a.addresseeId));
            field(type);
            field(a.kind == Model::AnnotationKind::Commitment ? strengthText(a.strength) : QString());
            field(a.kind == Model::AnnotationKind::Commitment ? (a.negated ? QStringLiteral("yes") : QStringLiteral("no")) : QString());
            field(a.condition.textIn(text));
            field(a.time.textIn(text));
            field(category ? category->name : QString());
            field(Model::originName(a.origin));
            field(a.coder);
            field(a.note);
            field(dateTimeText(a.created));
            field(dateTimeText(a.modified), true);
        }
    }
    return out;
}

bool CsvExporter::write(const ReportData &data, const QString &path, Error *error) const
{
    return writeFile(path, toCsv(data), error);
}

} // namespace Parlance::Export
