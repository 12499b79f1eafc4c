// SPDX-License-Identifier: GPL-2.0-or-later
#include "verifiedfiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace Parlance::Storage::VerifiedFiles {

namespace {

constexpr int maxRemembered = 200;

QSettings &settings()
{
    static QSettings store(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Parlance"), QStringLiteral("verified-projects"));
    return store;
}

QString keyFor(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return QStringLiteral("files/")
        + QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

// Size, modification time (ms) and a hash of the first 4 KiB; empty if unreadable.
QString fingerprint(const QString &path)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(4096);
    return QString::number(info.size()) + QLatin1Char(':')
        + QString::number(info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch()) + QLatin1Char(':')
        + QString::fromLatin1(QCryptographicHash::hash(head, QCryptographicHash::Sha256).toHex());
}

bool hasWal(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

} // namespace

void remember(const QString &path)
{
    if (hasWal(path))
        return;
    const QString print = fingerprint(path);
    if (print.isEmpty())
        return;
    QSettings &s = settings();
    s.beginGroup(QStringLiteral("files"));
    // A bounded list: forget the whole list rather than grow without end (it only saves time).
    if (s.childKeys().size() >= maxRemembered)
        s.remove(QString());
    s.endGroup();
    s.setValue(keyFor(path), print);
    s.sync();
}

bool isUnchanged(const QString &path)
{
    if (hasWal(path))
        return false;
    QSettings &s = settings();
    s.sync(); // another Parlance process may have written since
    const QString remembered = s.value(keyFor(path)).toString();
    return !remembered.isEmpty() && remembered == fingerprint(path);
}

void forget(const QString &path)
{
    QSettings &s = settings();
    s.remove(keyFor(path));
    s.sync();
}

} // namespace Parlance::Storage::VerifiedFiles
