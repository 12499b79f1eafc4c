// SPDX-License-Identifier: GPL-2.0-or-later
#include "projectmerge.h"

#include "model/textanchor.h"
#include "storage/identity.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>
#include <map>

namespace Parlance::Teams {

using namespace Storage;

namespace {

// A field as compared (`key`) and as recorded in a conflict (`shown`).
struct Field {
    QString name;
    QString key;
    QString shown;
};
using Fields = QList<Field>;

QString serialize(const Fields &fields)
{
    QStringList keys;
    for (const Field &f : fields)
        keys.append(f.key);
    return keys.join(QChar(0x1f));
}

QString spanText(Model::Span s)
{
    return s.isValid() ? QStringLiteral("%1-%2").arg(s.start).arg(s.end) : QString();
}

// What earlier merges folded: uuid → the uuid it became, per entity.
class IdentityMap {
public:
    void add(const MergedIdentity &m)
    {
        if (m.uuid != m.mergedInto)
            m_map[m.entity].insert(m.uuid, m.mergedInto);
    }
    QString resolve(const QString &entity, QString uuid) const
    {
        const auto entityIt = m_map.constFind(entity);
        if (entityIt == m_map.cend())
            return uuid;
        for (int guard = 0; guard < 64; ++guard) {
            const auto it = entityIt->constFind(uuid);
            if (it == entityIt->cend())
                break;
            uuid = *it;
        }
        return uuid;
    }

private:
    QHash<QString, QHash<QString, QString>> m_map;
};

// Union–find over UUIDs whose root is always the smallest UUID of its group: the survivor of a
// group never depends on the order things were joined in.
class Groups {
public:
    QString find(const QString &x)
    {
        QString root = x;
        while (m_parent.contains(root) && m_parent.value(root) != root)
            root = m_parent.value(root);
        return root;
    }
    void unite(const QString &a, const QString &b)
    {
        const QString ra = find(a), rb = find(b);
        if (ra == rb)
            return;
        if (ra < rb)
            m_parent.insert(rb, ra);
        else
            m_parent.insert(ra, rb);
    }

private:
    QHash<QString, QString> m_parent;
};

template<typename T>
struct Version {
    T value;
    QString source;
    QDateTime modified;
    Fields fields;
};

// The winner: newest (an unknown time is oldest), then the greatest content, so order never matters.
template<typename T>
qsizetype winnerOf(const QList<Version<T>> &versions)
{
    qsizetype best = 0;
    for (qsizetype i = 1; i < versions.size(); ++i) {
        const auto &a = versions[i], &b = versions[best];
        const qint64 ta = a.modified.isValid() ? a.modified.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        const qint64 tb = b.modified.isValid() ? b.modified.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        if (ta > tb || (ta == tb && serialize(a.fields) > serialize(b.fields)))
            best = i;
    }
    return best;
}

struct Merger {
    explicit Merger(const QList<MergeInput> &in)
        : inputs(in)
    {
    }
    const QList<MergeInput> &inputs;
    MergeResult result;
    IdentityMap identities;
    QList<MergedIdentity> foldedAll; // earlier merges' and this one's
    QList<MergeConflict> conflicts;

    // Final uuid of each entity after this merge (resolve() + grouping).
    QHash<QString, QString> articleWinner, actorWinner, categoryWinner;
    QHash<QString, QString> actorName; // final actor uuid → canonical name (for conflict texts)
    QHash<QString, QString> categoryName;
    QHash<QString, const Model::Article *> articleByUuid;

    ProjectSnapshot out;

    template<typename T>
    void recordConflicts(const QString &entity, const QString &uuid, const QList<Version<T>> &versions, qsizetype winner)
    {
        const Version<T> &kept = versions[winner];
        const QString keptKey = serialize(kept.fields);
        QStringList keptFrom;
        for (const auto &v : versions) {
            if (serialize(v.fields) == keptKey && !keptFrom.contains(v.source))
                keptFrom.append(v.source);
        }
        QSet<QString> done;
        for (const auto &v : versions) {
            const QString key = serialize(v.fields);
            if (key == keptKey || done.contains(key))
                continue;
            done.insert(key);
            QStringList lostFrom;
            for (const auto &w : versions) {
                if (serialize(w.fields) == key && !lostFrom.contains(w.source))
                    lostFrom.append(w.source);
            }
            for (qsizetype f = 0; f < kept.fields.size() && f < v.fields.size(); ++f) {
                if (kept.fields[f].key == v.fields[f].key)
                    continue;
                MergeConflict c{entity, uuid, kept.fields[f].name, kept.fields[f].shown, v.fields[f].shown, kept.modified, v.modified};
                conflicts.append(c);
                result.conflicts.append({c, keptFrom, lostFrom});
            }
        }
    }

