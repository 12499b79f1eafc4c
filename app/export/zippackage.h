// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace Parlance::Export {

/// A ZIP archive made in memory, entry by entry, with libzip: the REFI-QDA container and the
/// OpenDocument package. ZIP64 records are written when they are needed (more than 65,535 entries,
/// or past 4 GiB), so a large corpus still makes an archive other programs can read. Every entry
/// carries the one time given, and no extra fields, so that the same content gives the same bytes.
class ZipPackage
{
public:
    enum class Compression { Stored, Deflated };

    explicit ZipPackage(const QDateTime &time);
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    /// Adds an entry (in the order of the calls); false, with errorString(), if it cannot.
    bool add(const QString &name, const QByteArray &content, Compression compression = Compression::Deflated);
    /// The finished archive; empty, with errorString(), if it cannot be made. Call once.
    QByteArray finish();
    QString errorString() const { return m_error; }

private:
    struct Archive;
    std::unique_ptr<Archive> m_archive;
    QList<QByteArray> m_contents; // libzip reads them when the archive is finished
    QString m_error;
};

} // namespace Parlance::Export
