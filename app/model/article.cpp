// SPDX-License-Identifier: GPL-2.0-or-later
#include "article.h"

#include <QCryptographicHash>

namespace Parlance::Model {

QByteArray Article::hashText(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString Article::displayTitle() const
{
    if (!title.trimmed().isEmpty())
        return title.trimmed();
    const QString first = text.section(QLatin1Char('\n'), 0, 0, QString::SectionSkipEmpty).trimmed();
    constexpr int maxLength = 80;
    return first.size() > maxLength ? first.left(maxLength - 1) + QChar(0x2026) : first;
}

} // namespace Parlance::Model
