// SPDX-License-Identifier: GPL-2.0-or-later
#include "qdpxexporter.h"

#include "export/exportutil.h"
#include "export/zippackage.h"

#include "highlight/actorcolors.h"

#include <QSet>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Parlance::Export {

namespace {

const QString ns = QStringLiteral("urn:QDA-XML:project:1.0");

QString isoTime(const QDateTime &dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

// Sources and selections are scoped by the project, so that the exports of two projects can be
// merged in one QDA project; codes and users are not, so that merging them unites the codebooks.
QString sourceKey(const ReportData &data, qint64 articleId)
{
    return QStringLiteral("project:%1/article:%2").arg(data.title).arg(articleId);
}

QString selectionKey(const ReportData &data, qint64 annotationId)
{
    return QStringLiteral("project:%1/annotation:%2").arg(data.title).arg(annotationId);
}

QString kindCodeKey(Model::AnnotationKind kind)
{
    return QStringLiteral("code:") + Model::annotationKindName(kind);
}

/// Writes the XML; every attribute and text value passes cleanText() (XML 1.0 forbids controls).
class QdeWriter {
public:
    explicit QdeWriter(QByteArray *out)
        : m_xml(out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
    }

    void start(const QString &name) { m_xml.writeStartElement(name); }
    void end() { m_xml.writeEndElement(); }
    void attribute(const QString &name, const QString &value) { m_xml.writeAttribute(name, cleanText(value)); }
    void textElement(const QString &name, const QString &text) { m_xml.writeTextElement(name, cleanText(text)); }
    QXmlStreamWriter &xml() { return m_xml; }

    void code(const QString &key, const QString &name, const QColor &color, const QString &description = {})
    {
        start(QStringLiteral("Code"));
        attribute(QStringLiteral("guid"), QdpxExporter::guid(key));
        attribute(QStringLiteral("name"), name);
        attribute(QStringLiteral("isCodable"), QStringLiteral("true"));
        if (color.isValid())
            attribute(QStringLiteral("color"), color.name(QColor::HexRgb));
        if (!description.isEmpty())
            textElement(QStringLiteral("Description"), description);
    }

private:
    QXmlStreamWriter m_xml;
};

} // namespace

QdpxExporter::QdpxExporter(const ExportOptions &)
{
}

QString QdpxExporter::guid(const QString &key)
{
    // A fixed namespace for Parlance's exports.
    static const QUuid parlanceNamespace(QStringLiteral("{6f3b8a52-3c1e-4d55-9a44-1e5a1c0d7b21}"));
    return QUuid::createUuidV5(parlanceNamespace, key).toString(QUuid::WithoutBraces);
}

QByteArray QdpxExporter::projectXml(const ReportData &data) const
{
    QByteArray out;
    QdeWriter w(&out);
    QXmlStreamWriter &xml = w.xml();
    xml.writeStartDocument();
    xml.writeDefaultNamespace(ns);
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    xml.writeNamespace(xsi, QStringLiteral("xsi"));
    w.start(QStringLiteral("Project"));
    // Where validating importers find the schema this file follows (checked by hand against it:
    // element order, attribute names and types, GUID and colour patterns).
    xml.writeAttribute(xsi, QStringLiteral("schemaLocation"),
                       ns + QStringLiteral(" http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd"));
    w.attribute(QStringLiteral("name"), data.title.isEmpty() ? QStringLiteral("Parlance project") : data.title);
    w.attribute(QStringLiteral("origin"), QStringLiteral("Parlance %1").arg(QStringLiteral(PARLANCE_VERSION)));
    if (data.generated.isValid())
        w.attribute(QStringLiteral("creationDateTime"), isoTime(data.generated));

    // Users: the coders.
    QStringList coders;
    for (const ReportArticle &entry : data.articles)
        for (const Model::Annotation &a : entry.annotations)
            if (!a.coder.isEmpty() && !coders.contains(a.coder))
                coders.append(a.coder);
    if (!coders.isEmpty()) {
        w.start(QStringLiteral("Users"));
        for (const QString &coder : std::as_const(coders)) {
            w.start(QStringLiteral("User"));
            w.attribute(QStringLiteral("guid"), guid(u"user:" + coder));
            w.attribute(QStringLiteral("name"), coder);
            w.end();
        }
        w.end();
    }

    // The codebook.
    QSet<qint64> usedActors;
    for (const ReportArticle &entry : data.articles)
        for (const Model::Annotation &a : entry.annotations)
            if (a.actorId && data.actor(a.actorId))
                usedActors.insert(a.actorId);
    w.start(QStringLiteral("CodeBook"));
    w.start(QStringLiteral("Codes"));
    w.code(kindCodeKey(Model::AnnotationKind::Quote), QStringLiteral("Quotes"), QColor(0x1f, 0x6f, 0xb2),
           QStringLiteral("Quoted speech, coded with its speaker under Actors."));
    for (const Model::QuoteKind k : Model::allQuoteKinds()) {
        w.code(QStringLiteral("code:quote:") + Model::quoteKindName(k), Model::quoteKindName(k), {});
        w.end();
    }
    w.end();
    w.code(kindCodeKey(Model::AnnotationKind::Commitment), QStringLiteral("Commitments"), QColor(0xb2, 0x4a, 0x1f),
           QStringLiteral("Promises, threats, demands, offers…, coded with their holder under Actors."));
    for (const Model::CommitmentType t : Model::allCommitmentTypes()) {
        w.code(QStringLiteral("code:commitment:") + Model::commitmentTypeName(t), Model::commitmentTypeName(t), {});
        w.end();
    }
    w.end();
    w.code(kindCodeKey(Model::AnnotationKind::ActorMention), QStringLiteral("Actor mentions"), QColor(0x55, 0x55, 0x55));
    w.end();
    w.code(QStringLiteral("code:actors"), QStringLiteral("Actors"), {},
           QStringLiteral("Speakers of quotes, holders of commitments, actors mentioned."));
    QList<const Model::Actor *> actors;
    for (const Model::Actor &a : data.actors)
        if (usedActors.contains(a.id))
            actors.append(&a);
    for (const Model::Actor *a : std::as_const(actors)) {
        QString description = a->role;
        if (!a->aliases.isEmpty())
            description += (description.isEmpty() ? QString() : QStringLiteral("; ")) + QStringLiteral("also called ")
                         + a->aliases.join(QStringLiteral(", "));
        w.code(QStringLiteral("actor:%1").arg(a->id), a->canonicalName, Highlight::ActorColors::color(a->id, false), description);
        w.end();
    }
    w.end();
    if (!data.categories.isEmpty()) {
        w.code(kindCodeKey(Model::AnnotationKind::Category), QStringLiteral("Categories"), {},
               QStringLiteral("The project's codebook categories."));
        for (const Model::CodebookCategory &c : data.categories) {
            w.code(QStringLiteral("category:%1").arg(c.id), c.name, c.color, c.description);
            w.end();
        }
        w.end();
    }
    w.end(); // Codes
    w.end(); // CodeBook

    // The sources with their coded selections.
    w.start(QStringLiteral("Sources"));
    for (const ReportArticle &entry : data.articles) {
        const Model::Article &article = entry.article;
        const QString sourceGuid = guid(sourceKey(data, article.id));
        w.start(QStringLiteral("TextSource"));
        w.attribute(QStringLiteral("guid"), sourceGuid);
        w.attribute(QStringLiteral("name"), article.displayTitle());
        w.attribute(QStringLiteral("plainTextPath"), QStringLiteral("internal://%1.txt").arg(sourceGuid));
        if (article.importedAt.isValid())
            w.attribute(QStringLiteral("creationDateTime"), isoTime(article.importedAt));
        QStringList about;
        for (const QString &s : {article.outlet, article.author, article.published.toString(Qt::ISODate), article.url})
            if (!s.isEmpty())
                about.append(s);
        if (!about.isEmpty())
            w.textElement(QStringLiteral("Description"), about.join(QStringLiteral(" · ")));

        const Model::CodePointMap map(article.text);
        for (const Model::Annotation &a : entry.annotations) {
            const Model::Span cp = map.toCodePoints(a.span);
            const QString key = selectionKey(data, a.id);
            w.start(QStringLiteral("PlainTextSelection"));
            w.attribute(QStringLiteral("guid"), guid(key));
            w.attribute(QStringLiteral("name"), a.span.textIn(article.text).left(60).toString().simplified());
            w.attribute(QStringLiteral("startPosition"), QString::number(cp.start));
            w.attribute(QStringLiteral("endPosition"), QString::number(cp.end));
            const QString user = a.coder.isEmpty() ? QString() : guid(u"user:" + a.coder);
            if (!user.isEmpty())
                w.attribute(QStringLiteral("creatingUser"), user);
            if (a.created.isValid())
                w.attribute(QStringLiteral("creationDateTime"), isoTime(a.created));
            if (!user.isEmpty() && a.modified.isValid())
                w.attribute(QStringLiteral("modifyingUser"), user);
            if (a.modified.isValid())
                w.attribute(QStringLiteral("modifiedDateTime"), isoTime(a.modified));
            if (!a.note.isEmpty())
                w.textElement(QStringLiteral("Description"), a.note);

            QStringList codes;
            switch (a.kind) {
            case Model::AnnotationKind::Quote:
                codes.append(QStringLiteral("code:quote:") + Model::quoteKindName(a.quoteKind));
                break;
            case Model::AnnotationKind::Commitment:
                codes.append(QStringLiteral("code:commitment:") + Model::commitmentTypeName(a.commitmentType));
                break;
            case Model::AnnotationKind::ActorMention:
                codes.append(kindCodeKey(a.kind));
                break;
            case Model::AnnotationKind::Category:
                if (a.categoryId && data.category(a.categoryId))
                    codes.append(QStringLiteral("category:%1").arg(a.categoryId));
                break;
            }
            if (usedActors.contains(a.actorId))
                codes.append(QStringLiteral("actor:%1").arg(a.actorId));
            for (const QString &code : std::as_const(codes)) {
                w.start(QStringLiteral("Coding"));
                w.attribute(QStringLiteral("guid"), guid(key + u'/' + code));
                if (!user.isEmpty())
                    w.attribute(QStringLiteral("creatingUser"), user);
                if (a.created.isValid())
                    w.attribute(QStringLiteral("creationDateTime"), isoTime(a.created));
                w.start(QStringLiteral("CodeRef"));
                w.attribute(QStringLiteral("targetGUID"), guid(code));
                w.end();
                w.end();
            }
            w.end(); // PlainTextSelection
        }
        w.end(); // TextSource
    }
    w.end(); // Sources
    w.end(); // Project
    xml.writeEndDocument();
    return out;
}

QByteArray QdpxExporter::archive(const ReportData &data, Error *error) const
{
    ZipPackage zip(data.generated.isValid() ? data.generated : QDateTime::currentDateTimeUtc());
    bool ok = zip.add(QStringLiteral("project.qde"), projectXml(data));
    for (qsizetype i = 0; ok && i < data.articles.size(); ++i) {
        const ReportArticle &entry = data.articles.at(i);
        ok = zip.add(QStringLiteral("sources/%1.txt").arg(guid(sourceKey(data, entry.article.id))), entry.article.text.toUtf8());
    }
    const QByteArray bytes = ok ? zip.finish() : QByteArray();
    if (bytes.isEmpty() && error)
        *error = {Error::Io, Error::Problem::CannotMakeArchive, {}, {}, zip.errorString()};
    return bytes;
}

bool QdpxExporter::write(const ReportData &data, const QString &path, Error *error) const
{
    Error why;
    const QByteArray bytes = archive(data, &why);
    if (bytes.isEmpty()) {
        why.file = path;
        if (error)
            *error = why;
        return false;
    }
    return writeFile(path, bytes, error);
}

} // namespace Parlance::Export
