// SPDX-License-Identifier: GPL-2.0-or-later
#include "sourcekind.h"

#include "model/actor.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

namespace Parlance::Export {

namespace {

struct UnnamedRules {
    QStringList starts;   ///< first words, case-folded
    QStringList contains; ///< phrases, case-folded, with a space either side
};

const UnnamedRules &unnamedRules()
{
    static const UnnamedRules rules = [] {
        UnnamedRules r;
        QFile file(QStringLiteral(":/parlance/reports/source-kinds.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return r;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(u'#') || !line.contains(u'|'))
                continue;
            const QString kind = line.section(u'|', 0, 0).trimmed();
            const QString words = Model::normalizedName(line.section(u'|', 1).trimmed());
            if (words.isEmpty())
                continue;
            if (kind == u"starts")
                r.starts.append(words);
            else if (kind == u"contains")
                r.contains.append(u' ' + words + u' ');
        }
        return r;
    }();
    return rules;
}

bool isUnnamed(QStringView words)
{
    // Words as a run of lower-case words between spaces, so that "a" matches a word, not a letter.
    QString folded = Model::normalizedName(words);
    for (QChar &c : folded)
        if (!c.isLetterOrNumber() && c != u'\'')
            c = u' ';
    folded = u' ' + folded.simplified() + u' ';
    const UnnamedRules &rules = unnamedRules();
    for (const QString &start : rules.starts)
        if (folded.startsWith(u' ' + start + u' '))
            return true;
    for (const QString &phrase : rules.contains)
        if (folded.contains(phrase))
            return true;
    return false;
}

} // namespace

QString sourceKindLabel(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Named: return QCoreApplication::translate("Parlance::Export::SourceKind", "named");
    case SourceKind::Collective: return QCoreApplication::translate("Parlance::Export::SourceKind", "collective");
    case SourceKind::Unnamed: return QCoreApplication::translate("Parlance::Export::SourceKind", "unnamed");
    }
    return {};
}

SourceKind classifySource(const Model::Actor *speaker, QStringView sourceWords)
{
    const QStringView words = sourceWords.trimmed();
    if (!words.isEmpty() && isUnnamed(words))
        return SourceKind::Unnamed;
    if (speaker)
        return speaker->type == Model::ActorType::Person ? SourceKind::Named : SourceKind::Collective;
    // No actor: nobody is identified, whatever the words say.
    return SourceKind::Unnamed;
}

} // namespace Parlance::Export
