// SPDX-License-Identifier: GPL-2.0-or-later
#include "bratimporter.h"

#include "bratexporter.h"
#include "model/textanchor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringTokenizer>
#include <QUrl>

namespace Parlance::Import {

namespace {

// The views point into the .ann text, which outlives the parse: a 20 MB file has a million lines,
// and a copy of every id and type would be most of the time (and the memory) of reading it.
struct Entity {
    QStringView id;
    QStringView type;
    Model::Span span; // UTF-16
    int line = 0;
};

/// Where each entity id is in the list of entities. Ids are "T1", "T2", … in every file we know of:
/// those go in an array indexed by their number, read in order; a hash table of a million ids
/// spends most of the read waiting for memory. Other ids (any text brat allows) use a hash.
class EntityIndex final {
public:
    void insert(QStringView id, int index)
    {
        if (const int n = number(id); n >= 0) {
            if (m_byNumber.size() <= n)
                m_byNumber.resize(std::max<qsizetype>(n + 1, m_byNumber.size() * 2), -1);
            m_byNumber[n] = index;
        } else {
            m_other.insert(id, index);
        }
    }
    /// The entity's index, -1 if there is none by that id.
    int find(QStringView id) const
    {
        if (const int n = number(id); n >= 0)
            return n < m_byNumber.size() ? m_byNumber[n] : -1;
        return m_other.value(id, -1);
    }

private:
    /// n for "Tn" written without leading zeros and below a few million, else -1.
    static int number(QStringView id)
    {
        constexpr int maxDigits = 7;
        if (id.size() < 2 || id.size() > 1 + maxDigits || id[0] != u'T' || (id[1] == u'0' && id.size() > 2))
            return -1;
        int n = 0;
        for (const QChar c : id.sliced(1)) {
            if (c < u'0' || c > u'9')
                return -1;
            n = n * 10 + (c.unicode() - u'0');
        }
        return n;
    }

