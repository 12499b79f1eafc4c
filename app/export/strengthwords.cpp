// SPDX-License-Identifier: GPL-2.0-or-later
#include "strengthwords.h"

#include <QFile>
#include <QList>

#include <utility>

namespace Parlance::Export::StrengthWords {

namespace {

/// (lowest strength, word), strongest first.
const QList<std::pair<double, QString>> &bands()
{
    static const QList<std::pair<double, QString>> list = [] {
        QList<std::pair<double, QString>> result;
        QFile file(QStringLiteral(":/parlance/reports/strength-words.txt"));
        if (file.open(QIODevice::ReadOnly)) {
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (const QString &line : lines) {
                if (line.startsWith(u'#') || !line.contains(u'|'))
                    continue;
                bool ok = false;
                const double lowest = line.section(u'|', 0, 0).trimmed().toDouble(&ok);
                const QString word = line.section(u'|', 1).trimmed();
                if (ok && !word.isEmpty())
                    result.append({lowest, word});
            }
        }
        std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        return result;
    }();
    return list;
}

} // namespace

QStringList words()
{
    QStringList result;
    for (const auto &[lowest, word] : bands())
        result.append(word);
    return result;
}

int band(double strength)
{
    if (strength < 0)
        return -1;
    const auto &list = bands();
    for (qsizetype i = 0; i < list.size(); ++i)
        if (strength >= list[i].first - 1e-9)
            return int(i);
    return list.isEmpty() ? -1 : int(list.size() - 1);
}

QString word(double strength)
{
    const int b = band(strength);
    return b < 0 ? QString() : bands()[b].second;
}

} // namespace Parlance::Export::StrengthWords