    void fold(const QString &entity, const QString &uuid, const QString &into)
    {
        if (identities.resolve(entity, uuid) == into)
            return; // an earlier merge did it already
        const MergedIdentity m{entity, uuid, into};
        result.folded.append(m);
        foldedAll.append(m);
    }

    // The entity a uuid ended up as: directly, or through what earlier merges folded.
    QString finalOf(const QHash<QString, QString> &winners, const QString &entity, const QString &uuid) const
    {
        if (uuid.isEmpty())
            return {};
        const auto it = winners.constFind(uuid);
        return it != winners.cend() ? *it : winners.value(identities.resolve(entity, uuid));
    }

    // Earlier merges' folds join the groups again (only between entities that are still here).
    template<typename Map>
    void joinEarlierFolds(Groups &groups, const QString &entity, const Map &byUuid) const
    {
        for (const auto &[uuid, versions] : byUuid) {
            const QString target = identities.resolve(entity, uuid);
            if (target != uuid && byUuid.count(target) > 0)
                groups.unite(uuid, target);
        }
    }

    bool mergeArticles();
    void mergeActors();
    void mergeCategories();
    void mergeCoders();
    bool mergeAnnotations();
    void mergeComparisonSets();
    void mergeSettings();
    void finish();
};

Fields articleFields(const Model::Article &a)
{
    auto f = [](const char *name, const QString &value) { return Field{QString::fromLatin1(name), value, value}; };
    return {f("title", a.title), f("outlet", a.outlet), f("author", a.author), f("url", a.url),
            f("published", a.published.isValid() ? a.published.toString(Qt::ISODate) : QString()), f("language", a.language)};
}

bool Merger::mergeArticles()
{
    // Versions by (resolved) uuid; a uuid must always carry the same text.
    std::map<QString, QList<Version<Model::Article>>> byUuid;
    QHash<QString, QString> hashOf, hashFrom; // uuid → text hash, and the file it was first seen in
    Groups groups;
    QHash<QString, QString> uuidOfHash;
    for (const MergeInput &input : inputs) {
        for (const Model::Article &a : input.snapshot.articles) {
            const QString &uuid = a.uuid;
            const QString hash = QString::fromLatin1(Model::Article::hashText(a.text));
            if (!a.contentHash.isEmpty() && QString::fromLatin1(a.contentHash) != hash) {
                result.error = QStringLiteral("%1: the text of the article \u201c%2\u201d no longer matches its hash; not merged")
                                   .arg(input.name, a.displayTitle());
                return false;
            }
            if (hashOf.contains(uuid) && hashOf.value(uuid) != hash) {
                result.error = QStringLiteral("%1 and %2 hold different texts for the same article (%3, \u201c%4\u201d); not merged")
                                   .arg(hashFrom.value(uuid), input.name, uuid, a.displayTitle());
                return false;
            }
            hashOf.insert(uuid, hash);
            if (!hashFrom.contains(uuid))
                hashFrom.insert(uuid, input.name);
            byUuid[uuid].append({a, input.name, {}, articleFields(a)});
            groups.find(uuid);
            if (uuidOfHash.contains(hash))
                groups.unite(uuidOfHash.value(hash), uuid);
            else
                uuidOfHash.insert(hash, uuid);
        }
    }
    // Earlier merges folded articles of one text; they stay one only while the texts are the same.
    for (const auto &[uuid, versions] : byUuid) {
        const QString target = identities.resolve(QStringLiteral("article"), uuid);
        if (target != uuid && byUuid.count(target) > 0 && hashOf.value(target) == hashOf.value(uuid))
            groups.unite(uuid, target);
    }
    // Each uuid's winning version, then one article per text (the smallest uuid survives).
    std::map<QString, Model::Article> survivors;
    for (auto &[uuid, versions] : byUuid) {
        const qsizetype w = winnerOf(versions);
        recordConflicts(QStringLiteral("article"), uuid, versions, w);
        Model::Article article = versions[w].value;
        for (const auto &v : versions) {
            if (v.value.importedAt.isValid() && (!article.importedAt.isValid() || v.value.importedAt < article.importedAt))
                article.importedAt = v.value.importedAt;
        }
        const QString root = groups.find(uuid);
        articleWinner.insert(uuid, root);
        if (root != uuid) {
            fold(QStringLiteral("article"), uuid, root);
            continue;
        }
        article.uuid = uuid;
        article.id = 0;
        article.contentHash = hashOf.value(uuid).toLatin1();
        survivors.emplace(uuid, article);
    }
    // Earlier imports of the same text keep the earliest import time.
    for (const auto &[uuid, root] : articleWinner.asKeyValueRange()) {
        if (uuid == root)
            continue;
        Model::Article &kept = survivors.at(root);
        for (const auto &v : byUuid.at(uuid)) {
            if (v.value.importedAt.isValid() && v.value.importedAt < kept.importedAt)
                kept.importedAt = v.value.importedAt;
        }
    }
    for (auto &[uuid, article] : survivors)
        out.articles.append(article);
    std::sort(out.articles.begin(), out.articles.end(), [](const Model::Article &a, const Model::Article &b) {
        return a.importedAt != b.importedAt ? a.importedAt < b.importedAt : a.uuid < b.uuid;
    });
    for (const Model::Article &a : std::as_const(out.articles))
        articleByUuid.insert(a.uuid, &a);
    return true;
}

Fields actorFields(const SnapshotActor &a)
{
    auto f = [](const char *name, const QString &value) { return Field{QString::fromLatin1(name), value, value}; };
    return {f("name", a.actor.canonicalName), f("type", Model::actorTypeName(a.actor.type)), f("role", a.actor.role)};
}

void Merger::mergeActors()
{
    std::map<QString, QList<Version<SnapshotActor>>> byUuid;
    for (const MergeInput &input : inputs) {
        for (const SnapshotActor &a : input.snapshot.actors) {
            byUuid[a.actor.uuid].append({a, input.name, a.modified, actorFields(a)});
        }
    }
    // Per uuid: the newest version, with every name any version had.
    std::map<QString, SnapshotActor> perUuid;
    Groups groups;
    QHash<QString, QString> uuidOfName;
    for (auto &[uuid, versions] : byUuid) {
        const qsizetype w = winnerOf(versions);
        recordConflicts(QStringLiteral("actor"), uuid, versions, w);
        SnapshotActor actor = versions[w].value;
        actor.actor.uuid = uuid;
        actor.actor.id = 0;
        for (const auto &v : versions) {
            actor.actor.addAlias(v.value.actor.canonicalName); // a losing name becomes an alias
            for (const QString &alias : v.value.actor.aliases)
                actor.actor.addAlias(alias);
        }
        perUuid.emplace(uuid, actor);
        groups.find(uuid);
        const QString key = Model::normalizedName(actor.actor.canonicalName);
        if (uuidOfName.contains(key))
            groups.unite(uuidOfName.value(key), uuid);
        else
            uuidOfName.insert(key, uuid);
    }
    joinEarlierFolds(groups, QStringLiteral("actor"), byUuid);
    // Same name, different uuids: one actor (the smallest uuid), the others' names its aliases.
    std::map<QString, SnapshotActor> survivors;
    for (const auto &[uuid, actor] : perUuid) {
        const QString root = groups.find(uuid);
        actorWinner.insert(uuid, root);
        if (root == uuid)
            survivors.emplace(uuid, actor);
    }
    for (const auto &[uuid, actor] : perUuid) {
        const QString root = actorWinner.value(uuid);
        if (root == uuid)
            continue;
        fold(QStringLiteral("actor"), uuid, root);
        SnapshotActor &kept = survivors.at(root);
        kept.actor.addAlias(actor.actor.canonicalName);
        for (const QString &alias : actor.actor.aliases)
            kept.actor.addAlias(alias);
        if (kept.actor.role.isEmpty())
            kept.actor.role = actor.actor.role;
        if (kept.actor.type == Model::ActorType::Other)
            kept.actor.type = actor.actor.type;
        if (actor.modified > kept.modified)
            kept.modified = actor.modified;
    }
    for (auto &[uuid, actor] : survivors) {
        std::sort(actor.actor.aliases.begin(), actor.actor.aliases.end());
        actorName.insert(uuid, actor.actor.canonicalName);
        out.actors.append(actor);
    }
}

Fields categoryFields(const SnapshotCategory &c)
{
    auto f = [](const char *name, const QString &value) { return Field{QString::fromLatin1(name), value, value}; };
    const QColor &color = c.category.color;
    const QString colorName = color.isValid() ? color.name(color.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb) : QString();
    return {f("name", c.category.name), f("color", colorName), f("shortcut", c.category.shortcut), f("description", c.category.description)};
}

void Merger::mergeCategories()
{
    std::map<QString, QList<Version<SnapshotCategory>>> byUuid;
    for (const MergeInput &input : inputs) {
        for (const SnapshotCategory &c : input.snapshot.categories) {
            byUuid[c.category.uuid].append({c, input.name, c.modified, categoryFields(c)});
        }
    }
    std::map<QString, SnapshotCategory> perUuid;
    Groups groups;
    QHash<QString, QString> uuidOfName;
    for (auto &[uuid, versions] : byUuid) {
        const qsizetype w = winnerOf(versions);
        recordConflicts(QStringLiteral("category"), uuid, versions, w);
        SnapshotCategory c = versions[w].value;
        c.category.uuid = uuid;
        c.category.id = 0;
        perUuid.emplace(uuid, c);
        groups.find(uuid);
        const QString key = Model::normalizedName(c.category.name);
        if (uuidOfName.contains(key))
            groups.unite(uuidOfName.value(key), uuid);
        else
            uuidOfName.insert(key, uuid);
    }
    joinEarlierFolds(groups, QStringLiteral("category"), byUuid);
    for (const auto &[uuid, c] : perUuid) {
        const QString root = groups.find(uuid);
        categoryWinner.insert(uuid, root);
        if (root != uuid) {
            fold(QStringLiteral("category"), uuid, root);
            continue;
        }
        categoryName.insert(uuid, c.category.name);
        out.categories.append(c);
    }
    std::sort(out.categories.begin(), out.categories.end(), [](const SnapshotCategory &a, const SnapshotCategory &b) {
        const int c = a.category.name.compare(b.category.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.category.uuid < b.category.uuid;
    });
}

void Merger::mergeCoders()
{
    // Coders are named in annotations by name: one coder per name, under its smallest uuid.
    std::map<QString, QString> uuidOfName;
    for (const MergeInput &input : inputs) {
        for (const SnapshotCoder &c : input.snapshot.coders) {
            const QString uuid = identities.resolve(QStringLiteral("coder"), c.uuid);
            auto it = uuidOfName.find(c.name);
            if (it == uuidOfName.end())
                uuidOfName.emplace(c.name, uuid);
            else if (uuid < it->second)
                it->second = uuid;
        }
    }
    QSet<QString> used;
    for (const auto &[name, uuid] : uuidOfName) {
        // Two names with one uuid cannot both keep it (uuids are unique): the later name gets its own.
        const QString own = used.contains(uuid) ? Identity::derivedUuid(uuid, name) : uuid;
        used.insert(own);
        out.coders.append({name, own});
    }
    for (const MergeInput &input : inputs) {
        for (const SnapshotCoder &c : input.snapshot.coders) {
            const QString uuid = identities.resolve(QStringLiteral("coder"), c.uuid);
            const auto found = std::find_if(out.coders.cbegin(), out.coders.cend(), [&](const SnapshotCoder &k) { return k.name == c.name; });
            if (found != out.coders.cend() && found->uuid != uuid) {
                const MergedIdentity m{QStringLiteral("coder"), uuid, found->uuid};
                if (!result.folded.contains(m))
                    fold(m.entity, m.uuid, m.mergedInto);
            }
        }
    }
}

bool Merger::mergeAnnotations()
{
    auto finalActor = [&](const QString &uuid) { return finalOf(actorWinner, QStringLiteral("actor"), uuid); };
    auto finalCategory = [&](const QString &uuid) { return finalOf(categoryWinner, QStringLiteral("category"), uuid); };
    auto finalArticle = [&](const QString &uuid) { return finalOf(articleWinner, QStringLiteral("article"), uuid); };
    auto fields = [&](const SnapshotAnnotation &e) {
        const Model::Annotation &a = e.annotation;
        const QString actor = finalActor(e.actorUuid), addressee = finalActor(e.addresseeUuid), category = finalCategory(e.categoryUuid);
        auto f = [](const char *name, const QString &value) { return Field{QString::fromLatin1(name), value, value}; };
        QStringList parts;
        for (const Model::Span &p : a.contentParts)
            parts.append(spanText(p));
        return Fields{
            f("span", spanText(a.span)), f("kind", Model::annotationKindName(a.kind)), f("origin", Model::originName(a.origin)),
            Field{QStringLiteral("actor"), actor, actorName.value(actor)},
            Field{QStringLiteral("addressee"), addressee, actorName.value(addressee)},
            f("quote kind", Model::quoteKindName(a.quoteKind)), f("content parts", parts.join(u' ')), f("cue", spanText(a.cue)),
            f("source", spanText(a.source)), f("commitment type", Model::commitmentTypeName(a.commitmentType)),
            f("strength", a.strength < 0 ? QString() : QString::number(a.strength, 'g', 6)), f("negated", a.negated ? QStringLiteral("yes") : QStringLiteral("no")),
            f("condition", spanText(a.condition)), f("time", spanText(a.time)),
            Field{QStringLiteral("category"), category, categoryName.value(category)}, f("note", a.note), f("coder", a.coder)};
    };

    std::map<QString, QList<Version<SnapshotAnnotation>>> byUuid;
    QHash<QString, std::pair<QString, QString>> articleOf; // annotation uuid → (article, first file)
    for (const MergeInput &input : inputs) {
        for (const SnapshotAnnotation &e : input.snapshot.annotations) {
            const QString uuid = identities.resolve(QStringLiteral("annotation"), e.annotation.uuid);
            const QString article = finalArticle(e.articleUuid);
            const auto seen = articleOf.constFind(uuid);
            if (seen != articleOf.cend() && seen->first != article) {
                result.error = QStringLiteral("%1 and %2 put the annotation %3 on different articles; not merged")
                                   .arg(seen->second, input.name, uuid);
                return false;
            }
            articleOf.insert(uuid, {article, seen != articleOf.cend() ? seen->second : input.name});
            byUuid[uuid].append({e, input.name, e.annotation.modified, fields(e)});
        }
    }
    for (auto &[uuid, versions] : byUuid) {
        const qsizetype w = winnerOf(versions);
        recordConflicts(QStringLiteral("annotation"), uuid, versions, w);
        SnapshotAnnotation e = versions[w].value;
        e.annotation.uuid = uuid;
        e.annotation.id = 0;
        e.annotation.articleId = 0;
        e.articleUuid = articleOf.value(uuid).first;
        e.actorUuid = finalActor(e.actorUuid);
        e.addresseeUuid = finalActor(e.addresseeUuid);
        e.categoryUuid = finalCategory(e.categoryUuid);
        QStringList from;
        for (const auto &v : versions)
            from.append(v.source);
        from.removeDuplicates();
        const Model::Article *article = articleByUuid.value(e.articleUuid);
        Model::Annotation &a = e.annotation;
        if (!article) {
            result.unanchored.append({uuid, QString(), a.exact, from});
            continue;
        }
        // Never attached to other words than its own: where the stored quote no longer stands at
        // the offsets, it moves to where its quote and context are; if they are gone, it stays out.
        const Model::TextAnchor anchor{a.exact, a.prefix, a.suffix};
        if (!a.span.fitsIn(article->text.size()) || (!a.exact.isEmpty() && !anchor.matches(article->text, a.span))) {
            const Model::Span found = a.exact.isEmpty() ? Model::Span() : anchor.locate(article->text, a.span);
            if (!found.isValid()) {
                result.unanchored.append({uuid, article->displayTitle(), a.exact, from});
                continue;
            }
            const int delta = found.start - a.span.start;
            auto shift = [delta](Model::Span s) { return s.isValid() ? Model::Span(s.start + delta, s.end + delta) : s; };
            a.span = found;
            for (Model::Span &p : a.contentParts)
                p = shift(p);
            a.cue = shift(a.cue);
            a.source = shift(a.source);
            a.condition = shift(a.condition);
            a.time = shift(a.time);
            const Model::TextAnchor moved = Model::TextAnchor::capture(article->text, a.span);
            a.exact = moved.exact;
            a.prefix = moved.prefix;
            a.suffix = moved.suffix;
            ++result.reanchored;
        }
        out.annotations.append(e);
    }
    QHash<QString, int> articleOrder;
    for (int i = 0; i < out.articles.size(); ++i)
        articleOrder.insert(out.articles[i].uuid, i);
    std::sort(out.annotations.begin(), out.annotations.end(), [&](const SnapshotAnnotation &x, const SnapshotAnnotation &y) {
        const int ax = articleOrder.value(x.articleUuid), ay = articleOrder.value(y.articleUuid);
        if (ax != ay)
            return ax < ay;
        if (x.annotation.span.start != y.annotation.span.start)
            return x.annotation.span.start < y.annotation.span.start;
        if (x.annotation.span.end != y.annotation.span.end)
            return x.annotation.span.end > y.annotation.span.end;
        return x.annotation.uuid < y.annotation.uuid;
    });
    return true;
}

void Merger::mergeComparisonSets()
{
    auto finalArticle = [&](const QString &uuid) { return finalOf(articleWinner, QStringLiteral("article"), uuid); };
    std::map<QString, QList<Version<SnapshotComparisonSet>>> byUuid;
    for (const MergeInput &input : inputs) {
        for (SnapshotComparisonSet set : input.snapshot.comparisonSets) {
            QStringList members;
            for (const QString &m : std::as_const(set.articleUuids)) {
                const QString a = finalArticle(m);
                if (!a.isEmpty() && !members.contains(a))
                    members.append(a);
            }
            set.articleUuids = members;
            const Fields fields{{QStringLiteral("name"), set.name, set.name}, {QStringLiteral("articles"), members.join(u' '), members.join(u' ')}};
            byUuid[identities.resolve(QStringLiteral("comparison set"), set.uuid)].append({set, input.name, {}, fields});
        }
    }
    for (auto &[uuid, versions] : byUuid) {
        const qsizetype w = winnerOf(versions);
        recordConflicts(QStringLiteral("comparison set"), uuid, versions, w);
        SnapshotComparisonSet set = versions[w].value;
        set.uuid = uuid;
        out.comparisonSets.append(set);
    }
}

void Merger::mergeSettings()
{
    // Settings of one copy (its current coder, its place in a team) are not the merged project's.
    std::map<QString, SnapshotSetting> byKey;
    auto text = [](const SnapshotSetting &s) { return s.type + QChar(0x1f) + s.value.toString(); };
    for (const MergeInput &input : inputs) {
        for (const SnapshotSetting &s : input.snapshot.settings) {
            if (s.key == u"coder/current" || s.key.startsWith(u"team/"))
                continue;
            auto it = byKey.find(s.key);
            if (it == byKey.end())
                byKey.emplace(s.key, s);
            else if (text(s) > text(it->second))
                it->second = s;
        }
    }
    for (const auto &[key, s] : byKey)
        out.settings.append(s);
}

void Merger::finish()
{
    // Conflicts and folded identities: the inputs' and this merge's, each once, in a fixed order.
    std::map<QStringList, MergeConflict> uniqueConflicts;
    for (const MergeInput &input : inputs) {
        for (const MergeConflict &c : input.snapshot.conflicts)
            uniqueConflicts.emplace(c.key(), c);
    }
    for (const MergeConflict &c : std::as_const(conflicts))
        uniqueConflicts.emplace(c.key(), c);
    for (const auto &[key, c] : uniqueConflicts)
        out.conflicts.append(c);

    IdentityMap all;
    for (const MergedIdentity &m : std::as_const(foldedAll))
        all.add(m);
    std::map<std::pair<QString, QString>, MergedIdentity> unique;
    for (const MergedIdentity &m : std::as_const(foldedAll))
        unique[{m.entity, m.uuid}] = {m.entity, m.uuid, all.resolve(m.entity, m.uuid)};
    for (const auto &[key, m] : unique) {
        if (m.uuid != m.mergedInto)
            out.mergedIdentities.append(m);
    }
}

} // namespace

MergeResult mergeProjects(const QList<MergeInput> &inputs)
{
    Merger merger(inputs);
    for (const MergeInput &input : inputs) {
        for (const MergedIdentity &m : input.snapshot.mergedIdentities) {
            merger.identities.add(m);
            merger.foldedAll.append(m);
        }
    }
    if (!merger.mergeArticles())
        return std::move(merger.result);
    merger.mergeActors();
    merger.mergeCategories();
    merger.mergeCoders();
    if (!merger.mergeAnnotations())
        return std::move(merger.result);
    merger.mergeComparisonSets();
    merger.mergeSettings();
    merger.finish();
    merger.result.project = std::move(merger.out);
    return std::move(merger.result);
}

} // namespace Parlance::Teams
