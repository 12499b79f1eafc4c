// SPDX-License-Identifier: GPL-2.0-or-later
#include "w3cannotationexporter.h"

#include "export/exportutil.h"
#include "w3cthreadannotations.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Parlance::Export {

namespace {

QJsonValue spanJson(const Model::CodePointMap &map, Model::Span span)
{
    if (!span.isValid())
        return QJsonValue::Null;
    const Model::Span cp = map.toCodePoints(span);
    return QJsonObject{{QStringLiteral("start"), cp.start}, {QStringLiteral("end"), cp.end}};
}

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return {{QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("value"), value}};
}

} // namespace

W3cAnnotationExporter::W3cAnnotationExporter(const ExportOptions &)
{
}

QString W3cAnnotationExporter::sourceIri(const Model::Article &article)
{
    return article.url.isEmpty() ? QStringLiteral("urn:parlance:article:%1").arg(article.id) : article.url;
}

QJsonObject W3cAnnotationExporter::toJson(const ReportData &data) const
{
    QJsonArray items;
    for (const ReportArticle &entry : data.articles) {
        const QString &text = entry.article.text;
        const Model::CodePointMap map(text);
        const QString source = sourceIri(entry.article);
        for (const Model::Annotation &a : entry.annotations) {
            const Model::TextAnchor anchor = anchorAt(text, a.span);
            const Model::Span cp = map.toCodePoints(a.span);
            const QJsonArray selectors{
                QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                            {QStringLiteral("exact"), anchor.exact},
                            {QStringLiteral("prefix"), anchor.prefix},
                            {QStringLiteral("suffix"), anchor.suffix}},
                QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                            {QStringLiteral("start"), cp.start},
                            {QStringLiteral("end"), cp.end}}};

            QJsonArray bodies{textualBody(QStringLiteral("tagging"), Model::annotationKindName(a.kind))};
            if (a.kind == Model::AnnotationKind::Quote)
                bodies.append(textualBody(QStringLiteral("classifying"), Model::quoteKindName(a.quoteKind)));
            else if (a.kind == Model::AnnotationKind::Commitment)
                bodies.append(textualBody(QStringLiteral("classifying"), Model::commitmentTypeName(a.commitmentType)));
            if (const Model::CodebookCategory *c = a.categoryId ? data.category(a.categoryId) : nullptr)
                bodies.append(textualBody(QStringLiteral("classifying"), c->name));
            if (const QString actor = data.actorName(a.actorId); !actor.isEmpty())
                bodies.append(textualBody(QStringLiteral("identifying"), actor));
            if (!a.note.isEmpty())
                bodies.append(textualBody(QStringLiteral("commenting"), a.note));

            QJsonObject annotation{
                {QStringLiteral("id"), QStringLiteral("urn:parlance:annotation:%1").arg(a.id)},
                {QStringLiteral("type"), QStringLiteral("Annotation")},
                {QStringLiteral("motivation"),
                 a.kind == Model::AnnotationKind::Category ? QStringLiteral("classifying") : QStringLiteral("highlighting")},
                {QStringLiteral("body"), bodies},
                {QStringLiteral("target"),
                 QJsonObject{{QStringLiteral("source"), source}, {QStringLiteral("selector"), selectors}}},
                {QStringLiteral("parlance:origin"), Model::originName(a.origin)},
            };
            if (a.created.isValid())
                annotation.insert(QStringLiteral("created"), a.created.toUTC().toString(Qt::ISODate));
            if (a.modified.isValid())
                annotation.insert(QStringLiteral("modified"), a.modified.toUTC().toString(Qt::ISODate));
            if (!a.coder.isEmpty())
                annotation.insert(QStringLiteral("creator"),
                                  QJsonObject{{QStringLiteral("type"), QStringLiteral("Person")},
                                              {QStringLiteral("name"), a.coder}});
            if (a.actorId)
                annotation.insert(QStringLiteral("parlance:actor"), data.actorName(a.actorId));
            if (a.addresseeId)
                annotation.insert(QStringLiteral("parlance:addressee"), data.actorName(a.addresseeId));
            if (a.kind == Model::AnnotationKind::Quote) {
                QJsonArray parts;
                for (const Model::Span part : a.contentParts)
                    parts.append(spanJson(map, part));
                annotation.insert(QStringLiteral("parlance:content"), parts);
                annotation.insert(QStringLiteral("parlance:cue"), spanJson(map, a.cue));
                annotation.insert(QStringLiteral("parlance:source"), spanJson(map, a.source));
            } else if (a.kind == Model::AnnotationKind::Commitment) {
                if (a.strength >= 0)
                    annotation.insert(QStringLiteral("parlance:strength"), a.strength);
                annotation.insert(QStringLiteral("parlance:negated"), a.negated);
                annotation.insert(QStringLiteral("parlance:condition"), spanJson(map, a.condition));
                annotation.insert(QStringLiteral("parlance:time"), spanJson(map, a.time));
            }
            items.append(annotation);
        }
    }
    for (const QJsonValue &thread : commitmentThreadAnnotations(data))
        items.append(thread);
    return {{QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
            {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
            {QStringLiteral("label"), data.title},
            {QStringLiteral("total"), items.size()},
            {QStringLiteral("first"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                         {QStringLiteral("startIndex"), 0},
                         {QStringLiteral("items"), items}}}};
}

bool W3cAnnotationExporter::write(const ReportData &data, const QString &path, Error *error) const
{
    return writeFile(path, QJsonDocument(toJson(data)).toJson(QJsonDocument::Indented), error);
}

} // namespace Parlance::Export
