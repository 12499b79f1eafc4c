// SPDX-License-Identifier: GPL-2.0-or-later
#include "suggestions.h"

#include <QHash>

namespace Parlance::Analysis {

QList<Model::Annotation> toSuggestions(const AnalysisResult &result, qint64 articleId, const ActorIdFor &actorId)
{
    QList<Model::Annotation> out;
    QHash<QString, Model::ActorType> typeOf;
    for (const FoundActor &actor : result.actors)
        typeOf.insert(actor.name, actor.type);
    // One lookup per name: the project may create the actor, and must not be asked twice.
    QHash<QString, qint64> ids;
    auto idOf = [&](const QString &name, Model::ActorType fallback) -> qint64 {
        if (name.isEmpty() || !actorId)
            return 0;
        auto it = ids.constFind(name);
        if (it != ids.cend())
            return *it;
        const qint64 id = actorId(name, typeOf.value(name, fallback));
        ids.insert(name, id);
        return id;
    };

    auto base = [&](Model::AnnotationKind kind) {
        Model::Annotation a;
        a.articleId = articleId;
        a.kind = kind;
        a.origin = Model::Origin::Suggested;
        return a;
    };

    for (const FoundQuote &q : result.quotes) {
        Model::Span span;
        for (const Model::Span &part : q.content)
            span = span.united(part);
        if (span.isEmpty())
            continue;
        Model::Annotation a = base(Model::AnnotationKind::Quote);
        a.span = span;
        a.quoteKind = q.kind;
        a.contentParts = q.content;
        a.cue = q.cue;
        a.source = q.source;
        a.sourceKind = q.sourceKind;
        a.confidence = q.confidence;
        a.actorId = idOf(q.speaker, Model::ActorType::Person);
        out.append(a);
    }
    for (const FoundActor &actor : result.actors) {
        const qint64 id = idOf(actor.name, actor.type);
        for (const Model::Span &mention : actor.mentions) {
            if (mention.isEmpty())
                continue;
            Model::Annotation a = base(Model::AnnotationKind::ActorMention);
            a.span = mention;
            a.actorId = id;
            out.append(a);
        }
    }
    for (const FoundCommitment &c : result.commitments) {
        if (c.span.isEmpty())
            continue;
        Model::Annotation a = base(Model::AnnotationKind::Commitment);
        a.span = c.span;
        a.cue = c.cue;
        a.commitmentType = c.type;
        a.actorId = idOf(c.holder, Model::ActorType::Other);
        a.addresseeId = idOf(c.addressee, Model::ActorType::Other);
        a.strength = c.strength;
        a.negated = c.negated;
        a.condition = c.condition;
        a.time = c.time;
        out.append(a);
    }
    return out;
}

} // namespace Parlance::Analysis
