// SPDX-License-Identifier: GPL-2.0-or-later
#include "identity.h"

#include <QUuid>

namespace Parlance::Storage::Identity {

namespace {
// The namespace of Parlance's derived UUIDs (itself a fixed, random UUID).
const QUuid derivedNamespace(QStringLiteral("6f1c2b4e-8a53-4c4d-9a3e-2d0b7c9e5a11"));
} // namespace

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString derivedUuid(const QString &base, const QString &name)
{
    return QUuid::createUuidV5(derivedNamespace, base + QLatin1Char('/') + name).toString(QUuid::WithoutBraces);
}

bool isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

} // namespace Parlance::Storage::Identity
