// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// A project's contents as sorted lines naming everything by UUID, never by row id: two projects
// are "the same" (merged twice, or in another order) when their dumps are equal.

#include "storage/projectsnapshot.h"

#include <QStringList>

namespace Parlance::Test {

inline QString spanDump(Model::Span s)
{
    return s.isValid() ? QStringLiteral("%1-%2").arg(s.start).arg(s.end) : QStringLiteral("-");
}

inline QStringList dumpSnapshot(const Storage::ProjectSnapshot &p)
{
    QStringList lines;
    for (const Model::Article &a : p.articles) {
        lines << QStringLiteral("article %1 %2|%3|%4|%5|%6|%7|%8|%9")
                     .arg(a.uuid, a.title, a.outlet, a.author, a.url, a.published.toString(Qt::ISODate), a.language,
                          QString::fromLatin1(a.contentHash), a.importedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    for (const Storage::SnapshotActor &e : p.actors) {
        lines << QStringLiteral("actor %1 %2|%3|%4|%5|%6")
                     .arg(e.actor.uuid, e.actor.canonicalName, Model::actorTypeName(e.actor.type), e.actor.role,
                          e.actor.aliases.join(u';'), e.modified.toUTC().toString(Qt::ISODateWithMs));
    }
    for (const Storage::SnapshotCategory &e : p.categories) {
        lines << QStringLiteral("category %1 %2|%3|%4|%5")
                     .arg(e.category.uuid, e.category.name, e.category.color.name(QColor::HexArgb), e.category.shortcut, e.category.description);
    }
    for (const Storage::SnapshotCoder &c : p.coders)
        lines << QStringLiteral("coder %1 %2").arg(c.uuid, c.name);
    for (const Storage::SnapshotAnnotation &e : p.annotations) {
        const Model::Annotation &a = e.annotation;
        QStringList parts;
        for (const Model::Span &s : a.contentParts)
            parts << spanDump(s);
        lines << QStringLiteral("annotation %1 on %2 %3 %4 %5 %6 actor=%7 to=%8 cat=%9")
                     .arg(a.uuid, e.articleUuid, spanDump(a.span), Model::annotationKindName(a.kind), Model::originName(a.origin), a.coder,
                          e.actorUuid, e.addresseeUuid, e.categoryUuid)
              + QStringLiteral(" %1|%2|%3|%4|%5|%6|%7|%8|%9")
                    .arg(Model::quoteKindName(a.quoteKind), parts.join(u','), spanDump(a.cue), spanDump(a.source),
                         Model::commitmentTypeName(a.commitmentType), QString::number(a.strength), a.negated ? QStringLiteral("neg") : QStringLiteral("pos"),
                         spanDump(a.condition), spanDump(a.time))
              + QStringLiteral(" %1|%2|%3|%4|%5|%6")
                    .arg(a.note, a.exact, a.prefix, a.suffix, a.created.toUTC().toString(Qt::ISODateWithMs), a.modified.toUTC().toString(Qt::ISODateWithMs));
    }
    for (const Storage::SnapshotComparisonSet &s : p.comparisonSets)
        lines << QStringLiteral("set %1 %2 %3").arg(s.uuid, s.name, s.articleUuids.join(u','));
    for (const Storage::MergeConflict &c : p.conflicts)
        lines << QStringLiteral("conflict ") + c.key().join(u'|');
    for (const Storage::MergedIdentity &m : p.mergedIdentities)
        lines << QStringLiteral("folded %1 %2 %3").arg(m.entity, m.uuid, m.mergedInto);
    for (const Storage::SnapshotSetting &s : p.settings)
        lines << QStringLiteral("setting %1 %2 %3").arg(s.key, s.type, s.value.toString());
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace Parlance::Test
