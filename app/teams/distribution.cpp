// SPDX-License-Identifier: GPL-2.0-or-later
#include "distribution.h"

#include "storage/identity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Parlance::Teams {

using namespace Storage;

QList<CoderCopy> distributeProject(const ProjectSnapshot &master, const QStringList &coders, Suggestions suggestions)
{
    // The team: the master's coders plus the new ones, each under one UUID in every copy.
    QList<SnapshotCoder> team = master.coders;
    for (const QString &name : coders) {
        const bool known = std::any_of(team.cbegin(), team.cend(), [&](const SnapshotCoder &c) { return c.name == name; });
        if (!known)
            team.append({name, Identity::derivedUuid(QStringLiteral("coder"), name)});
    }
    std::sort(team.begin(), team.end(), [](const SnapshotCoder &a, const SnapshotCoder &b) { return a.name < b.name; });

    QList<CoderCopy> copies;
    for (const QString &coder : coders) {
        ProjectSnapshot copy = master;
        copy.coders = team;
        copy.conflicts.clear(); // they name other coders' values
        copy.annotations.clear();
        for (SnapshotAnnotation e : master.annotations) {
            Model::Annotation &a = e.annotation;
            if (a.origin == Model::Origin::Suggested && a.coder != coder) {
                if (suggestions == Suggestions::Drop)
                    continue;
                a.uuid = Identity::derivedUuid(a.uuid, coder);
                a.coder = coder;
            } else if (a.coder != coder) {
                continue; // someone else's work
            }
            copy.annotations.append(e);
        }
        copy.settings.removeIf([](const SnapshotSetting &s) { return s.key == u"coder/current" || s.key.startsWith(u"team/"); });
        QStringList names;
        for (const SnapshotCoder &c : std::as_const(team))
            names.append(c.name);
        copy.settings.append({QStringLiteral("coder/current"), QStringLiteral("string"), coder});
        copy.settings.append({QStringLiteral("team/coders"), QStringLiteral("stringlist"),
                              QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact))});
        std::sort(copy.settings.begin(), copy.settings.end(), [](const SnapshotSetting &a, const SnapshotSetting &b) { return a.key < b.key; });
        copies.append({coder, copy});
    }
    return copies;
}

QString copyFileName(const QString &base, const QString &coder)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"), QRegularExpression::UseUnicodePropertiesOption);
    QString safe = coder;
    safe.replace(unsafe, QStringLiteral("_"));
    if (safe.startsWith(u'.'))
        safe.prepend(u'_');
    return base + u'-' + safe + QStringLiteral(".parlance");
}

} // namespace Parlance::Teams
