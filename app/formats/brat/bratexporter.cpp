// SPDX-License-Identifier: GPL-2.0-or-later
#include "bratexporter.h"

#include "export/exportutil.h"

#include <QDir>
#include <QUrl>

namespace Parlance::Export {

namespace {

QString entityType(Model::AnnotationKind kind)
{
    switch (kind) {
    case Model::AnnotationKind::Quote: return QStringLiteral("Quote");
    case Model::AnnotationKind::ActorMention: return QStringLiteral("ActorMention");
    case Model::AnnotationKind::Commitment: return QStringLiteral("Commitment");
    case Model::AnnotationKind::Category: return QStringLiteral("Category");
    }
    return QStringLiteral("Category");
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029) || c == QChar(0x85);
}

// One entity line in the brat syntax: "T3<TAB>Quote 10 20;21 30<TAB>text of fragments".
class AnnWriter {
public:
    AnnWriter(const QString &text)
        : m_text(text)
        , m_map(text)
    {
    }

    /// The new entity's id, or an empty string (and nothing written) for a span that does not lie
    /// within the text: offsets come from a file and are not trusted (ReportData warns of them).
    QString entity(const QString &type, Model::Span span)
    {
        if (!span.fitsIn(m_text.size()))
            return {};
        // Fragments are the runs between line breaks, since a .ann line cannot hold one.
        QStringList offsets;
        QStringList texts;
        int runStart = span.start;
        int first = -1, last = -1;
        for (int i = span.start; i <= span.end; ++i) {
            if (i == span.end || isLineBreak(m_text[i])) {
                if (i > runStart || (offsets.isEmpty() && i == span.end)) {
                    offsets.append(QString::number(m_map.toCodePoint(runStart)) + u' '
                                   + QString::number(m_map.toCodePoint(i)));
                    texts.append(m_text.mid(runStart, i - runStart));
                    if (first < 0)
                        first = runStart;
                    last = i;
                }
                runStart = i + 1;
            }
        }
        const QString id = QStringLiteral("T%1").arg(++m_entities);
        m_out += id + u'\t' + type + u' ' + offsets.join(u';') + u'\t' + texts.join(u' ') + u'\n';
        // A span that starts or ends on a line break is more than its fragments: keep it exactly.
        if (first != span.start || last != span.end)
            attribute(QStringLiteral("Extent"), id,
                      QStringLiteral("%1-%2").arg(m_map.toCodePoint(span.start)).arg(m_map.toCodePoint(span.end)));
        return id;
    }

    /// A part of an annotation (its cue, content, …): an entity and the relation to it.
    void part(const QString &type, const QString &owner, Model::Span span)
    {
        if (!span.isValid())
            return;
        const QString id = entity(type, span);
        if (!id.isEmpty())
            relation(type, owner, id);
    }

    void relation(const QString &type, const QString &from, const QString &to)
    {
        m_out += QStringLiteral("R%1\t%2 Arg1:%3 Arg2:%4\n").arg(++m_relations).arg(type, from, to);
    }

    void attribute(const QString &name, const QString &target, const QString &value = {})
    {
        m_out += QStringLiteral("A%1\t%2 %3").arg(++m_attributes).arg(name, target);
        if (!value.isEmpty())
            m_out += u' ' + QString::fromLatin1(QUrl::toPercentEncoding(value));
        m_out += u'\n';
    }

    void reference(const QString &target, const QString &db, qint64 id, const QString &name)
    {
        m_out += QStringLiteral("N%1\tReference %2 %3:%4\t").arg(++m_normalizations).arg(target, db).arg(id)
               + escapeBratNote(name) + u'\n';
    }

    void note(const QString &target, const QString &note)
    {
        m_out += QStringLiteral("#%1\tAnnotatorNotes %2\t").arg(++m_notes).arg(target) + escapeBratNote(note) + u'\n';
    }

    QString result() const { return m_out; }

private:
    const QString &m_text;
    Model::CodePointMap m_map;
    QString m_out;
    int m_entities = 0, m_relations = 0, m_attributes = 0, m_normalizations = 0, m_notes = 0;
};

} // namespace

QString escapeBratNote(const QString &note)
{
    QString out;
    out.reserve(note.size());
    for (const QChar c : note) {
        switch (c.unicode()) {
        case u'\\': out += QLatin1StringView("\\\\"); break;
        case u'\t': out += QLatin1StringView("\\t"); break;
        case u'\n': out += QLatin1StringView("\\n"); break;
        case u'\r': out += QLatin1StringView("\\r"); break;
        default: out += c;
        }
    }
    return out;
}

QString unescapeBratNote(QStringView line)
{
    QString out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'\\' && i + 1 < line.size()) {
            const QChar next = line[++i];
            out += next == u't' ? QChar(u'\t') : next == u'n' ? QChar(u'\n') : next == u'r' ? QChar(u'\r') : next;
        } else {
            out += line[i];
        }
    }
    return out;
}

