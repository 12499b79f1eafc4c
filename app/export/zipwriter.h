// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Parlance::Export {

/// Writes a ZIP archive in memory with stored (uncompressed) entries: what the REFI-QDA .qdpx
/// container needs, without a compression library. Names are UTF-8 (general purpose flag 11).
class ZipWriter final {
public:
    explicit ZipWriter(const QDateTime &modified = QDateTime::currentDateTime());

    void addFile(const QString &name, const QByteArray &data);
    /// The archive: local headers and data, the central directory, its end record.
    QByteArray finish() const;

    static quint32 crc32(const QByteArray &data);

private:
    struct Entry {
        QByteArray name;
        quint32 crc = 0;
        quint32 size = 0;
        quint32 offset = 0;
    };
    QByteArray m_data;
    QList<Entry> m_entries;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
};

} // namespace Parlance::Export