    QList<int> m_byNumber; ///< -1: no entity
    QHash<QStringView, int> m_other;
};

const QStringList &partTypes()
{
    static const QStringList types{QStringLiteral("Content"), QStringLiteral("Cue"), QStringLiteral("Source"),
                                   QStringLiteral("Condition"), QStringLiteral("Time")};
    return types;
}

std::optional<Model::AnnotationKind> knownKind(QStringView type)
{
    if (type == u"Quote")
        return Model::AnnotationKind::Quote;
    if (type == u"ActorMention")
        return Model::AnnotationKind::ActorMention;
    if (type == u"Commitment")
        return Model::AnnotationKind::Commitment;
    if (type == u"Category")
        return Model::AnnotationKind::Category;
    return std::nullopt;
}

std::optional<QString> readText(const QString &path, Error *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = {Error::Io, Error::Problem::CannotRead, path, {}, file.errorString()};
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

std::optional<BratDocument> BratImporter::parse(const QString &text, const QString &ann, const QString &fileName,
                                                Error *error)
{
    // Every sentence starts with the line: "x.ann: line 2: bad offsets …".
    const auto fail = [&](int line, Error::Problem problem, const QStringList &args = {}) {
        if (error)
            *error = {Error::Invalid, problem, fileName, QStringList{QString::number(line)} + args};
        return std::nullopt;
    };

    const Model::CodePointMap map(text);
    const int codePoints = map.toCodePoint(int(text.size()));
    const qsizetype entityLines = ann.count(u"\nT") + 1;
    QList<Entity> entities; // in file order; an id given twice means its last entity
    entities.reserve(entityLines);
    EntityIndex indexOf;
    struct Relation { QStringView type, from, to; };
    QList<Relation> relations;
    struct Attribute { QStringView name, target; QString value; int line; };
    QList<Attribute> attributes;
    struct Reference { QStringView target, db; qint64 id; QString name; };
    QList<Reference> references;
    QHash<QStringView, QString> notes;

    // Line by line, without a list of every line first.
    int n = -1;
    for (QStringView line : QStringTokenizer(ann, u'\n')) {
        ++n;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const int lineNo = n + 1;
        // "ID<tab>BODY[<tab>TEXT…]"
        const qsizetype tab = line.indexOf(u'\t');
        if (tab < 0)
            return fail(lineNo, Error::Problem::BratNoTab);
        const QStringView id = line.first(tab);
        const QStringView rest = line.sliced(tab + 1);
        const qsizetype tab2 = rest.indexOf(u'\t');
        const QStringView body = tab2 < 0 ? rest : rest.first(tab2);
        const std::optional<QStringView> tail = tab2 < 0 ? std::nullopt : std::optional(rest.sliced(tab2 + 1));
        const QList<QStringView> head = body.split(u' ', Qt::SkipEmptyParts);
        if (head.isEmpty())
            return fail(lineNo, Error::Problem::BratEmptyLine);

        if (id.startsWith(u'T')) {
            // "Type start end;start end"
            int start = -1, end = -1;
            for (const QStringView fragment : QStringTokenizer(body.sliced(head[0].size()).trimmed(), u';')) {
                const QList<QStringView> se = fragment.split(u' ', Qt::SkipEmptyParts);
                bool okStart = false, okEnd = false;
                const int s = se.size() == 2 ? se[0].toInt(&okStart) : -1;
                const int e = se.size() == 2 ? se[1].toInt(&okEnd) : -1;
                if (!okStart || !okEnd || s < 0 || e < s || e > codePoints)
                    return fail(lineNo, Error::Problem::BratBadOffsets, {fragment.trimmed().toString(), QString::number(codePoints)});
                if (start < 0)
                    start = s;
                end = std::max(end, e);
            }
            indexOf.insert(id, int(entities.size()));
            entities.append({id, head[0], map.toUtf16(Model::Span(start, end)), lineNo});
        } else if (id.startsWith(u'R')) {
            if (head.size() < 3 || !head[1].startsWith(u"Arg1:") || !head[2].startsWith(u"Arg2:"))
                return fail(lineNo, Error::Problem::BratExpected, {QStringLiteral("'Type Arg1:T Arg2:T'")});
            relations.append({head[0], head[1].sliced(5), head[2].sliced(5)});
        } else if (id.startsWith(u'A') || id.startsWith(u'M')) {
            if (head.size() < 2)
                return fail(lineNo, Error::Problem::BratExpected, {QStringLiteral("'Name Target [Value]'")});
            // Values are percent-encoded UTF-8 when they hold a space or a '%' (see BratExporter).
            QString value;
            if (head.size() > 2)
                value = head[2].contains(u'%') ? QUrl::fromPercentEncoding(head[2].toUtf8()) : head[2].toString();
            attributes.append({head[0], head[1], value, lineNo});
        } else if (id.startsWith(u'N')) {
            if (head.size() < 3)
                return fail(lineNo, Error::Problem::BratExpected, {QStringLiteral("'Reference Target DB:ID'")});
            const qsizetype colon = head[2].indexOf(u':');
            bool ok = false;
            const qint64 refId = colon > 0 ? head[2].sliced(colon + 1).toLongLong(&ok) : 0;
            if (ok) {
                const QStringView name = tail ? tail->first(tail->contains(u'\t') ? tail->indexOf(u'\t') : tail->size())
                                              : QStringView();
                references.append({head[1], head[2].first(colon), refId,
                                   tail ? Export::unescapeBratNote(name) : QString()});
            }
        } else if (id.startsWith(u'#')) {
            if (head.size() >= 2 && head[0] == u"AnnotatorNotes")
                notes.insert(head[1], tail ? Export::unescapeBratNote(*tail) : QString());
        }
        // E (events) and * (equivalences) have no counterpart in Parlance.
    }

    // Exact extents of spans that begin or end on a line break (the fragments leave those out).
    for (const Attribute &attr : std::as_const(attributes)) {
        const int target = attr.name == u"Extent" ? indexOf.find(attr.target) : -1;
        if (target < 0)
            continue;
        const qsizetype dash = attr.value.indexOf(u'-');
        bool okStart = false, okEnd = false;
        const int s = attr.value.left(dash).toInt(&okStart);
        const int e = attr.value.mid(dash + 1).toInt(&okEnd);
        if (dash < 0 || !okStart || !okEnd || s < 0 || e < s || e > codePoints)
            return fail(attr.line, Error::Problem::BratBadValue, {attr.value, QStringLiteral("Extent")});
        entities[target].span = map.toUtf16(Model::Span(s, e));
    }

    BratDocument doc;
    doc.article.text = text;
    doc.article.title = doc.article.displayTitle();
    doc.article.contentHash = Model::Article::hashText(text);

    // The parts of annotations, so that they do not become annotations themselves.
    QHash<int, QList<std::pair<QStringView, int>>> partsOf; // main entity -> (relation type, part entity)
    QList<bool> isPart(entities.size(), false);
    for (const Relation &r : std::as_const(relations)) {
        const int from = indexOf.find(r.from);
        const int to = indexOf.find(r.to);
        if (!partTypes().contains(r.type) || from < 0 || to < 0)
            continue;
        partsOf[from].append({r.type, to});
        isPart[to] = true;
    }

    QHash<QString, qint64> unknownTypeIds;
    QList<qsizetype> annotationOf(entities.size(), -1); // entity -> index in doc.annotations
    doc.annotations.reserve(entities.size());
    for (const Entity &given : std::as_const(entities)) {
        const int index = indexOf.find(given.id);
        const Entity &e = entities[index];
        if (isPart[index] || (partTypes().contains(e.type) && !knownKind(e.type)))
            continue;
        Model::Annotation a;
        if (const auto kind = knownKind(e.type)) {
            a.kind = *kind;
        } else {
            a.kind = Model::AnnotationKind::Category;
            qint64 &categoryId = unknownTypeIds[e.type.toString()];
            if (!categoryId) {
                categoryId = -(unknownTypeIds.size());
                doc.categories.append({categoryId, e.type.toString(), {}, {}, {}});
            }
            a.categoryId = categoryId;
        }
        a.span = e.span;
        for (const auto &[type, partIndex] : partsOf.value(index)) {
            const Model::Span part = entities[partIndex].span;
            if (type == u"Content")
                a.contentParts.append(part);
            else if (type == u"Cue")
                a.cue = part;
            else if (type == u"Source")
                a.source = part;
            else if (type == u"Condition")
                a.condition = part;
            else if (type == u"Time")
                a.time = part;
        }
        const Model::TextAnchor anchor = Model::TextAnchor::capture(text, a.span);
        a.exact = anchor.exact;
        a.prefix = anchor.prefix;
        a.suffix = anchor.suffix;
        a.note = notes.value(e.id);
        annotationOf[index] = doc.annotations.size();
        doc.annotations.append(a);
    }

    for (const Attribute &attr : std::as_const(attributes)) {
        const int target = indexOf.find(attr.target);
        if (target < 0 || annotationOf[target] < 0)
            continue;
        Model::Annotation &a = doc.annotations[annotationOf[target]];
        bool ok = true;
        if (attr.name == u"ParlanceId")
            a.id = attr.value.toLongLong(&ok);
        else if (attr.name == u"Origin")
            a.origin = Model::originFromName(attr.value, &ok);
        else if (attr.name == u"QuoteKind")
            a.quoteKind = Model::quoteKindFromName(attr.value, &ok);
        else if (attr.name == u"CommitmentType")
            a.commitmentType = Model::commitmentTypeFromName(attr.value, &ok);
        else if (attr.name == u"Strength")
            a.strength = attr.value.toDouble(&ok);
        else if (attr.name == u"Negated")
            a.negated = true;
        else if (attr.name == u"Coder")
            a.coder = attr.value;
        else if (attr.name == u"Created" || attr.name == u"Modified") {
            const QDateTime dt = QDateTime::fromString(attr.value, Qt::ISODateWithMs);
            ok = dt.isValid();
            (attr.name == u"Created" ? a.created : a.modified) = dt;
        }
        if (!ok)
            return fail(attr.line, Error::Problem::BratBadValue, {attr.value, attr.name.toString()});
    }

    QSet<qint64> actorIds;
    QSet<qint64> categoryIds;
    for (const Reference &ref : std::as_const(references)) {
        const int target = indexOf.find(ref.target);
        if (target < 0 || annotationOf[target] < 0)
            continue;
        Model::Annotation &a = doc.annotations[annotationOf[target]];
        if (ref.db == u"ParlanceActor" || ref.db == u"ParlanceAddressee") {
            (ref.db == u"ParlanceActor" ? a.actorId : a.addresseeId) = ref.id;
            if (!actorIds.contains(ref.id)) {
                actorIds.insert(ref.id);
                Model::Actor actor;
                actor.id = ref.id;
                actor.canonicalName = ref.name;
                doc.actors.append(actor);
            }
        } else if (ref.db == u"ParlanceCategory") {
            a.categoryId = ref.id;
            if (!categoryIds.contains(ref.id)) {
                categoryIds.insert(ref.id);
                doc.categories.append({ref.id, ref.name, {}, {}, {}});
            }
        }
    }
    return doc;
}

std::optional<BratDocument> BratImporter::read(const QString &txtPath, Error *error)
{
    const std::optional<QString> text = readText(txtPath, error);
    if (!text)
        return std::nullopt;
    const QFileInfo info(txtPath);
    const QString annPath = info.dir().filePath(info.completeBaseName() + QLatin1StringView(".ann"));
    QString ann;
    if (QFileInfo::exists(annPath)) {
        const std::optional<QString> read = readText(annPath, error);
        if (!read)
            return std::nullopt;
        ann = *read;
    }
    std::optional<BratDocument> doc = parse(*text, ann, annPath, error);
    if (doc)
        doc->name = info.completeBaseName();
    return doc;
}

std::optional<QList<BratDocument>> BratImporter::readFolder(const QString &folder, Error *error)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        if (error)
            *error = {Error::NotFound, Error::Problem::FolderMissing, folder};
        return std::nullopt;
    }
    QList<BratDocument> docs;
    const QStringList names = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        std::optional<BratDocument> doc = read(dir.filePath(name), error);
        if (!doc)
            return std::nullopt;
        docs.append(std::move(*doc));
    }
    return docs;
}

} // namespace Parlance::Import