BratExporter::BratExporter(const ExportOptions &)
{
}

QString BratExporter::baseName(const Model::Article &article)
{
    return QStringLiteral("article-%1").arg(article.id);
}

QString BratExporter::annotationFile(const ReportArticle &entry, const ReportData &data)
{
    AnnWriter w(entry.article.text);
    const auto isoTime = [](const QDateTime &dt) { return dt.toUTC().toString(Qt::ISODateWithMs); };
    for (const Model::Annotation &a : entry.annotations) {
        const QString t = w.entity(entityType(a.kind), a.span);
        if (t.isEmpty())
            continue;
        w.attribute(QStringLiteral("ParlanceId"), t, QString::number(a.id));
        w.attribute(QStringLiteral("Origin"), t, Model::originName(a.origin));
        if (a.kind == Model::AnnotationKind::Quote) {
            w.attribute(QStringLiteral("QuoteKind"), t, Model::quoteKindName(a.quoteKind));
            for (const Model::Span part : a.contentParts)
                w.part(QStringLiteral("Content"), t, part);
            w.part(QStringLiteral("Cue"), t, a.cue);
            w.part(QStringLiteral("Source"), t, a.source);
        } else if (a.kind == Model::AnnotationKind::Commitment) {
            w.attribute(QStringLiteral("CommitmentType"), t, Model::commitmentTypeName(a.commitmentType));
            if (a.strength >= 0)
                w.attribute(QStringLiteral("Strength"), t, QString::number(a.strength, 'g', 17));
            if (a.negated)
                w.attribute(QStringLiteral("Negated"), t);
            w.part(QStringLiteral("Cue"), t, a.cue);
            w.part(QStringLiteral("Condition"), t, a.condition);
            w.part(QStringLiteral("Time"), t, a.time);
        } else {
            w.part(QStringLiteral("Cue"), t, a.cue);
        }
        if (!a.coder.isEmpty())
            w.attribute(QStringLiteral("Coder"), t, a.coder);
        if (a.created.isValid())
            w.attribute(QStringLiteral("Created"), t, isoTime(a.created));
        if (a.modified.isValid())
            w.attribute(QStringLiteral("Modified"), t, isoTime(a.modified));
        if (a.actorId)
            w.reference(t, QStringLiteral("ParlanceActor"), a.actorId, data.actorName(a.actorId));
        if (a.addresseeId)
            w.reference(t, QStringLiteral("ParlanceAddressee"), a.addresseeId, data.actorName(a.addresseeId));
        if (a.categoryId) {
            const Model::CodebookCategory *c = data.category(a.categoryId);
            w.reference(t, QStringLiteral("ParlanceCategory"), a.categoryId, c ? c->name : QString());
        }
        if (!a.note.isEmpty())
            w.note(t, a.note);
    }
    return w.result();
}

QString BratExporter::configuration()
{
    return QStringLiteral(
        "# Written by Parlance: the types of its brat export.\n"
        "[entities]\n"
        "Quote\nActorMention\nCommitment\nCategory\nContent\nCue\nSource\nCondition\nTime\n"
        "[relations]\n"
        "Content\tArg1:Quote, Arg2:Content\n"
        "Cue\tArg1:Quote|Commitment|ActorMention|Category, Arg2:Cue\n"
        "Source\tArg1:Quote, Arg2:Source\n"
        "Condition\tArg1:Commitment, Arg2:Condition\n"
        "Time\tArg1:Commitment, Arg2:Time\n"
        "[events]\n"
        "[attributes]\n"
        "Origin\tArg:Quote|ActorMention|Commitment|Category, Value:manual|suggested|accepted\n"
        "QuoteKind\tArg:Quote, Value:")
        + [] {
              QStringList names;
              for (const Model::QuoteKind k : Model::allQuoteKinds())
                  names.append(Model::quoteKindName(k));
              return names.join(u'|');
          }()
        + QStringLiteral("\nCommitmentType\tArg:Commitment, Value:")
        + [] {
              QStringList names;
              for (const Model::CommitmentType t : Model::allCommitmentTypes())
                  names.append(Model::commitmentTypeName(t));
              return names.join(u'|');
          }()
        + QStringLiteral("\nNegated\tArg:Commitment\n");
}

bool BratExporter::write(const ReportData &data, const QString &folder, Error *error) const
{
    if (!makeFolder(folder, error))
        return false;
    const QDir dir(folder);
    if (!writeFile(dir.filePath(QStringLiteral("annotation.conf")), configuration().toUtf8(), error))
        return false;
    for (const ReportArticle &entry : data.articles) {
        const QString base = baseName(entry.article);
        if (!writeFile(dir.filePath(base + QLatin1StringView(".txt")), entry.article.text.toUtf8(), error)
            || !writeFile(dir.filePath(base + QLatin1StringView(".ann")), annotationFile(entry, data).toUtf8(), error))
            return false;
    }
    return true;
}

} // namespace Parlance::Export
